"""Key buttons for the on-screen keyboard: big, never focusable, sized from the font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPaintEvent, QResizeEvent
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
        self._base_font = QFont(self.font())
        self._inline = False  # caption beside the label (a short, wide key)

    def apply_metrics(self, side: int, base_font: QFont, unit: int | None = None) -> None:
        """Size for a standard key ``side`` px high and ``unit`` px wide (default: square).

        The label and caption follow ``base_font`` (the resident's text size): one-letter
        labels bigger, captions a little smaller; they shrink only as far as the key as
        laid out needs (see :meth:`_fit_fonts`).
        """
        self._side = side
        self._unit = unit or side
        self._base_font = QFont(base_font)
        self.setMinimumSize(round(self._unit * self.span), side)
        self._fit_fonts()
        self.updateGeometry()

    def _fit_fonts(self) -> None:
        """Label and caption fonts for the key's size as laid out (keys stretch wider than
        their unit): stacked (caption under the label) or, on a short wide key, side by side,
        whichever keeps the caption bigger. Nothing is elided."""
        width = self.width() if self.width() > 0 else round(self._unit * self.span)
        height = self.height() if self.height() > 0 else self._side
        room_w, room_h = max(1, width - 12), max(1, height - 4)  # a little air at the sides
        base = self._base_font
        label = scaled_font(base, 1.35 if len(self.text()) <= 2 else 1.0)
        if not self.caption:
            self._inline = False
            self._label_font = _fit(label, self.text(), room_w, room_h)
            self._caption_font = scaled_font(base, 0.8)
        elif not self.text():  # the space bar: its caption is its label
            self._inline = False
            self._label_font = label
            self._caption_font = _fit(QFont(base), self.caption, room_w, room_h)
        else:
            caption = scaled_font(base, 0.8)
            stacked = _stack(label, self.text(), caption, self.caption, room_w, room_h)
            # Side by side the letter needs no extra size to stand out from its caption.
            beside = scaled_font(base, 1.1)
            inline = _side_by_side(beside, self.text(), caption, self.caption, room_w, room_h)
            self._inline = _px(inline[1]) > _px(stacked[1])
            self._label_font, self._caption_font = inline if self._inline else stacked
        # Kept apart from self.font(): an application style sheet's font-size wins there.
        self.setFont(self._label_font)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_fonts()

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
        if self._inline:  # label and caption side by side, centred together
            label_w = QFontMetrics(self._label_font).horizontalAdvance(self.text())
            gap = QFontMetrics(self._caption_font).horizontalAdvance(" ")
            caption_w = QFontMetrics(self._caption_font).horizontalAdvance(self.caption)
            left = area.left() + (area.width() - label_w - gap - caption_w) // 2
            painter.setFont(self._label_font)
            painter.drawText(
                QRect(left, area.top(), label_w, area.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.text(),
            )
            painter.setFont(self._caption_font)
            painter.drawText(
                QRect(left + label_w + gap, area.top(), caption_w + 1, area.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.caption,
            )
            return
        caption_h = QFontMetrics(self._caption_font).height() if self.caption else 0
        if self.caption and not self.text():
            caption_h = area.height()  # the space bar: its caption fills the key
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


def _px(font: QFont) -> float:
    """A font's size in pixels (style sheet fonts are in pixels; others in points)."""
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


def _fit(font: QFont, text: str, width: int, height: int) -> QFont:
    """``font``, smaller if ``text`` in it is wider or taller than ``width`` x ``height``."""
    fm = QFontMetrics(font)
    factor = min(1.0, height / max(1, fm.height()))
    if text:
        factor = min(factor, width / max(1, fm.horizontalAdvance(text)))
    return scaled_font(font, factor) if factor < 1.0 else QFont(font)


def _stack(
    label: QFont, text: str, caption: QFont, words: str, width: int, height: int
) -> tuple[QFont, QFont]:
    """Fonts for the caption under the label: both shrink together to fit the height."""
    total = QFontMetrics(label).height() + QFontMetrics(caption).height()
    factor = min(1.0, height / max(1, total))
    label, caption = scaled_font(label, factor), scaled_font(caption, factor)
    return _fit(label, text, width, height), _fit(caption, words, width, height)


def _side_by_side(
    label: QFont, text: str, caption: QFont, words: str, width: int, height: int
) -> tuple[QFont, QFont]:
    """Fonts for the caption beside the label on one line, both shrunk together to fit."""
    lfm, cfm = QFontMetrics(label), QFontMetrics(caption)
    wide = lfm.horizontalAdvance(text) + cfm.horizontalAdvance(" ") + cfm.horizontalAdvance(words)
    factor = min(1.0, width / max(1, wide), height / max(1, lfm.height(), cfm.height()))
    label, caption = scaled_font(label, factor), scaled_font(caption, factor)
    # Rounding to whole pixels may make the pair a pixel too wide: one step smaller then.
    lfm, cfm = QFontMetrics(label), QFontMetrics(caption)
    if lfm.horizontalAdvance(text) + cfm.horizontalAdvance(" " + words) > width:
        label, caption = scaled_font(label, 0.94), scaled_font(caption, 0.94)
    return label, caption
