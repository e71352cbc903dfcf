"""Due dates: the legal processing time counted in working days, in Hanoi time."""

from __future__ import annotations

from datetime import datetime, time, timedelta

# Offices close at 17:00; an application received after 15:00 on a same-day
# procedure is done the next working day (as the procedure texts say).
CLOSE = time(17, 0)
"""When the one-stop unit closes: a result due on a day is due by then."""
_SAME_DAY_CUTOFF = time(15, 0)


def due_at(received: datetime, working_days: int) -> datetime:
    """When the result is due: ``working_days`` working days after ``received``, at 17:00.

    Weekends are skipped. Public holidays are not known to the kiosk: the
    portal's due date replaces this one as soon as the application is delivered.
    """
    day = received
    if working_days <= 0:
        if received.weekday() < 5 and received.time() < _SAME_DAY_CUTOFF:
            return received.replace(hour=17, minute=0, second=0, microsecond=0)
        working_days = 1
    while working_days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            working_days -= 1
    return day.replace(hour=17, minute=0, second=0, microsecond=0)
