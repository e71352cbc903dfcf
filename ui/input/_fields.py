"""Text fields that compose Vietnamese from physical keys, with no OS input method.

Every printable key goes through the field's :class:`FieldComposer` (the same
one the on-screen keyboard uses); backspace deletes what a person expects;
pasted text is NFC-normalised, never composed; ``text()`` is always NFC.
Numeric kinds (ID number, phone, date) never compose and drop other characters.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ui.input._composer import KIND_PROPERTY, FieldComposer
from ui.input._settings import input_method_settings

__all__ = ["FIELD_KINDS", "VietLineEdit", "VietPlainTextEdit"]

FIELD_KINDS: dict[str, str | None] = {
    "text": None,  # anything; Vietnamese composed
    "numeric": "0123456789",  # ID numbers (12 digits), counts
    "phone": "0123456789+ ",
    "date": "0123456789/-.",
}
"""Field kinds and, for the numeric ones, the characters they accept."""

_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_HINTS = {
    "text": Qt.InputMethodHint.ImhNoPredictiveText,
    "numeric": Qt.InputMethodHint.ImhDigitsOnly,
    "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
    "date": Qt.InputMethodHint.ImhDate | Qt.InputMethodHint.ImhFormattedNumbersOnly,
}


_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
}


def _is_modifier(event: QKeyEvent) -> bool:
    """Shift and friends alone don't end a word (Shift comes before every capital)."""
    return event.key() in _MODIFIER_KEYS


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class _KindMixin:
    """Kind handling shared by the single- and multi-line fields."""

    _kind = "text"

    def kind(self) -> str:
        """The field's kind: "text", "numeric", "phone" or "date"."""
        return self._kind

    def set_kind(self, kind: str) -> None:
        """Set the kind; numeric kinds don't compose and show the keyboard's number pad.

        Raises:
            ValueError: unknown kind (see :data:`FIELD_KINDS`).
        """
        if kind not in FIELD_KINDS:
            raise ValueError(f"unknown field kind {kind!r}; use one of {tuple(FIELD_KINDS)}")
        self._kind = kind
        widget: QWidget = self  # type: ignore[assignment]
        widget.setProperty(KIND_PROPERTY, kind)
        widget.setInputMethodHints(_HINTS[kind])

    def _allowed(self, text: str) -> str:
        accepted = FIELD_KINDS[self._kind]
        if accepted is None:
            return text
        return "".join(ch for ch in text if ch in accepted)

    def _is_typing(self, event: QKeyEvent) -> bool:
        text = event.text()
        return bool(text) and text.isprintable() and not (event.modifiers() & _CHORD)


class VietLineEdit(_KindMixin, QLineEdit):
    """A QLineEdit that types Vietnamese with Telex or VNI by itself.

    Args:
        text: initial text (normalised to NFC).
        parent: parent widget.
        kind: "text" (default), "numeric", "phone" or "date".
        input_method: a fixed method for this field, or ``None`` (default) to
            follow :func:`set_default_input_method`.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        kind: str = "text",
        input_method: str | None = None,
    ) -> None:
        super().__init__(_nfc(text), parent)
        self.composer = FieldComposer(self, input_method)
        self.set_kind(kind)
        input_method_settings().changed.connect(self._on_method_changed)
        # The safety net for paths we don't intercept (context-menu paste, drops).
        self.textChanged.connect(self._on_text_changed)

    # -- public API used by the on-screen keyboard --------------------------------------

    def set_input_method(self, method: str | None) -> None:
        """Fix this field's method ("telex", "vni", "off") or follow the process (``None``)."""
        self.composer.set_method(method)

    def type_text(self, text: str) -> None:
        """Type ``text`` as if by keys: composed in text fields, filtered in numeric ones."""
        if self._kind == "text":
            self.composer.type_text(text)
        else:
            allowed = self._allowed(_nfc(text))
            if allowed:
                QLineEdit.insert(self, allowed)

    def setText(self, text: str | None) -> None:  # noqa: N802 - Qt API
        """Set the text (NFC-normalised); the word being composed is forgotten."""
        super().setText(_nfc(text or ""))
        self.composer.invalidate()

    def insert(self, text: str) -> None:
        """Insert ``text`` verbatim (NFC-normalised), replacing any selection."""
        super().insert(self._allowed(_nfc(text)))
        self.composer.invalidate()

    def paste(self) -> None:
        """Paste the clipboard as text, NFC-normalised and not composed."""
        text = QGuiApplication.clipboard().text()
        text = " ".join(text.splitlines())  # one line: as QLineEdit itself does
        self.insert(text)

    # -- events -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
            return
        key = event.key()
        if key == Qt.Key.Key_Backspace and not (event.modifiers() & _CHORD):
            self.composer.backspace()
            event.accept()
            return
        if self._is_typing(event):
            self.type_text(event.text())
            event.accept()
            return
        if not _is_modifier(event):
            self.composer.commit()  # Enter, arrows, Home...: the word is finished
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.composer.commit()
        super().mousePressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.composer.commit()
        super().focusOutEvent(event)

    def _on_method_changed(self, _method: str) -> None:
        self.composer.commit()

    def _on_text_changed(self, text: str) -> None:
        if unicodedata.is_normalized("NFC", text):
            return
        pos = len(_nfc(text[: self.cursorPosition()]))
        super().setText(_nfc(text))
        self.setCursorPosition(pos)
        self.composer.invalidate()


class VietPlainTextEdit(_KindMixin, QPlainTextEdit):
    """Multi-line counterpart of :class:`VietLineEdit` (addresses, notes)."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, input_method: str | None = None
    ) -> None:
        super().__init__(_nfc(text), parent)
        self.composer = FieldComposer(self, input_method)
        self.set_kind("text")
        self.setTabChangesFocus(True)  # Tab moves to the next field, as in a form
        input_method_settings().changed.connect(self._on_method_changed)

    def text(self) -> str:
        """The whole text, NFC."""
        return _nfc(self.toPlainText())

    def set_input_method(self, method: str | None) -> None:
        """Fix this field's method or follow the process-wide one (``None``)."""
        self.composer.set_method(method)

    def type_text(self, text: str) -> None:
        """Type ``text`` as if by keys (composed)."""
        self.composer.type_text(text)

    def setPlainText(self, text: str | None) -> None:  # noqa: N802 - Qt API
        super().setPlainText(_nfc(text or ""))
        self.composer.invalidate()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        """Paste and drop insert NFC plain text, never composed and never rich text."""
        if source.hasText():
            self.textCursor().insertText(_nfc(source.text()))
            self.composer.invalidate()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Backspace and not (event.modifiers() & _CHORD):
            self.composer.backspace()
            event.accept()
            return
        if self._is_typing(event) and event.text() not in ("\r", "\n"):
            self.type_text(event.text())
            event.accept()
            return
        if not _is_modifier(event):
            self.composer.commit()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.composer.commit()
        super().mousePressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.composer.commit()
        super().focusOutEvent(event)

    def _on_method_changed(self, _method: str) -> None:
        self.composer.commit()
