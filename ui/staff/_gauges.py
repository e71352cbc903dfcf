"""A target gauge: a labelled figure and a bar with the city's target drawn as a line."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui._theme import set_role
from ui.staff._common import percent, tr

GOOD = QColor("#1d6b2a")
BAD = QColor("#b00020")
NEUTRAL = QColor("#8a8a8a")


class _TargetBar(QWidget):
    """The share as a filled bar; the target as a dark vertical line across it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share: float | None = None
        self.target = 1.0
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, share: float | None, target: float) -> None:
        self.share, self.target = share, target
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(1, 4, self.width() - 2, self.height() - 8)
        p.setPen(QPen(NEUTRAL, 1))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(box, 5, 5)
        if self.share is not None:
            met = self.share >= self.target
            fill = QRectF(box.left(), box.top(), box.width() * min(self.share, 1.0), box.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(GOOD if met else BAD)
            p.drawRoundedRect(fill, 5, 5)
        x = box.left() + box.width() * min(self.target, 1.0)
        x = min(x, box.right() - 2)
        p.setPen(QPen(QColor("#1b1b1b"), 4))
        p.drawLine(int(x), 0, int(x), self.height())
        p.end()


class TargetGauge(QFrame):
    """One of the city's targets: "45 %", "mục tiêu ≥ 60 %", "27/60 hồ sơ", and the bar."""

    def __init__(self, title: str, target: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.target = target
        self.title = QLabel(title, self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.figure = set_role(QLabel("—", self), "figure")
        self.goal = set_role(QLabel(tr("mục tiêu ≥ {t}").format(t=percent(target)), self), "hint")
        self.detail = set_role(QLabel(self), "hint")
        self.detail.setWordWrap(True)
        self.bar = _TargetBar(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        for w in (self.title, self.figure, self.bar, self.goal, self.detail):
            column.addWidget(w)

    def set_ratio(self, part: int, whole: int, unit: str) -> None:
        """Show ``part`` of ``whole`` against the target; "chưa có số liệu" when ``whole`` is 0."""
        share = part / whole if whole else None
        self.figure.setText(percent(share))
        self.bar.set_values(share, self.target)
        if share is None:
            self.detail.setText(tr("Chưa có số liệu"))
            set_role(self.figure, "figure")
        else:
            self.detail.setText(f"{part}/{whole} {unit}")
            verdict = tr("đạt") if share >= self.target else tr("chưa đạt")
            self.figure.setText(f"{percent(share)} · {verdict}")
            # The theme's "good"/"bad" colours (both contrast modes), not fixed ones.
            self.figure.setProperty("tone", "good" if share >= self.target else "bad")
            set_role(self.figure, "figure")
        self.setAccessibleName(f"{self.title.text()}: {self.figure.text()}, {self.goal.text()}")
