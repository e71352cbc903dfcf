"""The letters of one Vietnamese word being composed, and where its tone goes.

A word is a list of :class:`Letter` plus one tone for the whole word. Keeping the
tone apart from the letters is what lets the tone key come anywhere in the word
("tieengs", "tiesng") and lets the tone move when more letters arrive ("hoaf").

Tone placement follows the traditional style ("hòa", "thủy", "khỏe"), the one
Unikey and EVKey use by default: see :func:`tone_index` and docs/vietnamese-input.md.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "BREVE",
    "CIRCUMFLEX",
    "HORN",
    "STROKE",
    "Letter",
    "analyse",
    "is_valid",
    "is_valid_nucleus",
    "letter_from_char",
    "looks_vietnamese",
    "render",
    "rhyme_allows",
]

# Marks a letter can carry besides its tone.
CIRCUMFLEX = "^"  # â ê ô
BREVE = "("  # ă
HORN = "+"  # ơ ư
STROKE = "-"  # đ

VOWELS = frozenset("aeiouy")
# Letters of the Vietnamese alphabet (f, j, w, z are not in it).
_ALPHABET = frozenset("abcdeghiklmnopqrstuvxy")

_ONSETS = frozenset(
    {
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
        "ng", "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
    }
    # Clusters of ethnic-minority place names ("Krông", "Ea Drăng", "Đăk Plô", "Dliê Ya").
    | {"bl", "br", "dl", "dr", "gl", "hr", "kl", "kn", "kr", "pl", "pn", "pr", "sr", "tl"}
)  # fmt: skip
# "k", "l", "h" end such names too ("Đắk Lắk", "Ia Khươl", "Chư Păh").
_CODAS = frozenset({"", "c", "ch", "h", "k", "l", "m", "n", "ng", "nh", "p", "t"})

# Every vowel nucleus Vietnamese spells (marks, no tones). A mark key only acts
# when the nucleus it makes is one of these, so "khoeo" stays "khoeo" rather
# than the "o" key turning the first "o" into "ô".
_NUCLEI = frozenset(
    "a ă â e ê i o ô ơ u ư y "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy "
    "ưa ưi ươ ưu yê "
    "iêu oai oao oay oeo uây uôi ươi ươu uyê uya uyu yêu".split()
)
# Rhymes: which nuclei a final consonant may follow, and which tones it allows.
_STOPS = frozenset({"c", "ch", "k", "p", "t"})  # only sắc (1) or nặng (5) before them
_OPEN_ONLY = frozenset(  # nuclei that end in a glide, or ia/ua/ưa: never a final consonant
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu "
    "iêu oai oao oay oeo uây uôi uya uyu ươi ươu yêu".split()
)
_PALATAL_ONLY = frozenset({"i", "y", "ê", "uy", "uê"})  # take nh/ch, never ng/c
_PALATAL_NUCLEI = frozenset({"a", "ê", "i", "y", "oa", "uy", "uê", "uyê"})  # before nh/ch

_MARKED = {
    ("a", CIRCUMFLEX): "â",
    ("a", BREVE): "ă",
    ("e", CIRCUMFLEX): "ê",
    ("o", CIRCUMFLEX): "ô",
    ("o", HORN): "ơ",
    ("u", HORN): "ư",
    ("d", STROKE): "đ",
}
_COMBINING_MARK = {"\u0302": CIRCUMFLEX, "\u0306": BREVE, "\u031b": HORN}
# Tone numbers follow VNI: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
TONE_COMBINING = {1: "\u0301", 2: "\u0300", 3: "\u0309", 4: "\u0303", 5: "\u0323"}
_COMBINING_TONE = {v: k for k, v in TONE_COMBINING.items()}


@dataclass(slots=True)
class Letter:
    """One letter of a word: base letter, vowel mark, case; or ``raw`` text kept as typed.

    ``auto`` marks the "u" of a "uo" pair that got its horn from a single ``w``/``7``:
    it shows as "ư" only when something follows the "ơ" ("người"), else "u" ("thuở").
    ``origin`` remembers the key that inserted a stand-alone "ư", so undo restores it.
    """

    base: str = ""
    mark: str = ""
    upper: bool = False
    raw: str | None = None
    auto: bool = False
    origin: str | None = None

    @property
    def is_vowel(self) -> bool:
        return self.raw is None and self.base in VOWELS


def letter_from_char(ch: str) -> tuple[Letter, int]:
    """Turn one typed character into a letter and the tone it carries (0 if none).

    Characters that are not Vietnamese letters (digits, "w", "ç"...) become raw letters.
    """
    lower = ch.lower()
    upper = ch != lower
    if lower == "đ":
        return Letter("d", STROKE, upper), 0
    decomposed = unicodedata.normalize("NFD", lower)
    base, extras = decomposed[:1], decomposed[1:]
    if len(lower) != 1 or base not in _ALPHABET:
        return Letter(raw=ch), 0
    mark, tone = "", 0
    for c in extras:
        if c in _COMBINING_MARK and not mark:
            mark = _COMBINING_MARK[c]
        elif c in _COMBINING_TONE and not tone and base in VOWELS:
            tone = _COMBINING_TONE[c]
        else:
            return Letter(raw=ch), 0
    if mark and (base, mark) not in _MARKED:
        return Letter(raw=ch), 0
    return Letter(base, mark, upper), tone


def analyse(letters: list[Letter]) -> tuple[int, int]:
    """Return ``(start, end)`` of the vowel nucleus: the first run of vowels.

    The "u" of a "qu" onset and the "i" of a "gi" onset belong to the onset when
    another vowel follows ("quốc", "giặt"), but "gì" keeps its "i".
    """
    n = len(letters)
    start = next((k for k, let in enumerate(letters) if let.is_vowel), n)
    end = start
    while end < n and letters[end].is_vowel:
        end += 1
    if end - start > 1 and start == 1:
        first, onset = letters[1], letters[0]
        if first.mark == "" and onset.raw is None and onset.mark == "":
            if (onset.base, first.base) in {("q", "u"), ("g", "i")}:
                start += 1
    return start, end


def _bases(letters: list[Letter]) -> str:
    return "".join("đ" if let.mark == STROKE else let.base for let in letters)


def is_valid(letters: list[Letter]) -> bool:
    """Tell whether the word is (the beginning of) a Vietnamese syllable.

    Keys only act on such words, so foreign words and codes ("David", "A4")
    mostly pass through as typed.
    """
    if any(let.raw is not None for let in letters):
        return False
    start, end = analyse(letters)
    return (
        _bases(letters[:start]) in _ONSETS and end - start <= 3 and _bases(letters[end:]) in _CODAS
    )


def is_valid_nucleus(letters: list[Letter]) -> bool:
    """Tell whether the vowels of the word's nucleus form a Vietnamese nucleus."""
    start, end = analyse(letters)
    text = "".join(_MARKED.get((let.base, let.mark), let.base) for let in letters[start:end])
    return text in _NUCLEI


