"""Classify a scanned payload (wedge or camera): ID card, application code, or neither.

Shared by :class:`WedgeScanFilter` and :class:`CameraScanner` so both report the
same card for the same QR and the same plain message when it can't be read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

__all__ = ["SCAN_FAILED_MESSAGE", "ScanResult", "classify_payload", "looks_like_code"]

SCAN_FAILED_MESSAGE = "Không đọc được thẻ. Xin quét lại hoặc nhập tay."
"""Shown when a card-shaped scan can't be parsed ("Could not read the card...")."""

# Official codes (Circular 04/2025/TT-VPCP) look like ``000.00.01.H26-260930-0012``;
# the kiosk's provisional ones like ``TT-AB12-260930-0001``. Don't hard-code the
# number of dot segments: agencies differ.
_CODE = re.compile(r"^[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*-\d{6}-\d{4,}$")
# 12 digits then "|": the start of every CCCD / căn cước payload.
CARD_PREFIX = re.compile(r"^\d{12}\|")


def looks_like_code(text: str) -> bool:
    """Tell whether ``text`` has the shape of an application code (official or provisional)."""
    return bool(_CODE.match(text.strip()))


@dataclass(frozen=True)
class ScanResult:
    """What a payload turned out to be: exactly one of ``card``, ``code``, ``error`` is set."""

    card: Any = None
    code: str | None = None
    error: str | None = None


def classify_payload(payload: str) -> ScanResult | None:
    """Parse a scanned payload; ``None`` when it is neither card-shaped nor a code.

    The payload is NFC-normalised first: a wedge scanner behind the wrong keyboard
    layout, or a QR written in NFD, must still give the same card.
    """
    # Imported here so the fields and keyboard work even where the card parser can't load.
    from kiosk.idcard import CardError, parse_card

    text = unicodedata.normalize("NFC", payload).strip("\r\n\x00")
    if CARD_PREFIX.match(text.strip()) or _safe_looks_like_card(text):
        try:
            return ScanResult(card=parse_card(text))
        except CardError as exc:
            return ScanResult(error=getattr(exc, "message", None) or SCAN_FAILED_MESSAGE)
        except Exception:  # a parser bug must not crash the kiosk mid-scan
            return ScanResult(error=SCAN_FAILED_MESSAGE)
    if looks_like_code(text):
        return ScanResult(code=text.strip())
    return None


def _safe_looks_like_card(text: str) -> bool:
    from kiosk.idcard import looks_like_card_payload

    try:
        return bool(looks_like_card_payload(text))
    except Exception:
        return False
