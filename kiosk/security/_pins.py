"""Staff and admin PINs: a policy against guessable PINs and a memory-hard hash (Argon2id).

A 4–8 digit PIN has at most 10^8 values, so no hash makes it strong offline;
Argon2id only makes each guess expensive. The real protection is the lock-out
(:class:`kiosk.security.StaffDirectory`) and keeping the hash itself encrypted
with the data key, so a copied database alone cannot be brute-forced.
"""

from __future__ import annotations

import functools
import itertools
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

__all__ = [
    "PIN_MAX_LENGTH",
    "PIN_MIN_LENGTH",
    "PinPolicyError",
    "check_pin_policy",
    "hash_pin",
    "pin_needs_rehash",
    "verify_pin",
]

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 8

# RFC 9106 "second recommended" profile (argon2-cffi's default): Argon2id, t=3, 64 MiB, p=4.
_HASHER = PasswordHasher()

_DIGITS = re.compile(f"[0-9]{{{PIN_MIN_LENGTH},{PIN_MAX_LENGTH}}}")
# PINs people pick from the keypad's shape or dates everyone knows; sequences and
# repeats are caught by the rules below.
_BLOCKLIST = frozenset(
    {
        "2580",
        "0852",
        "1379",
        "1397",
        "7931",
        "1470",
        "0741",
        "3690",
        "0963",
        "1590",
        "147258",
        "258369",
        "159753",
        "123321",
        "112233",
        "1122",
        "1004",
        "2000",
        "6969",
        "1368",
        "8386",
        "1102",
        "2468",
        "13579",
    }
)


class PinPolicyError(ValueError):
    """The PIN is malformed or too easy to guess; ``message`` says why, in Vietnamese."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en


def check_pin_policy(pin: str) -> None:
    """Accept 4–8 ASCII digits that are not a repeat, a run or a well-known PIN.

    Raises:
        PinPolicyError: with a plain Vietnamese ``message`` saying what to choose instead.
    """
    if not isinstance(pin, str) or not _DIGITS.fullmatch(pin):
        raise PinPolicyError(
            f"Mã PIN phải gồm từ {PIN_MIN_LENGTH} đến {PIN_MAX_LENGTH} chữ số (0–9).",
            f"The PIN must be {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits (0-9).",
        )
    if _is_trivial(pin):
        raise PinPolicyError(
            "Mã PIN này quá dễ đoán (lặp lại, liên tiếp hoặc quá phổ biến). Vui lòng chọn mã khác.",
            "This PIN is too easy to guess (repeated, sequential or very common). "
            "Please choose another.",
        )


def _is_trivial(pin: str) -> bool:
    digits = [int(c) for c in pin]
    steps = {b - a for a, b in itertools.pairwise(digits)}
    if steps in ({0}, {1}, {-1}):  # 0000, 1234, 9876
        return True
    # A short block repeated: 1212, 123123, 2020, 12341234.
    for period in range(1, len(pin) // 2 + 1):
        if len(pin) % period == 0 and pin == pin[:period] * (len(pin) // period):
            return True
    # dd/mm-like years are everyone's first guess: 19xx and 20xx as a 4-digit PIN.
    if len(pin) == 4 and pin[:2] in {"19", "20"}:
        return True
    return pin in _BLOCKLIST


def hash_pin(pin: str) -> str:
    """Check the policy, then hash with Argon2id; the result embeds salt and parameters.

    Raises:
        PinPolicyError: the PIN does not meet :func:`check_pin_policy`.
    """
    check_pin_policy(pin)
    return _HASHER.hash(pin)


def verify_pin(stored: str, pin: str) -> bool:
    """Return whether ``pin`` matches the stored Argon2 hash; a malformed hash never matches."""
    if not isinstance(pin, str) or not isinstance(stored, str):
        return False
    try:
        return _HASHER.verify(stored, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def pin_needs_rehash(stored: str) -> bool:
    """Whether a hash was made with weaker parameters than today's and should be replaced."""
    try:
        return _HASHER.check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return True


def dummy_verify(pin: str) -> None:
    """Spend a real verification's time, so timing does not reveal unknown staff ids."""
    verify_pin(_dummy_hash(), pin)


@functools.cache
def _dummy_hash() -> str:
    return _HASHER.hash("not-a-real-pin")