_LATER_MARKS = {"a": "aâă", "e": "eê", "o": "oôơ", "u": "uư"}


def _rhyme_ok(onset_gi: bool, nucleus: str, coda: str, tone: int) -> bool:
    if onset_gi and nucleus.startswith("ê"):
        nucleus = "i" + nucleus  # "giêng", "giếc": the onset's i is the nucleus' too
    if nucleus not in _NUCLEI:
        return False
    if tone in (2, 3, 4) and coda in _STOPS:
        return False
    if nucleus in _OPEN_ONLY:
        return False
    if coda in ("ch", "nh"):
        return nucleus in _PALATAL_NUCLEI
    return not (coda in ("c", "ng") and nucleus in _PALATAL_ONLY)


def rhyme_allows(letters: list[Letter], tone: int, *, later_marks: bool = False) -> bool:
    """See :func:`_rhyme_allows`; cached on the word's letters (it runs on every tone key)."""
    if not letters or letters[-1].is_vowel:
        return True  # no final consonant: nothing to check
    sig = tuple((let.base, let.mark, let.raw) for let in letters)
    return _rhyme_cached(sig, tone, later_marks)


@lru_cache(maxsize=8192)
def _rhyme_cached(sig: tuple[tuple[str, str, str | None], ...], tone: int, later: bool) -> bool:
    letters = [Letter(base, mark, raw=raw) for base, mark, raw in sig]
    return _rhyme_allows(letters, tone, later_marks=later)


