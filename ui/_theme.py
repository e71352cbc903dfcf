"""The kiosk's look: one stylesheet from the font scale and the contrast setting.

Widgets only say what they are (the ``role`` property: "title", "question",
"primary"...); sizes and colours live here, so 200 % text and the high-contrast
theme apply to every screen the same way. Touch targets stay at least 48 px
high at 100 % and grow with the text.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

import resources

FONT_FAMILY = resources.FONT_FAMILY
W = TypeVar("W", bound=QWidget)

_NORMAL = {
    "bg": "#f6f4ef",
    "fg": "#1b1b1b",
    "muted": "#4a4a4a",
    "panel": "#ffffff",
    "border": "#8a8a8a",
    "primary": "#0b57a4",
    "primary_fg": "#ffffff",
    "primary_pressed": "#083f78",
    "secondary": "#ffffff",
    "secondary_fg": "#0b57a4",
    "error": "#b00020",
    "error_bg": "#fde7ea",
    "note_bg": "#fff4cc",
    "note_fg": "#4d3b00",
    "checked": "#0b57a4",
    "checked_fg": "#ffffff",
    "focus": "#e08a00",
    "topbar": "#0b3a6b",
    "topbar_fg": "#ffffff",
    "disabled": "#9a9a9a",
}
_HIGH_CONTRAST = {
    "bg": "#000000",
    "fg": "#ffffff",
    "muted": "#ffffff",
    "panel": "#000000",
    "border": "#ffffff",
    "primary": "#ffd400",
    "primary_fg": "#000000",
    "primary_pressed": "#ffffff",
    "secondary": "#000000",
    "secondary_fg": "#ffff00",
    "error": "#ff6b6b",
    "error_bg": "#000000",
    "note_bg": "#000000",
    "note_fg": "#ffff00",
    "checked": "#ffff00",
    "checked_fg": "#000000",
    "focus": "#00ffff",
    "topbar": "#000000",
    "topbar_fg": "#ffffff",
    "disabled": "#bbbbbb",
}


def px(base: int, scale: int) -> int:
    """``base`` pixels at 100 %, scaled to ``scale`` percent."""
    return round(base * scale / 100)


def stylesheet(scale: int = 100, high_contrast: bool = False) -> str:
    """The Qt stylesheet for a font scale (100–200) and a contrast mode."""
    c = _HIGH_CONTRAST if high_contrast else _NORMAL
    border = 3 if high_contrast else 2

    def s(n: int) -> int:
        return px(n, scale)

    def t(n: int) -> int:  # the top bar grows less, so every control still fits in one row
        return px(n, min(scale, 130))

    touch = max(48, s(60))
    return f"""
QWidget {{ font-family: "{FONT_FAMILY}"; font-size: {s(22)}px; color: {c["fg"]}; }}
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget,
QWidget[role="screen"] {{ background: {c["bg"]}; }}
QWidget#TopBar {{ background: {c["topbar"]}; border-bottom: {border}px solid {c["border"]}; }}
QScrollArea {{ border: none; }}
QLabel[role="topbar"] {{ color: {c["topbar_fg"]}; font-size: {s(20)}px; font-weight: bold; }}
QLabel[role="voice_off"] {{ color: {c["topbar_fg"]}; font-size: {s(16)}px; }}
QLabel[role="title"] {{ font-size: {s(36)}px; font-weight: bold; }}
QLabel[role="section"] {{ font-size: {s(24)}px; font-weight: bold; color: {c["primary"] if high_contrast else c["muted"]}; }}
QLabel[role="progress"] {{ font-size: {s(20)}px; color: {c["muted"]}; }}
QLabel[role="question"] {{ font-size: {s(34)}px; font-weight: bold; }}
QLabel[role="hint"] {{ font-size: {s(22)}px; color: {c["muted"]}; }}
QLabel[role="answer"] {{ font-size: {s(28)}px; font-weight: bold; }}
QLabel[role="code"] {{ font-size: {s(34)}px; font-weight: bold; letter-spacing: 1px; }}
QLabel[role="error"] {{ font-size: {s(24)}px; font-weight: bold; color: {c["error"]};
    background: {c["error_bg"]}; border: {border}px solid {c["error"]}; border-radius: 6px; padding: {s(8)}px; }}
