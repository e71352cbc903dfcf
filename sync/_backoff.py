"""Retry timing: exponential backoff with full jitter, and the clocks the worker waits on."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kiosk.clock import Clock, system_clock

_STORE_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


@dataclass(frozen=True)
class Backoff:
    """Full-jitter exponential backoff (AWS architecture blog's "full jitter").

    The n-th retry waits a uniform random time in ``[0, min(cap, base * 2**(n-1))]``;
    a ``Retry-After`` from the portal is a floor (bounded by ``max_retry_after_s``).
    ``Backoff(base_s=0)`` retries at once (tests).
    """

    base_s: float = 2.0
    cap_s: float = 600.0
    max_retry_after_s: float = 3600.0

    def ceiling(self, attempts: int) -> float:
        """The upper bound of the wait after ``attempts`` failed attempts."""
        exponent = min(max(attempts, 1) - 1, 40)
        return float(min(self.cap_s, self.base_s * (2**exponent)))

    def delay(self, attempts: int, rng: random.Random, retry_after: float | None = None) -> float:
        """Seconds to wait before the next attempt."""
        wait = rng.uniform(0.0, self.ceiling(attempts))
        if retry_after is not None and retry_after > 0:
            wait = max(wait, min(retry_after, self.max_retry_after_s))
        return wait


class SystemClock:
    """Real time; waiting can be cut short by an event (stop, "sync now", link back).

    ``now()`` asks the kiosk's one clock (``calendar``, the real one by default), so
    a pinned :class:`kiosk.clock.FixedClock` also pins the worker's timestamps.
    """

    def __init__(self, calendar: Clock | None = None) -> None:
        self.calendar: Clock = calendar or system_clock()

    def now(self) -> datetime:
        """The current UTC time."""
        return self.calendar.now_utc()

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (deadlines)."""
        return time.monotonic()

    def sleep(self, seconds: float, wake: threading.Event) -> bool:
        """Wait up to ``seconds``; return True if woken early."""
        return wake.wait(max(0.0, seconds))


class ManualClock:
    """A clock that only moves when told to (or when slept on): deterministic tests."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or system_clock().now_utc()
        self._lock = threading.Lock()
        self._elapsed = 0.0

    def now(self) -> datetime:
        """The clock's current time."""
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        """Seconds elapsed on this clock."""
        with self._lock:
            return self._elapsed

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        with self._lock:
            self._now += timedelta(seconds=seconds)
            self._elapsed += seconds

    def sleep(self, seconds: float, wake: threading.Event) -> bool:
        """Jump forward instead of waiting."""
        if wake.is_set():
            return True
        self.advance(max(0.0, seconds))
        return False


def store_time(moment: datetime) -> str:
    """A datetime in the store's timestamp format (sortable text, UTC)."""
    return moment.astimezone(UTC).strftime(_STORE_TIME)


def parse_store_time(text: str) -> datetime:
    """Read a store timestamp back (tolerates a plain ISO 8601 string)."""
    try:
        return datetime.strptime(text, _STORE_TIME).replace(tzinfo=UTC)
    except ValueError:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
