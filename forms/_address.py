"""Vietnam's 2025 administrative units (34 provinces, 3,321 communes) and address conversion.

Wraps ``vietnamadminunits`` (MIT), which carries the 2025 data, parses free-text
addresses and maps legacy three-level addresses (ward, district, province) to the
2025 commune. Codes are the statistics office's, kept as zero-padded text.

The library can geocode a street over the network when a legacy ward was split
between several new communes; this module never gives it a street, so that
lookup never happens and the library's default commune for the split ward is
used instead. The first call loads the data (about a second): call
``convert_address("Hà Nội")`` once at start-up to keep it off a resident's path.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

from forms._text import fold, normalize

__all__ = [
    "Address",
    "Commune",
    "Province",
    "commune_name",
    "convert_address",
    "list_communes",
    "list_provinces",
]


class Province(NamedTuple):
    """A 2025 province-level unit: ("01", "Thành phố Hà Nội")."""

    code: str
    name: str


class Commune(NamedTuple):
    """A 2025 commune-level unit (xã, phường, đặc khu): ("00070", "Phường Hoàn Kiếm")."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Address:
    """An address resolved to the 2025 two-level units; ``street`` is the part below the commune."""

    province_code: str
    province_name: str
    commune_code: str
    commune_name: str
    street: str | None = None

    @property
    def text(self) -> str:
        """The address as one line: "12 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội"."""
        parts = (self.street, self.commune_name, self.province_name)
        return ", ".join(p for p in parts if p)

    def to_json(self) -> dict[str, Any]:
        """Plain dict with the field names as keys (and ``text``), for JSON."""
        return {**asdict(self), "text": self.text}


@cache
def _units() -> tuple[dict[str, Province], dict[str, dict[str, Commune]]]:
    """Provinces by code and their communes by code, from the package's 2025 parser data."""
    from vietnamadminunits.parser import parser_from_2025 as data

    provinces: dict[str, Province] = {}
    keys: dict[str, str] = {}
    for key, item in data.DICT_PROVINCE.items():
        provinces[item["provinceCode"]] = Province(item["provinceCode"], item["province"])
        keys[key] = item["provinceCode"]
    communes: dict[str, dict[str, Commune]] = {code: {} for code in provinces}
    # The communes are spread over three tables (names that clash without
    # diacritics live in the accented ones); together they hold every commune.
    for table in (
        data.DICT_PROVINCE_WARD_NO_ACCENTED,
        data.DICT_PROVINCE_WARD_ACCENTED,
        data.DICT_PROVINCE_WARD_SHORT_ACCENTED,
    ):
        for province_key, wards in table.items():
            by_code = communes[keys[province_key]]
            for ward in wards.values():
                by_code[ward["wardCode"]] = Commune(ward["wardCode"], ward["ward"])
    return provinces, communes


def _code(code: str, width: int) -> str:
    code = str(code).strip()
    return code.zfill(width) if code.isdigit() else code


def list_provinces() -> list[Province]:
    """The 34 provinces and centrally-run cities, by code."""
    provinces, _ = _units()
    return sorted(provinces.values())


def list_communes(province_code: str) -> list[Commune]:
    """The communes of a province, by code ("01" -> Hanoi's 126).

    Raises:
        KeyError: no 2025 province has this code.
    """
    _, communes = _units()
    return sorted(communes[_code(province_code, 2)].values())


def commune_name(province_code: str, commune_code: str) -> str | None:
    """The commune's full name ("Phường Hoàn Kiếm"), or None if the codes don't match one."""
    _, communes = _units()
    commune = communes.get(_code(province_code, 2), {}).get(_code(commune_code, 5))
    return commune.name if commune else None


# A district-level unit at the start of a component means the legacy three-level form.
_DISTRICT_ACCENTED = re.compile(r"^(quận|huyện|thị xã|q\.|h\.|tx\.?)(\s|\d|$)")
_DISTRICT_PLAIN = re.compile(r"^(quan|huyen|thi xa)\s")
_CITY = re.compile(r"^(thành phố|thanh pho|tp\.?)(\s|$)")
_COUNTRY = {"viet nam", "vietnam", "vn"}


def _legacy_form(text: str) -> bool | None:
    """Whether an address names a district (quận, huyện, thị xã, a provincial city).

    True when it surely does, None when only a guess (no commas, no diacritics,
    where "quan" may also be "Quán"), False when it does not.
    """
    parts = [p.strip() for p in re.split(r"[,;\n]", text) if p.strip()]
    while parts and fold(parts[-1]) in _COUNTRY:
        parts.pop()
    for index, part in enumerate(parts):
        lower = part.lower()
        plain = fold(part) == lower  # typed without diacritics: "Quan Hoan Kiem"
        if _DISTRICT_ACCENTED.match(lower) or (plain and _DISTRICT_PLAIN.match(lower)):
            return True
        if 0 < index < len(parts) - 1 and _CITY.match(lower):
            return True  # "…, Thành phố Vinh, Tỉnh Nghệ An": a city inside a province
    if len(parts) <= 1:  # no commas: look for the words themselves
        lower = text.lower()
        if re.search(r"\b(quận|huyện|thị xã)\s", lower):
            return True
        if fold(text) == lower and re.search(r"\b(quan|huyen|thi xa)\s", lower):
            return None
    return False


def _from_unit(unit: Any, street: str | None) -> Address | None:
    if not (unit.province_code and unit.ward_code):
        return None
    name = commune_name(unit.province_code, unit.ward_code) or unit.ward
    province = _units()[0].get(unit.province_code)
    return Address(
        province_code=unit.province_code,
        province_name=province.name if province else unit.province,
        commune_code=unit.ward_code,
        commune_name=name,
        street=normalize(street) if street else None,
    )


def _convert_legacy(text: str) -> Address | None:
    from vietnamadminunits import ParseMode, parse_address
    from vietnamadminunits import convert_address as library_convert

    old = parse_address(text, mode=ParseMode.LEGACY, keep_street=True, level=3)
    if not (old.ward_key and old.district_key and old.province_key):
        return None
    # Without the street the library picks the default new commune for a split
    # ward instead of geocoding over the network.
    bare = ", ".join(p for p in (old.ward, old.district, old.province) if p)
    return _from_unit(library_convert(bare), old.street)


def _parse_2025(text: str) -> Address | None:
    from vietnamadminunits import ParseMode, parse_address

    unit = parse_address(text, mode=ParseMode.FROM_2025, keep_street=True, level=2)
    return _from_unit(unit, unit.street)


@lru_cache(maxsize=256)
def _convert(text: str) -> Address | None:
    legacy = _legacy_form(text)
    if legacy:
        return _convert_legacy(text)
    if legacy is None:
        return _convert_legacy(text) or _parse_2025(text)
    return _parse_2025(text) or _convert_legacy(text)


def convert_address(text: str) -> Address | None:
    """Resolve a free-text address, 2025 two-level or legacy three-level, to a 2025 commune.

    "Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội" -> Phường Hoàn Kiếm, Thành phố Hà Nội.
    Returns None when no commune can be identified (only a province, junk, an
    empty string). Never raises: an address is help for the resident, not a gate.
    """
    if not isinstance(text, str):
        return None
    cleaned = normalize(text)
    if not cleaned or len(cleaned) > 500:
        return None
    try:
        return _convert(cleaned)
    except Exception:
        return None
