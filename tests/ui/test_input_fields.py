"""VietLineEdit / VietPlainTextEdit: physical keys compose Vietnamese with no OS input method."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from kiosk.text import compose
from ui.input import (
    InputMethodSwitch,
    VietLineEdit,
    VietPlainTextEdit,
    default_input_method,
    input_method_settings,
    set_default_input_method,
)

NAME = "Nguyễn Thị Ánh Tuyết"
TELEX = "Nguyeenx Thij Asnh Tuyeets"
VNI = "Nguye64n Thi5 A1nh Tuye61t"


@pytest.fixture(autouse=True)
def _telex() -> Iterator[None]:
    set_default_input_method("telex")
    yield
    set_default_input_method("telex")


@pytest.fixture
def field(qtbot) -> VietLineEdit:  # type: ignore[no-untyped-def]
    edit = VietLineEdit()
    qtbot.addWidget(edit)
    return edit


def test_telex_keys_type_the_full_name(qtbot, field: VietLineEdit) -> None:
    qtbot.keyClicks(field, TELEX)
    assert field.text() == NAME == compose(TELEX, "telex")
    assert unicodedata.is_normalized("NFC", field.text())


def test_vni_keys_type_the_full_name(qtbot, field: VietLineEdit) -> None:
    set_default_input_method("vni")
    qtbot.keyClicks(field, VNI)
    assert field.text() == NAME == compose(VNI, "vni")


@pytest.mark.parametrize(
    ("keys", "method"),
    [
        ("tieengs Vieetj", "telex"),
        ("Ddawng kys khai sinh", "telex"),
        ("thuowngf truss", "telex"),
        ("ass w ww", "telex"),
        ("Tra62n Va8n D9a5t", "vni"),
        ("Ho72ng Nhu7", "vni"),
        ("so61 12/5 ngo4 3", "vni"),
    ],
)
def test_keys_match_compose(qtbot, field: VietLineEdit, keys: str, method: str) -> None:
    set_default_input_method(method)
    qtbot.keyClicks(field, keys)
    assert field.text() == compose(keys, method)


def test_off_types_letters_verbatim(qtbot, field: VietLineEdit) -> None:
    set_default_input_method("off")
    qtbot.keyClicks(field, TELEX)
    assert field.text() == TELEX


def test_backspace_deletes_one_letter_and_keys_still_act(qtbot, field: VietLineEdit) -> None:
    qtbot.keyClicks(field, "tieengs")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "tiến"
    qtbot.keyClicks(field, "gx")
    assert field.text() == "tiễng"


def test_backspace_removes_a_selection(qtbot, field: VietLineEdit) -> None:
    qtbot.keyClicks(field, "Nguyeenx Vaan")
    field.setSelection(0, 7)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "Vân"


def test_typing_replaces_the_selection(qtbot, field: VietLineEdit) -> None:
    field.setText("Lan Anh")
    field.selectAll()
    qtbot.keyClicks(field, "Hoaf")
    assert field.text() == "Hòa"


def test_tone_lands_on_a_word_after_moving_the_cursor(qtbot, field: VietLineEdit) -> None:
    field.setText("hoa binh")
    field.setCursorPosition(3)  # after "hoa"
    qtbot.keyClicks(field, "f")
    assert field.text() == "hòa binh"
    assert field.cursorPosition() == 3
    field.end(False)
    qtbot.keyClicks(field, "f")
    assert field.text() == "hòa bình"


def test_arrow_keys_end_the_word(qtbot, field: VietLineEdit) -> None:
    qtbot.keyClicks(field, "an")
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClicks(field, "d")  # in front of "an": a new word "d" + "an"
    assert field.text() == "dan"


def test_paste_is_nfc_and_not_composed(qtbot, field: VietLineEdit) -> None:
    QGuiApplication.clipboard().setText(unicodedata.normalize("NFD", "Nguyễn aa\nss"))
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "Nguyễn aa ss"


def test_set_text_and_insert_store_nfc(field: VietLineEdit) -> None:
    field.setText(unicodedata.normalize("NFD", NAME))
    assert field.text() == NAME
    field.clear()
    field.insert(unicodedata.normalize("NFD", "Tuyết"))
    assert field.text() == "Tuyết"


def test_max_length_keeps_composer_in_step(qtbot, field: VietLineEdit) -> None:
    field.setMaxLength(3)
    qtbot.keyClicks(field, "thuowng")
    assert len(field.text()) <= 3
    assert unicodedata.is_normalized("NFC", field.text())


@pytest.mark.parametrize(
    ("kind", "keys", "expected"),
    [
        ("numeric", "00a1-2s9", "00129"),
        ("phone", "+84 9x12", "+84 912"),
        ("date", "01/02.1990a", "01/02.1990"),
    ],
)
def test_numeric_kinds_never_compose(qtbot, kind: str, keys: str, expected: str) -> None:
    set_default_input_method("vni")  # digits would be marks in VNI text fields
    edit = VietLineEdit(kind=kind)
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, keys)
    assert edit.text() == expected
    assert edit.kind() == kind


def test_unknown_kind_is_refused(field: VietLineEdit) -> None:
    with pytest.raises(ValueError):
        field.set_kind("email")


def test_field_can_fix_its_own_method(qtbot) -> None:
    edit = VietLineEdit(input_method="vni")
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "Vie65t")
    assert edit.text() == "Việt"


def test_switching_method_applies_to_every_field(qtbot) -> None:
    first, second = VietLineEdit(), VietLineEdit()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    with qtbot.waitSignal(input_method_settings().changed) as blocker:
        set_default_input_method("vni")
    assert blocker.args == ["vni"]
    qtbot.keyClicks(first, "A1nh")
    qtbot.keyClicks(second, "Tuye61t")
    assert (first.text(), second.text()) == ("Ánh", "Tuyết")


def test_unknown_method_is_refused() -> None:
    with pytest.raises(ValueError):
        set_default_input_method("viqr")
    assert default_input_method() == "telex"


def test_switch_buttons_set_and_follow_the_method(qtbot) -> None:
    switch = InputMethodSwitch()
    qtbot.addWidget(switch)
    assert [b.text() for b in switch.buttons.values()] == ["Telex", "VNI", "Tắt"]
    assert switch.buttons["telex"].isChecked()
    qtbot.mouseClick(switch.buttons["vni"], Qt.MouseButton.LeftButton)
    assert default_input_method() == "vni"
    set_default_input_method("off")
    assert switch.buttons["off"].isChecked()
    assert all(b.minimumHeight() >= 48 for b in switch.buttons.values())


def test_plain_text_edit_composes_and_keeps_new_lines(qtbot) -> None:
    edit = VietPlainTextEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "Soos 5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "phuwowngf Laang")
    assert edit.text() == "Số 5\nphường Lâng"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "Số 5\nphường Lân"


_KEYS = st.text(alphabet="aAdDeEoOuUwWsfrxjzZ0123456789 .,-nNgGhHtTiIyY", max_size=30)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(keys=_KEYS, method=st.sampled_from(["telex", "vni", "off"]))
def test_any_keys_give_exactly_what_compose_gives(qtbot, keys: str, method: str) -> None:
    edit = VietLineEdit(input_method=method)
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, keys)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # ends the last word, as compose does
    assert edit.text() == compose(keys, method)
    assert unicodedata.is_normalized("NFC", edit.text())


def test_text_set_behind_the_fields_back_is_still_nfc(field: VietLineEdit) -> None:
    """Paths we don't intercept (context-menu paste, drops) go through QLineEdit itself."""
    from PySide6.QtWidgets import QLineEdit

    QLineEdit.setText(field, unicodedata.normalize("NFD", "Tuyết"))
    assert field.text() == "Tuyết"
    assert field.cursorPosition() == len("Tuyết")


