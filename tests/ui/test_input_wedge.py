"""WedgeScanFilter: a keyboard-wedge QR scan becomes a signal, never text in the field."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.text import compose
from ui.input import SCAN_FAILED_MESSAGE, VietLineEdit, WedgeScanFilter, set_default_input_method

CARD_7 = (
    "001190012345|012345678|Nguyễn Thị Ánh Tuyết|01021990|Nữ|"
    "Số 5 ngõ 12 Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|15082021"
)
CARD_10 = (
    "079201004567||Trần Văn Đạt|12072001|Nam|"
    "Tổ 3, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh|04102024|||"
)


def _key_for(ch: str) -> tuple[int, Qt.KeyboardModifier]:
    shift = Qt.KeyboardModifier.ShiftModifier
    if ch.isdigit():
        return Qt.Key.Key_0 + int(ch), Qt.KeyboardModifier.NoModifier
    if ch.isascii() and ch.isalpha():
        return Qt.Key.Key_A + ord(ch.upper()) - ord("A"), (shift if ch.isupper() else 0)
    specials = {
        "|": (Qt.Key.Key_Bar, shift),
        " ": (Qt.Key.Key_Space, 0),
        ",": (Qt.Key.Key_Comma, 0),
        ".": (Qt.Key.Key_Period, 0),
        "-": (Qt.Key.Key_Minus, 0),
        "\r": (Qt.Key.Key_Return, 0),
    }
    key, mods = specials.get(ch, (Qt.Key.Key_unknown, 0))
    return key, Qt.KeyboardModifier(mods)


class Keys:
    """Feeds key events to the focused widget with controlled timestamps (ms)."""

    def __init__(self, target: QWidget) -> None:
        self.target = target
        self.now = 1_000_000

    def type(self, text: str, gap_ms: int) -> None:
        for ch in text:
            self.now += gap_ms
            key, mods = _key_for(ch)
            for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(etype, key, Qt.KeyboardModifier(mods), ch)
                event.setTimestamp(self.now)
                QApplication.sendEvent(QApplication.focusWidget() or self.target, event)

    def scan(self, payload: str, gap_ms: int = 4) -> None:
        self.type(payload + "\r", gap_ms)


@pytest.fixture(autouse=True)
def _telex() -> Iterator[None]:
    set_default_input_method("telex")
    yield
    set_default_input_method("telex")


@pytest.fixture
def form(qtbot) -> Iterator[tuple[VietLineEdit, VietLineEdit]]:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    name, phone = VietLineEdit("Trần"), VietLineEdit(kind="phone")
    layout.addWidget(name)
    layout.addWidget(phone)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    name.setFocus()
    name.end(False)
    qtbot.waitUntil(name.hasFocus)
    yield name, phone  # the window must outlive the test
    window.close()


@pytest.fixture
def scanner(qtbot) -> Iterator[WedgeScanFilter]:  # type: ignore[no-untyped-def]
    scan = WedgeScanFilter()
    scan.install()
    yield scan
    scan.uninstall()


def test_seven_field_scan_emits_card_and_types_nothing(qtbot, form, scanner) -> None:
    name, _ = form
    with qtbot.waitSignal(scanner.card_scanned, timeout=5000) as blocker:
        Keys(name).scan(CARD_7)
    card = blocker.args[0]
    assert card.id_number == "001190012345"
    assert card.old_id_number == "012345678"
    assert card.full_name == "Nguyễn Thị Ánh Tuyết"
    assert card.date_of_birth == dt.date(1990, 2, 1)
    assert card.sex == "Nữ"
    assert card.issue_date == dt.date(2021, 8, 15)
    assert "Láng Hạ" in card.address
    assert name.text() == "Trần"
    assert not scanner.is_holding()


def test_ten_field_scan_with_empty_trailing_fields(qtbot, form, scanner) -> None:
    name, _ = form
    with qtbot.waitSignal(scanner.card_scanned, timeout=5000) as blocker:
        Keys(name).scan(CARD_10)
    card = blocker.args[0]
    assert (card.id_number, card.old_id_number) == ("079201004567", None)
    assert card.full_name == "Trần Văn Đạt"
    assert (card.sex, card.date_of_birth) == ("Nam", dt.date(2001, 7, 12))
    assert name.text() == "Trần"


def test_nfd_scan_gives_nfc_card(qtbot, form, scanner) -> None:
    name, _ = form
    with qtbot.waitSignal(scanner.card_scanned, timeout=5000) as blocker:
        Keys(name).scan(unicodedata.normalize("NFD", CARD_7))
    assert blocker.args[0].full_name == "Nguyễn Thị Ánh Tuyết"
    assert unicodedata.is_normalized("NFC", blocker.args[0].address)


def test_scan_into_a_numeric_field_types_nothing(qtbot, form, scanner) -> None:
    _, phone = form
    phone.setFocus()
    qtbot.waitUntil(phone.hasFocus)
    with qtbot.waitSignal(scanner.card_scanned, timeout=5000):
        Keys(phone).scan(CARD_7)
    assert phone.text() == ""


def test_malformed_scan_fails_plainly(qtbot, form, scanner) -> None:
    name, _ = form
    with qtbot.waitSignal(scanner.scan_failed) as blocker:
        Keys(name).scan("001190012345|Nguyen|01021990")
    assert blocker.args[0].endswith("Xin quét lại hoặc nhập tay.")
    assert name.text() == "Trần"


def test_bad_date_in_card_fails_with_the_parser_message(qtbot, form, scanner) -> None:
    name, _ = form
    broken = CARD_7.replace("01021990", "31021990")
    with qtbot.waitSignal(scanner.scan_failed) as blocker:
        Keys(name).scan(broken)
    assert "Ngày sinh" in blocker.args[0]
    assert name.text() == "Trần"


def test_stalled_card_scan_fails_after_the_scan_gap(qtbot, form, scanner) -> None:
    name, _ = form
    with qtbot.waitSignal(scanner.scan_failed, timeout=3000) as blocker:
        Keys(name).type(CARD_7[:30], gap_ms=4)  # no Enter: the scanner stopped
    assert blocker.args == [SCAN_FAILED_MESSAGE]
    assert name.text() == "Trần"


def test_slow_typing_of_digits_is_not_swallowed(qtbot, form, scanner) -> None:
    name, _ = form
    name.clear()
    Keys(name).type("001190012345", gap_ms=150)
    qtbot.waitUntil(lambda: not scanner.is_holding())
    assert name.text() == "001190012345"


def test_fast_typing_that_is_no_scan_is_delivered_in_order(qtbot, form, scanner) -> None:
    """A fast typist's burst is held, then re-delivered through the composer intact."""
    name, _ = form
    name.clear()
    with qtbot.assertNotEmitted(scanner.card_scanned):
        Keys(name).type("tieengs Vieetj", gap_ms=20)
        qtbot.waitUntil(lambda: not scanner.is_holding())
    assert name.text() == compose("tieengs Vieetj", "telex") == "tiếng Việt"


