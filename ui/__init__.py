"""The kiosk's PySide6 GUI: the only package with widgets.

The composition root (``app``) makes the QApplication (``gui_application``), the
window over a store executor (``build_window``, also used by tests and
screenshots) and runs it (``run_window``). Names are imported on first use
(PEP 562): ``kiosk run`` paints its home screen before the rest of the GUI's
code is loaded (issue 17).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui._app import (
        Translators,
        build_window,
        gui_application,
        integrity_alerter,
        load_fonts,
        run_window,
        show_first_frame,
        start_window,
        startup_problem_text,
        stop_window,
    )
    from ui._screen_set import SCREENS
    from ui._tasks import TaskManager
    from ui._voice import Voice
    from ui._window import KioskWindow
    from ui.startup_error import EXIT_CODE, open_startup_error, show_startup_error

# Public name -> the module that defines it.
_MODULES = {
    "SCREENS": "ui._screen_set",
    "KioskWindow": "ui._window",
    "TaskManager": "ui._tasks",
    "Translators": "ui._app",
    "Voice": "ui._voice",
    "build_window": "ui._app",
    "gui_application": "ui._app",
    "integrity_alerter": "ui._app",
    "load_fonts": "ui._app",
    "run_window": "ui._app",
    "show_startup_error": "ui.startup_error",
    "open_startup_error": "ui.startup_error",
    "EXIT_CODE": "ui.startup_error",
    "show_first_frame": "ui._app",
    "start_window": "ui._app",
    "stop_window": "ui._app",
    "startup_problem_text": "ui._app",
}

__all__ = [
    "EXIT_CODE",
    "SCREENS",
    "KioskWindow",
    "TaskManager",
    "Translators",
    "Voice",
    "build_window",
    "gui_application",
    "integrity_alerter",
    "load_fonts",
    "open_startup_error",
    "run_window",
    "show_first_frame",
    "show_startup_error",
    "start_window",
    "startup_problem_text",
    "stop_window",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
