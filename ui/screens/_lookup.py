"""Status lookup: type a receipt code (or scan its QR) and read where the application is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui._theme import set_role
from ui.screens._field_widgets import line_edit

# Portal status codes (DOMAIN.md) in plain words (translated when shown).
PORTAL_STATUS = {
    1: QT_TRANSLATE_NOOP("LookupScreen", "Hồ sơ mới, đang chờ tiếp nhận."),
    2: QT_TRANSLATE_NOOP("LookupScreen", "Đã tiếp nhận."),
    3: QT_TRANSLATE_NOOP(
        "LookupScreen", "Không được tiếp nhận. Hãy hỏi cán bộ ở quầy để biết lý do."
    ),
    4: QT_TRANSLATE_NOOP("LookupScreen", "Đang giải quyết."),
    5: QT_TRANSLATE_NOOP("LookupScreen", "Cần bổ sung giấy tờ. Hãy đến quầy hoặc xem tin nhắn."),
    6: QT_TRANSLATE_NOOP("LookupScreen", "Cần nộp phí, lệ phí."),
    7: QT_TRANSLATE_NOOP("LookupScreen", "Người nộp đã rút hồ sơ."),
    8: QT_TRANSLATE_NOOP("LookupScreen", "Đã dừng xử lý. Hãy hỏi cán bộ ở quầy."),
    9: QT_TRANSLATE_NOOP("LookupScreen", "Đã có kết quả."),
    10: QT_TRANSLATE_NOOP("LookupScreen", "Đã trả kết quả."),
}
LOCAL_STATE = {
    "queued": QT_TRANSLATE_NOOP(
        "LookupScreen", "Đã lưu ở máy này, đang chờ gửi lên Cổng dịch vụ công."
    ),
    "sending": QT_TRANSLATE_NOOP("LookupScreen", "Đang gửi lên Cổng dịch vụ công."),
    "delivered": QT_TRANSLATE_NOOP("LookupScreen", "Đã gửi lên Cổng dịch vụ công."),
    "needs_correction": QT_TRANSLATE_NOOP(
        "LookupScreen", "Cần sửa thông tin. Hãy đến quầy để cán bộ hỗ trợ."
    ),
}


RESULT_READY_STATUS = 9
"""The portal's "done: result ready" status: the result notice can be printed."""


class LookupScreen(QWidget):
    """Emits ``lookup_requested(code)``; the window answers with :meth:`show_result`.

    When the result is ready and a thermal printer is set (``notice_printable``), a
    button prints the short result notice (``notice_requested``).
    """

    lookup_requested = Signal(str)
    back_requested = Signal()
    spoken = Signal(str, str, str)
    notice_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.title = set_role(QLabel(self.tr("Tra cứu hồ sơ"), self), "title")
        self.intro = set_role(
            QLabel(
                self.tr(
                    "Gõ mã hồ sơ in trên giấy biên nhận, hoặc đưa mã QR trên giấy vào máy quét."
                ),
                self,
            ),
            "hint",
        )
        self.intro.setWordWrap(True)
        self.code = line_edit(self)
        self.code.setPlaceholderText(self.tr("Mã hồ sơ"))
        self.code.setAccessibleName(self.tr("Mã hồ sơ"))
        self.go = set_role(QPushButton(self.tr("Tra cứu"), self), "primary")
        self.go.setAccessibleName(self.tr("Tra cứu"))
        self.result = set_role(QLabel(self), "answer")
        self.result.setWordWrap(True)
        self.notice_printable = False
        self.notice = QPushButton(self.tr("In phiếu báo kết quả"), self)
        self.notice.setAccessibleName(self.tr("In phiếu báo kết quả"))
        self.notice.setVisible(False)
        self.notice.clicked.connect(self._on_notice_clicked)
        self.notice_status = set_role(QLabel(self), "hint")
        self.notice_status.setWordWrap(True)
        self.back = QPushButton(self.tr("← Về trang chủ"), self)
        self.back.setAccessibleName(self.tr("Về trang chủ"))
        self.go.clicked.connect(self._on_go_clicked)
        self.code.returnPressed.connect(self._on_go_clicked)
        self.back.clicked.connect(self.back_requested)

        column = QVBoxLayout(self)
        column.setContentsMargins(80, 30, 80, 16)
        column.setSpacing(16)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.go)
        column.addLayout(row)
        column.addWidget(self.result)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice)
        notice_row.addWidget(self.notice_status, 1)
        column.addLayout(notice_row)
        column.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        column.addLayout(bottom)

    def look_up(self, code: str) -> None:
        """Fill in a code (typed elsewhere or scanned) and ask for it."""
        self.code.setText(code.strip())
        self._on_go_clicked()

    def show_result(self, record: Any | None, procedure_name: str = "") -> None:
        """Say where the application is; nothing personal is shown (anyone can look up)."""
        if record is None:
            text = self.tr(
                "Không tìm thấy hồ sơ có mã này trên máy. Hãy kiểm tra lại mã, "
                "hoặc tra cứu trên Cổng dịch vụ công quốc gia."
            )
        else:
            status = getattr(record, "portal_status", None)
            state = (
                PORTAL_STATUS.get(status) if status else LOCAL_STATE.get(record.state, record.state)
            )
            lines = [
                f"{self.tr('Mã hồ sơ')}: {record.code}",
                procedure_name,
                f"{self.tr('Tình trạng')}: {self.tr(str(state or ''))}",
            ]
            if getattr(record, "due_at", None):
                lines.append(f"{self.tr('Hẹn trả kết quả')}: {str(record.due_at)[:10]}")
            if getattr(record, "paid_at", None) and getattr(record, "paid_amount_vnd", None):
                # The portal reported the fee paid (issue 20): said after the next status pull.
                amount = f"{record.paid_amount_vnd:,}".replace(",", ".")
                lines.append(self.tr("Lệ phí: Đã thanh toán (%1 đồng)").replace("%1", amount))
            text = "\n".join(line for line in lines if line)
        self.result.setText(text)
        ready = getattr(record, "portal_status", None) == RESULT_READY_STATUS
        self.notice.setVisible(ready and self.notice_printable)
        self.notice.setEnabled(True)
        self.notice_status.clear()
        self.spoken.emit("", text, "")

    def show_notice_result(self, message: str) -> None:
        """Whether the result notice printed (the button can be pressed again)."""
        self.notice_status.setText(message)
        self.notice.setEnabled(True)

    def _on_notice_clicked(self) -> None:
        self.notice.setEnabled(False)
        self.notice_status.setText(self.tr("Đang in phiếu báo…"))
        self.notice_requested.emit()

    def clear(self) -> None:
        """Forget the code and the answer."""
        self.code.clear()
        self.result.clear()
        self.notice.setVisible(False)
        self.notice_status.clear()

    def _on_go_clicked(self) -> None:
        code = self.code.text().strip()
        if not code:
            self.result.setText(self.tr("Hãy gõ mã hồ sơ trước khi bấm Tra cứu."))
            return
        self.result.setText(self.tr("Đang tìm…"))
        self.lookup_requested.emit(code)
