"""OutboxWorker against the real reference portal and a real encrypted store."""

from __future__ import annotations

import random
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from kiosk.clock import system_clock
from portal import PortalDB
from sync import Backoff, ManualClock, OutboxWorker, PortalClient, SyncReport
from sync._backoff import parse_store_time
from tests.sync.conftest import add_application


def _clock() -> ManualClock:
    # Ahead of the wall clock, so items the store stamps with real time are already due.
    return ManualClock(system_clock().now_utc() + timedelta(minutes=5))


def _worker(executor, client, **kw) -> OutboxWorker:
    kw.setdefault("clock", _clock())
    kw.setdefault("rng", random.Random(7))
    return OutboxWorker(executor, client, **kw)


def _app(executor, app_id):
    return executor.call(lambda s: s.get_application(app_id))


def test_delivers_with_attachments_and_drops_the_local_copy(executor, client, portal) -> None:
    content = bytes(range(256)) * 1000  # 256 kB, several chunks
    app_id = add_application(executor, attachments=[content, b"small"])
    events: list[tuple[str, str, float]] = []
    report = _worker(
        executor, client, chunk_size=64_000, on_item=lambda *e: events.append(e)
    ).run_once()
    assert (report.delivered, report.pending, report.failed) == (1, 0, 0)
    app = _app(executor, app_id)
    assert app.state == "delivered" and app.official_code.startswith("000.00.01.H26-")
    assert executor.call(lambda s: s.application_payload(app_id)) is None
    atts = executor.call(lambda s: s.attachments_of(app_id))
    assert all(executor.call(lambda s, a=a: s.attachment_content(a.id)) is None for a in atts)
    states = [state for _, state, _ in events]
    assert states[0] == "sending" and states[-1] == "delivered"
    progress = [p for _, state, p in events if state == "sending"]
    assert progress == sorted(progress) and 0 < progress[-1] < 1
    stats = PortalDB(portal.db_path).stats()
    assert stats["applications"] == 1 and stats["uploads_complete"] == 2


def test_payload_is_sealed_to_the_portal_key(executor, client, portal) -> None:
    add_application(executor, answers={"child_full_name": "Trần Thị Thuỷ"})
    _worker(executor, client).run_once()
    db = PortalDB(portal.db_path)
    row = db._query("SELECT payload, sealed FROM applications")[0]
    assert row["sealed"] == 1
    assert "Thuỷ" not in row["payload"] and '"ct"' in row["payload"]


def test_duplicate_reply_counts_as_delivered(executor, client) -> None:
    app_id = add_application(executor)
    worker = _worker(executor, client)
    item = executor.call(lambda s: s.outbox_item(app_id))
    payload = executor.call(lambda s: s.application_payload(app_id))
    from wire import submission

    first = client.submit(submission(app_id, payload, []), idempotency_key="other-key")
    report = worker.run_once()  # the portal already has it: a duplicate reply
    assert report.delivered == 1 and report.duplicates == 1
    assert _app(executor, app_id).official_code == first.official_code
    assert item.state == "pending"


def test_rejection_needs_correction_and_does_not_block_others(executor, client, portal) -> None:
    good_before = add_application(executor)
    bad = add_application(executor, answers={})
    good_after = add_application(executor)
    report = _worker(executor, client).run_once()
    assert (report.delivered, report.rejected, report.failed, report.pending) == (2, 1, 1, 0)
    rejected = _app(executor, bad)
    assert rejected.state == "needs_correction" and rejected.official_code is None
    assert "answers" in (rejected.correction or "")
    assert _app(executor, good_before).state == _app(executor, good_after).state == "delivered"
    # Staff correct it and requeue: it goes out with the same idempotency key.
    executor.call(lambda s: s.requeue(bad, {"procedure_code": "1.001193", "answers": {"x": "y"}}))
    assert _worker(executor, client).run_once().delivered == 1
    assert PortalDB(portal.db_path).stats()["applications"] == 3


def test_503_retry_after_is_honoured(executor, client, start_portal) -> None:
    faulty = start_portal("error=1,error_status=503,retry_after=90")
    flaky = PortalClient(faulty.url, timeout=5, kiosk_id=client.kiosk_id, token=client._token)
    app_id = add_application(executor)
    clock = _clock()
    report = _worker(executor, flaky, clock=clock).run_once()
    assert report.retried == 1 and report.pending == 1
    item = executor.call(lambda s: s.outbox_item(app_id))
    assert item.state == "pending" and item.attempts == 1 and "503" in (item.last_error or "")
    assert parse_store_time(item.next_attempt_at) >= clock.now() + timedelta(seconds=90)
    assert _app(executor, app_id).state == "queued"


