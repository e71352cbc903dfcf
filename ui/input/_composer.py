"""Bridge between Qt text widgets and ``kiosk.text.ComposingBuffer``.

One :class:`FieldComposer` per field turns typed characters (from physical keys
or the on-screen keyboard alike) into edits of the text before the cursor, so
both paths produce exactly what ``kiosk.text.compose`` produces. Widget access
goes through a small ops object, so a line edit and a multi-line edit share the
same logic.
"""

from __future__ import annotations

import unicodedata
from typing import Protocol

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from kiosk.text import ComposingBuffer, Edit, apply_tone
from ui.input._settings import default_input_method

__all__ = ["FieldComposer", "composer_for", "field_kind", "is_text_field"]

KIND_PROPERTY = "kioskInputKind"
"""Dynamic property naming a field's kind; the on-screen keyboard reads it."""


class _Ops(Protocol):
    def before(self) -> str: ...
    def has_selection(self) -> bool: ...
    def remove_selection(self) -> None: ...
    def replace_before(self, count: int, text: str) -> None: ...
    def state(self) -> tuple[str, int]: ...
    def plain_backspace(self) -> None: ...


class _LineOps:
    def __init__(self, edit: QLineEdit) -> None:
        self.edit = edit

    def before(self) -> str:
        return self.edit.text()[: self.edit.cursorPosition()]

    def has_selection(self) -> bool:
        return self.edit.hasSelectedText()

    def remove_selection(self) -> None:
        self.edit.del_()

    def replace_before(self, count: int, text: str) -> None:
        pos = self.edit.cursorPosition()
        count = min(count, pos)
        if count:
            self.edit.setSelection(pos - count, count)
        # QLineEdit.insert replaces the selection and keeps one undo step per key.
        QLineEdit.insert(self.edit, text)

    def state(self) -> tuple[str, int]:
        return self.edit.text(), self.edit.cursorPosition()

    def plain_backspace(self) -> None:
        self.edit.backspace()


class _TextOps:
    """Ops for QPlainTextEdit and QTextEdit: the word before the cursor is in its block."""

    def __init__(self, edit: QPlainTextEdit | QTextEdit) -> None:
        self.edit = edit

    def before(self) -> str:
        cursor = self.edit.textCursor()
        return cursor.block().text()[: cursor.positionInBlock()]

    def has_selection(self) -> bool:
        return self.edit.textCursor().hasSelection()

    def remove_selection(self) -> None:
        cursor = self.edit.textCursor()
        cursor.removeSelectedText()
        self.edit.setTextCursor(cursor)

    def replace_before(self, count: int, text: str) -> None:
        cursor = self.edit.textCursor()
        count = min(count, cursor.positionInBlock())
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, count)
        cursor.insertText(text)
        self.edit.setTextCursor(cursor)

    def state(self) -> tuple[str, int]:
        return self.edit.toPlainText(), self.edit.textCursor().position()

    def plain_backspace(self) -> None:
        cursor = self.edit.textCursor()
        cursor.deletePreviousChar()
        self.edit.setTextCursor(cursor)


def _ops_for(widget: QWidget) -> _Ops:
    if isinstance(widget, QLineEdit):
        return _LineOps(widget)
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return _TextOps(widget)
    raise TypeError(f"not a text field: {type(widget).__name__}")


def is_text_field(widget: QWidget | None) -> bool:
    """Tell whether ``widget`` is an editable text field the keyboard can type into."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return False


def field_kind(widget: QWidget | None) -> str:
    """The field's kind ("text", "numeric", "phone", "date"); "text" when unset."""
    if widget is None:
        return "text"
    kind = widget.property(KIND_PROPERTY)
    return str(kind) if kind else "text"


