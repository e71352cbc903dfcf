"""One clock for the whole kiosk: UTC instants for storage, local dates for calendar decisions.

Every "now" and "today" in kiosk/, sync/ and ui/ comes from a :class:`Clock`
handed down from the composition root (``KioskContext.clock``); ``forms/``
stays pure and takes ``today`` as a parameter. This module is the only place
that reads the wall clock (``tests/test_clock_reads.py`` keeps it so).
Durations and timeouts may use ``time.monotonic()``: it is not a calendar.

Rules the rest of the code follows:
- store UTC instants (:func:`store_stamp`, ``...Z`` text that sorts as time);
- decide by the local date (:meth:`Clock.today`, :meth:`Clock.local_date`):
  codes, due dates, working days, office hours, dashboard days, retention, age;
- tests pin the clock with :class:`FixedClock` instead of depending on the hour.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol, runtime_checkable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "DEFAULT_TIME_ZONE",
    "STORE_FORMAT",
    "Clock",
    "FixedClock",
    "SystemClock",
    "parse_stamp",
    "store_stamp",
    "system_clock",
    "time_zone",
]

DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh"
"""Hà Nội's time zone (UTC+7, no daylight saving): the kiosk's default."""

STORE_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
"""The store's timestamp format: UTC, microseconds, a ``Z``; compares correctly as text."""


def time_zone(name: str = DEFAULT_TIME_ZONE) -> ZoneInfo:
    """The IANA zone ``name``.

    Raises:
        ValueError: the name is not a known IANA time zone (config validation shows it).
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"không phải múi giờ IANA (not an IANA time zone): {name!r}") from exc


def store_stamp(moment: datetime) -> str:
    """An aware datetime as the store's UTC timestamp text."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no instant: give it a time zone")
    return moment.astimezone(UTC).strftime(STORE_FORMAT)


def parse_stamp(text: str) -> datetime:
    """A store timestamp (or any ISO 8601 text) as an aware UTC datetime; naive means UTC."""
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


@runtime_checkable
class Clock(Protocol):
    """What every layer asks for the time: now (UTC or local) and today (local)."""

    @property
    def tz(self) -> tzinfo:
        """The kiosk's time zone."""
        ...

    def now_utc(self) -> datetime:
        """The current instant, aware, in UTC."""
        ...

    def now_local(self) -> datetime:
        """The current instant in the kiosk's time zone."""
        ...

    def today(self) -> date:
        """Today's date in the kiosk's time zone."""
        ...

    def local_date(self, moment: datetime) -> date:
        """The local date of an instant (a naive datetime is taken as UTC)."""
        ...

    def stamp(self) -> str:
        """Now as the store's UTC timestamp text."""
        ...


class _ZonedClock:
    """The local-time arithmetic shared by every clock; subclasses give ``now_utc``."""

    def __init__(self, tz: tzinfo | str = DEFAULT_TIME_ZONE) -> None:
        self._tz: tzinfo = time_zone(tz) if isinstance(tz, str) else tz

    @property
    def tz(self) -> tzinfo:
        """The kiosk's time zone."""
        return self._tz

    def now_utc(self) -> datetime:  # pragma: no cover - overridden
        raise NotImplementedError

    def now_local(self) -> datetime:
        """The current instant in the kiosk's time zone."""
        return self.now_utc().astimezone(self._tz)

    def today(self) -> date:
        """Today's date in the kiosk's time zone (not UTC's: they differ 17:00-24:00 UTC)."""
        return self.now_local().date()

    def local_date(self, moment: datetime) -> date:
        """The local date of an instant (a naive datetime is taken as UTC, as the store keeps)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(self._tz).date()

    def stamp(self) -> str:
        """Now as the store's UTC timestamp text."""
        return store_stamp(self.now_utc())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.now_utc().isoformat()}, tz={self._tz})"


class SystemClock(_ZonedClock):
    """The real wall clock, in the configured time zone."""

    def now_utc(self) -> datetime:
        """The current instant, aware, in UTC (the one wall-clock read of the kiosk)."""
        return datetime.now(UTC)


class FixedClock(_ZonedClock):
    """A clock that stands still until set or advanced: tests pin "now" with it.

    ``FixedClock(datetime(2027, 2, 5, 0, 30, tzinfo=HANOI))``; a naive instant is
    read in the clock's time zone. Thread-safe (the store thread and the GUI
    thread may both read it).
    """

    def __init__(self, instant: datetime, tz: tzinfo | str = DEFAULT_TIME_ZONE) -> None:
        super().__init__(tz)
        self._lock = threading.Lock()
        self._now = self._aware(instant)

    def _aware(self, instant: datetime) -> datetime:
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=self._tz)
        return instant.astimezone(UTC)

    def now_utc(self) -> datetime:
        """The pinned instant, in UTC."""
        with self._lock:
            return self._now

    def set(self, instant: datetime) -> None:
        """Move the clock to ``instant`` (naive: local time)."""
        aware = self._aware(instant)
        with self._lock:
            self._now = aware

    def advance(self, delta: timedelta | None = None, **parts: float) -> datetime:
        """Move the clock forward by ``delta`` or ``timedelta(**parts)``; return the new instant."""
        step = (delta or timedelta()) + timedelta(**parts)
        with self._lock:
            self._now += step
            return self._now


_SYSTEM: dict[str, SystemClock] = {}


def system_clock(tz: str = DEFAULT_TIME_ZONE) -> SystemClock:
    """The real clock in zone ``tz`` (shared: a clock has no state worth copying).

    The composition root builds the kiosk's clock from the config; this default
    serves code that was given no clock (scripts, a CLI command run alone).
    """
    clock = _SYSTEM.get(tz)
    if clock is None:
        clock = _SYSTEM.setdefault(tz, SystemClock(tz))
    return clock
