"""The staff console: drafts, outbox and applications in three tabs, shown after the staff PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionTabWidgetFrame,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role
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


class _Tabs(QTabWidget):
    """Tabs whose height-for-width counts the pane's real border.

    QTabWidget adds the frame the style reports, which under the kiosk's style sheet is
    thinner than the pane's border (3 px in high contrast): the page got 2 px less than
    it needs and its wrapped filter chips were cut.
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        base = super().heightForWidth(width)
        page = self.currentWidget()
        stack = page.parentWidget() if page is not None else None
        if stack is None or not stack.hasHeightForWidth():
            return base
        option = QStyleOptionTabWidgetFrame()
        self.initStyleOption(option)
        option.rect.setWidth(width)
        inside = self.style().subElementRect(
            QStyle.SubElement.SE_TabWidgetTabContents, option, self
        )
        if inside.width() <= 0:
            return base
        chrome = option.rect.height() - inside.height()
        return max(base, stack.heightForWidth(inside.width()) + chrome)


def _help_calls_today(services: Any) -> list[str]:
    """Times of today's (local day) help calls, oldest first (on the store's thread)."""
    from datetime import datetime, time

    from kiosk.clock import store_stamp

    clock = services.store.clock
    midnight = datetime.combine(clock.today(), time(0), tzinfo=clock.tz)
    return list(services.store.audit_times("help.requested", store_stamp(midnight)))
