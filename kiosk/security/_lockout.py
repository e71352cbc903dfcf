"""Lock-out after wrong PINs: attempt counts and the monotonic clock, not the wall clock alone.

Moving the system clock forward must not lift a lock. While the process runs, a
lock ends on the monotonic clock; the wall-clock time stored with the account
serves only to carry a lock across a restart (and is then turned into a
monotonic deadline at once). The count of wrong PINs is stored with the account
and survives restarts; it falls back to zero only on a right PIN or a PIN reset,
so once an account has reached the limit every further wrong PIN locks it
again: one try per lock-out period, however the clock is moved.

Unknown staff ids go through the same machine, in memory, so an id that does
not exist answers exactly like one that does (same message, same lock on the
same attempt) and cannot be told apart by guessing.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

Monotonic = Callable[[], float]

_GUARD = threading.Lock()
# (database path, account key) -> monotonic deadline; shared by every StaffDirectory of
# the process (the GUI makes a new one per sign-in attempt).
_DEADLINES: dict[tuple[str, str], float] = {}
# (database path, hashed unknown id) -> its attempts, as a stored account would keep them.
_UNKNOWN: dict[tuple[str, str], LockState] = {}
_MAX_UNKNOWN = 10_000


@dataclass
class LockState:
    """What is stored per account: wrong PINs since the last right one, and the wall lock."""

    failed: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True)
class Verdict:
    """The outcome of one wrong PIN: the new state and whether it locked the account."""

    state: LockState
    locked_until: datetime | None
    attempts_left: int


class Lockout:
    """The lock-out rules, for stored accounts and unknown ids alike."""

    def __init__(
        self, db_key: str, *, max_attempts: int, lockout_s: int, monotonic: Monotonic | None
    ) -> None:
        self._db = db_key
        self.max_attempts = max_attempts
        self.lockout_s = lockout_s
        self._monotonic = monotonic or time.monotonic

    def locked_until(self, account: str, state: LockState, moment: datetime) -> datetime | None:
        """The time to show if the account is locked now, else ``None``."""
        if state.failed < self.max_attempts:
            return None
        now = self._monotonic()
        key = (self._db, account)
        with _GUARD:
            deadline = _DEADLINES.get(key)
            if deadline is None and state.locked_until is not None:
                # A lock from before this process started: only the wall clock knows it.
                remaining = (state.locked_until - moment).total_seconds()
                if remaining > 0:
                    deadline = now + min(remaining, float(self.lockout_s))
                    _DEADLINES[key] = deadline
        if deadline is None or now >= deadline:
            return None
        return state.locked_until or moment + timedelta(seconds=deadline - now)

    def wrong_pin(self, account: str, state: LockState, moment: datetime) -> Verdict:
        """Count a wrong PIN; lock on reaching the limit and on every wrong PIN after it."""
        failed = state.failed + 1
        if failed < self.max_attempts:
            return Verdict(LockState(failed, None), None, self.max_attempts - failed)
        until = moment + timedelta(seconds=self.lockout_s)
        with _GUARD:
            _DEADLINES[(self._db, account)] = self._monotonic() + self.lockout_s
        return Verdict(LockState(failed, until), until, 0)

    def cleared(self, account: str) -> LockState:
        """A right PIN or a reset: no lock, a full set of attempts."""
        with _GUARD:
            _DEADLINES.pop((self._db, account), None)
        return LockState()

    # -- unknown ids, kept in memory ------------------------------------------------------

    def unknown_state(self, staff_id: str) -> tuple[str, LockState]:
        """The in-memory state of an id with no account (keyed by a hash, not the text)."""
        account = "?" + hashlib.sha256(staff_id.encode("utf-8", "replace")).hexdigest()
        with _GUARD:
            state = _UNKNOWN.get((self._db, account), LockState())
        return account, state

    def remember_unknown(self, account: str, state: LockState) -> None:
        """Store an unknown id's new state (bounded: the oldest are forgotten first)."""
        with _GUARD:
            _UNKNOWN[(self._db, account)] = state
            while len(_UNKNOWN) > _MAX_UNKNOWN:
                _UNKNOWN.pop(next(iter(_UNKNOWN)))
