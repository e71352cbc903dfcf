"""A yes/no question drawn over the whole kiosk window (touch-sized, scrolls at 200 %).

Used before "Xong / người tiếp theo" throws away an application that was not sent: the
safe answer (keep going) is the primary button, the wipe is the other, far apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui._theme import set_role


class ConfirmOverlay(QWidget):
    """Emits ``answered(bool)``: True for ``yes_text``, False for ``no_text`` (the safe one)."""

    answered = Signal(bool)

    def __init__(
        self, parent: QWidget, question: str, detail: str, yes_text: str, no_text: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ConfirmOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#ConfirmOverlay { background: rgba(0, 0, 0, 140); }")
        self.setAccessibleName(question)
        card = QWidget()
        card.setObjectName("ConfirmCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = card
        self.question = set_role(QLabel(question, card), "question")
        self.detail = set_role(QLabel(detail, card), "hint")
        for label in (self.question, self.detail):
            label.setWordWrap(True)
        self.no = set_role(QPushButton(no_text, card), "primary")
        self.no.setAccessibleName(no_text)
        self.yes = QPushButton(yes_text, card)
        self.yes.setAccessibleName(yes_text)
        self.no.clicked.connect(lambda: self._answer(False))
        self.yes.clicked.connect(lambda: self._answer(True))
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(18)
        column.addWidget(self.question)
        column.addWidget(self.detail)
        buttons = QVBoxLayout()  # stacked: each label is read whole at any text size
        buttons.setSpacing(40)  # well apart: the wipe is not tapped by mistake
        buttons.addWidget(self.no)
        buttons.addWidget(self.yes)
        column.addLayout(buttons)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setWidget(card)
        self.area.setStyleSheet("QScrollArea { background: transparent; }")
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        """Cover the window; the safe answer takes the focus."""
        self._fit()
        self.raise_()
        self.show()
        self._fit()
        self.no.setFocus()

    def dismiss(self) -> None:
        """Close without an answer (the session ended some other way)."""
        self.hide()
        self.deleteLater()

    def _answer(self, yes: bool) -> None:
        self.dismiss()
        self.answered.emit(yes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Follow the window's size."""
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        width = min(parent.width() - 40, max(640, parent.width() * 2 // 3))
        height = min(
            parent.height() - 40,
            self.card.heightForWidth(width) + 4
            if self.card.hasHeightForWidth()
            else self.card.sizeHint().height() + 4,
        )
        self.area.setGeometry(
            (parent.width() - width) // 2, (parent.height() - height) // 2, width, height
        )


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def ask_before_wipe(window: Any, wipe: Callable[[], None]) -> ConfirmOverlay | None:
    """ "Xong / người tiếp theo": wipe at once when nothing would be lost, else ask first.

    Unsent work is an application started (some answers) and not yet submitted. Returns
    the question shown (None when it wiped at once).
    """
    s = window.session
    if s.definition is None or s.application is not None or not s.answers:
        wipe()
        return None
    detail = tr("Những gì bạn đã nhập sẽ được xoá khỏi màn hình.")
    if s.draft_code:
        detail += " " + tr("Bản nháp được giữ ở kiosk: bạn có thể làm tiếp sau với mã %1.").replace(
            "%1", s.draft_code
        )
    confirm = ConfirmOverlay(
        window,
        tr("Hồ sơ của bạn chưa được gửi. Bạn muốn dừng lại?"),
        detail,
        yes_text=tr("Xoá và cho người tiếp theo"),
        no_text=tr("Tiếp tục làm hồ sơ"),
    )
    confirm.answered.connect(lambda yes: wipe() if yes else None)
    confirm.open()
    window.voice.say(confirm.question.text(), detail)
    return confirm