class FieldComposer:
    """Composes typed characters into one text widget.

    Args:
        widget: a QLineEdit, QPlainTextEdit or QTextEdit.
        method: a fixed method, or ``None`` to follow the process-wide setting.
    """

    def __init__(self, widget: QWidget, method: str | None = None) -> None:
        self._ops = _ops_for(widget)
        self._fixed_method = method
        self._buffer = ComposingBuffer(self.method)
        self._expected: tuple[str, int] | None = None

    @property
    def method(self) -> str:
        """The method in effect for this field right now."""
        return self._fixed_method or default_input_method()

    def set_method(self, method: str | None) -> None:
        """Fix this field's method, or follow the process-wide one with ``None``."""
        self._fixed_method = method
        self.invalidate()

    def invalidate(self) -> None:
        """Forget the word being composed (the cursor moved, the text was set...)."""
        self._expected = None

    def type_text(self, text: str, *, compose: bool = True) -> None:
        """Type ``text`` at the cursor as if by keys; ``compose=False`` types it verbatim."""
        self._prepare()
        if not compose:
            self._buffer.method = "off"
        try:
            for ch in unicodedata.normalize("NFC", text):
                self._apply(self._buffer.press(ch))
        finally:
            if not compose:
                self._buffer.method = self.method
        self._remember()

    def insert_literal(self, text: str) -> None:
        """Insert ``text`` (NFC) as is, e.g. a vowel from the picker; later keys act on it."""
        self._prepare()
        self._ops.replace_before(0, unicodedata.normalize("NFC", text))
        self._buffer.reset(self._ops.before())
        self._remember()

    def commit(self) -> None:
        """End the word being composed, as a space would (focus leaves, Enter, cursor moves).

        A word whose keys made no Vietnamese comes back as typed ("Wifi", not "Ừii"),
        so the field then holds exactly what ``kiosk.text.compose`` gives.
        """
        if self._expected is not None and self._expected == self._ops.state():
            finish = getattr(self._buffer, "commit", None)
            if finish is not None:
                self._apply(finish())
        self._buffer.reset("")
        self._expected = None

    def backspace(self) -> None:
        """Delete what a person expects: the selection, else the character before the cursor."""
        if self._ops.has_selection():
            self._ops.remove_selection()
            self.invalidate()
            return
        self._prepare()
        if self._buffer.word:
            self._apply(self._buffer.backspace())
            self._remember()
        else:
            self._ops.plain_backspace()
            self.invalidate()

    def apply_tone(self, tone: int) -> None:
        """Put ``tone`` (``kiosk.text.Tone``; 0 removes it) on the word before the cursor."""
        self._prepare()
        before = self._ops.before()
        start = len(before)
        while start > 0 and before[start - 1].isalpha():
            start -= 1
        word = before[start:]
        toned = apply_tone(word, tone) if word else word
        if toned != word:
            self._ops.replace_before(len(word), toned)
        self._buffer.reset(self._ops.before())
        self._remember()

    # -- internals ----------------------------------------------------------------------

    def _prepare(self) -> None:
        if self._ops.has_selection():
            self._ops.remove_selection()
            self._expected = None
        method = self.method
        if self._buffer.method != method:
            self._buffer.method = method
            self._expected = None
        if self._expected != self._ops.state():
            # Someone else changed the text or moved the cursor: start from the word
            # before the cursor, so a tone key still lands on a word typed earlier.
            self._buffer.reset(self._ops.before())

    def _apply(self, edit: Edit) -> None:
        if edit.delete_before or edit.insert:
            self._ops.replace_before(edit.delete_before, edit.insert)

    def _remember(self) -> None:
        before = self._ops.before()
        if not before.endswith(self._buffer.word):
            # A validator or max length refused part of an edit: follow the field.
            self._buffer.reset(before)
        self._expected = self._ops.state()


def composer_for(widget: QWidget) -> FieldComposer:
    """Return the widget's composer: its own for Viet fields, else one kept on the widget."""
    own = getattr(widget, "composer", None)
    if isinstance(own, FieldComposer):
        return own
    cached = getattr(widget, "_kiosk_composer", None)
    if not isinstance(cached, FieldComposer):
        cached = FieldComposer(widget)
        widget._kiosk_composer = cached  # type: ignore[attr-defined]
    return cached
