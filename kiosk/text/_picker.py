"""Helpers for the on-screen diacritic picker: tap a vowel, choose â/ă/á/à..."""

from __future__ import annotations

import unicodedata
from enum import IntEnum

from kiosk.text._compose import _is_word_char, _Word
from kiosk.text._syllable import TONE_COMBINING

__all__ = ["Tone", "apply_tone", "variants"]


class Tone(IntEnum):
    """The six tones, numbered as the VNI keys that type them."""

    NONE = 0  # thanh ngang
    SAC = 1  # sắc  á
    HUYEN = 2  # huyền à
    HOI = 3  # hỏi  ả
    NGA = 4  # ngã  ã
    NANG = 5  # nặng ạ


_FAMILIES = {
    "a": ("a", "â", "ă"),
    "e": ("e", "ê"),
    "i": ("i",),
    "o": ("o", "ô", "ơ"),
    "u": ("u", "ư"),
    "y": ("y",),
}


def variants(vowel: str) -> list[str]:
    """Every form of a letter for the picker: "a" -> ["a", "â", "ă", "á", "à", ... "ặ"].

    The plain and marked vowels come first, then each of them with the tones
    sắc, huyền, hỏi, ngã, nặng. Any form of the vowel ("ấ") gives the same list;
    the case of ``vowel`` is kept. "d" gives ["d", "đ"]; other text gives [text].
    """
    text = unicodedata.normalize("NFC", vowel)
    if len(text) != 1:
        return [text] if text else []
    lower = text.lower()
    base = "d" if lower == "đ" else unicodedata.normalize("NFD", lower)[0]
    if base == "d":
        forms = ["d", "đ"]
    elif base in _FAMILIES:
        family = _FAMILIES[base]
        forms = list(family)
        for form in family:
            forms += [unicodedata.normalize("NFC", form + TONE_COMBINING[t]) for t in range(1, 6)]
    else:
        return [text]
    return [f.upper() for f in forms] if text != lower else forms


def apply_tone(word: str, tone: int) -> str:
    """Put ``tone`` (a :class:`Tone`; 0 removes) on the last word of ``word``.

    The tone replaces any tone already there and goes where the composer puts it
    ("hoa" + HUYEN -> "hòa"). Text with no vowel in its last word is returned as is.
    """
    tone = int(tone)
    if tone not in range(6):
        raise ValueError(f"tone must be 0..5, not {tone}")
    text = unicodedata.normalize("NFC", word)
    start = len(text)
    while start > 0 and _is_word_char(text[start - 1], "telex"):
        start -= 1
    parsed = _Word.from_text(text[start:])
    if not any(letter.is_vowel for letter in parsed.letters):
        return text
    parsed.tone = tone
    return text[:start] + parsed.render()
