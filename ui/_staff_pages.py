"""The staff side of the kiosk: the staff page, and mounting the console, dashboard and settings.

Composed into :class:`ui._window.KioskWindow`. After a staff sign-in, "Trang cán bộ"
on the top bar opens :class:`StaffHome`; from there the ``ui.staff`` screens are
built for the signed-in member (admin settings only for an admin) and dropped at
sign-out or any wipe, so nothing of them outlives the staff member's session.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui._theme import set_role
from ui._wrap import WrapButton

if TYPE_CHECKING:
    from ui._extra_pages import ExtraPages
    from ui._session import Session
    from ui._tasks import TaskManager

_log = logging.getLogger(__name__)

STAFF_PAGES = ("staff_home", "staff_console", "staff_dashboard", "staff_settings")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class StaffHome(QWidget):
    """Big buttons for what staff do between residents; "Cài đặt máy" only for an admin."""

    new_requested = Signal()
    console_requested = Signal()
    dashboard_requested = Signal()
    settings_requested = Signal()
    sign_out_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, staff_name: str, *, admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.title = set_role(QLabel(tr("Trang cán bộ"), self), "title")
        who = tr("Đang đăng nhập: %1").replace("%1", staff_name)
        self.who = set_role(QLabel(who, self), "hint")
        # Labels wrap at 200 % (a long one on one line pushed the page past the screen).
        self.new = set_role(WrapButton(tr("Nhận hồ sơ mới cho người dân"), self), "primary")
        self.console = WrapButton(tr("Quản lý hồ sơ: nháp, hàng đợi gửi, đã nộp"), self)
        self.dashboard = WrapButton(tr("Báo cáo so với chỉ tiêu của thành phố"), self)
        self.settings = WrapButton(tr("Cài đặt máy (quản trị viên)"), self)
        self.settings.setVisible(admin)
        self.sign_out = QPushButton(tr("Đăng xuất"), self)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 30, 40, 24)
        column.setSpacing(16)
        column.addWidget(self.title)
        column.addWidget(self.who)
        for button, signal in (
            (self.new, self.new_requested),
            (self.console, self.console_requested),
            (self.dashboard, self.dashboard_requested),
            (self.settings, self.settings_requested),
            (self.sign_out, self.sign_out_requested),
        ):
            button.setAccessibleName(button.text() or button.accessibleName())
            button.setMinimumHeight(64)
            button.clicked.connect(signal)
            column.addWidget(button)
        column.addStretch(1)


class StaffPagesHost(Protocol):
    """What the staff pages need from the window."""

    session: Session
    tasks: TaskManager
    sync: Any  # a sync.SyncController, or None when the kiosk runs without sync
    data_dir: Path

    def show_screen(self, name: str) -> None: ...

    def finish_session(self, *, reason: str = "manual") -> None: ...

    def open_catalog(self, query: str = "") -> None: ...

    def resume_draft_by_id(self, draft_id: str) -> None: ...


class StaffPages:
    """Opens the staff pages for the signed-in member; the window drops them at any wipe."""

    def __init__(self, host: StaffPagesHost, pages: ExtraPages) -> None:
        self._host = host
        self._pages = pages

    @property
    def signed_in(self) -> bool:
        """A staff member is signed in (assisted mode)."""
        session = self._host.session
        return session.mode == "assisted" and bool(session.staff_id)

    def open_home(self) -> None:
        """ "Trang cán bộ": only with a staff member signed in."""
        if not self.signed_in:
            return
        s = self._host.session
        if "staff_home" not in self._pages:
            home = StaffHome(s.staff_name or s.staff_id or "", admin=bool(s.staff_admin))
            home.new_requested.connect(self._on_home_new_requested)
            home.console_requested.connect(self.open_console)
            home.dashboard_requested.connect(self.open_dashboard)
            home.settings_requested.connect(self.open_admin_settings)
            home.sign_out_requested.connect(self.sign_out)
            self._pages.mount("staff_home", home)
        self._host.show_screen("staff_home")

    def open_console(self) -> None:
        """Drafts, outbox ("Đồng bộ ngay" through the real sync controller), applications."""
        from ui.staff import StaffConsole

        if not self.signed_in:
            return
        host = self._host
        if "staff_console" not in self._pages:
            console = StaffConsole(host.tasks, host.session.staff_id or "", sync=host.sync)
            console.resume_requested.connect(host.resume_draft_by_id)
            console.close_requested.connect(self.open_home)
            self._pages.mount("staff_console", console)
        page = self._pages.page("staff_console")
        assert isinstance(page, StaffConsole)
        page.refresh()
        host.show_screen("staff_console")

    def open_dashboard(self) -> None:
        """The figures against the city's targets and the one-tap paper intake."""
        from ui.staff import Dashboard

        if not self.signed_in:
            return
        if "staff_dashboard" not in self._pages:
            dashboard = Dashboard(self._host.tasks, days=14)
            dashboard.close_requested.connect(self.open_home)
            self._pages.mount("staff_dashboard", dashboard)
        page = self._pages.page("staff_dashboard")
        assert isinstance(page, Dashboard)
        page.refresh()
        self._host.show_screen("staff_dashboard")

    def open_admin_settings(self) -> None:
        """``<data dir>/kiosk.toml`` in a form; refused unless an admin signed in."""
        from ui.staff import AdminSettings

        host = self._host
        if not (self.signed_in and host.session.staff_admin):
            _log.warning("admin settings refused: not an admin")
            return
        if "staff_settings" not in self._pages:
            settings = AdminSettings(
                host.tasks, host.data_dir / "kiosk.toml", admin_id=host.session.staff_id or ""
            )
            settings.close_requested.connect(self.open_home)
            self._pages.mount("staff_settings", settings)
        host.show_screen("staff_settings")

    def sign_out(self) -> None:
        """ "Đăng xuất": the audit entry, then the same wipe as "Xong" (back to the home screen)."""
        self._host.finish_session(reason="manual")

    def _on_home_new_requested(self) -> None:
        self._host.open_catalog("")
