"""The on-screen Vietnamese keyboard for the touch screen.

It types into the field that has focus, through that field's composer (the same
path as physical keys), so Telex/VNI taps and the tone keys give exactly what
``kiosk.text.compose`` gives. For people who don't know Telex there are direct
keys for ă â ê ô ơ ư đ, five tone keys and remove-tone, and a diacritic picker
(tap "Chọn dấu" then a vowel, or hold a vowel key). A numeric field (ID number,
phone, date) switches it to a number pad by itself.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.text import Tone
from ui.input._composer import composer_for, field_kind, is_text_field
from ui.input._focus import FocusLink
from ui.input._keys import MIN_KEY_PX, SQUEEZED_KEY_PX, KeyButton, key_side, special_key
from ui.input._picker import DiacriticPicker

__all__ = ["NUMERIC_KINDS", "OnScreenKeyboard"]

NUMERIC_KINDS = frozenset({"numeric", "phone", "date"})
"""Field kinds that get the number pad."""

_LETTER_ROWS = ("qwertyuiop", "asdfghjklđ", "zxcvbnm")
_VIET_VOWELS = "ăâêôơư"
_PICKABLE = set("aăâeêioôơuưyd")  # letters the picker has forms for


translate = QCoreApplication.translate  # literal contexts at each call: pyside6-lupdate reads them


def _tones() -> tuple[tuple[int, str, str, str], ...]:
    """(tone, key label, caption, accessible name) for the tone keys, in the current language."""
    return (
        (Tone.SAC, "á", translate("Keyboard", "sắc"), translate("Keyboard", "Dấu sắc")),
        (Tone.HUYEN, "à", translate("Keyboard", "huyền"), translate("Keyboard", "Dấu huyền")),
        (Tone.HOI, "ả", translate("Keyboard", "hỏi"), translate("Keyboard", "Dấu hỏi")),
        (Tone.NGA, "ã", translate("Keyboard", "ngã"), translate("Keyboard", "Dấu ngã")),
        (Tone.NANG, "ạ", translate("Keyboard", "nặng"), translate("Keyboard", "Dấu nặng")),
        (Tone.NONE, "a", translate("Keyboard", "bỏ dấu"), translate("Keyboard", "Xoá dấu")),
    )


_NUMPAD_EXTRA = {"date": "/", "phone": "+", "numeric": ""}
_LONG_PRESS_MS = 600
_MARGIN, _SPACING = 8, 6
_TONE_GAP = 12  # between the vowel keys and the tone keys
_ROWS = 6  # rows on the letters page, the tallest page


class OnScreenKeyboard(QWidget):
    """Touch keyboard that types into the focused text field.

    The target follows focus (any QLineEdit / QPlainTextEdit / QTextEdit), or is
    set with :meth:`set_target`. Keys never take focus.

    Signals:
        hide_requested(): the "hide keyboard" key was tapped (a host hides it).
        enter_pressed(): Enter was tapped (after it was delivered to the field).
    """

    hide_requested = Signal()
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("Keyboard", "Bàn phím ảo"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._target: QWidget | None = None
        self._shift = "off"  # "off", "once" or "caps"
        self._letter_keys: list[KeyButton] = []
        self._pad_extra: KeyButton | None = None
        self._held_letter: str | None = None
        self._long_press = QTimer(self)
        self._long_press.setSingleShot(True)
        self._long_press.setInterval(_LONG_PRESS_MS)
        self._long_press.timeout.connect(self._on_long_press)
        self._long_pressed = False
        self._height_limit: int | None = None
        self._metrics_applied: tuple[int, int, int, str] | None = None
        """(key side, unit, rows, font) the keys were last sized for."""
        self._width_limit: int | None = None
        self._focus = FocusLink(self, self._on_focus_changed)

        # Shift and "Chọn dấu" show in the theme's "checked" colours when they are on.
        self._pages = QStackedWidget(self)
        self._letters = self._build_letters()
        self._numpad = self._build_numpad()
        self.picker = DiacriticPicker(self)
        self.picker.chosen.connect(self._on_picked)
        self.picker.cancelled.connect(self._close_picker)
        for page in (self._letters, self._numpad, self.picker):
            self._pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        layout.addWidget(self._pages)
        self._apply_metrics()
        if is_text_field(QApplication.focusWidget()):
            self.set_target(QApplication.focusWidget())

    # -- public -------------------------------------------------------------------------

    def target(self) -> QWidget | None:
        """The field the keys type into (``None`` if it is gone)."""
        if self._target is not None and not shiboken6.isValid(self._target):
            self._target = None
        return self._target

    def set_target(self, widget: QWidget | None) -> None:
        """Type into ``widget`` from now on; shows the pad that suits its kind."""
        previous = self.target()
        if previous is not None and previous is not widget:
            composer_for(previous).commit()  # the word there is finished
        self._target = widget if is_text_field(widget) else None
        self.show_page("numpad" if field_kind(self._target) in NUMERIC_KINDS else "letters")

    def page(self) -> str:
        """The page shown: "letters", "numpad" or "picker"."""
        current = self._pages.currentWidget()
        if current is self._numpad:
            return "numpad"
        return "picker" if current is self.picker else "letters"

    def show_page(self, name: str) -> None:
        """Show the "letters" or "numpad" page (the picker opens from a vowel)."""
        if name == "numpad":
            extra = _NUMPAD_EXTRA.get(field_kind(self.target()), "")
            if self._pad_extra is not None:
                self._pad_extra.setText(extra)
                self._pad_extra.setAccessibleName(
                    translate("Keyboard", "Phím %1").replace("%1", extra)
                    if extra
                    else translate("Keyboard", "Trống")
                )
                self._pad_extra.setEnabled(bool(extra))
            self._pages.setCurrentWidget(self._numpad)
        else:
            self._pages.setCurrentWidget(self._letters)

    def key(self, accessible_name: str) -> KeyButton:
        """The key with that accessible name ("Phím a", "Dấu sắc", "Xoá"...) on the page shown.

        Raises:
            KeyError: no such key on the current page.
        """
        page = self._pages.currentWidget() or self
        # The Vietnamese source name finds the key in English too (names are translated).
        names = {accessible_name, translate("Keyboard", accessible_name)}
        if accessible_name.startswith("Phím "):
            # Letter keys are named from the pattern "Phím %1", not one string per letter.
            shown = accessible_name.removeprefix("Phím ")
            names.add(translate("Keyboard", "Phím %1").replace("%1", shown))
        for key in page.findChildren(KeyButton):
            if key.accessibleName() in names:
                return key
        raise KeyError(accessible_name)

    def all_keys(self) -> list[KeyButton]:
        """Every key on every page (the picker's current forms included)."""
        return self.findChildren(KeyButton)

    def set_height_limit(self, pixels: int | None) -> None:
        """Keep the keyboard at most ``pixels`` tall (``None``: its natural size).

        Keys and their fonts shrink to fit, but a key is never less than
        ``SQUEEZED_KEY_PX`` tall, so a very small limit is not met exactly.
        """
        if pixels != self._height_limit:
            self._height_limit = pixels
            self._apply_metrics()

    def set_width_limit(self, pixels: int | None) -> None:
        """Keep the keyboard at most ``pixels`` wide: keys get narrower (never under 48 px),
        so the window is never pushed wider than the screen (portrait at 200 %)."""
        if pixels != self._width_limit:
            self._width_limit = pixels
            self._apply_metrics()

    def height_limit(self) -> int | None:
        """The limit set by :meth:`set_height_limit`."""
        return self._height_limit

    def shift_state(self) -> str:
        """ "off", "once" (next letter upper case) or "caps"."""
        return self._shift

    # -- building -----------------------------------------------------------------------

    def _add(self, row: QHBoxLayout, key: KeyButton) -> KeyButton:
        row.addWidget(key, round(key.span * 10))
        return key

    def _char_key(self, parent: QWidget, row: QHBoxLayout, ch: str) -> KeyButton:
        key = self._add(
            row, KeyButton(ch, translate("Keyboard", "Phím %1").replace("%1", ch), parent)
        )
        key.clicked.connect(lambda _=False, k=key: self._on_char(k))
        if ch.isalpha():
            self._letter_keys.append(key)
            key.setProperty("letter", ch)
            if ch in _PICKABLE:
                key.pressed.connect(lambda k=key: self._on_key_down(k))
                key.released.connect(self._long_press.stop)
        return key

    def _build_letters(self) -> QWidget:
        page = QWidget(self)
        rows = QVBoxLayout(page)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(_SPACING)

        def new_row() -> QHBoxLayout:
            row = QHBoxLayout()
            row.setSpacing(_SPACING)
            rows.addLayout(row)
            return row

        digits = new_row()
        self._digit_keys = [self._char_key(page, digits, ch) for ch in "1234567890/-"]
        for letters in _LETTER_ROWS:
            row = new_row()
            if letters == _LETTER_ROWS[2]:
                self._shift_key = self._add(
                    row,
                    KeyButton("⇧", translate("Keyboard", "Chữ hoa"), page, span=1.5, role="shift"),
                )
                self._shift_key.setCheckable(True)
            for ch in letters:
                self._char_key(page, row, ch)
        self._add(row, special_key("backspace", page, 1.5))
        marks = new_row()
        for ch in _VIET_VOWELS:
            self._char_key(page, marks, ch)
        marks.addSpacing(_TONE_GAP)
        for tone, label, caption, name in _tones():
            key = self._add(marks, KeyButton(label, name, page, role="tone", caption=caption))
            key.clicked.connect(lambda _=False, t=tone: self._on_tone(t))
        bottom = new_row()
        self._add(
            bottom,
            KeyButton("123", translate("Keyboard", "Bàn phím số"), page, span=1.5, role="mode"),
        )
        pick = KeyButton(
            translate("Keyboard", "Chọn dấu"),
            translate("Keyboard", "Chọn dấu"),
            page,
            span=2,
            role="pick",
        )
        self._pick = self._add(bottom, pick)
        self._pick.setCheckable(True)
        for ch in ",@":  # "@" for e-mail addresses
            self._char_key(page, bottom, ch)
        self._add(
            bottom,
            KeyButton(
                "",
                translate("Keyboard", "Dấu cách"),
                page,
                span=2.5,
                role="space",
                caption=translate("Keyboard", "dấu cách"),
            ),
        )
        self._char_key(page, bottom, ".")
        self._add(bottom, special_key("enter", page, 2))
        self._add(bottom, special_key("hide", page))
        self._connect_specials(page)
        return page

    def _build_numpad(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(_SPACING)
        for i, ch in enumerate("123456789"):
            key = KeyButton(ch, translate("Keyboard", "Phím %1").replace("%1", ch), page)
            key.clicked.connect(lambda _=False, k=key: self._on_char(k))
            grid.addWidget(key, i // 3, i % 3)
        zero = KeyButton("0", translate("Keyboard", "Phím %1").replace("%1", "0"), page)
        zero.clicked.connect(lambda _=False, k=zero: self._on_char(k))
        grid.addWidget(zero, 3, 1)
        letters = KeyButton("ABC", translate("Keyboard", "Bàn phím chữ"), page, role="mode")
        grid.addWidget(letters, 3, 0)
        self._pad_extra = KeyButton("", translate("Keyboard", "Trống"), page)
        self._pad_extra.clicked.connect(lambda: self._on_char(self._pad_extra))
        grid.addWidget(self._pad_extra, 3, 2)
        grid.addWidget(special_key("backspace", page), 0, 3)
        grid.addWidget(special_key("enter", page), 1, 3, 2, 1)
        grid.addWidget(special_key("hide", page), 3, 3)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self._connect_specials(page)
        return page

    def _connect_specials(self, page: QWidget) -> None:
        actions = {
            "backspace": self._on_backspace,
            "shift": self._on_shift,
            "space": lambda: self._type(" "),
            "enter": self._on_enter,
            "hide": self.hide_requested.emit,
            "mode": self._on_mode,
        }
        for key in page.findChildren(KeyButton):
            action = actions.get(str(key.property("keyRole")))
            if action is not None:
                key.clicked.connect(action)

    def _apply_metrics(self) -> None:
        font, side = self.font(), key_side(self.font())
        if self._height_limit is not None:
            # Fit the letters page in the limit. The labels keep the text size the resident
            # chose; a key's label shrinks only where it no longer fits (KeyButton).
            rows = _ROWS
            fitted = (self._height_limit - 2 * _MARGIN - (rows - 1) * _SPACING) // rows
            if fitted < SQUEEZED_KEY_PX:
                # Too little room for six rows of touch-sized keys: the digits row goes
                # (digits stay on the "123" page) before the keys get smaller than 48 px.
                rows -= 1
                fitted = (self._height_limit - 2 * _MARGIN - (rows - 1) * _SPACING) // rows
            side = max(SQUEEZED_KEY_PX, min(side, fitted))
        else:
            rows = _ROWS
        for key in self._digit_keys:
            key.setVisible(rows == _ROWS)
        unit = side  # a standard key's width: the widest row is 12 keys (and a gap) wide
        if self._width_limit is not None:
            room = self._width_limit - 2 * _MARGIN - 11 * _SPACING - _TONE_GAP
            unit = max(MIN_KEY_PX, min(side, room // 12))
        self.picker.apply_metrics(side, font)
        applied = (side, unit, rows, font.key())
        if applied == self._metrics_applied:
            return  # showing a page sets both limits, often to what they were: nothing to do
        self._metrics_applied = applied
        for key in self.findChildren(KeyButton):
            key.apply_metrics(side, font, unit)
        self.setMaximumHeight(side * rows + (rows - 1) * _SPACING + 2 * _MARGIN)
        # Hidden pages keep cached size hints: drop them so the host sees the new size.
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The font is final only once polished (app font, style sheets): size keys then,
        # and again whenever the font changes (a larger-text setting).
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange):
            self._apply_metrics()
        return handled

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._focus.connect()  # follow focus only while shown; see ui.input._focus
        if self.target() is None and is_text_field(QApplication.focusWidget()):
            self.set_target(QApplication.focusWidget())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self._focus.disconnect()

    # -- typing -------------------------------------------------------------------------

    def _type(self, text: str) -> None:
        target = self.target()
        if target is None:
            return
        typer = getattr(target, "type_text", None)
        if callable(typer):
            typer(text)
        else:
            composer_for(target).type_text(text)

    def _on_char(self, key: KeyButton | None) -> None:
        if key is None or not key.text():
            return
        if self._long_pressed:  # the hold opened the picker; the release types nothing
            self._long_pressed = False
            return
        letter = str(key.property("letter") or "")
        if letter and self._pick.isChecked() and letter in _PICKABLE:
            self._open_picker(letter)
            return
        text = key.text()
        if letter and (letter in _VIET_VOWELS or letter == "đ"):
            # A ready-made letter: inserted as is, later keys still act on it.
            target = self.target()
            if target is not None:
                composer_for(target).insert_literal(text)
        else:
            self._type(text)
        if letter and self._shift == "once":
            self._set_shift("off")

    def _on_tone(self, tone: int) -> None:
        target = self.target()
        if target is not None and field_kind(target) not in NUMERIC_KINDS:
            composer_for(target).apply_tone(tone)

    def _on_backspace(self) -> None:
        target = self.target()
        if target is not None:
            composer_for(target).backspace()

    def _on_enter(self) -> None:
        target = self.target()
        if target is not None:
            composer_for(target).commit()
            for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(etype, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
                QApplication.sendEvent(target, event)
        self.enter_pressed.emit()

    def _on_mode(self) -> None:
        self.show_page("letters" if self.page() == "numpad" else "numpad")

    # -- shift --------------------------------------------------------------------------

    def _on_shift(self) -> None:
        self._set_shift({"off": "once", "once": "caps", "caps": "off"}[self._shift])

    def _set_shift(self, state: str) -> None:
        self._shift = state
        upper = state != "off"
        for key in self._letter_keys:
            letter = str(key.property("letter"))
            shown = letter.upper() if upper else letter
            key.setText(shown)
            key.setAccessibleName(translate("Keyboard", "Phím %1").replace("%1", shown))
        shift = self._shift_key
        shift.setChecked(state != "off")
        shift.setText({"off": "⇧", "once": "⬆", "caps": "⇪"}[state])
        shift.setAccessibleName(translate("Keyboard", "Chữ hoa"))
        shift.setAccessibleDescription(
            {
                "off": translate("Keyboard", "Tắt"),
                "once": translate("Keyboard", "Chữ hoa một lần"),
                "caps": translate("Keyboard", "Luôn chữ hoa"),
            }[state]
        )

    # -- picker -------------------------------------------------------------------------

    def _on_key_down(self, key: KeyButton) -> None:
        self._held_letter = str(key.property("letter"))
        self._long_pressed = False
        self._long_press.start()

    def _on_long_press(self) -> None:
        if self._held_letter:
            self._long_pressed = True
            self._open_picker(self._held_letter)

    def _open_picker(self, letter: str) -> None:
        shown = letter.upper() if self._shift != "off" else letter
        self.picker.show_vowel(shown)
        self._pages.setCurrentWidget(self.picker)

    def _on_picked(self, form: str) -> None:
        target = self.target()
        if target is not None:
            composer_for(target).insert_literal(form)
        if self._shift == "once":
            self._set_shift("off")
        self._close_picker()

    def _close_picker(self) -> None:
        self._pick.setChecked(False)
        self._pages.setCurrentWidget(self._letters)

    # -- focus --------------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self.isAncestorOf(new):
            return
        if is_text_field(new):
            self.set_target(new)
        else:
            previous = self.target()
            if previous is not None:
                composer_for(previous).commit()
            self._target = None
