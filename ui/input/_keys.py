"""Key buttons for the on-screen keyboard: big, never focusable, sized from the font."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

__all__ = ["MIN_KEY_PX", "KeyButton", "key_side"]

MIN_KEY_PX = 48
"""Smallest key side at 100 % scale: the usual minimum touch target."""


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

    def apply_metrics(self, side: int, base_font: QFont) -> None:
        """Size for a standard key side of ``side`` px; one-letter labels get a bigger font."""
        self._side = side
        font = QFont(base_font)
        if len(self.text()) <= 2:
            font.setPointSizeF(max(base_font.pointSizeF(), 1.0) * 1.35)
        self.setFont(font)
        self._caption_font = QFont(base_font)
        self._caption_font.setPointSizeF(max(base_font.pointSizeF(), 1.0) * 0.8)
        self.setMinimumSize(round(side * self.span), side)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(round(self._side * self.span), self._side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.caption:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        area = self.rect().adjusted(2, 2, -2, -2)
        caption_fm = QFontMetrics(self._caption_font)
        caption_h = caption_fm.height()
        top = QRect(area.left(), area.top(), area.width(), area.height() - caption_h)
        bottom = QRect(area.left(), area.bottom() - caption_h, area.width(), caption_h)
        painter.setFont(self.font())
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.setFont(self._caption_font)
        caption = caption_fm.elidedText(self.caption, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, caption)
