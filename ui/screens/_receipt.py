"""Receipt screen: the application code and its QR, whether it is official yet, print, finish."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role
from ui._wrap import WrapRow


def qr_pixmap(text: str, size: int = 260) -> QPixmap:
    """A QR code of ``text`` as a pixmap (the same image as on the printed receipt)."""
    from kiosk.receipts import qr_png

    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(text))
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


class ReceiptScreen(QWidget):
    """Shows an ``ApplicationRecord``; emits intents to print, rate and finish."""

    print_requested = Signal()
    rate_requested = Signal()
    done_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.code_text = ""
        self.title = set_role(QLabel(self), "title")
        self.title.setWordWrap(True)
        self.procedure = set_role(QLabel(self), "hint")
        self.procedure.setWordWrap(True)
        self.code_caption = set_role(QLabel(self.tr("Mã hồ sơ của bạn:"), self), "hint")
        self.code = set_role(QLabel(self), "code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.setAccessibleName(self.tr("Mã hồ sơ"))
        self.qr = QLabel(self)
        self.qr.setAccessibleName(self.tr("Mã QR của hồ sơ"))
        self.qr.setFixedSize(270, 270)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = set_role(QLabel(self), "note")
        self.note.setWordWrap(True)
        self.sms = set_role(QLabel(self), "hint")
        self.sms.setWordWrap(True)
        self.print_status = set_role(QLabel(self), "hint")
        self.print_status.setWordWrap(True)
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.print_button = QPushButton(self.tr("In giấy biên nhận"), self)
        self.print_button.setAccessibleName(self.tr("In giấy biên nhận"))
        self.rate = QPushButton(self.tr("Đánh giá dịch vụ"), self)
        self.rate.setAccessibleName(self.tr("Đánh giá mức độ hài lòng"))
        self.done = set_role(QPushButton(self.tr("Xong / người tiếp theo"), self), "primary")
        self.done.setAccessibleName(self.tr("Xong, xoá thông tin, cho người tiếp theo"))
        self.print_button.clicked.connect(self.print_requested)
        self.rate.clicked.connect(self.rate_requested)
        self.done.clicked.connect(self.done_requested)

        card = set_role(QFrame(self), "card")
        inner = QHBoxLayout(card)
        inner.setContentsMargins(24, 18, 24, 18)
        text = QVBoxLayout()
        for w in (self.procedure, self.code_caption, self.code, self.sms):
            text.addWidget(w)
        text.addStretch(1)
        inner.addLayout(text, 1)
        inner.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 20, 40, 10)
        column.setSpacing(14)
        for w in (self.title, card, self.note, self.print_status):
            column.addWidget(w)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        bar = WrapRow(self)  # wraps rather than cut a label at 200 %
        bar.add(self.print_button, self.rate)
        bar.wrap.addStretch()
        bar.add(self.done)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(40, 8, 40, 16)
        buttons.addWidget(bar)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

    def show_application(
        self, record: Any, *, procedure_name: str = "", sms_phone: str | None = None
    ) -> None:
        """Render an application: official code once the portal has it, else the provisional one."""
        official = bool(getattr(record, "official_code", None))
        self.code_text = record.code
        self.title.setText(
            self.tr("Hồ sơ đã được tiếp nhận") if official else self.tr("Đã gửi hồ sơ")
        )
        self.procedure.setText(procedure_name)
        self.code_caption.setText(
            self.tr("Mã hồ sơ chính thức:") if official else self.tr("Mã hồ sơ tạm thời:")
        )
        self.code.setText(record.code)
        self.qr.setPixmap(qr_pixmap(record.code))
        if official:
            self.note.setText(
                self.tr(
                    "Hồ sơ đã lên Cổng dịch vụ công. Dùng mã này để tra cứu. "
                    "Hãy in hoặc chụp lại giấy biên nhận."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Mã hồ sơ tạm thời. Hồ sơ chưa được tiếp nhận chính thức cho đến khi "
                    "được gửi lên Cổng dịch vụ công."
                )
            )
        if sms_phone:
            self.sms.setText(
                self.tr("Tin nhắn về hồ sơ sẽ được gửi tới số %1.").replace(
                    "%1", _masked(sms_phone)
                )
            )
        self.sms.setVisible(bool(sms_phone))
        self.spoken.emit(self.title.text(), self.note.text(), "")

    def show_print_result(self, message: str) -> None:
        """Where the receipt went (printer, or the PDF's folder)."""
        self.print_status.setText(message)
        self.print_button.setEnabled(True)

    def set_printing(self) -> None:
        """The receipt is being made: the button waits."""
        self.print_button.setEnabled(False)
        self.print_status.setText(self.tr("Đang chuẩn bị giấy biên nhận…"))

    def clear(self) -> None:
        """Forget the application (wipe)."""
        self.code_text = ""
        for label in (
            self.title,
            self.procedure,
            self.code,
            self.note,
            self.sms,
            self.print_status,
        ):
            label.clear()
        self.qr.clear()
        self.print_button.setEnabled(True)


def _masked(phone: str) -> str:
    """0912345678 -> 0912 *** 678: enough for the resident to recognise, not for a passer-by."""
    return phone[:4] + " *** " + phone[-3:] if len(phone) >= 8 else phone
