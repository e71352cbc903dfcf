"""The staff console: drafts, outbox and applications in three tabs, shown after the staff PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role
from ui._wrap import WrapRow
from ui.staff._applications import ApplicationsPanel
from ui.staff._common import STAFF_STYLE, show_time, tr
from ui.staff._drafts import DraftsPanel
from ui.staff._outbox import OutboxPanel


class StaffConsole(QWidget):
    """Drafts (search, resume, delete), outbox (progress, "Đồng bộ ngay"), applications.

    Args:
        tasks: the GUI's ``TaskManager``; every store call goes through it.
        staff_id: who signed in (written in the audit entries of deletions and retries).
        sync: the sync controller (``sync_now()``, ``item_changed``) or None offline.

    Signals:
        resume_requested(draft_id): the shell opens the wizard on that draft.
        close_requested(): staff leave the console (the shell signs them out).
    """

    resume_requested = Signal(str)
    close_requested = Signal()

    def __init__(
        self, tasks: Any, staff_id: str, *, sync: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.setStyleSheet(STAFF_STYLE)
        self.title = set_role(QLabel(tr("Quản lý hồ sơ"), self), "title")
        self.leave = QPushButton(tr("← Thoát"), self)
        self.leave.setAccessibleName(tr("Thoát khỏi trang cán bộ"))
        self.leave.clicked.connect(self.close_requested)
        self.drafts = DraftsPanel(tasks, staff_id, self)
        self.outbox = OutboxPanel(tasks, staff_id, sync, self)
        self.applications = ApplicationsPanel(tasks, self)
        self.tabs = _Tabs(self)
        self.tabs.addTab(self.drafts, tr("Hồ sơ nháp"))
        self.tabs.addTab(self.outbox, tr("Hàng đợi gửi"))
        self.tabs.addTab(self.applications, tr("Hồ sơ đã nộp"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.tasks = tasks
        # Residents' "Gọi cán bộ" calls today (audited by ui._help): staff see who waited.
        self.help_calls = set_role(QLabel(self), "note")
        self.help_calls.hide()
        self.drafts.resume_requested.connect(self.resume_requested)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.leave)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.addLayout(head)
        column.addWidget(self.help_calls)
        column.addWidget(self.tabs.bar)
        column.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """Reload every tab (the shell calls this each time the console is shown)."""
        self.drafts.refresh()
        self.outbox.refresh()
        self.applications.refresh()
        self.tasks.run_db(_help_calls_today, self._on_help_calls_loaded, lambda _exc: None)

    def _on_help_calls_loaded(self, times: list[str]) -> None:
        if not times:
            self.help_calls.hide()
            return
        last = show_time(times[-1])
        self.help_calls.setText(
            tr("Người dân gọi cán bộ hỗ trợ hôm nay: %1 lần, lần cuối lúc %2.")
            .replace("%1", str(len(times)))
            .replace("%2", last)
        )
        self.help_calls.show()

    def _on_tabs_current_changed(self, index: int) -> None:
        panel = self.tabs.widget(index)
        refresh = getattr(panel, "refresh", None)
        if refresh is not None:
            refresh()


class _Tabs(QStackedWidget):
    """The console's three pages under a row of buttons that wraps (a tab bar didn't fit).

    At 200 % a QTabBar on a 1366 px or portrait screen scrolled its tabs behind two
    12 px arrows; these buttons go onto a second line instead. Same calls as a
    QTabWidget's where the console and its tests use them.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ConsolePages")
        self.bar = WrapRow(parent)
        self._group = QButtonGroup(self)
        self._group.idClicked.connect(self.setCurrentIndex)
        self.currentChanged.connect(self._on_current_changed)

    def addTab(self, page: QWidget, text: str) -> int:  # noqa: N802 - like QTabWidget's
        index = self.addWidget(page)
        button = QPushButton(text, self.bar)
        button.setCheckable(True)
        button.setAccessibleName(text)
        self._group.addButton(button, index)
        self.bar.add(button)
        if index == self.currentIndex():
            button.setChecked(True)
        return index

    def tabText(self, index: int) -> str:  # noqa: N802 - like QTabWidget's
        button = self._group.button(index)
        return button.text() if button is not None else ""

    def _on_current_changed(self, index: int) -> None:
        button = self._group.button(index)
        if button is not None:
            button.setChecked(True)


def _help_calls_today(services: Any) -> list[str]:
    """Times of today's (local day) help calls, oldest first (on the store's thread)."""
    from datetime import datetime, time

    from kiosk.clock import store_stamp

    clock = services.store.clock
    midnight = datetime.combine(clock.today(), time(0), tzinfo=clock.tz)
    return list(services.store.audit_times("help.requested", store_stamp(midnight)))
