"""Generate tests/data/hanoi_addresses.tsv: every Hà Nội commune-level unit, before and after 2025.

Source: the data shipped in the ``vietnamadminunits`` package (MIT, PyPI; its
``dataset.db`` lists the 2025 units and the legacy 526 Hà Nội wards with their
districts; its ``converter_2025.json`` says which 2025 commune or communes took
each legacy ward, from the 2025 merger resolutions). The expected answers come
straight from that merger table, not from the kiosk's parser:

- a legacy ward taken whole by one 2025 commune -> "found" that commune;
- a legacy ward split among several 2025 communes -> "ambiguous" with exactly them;
- a 2025 commune -> "found" itself.

Each unit is written in full ("Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội"),
short ("Hàng Bạc, Hoàn Kiếm, Hà Nội"), abbreviated ("P. Hàng Bạc, Q. Hoàn Kiếm,
TP. Hà Nội"), without diacritics, and short with a street part in front that
must come back intact. Run: ``.venv/bin/python tests/tools/gen_address_table.py``.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import sqlite3
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "hanoi_addresses.tsv"
STREET = "Số 7 ngõ 3 Thôn Đoài"
_ABBREVIATION = {"Phường": "P.", "Xã": "X.", "Thị trấn": "TT.", "Quận": "Q.", "Huyện": "H.",
                 "Thị xã": "TX.", "Thành phố": "TP."}  # fmt: skip


def _plain(text: str) -> str:
    """Without diacritics, as a keyboard without an input method types it."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D")


def _abbreviated(unit_type: str, short: str) -> str:
    return f"{_ABBREVIATION[unit_type]} {short}"


def main() -> int:
    spec = importlib.util.find_spec("vietnamadminunits")
    assert spec is not None and spec.submodule_search_locations
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    version = importlib.metadata.version("vietnamadminunits")
    conn = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    new = conn.execute(
        "SELECT ward, wardShort, wardType, wardCode, wardKey FROM admin_units"
        " WHERE provinceCode = '01' ORDER BY wardCode"
    ).fetchall()
    old = conn.execute(
        "SELECT district, districtShort, districtType, districtKey, ward, wardShort, wardType,"
        " wardKey FROM admin_units_legacy WHERE provinceCode = '01' AND ward IS NOT NULL"
        " ORDER BY wardCode"
    ).fetchall()
    conn.close()
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    code_of = {r["wardKey"]: r["wardCode"] for r in new}
    whole = {
        o: k for k, olds in converter["DICT_PROVINCE_WARD_NO_DIVIDED"]["thanhphohanoi"].items()
        for o in olds
    }  # fmt: skip
    split = converter["DICT_PROVINCE_WARD_DIVIDED"]["thanhphohanoi"]
    rows: list[tuple[str, str, str, str, str]] = []
    for r in new:
        expected = ("found", r["wardCode"])
        full = f"{r['ward']}, Thành phố Hà Nội"
        for form, text, street in (
            ("2025 full", full, ""),
            ("2025 short", f"{r['wardShort']}, Hà Nội", ""),
            ("2025 abbreviated", f"{_abbreviated(r['wardType'], r['wardShort'])}, TP. Hà Nội", "")
            if r["wardType"] in _ABBREVIATION
            else ("2025 full, street", f"{STREET}, {full}", STREET),
            ("2025 no diacritics", _plain(full), ""),
            ("2025 short, street", f"{STREET}, {r['wardShort']}, Hà Nội", STREET),
        ):
            rows.append((text, form, *expected, street))
    for r in old:
        key = f"thanhphohanoi_{r['districtKey']}_{r['wardKey']}"
        if key in whole:
            expected = ("found", code_of[whole[key]])
        else:
            codes = sorted(code_of[t["newWardKey"]] for t in split[key])
            expected = ("ambiguous" if len(codes) > 1 else "found", "|".join(codes))
        full = f"{r['ward']}, {r['district']}, Thành phố Hà Nội"
        short = f"{r['wardShort']}, {r['districtShort']}, Hà Nội"
        abbreviated = (
            f"{_abbreviated(r['wardType'], r['wardShort'])}, "
            f"{_abbreviated(r['districtType'], r['districtShort'])}, TP. Hà Nội"
        )
        for form, text, street in (
            ("legacy full", full, ""),
            ("legacy short", short, ""),
            ("legacy abbreviated", abbreviated, ""),
            ("legacy no diacritics", _plain(full), ""),
            ("legacy short no diacritics", _plain(short), ""),
            ("legacy short, street", f"{STREET}, {short}", STREET),
            ("legacy full, no commas", full.replace(",", ""), ""),
            ("legacy short, no commas", short.replace(",", ""), ""),
        ):
            rows.append((text, form, *expected, street))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(
            f"# Generated by tests/tools/gen_address_table.py from vietnamadminunits {version}\n"
            "# (MIT; dataset.db + converter_2025.json). Columns: address, form, status,\n"
            "# 2025 commune codes (| between the candidates of a split ward), street kept.\n"
        )
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} rows ({len(new)} 2025 units, {len(old)} legacy wards) -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
