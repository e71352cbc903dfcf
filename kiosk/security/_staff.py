"""Staff accounts: PIN sign-in with lock-out, every attempt in the audit chain.

Rows live in the store's ``staff`` table. Two columns are encrypted with the
data key (prefix ``enc1:``): the display name (staff are people too) and the
PIN hash, so a copied database alone cannot be brute-forced offline; a 4–8
digit PIN space is small enough that this matters more than the hash cost.
Audit entries name the ``staff_id`` only: never a PIN, never a name.

Every row carries a MAC under the data key over role, PIN hash and lock state
(``kiosk.store``): a row changed without the key (made admin, given a PIN hash
of someone's choosing, unlocked) is refused, never used. Lock-out rules are in
``_lockout``: attempt counts and the monotonic clock, the same for unknown ids.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from kiosk.crypto import DecryptionError
from kiosk.security._lockout import Lockout, LockState, Monotonic
from kiosk.security._pins import dummy_verify, hash_pin, pin_needs_rehash, verify_pin

__all__ = ["AuthError", "StaffDirectory", "StaffError", "StaffMember"]

ROLES = ("staff", "admin")
_STAFF_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{1,31}")
_ENC_PREFIX = "enc1:"
_TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
# Vietnam has one time zone and no daylight saving; a fixed offset needs no tzdata
# (which Windows lacks) and the lock-out time is shown as the wall clock reads.
VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")


@dataclass(frozen=True)
class StaffMember:
    """A signed-in or listed staff member."""

    staff_id: str
    display_name: str
    role: str

    @property
    def is_admin(self) -> bool:
        """Admins may leave kiosk mode, manage staff and change settings."""
        return self.role == "admin"


class StaffError(ValueError):
    """A staff account cannot be created or changed; ``message`` is plain Vietnamese."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en


class AuthError(Exception):
    """Sign-in refused; ``message`` says what to do next, in plain Vietnamese.

    ``attempts_left`` is set after a wrong PIN, ``locked_until`` (aware UTC)
    when the account is locked.
    """

    def __init__(
        self,
        message: str,
        message_en: str,
        *,
        attempts_left: int | None = None,
        locked_until: datetime | None = None,
    ) -> None:
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en
        self.attempts_left = attempts_left
        self.locked_until = locked_until


