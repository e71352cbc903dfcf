"""Drivers for the walkthrough tests: a person at the keyboard, or a finger on the touch screen.

``Keys`` only sends key events (Tab, Space, Enter, typing at human speed, Vietnamese
through Telex keys); ``Finger`` only sends mouse clicks (text by tapping the
on-screen keyboard's keys). Both fill one input widget from a sample answer.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

import forms
from kiosk.clock import system_clock
from tests.forms.samples import SAMPLES, TODAY_ISO
from tests.ui._kiosk import key_for

_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_SHAPES = {
    ("a", "\u0302"): "a",
    ("a", "\u0306"): "w",
    ("e", "\u0302"): "e",
    ("o", "\u0302"): "o",
    ("o", "\u031b"): "w",
    ("u", "\u031b"): "w",
}
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def telex_keys(text: str) -> str:
    """The Telex keys a person presses for ``text`` ("Nguyễn" -> "Nguyeenx"), tone last."""
    words = []
    for word in unicodedata.normalize("NFC", text).split(" "):
        keys, tone = [], ""
        for ch in word:
            if ch in "đĐ":
                keys.append("dd" if ch == "đ" else "DD")
                continue
            base, *marks = unicodedata.normalize("NFD", ch)
            out = base
            for mark in marks:
                if mark in _TONES:
                    tone = _TONES[mark]
                else:
                    extra = _SHAPES[(base.lower(), mark)]
                    out = base + (extra.upper() if base.isupper() and extra != "w" else extra)
            keys.append(out)
        core = "".join(keys)
        end = len(core)
        while end and not core[end - 1].isalpha():
            end -= 1
        words.append(core[:end] + tone + core[end:])
    return " ".join(words)


# -- sample answers, as of today -----------------------------------------------------------


def _shift(value: Any, days: int) -> Any:
    if isinstance(value, str) and (m := _DMY.match(value)):
        date = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) + dt.timedelta(days)
        return date.strftime("%d/%m/%Y")
    if isinstance(value, list):
        return [_shift(v, days) for v in value]
    if isinstance(value, dict):
        return {k: _shift(v, days) for k, v in value.items()}
    return value


def sample_answers(code: str, files: dict[str, Path], definition: Any) -> dict[str, Any]:
    """The valid sample answers of a procedure, dates moved so they are as valid today.

    Attachments become real files (``files`` by extension) accepted by the field.
    """
    days = (system_clock().today() - dt.date.fromisoformat(TODAY_ISO)).days
    sample = dict(SAMPLES[code])
    # Event dates move with today; a birth date stays when its person's ID number (which
    # encodes the birth year) is given.
    answers = {
        k: v if k.endswith("_dob") and f"{k[:-4]}_id_number" in sample else _shift(v, days)
        for k, v in sample.items()
    }
    for field in definition.all_fields().values():
        if str(field.type) == "attachment" and field.id in answers:
            accept = _accepted(definition, field)
            answers[field.id] = files["png"] if "image/png" in accept else files["pdf"]
    return answers


def _accepted(definition: Any, field: Any) -> list[str]:
    spec = field.attachment
    if spec.accept:
        return list(spec.accept)
    for doc in definition.required_documents:
        if doc.kind == spec.kind and doc.accept:
            return list(doc.accept)
    return ["application/pdf", "image/jpeg", "image/png"]


def typed_text(field: Any, value: Any) -> str:
    """What a person types for a text-like answer: dates d/m/y, phones as digits."""
    kind = str(field.type)
    canonical = forms.normalize_value(field, value)
    if kind == "date" and isinstance(canonical, str) and len(canonical) == 10:
        return f"{canonical[8:10]}/{canonical[5:7]}/{canonical[0:4]}"
    if kind in ("phone", "personal_id", "number", "date"):
        return str(canonical)
    return forms.normalize(str(value))


def document_photo(title: str = "GIẤY CHỨNG SINH") -> Any:
    """A photographed sheet: white paper with lines of print on a dark desk (a real QImage)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    image.fill(QColor(60, 55, 50))
    painter = QPainter(image)
    paper = QRect(240, 40, 800, 640)
    painter.fillRect(paper, QColor(245, 245, 240))
    painter.setPen(QColor(20, 20, 20))
    painter.setFont(QFont("Be Vietnam Pro", 26, QFont.Weight.Bold))
    painter.drawText(paper.adjusted(0, 30, 0, 0), Qt.AlignmentFlag.AlignHCenter, title)
    painter.setFont(QFont("Be Vietnam Pro", 16))
    for n in range(14):
        painter.drawText(280, 160 + n * 34, f"Dòng {n + 1}: họ tên, ngày sinh, nơi sinh ......")
    painter.end()
    return image


