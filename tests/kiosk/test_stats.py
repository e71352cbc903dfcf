"""Dashboard aggregates: counted in Hanoi days, against the city's targets, from the real store."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import forms
from kiosk.crypto import DataCipher
from kiosk.services import TARGET_FULL_ONLINE, dashboard_figures, record_paper_intake
from kiosk.store import Store

TODAY = date(2025, 10, 20)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data", DataCipher(secrets.token_bytes(32)))
    yield s
    s.close()


def add(
    store: Store,
    *,
    at: str = "2025-10-20T02:00:00.000000Z",
    procedure: str = "1.001193",
    level: str = "toan_trinh",
    state: str = "queued",
    status: int | None = None,
    status_at: str | None = None,
    due: str | None = None,
    e_result: bool = False,
) -> str:
    """An application with chosen dates and portal status (set as sync would)."""
    record = store.submit_application(
        draft_id=None,
        procedure_code=procedure,
        definition_version="1",
        level=level,
        mode="self",
        staff_id=None,
        payload={"answers": {"x": "y"}},
        receipt={},
        code_prefix="TT-TEST",
    )
    with store.transaction() as conn:
        conn.execute(
            "UPDATE applications SET submitted_at = ?, state = ?, portal_status = ?,"
            " portal_status_at = ?, due_at = ?, e_result = ? WHERE id = ?",
            (at, state, status, status_at, due, int(e_result), record.id),
        )
    return record.id


def test_days_are_hanoi_days(store: Store) -> None:
    add(store, at="2025-10-18T16:59:00.000000Z")  # 23:59 on the 18th in Hanoi
    add(store, at="2025-10-18T17:00:00.000000Z")  # 00:00 on the 19th in Hanoi
    add(store, at="2025-10-19T10:00:00.000000Z")
    add(store, at="2025-10-01T10:00:00.000000Z")  # outside the window
    assert store.applications_per_day(since="2025-10-18", until="2025-10-20") == [
        ("2025-10-18", 1),
        ("2025-10-19", 2),
    ]


def test_per_procedure_and_full_online_share(store: Store) -> None:
    for _ in range(3):
        add(store, procedure="1.001193", level="toan_trinh")
    add(store, procedure="1.000894", level="mot_phan")
    add(store, procedure="2.000815", level="mot_phan")
    assert store.applications_per_procedure() == [
        ("1.001193", 3),
        ("1.000894", 1),
        ("2.000815", 1),
    ]
    share = store.full_online_share()
    assert (share.part, share.whole, share.share) == (3, 5, 0.6)
    assert share.share is not None and share.share >= TARGET_FULL_ONLINE


def test_online_intake_share_counts_kiosk_applications_and_logged_paper(store: Store) -> None:
    for _ in range(3):
        add(store)
    services = SimpleNamespace(store=store)
    for _ in range(2):
        counts = record_paper_intake(services, "1.000894")
    assert (counts.kiosk, counts.paper) == (3, 2)
    assert counts.online.share == pytest.approx(0.6)
    store.record_intake("online")
    assert store.intake_counts().online.part == 4
    with pytest.raises(ValueError):
        store.record_intake("fax")
    assert store.intake_counts().online.whole == 6


def test_results_on_time_counts_overdue_unfinished_as_late(store: Store) -> None:
    add(store, status=10, status_at="2025-10-10T03:00:00.000000Z", due="2025-10-10", e_result=True)
    # Finished at 23:30 Hanoi on the due date: still on time.
    add(store, status=9, status_at="2025-10-12T16:30:00.000000Z", due="2025-10-12T17:00:00+07:00")
    add(store, status=10, status_at="2025-10-15T03:00:00.000000Z", due="2025-10-14")  # late
    add(store, status=4, due="2025-10-17")  # processing, past due: late already
    add(store, status=4, due="2025-10-25")  # not due yet: not counted
    add(store, status=7, due="2025-10-01")  # withdrawn: not counted
    add(store, status=5, due="2025-10-30")  # supplement requested
    ratio = store.results_on_time(today=TODAY.isoformat())
    assert (ratio.part, ratio.whole) == (2, 4)
    e = store.electronic_results()
    assert (e.part, e.whole) == (1, 3)
    assert len(store.overdue_application_ids(today=TODAY.isoformat())) == 1
    assert len(store.supplement_request_ids()) == 1


def test_oldest_undelivered_and_empty_store(store: Store) -> None:
    assert store.oldest_undelivered_at() is None
    assert store.full_online_share().share is None
    assert store.results_on_time(today="2025-10-20").share is None
    add(store, at="2025-10-05T01:00:00.000000Z", state="delivered")
    oldest = add(store, at="2025-10-06T01:00:00.000000Z", state="needs_correction")
    add(store, at="2025-10-07T01:00:00.000000Z")
    assert store.oldest_undelivered_at() == "2025-10-06T01:00:00.000000Z"
    assert store.undelivered_count() == 2
    assert oldest


def test_dashboard_figures_fill_every_day_and_name_procedures(store: Store) -> None:
    add(store, at="2025-10-20T02:00:00.000000Z", procedure="1.001193")
    add(store, at="2025-10-18T02:00:00.000000Z", procedure="1.000894", level="mot_phan")
    services = SimpleNamespace(store=store, catalog=forms.load_catalog())
    figures = dashboard_figures(services, today=TODAY, days=7)
    assert [d for d, _ in figures.per_day] == [TODAY - timedelta(days=n) for n in range(6, -1, -1)]
    assert [n for _, n in figures.per_day] == [0, 0, 0, 0, 1, 0, 1]
    names = {code: name for code, name, _ in figures.per_procedure}
    assert names == {"1.001193": "Đăng ký khai sinh", "1.000894": "Đăng ký kết hôn"}
    assert figures.undelivered == 2 and figures.outbox["pending"] == 2
    assert figures.oldest_undelivered_age is not None
    assert figures.full_online.share == 0.5


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.integers(0, 20), st.sampled_from(["toan_trinh", "mot_phan"])), max_size=12
    )
)
def test_window_counts_add_up(tmp_path: Path, apps: list[tuple[int, str]]) -> None:
    s = Store.open(tmp_path / secrets.token_hex(4), DataCipher(secrets.token_bytes(32)))
    try:
        for offset, level in apps:
            day = TODAY - timedelta(days=offset)
            add(s, at=f"{day.isoformat()}T03:00:00.000000Z", level=level)
        services: Any = SimpleNamespace(store=s, catalog=forms.load_catalog())
        figures = dashboard_figures(services, today=TODAY, days=14)
        assert sum(n for _, n in figures.per_day) == sum(1 for o, _ in apps if o < 14)
        assert figures.full_online.part == sum(1 for _, lv in apps if lv == "toan_trinh")
        assert figures.full_online.whole == len(apps)
    finally:
        s.close()
