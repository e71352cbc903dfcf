"""Generate tests/data/vietnamese_syllables.tsv: Vietnamese syllables with their Telex and VNI keys.

The syllables are generated here from the phonotactic rules of Vietnamese
spelling (onset + rhyme + tone, with the c/k/q, g/gh, ng/ngh and gi spelling
rules, the codas each nucleus takes, and only sắc/nặng before p, t, c, ch),
written down in this file independently of the kiosk's composer. Each is then
checked against a dictionary: the Debian package ``hunspell-vi`` (LibreOffice's
Vietnamese dictionary, GPL-2, one syllable per entry in
/usr/share/hunspell/vi_VN.dic). Only a yes/no "attested" flag from it is kept.

Loanword onsets (p, as in "pin") and the new-style tone placement ("hoà",
"thuỷ": the composer writes "hòa", "thủy") are left out on purpose.

Columns: syllable (NFC, traditional tone placement), Telex keys, VNI keys,
attested (1 if the dictionary has it). Marks are typed right after their
letter, the tone key last. Run (after ``apt-get install hunspell-vi``):
``.venv/bin/python tests/tools/gen_syllable_table.py [path/to/vi_VN.dic]``.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "vietnamese_syllables.tsv"
DICTIONARY = Path("/usr/share/hunspell/vi_VN.dic")

STOPS = {"c", "ch", "p", "t"}
# Each nucleus and the final consonants it takes ("" = none).
RHYMES: dict[str, list[str]] = {
    "a": ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"],
    "ă": ["c", "m", "n", "ng", "p", "t"],
    "â": ["c", "m", "n", "ng", "p", "t"],
    "e": ["", "c", "m", "n", "ng", "p", "t"],
    "ê": ["", "ch", "m", "n", "nh", "p", "t"],
    "i": ["", "ch", "m", "n", "nh", "p", "t"],
    "o": ["", "c", "m", "n", "ng", "p", "t"],
    "ô": ["", "c", "m", "n", "ng", "p", "t"],
    "ơ": ["", "m", "n", "p", "t"],
    "u": ["", "c", "m", "n", "ng", "p", "t"],
    "ư": ["", "c", "m", "n", "ng", "t"],
    "y": [""],
    "ia": [""], "ua": [""], "ưa": [""],
    "iê": ["c", "m", "n", "ng", "p", "t"],
    "yê": ["m", "n", "ng", "t"],
    "uô": ["c", "m", "n", "ng", "t"],
    "ươ": ["c", "m", "n", "ng", "p", "t"],
    "ai": [""], "ao": [""], "au": [""], "ay": [""], "âu": [""], "ây": [""], "eo": [""],
    "êu": [""], "iu": [""], "oi": [""], "ôi": [""], "ơi": [""], "ui": [""], "ưi": [""],
    "ưu": [""], "iêu": [""], "yêu": [""], "uôi": [""], "ươi": [""], "ươu": [""],
    "oo": ["c", "ng"],
    # with the rounded glide (o/u) before the vowel
    "oa": ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"],
    "oă": ["c", "m", "n", "ng", "t"],
    "oe": ["", "n", "t"],
    "oai": [""], "oay": [""], "oao": [""], "oeo": [""],
    "uâ": ["n", "ng", "t"], "uây": [""],
    "uê": ["", "ch", "nh"],
    "uy": ["", "ch", "n", "nh", "t"],
    "uyê": ["n", "t"], "uya": [""], "uyu": [""], "uơ": [""],
}  # fmt: skip
ROUNDED = {"oa", "oă", "oe", "oai", "oay", "oao", "oeo", "uâ", "uây", "uê", "uy", "uyê", "uya",
           "uyu", "uơ"}  # fmt: skip
FRONT = ("i", "e", "ê", "y")  # letters after which c/g/ng are written k/gh/ngh
ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
          "ngh", "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]  # fmt: skip
# Onsets seen before the rounded glide in native words ("hoa", "khuya", "nguyên", "thuở").
ROUNDED_ONSETS = {"", "b", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "s", "t",
                  "th", "tr", "x", "v"}  # fmt: skip
# After "qu" the glide is the u: qu + the plain vowel.
AFTER_QU = {"a", "ă", "â", "e", "ê", "i", "y", "yê", "ơ", "ô", "ai", "ay", "ao", "au", "ây", "eo",
            "êu"}  # fmt: skip
QU_Y_CODAS = ["", "ch", "nh", "t"]  # "quy", "quých", "quỳnh", "quýt"
Y_ONSETS = {"", "h", "k", "l", "m", "qu", "s", "t", "v"}
TONES = {0: "", 1: "\u0301", 2: "\u0300", 3: "\u0309", 4: "\u0303", 5: "\u0323"}
TELEX_TONE = {1: "s", 2: "f", 3: "r", 4: "x", 5: "j"}
MARKS = {"â": ("a", "a", "6"), "ă": ("a", "w", "8"), "ê": ("e", "e", "6"), "ô": ("o", "o", "6"),
         "ơ": ("o", "w", "7"), "ư": ("u", "w", "7"), "đ": ("d", "d", "9")}  # fmt: skip


def _onset_fits(onset: str, nucleus: str) -> bool:
    first = nucleus[0]
    front = first in FRONT
    if onset == "qu":
        return nucleus in AFTER_QU
    if nucleus in ROUNDED:
        return onset in ROUNDED_ONSETS
    if onset == "k":
        return front and nucleus != "yê"
    if onset in ("gh", "ngh"):
        return front and nucleus not in ("y", "yê")
    if onset in ("c", "g", "ng"):
        return not front
    if onset == "gi":
        # gi + ia/iu would be written "gia"/"giu", which is gi + a/u.
        return not nucleus.startswith("y") and nucleus not in ("ia", "iu", "iêu")
    if nucleus == "yê":
        return onset == ""
    if nucleus == "y":
        return onset in Y_ONSETS
    return not (nucleus.startswith("iê") and onset == "")


def _spell(onset: str, nucleus: str, coda: str) -> str:
    if onset == "gi" and nucleus.startswith("i"):
        return "g" + nucleus + coda  # "gì", "giếng": the onset's i is the nucleus' own
    return onset + nucleus + coda


def _tone_at(nucleus: str, coda: str) -> int:
    """Index in the nucleus of the letter that carries the tone (traditional placement)."""
    marked = [k for k, ch in enumerate(nucleus) if ch in "âăêôơư"]
    if marked:
        return marked[-1]
    if len(nucleus) == 3:
        return 1
    if len(nucleus) == 2:
        return 1 if coda else 0
    return 0


def syllables() -> list[str]:
    out: list[str] = []
    for onset in ONSETS:
        for nucleus, codas in RHYMES.items():
            if not _onset_fits(onset, nucleus):
                continue
            if onset == "qu" and nucleus == "y":
                codas = QU_Y_CODAS
            for coda in codas:
                if onset == "gi" and nucleus == "ê" and coda in ("ch", "nh"):
                    continue  # "giêch" would read as gi + iê, which never takes ch/nh
                tones = (1, 5) if coda in STOPS else (0, 1, 2, 3, 4, 5)
                at = _tone_at(nucleus, coda)
                for tone in tones:
                    toned = nucleus[:at] + nucleus[at] + TONES[tone] + nucleus[at + 1 :]
                    text = unicodedata.normalize("NFC", _spell(onset, toned, coda))
                    if onset == "gi" and nucleus == "i":
                        text = unicodedata.normalize("NFC", "g" + "i" + TONES[tone] + coda)
                    out.append(text)
    return list(dict.fromkeys(out))


def keys(word: str, method: str) -> str:
    """Marks right after their letter, the tone key last."""
    out, tone = [], 0
    for ch in unicodedata.normalize("NFD", word):
        code = {v: k for k, v in TONES.items() if k}.get(ch)
        if code:
            tone = code
            continue
        out.append(ch)
    plain = unicodedata.normalize("NFC", "".join(out))
    typed = []
    for k, ch in enumerate(plain):
        if ch in MARKS:
            base, telex, vni = MARKS[ch]
            typed.append(base + (telex if method == "telex" else vni))
        elif method == "telex" and ch == "o" and k and plain[k - 1] == "o":
            typed.append("oo")  # two plain o's are typed "ooo": "oo" alone is ô
        else:
            typed.append(ch)
    tail = (TELEX_TONE[tone] if method == "telex" else str(tone)) if tone else ""
    return "".join(typed) + tail


def _dictionary(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        word = unicodedata.normalize("NFC", line.split("/")[0].strip())
        if word and word == word.lower() and " " not in word:
            words.add(word)
    return words


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DICTIONARY
    attested = _dictionary(path) if path.exists() else set()
    rows = syllables()
    found = sum(1 for s in rows if s in attested)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        source = f"{path} (hunspell-vi)" if attested else "no dictionary found"
        out.write(
            "# Generated by tests/tools/gen_syllable_table.py from Vietnamese spelling rules;\n"
            f"# attested = in {source}. {len(rows)} syllables, {found} attested.\n"
            "# Left out on purpose: loanword onsets (p) and new-style tone placement.\n"
            "# Columns: syllable, Telex keys, VNI keys, attested.\n"
        )
        for s in rows:
            out.write(f"{s}\t{keys(s, 'telex')}\t{keys(s, 'vni')}\t{int(s in attested)}\n")
    print(f"{len(rows)} syllables, {found} attested -> {OUT}")
    if attested:
        generated = set(rows)
        vietnamese = {w for w in attested if all(c.isalpha() for c in w)}
        missing = sorted(vietnamese - generated)
        print(f"dictionary entries not generated: {len(missing)} of {len(vietnamese)}")
        print(" ".join(missing[:200]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
