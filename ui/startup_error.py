"""A full-screen message when the kiosk cannot start (invalid config, unreadable data key).

Under systemd the kiosk is restarted after every exit: a black screen that
flickers every few seconds tells staff nothing, so the reason stays on screen
until someone closes it (the technician fixes the file, then restarts).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

EXIT_CODE = 78  # EX_CONFIG: systemd's RestartPreventExitStatus can stop the restart loop


class StartupErrorScreen(QWidget):
    """Plain Vietnamese sentence for staff, the technical details below it."""

    def __init__(self, message: str, details: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kiosk dịch vụ công")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        headline = QLabel(message)
        headline.setWordWrap(True)
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        headline.setFont(font)
        headline.setAccessibleName("Thông báo lỗi khởi động")
        layout.addWidget(headline)
        self.details = QPlainTextEdit("\n".join(details))
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Chi tiết kỹ thuật")
        layout.addWidget(self.details, 1)
        close = QPushButton("Đóng")
        close.setMinimumHeight(56)
        close.setAccessibleName("Đóng")
        close.clicked.connect(self.close)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)


def open_startup_error(message: str, details: list[str] | None = None) -> StartupErrorScreen:
    """Show the message (the running event loop keeps it up until it is closed)."""
    screen = StartupErrorScreen(message, details or [])
    screen.resize(1000, 700)
    screen.show()
    return screen


def show_startup_error(message: str, details: list[str] | None = None) -> int:
    """Show the message until closed; return the exit code for "configuration error"."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    screen = open_startup_error(message, details)
    app.exec()
    screen.deleteLater()
    return EXIT_CODE
