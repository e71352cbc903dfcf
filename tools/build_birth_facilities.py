"""Build resources/lists/hanoi_birth_facilities.csv from its OpenStreetMap extract.

The extract (hanoi_birth_facilities.source.csv, ODbL 1.0, © OpenStreetMap contributors)
keeps the OSM address tags as they were: pre-2025 ward and district. Each one with a ward
and a district is converted to its 2025 commune with ``forms.convert_address`` (the
vietnamadminunits data); a facility without them keeps an empty commune and the
resident picks it. Run: ``.venv/bin/python tools/build_birth_facilities.py``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import forms

LISTS = Path(__file__).resolve().parent.parent / "resources" / "lists"
SOURCE = LISTS / "hanoi_birth_facilities.source.csv"
TARGET = LISTS / "hanoi_birth_facilities.csv"

HEADER = """\
# Nơi sinh là cơ sở y tế ở Hà Nội, sinh ra từ hanoi_birth_facilities.source.csv bởi
# tools/build_birth_facilities.py (không sửa tay). Generated from the OpenStreetMap extract
# (© OpenStreetMap contributors, ODbL 1.0) by tools/build_birth_facilities.py: do not edit.
# commune_code/commune_name: the 2025 commune converted from the OSM ward and district (empty
# when OpenStreetMap has no ward and district); street: house number and street from OSM.
"""


def rows() -> list[dict[str, str]]:
    """The facilities with their 2025 commune, in the extract's order."""
    text = "\n".join(
        line for line in SOURCE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    out = []
    for src in csv.DictReader(io.StringIO(text)):
        street = " ".join(p for p in (src["housenumber"], src["street"]) if p)
        commune_code = commune_name = ""
        if src["subdistrict"] and src["district"]:
            parts = (src["subdistrict"], src["district"], "Hà Nội")
            address = forms.convert_address(", ".join(parts))
            if address is not None and address.province_code == "01":
                commune_code, commune_name = address.commune_code, address.commune_name
        out.append(
            {
                "name": src["name"],
                "commune_code": commune_code,
                "commune_name": commune_name,
                "street": street,
                "osm": src["osm"],
            }
        )
    return out


def main() -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, ["name", "commune_code", "commune_name", "street", "osm"], lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(rows())
    TARGET.write_text(HEADER + buffer.getvalue(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
