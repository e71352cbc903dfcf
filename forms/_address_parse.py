"""Find the 2025 commune in a free-text address, however it is written.

An address is read from the right: country (dropped), province, then the units.
The rules, smallest first:

1. A legacy district with one of its own legacy wards before it ("Ba Trại, Ba Vì")
   is the legacy form, even without unit words: the 2025 commune that took the
   ward, not the 2025 commune named after the old district.
2. Otherwise a 2025 commune name ("Phường Hoàn Kiếm", "Suối Hai").
3. Otherwise a legacy ward named on its own ("Phường Hàng Bạc, Hà Nội").
4. Otherwise a legacy district alone: every 2025 commune that took part of it.

Everything left of the unit is the street part, kept exactly as written. Unit
words may be full, abbreviated (P., Q., TP., TX., TT., H.) or missing, with or
without diacritics. A name is matched whole, never as the tail of a street
("Số 12 Đường Láng" is a street, not Phường Láng).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from forms._address_data import Data, District, NewCommune, OldWard, data, name_key
from forms._text import fold, normalize, same_text

__all__ = ["Reading", "read_address"]

_GROUPS = re.compile(r"\s*[,;\n|]\s*")
_DASH = re.compile(r"\s+[-–]\s+")
_ACCENTED_UNIT = r"phường|xã|thị trấn|đặc khu|quận|huyện|thị xã|thành phố|tỉnh"
_PLAIN_UNIT = r"phuong|xa|thi tran|dac khu|quan|huyen|thi xa|thanh pho|tinh"
_ABBREVIATION = r"(?:tp|tx|tt|p|q|h|x|f|t)\.|(?:tp|tx|tt)\s|(?:p|q|f)\s?(?=\d)"
# Where one comma-less group holds several units: before a unit word, but not
# before one that another unit word follows, which ends a name ("Xã Tân Xã Huyện…").
_SPLIT_ACCENTED = re.compile(
    rf"(?<!thị)\s+(?=(?:{_ACCENTED_UNIT}|{_ABBREVIATION})\s*\S)"
    rf"(?!(?:{_ACCENTED_UNIT})\s+(?:{_ACCENTED_UNIT})\s)",
    re.I,
)
_SPLIT_PLAIN = re.compile(rf"(?<!thi)\s+(?=(?:{_PLAIN_UNIT})\s+\S)", re.I)
_EXPAND = re.compile(rf"^({_ABBREVIATION})\s*", re.I)
_FULL = {"tp": "thanh pho", "tx": "thi xa", "tt": "thi tran", "p": "phuong", "f": "phuong",
         "q": "quan", "h": "huyen", "x": "xa", "t": "tinh"}  # fmt: skip
_COUNTRY = frozenset({"vietnam", "vn", "conghoaxahoichunghiavietnam"})
# Words after which a name belongs to the street: "Đường Láng", "ngõ 12 Láng Hạ".
_STREET_WORDS = frozenset(
    "so nha ngo ngach hem kiet duong pho to thon xom ap ban lang khu cum doi kp khom".split()
)


class Reading:
    """What an address says: province, candidate 2025 communes, street, the legacy unit named."""

    __slots__ = ("candidates", "legacy", "province_code", "street")

    def __init__(
        self,
        province_code: str | None,
        candidates: list[NewCommune],
        street: str | None,
        legacy: str | None = None,
    ) -> None:
        self.province_code = province_code
        self.candidates = candidates
        self.street = street
        self.legacy = legacy


def _key(part: str) -> str:
    """The name key of one address part, with abbreviated unit words spelled out."""
    match = _EXPAND.match(part)
    if match:
        word = re.sub(r"[.\s]", "", match.group(1).lower())
        part = _FULL[word] + " " + part[match.end() :]
    return name_key(part)


def _known(db: Data, part: str) -> bool:
    key = _key(part)
    return any(key in index for index in (db.communes, db.districts, db.old_wards, db.provinces))


def _groups(db: Data, text: str) -> list[str]:
    groups: list[str] = []
    for group in _GROUPS.split(text):
        # " - " separates parts too ("Thôn 3 - Xã X"), except inside a name
        # ("Phường Văn Miếu - Quốc Tử Giám").
        groups.extend([group] if _known(db, group) else _DASH.split(group))
    groups = [g.strip(" .") for g in groups]
    groups = [g for g in groups if g]
    while groups and name_key(groups[-1]) in _COUNTRY:
        groups.pop()
    single = len(groups) == 1
    out: list[str] = []
    for group in groups:
        plain = fold(group) == group.lower()
        splitter = _SPLIT_PLAIN if plain and single else _SPLIT_ACCENTED
        out.extend(p.strip() for p in splitter.split(group) if p.strip())
    return out


def _prefer_spelling(part: str, units: list, attr: str = "short") -> list:
    """Of units whose folded names match, keep those spelled exactly as the part.

    "Nga Thanh" is Xã Nga Thanh, not Xã Nga Thành; "Nga Thanh" typed for "Nga
    Thành" without diacritics still finds both when no unit is spelled so.
    """
    if len(units) < 2:
        return units
    words = part.split(" ")
    kept = [
        u for u in units
        if any(same_text(" ".join(words[i:]), getattr(u, attr)) for i in range(len(words)))
    ]  # fmt: skip
    return kept or units


Scope = tuple[set[str] | None, set[str]]  # 2025 province codes (None: any), legacy keys


def _province(db: Data, parts: list[str]) -> tuple[Scope, list[str]]:
    """The provinces the last part (or its tail) names, and the parts before it.

    A legacy province name ("Bến Tre", now part of Vĩnh Long) also narrows the
    old districts to that old province: Bến Tre and Trà Vinh both had a
    Huyện Châu Thành.
    """
    if not parts:
        return (None, set()), parts
    last = parts[-1]
    found: list[tuple[str, str]] | None = None
    rest = parts[:-1]
    for key in (_key(last), re.sub(r"^(thanhpho|tinh)", "", _key(last))):
        if key in db.provinces:
            found = db.provinces[key]
            break
    else:
        words = last.split(" ")
        for size in range(min(4, len(words) - 1), 0, -1):
            key = name_key(" ".join(words[-size:]))
            if key in db.provinces and len(key) > 2:
                found, rest = db.provinces[key], [*parts[:-1], " ".join(words[:-size])]
                break
    if found is None:
        return (None, set()), parts
    return ({code for code, _ in found}, {old for _, old in found if old}), rest


def _narrow(units: list, legacy: set[str]) -> list:
    """Old units of the named old province, when the province text names one and it has any."""
    kept = [u for u in units if u.province_key in legacy]
    return kept or units


def _in(units: Iterable, codes: set[str] | None) -> list:
    return [u for u in units if codes is None or _province_of(u) in codes]


def _province_of(unit: NewCommune | OldWard | District) -> str:
    return unit.province_code if isinstance(unit, NewCommune) else unit.new_province_code


def _targets(db: Data, wards: Iterable[OldWard]) -> list[NewCommune]:
    out: dict[tuple[str, str], NewCommune] = {}
    for ward in wards:
        for code in ward.targets:
            out.setdefault(
                (ward.new_province_code, code), db.by_code[(ward.new_province_code, code)]
            )
    return list(out.values())


def _legacy_name(ward: OldWard | None, district: District | None) -> str:
    """ "Xã Ba Trại, Huyện Ba Vì, Thành phố Hà Nội" (or the district alone)."""
    if ward is not None:
        return f"{ward.name}, {ward.district}, {ward.province}"
    assert district is not None
    return f"{district.name}, {district.province}"


def _street(parts: list[str]) -> str | None:
    return ", ".join(parts) or None


def _read_units(db: Data, scope: Scope, parts: list[str]) -> Reading | None:
    """Apply the rules of the module docstring to ``parts`` (the province already taken off)."""
    if not parts:
        return None
    codes, old_keys = scope
    last = parts[-1]
    districts = _in(db.districts.get(_key(last), ()), codes)
    districts = _prefer_spelling(last, _narrow(districts, old_keys))
    if len(parts) >= 2 and districts:
        before = parts[-2]
        wards = [w for d in districts for w in d.wards.get(_key(before), ())]
        wards = _prefer_spelling(before, wards)
        if wards:
            legacy = _legacy_name(wards[0], None) if len(wards) == 1 else None
            return Reading(_one(codes, wards), _targets(db, wards), _street(parts[:-2]), legacy)
        communes = _prefer_spelling(before, _in(db.communes.get(_key(before), ()), codes))
        if communes:  # a 2025 commune with the old district after it
            return Reading(_one(codes, communes), communes, _street(parts[:-2]))
    communes = _prefer_spelling(last, _in(db.communes.get(_key(last), ()), codes))
    if communes:
        return Reading(_one(codes, communes), communes, _street(parts[:-1]))
    wards = _in(db.old_wards.get(_key(last), ()), codes)
    wards = _prefer_spelling(last, _narrow(wards, old_keys))
    if wards:
        legacy = _legacy_name(wards[0], None) if len(wards) == 1 else None
        return Reading(_one(codes, wards), _targets(db, wards), _street(parts[:-1]), legacy)
    if districts:
        every = [w for d in districts for ws in d.wards.values() for w in ws]
        legacy = _legacy_name(None, districts[0]) if len(districts) == 1 else None
        return Reading(_one(codes, districts), _targets(db, every), _street(parts[:-1]), legacy)
    return None


def _one(codes: set[str] | None, units: list) -> str | None:
    found = {_province_of(u) for u in units}
    if len(found) == 1:
        return found.pop()
    return next(iter(codes)) if codes and len(codes) == 1 else None


def _split_words(db: Data, scope: Scope, group: str) -> Reading | None:
    """A comma-less group without unit words ("Ba Trai Ba Vi"): try every split into names."""
    words = group.split(" ")
    n = len(words)
    if n > 16:  # no address names its units in more words: keep junk cheap
        return None
    best: Reading | None = None
    for i in range(n):
        if i and (fold(words[i - 1]) in _STREET_WORDS or words[i - 1][:1].isdigit()):
            continue
        head = [" ".join(words[:i])] if i else []
        for j in range(i + 1, n):
            ward, district = " ".join(words[i:j]), " ".join(words[j:])
            found = _in(db.districts.get(_key(district), ()), scope[0])
            if any(d.wards.get(_key(ward)) for d in found):
                return _read_units(db, scope, [*head, ward, district])
        if best is None and i:
            reading = _read_units(db, scope, [" ".join(words[:i]), " ".join(words[i:])])
            if reading and not reading.legacy and reading.candidates:
                best = reading
    return best


def read_address(text: str) -> Reading:
    """Read ``text`` (any form); a Reading with no candidates when no commune is named."""
    db = data()
    parts = _groups(db, normalize(text))
    scope, rest = _province(db, parts)
    codes = scope[0]
    reading = _read_units(db, scope, rest)
    if reading is None and len(rest) == 1 and len(parts) <= 2:
        reading = _split_words(db, scope, rest[0])
    if not _GROUPS.search(text) and not (reading and reading.legacy):
        # No commas at all: an old ward and its district found between the words
        # beat a split at a unit word that is part of a name ("Tân Xã Thạch Thất").
        whole_scope, whole = _province(db, [normalize(text)])
        if len(whole) == 1:
            alt = _split_words(db, whole_scope, whole[0])
            if alt is not None and alt.legacy:
                reading = alt
    if reading is None:
        province = next(iter(codes)) if codes and len(codes) == 1 else None
        return Reading(province, [], _street(rest))
    return reading
