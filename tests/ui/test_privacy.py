# ruff: noqa: F811
"""Session privacy: the idle warning, the wipe, and "Xong / người tiếp theo"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QLineEdit

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    RESIDENT_NAME,
    answer,
    current_field,
    kiosk_env,
    press_done,
    start_birth_registration,
    window,
)
from ui._idle import IdleWatcher

ID_NUMBER = "001190012345"


def _fill_two_questions(qtbot: Any, window: Any) -> str:
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    answer(window, RESIDENT_NAME)
    wizard.next.click()
    answer(window, ID_NUMBER)
    QGuiApplication.clipboard().setText(RESIDENT_NAME)
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    return str(window.session.draft_id)


def _texts_left() -> list[str]:
    """Every text any live widget or item model shows, plus the clipboard."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = [QGuiApplication.clipboard().text()]
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            found.append(widget.text())
            assert not widget.isUndoAvailable(), "a line edit could undo back to old text"
        elif isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                found.append(str(model.data(model.index(row, 0))))
    return found


def _assert_wiped(window: Any) -> None:
    assert window.current_screen() == "home"
    assert window.session.answers == {} and window.session.draft_id is None
    for text in _texts_left():
        assert RESIDENT_NAME not in text and ID_NUMBER not in text, text
    assert QGuiApplication.clipboard().text() == ""


def test_idle_warning_then_wipe_leaves_no_trace(qtbot, window) -> None:
    draft_id = _fill_two_questions(qtbot, window)
    spoken: list[str] = []
    window.voice.spoken.connect(spoken.append)
    window.idle.set_timeouts(400, 200)
    window.idle.poke()
    with qtbot.waitSignal(window.idle.warning_started, timeout=5_000):
        pass
    assert window.banner.isVisible()
    assert "giây" in window.banner_text.text()
    assert any("Bạn còn đó không" in s for s in spoken)
    with qtbot.waitSignal(window.wiped, timeout=5_000):
        pass
    _assert_wiped(window)
    assert not window.banner.isVisible()
    assert not window.idle.running
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    # The draft stays on disk (encrypted) for a resume with its code and the ID number.
    saved = window.tasks._executor.call(lambda s: s.load_draft(draft_id))
    assert saved.answers["requester_full_name"] == RESIDENT_NAME


def test_touching_during_the_warning_keeps_the_session(qtbot, window) -> None:
    _fill_two_questions(qtbot, window)
    window.idle.set_timeouts(400, 300)
    window.idle.poke()
    with qtbot.waitSignal(window.idle.warning_started, timeout=5_000):
        pass
    with qtbot.waitSignal(window.idle.warning_cancelled, timeout=5_000):
        window.banner_button.click()
    assert window.current_screen() == "wizard"
    assert current_field(window) == "requester_id_number"
    window.idle.stop()


def test_done_button_wipes_at_once(qtbot, window) -> None:
    _fill_two_questions(qtbot, window)
    assert window.topbar.done.isVisible()
    with qtbot.waitSignal(window.wiped, timeout=5_000):
        press_done(window)
    _assert_wiped(window)


def test_wipe_resets_the_residents_display_choices(qtbot, window) -> None:
    start_birth_registration(qtbot, window)
    window.topbar.bigger.click()
    window.topbar.contrast.click()
    assert window.display.font_scale == 125 and window.display.high_contrast
    press_done(window)
    assert window.display.font_scale == 100 and not window.display.high_contrast
    assert not window.topbar.contrast.isChecked()


def test_idle_watcher_counts_down_and_any_input_resets_it(qtbot) -> None:
    watcher = IdleWatcher(300, 200)
    ticks: list[int] = []
    watcher.warning_tick.connect(ticks.append)
    watcher.start()
    with qtbot.waitSignal(watcher.warning_started, timeout=5_000) as started:
        pass
    assert started.args == [1]
    with qtbot.waitSignal(watcher.expired, timeout=5_000):
        pass
    assert not watcher.running and not watcher.warning
    watcher.start()
    assert watcher.running
    watcher.stop()
    assert not watcher.running


def test_the_keyboard_kept_across_a_wipe_holds_nothing_of_the_resident(qtbot, window) -> None:
    """The on-screen keyboard is kept for the next resident (issue 17: not rebuilt per
    session): after a wipe it types into the new page only, in its starting state, and no
    widget (nor a line edit's undo history) keeps what was typed."""
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    keyboard = wizard.host.keyboard
    qtbot.waitUntil(keyboard.isVisible, timeout=5_000)
    old_field = keyboard.target()
    assert old_field is not None
    for name in ("Chữ hoa", "Phím Q", "Phím k", "Phím b", "Chữ hoa", "Chữ hoa"):
        qtbot.mouseClick(keyboard.key(name), Qt.MouseButton.LeftButton)
    assert keyboard.shift_state() == "caps"
    qtbot.mouseClick(keyboard.key("Chọn dấu"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keyboard.key("Phím E"), Qt.MouseButton.LeftButton)
    assert keyboard.page() == "picker"  # left open, with caps on, for the wipe
    assert old_field.text() == "Qkb" and old_field.isUndoAvailable()
    QGuiApplication.clipboard().setText(RESIDENT_NAME)
    answer(window, RESIDENT_NAME)
    with qtbot.waitSignal(window.wiped, timeout=5_000):
        press_done(window)
    _assert_wiped(window)
    assert keyboard.target() is None and not keyboard.isVisible()

    start_birth_registration(qtbot, window)
    fresh = window.get_screen("wizard")
    assert fresh is not wizard  # the page is new; its keyboard is the same one
    assert fresh.host.keyboard is keyboard
    qtbot.waitUntil(keyboard.isVisible, timeout=5_000)
    field = keyboard.target()
    assert field is not None and field is not old_field and field.text() == ""
    assert not field.isUndoAvailable()
    assert keyboard.shift_state() == "off" and keyboard.page() == "letters"
    assert not keyboard.key("Chọn dấu").isChecked()
    for text in _texts_left():  # every line edit, its undo history too, every label and key
        assert RESIDENT_NAME not in text and "Qkb" not in text, text
    qtbot.mouseClick(keyboard.key("Phím a"), Qt.MouseButton.LeftButton)
    assert field.text() == "a"  # it types into the new resident's field


def test_the_kept_keyboard_is_sized_for_the_next_residents_display(qtbot, window) -> None:
    """A keyboard kept across a wipe is sized again for the next page: in a portrait window,
    a resident who turns on high contrast gets every key inside the keyboard (before it was
    sized again, two keys stood past its right edge)."""
    window.setFixedSize(1080, 1920)
    for contrast in (False, True, False):
        window.set_high_contrast(contrast)
        start_birth_registration(qtbot, window)
        keyboard = window.get_screen("wizard").host.keyboard
        qtbot.waitUntil(keyboard.isVisible, timeout=5_000)
        page = keyboard._letters
        qtbot.waitUntil(lambda p=page: p.minimumSizeHint().width() <= p.width(), timeout=5_000)
        keys = [k for k in page.findChildren(QAbstractButton) if k.isVisible()]
        assert keys and all(page.rect().contains(k.geometry()) for k in keys), [
            k.text() for k in keys if not page.rect().contains(k.geometry())
        ]
        press_done(window)
