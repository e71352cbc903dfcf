"""Protecting residents' data and the kiosk: PINs, private logs, retention, staff.

See docs/security.md for the threat model: what each measure protects against
and what it does not.
"""

from kiosk.security._logs import (
    LOG_FILENAME,
    JsonLinesFormatter,
    PersonalDataFilter,
    setup_logging,
)
from kiosk.security._masking import SENSITIVE_KEYS, mask_text
from kiosk.security._pins import (
    PIN_MAX_LENGTH,
    PIN_MIN_LENGTH,
    PinPolicyError,
    check_pin_policy,
    hash_pin,
    pin_needs_rehash,
    verify_pin,
)
from kiosk.security._retention import PurgeReport, purge
from kiosk.security._staff import (
    VIETNAM_TZ,
    AuthError,
    StaffDirectory,
    StaffError,
    StaffMember,
)

__all__ = [
    "LOG_FILENAME",
    "PIN_MAX_LENGTH",
    "PIN_MIN_LENGTH",
    "SENSITIVE_KEYS",
    "VIETNAM_TZ",
    "AuthError",
    "JsonLinesFormatter",
    "PersonalDataFilter",
    "PinPolicyError",
    "PurgeReport",
    "StaffDirectory",
    "StaffError",
    "StaffMember",
    "check_pin_policy",
    "hash_pin",
    "mask_text",
    "pin_needs_rehash",
    "purge",
    "setup_logging",
    "verify_pin",
]
