"""``kiosk doctor``'s calendar line: the time zone and how far the holiday table reaches."""

from __future__ import annotations

from datetime import date, timedelta

from app.cli._doctor_base import Check
from kiosk.config import parse_dates
from kiosk.services import KioskContext
from kiosk.workdays import holiday_coverage

WARN_BEFORE_END = timedelta(days=366)
"""Warn this long before the holiday table's last day (due dates would skip weekends only)."""


def check_holidays(context: KioskContext) -> Check:
    """Public holidays for due dates: the table's years against today, in the configured zone.

    FAIL when the table is missing; warn within a year of its last year, and when the
    government's day swaps it knows end before this year (an old release: add the year's
    announcement with ``kiosk.extra_holidays`` or update the kiosk).
    """
    clock = context.clock
    today = clock.today()
    coverage = holiday_coverage()
    where = f"time zone {context.config.kiosk.time_zone}, today {today:%d/%m/%Y}"
    if not coverage.available:
        return Check(
            "holidays",
            "FAIL",
            f"the holiday table (Python package 'holidays') is missing: due dates on receipts "
            f"would skip weekends only; reinstall the kiosk ({where})",
        )
    last_day = date(coverage.last_year, 12, 31)
    years = f"{coverage.first_year}-{coverage.last_year}"
    if last_day - today < WARN_BEFORE_END:
        return Check(
            "holidays",
            "warn",
            f"the holiday table ends on {last_day:%d/%m/%Y} ({coverage.source}): update the "
            f"kiosk before then, or due dates will skip weekends only ({where})",
        )
    kiosk = context.config.kiosk
    announced = parse_dates(kiosk.extra_holidays) + parse_dates(kiosk.extra_working_days)
    swaps = coverage.swaps_known_through
    stale = swaps is not None and swaps < today.year
    if stale and not any(d.year >= today.year for d in announced):
        return Check(
            "holidays",
            "warn",
            f"the holiday table knows the government's day swaps only through {swaps} "
            f"({coverage.source}): add this year's announced days off to kiosk.extra_holidays "
            f"(and worked Saturdays to kiosk.extra_working_days), or update the kiosk ({where})",
        )
    return Check(
        "holidays",
        "ok",
        f"Vietnamese public holidays {years} incl. lunar Tết ({coverage.source}), announced "
        f"day swaps through {swaps}; {where}",
    )
