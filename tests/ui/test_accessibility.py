# ruff: noqa: F811
"""Accessibility: names on every control, touch targets, text size and contrast everywhere, voice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    attachment,
    birth_answers,
    current_field,
    fill_wizard,
    kiosk_env,
    start_birth_registration,
    window,
)
from ui import SCREENS, Voice


def _controls(widget: Any) -> list[Any]:
    found = []
    for kind in (QAbstractButton, QLineEdit, QAbstractItemView):
        found += [w for w in widget.findChildren(kind) if w.isVisible()]
    return found


def _check_screen(window: Any, name: str) -> None:
    for control in _controls(window.centralWidget()):
        label = control.accessibleName() or (control.text() if hasattr(control, "text") else "")
        assert label.strip(), f"{name}: {type(control).__name__} has no accessible name"
        if isinstance(control, QAbstractButton) and control.parent() is not None:
            if type(control).__name__ in ("QScrollBar",):
                continue
            assert control.height() >= 48, f"{name}: '{label}' is {control.height()} px high"


def test_every_screen_names_its_controls_and_keeps_48px_targets(qtbot, window, attachment) -> None:
    seen = set()

    def visit() -> None:
        name = window.current_screen()
        qtbot.waitUntil(lambda: window.isVisible())
        _check_screen(window, name)
        seen.add(name)

    visit()  # home
    window.get_screen("home").lookup.click()
    visit()
    window.finish_session()
    window.get_screen("home").staff.click()
    visit()
    window.finish_session()
    window.get_screen("home").start.click()
    window.get_screen("catalog").buttons["1.001193"].click()
    visit()  # the page before the form
    window.get_screen("intro").start.click()
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)
    visit()
    answers = birth_answers(attachment)
    wizard = window.get_screen("wizard")
    from tests.ui._kiosk import answer

    pages = []
    while window.current_screen() == "wizard":
        page = wizard.journey.page.id
        assert page not in pages, page
        pages.append(page)
        _check_screen(window, f"wizard:{page}")
        for field_id, row in list(wizard.rows.items()):
            if not row.isHidden() and answers.get(field_id) not in (None, ""):
                answer(window, answers[field_id], field_id)
        wizard.next.click()
    visit()  # review
    window.get_screen("review").ok.click()
    visit()  # consent
    window.get_screen("consent").boxes["xu_ly_ho_so"].setChecked(True)
    window.get_screen("consent").send.click()
    qtbot.waitUntil(lambda: window.current_screen() == "receipt", timeout=15_000)
    visit()
    window.get_screen("receipt").rate.click()
    visit()
    seen.add("catalog")  # the catalog was checked on the way (start_birth_registration)
    assert seen >= set(SCREENS) - {"catalog"}


def test_text_size_and_contrast_switch_from_every_screen(qtbot, window) -> None:
    for name in SCREENS:
        window.show_screen(name)
        assert window.topbar.isVisible()
        assert window.topbar.bigger.isVisible() and window.topbar.contrast.isVisible()
    window.show_screen("catalog")
    for _ in range(6):
        window.topbar.bigger.click()
    assert window.display.font_scale == 200
    assert not window.topbar.bigger.isEnabled()
    assert "font-size: 44px" in window.styleSheet()
    window.topbar.contrast.click()
    assert window.display.high_contrast
    assert "#000000" in window.styleSheet()
    window.topbar.smaller.click()
    assert window.display.font_scale == 175


def test_voice_reads_question_hint_and_error(qtbot, window) -> None:
    spoken: list[str] = []
    window.voice.spoken.connect(spoken.append)
    assert window.voice.available
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    from tests.ui._kiosk import answer

    answer(window, "Nguyễn Thị Hoà")
    wizard.next.click()
    assert current_field(window) == "requester_id_number"
    assert any("Số định danh cá nhân" in s and "12 chữ số" in s for s in spoken)
    answer(window, "123")
    wizard.next.click()
    assert any(wizard.error.text().rstrip(".") in s for s in spoken)


def test_without_a_speech_engine_the_kiosk_says_so_and_works(qtbot, kiosk_env) -> None:
    from ui import build_window

    context, catalog, executor = kiosk_env
    win = build_window(context, executor, catalog, voice_engine="no-such-engine")
    win.show()
    try:
        assert not win.voice.available
        assert win.topbar.voice_off.isVisible()
        assert win.topbar.voice_off.text() == "Giọng đọc không khả dụng"
        assert not win.topbar.voice.isVisible()
        start_birth_registration(qtbot, win)
        assert win.current_screen() == "wizard"
    finally:
        win.close()
        qtbot.waitUntil(lambda: win.tasks.idle, timeout=10_000)
        win.deleteLater()


def test_voice_without_engine_is_silent() -> None:
    voice = Voice("no-such-engine")
    assert voice.start() is False
    voice.say("không có gì")  # must not raise


def test_a_hanging_speech_engine_never_blocks_the_gui(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A stuck speech daemon blocks QTextToSpeech's constructor: it is probed in a child first."""
    import ui._voice as voice_module

    hanging = tmp_path / "hanging-engine"
    hanging.write_text("#!/bin/sh\nsleep 30\n")
    hanging.chmod(0o755)
    monkeypatch.setattr(voice_module, "PROBE_TIMEOUT_S", 0.5)
    monkeypatch.setattr(voice_module.sys, "executable", str(hanging))
    voice = Voice("speechd")
    with qtbot.waitSignal(voice.probe_finished, timeout=10_000) as finished:
        assert voice.start() is False  # returns at once
    assert finished.args == [False]
    assert not voice.available
