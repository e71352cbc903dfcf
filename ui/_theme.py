"""The kiosk's look: one stylesheet from the font scale and the contrast setting.

Widgets only say what they are (the ``role`` property: "title", "question",
"primary"...); sizes and colours live here, so 200 % text and the high-contrast
theme apply to every screen the same way. Touch targets stay at least 48 px
high at 100 % and grow with the text.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

import resources

FONT_FAMILY = resources.FONT_FAMILY
W = TypeVar("W", bound=QWidget)

_NORMAL = {
    "bg": "#f6f4ef",
    "fg": "#1b1b1b",
    "muted": "#4a4a4a",
    "panel": "#ffffff",
    "border": "#8a8a8a",
    "primary": "#0b4f96",
    "primary_fg": "#ffffff",
    "primary_pressed": "#083f78",
    "secondary": "#ffffff",
    "secondary_fg": "#0b4f96",
    "error": "#8c0019",
    "error_bg": "#fde7ea",
    "note_bg": "#fff4cc",
    "note_fg": "#4d3b00",
    "checked": "#0b4f96",
    "checked_fg": "#ffffff",
    "focus": "#e08a00",
    "topbar": "#0b3a6b",
    "topbar_fg": "#ffffff",
    "topbar_disabled": "#b8c3d1",
    "disabled": "#666666",
    "placeholder": "#4a4a4a",
    "good": "#145220",
    "bad": "#8c0019",
    "grid": "#8a8a8a",
    "alert": "#8c0019",
    "alert_bg": "#fde7ea",
    "groove": "#e2ded4",
    "handle": "#4a4a4a",
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
    "error": "#ff8080",
    "error_bg": "#000000",
    "note_bg": "#000000",
    "note_fg": "#ffff00",
    "checked": "#ffff00",
    "checked_fg": "#000000",
    "focus": "#00ffff",
    "topbar": "#000000",
    "topbar_fg": "#ffffff",
    "topbar_disabled": "#bbbbbb",
    "disabled": "#bbbbbb",
    "placeholder": "#d0d0d0",
    "good": "#6fdc7c",
    "bad": "#ff8080",
    "grid": "#ffffff",
    "alert": "#ffff00",
    "alert_bg": "#000000",
    "groove": "#000000",
    "handle": "#ffffff",
}


def px(base: int, scale: int) -> int:
    """``base`` pixels at 100 %, scaled to ``scale`` percent."""
    return round(base * scale / 100)


def colors(high_contrast: bool = False) -> dict[str, str]:
    """The theme's colours by name (for widgets that paint their own text)."""
    return dict(_HIGH_CONTRAST if high_contrast else _NORMAL)


