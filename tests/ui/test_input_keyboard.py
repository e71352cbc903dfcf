"""OnScreenKeyboard and KeyboardHost: touch typing (mouse clicks only, no key events)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.text import compose
from ui.input import (
    MIN_KEY_PX,
    InputMethodSwitch,
    KeyboardHost,
    OnScreenKeyboard,
    VietLineEdit,
    VietPlainTextEdit,
    set_default_input_method,
)

NAME = "Nguyễn Thị Ánh Tuyết"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _telex() -> Iterator[None]:
    set_default_input_method("telex")
    yield
    set_default_input_method("telex")


@pytest.fixture
def keyboard(qtbot) -> OnScreenKeyboard:  # type: ignore[no-untyped-def]
    kb = OnScreenKeyboard()
    qtbot.addWidget(kb)
    kb.show()
    qtbot.waitExposed(kb)
    return kb


@pytest.fixture
def field(qtbot, keyboard: OnScreenKeyboard) -> VietLineEdit:  # type: ignore[no-untyped-def]
    edit = VietLineEdit()
    qtbot.addWidget(edit)
    keyboard.set_target(edit)
    return edit


def tap(qtbot, kb: OnScreenKeyboard, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kb.key(name), LEFT)


def tap_text(qtbot, kb: OnScreenKeyboard, text: str) -> None:  # type: ignore[no-untyped-def]
    """Tap the keys for ``text`` the way a person would: shift before a capital."""
    for ch in text:
        if ch == " ":
            tap(qtbot, kb, "Dấu cách")
        elif ch.isupper():
            tap(qtbot, kb, "Chữ hoa")
            tap(qtbot, kb, f"Phím {ch}")
        else:
            tap(qtbot, kb, f"Phím {ch}")


def test_telex_taps_type_the_full_name(qtbot, keyboard, field) -> None:
    keys = "Nguyeenx Thij Asnh Tuyeets"
    tap_text(qtbot, keyboard, keys)
    assert field.text() == NAME == compose(keys, "telex")


def test_vni_taps_type_the_full_name(qtbot, keyboard, field) -> None:
    set_default_input_method("vni")
    keys = "Nguye64n Thi5 A1nh Tuye61t"
    tap_text(qtbot, keyboard, keys)
    assert field.text() == NAME == compose(keys, "vni")


def test_tone_keys_picker_and_vowel_keys_without_telex(qtbot, keyboard, field) -> None:
    """Someone who knows no Telex: letters, the picker for ễ and Á, ê key, tone keys."""
    set_default_input_method("off")
    tap_text(qtbot, keyboard, "Nguy")
    tap(qtbot, keyboard, "Chọn dấu")
    tap(qtbot, keyboard, "Phím e")
    assert keyboard.page() == "picker"
    qtbot.mouseClick(keyboard.picker.button_for("ễ"), LEFT)
    assert keyboard.page() == "letters"
    tap_text(qtbot, keyboard, "n Thi")
    tap(qtbot, keyboard, "Dấu nặng")
    tap(qtbot, keyboard, "Dấu cách")
    tap(qtbot, keyboard, "Chữ hoa")
    tap(qtbot, keyboard, "Chọn dấu")
    tap(qtbot, keyboard, "Phím A")
    qtbot.mouseClick(keyboard.picker.button_for("Á"), LEFT)
    tap_text(qtbot, keyboard, "nh Tuy")
    tap(qtbot, keyboard, "Phím ê")
    tap(qtbot, keyboard, "Phím t")
    tap(qtbot, keyboard, "Dấu sắc")
    assert field.text() == NAME


def test_tone_keys_replace_and_remove_a_tone(qtbot, keyboard, field) -> None:
    set_default_input_method("off")
    tap_text(qtbot, keyboard, "hoa")
    tap(qtbot, keyboard, "Dấu huyền")
    assert field.text() == "hòa"
    tap(qtbot, keyboard, "Dấu hỏi")
    assert field.text() == "hỏa"
    tap(qtbot, keyboard, "Xoá dấu")
    assert field.text() == "hoa"


def test_backspace_key_works_with_the_composer(qtbot, keyboard, field) -> None:
    tap_text(qtbot, keyboard, "tieengs")
    tap(qtbot, keyboard, "Xoá")
    assert field.text() == "tiến"
    tap_text(qtbot, keyboard, "g")
    assert field.text() == "tiếng"


def test_long_press_on_a_vowel_opens_the_picker(qtbot, keyboard, field) -> None:
    key = keyboard.key("Phím o")
    qtbot.mousePress(key, LEFT)
    qtbot.waitUntil(lambda: keyboard.page() == "picker", timeout=3000)
    qtbot.mouseRelease(key, LEFT)
    assert field.text() == ""  # the hold typed nothing by itself
    assert [b.text() for b in keyboard.picker.buttons][:6] == ["o", "ó", "ò", "ỏ", "õ", "ọ"]
    qtbot.mouseClick(keyboard.picker.button_for("ờ"), LEFT)
    assert field.text() == "ờ"


def test_picker_cancel_types_nothing(qtbot, keyboard, field) -> None:
    tap(qtbot, keyboard, "Chọn dấu")
    tap(qtbot, keyboard, "Phím d")
    assert [b.text() for b in keyboard.picker.buttons] == ["d", "đ"]
    tap(qtbot, keyboard, "Quay lại")
    assert keyboard.page() == "letters"
    assert field.text() == ""


def test_shift_is_one_shot_then_caps(qtbot, keyboard, field) -> None:
    tap(qtbot, keyboard, "Chữ hoa")
    assert keyboard.shift_state() == "once"
    tap(qtbot, keyboard, "Phím A")
    tap(qtbot, keyboard, "Phím b")
    assert keyboard.shift_state() == "off"
    tap(qtbot, keyboard, "Chữ hoa")
    tap(qtbot, keyboard, "Chữ hoa")
    assert keyboard.shift_state() == "caps"
    tap(qtbot, keyboard, "Phím C")
    tap(qtbot, keyboard, "Phím D")
    assert field.text() == "AbCD"


@pytest.mark.parametrize(("kind", "extra"), [("numeric", ""), ("phone", "+"), ("date", "/")])
def test_numeric_fields_get_the_number_pad(qtbot, keyboard, kind: str, extra: str) -> None:
    edit = VietLineEdit(kind=kind)
    qtbot.addWidget(edit)
    keyboard.set_target(edit)
    assert keyboard.page() == "numpad"
    for ch in "0123":
        tap(qtbot, keyboard, f"Phím {ch}")
    if extra:
        tap(qtbot, keyboard, f"Phím {extra}")
    tap(qtbot, keyboard, "Phím 9")
    tap(qtbot, keyboard, "Xoá")
    assert edit.text() == "0123" + extra
    keyboard.set_target(VietLineEdit(parent=keyboard))
    assert keyboard.page() == "letters"


def test_keyboard_follows_focus(qtbot, keyboard) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    name, id_number = VietLineEdit(), VietLineEdit(kind="numeric")
    layout.addWidget(name)
    layout.addWidget(id_number)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    id_number.setFocus()
    qtbot.waitUntil(lambda: keyboard.target() is id_number)
    assert keyboard.page() == "numpad"
    tap(qtbot, keyboard, "Phím 0")
    name.setFocus()
    qtbot.waitUntil(lambda: keyboard.target() is name)
    assert keyboard.page() == "letters"
    tap(qtbot, keyboard, "Phím a")
    assert (name.text(), id_number.text()) == ("a", "0")
    assert name.hasFocus()  # tapping keys never moves focus away from the field


def test_plain_line_edit_and_multiline_field(qtbot, keyboard) -> None:
    plain = QLineEdit()
    qtbot.addWidget(plain)
    keyboard.set_target(plain)
    tap_text(qtbot, keyboard, "vieetj")
    assert plain.text() == "việt"
    area = VietPlainTextEdit()
    qtbot.addWidget(area)
    keyboard.set_target(area)
    tap_text(qtbot, keyboard, "soos")
    tap(qtbot, keyboard, "Phím Enter")
    tap_text(qtbot, keyboard, "5")
    assert area.text() == "số\n5"


def test_enter_key_reaches_the_field(qtbot, keyboard, field) -> None:
    with qtbot.waitSignals([field.returnPressed, keyboard.enter_pressed]):
        tap(qtbot, keyboard, "Phím Enter")


def test_every_key_has_an_accessible_name_and_touch_size(qtbot, keyboard) -> None:
    keys = keyboard.all_keys()
    assert all(k.accessibleName() for k in keys)
    names = {k.accessibleName() for k in keys}
    assert {"Phím a", "Phím đ", "Dấu sắc", "Dấu huyền", "Dấu hỏi", "Dấu ngã", "Dấu nặng"} <= names
    assert {"Xoá dấu", "Xoá", "Chữ hoa", "Dấu cách", "Phím Enter", "Chọn dấu"} <= names
    visible = [k for k in keys if k.isVisible()]
    assert len(visible) > 40
    for key in visible:
        assert key.width() >= MIN_KEY_PX and key.height() >= MIN_KEY_PX, key.accessibleName()
    assert all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keys)


def test_keys_grow_with_the_font(qtbot, keyboard) -> None:
    small = keyboard.key("Phím a").minimumHeight()
    font = QFont(keyboard.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    keyboard.setFont(font)
    assert keyboard.key("Phím a").minimumHeight() > small * 1.5


def _form(rows: int) -> tuple[QWidget, list[VietLineEdit]]:
    page = QWidget()
    layout = QVBoxLayout(page)
    fields = []
    for i in range(rows):
        layout.addWidget(QLabel(f"Trường {i + 1}"))
        edit = VietLineEdit()
        layout.addWidget(edit)
        fields.append(edit)
    return page, fields


def _rect_in(host: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(host, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("index", [0, 9, 19])
def test_keyboard_never_covers_the_focused_field(qtbot, index: int) -> None:
    page, fields = _form(20)
    host = KeyboardHost(page)
    qtbot.addWidget(host)
    host.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    target = fields[index]
    host.show_keyboard(target)
    assert host.keyboard.isVisible()
    assert host.keyboard.target() is target
    field_rect = _rect_in(host, target)
    keyboard_rect = host.keyboard.geometry()
    viewport = _rect_in(host, host.scroll_area.viewport())
    assert not field_rect.intersects(keyboard_rect)
    assert viewport.contains(field_rect)
    assert keyboard_rect.bottom() <= host.rect().bottom()


def _question_form(rows: int) -> tuple[QWidget, list[QLabel], list[VietLineEdit]]:
    """Rows as the wizard builds them: a question label (role "answer") above its field."""
    page = QWidget()
    layout = QVBoxLayout(page)
    labels, fields = [], []
    for i in range(rows):
        row = QWidget(page)
        column = QVBoxLayout(row)
        label = QLabel(f"Câu hỏi {i + 1}: họ, chữ đệm và tên của người mẹ", row)
        label.setProperty("role", "answer")
        label.setWordWrap(True)
        big = QFont(label.font())
        big.setPixelSize(44)  # the question at 200 %: two lines, taller than the scroll margin
        label.setFont(big)
        edit = VietLineEdit()
        column.addWidget(label)
        column.addWidget(edit)
        layout.addWidget(row)
        labels.append(label)
        fields.append(edit)
    return page, labels, fields


@pytest.mark.parametrize("index", [0, 9, 15])
def test_the_question_stays_in_view_above_the_keyboard(qtbot, index: int) -> None:
    page, labels, fields = _question_form(20)
    host = KeyboardHost(page)
    qtbot.addWidget(host)
    host.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    bar = host.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # the page was read to its end: revealing scrolls back up
    host.show_keyboard(fields[index])
    viewport = _rect_in(host, host.scroll_area.viewport())
    assert viewport.contains(_rect_in(host, fields[index]))
    assert viewport.contains(_rect_in(host, labels[index])), "the question is cut off"


def test_field_stays_visible_when_the_window_shrinks(qtbot) -> None:
    page, fields = _form(12)
    host = KeyboardHost(page)
    qtbot.addWidget(host)
    host.resize(900, 900)
    host.show()
    qtbot.waitExposed(host)
    host.show_keyboard(fields[-1])
    host.resize(900, 600)
    qtbot.waitUntil(lambda: host.height() == 600)
    field_rect = _rect_in(host, fields[-1])
    assert _rect_in(host, host.scroll_area.viewport()).contains(field_rect)
    assert not field_rect.intersects(host.keyboard.geometry())


def test_focus_shows_the_keyboard_and_hide_key_hides_it(qtbot) -> None:
    page, fields = _form(3)
    host = KeyboardHost(page)
    qtbot.addWidget(host)
    host.resize(900, 700)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    assert not host.keyboard.isVisible()
    fields[2].setFocus()
    qtbot.waitUntil(host.keyboard.isVisible)
    tap(qtbot, host.keyboard, "Phím a")
    assert fields[2].text() == "a"
    tap(qtbot, host.keyboard, "Ẩn bàn phím")
    assert not host.keyboard.isVisible()


def test_large_text_keyboard_keeps_keys_apart_and_field_visible(qtbot) -> None:
    page, fields = _form(15)
    host = KeyboardHost(page)
    qtbot.addWidget(host)
    font = QFont(host.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    host.setFont(font)
    host.resize(1600, 1200)
    host.show()
    qtbot.waitExposed(host)
    host.show_keyboard(fields[13])
    keyboard = host.keyboard
    assert keyboard.height() >= keyboard.minimumSizeHint().height()
    keys = [k for k in keyboard.all_keys() if k.isVisible()]
    rects = [_rect_in(host, k) for k in keys]
    assert all(r.height() >= MIN_KEY_PX * 1.5 for r in rects)
    for i, first in enumerate(rects):
        for second in rects[i + 1 :]:
            assert not first.intersects(second)
    field_rect = _rect_in(host, fields[13])
    assert not field_rect.intersects(keyboard.geometry())
    assert _rect_in(host, host.scroll_area.viewport()).contains(field_rect)


def test_at_key_types_an_at_sign(qtbot, keyboard, field) -> None:
    tap_text(qtbot, keyboard, "an")
    tap(qtbot, keyboard, "Phím @")
    tap_text(qtbot, keyboard, "x.vn")
    assert field.text() == "an@x.vn"


def test_large_text_in_a_kiosk_window_keeps_question_and_field_above_keyboard(qtbot) -> None:
    """200 % text, 1280x900 window: keyboard at most half the window, question and field shown."""
    window = QWidget()
    qtbot.addWidget(window)
    font = QFont(window.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(font)
    outer = QVBoxLayout(window)
    outer.addWidget(QLabel("Người đi đăng ký"))
    page = QWidget()
    column = QVBoxLayout(page)
    question = QLabel("Họ, chữ đệm và tên người đi đăng ký")
    field = VietLineEdit()
    column.addWidget(question)
    column.addWidget(field)
    column.addStretch(1)
    host = KeyboardHost(page)
    outer.addWidget(host, 1)
    outer.addWidget(QLabel("← Quay lại    Tiếp tục →"))
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    host.show_keyboard(field)
    keyboard = host.keyboard
    assert keyboard.isVisible()
    assert keyboard.height() <= window.height() * 0.5
    visible = [k for k in keyboard.all_keys() if k.isVisible()]
    assert all(k.height() >= 40 for k in visible)
    viewport = _rect_in(window, host.scroll_area.viewport())
    for widget in (question, field):
        rect = _rect_in(window, widget)
        assert viewport.contains(rect), widget
        assert not rect.intersects(_rect_in(window, keyboard))


def test_host_and_keyboard_follow_focus_only_while_shown(qtbot) -> None:
    page, fields = _form(2)
    host = KeyboardHost(page)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.show_keyboard(fields[0])
    assert host._focus.connected and host.keyboard._focus.connected
    host.hide()
    assert not host._focus.connected and not host.keyboard._focus.connected
    host.show()
    assert host._focus.connected


def test_input_method_switch_fits_its_labels_at_large_text(qtbot) -> None:
    switch = InputMethodSwitch()
    qtbot.addWidget(switch)
    font = QFont(switch.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    switch.setFont(font)
    switch.show()
    qtbot.waitExposed(switch)
    for button in switch.buttons.values():
        bold = QFont(button.font())
        bold.setBold(True)  # the checked look
        assert button.width() > QFontMetrics(bold).horizontalAdvance(button.text()), button.text()
