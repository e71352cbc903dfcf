"""Nhận kết quả: scan the receipt's QR (or type the code), scan your own ID card, get the result.

Three steps on one page. The screen only shows state and forwards intent: the
checks (proof of the applicant, the signature against the trust root) are the
window's :class:`ui._result_desk.ResultDesk`. Staff in assisted mode get a
second way for a resident without a card: the document they checked (its type
and last 4 characters, nothing more).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role
from ui.screens._camera_panel import CameraPanel, open_button
from ui.screens._field_widgets import line_edit

#: Documents staff may check, as the portal names them, in plain words.
DOCUMENTS = (
    ("cccd", "Thẻ căn cước / CCCD (không quét được)"),
    ("cmnd", "Chứng minh nhân dân"),
    ("passport", "Hộ chiếu"),
    ("birth_certificate", "Giấy khai sinh"),
    ("authorisation", "Giấy uỷ quyền có chứng thực"),
    ("other", "Giấy tờ khác có ảnh"),
)


class ResultPickupScreen(QWidget):
    """Emits the resident's intents; the desk answers with the ``show_*`` methods."""

    code_entered = Signal(str)
    card_scanned = Signal(object)
    """The applicant's card, read by the kiosk's camera (the wedge scanner goes to the window)."""
    staff_handover_requested = Signal(str, str)
    """(document type, last 4 characters) for a resident without a card (assisted mode)."""
    print_requested = Signal()
    back_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.title = set_role(QLabel(self.tr("Nhận kết quả"), self), "title")
        self.step = set_role(QLabel(self), "hint")
        self.step.setWordWrap(True)
        self.code = line_edit(self)
        self.code.setPlaceholderText(self.tr("Mã hồ sơ"))
        self.code.setAccessibleName(self.tr("Mã hồ sơ trên giấy biên nhận"))
        self.go = set_role(QPushButton(self.tr("Tiếp tục"), self), "primary")
        self.go.setAccessibleName(self.tr("Tiếp tục"))
        self.answer = set_role(QLabel(self), "answer")
        self.answer.setWordWrap(True)
        self.camera_button = open_button(self)  # for a kiosk with a camera and no scanner
        self.camera_button.hide()
        self.camera_panel = CameraPanel(self)
        self.camera_panel.card_scanned.connect(self.card_scanned)
        self.camera_button.clicked.connect(self.camera_panel.open_panel)

        self.staff_box = QWidget(self)
        self.document = QComboBox(self.staff_box)
        self.document.setAccessibleName(self.tr("Giấy tờ cán bộ đã kiểm tra"))
        for kind, label in DOCUMENTS:
            self.document.addItem(self.tr(label), kind)
        self.last4 = line_edit(self.staff_box)
        self.last4.setMaxLength(4)
        self.last4.setPlaceholderText(self.tr("4 ký tự cuối số giấy tờ"))
        self.last4.setAccessibleName(self.tr("4 ký tự cuối số giấy tờ"))
        self.staff_go = QPushButton(self.tr("Cán bộ trả kết quả"), self)
        self.staff_go.setAccessibleName(self.tr("Cán bộ đã kiểm tra giấy tờ, trả kết quả"))
        staff_row = QVBoxLayout(self.staff_box)
        staff_row.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr(
                "Người nhận không có thẻ để quét: cán bộ chọn giấy tờ đã kiểm tra "
                "và gõ 4 ký tự cuối của số giấy tờ."
            )
        )
        note.setWordWrap(True)
        staff_row.addWidget(set_role(note, "hint"))
        staff_row.addWidget(self.document)  # one under the other: both readable at 200 %
        staff_row.addWidget(self.last4)
        staff_row.addWidget(self.staff_go)
        self.staff_box.hide()

        self.pages = QVBoxLayout()
        self.print_button = set_role(QPushButton(self.tr("In kết quả"), self), "primary")
        self.print_button.setAccessibleName(self.tr("In kết quả"))
        self.print_button.hide()
        self.back = QPushButton(self.tr("← Về trang chủ"), self)
        self.back.setAccessibleName(self.tr("Về trang chủ"))

        self.go.clicked.connect(self._on_go_clicked)
        self.code.returnPressed.connect(self._on_go_clicked)
        self.staff_go.clicked.connect(self._on_staff_go_clicked)
        self.print_button.clicked.connect(self.print_requested)
        self.back.clicked.connect(self.back_requested)

        column = QVBoxLayout(self)
        column.setContentsMargins(80, 30, 80, 16)
        column.setSpacing(16)
        column.addWidget(self.title)
        column.addWidget(self.step)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.go)
        column.addLayout(row)
        column.addWidget(self.answer)
        column.addWidget(self.camera_button)
        column.addWidget(self.camera_panel)
        column.addWidget(self.print_button)  # above the pages: in reach without scrolling
        column.addWidget(self.staff_box)
        column.addLayout(self.pages)
        column.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        column.addLayout(bottom)
        self.ask_code()

    # -- what the desk shows -------------------------------------------------------------

    def ask_code(self) -> None:
        """Step 1: the receipt's code."""
        self._clear_pages()
        self._close_camera()
        self.code.setEnabled(True)
        self.go.setEnabled(True)
        self.step.setText(
            self.tr(
                "Bước 1: đưa mã QR trên giấy biên nhận vào máy quét, hoặc gõ mã hồ sơ "
                "rồi bấm Tiếp tục."
            )
        )
        self.answer.clear()
        self.spoken.emit(self.title.text(), self.step.text(), "")

    def ask_card(self, code: str, *, staff: bool) -> None:
        """Step 2: the applicant's own ID card (or, in assisted mode, a checked document)."""
        self._clear_pages()
        self.print_button.hide()
        self.code.setText(code)
        self.code.setEnabled(False)
        self.go.setEnabled(False)
        self.step.setText(
            self.tr(
                "Bước 2: đưa mã QR trên thẻ căn cước của người đã nộp hồ sơ vào máy quét. "
                "Máy chỉ so khớp, không lưu số thẻ."
            )
        )
        self.staff_box.setVisible(staff)
        self.camera_button.show()
        self.answer.clear()
        self.spoken.emit("", self.step.text(), "")

    def show_busy(self, text: str) -> None:
        """A wait message (fetching, checking the signature, printing)."""
        self.camera_panel.close_panel()
        self.answer.setText(text)

    def show_problem(self, text: str) -> None:
        """A refusal in plain words, saying what to do next."""
        self._clear_pages()
        self.answer.setText(text)
        self.print_button.hide()
        self.spoken.emit("", "", text)

    def show_result(self, pages: list[QImage], note: str) -> None:
        """Step 3: the checked result's pages and the print button."""
        self._clear_pages()
        self._close_camera()
        self.staff_box.hide()
        width = max(480, self.width() - 160)  # the screen's side margins
        for image in pages:
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setPixmap(
                QPixmap.fromImage(image).scaledToWidth(
                    width, Qt.TransformationMode.SmoothTransformation
                )
            )
            label.setAccessibleName(self.tr("Trang kết quả"))
            self.pages.addWidget(label)
        self.step.setText(self.tr("Bước 3: kết quả đã được kiểm tra chữ ký số. Bấm In kết quả."))
        self.answer.setText(note)
        self.print_button.show()
        self.print_button.setEnabled(True)
        self.spoken.emit("", self.step.text(), "")

    def show_printed(self, text: str) -> None:
        """The hand-over is done."""
        self.print_button.setEnabled(False)
        self.answer.setText(text)
        self.spoken.emit("", text, "")

    def clear(self) -> None:
        """Forget the code, the pages and what staff typed."""
        self.code.clear()
        self.last4.clear()
        self.staff_box.hide()
        self.print_button.hide()
        self.ask_code()

    def _close_camera(self) -> None:
        self.camera_panel.close_panel()  # the camera runs only while the panel is open
        self.camera_button.hide()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Leaving the screen (another screen, the wipe) stops the camera."""
        self.camera_panel.close_panel()
        super().hideEvent(event)

    def _clear_pages(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # -- intents -------------------------------------------------------------------------

    def _on_go_clicked(self) -> None:
        code = self.code.text().strip()
        if not code:
            self.answer.setText(self.tr("Hãy gõ mã hồ sơ trước khi bấm Tiếp tục."))
            return
        self.code_entered.emit(code)

    def _on_staff_go_clicked(self) -> None:
        tail = self.last4.text().strip()
        if not tail:
            self.answer.setText(self.tr("Hãy gõ 4 ký tự cuối của số giấy tờ cán bộ đã kiểm tra."))
            return
        self.staff_handover_requested.emit(str(self.document.currentData()), tail)
