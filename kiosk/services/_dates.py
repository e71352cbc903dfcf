"""Due dates: the legal processing time counted in working days, in the kiosk's local time."""

from __future__ import annotations

from datetime import datetime, time

from kiosk.workdays import WorkingCalendar

# Offices close at 17:00; an application received after 15:00 on a same-day
# procedure is done the next working day (as the procedure texts say).
CLOSE = time(17, 0)
"""When the one-stop unit closes: a result due on a day is due by then."""
_SAME_DAY_CUTOFF = time(15, 0)


def due_at(
    received: datetime, working_days: int, calendar: WorkingCalendar | None = None
) -> datetime:
    """When the result is due: ``working_days`` working days after ``received``, at 17:00.

    ``received`` is local time (the kiosk clock's ``now_local()``). Weekends and
    Vietnamese public holidays (``calendar``, by default the bundled table) are
    skipped; a same-day procedure received on a day off or after 15:00 is due
    the next working day. The portal's due date replaces this one once delivered.
    """
    calendar = calendar or WorkingCalendar()
    day = received.date()
    if working_days <= 0:
        if calendar.is_working_day(day) and received.time() < _SAME_DAY_CUTOFF:
            return datetime.combine(day, CLOSE, received.tzinfo)
        working_days = 1
    return datetime.combine(calendar.add_working_days(day, working_days), CLOSE, received.tzinfo)