def stylesheet(scale: int = 100, high_contrast: bool = False) -> str:
    """The Qt stylesheet for a font scale (100–200) and a contrast mode."""
    c = _HIGH_CONTRAST if high_contrast else _NORMAL
    border = 3 if high_contrast else 2

    def s(n: int) -> int:
        return px(n, scale)

    touch = max(48, s(44))  # inside the padding and border: 48 px at 100 %, ~110 px at 200 %
    # Scroll bars are touch targets too: a whole-width groove and a handle a finger can
    # drag (no arrow buttons: with only a width set, Qt drew the bar as two small boxes).
    # A bar's length in the style sheet is only its size hint (the scroll area stretches it
    # over the view): kept at Qt's own (two bar widths for arrows and 26 px), since every
    # scroll area's least height counts it; a longer one pushed the on-screen keyboard off
    # a 768 px screen at 200 %.
    bar = max(48, s(34))
    bar_hint = 2 * bar + 26
    return f"""
QWidget {{ font-family: "{FONT_FAMILY}"; font-size: {s(22)}px; color: {c["fg"]}; }}
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget,
QWidget[role="screen"] {{ background: {c["bg"]}; }}
QWidget#TopBar {{ background: {c["topbar"]}; border-bottom: {border}px solid {c["border"]}; }}
QScrollArea {{ border: none; }}
QLabel[role="topbar"] {{ color: {c["topbar_fg"]}; font-size: {s(20)}px; font-weight: bold; }}
QLabel[role="voice_off"] {{ color: {c["topbar_fg"]}; font-size: {s(16)}px; }}
QLabel[role="title"] {{ font-size: {s(36)}px; font-weight: bold; }}
QLabel[role="section"] {{ font-size: {s(24)}px; font-weight: bold;
    color: {c["primary"] if high_contrast else c["muted"]}; }}
QLabel[role="progress"] {{ font-size: {s(20)}px; color: {c["muted"]}; }}
QLabel[role="question"] {{ font-size: {s(34)}px; font-weight: bold; }}
QLabel[role="hint"] {{ font-size: {s(22)}px; color: {c["muted"]}; }}
QLabel[role="answer"] {{ font-size: {s(28)}px; font-weight: bold; }}
QLabel[role="code"] {{ font-size: {s(34)}px; font-weight: bold; letter-spacing: 1px; }}
QLabel[role="error"] {{ font-size: {s(24)}px; font-weight: bold; color: {c["error"]};
    background: {c["error_bg"]}; border: {border}px solid {c["error"]}; border-radius: 6px;
    padding: {s(8)}px; }}
QLabel[role="note"], QLabel[role="sensitive"] {{ color: {c["note_fg"]}; background: {c["note_bg"]};
    border: {border}px solid {c["note_fg"]}; border-radius: 6px; padding: {s(8)}px; }}
QLabel[role="consent_text"] {{ font-size: {s(22)}px; }}
QLabel[role="good"], QLabel[tone="good"] {{ color: {c["good"]}; font-weight: bold; }}
QLabel[role="bad"], QLabel[tone="bad"] {{ color: {c["bad"]}; font-weight: bold; }}
QFrame[role="card"] {{ background: {c["panel"]}; border: {border}px solid {c["border"]};
    border-radius: 10px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QPushButton {{ min-height: {touch}px; min-width: {touch}px; padding: {s(4)}px {s(16)}px;
    font-size: {s(24)}px; border-radius: 10px; background: {c["secondary"]};
    color: {c["secondary_fg"]};
    border: {border}px solid {c["secondary_fg"]}; }}
QPushButton:checked {{ background: {c["checked"]}; color: {c["checked_fg"]}; }}
QPushButton[role="primary"] {{ background: {c["primary"]}; color: {c["primary_fg"]};
    border: {border}px solid {c["primary"]}; font-weight: bold; }}
QPushButton[role="primary"]:pressed {{ background: {c["primary_pressed"]}; }}
QPushButton[role="choice"] {{ text-align: left; padding-left: {s(24)}px; font-size: {s(26)}px; }}
QPushButton[role="choice"]:checked {{ background: {c["checked"]}; color: {c["checked_fg"]};
    font-weight: bold; }}
QPushButton[role="day"] {{ min-width: 48px; padding: {s(2)}px {s(2)}px; }}
QPushButton[role="day"]:checked {{ font-weight: bold; }}
QPushButton[role="card"] {{ text-align: left; padding: {s(10)}px {s(16)}px; }}
QPushButton QLabel {{ background: transparent; color: {c["secondary_fg"]}; font-size: {s(24)}px; }}
QPushButton[role="primary"] QLabel {{ color: {c["primary_fg"]}; font-weight: bold; }}
QPushButton[role="link"] {{ border: none; background: transparent; text-decoration: underline; }}
QPushButton:disabled {{ color: {c["disabled"]}; border-color: {c["disabled"]}; }}
QPushButton[role="primary"]:disabled {{ background: {c["bg"]}; color: {c["disabled"]};
    border-color: {c["disabled"]}; }}
QPushButton[role="topbar"] {{ min-height: 48px; min-width: 48px; font-size: {s(20)}px;
    padding: 2px {s(10)}px;
    background: {c["topbar"]}; color: {c["topbar_fg"]}; border: 2px solid {c["topbar_fg"]}; }}
QPushButton[role="topbar"]:checked {{ background: {c["topbar_fg"]}; color: {c["topbar"]}; }}
QPushButton[role="topbar"]:disabled {{ color: {c["topbar_disabled"]};
    border-color: {c["topbar_disabled"]}; }}
QPushButton[role="help"] {{ min-height: 48px; min-width: 48px; font-size: {s(20)}px;
    font-weight: bold;
    padding: 2px {s(10)}px; background: {c["primary"] if high_contrast else c["note_bg"]};
    color: {c["primary_fg"] if high_contrast else c["note_fg"]};
    border: 2px solid {c["topbar_fg"]}; }}
QPushButton:focus, QLineEdit:focus, QCheckBox:focus, QListWidget:focus {{ outline: none;
    border: {border + 1}px solid {c["focus"]}; }}
QLineEdit, QSpinBox {{ min-height: {touch}px; font-size: {s(28)}px; padding: 0 {s(12)}px;
    background: {c["panel"]}; border: {border}px solid {c["border"]}; border-radius: 8px;
    placeholder-text-color: {c["placeholder"]}; }}
QComboBox {{ min-height: {touch}px; padding: 0 {s(12)}px; background: {c["panel"]};
    color: {c["fg"]}; border: {border}px solid {c["border"]}; border-radius: 8px; }}
QComboBox QAbstractItemView {{ background: {c["panel"]}; color: {c["fg"]};
    selection-background-color: {c["checked"]}; selection-color: {c["checked_fg"]}; }}
QListWidget {{ background: {c["panel"]}; border: {border}px solid {c["border"]};
    font-size: {s(24)}px; }}
QListWidget::item {{ min-height: {touch}px; padding: {s(6)}px;
    border-bottom: 1px solid {c["border"]}; }}
QListWidget::item:selected, QListWidget::item:selected:!active {{ background: {c["checked"]};
    color: {c["checked_fg"]}; }}
QCheckBox {{ font-size: {s(24)}px; spacing: {s(14)}px; min-height: {touch}px; }}
QCheckBox::indicator {{ width: {max(36, s(40))}px; height: {max(36, s(40))}px;
    border: {border + 1}px solid {c["fg"]}; background: {c["panel"]}; border-radius: 4px; }}
QCheckBox::indicator:checked {{ background: {c["checked"]}; }}
QProgressBar {{ min-height: {s(14)}px; max-height: {s(14)}px; border: 1px solid {c["border"]};
    border-radius: 6px; background: {c["panel"]}; }}
QProgressBar::chunk {{ background: {c["primary"]}; border-radius: 6px; }}
QScrollBar:vertical {{ width: {bar}px; height: {bar_hint}px; margin: 0;
    background: {c["groove"]}; border: none; border-left: {border}px solid {c["border"]}; }}
QScrollBar:horizontal {{ height: {bar}px; width: {bar_hint}px; margin: 0;
    background: {c["groove"]}; border: none; border-top: {border}px solid {c["border"]}; }}
QScrollBar::handle:vertical {{ min-height: {bar}px; margin: 4px {s(6)}px;
    background: {c["handle"]}; border-radius: {s(8)}px; }}
QScrollBar::handle:horizontal {{ min-width: {bar}px; margin: {s(6)}px 4px;
    background: {c["handle"]}; border-radius: {s(8)}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none;
    background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollBar::up-arrow, QScrollBar::down-arrow, QScrollBar::left-arrow,
QScrollBar::right-arrow {{ width: 0; height: 0; background: none; }}
QTabWidget::pane, QStackedWidget#ConsolePages {{ border: {border}px solid {c["border"]};
    background: {c["panel"]}; }}
QTabBar::tab {{ min-height: {touch}px; padding: 0 {s(18)}px; margin-right: 4px; font-weight: bold;
    background: {c["secondary"]}; color: {c["secondary_fg"]};
    border: {border}px solid {c["secondary_fg"]};
    border-bottom: none; border-top-left-radius: 8px; border-top-right-radius: 8px; }}
QTabBar::tab:selected {{ background: {c["checked"]}; color: {c["checked_fg"]}; }}
QTableView {{ background: {c["panel"]}; color: {c["fg"]}; gridline-color: {c["grid"]};
    border: {border}px solid {c["border"]}; selection-background-color: {c["checked"]};
    selection-color: {c["checked_fg"]}; font-size: {s(20)}px; }}
QHeaderView::section {{ background: {c["bg"]}; color: {c["fg"]}; font-weight: bold;
    padding: {s(6)}px {s(8)}px; border: 1px solid {c["grid"]}; font-size: {s(20)}px; }}
QGroupBox {{ color: {c["fg"]}; font-weight: bold; margin-top: 1.2em; }}
QWidget#Banner {{ background: {c["note_bg"]}; border: {border + 1}px solid {c["note_fg"]}; }}
QLabel[role="banner"] {{ color: {c["note_fg"]}; font-size: {s(26)}px; font-weight: bold; }}
QWidget#StaffAlert {{ background: {c["alert_bg"]};
    border-bottom: {border + 1}px solid {c["alert"]}; }}
QWidget#StaffAlert QLabel {{ color: {c["alert"]}; font-weight: bold; }}
QScrollArea#StaffAlertText, QScrollArea#StaffAlertText > QWidget > QWidget {{
    background: {c["alert_bg"]}; }}
QWidget#ConfirmCard {{ background: {c["panel"]}; border: {border + 1}px solid {c["fg"]};
    border-radius: 12px; }}
"""


_WRAPPED = {"title", "section", "question", "hint", "answer", "error", "note", "sensitive",
            "banner", "consent_text", "progress"}


def set_role(widget: W, role: str) -> W:
    """Tag a widget with its role for the stylesheet (re-polished so a change shows at once).

    Labels of the text roles word-wrap: at 200 % a title on one line would set the
    page's minimum width past the screen's edge (and push the window out with it).
    """
    widget.setProperty("role", role)
    if role in _WRAPPED and isinstance(widget, QLabel):
        widget.setWordWrap(True)
    if role == "screen":  # QWidget subclasses paint a stylesheet background only when asked
        widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # Already styled (a role changed on a shown widget): style it again. A widget not
        # yet polished gets the role's style when it is first shown; polishing it here
        # too doubled the cost of building a screen (issue 16's screen change).
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    return widget
