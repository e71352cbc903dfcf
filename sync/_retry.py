"""The first of sync's two retry levels: quick retries of one request inside one delivery attempt.

A dropped connection, a reply lost after the portal committed, a timeout or a
502/503/504 is usually cured by asking again a moment later, so the client asks
again a few times after short jittered pauses (tens to hundreds of ms, bounded
in count and in total pause time) before the item falls back to the outbox's
long backoff (``sync._backoff.Backoff``, the second level). Every request of the
protocol is safe to repeat: submissions carry an idempotency key, uploads resume
at the portal's committed offset, reads change nothing.

A portal that says it is overloaded is never hammered: a ``429`` is never retried
here, and any ``Retry-After`` holds *every* request of this client until it has
passed (:class:`PortalGate`), within this attempt when short, else in the outbox.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

#: 502/503/504: a gateway or the portal itself says "not now"; asking again soon is fine.
#: 500 too: every request of the protocol is idempotent, and a portal's passing fault (a
#: deadlock victim, a restarting worker) is as often cured by asking again as a 503.
RETRY_STATUSES = frozenset({500, 502, 503, 504})
#: Without a Retry-After, a 429 still holds this client's requests this long.
DEFAULT_TOO_MANY_S = 5.0


@dataclass(frozen=True)
class RetryPolicy:
    """How one request is retried inside a delivery attempt.

    Attributes:
        retries: at most this many repeats of one request (0 turns quick retries off).
        base_s, cap_s: the n-th pause is uniform in ``[c/2, c]`` with
            ``c = min(cap_s, base_s * 2**(n-1))`` ("equal jitter": never a zero pause,
            so a thousand kiosks that failed together do not retry together).
        budget_s: the pauses of one request (honoured ``Retry-After`` included) never add
            up to more; past it the request fails and the outbox's backoff takes over.
        timeout_retries: a timed-out request already cost a whole timeout: repeat it at most
            this many times.
    """

    retries: int = 4
    base_s: float = 0.04
    cap_s: float = 0.8
    budget_s: float = 3.0
    timeout_retries: int = 1

    def pause(self, retry: int, rng: random.Random) -> float:
        """Seconds to wait before the ``retry``-th repeat (1-based)."""
        ceiling = min(self.cap_s, self.base_s * (2 ** min(max(retry, 1) - 1, 20)))
        return rng.uniform(ceiling / 2, ceiling)


#: Quick retries off: every failure goes straight to the outbox (tests of the second level).
NO_RETRY = RetryPolicy(retries=0, budget_s=0.0, timeout_retries=0)


class PortalGate:
    """When this client may next send anything: the portal's ``Retry-After`` as a shared hold.

    Thread-safe; the clock is ``time.monotonic`` unless another is given (tests).
    """

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._not_before = 0.0

    def hold(self, seconds: float) -> None:
        """Send nothing for ``seconds`` from now (an earlier, longer hold stays)."""
        with self._lock:
            self._not_before = max(self._not_before, self._monotonic() + max(0.0, seconds))

    def remaining(self) -> float:
        """Seconds until requests may go out again (0 when they may now)."""
        with self._lock:
            return max(0.0, self._not_before - self._monotonic())
