"""Checks on the 12-digit personal ID number (số định danh cá nhân, printed on the CCCD).

Layout (Circular 59/2021/TT-BCA, as 07/2016 before it): digits 1-3 the province
where the birth was registered, from the old 63-province list; digit 4 century
and sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s...); digits 5-6 the
last two digits of the birth year; digits 7-12 random. There is no checksum, so
a typo in the random part cannot be caught.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from forms._text import fold

__all__ = ["PERSONAL_ID_MESSAGES", "PROVINCE_CODES", "IdProblem", "check_personal_id"]

# Birth-registration province codes of the 63 provinces before the 2025 merger.
# (They are the statistics office's province codes with a leading 0; the 2025
# merger did not renumber IDs already issued.)
PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang",
    "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp",
    "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}  # fmt: skip


class Message(NamedTuple):
    """A problem explained to a person: Vietnamese for the screen, English for the API."""

    vi: str
    en: str


PERSONAL_ID_MESSAGES: dict[str, Message] = {
    "not_12_digits": Message(
        "Số định danh cá nhân gồm đúng 12 chữ số. Xin xem lại trên thẻ căn cước.",
        "A personal ID number has exactly 12 digits. Please check it on the ID card.",
    ),
    "bad_province": Message(
        "Ba chữ số đầu của số định danh không phải mã tỉnh nào. Xin xem lại trên thẻ.",
        "The first three digits are not a province code. Please check them on the card.",
    ),
    "century_sex_mismatch": Message(
        "Chữ số thứ tư của số định danh không khớp với năm sinh hoặc giới tính. "
        "Xin xem lại số, ngày sinh và giới tính.",
        "The fourth digit does not match the year of birth or the sex. "
        "Please check the number, the date of birth and the sex.",
    ),
    "birth_year_mismatch": Message(
        "Chữ số thứ năm và sáu của số định danh không khớp với năm sinh. "
        "Xin xem lại số hoặc ngày sinh.",
        "Digits five and six do not match the year of birth. "
        "Please check the number or the date of birth.",
    ),
}


class IdProblem(str):
    """A problem code (compares equal to the code string) that also carries its messages."""

    __slots__ = ()

    @property
    def code(self) -> str:
        return str(self)

    @property
    def message(self) -> str:
        return PERSONAL_ID_MESSAGES[self].vi

    @property
    def message_en(self) -> str:
        return PERSONAL_ID_MESSAGES[self].en


_DIGITS12 = re.compile(r"[0-9]{12}")
_YEAR = re.compile(r"[0-9]{4}")
_DMY = re.compile(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-]([0-9]{4})")


def _birth_year(value: dt.date | str | None) -> int | None:
    """Year from a date, "YYYY-MM-DD", "DD/MM/YYYY" or "YYYY"; None if it can't tell."""
    if isinstance(value, dt.date):
        return value.year
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _YEAR.fullmatch(text):
        return int(text)
    match = _DMY.fullmatch(text)
    if match:
        return int(match.group(1))
    try:
        return dt.date.fromisoformat(text).year
    except ValueError:
        return None


def _is_female(sex: str | None) -> bool | None:
    key = fold(sex) if isinstance(sex, str) else ""
    if key in ("nu", "female", "f"):
        return True
    if key in ("nam", "male", "m"):
        return False
    return None


def check_personal_id(
    id_number: str,
    *,
    date_of_birth: dt.date | str | None = None,
    sex: str | None = None,
) -> list[IdProblem]:
    """Problem codes for a personal ID number; an empty list means nothing is wrong.

    Codes (see :data:`PERSONAL_ID_MESSAGES`): "not_12_digits" (then nothing else
    is checked), "bad_province", "century_sex_mismatch", "birth_year_mismatch".
    ``date_of_birth`` (a date, ISO text, "dd/mm/yyyy" or a bare year) and ``sex``
    ("Nam"/"Nữ", with or without diacritics) are checked only when given and
    readable. Surrounding spaces are ignored; inner spaces are not.
    """
    number = id_number.strip() if isinstance(id_number, str) else ""
    if not _DIGITS12.fullmatch(number):
        return [IdProblem("not_12_digits")]
    problems: list[IdProblem] = []
    if number[:3] not in PROVINCE_CODES:
        problems.append(IdProblem("bad_province"))
    digit = int(number[3])
    year = _birth_year(date_of_birth)
    female = _is_female(sex)
    century_ok = year is None or 1900 + 100 * (digit // 2) == year - year % 100
    sex_ok = female is None or (digit % 2 == 1) == female
    if not (century_ok and sex_ok):
        problems.append(IdProblem("century_sex_mismatch"))
    if year is not None and number[4:6] != f"{year % 100:02d}":
        problems.append(IdProblem("birth_year_mismatch"))
    return problems
