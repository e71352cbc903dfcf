"""Staff sign-in for assisted mode (staff id and a personal PIN on a big keypad)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role


class StaffScreen(QWidget):
    """Emits ``sign_in_requested(staff_id, pin)``; the window answers with success or an error."""

    sign_in_requested = Signal(str, str)
    back_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.title = set_role(QLabel(self.tr("Cán bộ đăng nhập để hỗ trợ"), self), "title")
        self.staff_id = QLineEdit(self)
        self.staff_id.setPlaceholderText(self.tr("Mã cán bộ"))
        self.staff_id.setAccessibleName(self.tr("Mã cán bộ"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Mã PIN"))
        self.pin.setAccessibleName(self.tr("Mã PIN"))
        self.error = set_role(QLabel(self), "error")
        self.error.setWordWrap(True)
        self.error.hide()
        keypad = QGridLayout()
        self.keys: list[QPushButton] = []
        for n, key in enumerate("123456789⌫0✓"):
            button = QPushButton(key, self)
            button.setAccessibleName(
                {"⌫": self.tr("Xoá một số"), "✓": self.tr("Đăng nhập")}.get(key, key)
            )
            if key == "✓":
                set_role(button, "primary")
            button.clicked.connect(lambda _=False, k=key: self._on_key_clicked(k))
            keypad.addWidget(button, n // 3, n % 3)
            self.keys.append(button)
        self.back = QPushButton(self.tr("← Về trang chủ"), self)
        self.back.setAccessibleName(self.tr("Về trang chủ"))
        self.back.clicked.connect(self.back_requested)
        self.pin.returnPressed.connect(self._on_submit)
        # The keypad types into the field last tapped (the PIN by default), so a
        # numeric staff id can be entered by touch too.
        self._typing_into: QLineEdit = self.pin
        for edit in (self.staff_id, self.pin):
            edit.installEventFilter(self)

        column = QVBoxLayout(self)
        column.setContentsMargins(200, 30, 200, 16)
        column.setSpacing(14)
        for w in (self.title, self.staff_id, self.pin):
            column.addWidget(w)
        column.addLayout(keypad)
        column.addWidget(self.error)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        column.addLayout(row)

    def show_error(self, message: str) -> None:
        """A refused sign-in: the message says what to do next; the PIN is cleared."""
        self.pin.clear()
        self.error.setText(message)
        self.error.show()
        self.setEnabled(True)

    def clear(self) -> None:
        """Forget what was typed."""
        self._typing_into = self.pin
        self.staff_id.clear()
        self.pin.clear()
        self.error.hide()
        self.setEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusIn and watched in (self.staff_id, self.pin):
            self._typing_into = watched
        return False

    def _on_key_clicked(self, key: str) -> None:
        if key == "⌫":
            self._typing_into.backspace()
        elif key == "✓":
            self._on_submit()
        else:
            self._typing_into.insert(key)

    def _on_submit(self) -> None:
        if not self.staff_id.text().strip() or not self.pin.text():
            self.show_error(self.tr("Hãy nhập mã cán bộ và mã PIN."))
            return
        self.error.hide()
        self.setEnabled(False)
        self.sign_in_requested.emit(self.staff_id.text().strip(), self.pin.text())
