"""Register the bundled Vietnamese-capable TTFs with ReportLab once per process.

ReportLab's built-in fonts (Helvetica, Times) are WinAnsi only and print
Vietnamese as black boxes. Parsing a TTF takes tens of milliseconds, so the
registration is cached at module level behind a lock: the first receipt pays,
later ones (from any thread) don't.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

__all__ = ["FONT_BOLD", "FONT_REGULAR", "register_fonts"]

FONT_REGULAR = "KioskSans"
FONT_BOLD = "KioskSans-Bold"

_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Make sure the bundled fonts are registered; return (regular, bold) ReportLab names.

    Raises:
        FileNotFoundError: the bundled fonts are missing (a broken install).
    """
    global _registered
    if _registered:  # fast path without the lock; the flag is only ever set to True
        return FONT_REGULAR, FONT_BOLD
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(
                TTFont(FONT_REGULAR, str(resources.path("fonts", resources.FONT_REGULAR)))
            )
            pdfmetrics.registerFont(
                TTFont(FONT_BOLD, str(resources.path("fonts", resources.FONT_BOLD)))
            )
            # No italic face is bundled: map italic to the upright faces so <i> in a
            # Paragraph never falls back to a built-in (box-printing) font.
            addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
            addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
            addMapping(FONT_REGULAR, 0, 1, FONT_REGULAR)
            addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)
            _registered = True
    return FONT_REGULAR, FONT_BOLD
