"""Per-field input handling: turn what people type into a canonical value, and check it.

``normalize_value`` never raises: input it cannot understand comes back as
tidied text so that ``check_value`` can say, in plain Vietnamese, what to fix.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from forms._schema import FieldSpec, FieldType
from forms._text import fold, normalize

__all__ = ["FieldError", "check_value", "is_empty", "normalize_value"]


@dataclass(frozen=True)
class FieldError:
    """A problem with one answer: ``field_id`` (``group[0].sub`` in groups), code, messages."""

    field_id: str
    code: str
    message: str
    message_en: str


def is_empty(value: Any) -> bool:
    """No answer: None, blank text, an empty list or dict."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | dict):
        return not value
    return False


_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_PACKED = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # ddmmyyyy, as on the ID card QR
# "14:30", "14h30", "14 giờ 30 phút", "14g30", "14.30", "14h", "1430"
_TIME = re.compile(r"^(\d{1,2})\s*(?:[:h.]|g|giờ)?\s*(\d{2})?\s*(?:phút|p|')?$", re.IGNORECASE)
_PHONE_JUNK = re.compile(r"[\s.\-()]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NAME_OK = re.compile(r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)*$")
_TRUE = {"co", "yes", "true", "1", "x", "dong y"}
_FALSE = {"khong", "no", "false", "0"}


def normalize_value(field: FieldSpec, raw: Any) -> Any:
    """Canonical form of ``raw`` for ``field``; idempotent, never raises.

    Dates become "YYYY-MM-DD" (or "YYYY"), phones "0xxxxxxxxx", names are
    capitalised, select answers map to the option value, text is NFC.
    """
    if raw is None:
        return None
    t = field.type
    if t is FieldType.GROUP:
        if not isinstance(raw, list):
            return raw
        subs = {s.id: s for s in field.fields or []}
        return [
            {k: normalize_value(subs[k], v) if k in subs else v for k, v in item.items()}
            if isinstance(item, dict)
            else item
            for item in raw
        ]
    if t is FieldType.ADDRESS:
        return _normalize_address(raw)
    if t is FieldType.ATTACHMENT:
        return raw
    if t is FieldType.DATE and isinstance(raw, dt.date):
        return (raw.date() if isinstance(raw, dt.datetime) else raw).isoformat()
    if t is FieldType.YES_NO and isinstance(raw, bool):
        return raw
    if (
        t is FieldType.NUMBER
        and isinstance(raw, int | float)
        and not isinstance(raw, bool)
        and math.isfinite(raw)
    ):  # NaN and infinities are not numbers a resident gave: kept as text, refused as typed text
        return int(raw) if float(raw).is_integer() else raw
    if not isinstance(raw, str):
        raw = str(raw)
    text = normalize(raw)
    if not text:
        return None
    return _normalize_text(field, text)


def _normalize_text(field: FieldSpec, text: str) -> Any:
    t = field.type
    if t is FieldType.PERSON_NAME:
        return " ".join(_capitalise(w) for w in text.split(" "))
    if t is FieldType.DATE:
        return _parse_date(text) or text
    if t is FieldType.TIME:
        return _parse_time(text) or text
    if t is FieldType.PERSONAL_ID:
        compact = re.sub(r"[\s.\-]", "", text)
        return compact if compact.isdigit() else text
    if t is FieldType.PHONE:
        compact = _PHONE_JUNK.sub("", text)
        if compact.startswith("+84"):
            compact = "0" + compact[3:]
        elif compact.startswith("0084"):
            compact = "0" + compact[4:]
        elif compact.startswith("84") and len(compact) == 11:
            compact = "0" + compact[2:]
        return compact if compact.isdigit() else text
    if t is FieldType.EMAIL:
        local, at, domain = text.replace(" ", "").rpartition("@")
        return f"{local}@{domain.lower()}" if at else text
    if t is FieldType.SELECT:
        key = fold(text)
        for option in field.options or []:
            if option.value == text:
                return option.value
        for option in field.options or []:
            if key in (fold(option.value), fold(option.label), fold(option.label_en)):
                return option.value
        return text
    if t is FieldType.YES_NO:
        key = fold(text)
        return True if key in _TRUE else False if key in _FALSE else text
    if t is FieldType.NUMBER:
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return text
        if number != number or number in (float("inf"), float("-inf")):
            return text
        return int(number) if number.is_integer() else number
    return text


def _normalize_address(raw: Any) -> Any:
    """A 2025 address dict; free text (also a pre-2025 three-level address) is converted."""
    if isinstance(raw, dict):
        return {k: normalize(v) if isinstance(v, str) else v for k, v in raw.items()}
    if not isinstance(raw, str):
        return raw
    text = normalize(raw)
    if not text:
        return None
    try:
        from forms._address import resolve_address
    except ImportError:  # pragma: no cover - only while the module is missing
        return text
    # Not found or ambiguous: the province and street with the choices, so the
    # check asks the person to pick the commune (never a silent guess).
    return resolve_address(text).answer(text) or text


