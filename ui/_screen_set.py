"""The kiosk window's screens: which there are, and each built on first use (issue 17).

Only the home screen is built with the window (and after every wipe); the others
are built when first shown, or once home has painted (``KioskWindow._prebuild``).
A screen's module is imported when it is first built.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QScrollArea

SCREENS = (
    "home",
    "catalog",
    "intro",
    "wizard",
    "review",
    "consent",
    "receipt",
    "feedback",
    "lookup",
    "staff",
)
# Each screen's class, imported when the screen is first built (issue 17).
SCREEN_CLASSES = {
    "home": ("ui.screens._home", "HomeScreen"),
    "catalog": ("ui.screens._catalog", "CatalogScreen"),
    "intro": ("ui.screens._intro", "IntroScreen"),
    "wizard": ("ui.screens._wizard", "WizardScreen"),
    "review": ("ui.screens._review", "ReviewScreen"),
    "consent": ("ui.screens._consent", "ConsentScreen"),
    "receipt": ("ui.screens._receipt", "ReceiptScreen"),
    "feedback": ("ui.screens._feedback", "FeedbackScreen"),
    "lookup": ("ui.screens._lookup", "LookupScreen"),
    "staff": ("ui.screens._staff", "StaffScreen"),
}


class ScreenSet(dict[str, Any]):
    """The screens built so far; ``screens[name]`` builds a missing one (``get``/``in`` do
    not). Iterating gives only the built ones."""

    def __init__(self, build: Callable[[str], Any]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, name: str) -> Any:
        if name not in SCREEN_CLASSES:
            raise KeyError(name)
        return self._build(name)


def make_screen(window: Any, name: str) -> Any:
    """Make screen ``name`` of ``window``, put it in its stack (in a scroll area unless it
    scrolls itself) and wire its intents to the window's flow."""
    module, cls = SCREEN_CLASSES[name]
    make = getattr(importlib.import_module(module), cls)
    if name == "home":
        widget = make(window.config.kiosk.name)
    elif name == "catalog":
        widget = make(window.catalog)
    elif name == "wizard":
        widget = make(window.session)
    elif name == "review":  # the fee's VietQR needs the agency's account ([payment])
        widget = make(window.session, fee_qr=window.config.payment.enabled)
    else:
        widget = make()
    page = widget
    if not widget.findChildren(QScrollArea):  # at 200 % every screen must still fit
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setWidget(widget)
    window.screens[name] = widget
    window.pages[name] = page
    window.stack.addWidget(page)
    widget.spoken.connect(window._on_screen_spoken)
    if name == "home":
        widget.set_language(window.lang)
    window.flow.wire(name, widget)
    return widget
