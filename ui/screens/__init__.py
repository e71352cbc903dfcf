"""The kiosk's screens: each renders state and emits intents; none calls a service.

Each screen's module is imported when the screen is first used (PEP 562): the
home screen paints without the others' code (issue 17).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.screens._catalog import CatalogScreen
    from ui.screens._consent import ConsentScreen
    from ui.screens._feedback import FeedbackScreen
    from ui.screens._home import HomeScreen
    from ui.screens._intro import IntroScreen
    from ui.screens._lookup import LookupScreen
    from ui.screens._receipt import ReceiptScreen
    from ui.screens._review import ReviewScreen
    from ui.screens._staff import StaffScreen
    from ui.screens._wizard import WizardScreen

# Public name -> the module that defines it.
_MODULES = {
    "CatalogScreen": "ui.screens._catalog",
    "ConsentScreen": "ui.screens._consent",
    "FeedbackScreen": "ui.screens._feedback",
    "HomeScreen": "ui.screens._home",
    "IntroScreen": "ui.screens._intro",
    "LookupScreen": "ui.screens._lookup",
    "ReceiptScreen": "ui.screens._receipt",
    "ReviewScreen": "ui.screens._review",
    "StaffScreen": "ui.screens._staff",
    "WizardScreen": "ui.screens._wizard",
}

__all__ = [
    "CatalogScreen",
    "ConsentScreen",
    "FeedbackScreen",
    "HomeScreen",
    "IntroScreen",
    "LookupScreen",
    "ReceiptScreen",
    "ReviewScreen",
    "StaffScreen",
    "WizardScreen",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
