"""Electronic results on the wire: the applicant's blind index and the applicant fields.

Both sides compute the same index: a keyed HMAC of the ID number's digits, with
the portal's *applicant index key* (handed to enrolled kiosks). The kiosk sends
the index of the card it scanned, never the number; the portal compares it with
the indexes of the application's applicants. Which answers name an applicant is
also shared here, so the two sides never disagree about who may collect.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from typing import Any

#: Answer ids holding an applicant's ID number, in order of precedence. When the
#: form has a requester, the requester collects; a marriage has two applicants.
APPLICANT_ID_FIELDS = ("requester_id_number", "bride_id_number", "groom_id_number")
APPLICANT_NAME_FIELDS = ("requester_full_name", "bride_full_name", "groom_full_name")
INDEX_PATTERN = re.compile(r"^[0-9a-f]{64}$")
#: The documents staff may check for a resident without an ID card to scan.
DOCUMENT_TYPES = ("cccd", "cmnd", "passport", "birth_certificate", "authorisation", "other")


def applicant_index(key: bytes, id_number: str) -> str:
    """The blind index of an ID number: HMAC-SHA256 of its digits, hex.

    Raises:
        ValueError: the key is too short, or the number has no digits.
    """
    if len(key) < 16:
        raise ValueError("applicant index key must be at least 16 bytes")
    digits = "".join(ch for ch in str(id_number) if ch.isdigit())
    if not digits:
        raise ValueError("an ID number needs digits")
    return hmac.new(key, b"applicant-index-v1:" + digits.encode(), hashlib.sha256).hexdigest()


def applicant_id_numbers(answers: Mapping[str, Any]) -> list[str]:
    """The ID numbers of the people who may collect the result of an application."""
    found = [answers.get(k) for k in APPLICANT_ID_FIELDS]
    numbers = [str(v) for v in found if isinstance(v, str) and any(c.isdigit() for c in v)]
    if isinstance(answers.get("requester_id_number"), str) and numbers:
        return numbers[:1]
    return numbers


def applicant_names(answers: Mapping[str, Any]) -> list[str]:
    """The applicants' names as filed (the requester's, or both spouses')."""
    names = [answers.get(k) for k in APPLICANT_NAME_FIELDS]
    clean = [v.strip() for v in names if isinstance(v, str) and v.strip()]
    if isinstance(answers.get("requester_full_name"), str) and clean:
        return clean[:1]
    return clean


def checked_document(kind: str, number_tail: str) -> dict[str, str]:
    """The record of a document staff checked: its type and at most its last 4 characters.

    Raises:
        ValueError: an unknown type, or no characters to record.
    """
    if kind not in DOCUMENT_TYPES:
        raise ValueError(f"document type must be one of {', '.join(DOCUMENT_TYPES)}")
    tail = "".join(ch for ch in str(number_tail) if ch.isalnum())[-4:].upper()
    if not tail:
        raise ValueError("the document's last characters are needed")
    return {"type": kind, "last4": tail}
