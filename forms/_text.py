"""Vietnamese text normalisation shared by every layer: NFC, folding, tone placement.

Pure functions, no dependencies. ``fold`` builds diacritic-free, case-free keys
for search and matching; ``normalize`` is what every input goes through before it
is stored, compared or measured.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["collapse_spaces", "fold", "normalize", "same_text"]

_SPACES = re.compile(r"\s+")

# Old-style ("hòa", "thủy") and new-style ("hoà", "thuỷ") tone placement are both
# in use. Comparisons fold both to the same key; ``normalize`` keeps the text as
# typed (NFC) because a person's name must be stored exactly as written.


def normalize(text: str) -> str:
    """Return ``text`` in NFC with surrounding white space removed and inner runs collapsed."""
    return collapse_spaces(unicodedata.normalize("NFC", text))


def collapse_spaces(text: str) -> str:
    """Collapse every run of white space into one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Return a diacritic-free, lower-case key: "Đăng ký Khai sinh" -> "dang ky khai sinh".

    NFD, drop combining marks, then map đ/Đ by hand (U+0111 has no decomposition).
    Because tones are dropped, both tone placements fold to the same key.
    """
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return collapse_spaces(stripped.casefold())


def same_text(a: str, b: str) -> bool:
    """Tell whether two texts are the same words, ignoring case, NFC/NFD and tone placement.

    Unlike :func:`fold` this keeps the tones themselves: "hòa" equals "hoà" but not "hoa".
    """
    return _tone_key(a) == _tone_key(b)


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _tone_key(text: str) -> str:
    """Key that keeps letters, vowel marks and each syllable's tone but not where the tone sits."""
    words = []
    for word in normalize(text).casefold().split(" "):
        decomposed = unicodedata.normalize("NFD", word)
        tones = [ch for ch in decomposed if ch in _TONE_MARKS]
        base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
        words.append(unicodedata.normalize("NFC", base) + "".join(sorted(tones)))
    return " ".join(words)