class StaffDirectory:
    """Add staff, sign them in with a PIN, lock them out after repeated failures."""

    def __init__(
        self,
        store: Any,
        *,
        max_attempts: int = 5,
        lockout_s: int = 300,
        monotonic: Monotonic | None = None,
    ) -> None:
        if max_attempts < 1 or lockout_s < 1:
            raise ValueError("max_attempts and lockout_s must be positive")
        self._store = store
        self.max_attempts = max_attempts
        self.lockout_s = lockout_s
        self._lockout = Lockout(
            str(getattr(store, "path", id(store))),
            max_attempts=max_attempts,
            lockout_s=lockout_s,
            monotonic=monotonic,
        )

    @classmethod
    def from_config(cls, store: Any, config: Any) -> StaffDirectory:
        """Build with ``config.security.pin_max_attempts`` and ``pin_lockout_s``."""
        return cls(
            store,
            max_attempts=config.security.pin_max_attempts,
            lockout_s=config.security.pin_lockout_s,
        )

    # -- accounts ------------------------------------------------------------------------

    def add_staff(
        self, staff_id: str, display_name: str, role: str, pin: str, *, actor: str = "admin"
    ) -> StaffMember:
        """Create an account; the PIN must pass the policy.

        Raises:
            StaffError: bad id, empty name, unknown role, or the id is taken.
            PinPolicyError: the PIN is malformed or too easy to guess.
        """
        if not isinstance(staff_id, str) or not _STAFF_ID.fullmatch(staff_id):
            raise StaffError(
                "Mã cán bộ chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, "
                "gạch dưới (2–32 ký tự).",
                "The staff id must be 2-32 ASCII letters, digits, '.', '-' or '_'.",
            )
        name = " ".join(unicodedata.normalize("NFC", display_name or "").split())
        if not name:
            raise StaffError("Vui lòng nhập họ tên cán bộ.", "Enter the staff member's name.")
        if role not in ROLES:
            raise StaffError(
                "Vai trò phải là 'staff' (cán bộ) hoặc 'admin' (quản trị).",
                "The role must be 'staff' or 'admin'.",
            )
        pin_hash = hash_pin(pin)
        with self._store.transaction():
            added = self._store.insert_staff(
                staff_id,
                self._encrypt(name, f"staff:{staff_id}:name"),
                role,
                self._encrypt(pin_hash, f"staff:{staff_id}:pin"),
                _ts(self._store.clock.now_utc()),
            )
            if not added:
                raise StaffError(
                    f"Mã cán bộ {staff_id} đã tồn tại. Vui lòng chọn mã khác.",
                    f"Staff id {staff_id} already exists.",
                )
            self._store.audit(actor, "staff.added", staff_id, {"role": role})
        return StaffMember(staff_id, name, role)

    def set_pin(self, staff_id: str, pin: str, *, actor: str) -> None:
        """Replace a PIN (an admin reset or the member's own change) and lift any lock.

        Raises:
            LookupError: no such staff member.
            PinPolicyError: the new PIN is too easy to guess.
        """
        pin_hash = hash_pin(pin)
        with self._store.transaction():
            encrypted = self._encrypt(pin_hash, f"staff:{staff_id}:pin")
            if not self._store.set_staff_pin_hash(staff_id, encrypted, unlock=True):
                raise LookupError(f"no staff member {staff_id}")
            self._lockout.cleared(staff_id)
            self._store.audit(actor, "staff.pin_changed", staff_id)

    def list_staff(self) -> list[StaffMember]:
        """All usable accounts, by id (a row changed without the data key is left out)."""
        return [self._member(r) for r in self._store.staff_rows() if self._store.staff_row_ok(r)]

    def tampered_staff(self) -> list[str]:
        """Ids of rows whose MAC is missing or wrong: changed outside the kiosk."""
        rows = self._store.staff_rows()
        return [r["staff_id"] for r in rows if not self._store.staff_row_ok(r)]

    def has_admin(self) -> bool:
        """Whether a usable admin exists (first-run setup must create one before kiosk mode)."""
        return any(m.is_admin for m in self.list_staff())

    # -- sign-in -------------------------------------------------------------------------

    def authenticate(
        self, staff_id: str, pin: str, *, now: datetime | None = None, require_admin: bool = False
    ) -> StaffMember:
        """Check a PIN; count failures and lock the account after ``max_attempts`` of them.

        With ``require_admin`` (leaving kiosk mode, settings) a correct PIN of a
        non-admin is refused too.

        Raises:
            AuthError: unknown id or wrong PIN (with attempts left), locked account
                (with the local hh:mm it unlocks), or not an admin when one is required.
        """
        moment = (now or self._store.clock.now_utc()).astimezone(UTC)
        # Failures are recorded and committed first, then raised: raising inside the
        # transaction would roll back the very count that drives the lock-out.
        with self._store.transaction():
            outcome = self._attempt(staff_id, pin, moment, require_admin)
        if isinstance(outcome, AuthError):
            raise outcome
        return outcome

    def sign_out(self, staff_id: str, *, reason: str = "manual") -> None:
        """Record a sign-out (``reason``: manual, idle, shutdown) in the audit chain."""
        self._store.audit(staff_id, "staff.signed_out", staff_id, {"reason": reason})

    def _attempt(
        self, staff_id: str, pin: str, moment: datetime, require_admin: bool
    ) -> StaffMember | AuthError:
        typed = pin if isinstance(pin, str) else ""
        row = self._store.staff_row(staff_id)
        if row is None:
            return self._unknown(typed, str(staff_id), moment)
        if not self._store.staff_row_ok(row):
            self._store.audit(staff_id, "staff.signin_failed", staff_id, {"reason": "tampered"})
            return _tampered()
        state = LockState(int(row["failed_attempts"]), _parse_ts(row["locked_until"]))
        until = self._lockout.locked_until(staff_id, state, moment)
        if until is not None:
            self._store.audit(staff_id, "staff.signin_failed", staff_id, {"reason": "locked"})
            return _locked(until)
        stored = self._decrypt(row["pin_hash"], f"staff:{staff_id}:pin")
        if not verify_pin(stored, typed):
            return self._fail(staff_id, state, moment)
        self._lockout.cleared(staff_id)
        self._store.set_staff_failures(staff_id, 0)
        if require_admin and row["role"] != "admin":
            self._store.audit(staff_id, "staff.signin_failed", staff_id, {"reason": "not_admin"})
            return AuthError(
                "Chỉ quản trị viên mới được thực hiện thao tác này.",
                "Only an administrator can do this.",
            )
        if pin_needs_rehash(stored):
            rehashed = self._encrypt(hash_pin(typed), f"staff:{staff_id}:pin")
            self._store.set_staff_pin_hash(staff_id, rehashed, unlock=False)
        self._store.audit(staff_id, "staff.signed_in", staff_id, {"admin_check": require_admin})
        return self._member(row)

    def _fail(self, staff_id: str, state: LockState, moment: datetime) -> AuthError:
        verdict = self._lockout.wrong_pin(staff_id, state, moment)
        until = verdict.locked_until
        self._store.set_staff_failures(
            staff_id, verdict.state.failed, _ts(until) if until else None
        )
        if until is not None:
            self._store.audit(
                staff_id,
                "staff.locked_out",
                staff_id,
                {"attempts": verdict.state.failed, "lockout_s": self.lockout_s},
            )
            return _locked(until)
        self._store.audit(
            staff_id,
            "staff.signin_failed",
            staff_id,
            {"reason": "wrong_pin", "attempt": verdict.state.failed},
        )
        return _wrong_credentials(verdict.attempts_left)

    def _unknown(self, pin: str, staff_id: str, moment: datetime) -> AuthError:
        """An id with no account: the same answers, locks and cost as a real one."""
        account, state = self._lockout.unknown_state(staff_id)
        until = self._lockout.locked_until(account, state, moment)
        # What was typed may be anything (even a resident's name): don't record it.
        self._store.audit("unknown", "staff.signin_failed", None, {"reason": "unknown_id"})
        if until is not None:
            return _locked(until)
        dummy_verify(pin)
        verdict = self._lockout.wrong_pin(account, state, moment)
        self._lockout.remember_unknown(account, verdict.state)
        if verdict.locked_until is not None:
            return _locked(verdict.locked_until)
        return _wrong_credentials(verdict.attempts_left)

    # -- at-rest encryption of the sensitive columns ---------------------------------------------

    def _encrypt(self, value: str, aad: str) -> str:
        blob = self._store.cipher.encrypt(value.encode("utf-8"), aad)
        return _ENC_PREFIX + base64.b64encode(blob).decode("ascii")

    def _decrypt(self, value: str, aad: str) -> str:
        if not value.startswith(_ENC_PREFIX):
            # No plain fallback: a value not encrypted by the kiosk was put there by hand.
            raise DecryptionError("staff column not encrypted with the data key")
        blob = base64.b64decode(value[len(_ENC_PREFIX) :])
        return str(self._store.cipher.decrypt(blob, aad).decode("utf-8"))

    def _member(self, row: Any) -> StaffMember:
        name = self._decrypt(row["display_name"], f"staff:{row['staff_id']}:name")
        return StaffMember(row["staff_id"], name, row["role"])


