"""A staff alert that stays on screen until a staff member acknowledges it with their PIN.

Start-up problems (a corrupt database moved aside, a data dir that cannot be
opened) must reach staff, not vanish with the next resident's wipe. The strip
sits outside the stack of screens, so rebuilding screens never hides it; a
resident cannot dismiss it: "Cán bộ đã xem" asks for a staff PIN and writes an
audit entry.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

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
        self.button = QPushButton(tr("Cán bộ đã xem"), self)
        self.button.setAccessibleName(tr("Cán bộ xác nhận đã xem cảnh báo (cần mã PIN)"))
        self.button.clicked.connect(self.ask_acknowledge)
        self.messages: list[str] = []
        self.dialog: PinDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 8, 20, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
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
