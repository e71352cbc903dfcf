"""Parse the QR payload of a chip CCCD or a new căn cước card into an :class:`IdCard`.

Payload: UTF-8 text, fields separated by ``|``, dates ``DDMMYYYY``, in this order
(some published parsers get it wrong):

    ID12 | old CMND9 (may be empty) | full name | date of birth | sex | permanent address
    | issue date

The chip CCCD (2021) has exactly 7 fields; the căn cước (2024) 10 or more, the
extra ones often empty. Keyboard-wedge scanners add CR/LF and may drop
diacritics, so "Nu" is read as "Nữ" (there is no other sex it could be).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from forms import Address, AddressMatch, check_personal_id, fold, normalize, resolve_address
from kiosk.clock import system_clock

__all__ = ["CardError", "IdCard", "looks_like_card_payload", "parse_card", "preload"]

_RESCAN = "Xin quét lại hoặc nhập tay."
_RESCAN_EN = "Please scan again or type the details."
_REASONS: dict[str, tuple[str, str]] = {
    "unreadable": (
        "Không đọc được mã QR trên thẻ.",
        "The QR code on the card could not be read.",
    ),
    "fields": (
        "Mã vừa quét không phải mã QR của thẻ căn cước.",
        "The code scanned is not the QR code of a citizen ID card.",
    ),
    "id_number": (
        "Số định danh trong mã QR không đúng 12 chữ số.",
        "The ID number in the QR code is not 12 digits.",
    ),
    "old_id_number": (
        "Số chứng minh nhân dân cũ trong mã QR không đúng dạng.",
        "The old ID number in the QR code is malformed.",
    ),
    "full_name": (
        "Họ tên trong mã QR không đọc được.",
        "The name in the QR code could not be read.",
    ),
    "date_of_birth": (
        "Ngày sinh trong mã QR không đúng.",
        "The date of birth in the QR code is not a valid date.",
    ),
    "sex": (
        "Giới tính trong mã QR không đọc được.",
        "The sex in the QR code could not be read.",
    ),
    "issue_date": (
        "Ngày cấp thẻ trong mã QR không đúng.",
        "The issue date in the QR code is not a valid date.",
    ),
    "id_mismatch": (
        "Số định danh trong mã QR không khớp với ngày sinh hoặc giới tính.",
        "The ID number in the QR code does not match the date of birth or the sex.",
    ),
}

_MAX_FIELDS = 30  # the căn cước has about ten; anything far beyond is not a card
_MAX_LENGTH = 2000


class CardError(Exception):
    """A scan that is not a readable ID-card payload. Nothing should be filled from it.

    ``message`` is a plain Vietnamese sentence for the screen, ``message_en`` its
    English translation, ``reason`` a short code ("fields", "date_of_birth"...).
    None of them contains personal data, so they are safe to log.
    """

    def __init__(self, reason: str) -> None:
        vi, en = _REASONS.get(reason, _REASONS["unreadable"])
        self.reason = reason
        self.message = f"{vi} {_RESCAN}"
        self.message_en = f"{en} {_RESCAN_EN}"
        super().__init__(self.message_en)


@dataclass(frozen=True, slots=True)
class IdCard:
    """What the card's QR says, cleaned: NFC text, real dates, "Nam"/"Nữ"."""

    id_number: str
    old_id_number: str | None
    full_name: str
    date_of_birth: dt.date
    sex: str
    address: str
    issue_date: dt.date | None = None
    address_2025: Address | None = None
    # What the printed address names: one 2025 commune (then also address_2025),
    # several to choose from (a legacy ward split in 2025) or none.
    address_match: AddressMatch | None = field(default=None, compare=False)

    def __repr__(self) -> str:
        # Personal data stays out of logs and tracebacks.
        return f"IdCard(id_number='{self.id_number[:3]}*********', ...)"

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict: dates in ISO 8601, ``address_2025`` a dict or None."""
        return {
            "id_number": self.id_number,
            "old_id_number": self.old_id_number,
            "full_name": self.full_name,
            "date_of_birth": self.date_of_birth.isoformat(),
            "sex": self.sex,
            "address": self.address,
            "issue_date": self.issue_date.isoformat() if self.issue_date else None,
            "address_2025": self.address_2025.to_json() if self.address_2025 else None,
            "address_match": self.address_match.to_json() if self.address_match else None,
        }


_PAYLOAD_START = re.compile(r"[\ufeff\s]*[0-9]{12}\s*\|")
_DIGITS = re.compile(r"[0-9]+")


def looks_like_card_payload(text: str) -> bool:
    """Cheap test that typed-in text is a card scan: 12 digits, "|", at least 7 fields.

    The GUI uses it to tell a keyboard-wedge scan from typing; :func:`parse_card`
    still decides whether the scan is valid.
    """
    return isinstance(text, str) and text.count("|") >= 6 and _PAYLOAD_START.match(text) is not None


def _clean(text: str) -> str:
    """NFC, no BOM or control characters, surrounding and repeated spaces removed."""
    text = text.replace("\ufeff", "")
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return normalize(text)


def _date(text: str, reason: str) -> dt.date:
    if len(text) != 8 or not _DIGITS.fullmatch(text):
        raise CardError(reason)
    try:
        return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        raise CardError(reason) from None


def _sex(text: str) -> str:
    # fold() also accepts "Nu"/"NU": a wedge scanner behind a keyboard layout
    # that loses diacritics types "Nữ" as "Nu".
    key = fold(text)
    if key == "nam":
        return "Nam"
    if key == "nu":
        return "Nữ"
    raise CardError("sex")


def _fields(payload: str) -> list[str]:
    fields = [_clean(f) for f in payload.split("|")]
    extra = fields[7:]
    # 7 fields: chip CCCD; 10+: căn cước; 8-9 only if the extra ones are empty
    # (a scanner or copy that kept a trailing "|").
    if len(fields) < 7 or len(fields) > _MAX_FIELDS or (len(fields) < 10 and any(extra)):
        raise CardError("fields")
    return fields[:7]


def parse_card(payload: str, *, today: dt.date | None = None) -> IdCard:
    """Parse a scanned QR payload; raise :class:`CardError` if it is not a valid card.

    Tolerates a BOM, trailing CR/LF, stray spaces around fields, NFD text and
    trailing empty fields. The printed address (2025 or legacy, full or short)
    is read into ``address_match``; ``address_2025`` is its commune when exactly
    one is named, None when none is or several are (a split legacy ward: ask).
    ``today`` (the kiosk clock's local date by default) bounds the year of birth.

    Raises:
        CardError: wrong number of fields, an ID that is not 12 digits, a bad
            date, an unknown sex, or an ID whose century/sex and birth-year
            digits disagree with the date of birth and sex.
    """
    if not isinstance(payload, str) or not payload.strip() or len(payload) > _MAX_LENGTH:
        raise CardError("unreadable")
    id_number, old_id, name, dob_text, sex_text, address, issued_text = _fields(payload)
    if len(id_number) != 12 or not _DIGITS.fullmatch(id_number):
        raise CardError("id_number")
    if old_id and (len(old_id) not in (9, 12) or not _DIGITS.fullmatch(old_id)):
        raise CardError("old_id_number")
    if not name or any(ch.isdigit() for ch in name):
        raise CardError("full_name")
    date_of_birth = _date(dob_text, "date_of_birth")
    issue_date = _date(issued_text, "issue_date") if issued_text else None
    if not 1900 <= date_of_birth.year <= (today or system_clock().today()).year:
        raise CardError("date_of_birth")
    if issue_date is not None and issue_date < date_of_birth:
        raise CardError("issue_date")
    sex = _sex(sex_text)
    match = resolve_address(address) if address else None
    problems = check_personal_id(id_number, date_of_birth=date_of_birth, sex=sex)
    if "century_sex_mismatch" in problems or "birth_year_mismatch" in problems:
        raise CardError("id_mismatch")
    return IdCard(
        id_number=id_number,
        old_id_number=old_id or None,
        full_name=name,
        date_of_birth=date_of_birth,
        sex=sex,
        address=address,
        issue_date=issue_date,
        address_2025=match.address if match else None,
        address_match=match,
    )


def preload() -> None:
    """Load the address data now (about a second) so the first scan fills the form at once."""
    resolve_address("Phường Hoàn Kiếm, Thành phố Hà Nội")