def test_unreachable_portal_leaves_every_item_queued(executor) -> None:
    ids = [add_application(executor) for _ in range(3)]
    dead = PortalClient("http://127.0.0.1:9", timeout=0.5, kiosk_id="k", token="t")
    report = _worker(executor, dead).run_once()
    # The first item finds the portal down; the others wait for it to answer again.
    assert report.retried == 1 and report.pending == 3 and report.delivered == 0
    assert {executor.call(lambda s, i=i: s.outbox_item(i)).state for i in ids} == {"pending"}


def test_not_enrolled_stops_the_pass(executor, portal) -> None:
    ids = [add_application(executor) for _ in range(3)]
    stranger = PortalClient(portal.url, timeout=5, kiosk_id="nobody", token="forged")
    report = _worker(executor, stranger).run_once()
    assert report.not_enrolled and report.attempted == 1 and report.pending == 3
    assert all(executor.call(lambda s, i=i: s.outbox_item(i)).state == "pending" for i in ids)


def test_items_left_in_flight_by_a_crash_are_resumed(executor, client) -> None:
    app_id = add_application(executor)
    item = executor.call(lambda s: s.outbox_item(app_id))
    assert executor.call(lambda s: s.claim_outbox(item.id))  # the crashed process had claimed it
    report = _worker(executor, client).run_once()
    assert report.delivered == 1 and _app(executor, app_id).state == "delivered"


def test_an_internal_error_never_strands_an_item(executor, client) -> None:
    add_application(executor)
    worker = _worker(executor, client)
    worker.chunk_size = 0  # a bug: uploading would never progress -> must not matter here
    broken_id = add_application(executor, attachments=[b"x" * 10])
    report = worker.run_once()
    item = executor.call(lambda s: s.outbox_item(broken_id))
    assert report.delivered == 1 and item.state == "pending" and item.last_error


def test_run_until_empty_waits_for_backoff_on_its_clock(executor, client, start_portal) -> None:
    add_application(executor)
    clock = _clock()
    faulty = start_portal("error=1,error_status=503,retry_after=30")
    flaky = PortalClient(faulty.url, timeout=5, kiosk_id=client.kiosk_id, token=client._token)
    report = _worker(executor, flaky, clock=clock).run_until_empty(100)
    assert report.pending == 1 and report.retried >= 3
    assert clock.monotonic() >= 90  # it slept on the clock between attempts


def test_status_pull_records_portal_status(executor, client, portal) -> None:
    app_id = add_application(executor)
    clock = _clock()
    worker = _worker(executor, client, clock=clock, status_interval_s=60)
    worker.run_once()
    code = _app(executor, app_id).official_code
    PortalDB(portal.db_path).set_status(code, 5, note="Bổ sung giấy chứng sinh", e_result=True)
    clock.advance(61)
    report = worker.run_once()
    app = _app(executor, app_id)
    assert report.statuses_updated == 1
    assert (app.portal_status, app.supplement_note, app.e_result) == (
        5,
        "Bổ sung giấy chứng sinh",
        True,
    )


def test_catalog_pull_uses_etag(executor, client) -> None:
    worker = _worker(executor, client, catalog_interval_s=0)
    first = worker.run_once()
    assert first.catalog_updated
    stored = executor.call(lambda s: s.portal_catalog())
    assert any(code == "1.001193" for code, _, _ in stored)
    assert not worker.run_once().catalog_updated  # 304: unchanged


@given(
    attempts=st.integers(min_value=1, max_value=200),
    seed=st.integers(0, 2**32),
    retry_after=st.one_of(st.none(), st.floats(min_value=0, max_value=10_000)),
)
def test_backoff_jitter_stays_within_bounds(
    attempts: int, seed: int, retry_after: float | None
) -> None:
    backoff = Backoff(base_s=2, cap_s=600)
    delay = backoff.delay(attempts, random.Random(seed), retry_after)
    ceiling = min(600.0, 2.0 * 2 ** (attempts - 1))
    assert 0 <= delay <= max(ceiling, min(retry_after or 0, 3600))
    if retry_after:
        assert delay >= min(retry_after, 3600)


def test_backoff_is_full_jitter_not_fixed() -> None:
    rng = random.Random(1)
    delays = {round(Backoff().delay(5, rng), 6) for _ in range(50)}
    assert len(delays) > 40 and max(delays) <= 32


def test_report_counts_shape() -> None:
    assert set(SyncReport().counts()) >= {"delivered", "pending", "failed"}


def test_failure_to_record_delivery_never_escapes(executor, client, start_portal) -> None:
    other = start_portal(db_name="other.db")  # same agency id: its first code collides
    first = add_application(executor)
    _worker(executor, client).run_once()
    second = add_application(executor)
    from sync import enrol

    report = _worker(executor, enrol(executor, other.url, "TEST-CODE-1", timeout=5)).run_once()
    item = executor.call(lambda s: s.outbox_item(second))
    assert report.delivered == 0 and report.retried == 1
    assert item.state == "pending" and "could not record delivery" in (item.last_error or "")
    assert _app(executor, first).state == "delivered"
