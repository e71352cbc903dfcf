"""A staff alert that stays on screen until a staff member acknowledges it with their PIN.

Start-up problems (a corrupt database moved aside, a data dir that cannot be
opened) must reach staff, not vanish with the next resident's wipe. The strip
sits outside the stack of screens, so rebuilding screens never hides it; a
resident cannot dismiss it: "Cán bộ đã xem" asks for a staff PIN and writes an
audit entry. At 200 % on a short screen a long message would push the screens
below out of the window: the strip takes at most a third of the window's height and
its text scrolls inside it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from ui._lockdown import PinDialog, ask_pin
from ui._theme import set_role

_log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class StaffAlert(QWidget):
    """Shows one or more staff alerts; ``acknowledged(staff_id)`` when a PIN cleared them."""

    acknowledged = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("StaffAlert")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Colours from the kiosk theme (#StaffAlert), so high contrast covers it too.
        self.text = set_role(QLabel(self), "error")
        self.text.setWordWrap(True)
        self.area = QScrollArea(self)
        self.area.setObjectName("StaffAlertText")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(self.text)
        self.button = QPushButton(tr("Cán bộ đã xem"), self)
        self.button.setAccessibleName(tr("Cán bộ xác nhận đã xem cảnh báo (cần mã PIN)"))
        self.button.clicked.connect(self.ask_acknowledge)
        self.messages: list[str] = []
        self.dialog: PinDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 8, 20, 8)
        row.addWidget(self.area, 1)
        row.addWidget(self.button)
        window.installEventFilter(self)  # its height caps the strip's
        self.hide()

    @property
    def active(self) -> bool:
        """An alert is waiting for staff."""
        return bool(self.messages)

    def add(self, message: str) -> None:
        """Show ``message`` (with any earlier ones) until staff acknowledge."""
        if message not in self.messages:
            self.messages.append(message)
        self.text.setText("\n".join(self.messages))
        self.text.setAccessibleName(self.text.text())
        self.show()
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        """The text's whole height, up to a third of the window (then it scrolls)."""
        if not self.messages:
            return
        width = self.area.width()
        needed = self.text.heightForWidth(width) if width > 0 else self.text.sizeHint().height()
        cap = max(self.button.sizeHint().height(), self._window.height() // 3)
        height = min(needed, cap)
        if height != self.area.minimumHeight() or height != self.area.maximumHeight():
            self.area.setFixedHeight(height)

    def ask_acknowledge(self) -> PinDialog:
        """The PIN dialog (any staff member); a correct PIN clears the alert."""
        self.dialog = ask_pin(
            self._window,
            tr("Cán bộ nhập mã cán bộ và mã PIN để xác nhận đã xem cảnh báo"),
            require_admin=False,
            on_success=self._on_acknowledged,
        )
        return self.dialog

    def _on_acknowledged(self, member: Any) -> None:
        count = len(self.messages)
        staff_id = member.staff_id
        self._window.tasks.run_db(
            lambda svc: svc.store.audit(
                staff_id, "staff.alert_acknowledged", None, {"alerts": count}
            ),
            lambda _r: None,
            lambda exc: _log.error("alert audit failed: %s", type(exc).__name__),
        )
        self.messages = []
        self.text.clear()
        self.hide()
        self.acknowledged.emit(staff_id)