def _rhyme_allows(letters: list[Letter], tone: int, *, later_marks: bool = False) -> bool:
    """Tell whether the nucleus, final consonant and tone can go together.

    "cat" + hỏi ("cảt"), "ech", "ing", "ưang" are never Vietnamese: a word
    ending so comes back as typed. With ``later_marks`` the vowels may still
    get their marks (Telex allows "tuans" then "a" for "tuấn") and the final
    consonant may grow ("ics" then "h" is "ích"), so only rhymes nothing can
    save are refused: then a tone key stays a letter.
    """
    start, end = analyse(letters)
    coda = _bases(letters[end:])
    if start == end or not coda:
        return True
    shown = [_MARKED.get((let.base, let.mark), let.base) for let in letters[start:end]]
    codas = [coda]
    if later_marks:  # the final consonant may still grow too: "ics" then "h" is "ích"
        codas = [c for c in _CODAS if c.startswith(coda)]
        options = [
            _LATER_MARKS.get(let.base, let.base) if not let.mark else text
            for let, text in zip(letters[start:end], shown, strict=True)
        ]
    else:
        options = shown
    onset_gi = start == 2 and _bases(letters[:2]) == "gi"
    return _any_rhyme(onset_gi, tuple(options), tuple(codas), tone)


@lru_cache(maxsize=4096)
def _any_rhyme(onset_gi: bool, options: tuple[str, ...], codas: tuple[str, ...], tone: int) -> bool:
    return any(
        _rhyme_ok(onset_gi, "".join(combo), final, tone)
        for combo in itertools.product(*options)
        for final in codas
    )


def looks_vietnamese(letters: list[Letter], tone: int = 0) -> bool:
    """Tell whether a finished word is a whole Vietnamese syllable (or has no vowel)."""
    if not is_valid(letters):
        return False
    start, end = analyse(letters)
    return start == end or (is_valid_nucleus(letters) and rhyme_allows(letters, tone))


def _shown_marks(letters: list[Letter]) -> list[str]:
    """Marks as displayed: an auto-horned "u" shows its horn only if the "ơ" is not last."""
    marks = [let.mark for let in letters]
    for k, let in enumerate(letters):
        if let.auto and let.mark == HORN and k + 2 >= len(letters):
            marks[k] = ""
    return marks


def tone_index(letters: list[Letter], marks: list[str]) -> int | None:
    """Index of the letter that carries the tone, in the traditional style.

    A vowel with a mark (â ă ê ô ơ ư) takes it, the last one in "ươ". Otherwise a
    single vowel takes it; of three, the middle ("ngoài", "khuỷu"); of two, the
    second when a consonant follows ("hoàn", "huỳnh") and the first when not
    ("hòa", "thủy", "tài"). Returns None when the word has no vowel.
    """
    start, end = analyse(letters)
    size = end - start
    if size == 0:
        return None
    marked = [k for k in range(start, end) if marks[k] in (CIRCUMFLEX, BREVE, HORN)]
    if marked:
        return marked[-1]
    if size == 1:
        return start
    if size == 2:
        return start + 1 if end < len(letters) else start
    return start + 1


def render(letters: list[Letter], tone: int) -> str:
    """Return the word as NFC text."""
    marks = _shown_marks(letters)
    where = tone_index(letters, marks) if tone else None
    out = []
    for k, let in enumerate(letters):
        if let.raw is not None:
            out.append(let.raw)
            continue
        text = _MARKED.get((let.base, marks[k]), let.base)
        if k == where:
            text = unicodedata.normalize("NFC", text + TONE_COMBINING[tone])
        out.append(text.upper() if let.upper else text)
    return unicodedata.normalize("NFC", "".join(out))
