"""The staff side of the kiosk: the staff page, and mounting the console, dashboard and settings.

Mixed into :class:`ui._window.KioskWindow`. After a staff sign-in, "Trang cán bộ"
on the top bar opens :class:`StaffHome`; from there the ``ui.staff`` screens are
built for the signed-in member (admin settings only for an admin) and dropped at
sign-out or any wipe, so nothing of them outlives the staff member's session.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui._theme import set_role
from ui._wrap import WrapButton

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


class StaffPagesMixin:
    """Opens and drops the staff pages; resumes a draft chosen in the console."""

    # Provided by KioskWindow.
    session: Any
    screens: dict[str, Any]
    pages: dict[str, QWidget]
    stack: Any
    tasks: Any
    sync: Any
    catalog: Any
    data_dir: Path
    _generation: int
    _extra_pages: dict[str, QWidget]
    _retired_pages: list[QWidget]

    if TYPE_CHECKING:  # provided by KioskWindow / FlowMixin

        @property
        def lang(self) -> str: ...
        def show_screen(self, name: str) -> None: ...
        def show_message(self, text: str, *, button: bool = False) -> None: ...
        def finish_session(self, *, reason: str = "manual") -> None: ...
        def open_catalog(self, query: str = "") -> None: ...
        def open_review(self) -> None: ...
        def _run(self, fn: Any, on_done: Any, on_error: Any = None) -> None: ...

    @property
    def staff_signed_in(self) -> bool:
        """A staff member is signed in (assisted mode)."""
        return self.session.mode == "assisted" and bool(self.session.staff_id)

    def staff_page(self, name: str) -> Any:
        """A mounted page ("staff_home", "staff_console", "receipt_preview"...); KeyError if not
        open."""
        page = self._extra_pages[name]
        return page.widget() if isinstance(page, QScrollArea) else page

    def open_staff_home(self) -> None:
        """ "Trang cán bộ": only with a staff member signed in."""
        if not self.staff_signed_in:
            return
        s = self.session
        if "staff_home" not in self._extra_pages:
            home = StaffHome(s.staff_name or s.staff_id, admin=bool(s.staff_admin))
            home.new_requested.connect(self._on_staff_new_requested)
            home.console_requested.connect(self.open_staff_console)
            home.dashboard_requested.connect(self.open_dashboard)
            home.settings_requested.connect(self.open_admin_settings)
            home.sign_out_requested.connect(self.sign_out_staff)
            self._mount_extra_page("staff_home", home)
        self.show_screen("staff_home")

    def open_staff_console(self) -> None:
        """Drafts, outbox ("Đồng bộ ngay" through the real sync controller), applications."""
        from ui.staff import StaffConsole

        if not self.staff_signed_in:
            return
        if "staff_console" not in self._extra_pages:
            console = StaffConsole(self.tasks, self.session.staff_id, sync=self.sync)
            console.resume_requested.connect(self.resume_draft_for_staff)
            console.close_requested.connect(self.open_staff_home)
            self._mount_extra_page("staff_console", console)
        self.staff_page("staff_console").refresh()
        self.show_screen("staff_console")

    def open_dashboard(self) -> None:
        """The figures against the city's targets and the one-tap paper intake."""
        from ui.staff import Dashboard

        if not self.staff_signed_in:
            return
        if "staff_dashboard" not in self._extra_pages:
            dashboard = Dashboard(self.tasks, days=14)
            dashboard.close_requested.connect(self.open_staff_home)
            self._mount_extra_page("staff_dashboard", dashboard)
        self.staff_page("staff_dashboard").refresh()
        self.show_screen("staff_dashboard")

    def open_admin_settings(self) -> None:
        """``<data dir>/kiosk.toml`` in a form; refused unless an admin signed in."""
        from ui.staff import AdminSettings

        if not (self.staff_signed_in and self.session.staff_admin):
            _log.warning("admin settings refused: not an admin")
            return
        if "staff_settings" not in self._extra_pages:
            settings = AdminSettings(
                self.tasks, self.data_dir / "kiosk.toml", admin_id=self.session.staff_id
            )
            settings.close_requested.connect(self.open_staff_home)
            self._mount_extra_page("staff_settings", settings)
        self.show_screen("staff_settings")

    def sign_out_staff(self) -> None:
        """ "Đăng xuất": the audit entry, then the same wipe as "Xong" (back to the home screen)."""
        self.finish_session(reason="manual")

    def resume_draft_for_staff(self, draft_id: str) -> None:
        """Open a draft chosen in the console in the wizard, at its first unanswered question."""
        flow_resume = getattr(self, "resume_draft_by_id", None)
        if callable(flow_resume):  # the wizard's own resume (ui._flow_forms) when mixed in
            flow_resume(draft_id)
            return
        self._run(lambda svc: svc.load_draft(draft_id), self._on_staff_draft_loaded)

    def _on_staff_draft_loaded(self, draft: Any) -> None:
        s = self.session
        try:
            definition = self.catalog.get(draft.procedure_code, draft.definition_version)
        except KeyError:
            definition = self.catalog.get(draft.procedure_code)
        s.definition = definition
        s.procedure_code = draft.procedure_code
        s.draft_id, s.draft_code = draft.id, draft.draft_code
        s.answers, s.entered_by = dict(draft.answers), dict(draft.entered_by)
        wizard = self.screens["wizard"]
        wizard.start(self.lang)
        open_steps = [f for f in wizard.steps() if f.id not in s.answers]
        if s.answers and not open_steps:
            self.open_review()
            return
        if open_steps:
            wizard.show_field(open_steps[0].id)
        self.show_screen("wizard")

    def _on_staff_new_requested(self) -> None:
        self.open_catalog("")

    # -- mounting --------------------------------------------------------------------------

    def _mount_extra_page(self, name: str, widget: QWidget) -> None:
        page: QWidget = widget
        if not widget.findChildren(QScrollArea):  # at 200 % the page must still fit
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(widget)
            page = area
        self._extra_pages[name] = page
        self.pages[name] = page
        self.stack.addWidget(page)

    def _drop_extra_page(self, name: str) -> None:
        """Take one page off the stack; delete it once no store task can answer it."""
        page = self._extra_pages.pop(name, None)
        if page is None:
            return
        self.stack.removeWidget(page)
        self.pages.pop(name, None)
        page.hide()
        inner = page.widget() if isinstance(page, QScrollArea) else page
        clear = getattr(inner, "clear", None)
        if callable(clear):
            clear()
        self._retired_pages.append(page)  # a panel's pending load still finds its widget
        self._delete_retired_pages()

    def _drop_extra_pages(self) -> None:
        """Every staff page and the receipt preview (sign-out, wipe, language change)."""
        for name in list(self._extra_pages):
            self._drop_extra_page(name)

    def _delete_retired_pages(self, _idle: bool = True) -> None:
        if not self.tasks.idle:
            return
        for page in self._retired_pages:
            page.deleteLater()
        self._retired_pages = []
