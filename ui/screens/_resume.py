"""Resume a draft: the resident types the draft code shown while filling, and their ID number.

Both are needed, so a code read over someone's shoulder is not enough to open
their draft. The check itself is ``KioskServices.resume_draft``; a wrong pair
gets one plain message that does not say which of the two was wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui._theme import set_role
from ui.input import KeyboardHost, VietLineEdit
from ui.screens._wizard import release_keyboard


class ResumeScreen(QWidget):
    """Emits ``resume_requested(draft_code, id_number)``; the window answers: draft or error."""

    resume_requested = Signal(str, str)
    back_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.title = set_role(QLabel(self.tr("Tiếp tục hồ sơ đang làm"), self), "title")
        self.title.setWordWrap(True)
        self.intro = set_role(
            QLabel(
                self.tr(
                    "Nhập mã hồ sơ đang làm (hiện trên màn hình khi bạn điền, dạng XXXX-XXXX) "
                    "và số định danh cá nhân của người đi đăng ký."
                ),
                self,
            ),
            "hint",
        )
        self.intro.setWordWrap(True)
        self.code_label = set_role(QLabel(self.tr("Mã hồ sơ đang làm"), self), "answer")
        # Letters and digits only: Telex would turn "AA" into "Â".
        self.code = VietLineEdit("", self, input_method="off")
        self.code.setMaxLength(12)
        self.code.setPlaceholderText(self.tr("ví dụ AB12-CD34"))
        self.code.setAccessibleName(self.tr("Mã hồ sơ đang làm"))
        self.id_label = set_role(QLabel(self.tr("Số định danh cá nhân (12 số)"), self), "answer")
        self.id_number = VietLineEdit("", self, kind="numeric")
        self.id_number.setMaxLength(12)
        self.id_number.setPlaceholderText(self.tr("12 chữ số trên thẻ căn cước"))
        self.id_number.setAccessibleName(self.tr("Số định danh cá nhân"))
        self.error = set_role(QLabel(self), "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.open = set_role(QPushButton(self.tr("Mở hồ sơ →"), self), "primary")
        self.open.setAccessibleName(self.tr("Mở hồ sơ đang làm"))
        self.back = QPushButton(self.tr("← Về trang chủ"), self)
        self.back.setAccessibleName(self.tr("Về trang chủ"))
        self.open.clicked.connect(self._on_open_clicked)
        self.back.clicked.connect(self.back_requested)
        self.code.returnPressed.connect(self.id_number.setFocus)
        self.id_number.returnPressed.connect(self._on_open_clicked)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(80, 24, 80, 24)
        column.setSpacing(14)
        for w in (
            self.title,
            self.intro,
            self.code_label,
            self.code,
            self.id_label,
            self.id_number,
            self.error,
        ):
            column.addWidget(w)
        column.addStretch(1)
        self.host = KeyboardHost(body, self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(80, 8, 80, 16)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.open)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.host, 1)
        outer.addLayout(buttons)

    def start(self) -> None:
        """Empty fields, cursor in the code."""
        self.clear()
        self.code.setFocus()
        self.spoken.emit(self.title.text(), self.intro.text(), "")

    def show_error(self, message: str) -> None:
        """The pair did not open a draft (or the store failed): say what to do next."""
        self.error.setText(message)
        self.error.show()
        self.setEnabled(True)
        self.spoken.emit("", "", message)

    def not_found(self) -> None:
        """The plain message for a wrong code / ID number pair."""
        self.show_error(
            self.tr(
                "Không mở được hồ sơ với mã và số định danh này. Hãy kiểm tra lại cả hai, "
                "hoặc nhờ cán bộ ở quầy mở giúp."
            )
        )

    def release(self) -> None:
        """The page is being thrown away (window rebuild or close): let go of the keyboard."""
        release_keyboard(self.host)

    def clear(self) -> None:
        """Forget what was typed (wipe)."""
        self.code.clear()
        self.id_number.clear()
        self.error.clear()
        self.error.hide()
        self.host.hide_keyboard()
        self.setEnabled(True)

    def _on_open_clicked(self) -> None:
        self.host.hide_keyboard()  # typing is done: the page (and any message) gets the room
        self.code.composer.commit()
        code = "".join(ch for ch in self.code.text().upper() if ch.isalnum())
        id_number = self.id_number.text().strip()
        if len(code) != 8:
            self.show_error(self.tr("Mã hồ sơ có 8 chữ và số, dạng XXXX-XXXX. Hãy nhập lại."))
            self.code.setFocus()
            return
        if len(id_number) != 12:
            self.show_error(self.tr("Số định danh cá nhân có đúng 12 chữ số. Hãy nhập lại."))
            self.id_number.setFocus()
            return
        self.error.hide()
        self.setEnabled(False)
        self.resume_requested.emit(code, id_number)
