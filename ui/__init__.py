"""The kiosk's PySide6 GUI: the only package with widgets.

``run_gui(context, portal_url=..., enroll=None)`` starts it; ``build_window``
makes the main window over an existing store executor (tests, screenshots).
"""

from ui._app import Translators, build_window, load_fonts, run_gui
from ui._tasks import TaskManager
from ui._voice import Voice
from ui._window import SCREENS, KioskWindow

__all__ = [
    "SCREENS",
    "KioskWindow",
    "TaskManager",
    "Translators",
    "Voice",
    "build_window",
    "load_fonts",
    "run_gui",
]
