"""Name indexes over vietnamadminunits' data: 2025 communes, legacy wards and districts, mergers.

Built once through the package's public data API (unit names, types and the
spelling variants it lists as keywords) and its 2025 conversion table (which 2025 commune
or communes took each legacy ward). Every lookup is by a *name key*: the name
folded to ASCII letters and digits, numbers without leading zeros
("Phường 01" -> "phuong1", "Ba Vì" -> "bavi").
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from functools import cache

from forms._text import fold

__all__ = ["Data", "District", "NewCommune", "OldWard", "data", "name_key", "type_key"]

_NON_KEY = re.compile(r"[^a-z0-9]+")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")

# Unit words as typed (folded) -> the key the data uses for the unit type.
TYPE_KEYS = {
    "phuong": "phuong", "p": "phuong", "f": "phuong", "xa": "xa", "x": "xa",
    "thi tran": "thitran", "tt": "thitran", "dac khu": "dackhu",
    "quan": "quan", "q": "quan", "huyen": "huyen", "h": "huyen",
    "thi xa": "thixa", "tx": "thixa", "thanh pho": "thanhpho", "tp": "thanhpho",
    "tinh": "tinh", "t": "tinh",
}  # fmt: skip
COMMUNE_TYPES = frozenset({"phuong", "xa", "thitran", "dackhu"})
DISTRICT_TYPES = frozenset({"quan", "huyen", "thixa", "thanhpho"})
PROVINCE_TYPES = frozenset({"tinh", "thanhpho"})


def name_key(text: str) -> str:
    """ASCII letters and digits, numbers without leading zeros: "Phường 01" -> "phuong1"."""
    return _LEADING_ZEROS.sub("", _NON_KEY.sub("", fold(text)))


def type_key(unit_type: str | None) -> str:
    """ "Thị trấn" -> "thitran"; "" for no type."""
    return name_key(unit_type or "")


@dataclass(frozen=True, slots=True)
class NewCommune:
    """A 2025 commune-level unit."""

    code: str
    province_code: str
    name: str
    short: str
    type: str


@dataclass(slots=True)
class District:
    """A legacy district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh)."""

    province_key: str
    province: str
    new_province_code: str
    name: str
    short: str
    type: str
    wards: dict[str, list[OldWard]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OldWard:
    """A legacy ward, commune or town, and the 2025 commune(s) that took it (by code)."""

    name: str
    short: str
    type: str
    district: str
    province: str
    province_key: str
    new_province_code: str
    targets: tuple[str, ...]


@dataclass(slots=True)
class Data:
    """The indexes, all keyed by :func:`name_key` of a name (with or without its unit word)."""

    # name key -> (new province code, legacy province key or "")
    provinces: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    province_names: dict[str, str] = field(default_factory=dict)
    communes: dict[str, list[NewCommune]] = field(default_factory=dict)
    by_code: dict[tuple[str, str], NewCommune] = field(default_factory=dict)
    districts: dict[str, list[District]] = field(default_factory=dict)
    old_wards: dict[str, list[OldWard]] = field(default_factory=dict)


def _keywords(raw: str | None) -> list[str]:
    return [name_key(k) for k in json.loads(raw or "[]")]


def _add(index: dict[str, list], keys: list[str], item: object) -> None:
    for key in dict.fromkeys(keys):
        if key and item not in index.setdefault(key, []):
            index[key].append(item)


def _unit_keys(name: str, short: str, unit_type: str, keywords: list[str]) -> list[str]:
    tkey = type_key(unit_type)
    keys = [name_key(name), name_key(short), *keywords]
    # A keyword with the unit word matches only text with it: "xabavi" but not "huyenbavi".
    return keys + [tkey + k for k in keys if not k.startswith(tkey)]


_LOCK = threading.Lock()


def data() -> Data:
    """Load the indexes once (about two seconds, most of it the package's own import).

    Thread-safe: a caller that comes while the start-up preload is loading waits
    for it instead of loading a second copy.
    """
    with _LOCK:
        return _load()


@cache
def _load() -> Data:
    # The package's public data API; its converter module holds the merger table.
    from vietnamadminunits.converter import converter_2025 as converter
    from vietnamadminunits.database import get_data

    out = Data()
    new_rows = get_data(
        fields=["province", "provinceShort", "provinceCode", "provinceKey", "provinceKeywords",
                "ward", "wardShort", "wardType", "wardCode", "wardKey", "wardKeywords"],
        table="admin_units",
    )  # fmt: skip
    old_rows = [
        r for r in get_data(
            fields=["province", "provinceShort", "provinceKey", "provinceKeywords", "district",
                    "districtShort", "districtType", "districtKey", "districtKeywords", "ward",
                    "wardShort", "wardType", "wardKey", "wardKeywords"],
            table="admin_units_legacy",
        )
        if r["ward"] is not None
    ]  # fmt: skip
    new_by_key: dict[tuple[str, str], NewCommune] = {}
    province_code_by_key: dict[str, str] = {}
    for r in new_rows:
        commune = NewCommune(
            r["wardCode"], r["provinceCode"], r["ward"], r["wardShort"], type_key(r["wardType"])
        )
        province_code_by_key[r["provinceKey"]] = r["provinceCode"]
        out.province_names[r["provinceCode"]] = r["province"]
        out.by_code[(commune.province_code, commune.code)] = commune
        new_by_key[(r["provinceKey"], r["wardKey"])] = commune
        keys = _unit_keys(r["ward"], r["wardShort"], r["wardType"], _keywords(r["wardKeywords"]))
        _add(out.communes, keys, commune)
        pkeys = [name_key(r["province"]), *_keywords(r["provinceKeywords"])]
        _add(out.provinces, pkeys, (r["provinceCode"], ""))
    new_province_of = {old: new for new, olds in converter.DICT_PROVINCE.items() for old in olds}
    whole = {
        old: [new_ward]
        for table in converter.DICT_PROVINCE_WARD_NO_DIVIDED.values()
        for new_ward, olds in table.items()
        for old in olds
    }
    split = {
        old: [t["newWardKey"] for t in sorted(parts, key=lambda t: not t["isDefaultNewWard"])]
        for table in converter.DICT_PROVINCE_WARD_DIVIDED.values()
        for old, parts in table.items()
    }
    districts: dict[tuple[str, str], District] = {}
    for r in old_rows:
        new_pkey = new_province_of[r["provinceKey"]]
        new_pcode = province_code_by_key[new_pkey]
        pkeys = [name_key(r["province"]), *_keywords(r["provinceKeywords"])]
        _add(out.provinces, pkeys, (new_pcode, r["provinceKey"]))
        dkey = (r["provinceKey"], r["districtKey"])
        district = districts.get(dkey)
        if district is None:
            district = District(
                r["provinceKey"],
                r["province"],
                new_pcode,
                r["district"],
                r["districtShort"],
                type_key(r["districtType"]),
            )
            districts[dkey] = district
            keys = _unit_keys(
                r["district"], r["districtShort"], r["districtType"],
                _keywords(r["districtKeywords"]),
            )  # fmt: skip
            _add(out.districts, keys, district)
        old_key = f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"
        targets = tuple(
            new_by_key[(new_pkey, k)].code
            for k in whole.get(old_key) or split.get(old_key, [])
            if (new_pkey, k) in new_by_key
        )
        ward = OldWard(
            r["ward"], r["wardShort"], type_key(r["wardType"]), r["district"], r["province"],
            r["provinceKey"], new_pcode, targets,
        )  # fmt: skip
        keys = _unit_keys(r["ward"], r["wardShort"], r["wardType"], _keywords(r["wardKeywords"]))
        for key in dict.fromkeys(keys):
            district.wards.setdefault(key, []).append(ward)
        _add(out.old_wards, keys, ward)
    return out
