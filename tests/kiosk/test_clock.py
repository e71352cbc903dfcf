"""The one clock: the local date differs from UTC's 7 hours a day; codes use the local one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.clock import FixedClock, SystemClock, parse_stamp, store_stamp, system_clock, time_zone
from kiosk.config import ConfigError, KioskConfig, load_config
from kiosk.receipts import ReceiptData
from kiosk.services import KioskServices, load_kiosk_catalog, open_context
from kiosk.store import ConsentInput
from tests.forms.samples import SAMPLES

HANOI = time_zone("Asia/Ho_Chi_Minh")


def test_local_date_runs_seven_hours_ahead_of_utc() -> None:
    clock = FixedClock(datetime(2026, 12, 31, 16, 59, 59, tzinfo=UTC))
    assert clock.today() == date(2026, 12, 31)
    assert clock.now_local().hour == 23
    clock.advance(seconds=1)  # 17:00 UTC is midnight in Hà Nội: the new year starts there first
    assert clock.today() == date(2027, 1, 1)
    assert clock.now_utc().date() == date(2026, 12, 31)
    assert clock.stamp() == "2026-12-31T17:00:00.000000Z"


def test_a_naive_instant_is_local_time_and_stamps_are_utc() -> None:
    clock = FixedClock(datetime(2026, 12, 5, 0, 30))
    assert clock.now_utc() == datetime(2026, 12, 4, 17, 30, tzinfo=UTC)
    assert parse_stamp(clock.stamp()) == clock.now_utc()
    assert clock.local_date(datetime(2026, 12, 4, 17, 30)) == date(2026, 12, 5)  # naive = UTC
    with pytest.raises(ValueError, match="naive"):
        store_stamp(datetime(2026, 12, 5))


def test_the_clock_follows_the_configured_zone() -> None:
    instant = datetime(2026, 12, 4, 21, 0, tzinfo=UTC)
    assert FixedClock(instant, "Asia/Ho_Chi_Minh").today() == date(2026, 12, 5)
    assert FixedClock(instant, "Europe/London").today() == date(2026, 12, 4)
    system = system_clock("Asia/Ho_Chi_Minh")
    assert isinstance(system, SystemClock) and system.tz == HANOI
    assert abs(system.now_utc() - datetime.now(UTC)) < timedelta(minutes=1)  # clock: the real one


def test_config_validates_the_time_zone(tmp_path: Path) -> None:
    assert KioskConfig().kiosk.time_zone == "Asia/Ho_Chi_Minh"
    path = tmp_path / "kiosk.toml"
    path.write_text('[kiosk]\ntime_zone = "Asia/Hanoi"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as bad:
        load_config(tmp_path, path)
    assert bad.value.problems[0].startswith("kiosk.time_zone:")
    assert "IANA" in bad.value.problems[0]
    path.write_text('[kiosk]\ntime_zone = "Asia/Bangkok"\n', encoding="utf-8")
    assert load_config(tmp_path, path).kiosk.time_zone == "Asia/Bangkok"


def test_open_context_builds_the_clock_from_the_config(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "kiosk.toml").write_text('[kiosk]\ntime_zone = "Asia/Bangkok"\n', encoding="utf-8")
    assert str(open_context(data_dir).clock.tz) == "Asia/Bangkok"
    pinned = FixedClock(datetime(2027, 1, 1, tzinfo=UTC))
    assert open_context(data_dir, clock=pinned).clock is pinned


@pytest.fixture
def half_past_midnight(data_dir: Path) -> Iterator[KioskServices]:
    """Services on a clock pinned at 00:30 in Hà Nội on 4 Dec 2026 (17:30 UTC on the 3rd)."""
    clock = FixedClock(datetime(2026, 12, 4, 0, 30, tzinfo=HANOI))
    context = open_context(data_dir, clock=clock)
    store = context.open_store()
    yield KioskServices(store, context.config, load_kiosk_catalog(store))
    store.close()


def test_provisional_code_and_receipt_carry_the_same_local_date(
    half_past_midnight: KioskServices,
) -> None:
    services = half_past_midnight
    code = "1.004873"  # marriage-status certificate: no date-of-birth window to meet
    draft = services.start_draft(code)
    services.save_answers(draft.id, dict(SAMPLES[code]), {})
    definition = services.definition(code)
    consents = [ConsentInput(c.id, c.version, c.text, True) for c in definition.consents]
    record = services.submit(draft.id, consents=consents)
    receipt: ReceiptData = services.receipt_data(record.id)
    assert receipt.received_at.astimezone(HANOI).date() == date(2026, 12, 4)
    assert "-261204-" in record.provisional_code, "the code's YYMMDD is the Hà Nội date"
    assert receipt.application_code == record.provisional_code
    assert record.submitted_at == "2026-12-03T17:30:00.000000Z", "the store keeps UTC"


@pytest.mark.parametrize(
    ("zone", "day"), [("Asia/Ho_Chi_Minh", "2026-12-05"), ("UTC", "2026-12-04")]
)
def test_the_store_counts_days_in_its_clocks_zone(data_dir: Path, zone: str, day: str) -> None:
    clock = FixedClock(datetime(2026, 12, 4, 18, 0, tzinfo=UTC), zone)
    store = open_context(data_dir, clock=clock).open_store()
    try:
        assert store.query("SELECT local_date('2026-12-04T18:00:00.000000Z')")[0][0] == day
        assert store.query("SELECT local_date(NULL)")[0][0] is None
    finally:
        store.close()