def show_to_camera(widget: Any, image: Any) -> None:
    """Hold a sheet in front of the camera: its frame goes through the camera's video sink."""
    from PySide6.QtMultimedia import QVideoFrame, QVideoSink

    camera = widget.document_camera
    if camera.sink is None:  # no camera on this machine: the same sink path, fed by the test
        camera.attach_sink(QVideoSink(camera))
    camera.sink.setVideoFrame(QVideoFrame(image))


def accepts_photo(definition: Any, field: Any) -> bool:
    """Whether a photo (PNG) is accepted for this document (else it is handed in on paper)."""
    return "image/png" in _accepted(definition, field)


def search_text(label: str) -> str:
    """What a person types to find a list row: the label without diacritics."""
    return forms.fold(label)


# -- the keyboard ----------------------------------------------------------------------------


class Keys:
    """A person at a physical keyboard: key events to the focused widget, ~100 ms apart."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.now = 20_000_000
        self.photo_ok = True  # the document being filled takes a photo (else: paper to staff)
        self.inputs = 0
        """Keys pressed (a key with Shift or Ctrl is one)."""

    def press(self, key: Any, text: str = "", mods: Any = None) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        mods = Qt.KeyboardModifier.NoModifier if mods is None else mods
        self.inputs += 1
        if not text or not text.isprintable() or text == " ":
            # Before moving around (Tab, arrows, Enter, Space) a person has seen the screen
            # laid out; typing within a field needs no fresh look (and keeps the suite fast).
            QApplication.processEvents()
        self.now += 100  # human typing: never mistaken for a wedge scanner's burst
        # Qt delivers a key to the focused widget, or to the active window when none is.
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "the kiosk window is not active"
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(etype, key, mods, text)
            event.setTimestamp(self.now)
            QApplication.sendEvent(target, event)  # the release goes where the press went

    def type(self, text: str) -> None:
        for ch in text:
            key, mods = key_for(ch)
            self.press(key, ch, mods)

    def type_vietnamese(self, text: str) -> None:
        """Type through Telex keys: no input method, no pasted text."""
        self.type(telex_keys(text))

    def enter(self) -> None:
        from PySide6.QtCore import Qt

        self.press(Qt.Key.Key_Return, "\r")

    def tab_to(self, widget: Any, limit: int = 200) -> None:
        """Press Tab until ``widget`` has the focus (it must be reachable by Tab)."""
        self.tab_to_any([widget], limit)

    def tab_to_any(self, widgets: list[Any], limit: int = 200) -> Any:
        """Press Tab until one of ``widgets`` has the focus; return it."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        for _ in range(limit):
            focus = QApplication.focusWidget()
            if any(focus is w for w in widgets):
                return focus
            self.press(Qt.Key.Key_Tab, "\t")
        raise AssertionError(f"Tab never reached {widgets[0].accessibleName()!r}")

    def choose(self, buttons: list[Any], target: Any) -> None:
        """One of an exclusive group: Tab into the group, arrows to the choice, Space."""
        from PySide6.QtCore import Qt

        focus = self.tab_to_any(buttons)
        for _ in range(len(buttons)):
            if focus is target:
                break
            down = buttons.index(target) > buttons.index(focus)
            self.press(Qt.Key.Key_Down if down else Qt.Key.Key_Up)
            focus = next(b for b in buttons if b.hasFocus())
        assert target.hasFocus(), "the arrows never reached the choice"
        if not target.isChecked():
            self.press(Qt.Key.Key_Space, " ")

    def select_all_and_delete(self) -> None:
        from PySide6.QtCore import Qt

        self.press(Qt.Key.Key_A, "\x01", Qt.KeyboardModifier.ControlModifier)
        self.press(Qt.Key.Key_Backspace, "\b")

    def activate(self, button: Any) -> None:
        """Tab to a button (or check box) and press Space."""
        from PySide6.QtCore import Qt

        self.tab_to(button)
        self.press(Qt.Key.Key_Space, " ")

    def fill(self, widget: Any, field: Any, value: Any) -> None:
        """Fill one input widget the way a keyboard user does; leaves the focus in it."""
        from ui.screens._address_input import AddressInput
        from ui.screens._field_widgets import ChoiceInput, ListInput, TextInput
        from ui.screens._group_input import AttachmentInput, GroupInput

        canonical = forms.normalize_value(field, value)
        if isinstance(widget, TextInput):
            self.tab_to(widget.edit)
            self.select_all_and_delete()  # a default (e.g. "Việt Nam") is typed over
            text = typed_text(field, value)
            if str(field.type) in ("text", "person_name", "email"):
                self.type_vietnamese(text)
            else:
                self.type(text)
        elif isinstance(widget, ChoiceInput):
            self.choose(list(widget.buttons.values()), widget.buttons[canonical])
        elif isinstance(widget, ListInput):
            self.tab_to(widget.filter)
            label = next(o.label for o in field.options if o.value == canonical)
            self.type(search_text(label))
            # Enter takes the first match (and, in the wizard, moves on).
        elif isinstance(widget, AddressInput):
            self.tab_to(widget.commune.filter)
            self.type(search_text(canonical["commune_name"]).removeprefix("phuong "))
            self.enter()  # first match, then the cursor goes to the street
            assert widget.street.hasFocus()
            self.select_all_and_delete()  # a street filled in already is typed over
            self.type_vietnamese(canonical["street"])
        elif isinstance(widget, AttachmentInput):
            if widget.choose.isVisible():
                self.activate(widget.choose)
            elif self.photo_ok:
                self.activate(widget.camera)
                show_to_camera(widget, document_photo())
                self.activate(widget.document_camera.shoot)
            else:
                self.activate(widget.paper)
        elif isinstance(widget, GroupInput):
            subs = {s.id: s for s in field.fields}
            for n, item in enumerate(value):
                if n >= len(widget.items):
                    self.activate(widget.add)
                entry = widget.items[n]
                for key, sub_value in item.items():
                    self.fill(entry.inputs[key], subs[key], sub_value)
        else:
            raise AssertionError(f"no keyboard driver for {type(widget).__name__}")


