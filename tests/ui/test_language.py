# ruff: noqa: F811
"""English on the home screen through Qt Linguist (.ts source, .qm built with pyside6-lrelease)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import resources
from tests.ui._kiosk import (  # noqa: F401
    close_window,
    kiosk_env,
    make_window,
    press_done,
    start_birth_registration,
)
from ui import Translators


@pytest.fixture
def english(tmp_path: Path):
    """Build kiosk_en.qm from the .ts source into a temp dir and use it for this test."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    source = resources.path("translations", "kiosk_en.ts")
    subprocess.run([lrelease, str(source), "-qm", str(tmp_path / "kiosk_en.qm")], check=True,
                   capture_output=True)
    app = QApplication.instance()
    previous = getattr(app, "_kiosk_translators", None)
    app._kiosk_translators = Translators(app, tmp_path)
    yield
    app._kiosk_translators.use("vi")
    app._kiosk_translators = previous


def test_switch_to_english_and_back(qtbot, kiosk_env, english) -> None:
    window = make_window(qtbot, kiosk_env)
    try:
        home = window.get_screen("home")
        assert home.start.text() == "Bắt đầu" and home.language.text() == "English"
        home.language.click()
        home = window.get_screen("home")  # screens are rebuilt in the new language
        assert window.lang == "en"
        assert home.start.text() == "Start"
        assert home.language.text() == "Tiếng Việt"
        assert window.topbar.done.text() == "Done / next person"
        start_birth_registration(qtbot, window)
        wizard = window.get_screen("wizard")
        assert wizard.question.text() == "Full name"  # the definition's label_en
        assert wizard.next.text() == "Continue →"
        wizard.next.click()
        assert wizard.error.text().startswith("Please fill in")
        press_done(window)  # the next person gets Vietnamese again
        assert window.lang == "vi" and window.get_screen("home").start.text() == "Bắt đầu"
        assert window.topbar.contrast.text() == "◐ Tương phản cao"
    finally:
        close_window(qtbot, window)


def test_the_keyboard_kept_across_wipes_is_in_the_pages_language(qtbot, kiosk_env, english) -> None:
    """Keyboards are kept across wipes (issue 17), one per language: an English page gets
    an English keyboard, and the next resident's Vietnamese page a Vietnamese one."""
    window = make_window(qtbot, kiosk_env)
    try:
        window.get_screen("home").language.click()
        start_birth_registration(qtbot, window)
        english_keyboard = window.get_screen("wizard").host.keyboard
        assert english_keyboard.accessibleName() == "On-screen keyboard"
        assert english_keyboard.key("Dấu sắc").accessibleName() == "Acute accent (sắc)"
        press_done(window)
        start_birth_registration(qtbot, window)
        keyboard = window.get_screen("wizard").host.keyboard
        assert keyboard is not english_keyboard
        assert keyboard.accessibleName() == "Bàn phím ảo"
        assert keyboard.key("Dấu sắc").accessibleName() == "Dấu sắc"
        press_done(window)
        window.get_screen("home").language.click()
        start_birth_registration(qtbot, window)
        assert window.get_screen("wizard").host.keyboard is english_keyboard  # kept, not rebuilt
    finally:
        close_window(qtbot, window)
