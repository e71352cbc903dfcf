"""Staff accounts: PIN sign-in with lock-out, every attempt in the audit chain.

Rows live in the store's ``staff`` table. Two columns are encrypted with the
data key (prefix ``enc1:``): the display name (staff are people too) and the
PIN hash, so a copied database alone cannot be brute-forced offline; a 4–8
digit PIN space is small enough that this matters more than the hash cost.
Audit entries name the ``staff_id`` only: never a PIN, never a name.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

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

    def __init__(self, store: Any, *, max_attempts: int = 5, lockout_s: int = 300) -> None:
        if max_attempts < 1 or lockout_s < 1:
            raise ValueError("max_attempts and lockout_s must be positive")
        self._store = store
        self.max_attempts = max_attempts
        self.lockout_s = lockout_s

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
            self._store.audit(actor, "staff.pin_changed", staff_id)

    def list_staff(self) -> list[StaffMember]:
        """All accounts, by id."""
        return [self._member(r) for r in self._store.staff_rows()]

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
        row = self._store.staff_row(staff_id)
        if row is None:
            dummy_verify(pin if isinstance(pin, str) else "")
            # What was typed may be anything (even a resident's name): don't record it.
            self._store.audit("unknown", "staff.signin_failed", None, {"reason": "unknown_id"})
            return _wrong_credentials()
        locked_until = _parse_ts(row["locked_until"])
        if locked_until is not None and locked_until > moment:
            self._store.audit(staff_id, "staff.signin_failed", staff_id, {"reason": "locked"})
            return _locked(locked_until)
        stored = self._decrypt(row["pin_hash"], f"staff:{staff_id}:pin")
        if not verify_pin(stored, pin):
            return self._fail(staff_id, int(row["failed_attempts"]) + 1, moment)
        self._store.set_staff_failures(staff_id, 0)
        if require_admin and row["role"] != "admin":
            self._store.audit(staff_id, "staff.signin_failed", staff_id, {"reason": "not_admin"})
            return AuthError(
                "Chỉ quản trị viên mới được thực hiện thao tác này.",
                "Only an administrator can do this.",
            )
        if pin_needs_rehash(stored):
            rehashed = self._encrypt(hash_pin(pin), f"staff:{staff_id}:pin")
            self._store.set_staff_pin_hash(staff_id, rehashed, unlock=False)
        self._store.audit(staff_id, "staff.signed_in", staff_id, {"admin_check": require_admin})
        return self._member(row)

    def _fail(self, staff_id: str, attempts: int, moment: datetime) -> AuthError:
        if attempts >= self.max_attempts:
            until = moment + timedelta(seconds=self.lockout_s)
            # The counter restarts, so after the lock lifts a full set of tries remains.
            self._store.set_staff_failures(staff_id, 0, _ts(until))
            self._store.audit(
                staff_id,
                "staff.locked_out",
                staff_id,
                {"attempts": attempts, "lockout_s": self.lockout_s},
            )
            return _locked(until)
        self._store.set_staff_failures(staff_id, attempts)
        self._store.audit(
            staff_id, "staff.signin_failed", staff_id, {"reason": "wrong_pin", "attempt": attempts}
        )
        left = self.max_attempts - attempts
        return AuthError(
            f"Mã PIN không đúng. Bạn còn {left} lần thử.",
            f"Wrong PIN. {left} attempt(s) left.",
            attempts_left=left,
        )

    # -- at-rest encryption of the sensitive columns ---------------------------------------------

    def _encrypt(self, value: str, aad: str) -> str:
        blob = self._store.cipher.encrypt(value.encode("utf-8"), aad)
        return _ENC_PREFIX + base64.b64encode(blob).decode("ascii")

    def _decrypt(self, value: str, aad: str) -> str:
        if not value.startswith(_ENC_PREFIX):
            return value  # written by a tool that did not encrypt: still usable
        blob = base64.b64decode(value[len(_ENC_PREFIX) :])
        return str(self._store.cipher.decrypt(blob, aad).decode("utf-8"))

    def _member(self, row: Any) -> StaffMember:
        name = self._decrypt(row["display_name"], f"staff:{row['staff_id']}:name")
        return StaffMember(row["staff_id"], name, row["role"])


def _wrong_credentials() -> AuthError:
    return AuthError(
        "Mã cán bộ hoặc mã PIN không đúng. Vui lòng kiểm tra và nhập lại.",
        "Wrong staff id or PIN. Check and try again.",
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
