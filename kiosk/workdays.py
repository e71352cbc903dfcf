"""Working days in Việt Nam: weekends, public holidays (lunar Tết included) and day swaps.

Due dates on receipts are counted in working days (ngày làm việc). The public
holidays come from the ``holidays`` package (MIT, vacanza/holidays), which
follows the Labour Code 2019 art. 112: 1/1, Tết Nguyên Đán (5 days, on the
Vietnamese lunar calendar), Giỗ Tổ Hùng Vương (10/3 lunar), 30/4, 1/5, 2/9 and
its adjacent day, plus the compensatory days off and the Saturdays worked in
exchange that the government announces each year. Its lunar table covers
1901-2100; the announced swaps are only as recent as the installed release,
so a technician can add an announcement the release does not know yet with
``kiosk.extra_holidays`` / ``kiosk.extra_working_days`` (see docs/install.md).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

__all__ = ["HolidayCoverage", "WorkingCalendar", "holiday_coverage"]


@dataclass(frozen=True)
class HolidayCoverage:
    """Which years the holiday table knows, for ``kiosk doctor``."""

    available: bool
    """False when the ``holidays`` package is missing: only weekends are skipped."""
    first_year: int
    last_year: int
    """The last year whose holidays (Tết by the lunar calendar) the table can give."""
    swaps_known_through: int | None
    """The last year with government-announced day swaps in the installed release."""
    source: str


def _vietnam_class() -> Any:
    try:
        from holidays.countries.vietnam import Vietnam
    except ImportError:  # the package is a dependency; doctor says so if it is missing
        return None
    return Vietnam


def holiday_coverage() -> HolidayCoverage:
    """The years the installed holiday table covers."""
    vietnam = _vietnam_class()
    if vietnam is None:
        return HolidayCoverage(False, 0, 0, None, "holidays package not installed")
    import holidays

    try:
        from holidays.countries.vietnam import VietnamStaticHolidays

        swaps = max(VietnamStaticHolidays.special_public_holidays, default=None)
    except (ImportError, AttributeError, TypeError):
        swaps = None
    return HolidayCoverage(
        True,
        int(vietnam.start_year),
        int(vietnam.end_year),
        swaps,
        f"holidays {holidays.__version__} (MIT)",
    )


class WorkingCalendar:
    """Which days the one-stop unit works: Monday-Friday minus public holidays.

    ``extra_holidays`` are days off announced after the installed ``holidays``
    release; ``extra_working_days`` are weekend days worked in exchange for one.
    Thread-safe; each year's table is built once.
    """

    def __init__(
        self,
        extra_holidays: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
    ) -> None:
        self._extra_off = frozenset(extra_holidays)
        self._extra_on = frozenset(extra_working_days)
        self._years: dict[int, Any] = {}
        self._lock = threading.Lock()
        self._vietnam = _vietnam_class()

    def _table(self, year: int) -> Any:
        with self._lock:
            table = self._years.get(year)
            if table is None and self._vietnam is not None:
                if self._vietnam.start_year <= year <= self._vietnam.end_year:
                    table = self._vietnam(years=year, language="vi")
                    self._years[year] = table
            return table

    def holiday_name(self, day: date) -> str | None:
        """The Vietnamese name of the public holiday on ``day`` (None on other days)."""
        if day in self._extra_off:
            return "Ngày nghỉ theo thông báo"
        table = self._table(day.year)
        if table is None:
            return None
        name = table.get(day)
        return str(name) if name else None

    def is_working_day(self, day: date) -> bool:
        """True on days the office is open (a weekend day swapped for a holiday included)."""
        if day in self._extra_off:
            return False
        if day in self._extra_on:
            return True
        table = self._table(day.year)
        if table is not None:
            return bool(table.is_working_day(day))
        return day.weekday() < 5

    def add_working_days(self, start: date, days: int) -> date:
        """The ``days``-th working day after ``start`` (``start`` itself is not counted)."""
        current = start
        while days > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                days -= 1
        return current

    def next_working_day(self, day: date) -> date:
        """``day`` when it is a working day, else the first one after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day