def test_a_word_that_is_not_vietnamese_comes_back_as_typed(qtbot, field: VietLineEdit) -> None:
    qtbot.keyClicks(field, "Wifi Google")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == compose("Wifi Google", "telex") == "Wifi Google"


def test_leaving_the_field_finishes_the_word(qtbot) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second = VietLineEdit(), VietLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "Google")
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    assert first.text() == "Google"


def test_moving_the_cursor_finishes_the_word(qtbot, field: VietLineEdit) -> None:
    set_default_input_method("vni")
    qtbot.keyClicks(field, "xe2 a1r")
    qtbot.keyClick(field, Qt.Key.Key_Home)
    assert field.text() == compose("xe2 a1r", "vni")


@pytest.mark.parametrize(
    ("keys", "method"),
    [
        ("nguwoif dduwocj giwax", "telex"),
        ("nguwowif dduwowcj giuwxa", "telex"),
        ("ngu7oi2 d9u7oc5 giu7a4", "vni"),
        ("ngu7o7i2 d9u7o7c5 giu7a4", "vni"),
    ],
)
def test_nguoi_duoc_giua_type_key_by_key(
    qtbot, field: VietLineEdit, keys: str, method: str
) -> None:
    """Issue 14: the incremental composer types người, được, giữa in both methods."""
    set_default_input_method(method)
    qtbot.keyClicks(field, keys)
    assert field.text() == "người được giữa" == compose(keys, method)
