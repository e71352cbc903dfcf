"""The kiosk's PySide6 GUI: the only package with widgets.

The composition root (``app``) makes the QApplication (``gui_application``), the
window over a store executor (``build_window``, also used by tests and
screenshots) and runs it (``run_window``).
"""

from ui._app import (
    Translators,
    build_window,
    gui_application,
    integrity_alerter,
    load_fonts,
    run_window,
    startup_problem_text,
)
from ui._tasks import TaskManager
from ui._voice import Voice
from ui._window import SCREENS, KioskWindow
from ui.startup_error import show_startup_error

__all__ = [
    "SCREENS",
    "KioskWindow",
    "TaskManager",
    "Translators",
    "Voice",
    "build_window",
    "gui_application",
    "integrity_alerter",
    "load_fonts",
    "run_window",
    "show_startup_error",
    "startup_problem_text",
]
