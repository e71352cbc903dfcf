"""After an application: a 1–5 satisfaction rating and where to give feedback (iHanoi)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui._theme import set_role
from ui.screens._receipt import qr_pixmap

# iHanoi has no public deep link for feedback (DOMAIN.md): point at the city portal.
IHANOI_URL = "https://hanoi.gov.vn"


class FeedbackScreen(QWidget):
    """Emits ``rated(int)`` once per application and ``done_requested`` to finish."""

    rated = Signal(int)
    done_requested = Signal()
    spoken = Signal(str, str, str)

    LABELS = (  # translated when shown (self.tr), marked here for lupdate
        QT_TRANSLATE_NOOP("FeedbackScreen", "Rất không hài lòng"),
        QT_TRANSLATE_NOOP("FeedbackScreen", "Không hài lòng"),
        QT_TRANSLATE_NOOP("FeedbackScreen", "Bình thường"),
        QT_TRANSLATE_NOOP("FeedbackScreen", "Hài lòng"),
        QT_TRANSLATE_NOOP("FeedbackScreen", "Rất hài lòng"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.title = set_role(
            QLabel(self.tr("Bạn có hài lòng với dịch vụ hôm nay không?"), self), "title"
        )
        self.title.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.stars: list[QPushButton] = []
        # One answer per line, best first: every label is read whole at any text size
        # (five side by side cut "Rất không hài lòng" at 200 %).
        row = QVBoxLayout()
        row.setSpacing(10)
        for n, label in reversed(list(enumerate(self.LABELS, 1))):
            words = self.tr(str(label))
            button = set_role(QPushButton(f"{'★' * n}{'☆' * (5 - n)}   {words}", self), "choice")
            button.setCheckable(True)
            button.setAccessibleName(f"{n}: {words}")
            self.group.addButton(button, n)
            self.stars.insert(0, button)
            row.addWidget(button)
        self.group.idClicked.connect(self._on_group_clicked)
        self.thanks = set_role(QLabel(self), "note")
        self.thanks.setWordWrap(True)
        self.thanks.hide()
        self.ihanoi = set_role(
            QLabel(
                self.tr(
                    "Bạn có thể góp ý thêm qua ứng dụng iHanoi (Công dân Thủ đô số). "
                    "Quét mã QR để mở Cổng thông tin điện tử Hà Nội và tải ứng dụng."
                ),
                self,
            ),
            "hint",
        )
        self.ihanoi.setWordWrap(True)
        self.qr = QLabel(self)
        self.qr.setAccessibleName(self.tr("Mã QR góp ý iHanoi"))
        # Drawn when first shown: building the QR at start-up cost a third of a second.
        self.qr.setFixedSize(200, 200)
        self.done = set_role(QPushButton(self.tr("Xong / người tiếp theo"), self), "primary")
        self.done.setAccessibleName(self.tr("Xong, xoá thông tin, cho người tiếp theo"))
        self.done.clicked.connect(self.done_requested)

        column = QVBoxLayout(self)
        column.setContentsMargins(60, 30, 60, 16)
        column.setSpacing(18)
        column.addWidget(self.title)
        column.addLayout(row)
        column.addWidget(self.thanks)
        info = QHBoxLayout()
        info.addWidget(self.ihanoi, 1)
        info.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(info)
        column.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done)
        column.addLayout(bottom)

    def reset(self) -> None:
        """A new application: no rating yet."""
        self.group.setExclusive(False)
        for button in self.stars:
            button.setChecked(False)
            button.setEnabled(True)
        self.group.setExclusive(True)
        self.thanks.hide()
        self.spoken.emit(self.title.text(), "", "")

    clear = reset

    def _on_group_clicked(self, rating: int) -> None:
        for button in self.stars:
            button.setEnabled(button is self.group.button(rating))
        self.thanks.setText(self.tr("Cảm ơn bạn đã đánh giá!"))
        self.thanks.show()
        self.rated.emit(rating)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Draw the iHanoi QR the first time the screen is shown."""
        if self.qr.pixmap() is None or self.qr.pixmap().isNull():
            self.qr.setPixmap(qr_pixmap(IHANOI_URL, 200))
        super().showEvent(event)