def _capitalise(word: str) -> str:
    """ "nguyễn" -> "Nguyễn", also after a hyphen ("h'hen-niê" -> "H'hen-Niê")."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _parse_date(text: str) -> str | None:
    """ "5/3/2024", "05-03-2024", "05032024", "2024-03-05" -> "2024-03-05"; "1950" -> "1950"."""
    if _YEAR.match(text):
        return text
    m = _DMY.match(text) or _PACKED.match(text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _ISO.match(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse_time(text: str) -> str | None:
    """ "14h30", "14 giờ 30 phút", "9:05", "1430" -> "14:30" / "09:05"; None if not a time."""
    m = _TIME.match(text.strip())
    if m is None:
        if len(text) == 4 and text.isdigit():
            hour, minute = int(text[:2]), int(text[2:])
        else:
            return None
    else:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"


def parse_stored_date(value: Any) -> tuple[int, dt.date | None] | None:
    """(year, full date or None when only the year is known) of a stored date value."""
    if not isinstance(value, str):
        return None
    if _YEAR.match(value):
        return int(value), None
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return d.year, d


def _err(field_id: str, code: str, vi: str, en: str) -> list[FieldError]:
    return [FieldError(field_id, code, vi, en)]


def check_value(field: FieldSpec, value: Any, field_id: str | None = None) -> list[FieldError]:
    """Problems with one non-empty, already normalised value (no cross-field rules)."""
    fid = field_id or field.id
    t = field.type
    if t in (FieldType.TEXT, FieldType.PERSON_NAME, FieldType.EMAIL) and isinstance(value, str):
        limit = field.max_length or (100 if t is FieldType.PERSON_NAME else 500)
        if len(value) > limit:
            return _err(
                fid,
                "too_long",
                f"Quá dài: tối đa {limit} ký tự.",
                f"Too long: at most {limit} characters.",
            )
    if t is FieldType.PERSON_NAME and not _NAME_OK.match(value):
        return _err(
            fid,
            "invalid_name",
            "Họ tên chỉ gồm chữ cái và dấu cách. Vui lòng nhập lại.",
            "A name has only letters and spaces. Please type it again.",
        )
    if t is FieldType.DATE:
        return _check_date(field, value, fid)
    if t is FieldType.TIME and not (isinstance(value, str) and _parse_time(value) == value):
        return _err(
            fid,
            "invalid_time",
            "Giờ chưa đúng. Nhập giờ và phút, ví dụ 14:30 (hoặc 14 giờ 30).",
            "The time is not valid. Type hours and minutes, e.g. 14:30.",
        )
    if t is FieldType.PERSONAL_ID:
        from forms._rules import personal_id_problems  # late import: rules build on this module

        return [
            FieldError(fid, c, vi, en) for c, vi, en in personal_id_problems(str(value), None, None)
        ]
    if t is FieldType.PHONE and not (
        isinstance(value, str) and re.fullmatch(r"0[1-9]\d{8}", value)
    ):
        return _err(
            fid,
            "invalid_phone",
            "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84). Vui lòng kiểm tra lại.",
            "A phone number has 10 digits starting with 0 (or +84). Please check it.",
        )
    if t is FieldType.EMAIL and not _EMAIL.match(value):
        return _err(
            fid,
            "invalid_email",
            "Địa chỉ email chưa đúng, ví dụ: ten@gmail.com.",
            "The email address is not valid, e.g. name@gmail.com.",
        )
    if t is FieldType.SELECT and value not in {o.value for o in field.options or []}:
        return _err(
            fid,
            "invalid_option",
            "Vui lòng chọn một mục trong danh sách.",
            "Please choose one of the listed options.",
        )
    if t is FieldType.YES_NO:
        if not isinstance(value, bool):
            return _err(
                fid, "invalid_yes_no", "Vui lòng chọn Có hoặc Không.", "Please choose Yes or No."
            )
        if field.must_accept and not value:
            return _err(
                fid,
                "must_accept",
                "Bạn cần đánh dấu đồng ý để tiếp tục.",
                "You need to tick this box to continue.",
            )
    if t is FieldType.NUMBER:
        return _check_number(field, value, fid)
    return []


def _check_date(field: FieldSpec, value: Any, fid: str) -> list[FieldError]:
    parsed = parse_stored_date(value)
    if parsed is None:
        return _err(
            fid,
            "invalid_date",
            "Ngày chưa đúng. Nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2024.",
            "The date is not valid. Type it as day/month/year, e.g. 05/03/2024.",
        )
    year, full = parsed
    if full is None and not field.year_only:
        return _err(
            fid,
            "year_only_not_allowed",
            "Vui lòng nhập đủ ngày, tháng, năm (ví dụ 05/03/1960).",
            "Please enter the full date: day, month and year (e.g. 05/03/1960).",
        )
    if not 1850 <= year <= 2200:
        return _err(
            fid,
            "invalid_date",
            f"Năm {year} không hợp lý. Vui lòng kiểm tra lại.",
            f"The year {year} is not plausible. Please check it.",
        )
    return []


def _check_number(field: FieldSpec, value: Any, fid: str) -> list[FieldError]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _err(fid, "invalid_number", "Vui lòng nhập một số.", "Please enter a number.")
    if field.min is not None and value < field.min:
        return _err(
            fid,
            "too_small",
            f"Số nhỏ nhất là {field.min:g}.",
            f"The smallest allowed is {field.min:g}.",
        )
    if field.max is not None and value > field.max:
        return _err(
            fid,
            "too_large",
            f"Số lớn nhất là {field.max:g}.",
            f"The largest allowed is {field.max:g}.",
        )
    return []
