"""Key buttons for the on-screen keyboard: big, never focusable, sized from the font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from ui._theme import colors

__all__ = ["MIN_KEY_PX", "SQUEEZED_KEY_PX", "KeyButton", "key_side"]

MIN_KEY_PX = 48
"""Smallest key side at 100 % scale: the usual minimum touch target."""

SQUEEZED_KEY_PX = 48
"""Smallest key height when the keyboard is squeezed to leave the page room (large text):
still a full touch target."""


def scaled_font(font: QFont, factor: float) -> QFont:
    """``font`` ``factor`` times as big, whether its size is in points or pixels (style sheets)."""
    result = QFont(font)
    if font.pixelSize() > 0:
        result.setPixelSize(max(1, round(font.pixelSize() * factor)))
    else:
        result.setPointSizeF(max(font.pointSizeF(), 1.0) * factor)
    return result


def special_key(kind: str, page: QWidget, span: float = 1.0) -> KeyButton:
    """A key both pages have: "enter" (Xong), "hide" (▾ ẩn) or "backspace" (⌫)."""
    if kind == "enter":
        label = QCoreApplication.translate("Keyboard", "Xong")
        name = QCoreApplication.translate("Keyboard", "Phím Enter")
        return KeyButton(label, name, page, span=span, role="enter")
    if kind == "hide":
        name = QCoreApplication.translate("Keyboard", "Ẩn bàn phím")
        caption = QCoreApplication.translate("Keyboard", "ẩn")
        return KeyButton("▾", name, page, span=span, role="hide", caption=caption)
    name = QCoreApplication.translate("Keyboard", "Xoá")
    return KeyButton("⌫", name, page, span=span, role="backspace")


def key_side(font: QFont) -> int:
    """Side of a standard key for ``font``: at least 48 px, growing with the text size."""
    return max(MIN_KEY_PX, round(QFontMetrics(font).height() * 2.6))


class KeyButton(QPushButton):
    """One key. ``span`` is its width in standard keys (space bar: 3).

    A ``caption`` is drawn small under the label ("á" over "sắc"). Keys never
    take focus, so tapping one leaves the field being typed focused.
    """

    def __init__(
        self,
        label: str,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        span: float = 1.0,
        role: str = "char",
        caption: str = "",
    ) -> None:
        super().__init__(label, parent)
        self.span = span
        self.caption = caption
        self.setObjectName(f"key-{role}")
        self.setProperty("keyRole", role)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setAccessibleName(accessible_name)
        self.setToolTip(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._side = MIN_KEY_PX
        self._unit = MIN_KEY_PX
        self._label_font = QFont(self.font())
        self._caption_font = QFont(self.font())

    def apply_metrics(self, side: int, base_font: QFont, unit: int | None = None) -> None:
        """Size for a standard key ``side`` px high and ``unit`` px wide (default: square);
        one-letter labels get a bigger font, a label too big for the key a smaller one."""
        self._side = side
        self._unit = unit or side
        font = scaled_font(base_font, 1.35 if len(self.text()) <= 2 else 1.0)
        caption = scaled_font(base_font, 0.8)
        if self.caption:  # a squeezed key: the caption gets at most 40 % of the height
            caption_h = QFontMetrics(caption).height()
            if caption_h > 0.4 * (side - 4):
                caption = scaled_font(caption, 0.4 * (side - 4) / caption_h)
        self._caption_font = caption
        room = side - 4 - (QFontMetrics(caption).height() if self.caption else 0)
        label_height = QFontMetrics(font).height()
        if label_height > room > 0:  # a squeezed key: the label shrinks to fit
            font = scaled_font(font, room / label_height)
        width = round(self._unit * self.span) - 8
        label_width = max((QFontMetrics(font).horizontalAdvance(self.text()), 1))
        if label_width > width > 0:  # a long label ("Chọn dấu") on a narrow key
            font = scaled_font(font, width / label_width)
        caption_width = QFontMetrics(caption).horizontalAdvance(self.caption)
        if self.caption and caption_width > width > 0:
            self._caption_font = scaled_font(caption, width / caption_width)
        # Kept apart from self.font(): an application style sheet's font-size wins there.
        self._label_font = font
        self.setFont(font)
        self.setMinimumSize(round(self._unit * self.span), side)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(round(self._unit * self.span), self._side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        # The theme's text colours (ui._theme): the style sheet draws the key, we draw the text.
        theme = colors(bool(self.window().property("highContrast")))
        color = QColor(theme["checked_fg"] if self.isChecked() else theme["secondary_fg"])
        if not self.isEnabled():
            color = QColor(theme["disabled"])
        painter.setPen(color)
        area = self.rect().adjusted(2, 2, -2, -2)
        caption_h = QFontMetrics(self._caption_font).height() if self.caption else 0
        top = QRect(area.left(), area.top(), area.width(), area.height() - caption_h)
        painter.setFont(self._label_font)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, self.text())
        if self.caption:
            bottom = QRect(area.left(), area.bottom() - caption_h, area.width(), caption_h)
            painter.setFont(self._caption_font)
            caption = QFontMetrics(self._caption_font).elidedText(
                self.caption, Qt.TextElideMode.ElideRight, area.width()
            )
            painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, caption)
