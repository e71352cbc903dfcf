# ruff: noqa: F811
"""Kiosk mode: full screen, frameless, on top; close and the escape keys do nothing; only an
admin PIN (after the long press on the kiosk's name) lets the window go."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui._kiosk import close_window, kiosk_env, make_window  # noqa: F401 (fixtures)
from tests.ui._shell import ADMIN_PIN, STAFF_PIN, add_staff, audit_actions, enter_pin

_MODIFIERS = {Qt.Key.Key_Alt.value, Qt.Key.Key_Control.value, Qt.Key.Key_Shift.value}


class _KeySpy(QObject):
    """Counts the key presses that reach a widget (after the application's filters)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() not in _MODIFIERS:  # type: ignore[attr-defined]
            self.keys.append(event.key())  # type: ignore[attr-defined]
        return False


@pytest.fixture
def locked(qtbot: Any, kiosk_env: Any) -> Iterator[Any]:
    window = make_window(qtbot, kiosk_env)
    add_staff(window)
    window.topbar.hold_ms = 30  # the real gesture is 3 s; the mechanism is the same
    window.lockdown.engage()
    yield window
    if window.lockdown.locked:
        window.lockdown.release("test")
    close_window(qtbot, window)


def _hold_logo(qtbot: Any, window: Any) -> Any:
    with qtbot.waitSignal(window.topbar.staff_gesture, timeout=5_000):
        QTest.mousePress(window.topbar.name, Qt.MouseButton.LeftButton)
    QTest.mouseRelease(window.topbar.name, Qt.MouseButton.LeftButton)
    dialog = window.lockdown.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_engaged_window_is_full_screen_frameless_and_on_top(locked) -> None:
    flags = locked.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert locked.isFullScreen()


def test_close_requests_are_ignored(locked) -> None:
    event = QCloseEvent()
    QApplication.sendEvent(locked, event)  # what the window manager sends for Alt+F4
    assert not event.isAccepted()
    locked.close()
    assert locked.isVisible()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_leaving_keys_never_reach_the_kiosk(qtbot, locked, key, modifier) -> None:
    closed = []
    shortcut = QShortcut(QKeySequence(int(modifier.value) | int(key.value)), locked)
    shortcut.activated.connect(lambda: closed.append(True))
    target = locked.get_screen("home")
    spy = _KeySpy()
    target.installEventFilter(spy)
    target.setFocus()
    QTest.keyClick(target, key, modifier)
    QTest.keyClick(target, Qt.Key.Key_Left)  # an ordinary key still gets through
    target.removeEventFilter(spy)
    assert spy.keys == [Qt.Key.Key_Left.value]
    assert not closed and locked.isVisible() and locked.isFullScreen()


def test_short_press_on_the_logo_does_nothing(locked) -> None:
    QTest.mousePress(locked.topbar.name, Qt.MouseButton.LeftButton)
    QTest.mouseRelease(locked.topbar.name, Qt.MouseButton.LeftButton)
    assert not locked.topbar._hold.isActive()
    assert locked.lockdown.dialog is None


def test_a_staff_pin_cannot_leave_kiosk_mode(qtbot, locked) -> None:
    dialog = _hold_logo(qtbot, locked)
    enter_pin(dialog, "cb01", STAFF_PIN)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == "Chỉ quản trị viên mới được thực hiện thao tác này."
    assert dialog.pin.text() == ""
    assert locked.lockdown.locked and locked.isFullScreen()
    entries = audit_actions(locked)
    assert ("cb01", "staff.signin_failed", json.dumps({"reason": "not_admin"})) in [
        (a, b, json.dumps(json.loads(c))) for a, b, c in entries
    ]


def test_wrong_admin_pins_lock_the_account_with_a_plain_message(qtbot, locked) -> None:
    dialog = _hold_logo(qtbot, locked)
    for attempt in range(1, 6):
        enter_pin(dialog, "qt01", "111999")
        qtbot.waitUntil(lambda: dialog.isEnabled(), timeout=10_000)
        if attempt < 5:
            assert dialog.error.text() == (
                f"Mã cán bộ hoặc mã PIN không đúng. Bạn còn {5 - attempt} lần thử."
            )
    assert dialog.error.text().startswith("Tài khoản tạm khoá do nhập sai mã PIN nhiều lần.")
    enter_pin(dialog, "qt01", ADMIN_PIN)  # even the right PIN waits for the lock to lift
    qtbot.waitUntil(lambda: dialog.isEnabled(), timeout=10_000)
    assert dialog.error.text().startswith("Tài khoản tạm khoá")
    assert locked.lockdown.locked
    assert any(action == "staff.locked_out" for _, action, _ in audit_actions(locked))


def test_admin_pin_releases_the_window(qtbot, locked) -> None:
    dialog = _hold_logo(qtbot, locked)
    with qtbot.waitSignal(locked.lockdown.released, timeout=10_000) as released:
        enter_pin(dialog, "qt01", ADMIN_PIN)
    assert released.args == ["qt01"]
    assert not locked.lockdown.locked
    flags = locked.windowFlags()
    assert not flags & Qt.WindowType.FramelessWindowHint
    assert not flags & Qt.WindowType.WindowStaysOnTopHint
    assert not locked.isFullScreen()
    entries = [(a, b, json.loads(c)) for a, b, c in audit_actions(locked)]
    assert ("qt01", "staff.signed_in", {"admin_check": True}) in entries
    event = QCloseEvent()
    QApplication.sendEvent(locked, event)
    assert event.isAccepted()


def test_cancel_keeps_the_lock(qtbot, locked) -> None:
    dialog = _hold_logo(qtbot, locked)
    dialog.staff_id.setText("qt01")
    dialog.cancel.click()
    assert not dialog.isVisible() and locked.lockdown.locked


def test_gesture_does_nothing_outside_kiosk_mode(qtbot, kiosk_env) -> None:
    window = make_window(qtbot, kiosk_env)
    try:
        assert window.lockdown.request_exit() is None
        assert not window.lockdown.locked
    finally:
        close_window(qtbot, window)
