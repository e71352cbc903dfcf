"""The wizard's camera panel: scan the QR of an ID card with the kiosk's camera.

A card source like the keyboard-wedge scanner (signals ``card_scanned(IdCard)``
and ``scan_failed(str)``), so the window wires it with ``attach_card_source``.
The :class:`ui.input.CameraScanner` inside is built on the first opening only:
most residents never open it, and the window rebuilds its screens after every
session. The camera runs only while the panel is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui._theme import set_role
from ui.input import CameraScanner
from ui.screens._autofill import scan_failed_message

MIN_TOUCH = 48
"""Minimum height of a touch target, in pixels."""


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def open_button(parent: QWidget) -> QPushButton:
    """The big "Quét thẻ căn cước bằng camera" button that opens the panel."""
    button = QPushButton(tr("Quét thẻ căn cước bằng camera"), parent)
    button.setAccessibleName(tr("Quét thẻ căn cước bằng camera"))
    button.setMinimumHeight(MIN_TOUCH)
    return button


class CameraPanel(QWidget):
    """Camera preview with a hint and "Đóng"; closes itself after a card is read.

    Args:
        use_camera: ``False`` never touches QtMultimedia (a kiosk without camera,
            tests); read on the first :meth:`open_panel`.
    """

    card_scanned = Signal(object)
    """A card was read (``kiosk.idcard.IdCard``); the panel has closed."""
    scan_failed = Signal(str)
    """A QR was read but is not a usable card (plain message)."""
    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, use_camera: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Khung quét thẻ căn cước bằng camera"))
        self.use_camera = use_camera
        self.scanner: CameraScanner | None = None
        self.title = set_role(
            QLabel(tr("Đưa mặt có mã QR của thẻ căn cước vào trước camera"), self), "hint"
        )
        self.title.setWordWrap(True)
        self.message = set_role(QLabel(self), "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Thông báo quét thẻ"))
        self.message.hide()
        self.close_button = QPushButton(tr("Đóng"), self)
        self.close_button.setAccessibleName(tr("Đóng camera quét thẻ"))
        self.close_button.setMinimumHeight(MIN_TOUCH)
        self.close_button.clicked.connect(self.close_panel)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(40, 8, 40, 8)
        self._column.addWidget(self.title)
        self._column.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        self._column.addLayout(row)
        self.hide()

    @property
    def is_open(self) -> bool:
        """Whether the panel is open (shown, with the camera running when there is one)."""
        return not self.isHidden()

    def open_panel(self) -> None:
        """Show the panel and start the camera (built on first use)."""
        if self.scanner is None:
            self.scanner = CameraScanner(self, use_camera=self.use_camera)
            self.scanner.card_scanned.connect(self._on_card_scanned)
            self.scanner.scan_failed.connect(self._on_scan_failed)
            self._column.insertWidget(1, self.scanner, 1)
        self.scanner.clear()
        self._show_message(None)
        self.show()
        self.scanner.start()

    def close_panel(self) -> None:
        """Stop the camera, drop its last frame (nothing of the resident stays) and hide."""
        was_open = self.is_open
        if self.scanner is not None:
            self.scanner.stop()
            self.scanner.clear()
        self._show_message(None)
        self.hide()
        if was_open:
            self.closed.emit()

    def _on_card_scanned(self, card: object) -> None:
        self.card_scanned.emit(card)  # filled first, while the step is still the same
        self.close_panel()

    def _on_scan_failed(self, text: str) -> None:
        self._show_message(scan_failed_message(text))
        self.scan_failed.emit(text)

    def _show_message(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