# -- the touch screen ------------------------------------------------------------------------


class Finger:
    """A finger on the touch screen: mouse clicks only; text by tapping on-screen keys."""

    TYPEABLE = frozenset("abcdefghijklmnopqrstuvwxyz1234567890/-,. ")

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.keyboard: Any = None  # the OnScreenKeyboard of the page being filled
        self.photo_ok = True  # the document being filled takes a photo (else: paper to staff)
        self.inputs = 0
        """Taps (each on-screen key is one) and scans (one each)."""

    def click(self, widget: Any, pos: Any = None, *, look: bool = True) -> None:
        """Tap ``widget``; ``look``: let the screen settle first (not between two key taps)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        if look:
            QApplication.processEvents()  # a person taps what is laid out on screen
        assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
        self.inputs += 1
        where = widget.rect().center() if pos is None else pos
        if look:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
            return
        # Key taps in a row: the same press and release, straight to the key (QTest's
        # round trip through the window system repaints the whole screen at every tap).
        from PySide6.QtCore import QEvent, QPointF
        from PySide6.QtGui import QMouseEvent

        local = QPointF(where)
        for etype in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            event = QMouseEvent(
                etype,
                local,
                QPointF(widget.mapToGlobal(where)),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton
                if etype == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(widget, event)

    def tick(self, box: Any) -> None:
        """Tap a check box on its box (the left end), not in the empty middle."""
        from PySide6.QtCore import QPoint

        self.click(box, QPoint(12, box.height() // 2))

    def scan(self, payload: str) -> None:
        """Hold an ID card under the keyboard-wedge scanner: one input."""
        from tests.ui._kiosk import WedgeKeys

        WedgeKeys().scan(payload)
        self.inputs += 1

    def row_in_view(self, view: Any, value: Any) -> bool:
        """Whether the row holding ``value`` shows in the list without scrolling."""
        from PySide6.QtCore import Qt

        for row in range(view.count()):
            item = view.item(row)
            if not item.isHidden() and item.data(Qt.ItemDataRole.UserRole) == value:
                rect = view.visualItemRect(item)
                return bool(view.viewport().rect().contains(rect.center()))
        return False

    def pick_row(self, view: Any, filter_edit: Any, value: Any, search: str) -> None:
        """Tap the row of ``value``: straight away when it shows, else after typing a filter."""
        if not self.row_in_view(view, value):
            self.type_into(filter_edit, search, telex=False)
        self.tap_row(view, value)

    def tap_row(self, view: Any, value: Any) -> None:
        """Tap the list row holding ``value`` (it must be in view)."""
        from PySide6.QtCore import Qt

        for row in range(view.count()):
            item = view.item(row)
            if not item.isHidden() and item.data(Qt.ItemDataRole.UserRole) == value:
                rect = view.visualItemRect(item)
                assert view.viewport().rect().contains(rect.center()), "row not in view"
                self.click(view.viewport(), rect.center())
                return
        raise AssertionError(f"no visible row {value!r}")

    def can_type(self, text: str) -> bool:
        return all(ch.lower() in self.TYPEABLE for ch in telex_keys(text))

    def tap_text(self, text: str, *, telex: bool = True) -> None:
        """Tap the keys that type ``text`` (Vietnamese through the Telex keys)."""
        keys = telex_keys(text) if telex else text
        for ch in keys:
            if ch == " ":
                self.click(self.keyboard.key("Dấu cách"), look=False)
                continue
            if ch.isupper():
                self.click(self.keyboard.key("Chữ hoa"), look=False)
            key = self.keyboard.key(f"Phím {ch}")
            if not key.isVisible() and ch.isdigit():
                # A short screen: the letters page drops its digits row; they are on "123".
                self.click(self.keyboard.key("Bàn phím số"), look=False)
                self.click(self.keyboard.key(f"Phím {ch}"), look=False)
                self.click(self.keyboard.key("Bàn phím chữ"), look=False)
                continue
            self.click(key, look=False)

    def type_into(self, edit: Any, text: str, *, telex: bool = True) -> None:
        """Tap the field (the keyboard comes up), clear it, tap the keys."""
        self.click(edit)
        assert self.keyboard.isVisible() and self.keyboard.target() is edit
        while edit.text():
            self.click(self.keyboard.key("Xoá"), look=False)
        self.tap_text(text, telex=telex)

    def tap_date(self, widget: Any, field: Any, value: Any) -> None:
        """Pick a date on the day buttons (« » years, ‹ › months), or type it when that is
        fewer taps (a birth date decades ago)."""
        day = dt.date.fromisoformat(forms.normalize_value(field, value))
        total = (day.year * 12 + day.month) - (widget.month.year * 12 + widget.month.month)
        years = int(total / 12)
        months = total - 12 * years
        typed = typed_text(field, value)
        if abs(years) + abs(months) + 1 > len(typed) + 1:
            self.type_into(widget.edit, typed, telex=False)
            return
        for _ in range(abs(years)):
            self.click(widget.year_back if years < 0 else widget.year_on)
        for _ in range(abs(months)):
            self.click(widget.previous if months < 0 else widget.following)
        self.click(widget.days[day])

    def fill(self, widget: Any, field: Any, value: Any, offers: Any = None) -> None:
        """Fill one input widget by touch only (``offers``: answer buttons offered above it)."""
        from ui.screens._address_input import AddressInput
        from ui.screens._field_widgets import ChoiceInput, ListInput, TextInput
        from ui.screens._group_input import AttachmentInput, GroupInput
        from ui.screens._pickers import DateInput, PlaceInput

        canonical = forms.normalize_value(field, value)
        offered = next(
            (b for t, b in (offers or {}).items() if forms.same_text(t, str(canonical))), None
        )
        if offered is not None:
            self.click(offered)
        elif isinstance(widget, DateInput):
            self.tap_date(widget, field, value)
        elif isinstance(widget, PlaceInput):
            from PySide6.QtCore import Qt

            role = Qt.ItemDataRole.UserRole
            names = [widget.list.item(r).data(role) for r in range(widget.list.count())]
            if canonical in names:
                self.pick_row(widget.list, widget.edit, canonical, search_text(canonical))
            else:
                self.type_into(widget.edit, typed_text(field, value))
        elif isinstance(widget, TextInput):
            kind = str(field.type)
            self.type_into(
                widget.edit,
                typed_text(field, value),
                telex=kind in ("text", "person_name", "email"),
            )
        elif isinstance(widget, ChoiceInput):
            self.click(widget.buttons[canonical])
        elif isinstance(widget, ListInput):
            label = next(o.label for o in field.options if o.value == canonical)
            self.pick_row(widget.list, widget.filter, canonical, search_text(label))
        elif isinstance(widget, AddressInput):
            name = search_text(canonical["commune_name"]).removeprefix("phuong ")
            commune = widget.commune
            self.pick_row(commune.list, commune.filter, canonical["commune_code"], name)
            self.type_into(widget.street, canonical["street"])
        elif isinstance(widget, AttachmentInput):
            if widget.choose.isVisible():
                self.click(widget.choose)
            elif self.photo_ok:
                self.click(widget.camera)
                show_to_camera(widget, document_photo())
                self.click(widget.document_camera.shoot)
            else:
                self.click(widget.paper)
        elif isinstance(widget, GroupInput):
            subs = {s.id: s for s in field.fields}
            for n, item in enumerate(value):
                if n >= len(widget.items):
                    self.click(widget.add)
                entry = widget.items[n]
                for key, sub_value in item.items():
                    self.fill(entry.inputs[key], subs[key], sub_value)
        else:
            raise AssertionError(f"no touch driver for {type(widget).__name__}")