def test_unknown_fast_barcode_is_typed_as_keys(qtbot, form, scanner) -> None:
    name, _ = form
    name.clear()
    with qtbot.waitSignal(name.returnPressed):
        Keys(name).scan("8934563138165")
    assert name.text() == "8934563138165"


def test_application_code_scan(qtbot, form, scanner) -> None:
    name, _ = form
    with qtbot.waitSignal(scanner.code_scanned) as blocker:
        Keys(name).scan("000.00.01.H26-260930-0012")
    assert blocker.args == ["000.00.01.H26-260930-0012"]
    with qtbot.waitSignal(scanner.code_scanned) as blocker:
        Keys(name).scan("TT-AB12-260930-0001")
    assert blocker.args == ["TT-AB12-260930-0001"]
    assert name.text() == "Trần"


def test_shortcuts_pass_straight_through(qtbot, form, scanner) -> None:
    name, _ = form
    event = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "\x01"
    )
    QApplication.sendEvent(name, event)
    assert not scanner.is_holding()
    assert name.selectedText() == "Trần"


def test_injected_clock_for_events_without_timestamps(qtbot, form) -> None:
    name, _ = form
    ticks = iter(range(0, 10_000, 3))
    scan = WedgeScanFilter(clock=lambda: next(ticks))
    scan.install()
    try:
        with qtbot.waitSignal(scan.card_scanned, timeout=5000):
            for ch in CARD_7 + "\r":
                key, mods = _key_for(ch)
                QApplication.sendEvent(
                    name, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier(mods), ch)
                )
    finally:
        scan.uninstall()
    assert name.text() == "Trần"


def test_disabled_filter_lets_everything_through(qtbot, form, scanner) -> None:
    name, _ = form
    name.clear()
    scanner.set_enabled(False)
    Keys(name).type("0011", gap_ms=2)
    assert name.text() == "0011"
