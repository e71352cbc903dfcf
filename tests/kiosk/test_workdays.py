"""Working days and due dates across Vietnamese public holidays, against published schedules.

Sources of the expected dates (none of them is the ``holidays`` package under test):
- Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), art. 112: 1/1; Tết Âm lịch 5 days;
  Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; 2/9 and one day before or after it.
- Tết Bính Ngọ 2026 for civil servants: off from Saturday 14/2/2026 to Sunday 22/2/2026
  (9 days), as the Government approved and the press published ("Chính thức chốt phương án
  Tết Nguyên đán Bính Ngọ 2026 nghỉ 9 ngày", Công an TP.HCM, congan.com.vn, id 388656).
- Tết Đinh Mùi 2027: mùng 1 Tết is Saturday 6/2/2027 on the Vietnamese lunar calendar (the
  same day as the 2027 Lunar New Year in the Hong Kong Observatory's Gregorian-lunar
  conversion table). The Government's 2027 schedule was not published when this was
  written; the days the law fixes (mùng 1-3: 6, 7, 8/2) are checked exactly, the rest of
  the 5 days as the holiday table estimates them (29 Tết and mùng 4-5: 4, 9, 10/2).
- Giỗ Tổ 2026 (10/3 Bính Ngọ) fell on Sunday 26/4/2026, taken off on Monday 27/4/2026; 2/9/2026
  was a Wednesday, with Tuesday 1/9 as the adjacent day and Monday 31/8 off in exchange
  for Saturday 22/8 (Government notice on the 2026 National Day holiday).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.cli._doctor_time import check_holidays
from kiosk.clock import FixedClock, time_zone
from kiosk.config import ConfigError, KioskConfig, load_config
from kiosk.services import KioskContext
from kiosk.services._dates import due_at
from kiosk.workdays import WorkingCalendar, holiday_coverage

HANOI = time_zone("Asia/Ho_Chi_Minh")
CAL = WorkingCalendar()


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_tet_2026_matches_the_published_schedule() -> None:
    off = _days(date(2026, 2, 14), date(2026, 2, 22))
    assert not any(CAL.is_working_day(d) for d in off)
    assert CAL.is_working_day(date(2026, 2, 13)) and CAL.is_working_day(date(2026, 2, 23))
    received = datetime(2026, 2, 12, 9, 0, tzinfo=HANOI)  # Thursday before Tết
    # 3 working days: Fri 13/2, then nothing until Mon 23/2, Tue 24/2.
    assert due_at(received, 3, CAL) == datetime(2026, 2, 24, 17, 0, tzinfo=HANOI)


def test_a_due_date_across_tet_2027_skips_the_holiday() -> None:
    for day in (date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8)):  # mùng 1-3
        assert not CAL.is_working_day(day)
    assert "Tết" in (CAL.holiday_name(date(2027, 2, 8)) or "")
    estimated_off = [date(2027, 2, 4), date(2027, 2, 5), date(2027, 2, 9), date(2027, 2, 10)]
    assert not any(CAL.is_working_day(d) for d in estimated_off)
    received = datetime(2027, 2, 3, 10, 0, tzinfo=HANOI)  # Wednesday before Tết
    due = due_at(received, 3, CAL)
    assert due == datetime(2027, 2, 15, 17, 0, tzinfo=HANOI)  # Thu 11, Fri 12, Mon 15
    # Weekends alone would have given Monday 8/2, mùng 3 Tết.
    weekdays_only = WorkingCalendar(extra_working_days=[*estimated_off, date(2027, 2, 8)])
    assert due_at(received, 3, weekdays_only).date() == date(2027, 2, 8)


def test_fixed_date_holidays_and_swaps_of_2026() -> None:
    for day in (date(2026, 1, 1), date(2026, 4, 30), date(2026, 5, 1), date(2026, 9, 2)):
        assert not CAL.is_working_day(day), day
    assert not CAL.is_working_day(date(2026, 9, 1))  # the day adjacent to 2/9
    assert not CAL.is_working_day(date(2026, 4, 27))  # Giỗ Tổ on a Sunday, taken on Monday
    assert not CAL.is_working_day(date(2026, 8, 31))  # off in exchange for...
    assert CAL.is_working_day(date(2026, 8, 22))  # ...this Saturday, worked
    assert CAL.is_working_day(date(2026, 12, 4)) and not CAL.is_working_day(date(2026, 12, 5))


def test_same_day_procedures_follow_working_days() -> None:
    assert due_at(datetime(2026, 4, 29, 9, 0, tzinfo=HANOI), 0, CAL) == datetime(
        2026, 4, 29, 17, 0, tzinfo=HANOI
    )
    # After 15:00 on the eve of 30/4 + 1/5 (Thu, Fri) and a weekend: Monday 4/5.
    assert due_at(datetime(2026, 4, 29, 16, 0, tzinfo=HANOI), 0, CAL).date() == date(2026, 5, 4)
    # Received on a holiday morning: the next working day.
    assert due_at(datetime(2026, 9, 2, 9, 0, tzinfo=HANOI), 0, CAL).date() == date(2026, 9, 3)


def test_announced_days_the_table_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[kiosk]\nextra_holidays = "2027-12-31, 2027-12-30"\nextra_working_days = "2028-01-08"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path, path)
    assert config.kiosk.extra_holidays == "2027-12-30 2027-12-31"
    calendar = config.kiosk.working_calendar()
    assert not calendar.is_working_day(date(2027, 12, 31))
    assert calendar.is_working_day(date(2028, 1, 8))  # a Saturday worked in exchange
    path.write_text('[kiosk]\nextra_holidays = "31/12/2027"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as bad:
        load_config(tmp_path, path)
    assert bad.value.problems[0].startswith("kiosk.extra_holidays:")


def test_the_table_states_the_years_it_covers() -> None:
    coverage = holiday_coverage()
    assert coverage.available
    assert coverage.first_year <= 2026 and coverage.last_year >= 2100
    assert coverage.swaps_known_through is not None and coverage.swaps_known_through >= 2026


def _context(tmp_path: Path, today: datetime, config: KioskConfig | None = None) -> KioskContext:
    return KioskContext(
        tmp_path / "data", config or KioskConfig(), b"k" * 32, clock=FixedClock(today)
    )


def test_doctor_reports_the_holiday_table(tmp_path: Path) -> None:
    coverage = holiday_coverage()
    now = _context(tmp_path, datetime(2026, 12, 5, 9, 0))
    line = check_holidays(now)
    assert line.status == "ok" and f"{coverage.first_year}-{coverage.last_year}" in line.detail
    assert "Asia/Ho_Chi_Minh" in line.detail and "05/12/2026" in line.detail
    # Within a year of the table's end, doctor warns clearly.
    late = _context(tmp_path, datetime(coverage.last_year, 3, 1, 9, 0))
    warned = check_holidays(late)
    assert warned.status == "warn" and f"31/12/{coverage.last_year}" in warned.detail
    # A year past the announced swaps the release knows: warn until they are added.
    assert coverage.swaps_known_through is not None
    next_year = coverage.swaps_known_through + 1
    stale = _context(tmp_path, datetime(next_year, 3, 1, 9, 0))
    assert check_holidays(stale).status == "warn"
    assert "kiosk.extra_holidays" in check_holidays(stale).detail
    config = KioskConfig()
    config.kiosk.extra_holidays = f"{next_year}-12-31"
    assert check_holidays(_context(tmp_path, datetime(next_year, 3, 1), config)).status == "ok"