def _wrong_credentials(left: int) -> AuthError:
    """The same answer for a wrong PIN and an unknown id, so ids cannot be guessed."""
    return AuthError(
        f"Mã cán bộ hoặc mã PIN không đúng. Bạn còn {left} lần thử.",
        f"Wrong staff id or PIN. {left} attempt(s) left.",
        attempts_left=left,
    )


def _tampered() -> AuthError:
    return AuthError(
        "Tài khoản này đã bị sửa bên ngoài kiosk nên không dùng được. Xin báo quản trị viên "
        "tạo lại tài khoản (kiosk staff add) và kiểm tra máy.",
        "This account was changed outside the kiosk and cannot be used. Ask an administrator "
        "to create it again (kiosk staff add) and check the machine.",
    )


def _locked(until: datetime) -> AuthError:
    local = until.astimezone(VIETNAM_TZ).strftime("%H:%M")
    return AuthError(
        f"Tài khoản tạm khoá do nhập sai mã PIN nhiều lần. Vui lòng thử lại sau {local} "
        "hoặc nhờ quản trị viên đặt lại mã PIN.",
        f"Account locked after too many wrong PINs. Try again after {local} "
        "or ask an administrator to reset the PIN.",
        locked_until=until,
    )


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_TS_FORMAT)


def _parse_ts(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.strptime(value, _TS_FORMAT).replace(tzinfo=UTC)
