"""Vietnam's 2025 administrative units (34 provinces, 3,321 communes) and address conversion.

Wraps ``vietnamadminunits`` (MIT), which carries the 2025 data, parses free-text
addresses and maps legacy three-level addresses (ward, district, province) to the
2025 commune. Codes are the statistics office's, kept as zero-padded text.

The library's own converter geocodes over the network and silently picks one
commune for a split ward; this module reads the library's data (unit lists,
spelling variants, the merger table) with its own small rules instead
(forms/_address_parse.py), so a split ward comes back as a choice and no lookup
leaves the machine. The first call loads the data (about a second): call
``resolve_address("Hà Nội")`` once at start-up to keep it off a resident's path.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

from forms._text import normalize

__all__ = [
    "Address",
    "AddressMatch",
    "Commune",
    "Province",
    "commune_name",
    "convert_address",
    "list_communes",
    "list_provinces",
    "resolve_address",
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
    """Provinces by code and their communes by code, from the package's 2025 data."""
    from forms._address_data import data

    db = data()
    provinces = {code: Province(code, name) for code, name in db.province_names.items()}
    communes: dict[str, dict[str, Commune]] = {code: {} for code in provinces}
    for (province_code, code), unit in db.by_code.items():
        communes[province_code][code] = Commune(code, unit.name)
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


@dataclass(frozen=True, slots=True)
class AddressMatch:
    """What an address names: one 2025 commune, several to choose from, or none.

    ``status`` is "found" (one candidate), "ambiguous" (a legacy ward split
    among several 2025 communes, or a name several units share: the resident
    or staff picks) or "not_found" (no commune named; ``province_code`` and
    ``street`` may still be known). ``legacy`` names the pre-2025 unit read,
    e.g. "Xã Ba Trại, Huyện Ba Vì, Thành phố Hà Nội".
    """

    status: str
    candidates: tuple[Address, ...] = ()
    province_code: str | None = None
    province_name: str | None = None
    street: str | None = None
    legacy: str | None = None

    @property
    def address(self) -> Address | None:
        """The commune when exactly one was found, else None (never a guess)."""
        return self.candidates[0] if self.status == "found" else None

    def answer(self, printed: str) -> dict[str, Any] | None:
        """The form answer for an address field; None when not even the province is known.

        Found: the commune's codes and names and the street. Otherwise the
        province and street, plus what the address input needs to ask rather
        than guess: ``candidates`` ({code, name} of each 2025 commune meant),
        ``legacy`` (the old unit read) and ``printed`` (the text as written).
        """
        found = self.address
        if found is not None:
            data = found.to_json()
            return {k: data[k] or "" for k in ("province_code", "province_name", "commune_code",
                                               "commune_name", "street")}  # fmt: skip
        if not self.province_code:
            return None
        return {
            "province_code": self.province_code,
            "province_name": self.province_name or "",
            "street": self.street or "",
            "candidates": [
                {"code": c.commune_code, "name": c.commune_name} for c in self.candidates
            ],
            "legacy": self.legacy or "",
            "printed": printed,
        }

    def to_json(self) -> dict[str, Any]:
        """Plain dict for JSON: the fields, candidates as address dicts."""
        return {
            "status": self.status,
            "candidates": [c.to_json() for c in self.candidates],
            "province_code": self.province_code,
            "province_name": self.province_name,
            "street": self.street,
            "legacy": self.legacy,
        }


NOT_FOUND = AddressMatch("not_found")


def _match(text: str) -> AddressMatch:
    from forms._address_parse import read_address

    reading = read_address(text)
    provinces = _units()[0]
    street = normalize(reading.street) if reading.street else None
    candidates = tuple(
        Address(
            province_code=c.province_code,
            province_name=provinces[c.province_code].name,
            commune_code=c.code,
            commune_name=c.name,
            street=street,
        )
        for c in reading.candidates
    )
    status = "found" if len(candidates) == 1 else "ambiguous" if candidates else "not_found"
    code = reading.province_code
    return AddressMatch(
        status=status,
        candidates=candidates,
        province_code=code,
        province_name=provinces[code].name if code in provinces else None,
        street=street,
        legacy=reading.legacy,
    )


@lru_cache(maxsize=512)
def _resolve(text: str) -> AddressMatch:
    return _match(text)


def resolve_address(text: str) -> AddressMatch:
    """Find the 2025 commune a free-text address names, in any way addresses are written.

    2025 two-level or legacy three-level, with or without unit words or their
    abbreviations (P., Q., TP., TX., TT., H.), with or without diacritics:
    "Ba Trại, Ba Vì, Hà Nội" -> found Xã Suối Hai (the commune that took Xã Ba
    Trại), "Phường Dịch Vọng Hậu, Quận Cầu Giấy, Hà Nội" -> ambiguous (Phường
    Cầu Giấy or Phường Nghĩa Đô: the old ward was split), "Số 12 Đường Láng,
    Hà Nội" -> not found, street "Số 12 Đường Láng". Never raises and never
    uses the network.
    """
    if not isinstance(text, str):
        return NOT_FOUND
    cleaned = normalize(text)
    if not cleaned or len(cleaned) > 500:
        return NOT_FOUND
    try:
        return _resolve(cleaned)
    except Exception:  # an address is help for the resident, not a gate
        logging.getLogger(__name__).exception("address could not be read")
        return NOT_FOUND


def convert_address(text: str) -> Address | None:
    """The one 2025 commune ``text`` names, or None when none or several could be meant.

    See :func:`resolve_address`, which says which communes to choose from.
    """
    return resolve_address(text).address