QLabel[role="note"], QLabel[role="sensitive"] {{ color: {c["note_fg"]}; background: {c["note_bg"]};
    border: {border}px solid {c["note_fg"]}; border-radius: 6px; padding: {s(8)}px; }}
QLabel[role="consent_text"] {{ font-size: {s(22)}px; }}
QFrame[role="card"] {{ background: {c["panel"]}; border: {border}px solid {c["border"]}; border-radius: 10px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QPushButton {{ min-height: {touch}px; min-width: {touch}px; padding: {s(6)}px {s(20)}px;
    font-size: {s(24)}px; border-radius: 10px; background: {c["secondary"]}; color: {c["secondary_fg"]};
    border: {border}px solid {c["secondary_fg"]}; }}
QPushButton[role="primary"] {{ background: {c["primary"]}; color: {c["primary_fg"]};
    border: {border}px solid {c["primary"]}; font-weight: bold; }}
QPushButton[role="primary"]:pressed {{ background: {c["primary_pressed"]}; }}
QPushButton[role="topbar"] {{ min-height: 48px; min-width: 48px; font-size: {t(20)}px;
    padding: 2px {t(12)}px;
    background: {c["topbar"]}; color: {c["topbar_fg"]}; border: 2px solid {c["topbar_fg"]}; }}
QPushButton[role="topbar"]:checked {{ background: {c["topbar_fg"]}; color: {c["topbar"]}; }}
QPushButton[role="choice"] {{ text-align: left; padding-left: {s(24)}px; font-size: {s(26)}px; }}
QPushButton[role="choice"]:checked {{ background: {c["checked"]}; color: {c["checked_fg"]}; font-weight: bold; }}
QPushButton[role="link"] {{ border: none; background: transparent; text-decoration: underline; }}
QPushButton:disabled {{ color: {c["disabled"]}; border-color: {c["disabled"]}; }}
QPushButton:focus, QLineEdit:focus, QCheckBox:focus, QListWidget:focus {{ outline: none;
    border: {border + 1}px solid {c["focus"]}; }}
QLineEdit, QSpinBox {{ min-height: {touch}px; font-size: {s(28)}px; padding: 0 {s(12)}px;
    background: {c["panel"]}; border: {border}px solid {c["border"]}; border-radius: 8px; }}
QListWidget {{ background: {c["panel"]}; border: {border}px solid {c["border"]}; font-size: {s(24)}px; }}
QListWidget::item {{ min-height: {touch}px; padding: {s(6)}px; border-bottom: 1px solid {c["border"]}; }}
QListWidget::item:selected {{ background: {c["checked"]}; color: {c["checked_fg"]}; }}
QCheckBox {{ font-size: {s(24)}px; spacing: {s(14)}px; min-height: {touch}px; }}
QCheckBox::indicator {{ width: {max(36, s(40))}px; height: {max(36, s(40))}px;
    border: {border + 1}px solid {c["fg"]}; background: {c["panel"]}; border-radius: 4px; }}
QCheckBox::indicator:checked {{ background: {c["checked"]}; }}
QProgressBar {{ min-height: {s(14)}px; max-height: {s(14)}px; border: 1px solid {c["border"]};
    border-radius: 6px; background: {c["panel"]}; }}
QProgressBar::chunk {{ background: {c["primary"]}; border-radius: 6px; }}
QScrollBar:vertical {{ width: {max(24, s(28))}px; }}
QWidget#Banner {{ background: {c["note_bg"]}; border: {border + 1}px solid {c["note_fg"]}; }}
QLabel[role="banner"] {{ color: {c["note_fg"]}; font-size: {s(26)}px; font-weight: bold; }}
"""


def set_role(widget: W, role: str) -> W:
    """Tag a widget with its role for the stylesheet (re-polished so a change shows at once)."""
    widget.setProperty("role", role)
    if role == "screen":  # QWidget subclasses paint a stylesheet background only when asked
        widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget
