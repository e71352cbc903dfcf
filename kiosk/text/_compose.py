"""Telex and VNI composition without an OS input method.

``compose`` turns a whole keystroke string into text; ``ComposingBuffer`` does the
same one key at a time for the GUI and says which characters to replace. Both
run the same per-word state machine (:class:`_Word`), so they always agree.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from kiosk.text._syllable import (
    BREVE,
    CIRCUMFLEX,
    HORN,
    STROKE,
    Letter,
    analyse,
    is_valid,
    is_valid_nucleus,
    letter_from_char,
    looks_vietnamese,
    render,
    rhyme_allows,
)

__all__ = ["METHODS", "ComposingBuffer", "Edit", "compose"]

METHODS = ("telex", "vni", "off")

_TELEX_TONES = {"s": 1, "f": 2, "r": 3, "x": 4, "j": 5}
_VNI_TONES = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}


class Edit(NamedTuple):
    """What a key press does to the text before the cursor: delete, then insert."""

    delete_before: int
    insert: str


def _is_word_char(ch: str, method: str) -> bool:
    """Letters belong to a word; in VNI digits do too (they are the mark keys)."""
    return ch.isalpha() or (method == "vni" and ch.isdigit())


class _Word:
    """The word under composition: letters, one tone, and whether keys still act."""

    __slots__ = ("acted", "auto_o", "frozen", "keys", "letters", "tone")

    def __init__(self) -> None:
        self.letters: list[Letter] = []
        self.tone = 0
        # After an undo ("ass" -> "as") every further key in the word is a plain letter.
        self.frozen = False
        self.keys: list[str] = []
        self.acted = False  # whether some key acted as a tone or mark
        # The "ơ" that got its horn from the "ư" before it: a horn key then confirms it.
        self.auto_o: Letter | None = None

    @classmethod
    def from_text(cls, text: str) -> _Word:
        word = cls()
        for ch in text:
            word.append(ch)
        return word

    def render(self) -> str:
        return render(self.letters, self.tone)

    def final(self) -> str:
        """The word once a separator ends it.

        When keys acted but the result is not Vietnamese ("Wifi" would be "Ừii",
        "Google" "Gôgle"), the keys come back exactly as typed, as Unikey does.
        """
        if self.acted and not self.frozen and not looks_vietnamese(self.letters, self.tone):
            return "".join(self.keys)
        return self.render()

    def append(self, ch: str) -> None:
        letter, tone = letter_from_char(ch)
        self.letters.append(letter)
        if tone:
            self.tone = tone

    def _undo(self, key: str) -> bool:
        self.letters.append(Letter(raw=key))
        self.frozen = True
        return True

    def press(self, key: str, method: str) -> None:
        """Apply one key: a tone, a mark, or else a plain letter."""
        self.keys.append(key)
        if not (self.frozen or method == "off") and self._act(key, key.lower(), method):
            self.acted = True
            return
        self.append(key)
        if not (self.frozen or method == "off"):
            self._horn_after_u()

    def _horn_after_u(self) -> None:
        """An "o" typed after "ư" is "ơ": "ưo" is never Vietnamese ("nguwoif" -> "người")."""
        letters = self.letters
        if len(letters) < 2:
            return
        u, o = letters[-2], letters[-1]
        if o.raw is None and o.base == "o" and not o.mark and u.base == "u" and u.mark == HORN:
            o.mark = HORN
            u.auto = False
            self.auto_o = o

    def _act(self, key: str, k: str, method: str) -> bool:
        tones = _TELEX_TONES if method == "telex" else _VNI_TONES
        if k in tones:
            return self._set_tone(tones[k], key)
        if k == ("z" if method == "telex" else "0"):
            if not self.tone:
                return False
            self.tone = 0
            return True
        if method == "telex":
            if k in "aeo":
                return self._circumflex(key, k)
            if k == "w":
                return self._horn(key, breve=True, horn=True, insert=True)
            if k == "d":
                return self._stroke(key)
        elif method == "vni":
            if k == "6":
                return self._circumflex(key, "aeo")
            if k == "7":
                return self._horn(key, breve=False, horn=True, insert=False)
            if k == "8":
                return self._horn(key, breve=True, horn=False, insert=False)
            if k == "9":
                return self._stroke(key)
        return False

    def _nucleus(self) -> range | None:
        """The vowel nucleus, or None when keys must not act on this word."""
        if not is_valid(self.letters):
            return None
        start, end = analyse(self.letters)
        return range(start, end)

    def _set_tone(self, tone: int, key: str) -> bool:
        nucleus = self._nucleus()
        if not nucleus or not rhyme_allows(self.letters, tone, later_marks=True):
            return False
        if self.tone == tone:
            self.tone = 0
            return self._undo(key)
        self.tone = tone
        return True

    def _try_mark(self, k: int, mark: str) -> bool:
        """Give letter ``k`` a mark if the nucleus stays Vietnamese; else leave it."""
        target = self.letters[k]
        saved = target.mark
        target.mark = mark
        if is_valid_nucleus(self.letters):
            return True
        target.mark = saved
        return False

    def _circumflex(self, key: str, bases: str) -> bool:
        nucleus = self._nucleus()
        if not nucleus:
            return False
        targets = [k for k in nucleus if self.letters[k].base in bases]
        if targets and self.letters[targets[-1]].mark == CIRCUMFLEX:
            last = self.letters[targets[-1]]
            last.mark = ""
            if key.lower() == "o" and targets[-1] == nucleus[-1]:
                # "ooo" is "oo" and keys still act: "thooongf" -> "thoòng", "mooocs" -> "moóc".
                self.letters.insert(targets[-1] + 1, Letter("o", upper=key.isupper()))
                if is_valid_nucleus(self.letters):
                    return True
                del self.letters[targets[-1] + 1]
            return self._undo(key)
        for k in reversed(targets):
            before = self.letters[k - 1] if k > 0 else None
            if self.letters[k].mark == HORN and before is not None and before.mark == HORN:
                # "ươ" + o gives "uô": "ưô" is never Vietnamese.
                before.mark, before.auto = "", False
            if self._try_mark(k, CIRCUMFLEX):
                return True
        return False

    def _horn(self, key: str, *, breve: bool, horn: bool, insert: bool) -> bool:
        nucleus = self._nucleus()
        if nucleus is None:
            return False
        letters = self.letters
        if horn:
            for k in nucleus[:-1]:
                u, o = letters[k], letters[k + 1]
                if u.base == "u" and o.base == "o":
                    if o is self.auto_o:
                        self.auto_o = None  # "uwow", "u7o7": the horn the "o" already has
                        return True
                    if u.mark == HORN and o.mark == HORN:
                        u.mark = o.mark = ""
                        u.auto = False
                        return self._undo(key)
                    if u.mark != HORN:
                        u.mark, u.auto = HORN, True
                    o.mark = HORN
                    return True
        # "ua" + w is "ưa" (mưa); "uă" only follows q, whose u is not in the nucleus.
        order = (["u"] if horn else []) + (["a"] if breve else []) + (["o"] if horn else [])
        for base in order:
            targets = [k for k in nucleus if letters[k].base == base]
            if targets and self._mark(targets[0], BREVE if base == "a" else HORN, key):
                return True
        if insert and (not nucleus or self._only_gi()):
            # A "w" with no vowel yet is "ư" on its own ("tw" -> "tư"); the "i" of
            # "gi" is part of the onset, so "giw" is "giư" ("giwax" -> "giữa").
            letters.append(Letter("u", HORN, key.isupper(), origin=key))
            return True
        return False

    def _only_gi(self) -> bool:
        """The word so far is the onset "gi" and nothing else."""
        if len(self.letters) != 2:
            return False
        g, i = self.letters
        return (g.raw, i.raw, g.base, i.base, g.mark, i.mark) == (None, None, "g", "i", "", "")

    def _mark(self, k: int, mark: str, key: str) -> bool:
        target = self.letters[k]
        if target.mark != mark:
            return self._try_mark(k, mark)
        if target.origin is not None:
            # Undo a stand-alone "ư": it goes back to the key that made it ("ww" -> "w").
            self.letters[k] = Letter(raw=target.origin)
            self.frozen = True
            return True
        target.mark = ""
        return self._undo(key)

    def _stroke(self, key: str) -> bool:
        if self._nucleus() is None or not self.letters or self.letters[0].base != "d":
            return False
        first = self.letters[0]
        if first.mark == STROKE:
            first.mark = ""
            return self._undo(key)
        first.mark = STROKE
        return True


def _check_method(method: str) -> str:
    if method not in METHODS:
        raise ValueError(f"unknown input method {method!r}; expected one of {METHODS}")
    return method


def compose(keystrokes: str, method: str) -> str:
    """Return the NFC text that typing ``keystrokes`` with ``method`` produces.

    ``method`` is "telex", "vni" or "off" ("off" only normalises to NFC). Words,
    split at anything that is not a letter (or, in VNI, a digit), are composed
    independently; a key that cannot act is kept as a letter, so this never
    raises on any text. A word whose keys produce no Vietnamese syllable is
    given back as typed ("Wifi", "Google"), as Unikey does. Tones go in the
    traditional place ("hòa", "thủy").

    Raises:
        ValueError: ``method`` is not one of :data:`METHODS`.
    """
    _check_method(method)
    text = unicodedata.normalize("NFC", keystrokes)
    if method == "off":
        return text
    out: list[str] = []
    word = _Word()
    for ch in text:
        if _is_word_char(ch, method):
            word.press(ch, method)
        else:
            out.append(word.final())
            out.append(ch)
            word = _Word()
    out.append(word.final())
    return unicodedata.normalize("NFC", "".join(out))


def _diff(before: str, after: str) -> Edit:
    common = 0
    for a, b in zip(before, after, strict=False):
        if a != b:
            break
        common += 1
    return Edit(len(before) - common, after[common:])


class ComposingBuffer:
    """Incremental composer for a text field: one key in, one :class:`Edit` out.

    The buffer tracks only the word before the cursor. Apply each returned edit
    by deleting ``delete_before`` characters before the cursor, then inserting
    ``insert``. Call :meth:`commit` when the field loses focus, and
    :meth:`reset` whenever the cursor moves or the field changes by other
    means, passing the text before the cursor so tones can still be added to a
    word the resident typed earlier.
    """

    def __init__(self, method: str = "telex") -> None:
        self._method = _check_method(method)
        self._word = _Word()
        self._shown = ""

    @property
    def method(self) -> str:
        return self._method

    @method.setter
    def method(self, value: str) -> None:
        self._method = _check_method(value)
        self.reset(self._shown)

    @property
    def word(self) -> str:
        """The current word as displayed."""
        return self._shown

    def reset(self, before: str = "") -> None:
        """Forget the current word; start from the last word of ``before``."""
        end = len(before)
        start = end
        while start > 0 and _is_word_char(before[start - 1], self._method):
            start -= 1
        self._word = _Word.from_text(before[start:end])
        self._shown = before[start:end]

    def press(self, key: str) -> Edit:
        """Type ``key`` (usually one character; a longer string is typed in order)."""
        before = current = self._shown
        committed: list[str] = []
        for ch in unicodedata.normalize("NFC", key):
            if self._method != "off" and _is_word_char(ch, self._method):
                self._word.press(ch, self._method)
                current = self._word.render()
            else:
                # Text the keys did not touch is kept exactly as it was shown.
                committed.append((self._word.final() if self._word.acted else current) + ch)
                self._word = _Word()
                current = ""
        self._shown = current
        return _diff(before, "".join(committed) + current)

    def commit(self) -> Edit:
        """End the current word (the field loses focus, Enter): as a separator would.

        A word whose keys made no Vietnamese comes back as typed ("Wifi").
        """
        before = self._shown
        after = self._word.final() if self._word.acted else before
        self._word = _Word()
        self._shown = ""
        return _diff(before, after)

    def backspace(self) -> Edit:
        """Delete the last character of the word; keys then act on what is left.

        With no word in the buffer this is an ordinary backspace, ``Edit(1, "")``.
        """
        if not self._shown:
            return Edit(1, "")
        before = self._shown
        self._word = _Word.from_text(before[:-1])
        self._shown = self._word.render()
        return _diff(before, self._shown)
