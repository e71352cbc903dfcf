"""Generate tests/data/outside_typing.tsv: typing tests of another Vietnamese input engine.

Only its test *data* is used (keys typed -> text expected), never its code.
The source must carry a licence that fits this Apache-2.0 project; each row
keeps the source it came from. The files were read through a code-search index
of public repositories, in pages of 16,000 characters; the commit given is the
one the index returned.

vi-rs -- ZeroX-DG/vi-rs, MIT licence, "Copyright 2020, Hung Nguyen" (its
LICENSE @ e20e1268; the notice is kept beside the table in
tests/data/LICENSE.vi-rs, as the licence asks). Files read:

- testdata/input/simple_telex.txt @ 3920b036 with
  testdata/output/telex__simple_telex.snap @ 0174ebc6: the first 29 lines,
  the ones that snapshot covers (29 pairs); testdata/input/simple_vni.txt
  with testdata/output/vni__simple_vni.snap @ 22110bfd (16 pairs). These were
  zipped when the table first carried them; their pairs are passed as
  ``keys<TAB>expected`` files.
- testdata/input/all_telex.txt @ 43b126d57e750f0de63e89607ae8f844b62aec2f:
  the first 64,000 of its 156,507 characters (4 pages, 9,980 lines, onsets
  "a" .. "ngh"), zipped line by line with
  testdata/output/telex__all_vietnamese_telex.snap
  @ 17c60ad2bdcad946b538995d8bbc4df5bf0cc8a9: the first 48,000 of its
  120,067 characters (3 pages: the snapshot header, then 9,633 whole lines,
  onsets "a" .. "m").
- testdata/input/all_vni.txt @ 43b126d57e750f0de63e89607ae8f844b62aec2f:
  the first 64,000 of 156,507 characters (4 pages, 9,980 lines), zipped with
  testdata/output/vni__all_vietnamese_vni.snap
  @ 17c60ad2bdcad946b538995d8bbc4df5bf0cc8a9: the first 48,000 of 120,255
  characters (3 pages, 9,614 whole lines).

A page can end inside a line: the last, cut line of each file is dropped, and
pairs are zipped only as far as both files go.

Not used: vi-rs's testdata/input/bogo_engine_telex.txt (its name says it comes
from the BoGo engine, GPL-3.0 with all its resources, and neither that file nor
its snapshot says otherwise) and non_vietnamese_telex.txt (a convention the kiosk
does not follow, below).

The all-syllables tables type every onset with every rhyme and tone, including
combinations that are no Vietnamese syllable ("buafi" -> "buài"). With the
``:syllables`` option a pair is kept only when vi-rs leaves the keys as typed or
its text is a syllable of tests/data/vietnamese_syllables.tsv (generated from
the spelling rules, independently of the composer). The rest are conventions the
kiosk does not follow, listed in docs/vietnamese-input.md, and counted here:
``new-style`` (vi-rs places the tone in the new style, "boà", "buỳ"; the kiosk
writes "bòa", "bùy") and ``not-a-syllable`` (vi-rs marks a non-Vietnamese
word anyway: "bènh", "buàn", "bếc", "boư"; the kiosk gives the keys back).

Usage: gen_outside_typing.py SOURCE:METHOD:FILE[:syllables] ...  where FILE
holds "keys<TAB>expected" lines, or is INPUT+SNAPSHOT (an insta snapshot: its
lines after the second "---" are zipped with the input's lines). The table
checked in was made by::

    gen_outside_typing.py vi-rs:telex:simple_telex.tsv vi-rs:vni:simple_vni.tsv \\
        vi-rs:telex:all_telex.txt+telex__all_vietnamese_telex.snap:syllables \\
        vi-rs:vni:all_vni.txt+vni__all_vietnamese_vni.snap:syllables
"""

from __future__ import annotations

import collections
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "outside_typing.tsv"
SYLLABLES = ROOT / "tests" / "data" / "vietnamese_syllables.tsv"
_TONE_MARKS = frozenset("\u0301\u0300\u0309\u0303\u0323")


def _lines(path: Path) -> list[str]:
    """The file's whole lines: a page read from the index may end inside its last one."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    return lines[:-1]  # cut line, or the empty string after a final newline


def _snap_lines(path: Path) -> list[str]:
    """The body of an insta snapshot: the lines after the second "---"."""
    text = path.read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    return body.split("\n")[:-1]


def _pairs(spec: str) -> list[tuple[str, str]]:
    if "+" in spec:
        source, snap = (Path(p) for p in spec.split("+", 1))
        return list(zip(_lines(source), _snap_lines(snap), strict=False))
    rows = []
    for line in Path(spec).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            keys, expected = line.split("\t")
            rows.append((keys, expected))
    return rows


def _untoned(word: str) -> tuple[str, str]:
    """The word without its tone mark, and the tone mark."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    bare = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare), "".join(tones)


def _syllables() -> tuple[set[str], set[tuple[str, str]]]:
    words: set[str] = set()
    for line in SYLLABLES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.add(line.split("\t", 1)[0])
    return words, {_untoned(word) for word in words}


def _verdict(keys: str, expected: str, words: set[str], shapes: set[tuple[str, str]]) -> str:
    """Why a pair of an all-syllables table is kept ("keep") or left out."""
    if expected == keys or expected.lower() in words:
        return "keep"
    if _untoned(expected.lower()) in shapes:
        return "new-style"
    return "not-a-syllable"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    words, shapes = _syllables()
    rows: list[tuple[str, str, str, str]] = []
    for arg in argv:
        source, method, spec = arg.split(":", 2)
        only_syllables = spec.endswith(":syllables")
        spec = spec.removesuffix(":syllables")
        counts: collections.Counter[str] = collections.Counter()
        for keys, raw in _pairs(spec):
            expected = unicodedata.normalize("NFC", raw)
            verdict = _verdict(keys, expected, words, shapes) if only_syllables else "keep"
            counts[verdict] += 1
            if verdict == "keep":
                rows.append((keys, expected, method, source))
        print(f"{arg}: {sum(counts.values())} pairs, {dict(counts)}")
    rows = list(dict.fromkeys(rows))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(
            "# Generated by tests/tools/gen_outside_typing.py: vi-rs's typing tests\n"
            "# (ZeroX-DG/vi-rs, MIT licence, Copyright 2020 Hung Nguyen: see LICENSE.vi-rs;\n"
            "# files, commits and what was left out in that script).\n"
            "# Columns: keys, expected, method, source.\n"
        )
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} rows -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
