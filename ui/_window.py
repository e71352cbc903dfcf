"""The kiosk's main window: top bar, idle warning, and a stack of screens.

Structure, display settings and the session wipe live here; what each intent
does with the services is in :mod:`ui._flow`. Screens are rebuilt from scratch
on every wipe and language change, so no widget (nor an undo history inside a
line edit) keeps the previous resident's text. Only the on-screen keyboard, which
holds none, is kept and reset (``ui.input._keyboard_pool``, issue 17).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui._alert import StaffAlert
from ui._crash import CrashGuard
from ui._extra_pages import ExtraPages
from ui._first_frame import OnFirstPaint
from ui._flow import ResidentFlow
from ui._help import HelpDesk
from ui._idle import IdleWatcher
from ui._lockdown import Lockdown
from ui._printing import ReceiptOutput
from ui._screen_set import SCREEN_CLASSES, SCREENS, ScreenSet, make_screen
from ui._session import DisplaySettings, Session
from ui._staff_pages import StaffPages
from ui._tasks import TaskManager
from ui._theme import set_role, stylesheet
from ui._topbar import TopBar
from ui._voice import Voice
from ui.input import drop_spare_keyboards, forget_captures
from ui.screens._pickers import set_today_source

if TYPE_CHECKING:
    from ui.screens._receipt import ReceiptScreen

_log = logging.getLogger(__name__)


class KioskWindow(QMainWindow):
    """Owns the session, the screens and the idle watcher; one per kiosk process.

    ``lockdown`` (kiosk mode, engaged by ``ui.run_window``), ``crash_guard`` (uncaught
    exceptions wipe and go home), ``staff_alert`` (start-up problems, until staff
    acknowledge), ``receipt_output`` (print or show the receipt), ``staff_pages``
    (the staff side) and ``extra_pages`` (pages mounted for a while) are parts of it.
    """

    screen_changed = Signal(str)
    wiped = Signal()
    language_changed = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        catalog: Any,
        config: Any,
        data_dir: Path,
        *,
        voice: Voice | None = None,
        sync: Any = None,
        translators: Any = None,
    ) -> None:
        super().__init__()
        # The window owns its TaskManager and Voice, so closing it (``deleteLater``)
        # destroys them on the GUI thread. Left to Python, they die whenever the
        # garbage collector breaks the window's reference cycles, and that can happen
        # on the store's thread: a QObject (the speech engine's timers) destroyed
        # there leaves the GUI thread's timer list pointing at freed memory (crash).
        if tasks.parent() is None:
            tasks.setParent(self)
        self.tasks = tasks
        self.catalog = catalog
        self.config = config
        self.data_dir = Path(data_dir)
        self.sync = sync
        self.translators = translators
        self.session = Session(clock=tasks.clock)
        set_today_source(tasks.clock.today)  # the date picker's "today" is the kiosk's
        self.display = self._default_display()
        self.voice = voice or Voice(parent=self)
        if self.voice.parent() is None:
            self.voice.setParent(self)
        self.voice.start()
        self.voice.enabled = self.display.voice_on
        self._generation = 0
        self._builds = 0  # counts _build_screens: a prebuild for screens since dropped stops
        self.flow = ResidentFlow(self)
        """What the screens' intents do (services, the journey model); the window only shows."""
        self._transient_message = False
        self.extra_pages = ExtraPages(self)
        self.receipt_output = ReceiptOutput(self, self.extra_pages)
        self.staff_pages = StaffPages(self, self.extra_pages)
        self.setWindowTitle(config.kiosk.name)
        self.setAccessibleName(config.kiosk.name)

        self.topbar = TopBar(config.kiosk.name, self)
        self.banner = self._make_banner()
        self.staff_alert = StaffAlert(self)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.topbar)
        column.addWidget(self.staff_alert)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.idle = IdleWatcher(
            config.session.idle_timeout_s * 1000, config.session.warning_s * 1000, self
        )
        self.idle.warning_started.connect(self._on_idle_warning_started)
        self.idle.warning_tick.connect(self._on_idle_warning_tick)
        self.idle.warning_cancelled.connect(self._on_idle_warning_cancelled)
        self.idle.expired.connect(self._on_idle_expired)
        self.topbar.bigger_requested.connect(self._on_topbar_bigger_requested)
        self.topbar.smaller_requested.connect(self._on_topbar_smaller_requested)
        self.topbar.contrast_toggled.connect(self._on_topbar_contrast_toggled)
        self.topbar.voice_toggled.connect(self._on_topbar_voice_toggled)
        self.topbar.typist_toggled.connect(self._on_topbar_typist_toggled)
        self.help_desk = HelpDesk(self)  # "Gọi cán bộ" and "Xong" (asks before a wipe)
        self.topbar.staff_page_requested.connect(self.open_staff_home)
        self.topbar.staff_gesture.connect(self._on_topbar_staff_gesture)
        self.voice.availability_changed.connect(self.topbar.show_voice_available)
        self.tasks.idle_changed.connect(self.extra_pages.delete_retired)
        self.lockdown = Lockdown(self)
        self.crash_guard = CrashGuard(self, tasks)  # takes over the TaskManager's task_failed
        self.attach_sync(sync)
        self.screens: dict[str, Any] = ScreenSet(self._build_screen)
        self.pages: dict[str, QWidget] = {}
        self._build_screens()
        self._apply_display()
        self.topbar.show_voice_available(self.voice.available)
        self.show_screen("home")

    def attach_sync(self, sync: Any) -> None:
        """Use ``sync`` (a ``SyncController``, or None): ``kiosk run`` starts it after the
        home screen has painted. A submission then nudges it; a delivery reloads the receipt."""
        self.sync = sync
        if sync is not None:
            sync.item_changed.connect(self.flow._on_sync_item_changed)
            self.idle.follow(sync)  # the portal's configuration changes the idle timeout live

    # -- screens -------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.display.language

    def get_screen(self, name: str) -> Any:
        """A screen by name ("home", "wizard"...), built if it was not yet."""
        return self.screens[name]

    @property
    def receipt_screen(self) -> ReceiptScreen:
        """The receipt screen (typed; rebuilt on every wipe)."""
        from ui.screens._receipt import ReceiptScreen

        screen = self.screens["receipt"]
        assert isinstance(screen, ReceiptScreen)
        return screen

    def staff_page(self, name: str) -> QWidget:
        """A mounted page ("staff_home", "staff_console", "receipt_preview"...); KeyError if not
        open."""
        return self.extra_pages.page(name)

    def run_task(
        self,
        fn: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service call on the store's thread; its answer is dropped after a wipe."""
        self.flow._run(fn, on_done, on_error)

    # -- composed parts: the public surface stays the window's ----------------------------

    def print_receipt(self) -> None:
        """ "In giấy biên nhận" (see :class:`ui._printing.ReceiptOutput`)."""
        self.receipt_output.print_receipt()

    @property
    def staff_signed_in(self) -> bool:
        """A staff member is signed in (assisted mode)."""
        return self.staff_pages.signed_in

    def open_staff_home(self) -> None:
        """ "Trang cán bộ" (see :class:`ui._staff_pages.StaffPages`)."""
        self.staff_pages.open_home()

    def open_staff_console(self) -> None:
        """The staff console: drafts, outbox, applications."""
        self.staff_pages.open_console()

    def open_dashboard(self) -> None:
        """The figures against the city's targets."""
        self.staff_pages.open_dashboard()

    def open_admin_settings(self) -> None:
        """The settings form (admins only)."""
        self.staff_pages.open_admin_settings()

    def sign_out_staff(self) -> None:
        """ "Đăng xuất": the same wipe as "Xong"."""
        self.staff_pages.sign_out()

    def current_screen(self) -> str:
        """The name of the screen showing."""
        widget = self.stack.currentWidget()
        return next((n for n, w in self.pages.items() if w is widget), "")

    def show_screen(self, name: str) -> None:
        """Bring a screen to the front; the idle watcher runs everywhere but home."""
        if self._transient_message and name != "home":
            self.show_message("")  # the fault notice was for whoever came next
        if name in SCREEN_CLASSES:
            self.screens[name]  # built on first use
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        areas = [page] if isinstance(page, QScrollArea) else []
        for area in areas + page.findChildren(QScrollArea):
            content = area.widget()
            if content is not None:  # content filled while hidden: re-read its height
                content.updateGeometry()
        active = name != "home"
        self.topbar.show_session(active)
        if active and not self.idle.running:
            self.idle.start()
        elif not active:
            self.idle.stop()
        if name == "home":
            self.screens["home"].greet()
        self.screen_changed.emit(name)

    def _build_screens(self) -> None:
        """Drop every screen (a wipe, a language change) and show a fresh home screen.

        The home screen is built now; the others once it has painted, one per turn of
        the event loop (:meth:`_prebuild`), or on first use if a tap comes sooner. No
        widget keeps the previous resident's text: every screen is new (its keyboard is
        given back reset by ``release`` and kept for the new one).
        """
        self.extra_pages.drop_all()
        for name, widget in list(self.screens.items()):
            for method in ("clear", "release"):  # release: the keyboard stops following focus
                call = getattr(widget, method, None)
                if call is not None:
                    call()
            page = self.pages[name]
            self.stack.removeWidget(page)
            page.setParent(None)
            page.deleteLater()
        self.screens = ScreenSet(self._build_screen)
        self.pages = {}
        self._builds += 1
        self.flow.reset()
        build = self._builds
        OnFirstPaint(self.screens["home"], lambda: self._prebuild(build))

    def _build_screen(self, name: str) -> Any:
        """Make screen ``name``, put it in the stack and wire its intents to the flow."""
        return make_screen(self, name)

    def _prebuild(self, build: int) -> None:
        """Build the next screen not built yet, then come back on the next turn of the event
        loop: a tap then finds its screen ready, and no turn is blocked for long."""
        if build != self._builds or not self.isVisible():
            return  # a wipe or language change since (the fresh home schedules its own), or closed
        missing = next((n for n in SCREENS if n not in self.screens), None)
        if missing is None:
            self.flow.warm_up()
            return
        self.screens[missing]  # builds it
        QTimer.singleShot(0, self, lambda: self._prebuild(build))

    # -- display settings ----------------------------------------------------------------

    def _default_display(self) -> DisplaySettings:
        ui = self.config.ui
        return DisplaySettings(
            font_scale=ui.font_scale,
            high_contrast=ui.high_contrast,
            voice_on=ui.voice,
            language=self.config.kiosk.language,
        )

    def _apply_display(self) -> None:
        d = self.display
        self.setProperty("highContrast", d.high_contrast)  # read by widgets that paint text
        self.setStyleSheet(stylesheet(d.font_scale, d.high_contrast))
        self.topbar.show_settings(d.font_scale, d.high_contrast, d.voice_on)
        self.voice.enabled = d.voice_on
        self.voice.set_language(d.language)

    def set_font_scale(self, scale: int) -> None:
        """Set the text size (100–200 %) for this resident."""
        self.display.font_scale = max(100, min(200, scale))
        self._apply_display()

    def set_high_contrast(self, on: bool) -> None:
        """Switch the high-contrast theme for this resident."""
        self.display.high_contrast = on
        self._apply_display()

    def set_language(self, lang: str) -> None:
        """Switch the interface language (from the home screen) and rebuild the screens."""
        if self.translators is not None:
            self.translators.use(lang)
        self.display.language = lang
        self.topbar.retranslate()
        self.banner_button.setText(self.tr("Tôi vẫn đang dùng"))
        self._build_screens()
        self._apply_display()
        self.show_screen("home")
        self.language_changed.emit(lang)

    def _on_topbar_bigger_requested(self) -> None:
        if self.display.bigger():
            self._apply_display()

    def _on_topbar_smaller_requested(self) -> None:
        if self.display.smaller():
            self._apply_display()

    def _on_topbar_contrast_toggled(self, on: bool) -> None:
        self.set_high_contrast(on)

    def _on_topbar_voice_toggled(self, on: bool) -> None:
        self.display.voice_on = on
        self._apply_display()
        if not on:
            self.voice.stop()

    def _on_topbar_typist_toggled(self, staff_typing: bool) -> None:
        self.session.staff_typing = staff_typing

    def _on_screen_spoken(self, question: str, hint: str, error: str) -> None:
        sender = self.sender()  # a screen may speak just before it is shown
        name = next((n for n, w in self.screens.items() if w is sender), self.current_screen())
        self.help_desk.remember(name, question, hint, error)
        self.voice.say(question, hint, error)

    def _make_banner(self) -> QWidget:
        banner = QWidget(self)
        banner.setObjectName("Banner")
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner_text = set_role(QLabel(banner), "banner")
        self.banner_text.setWordWrap(True)
        self.banner_button = set_role(QPushButton(self.tr("Tôi vẫn đang dùng"), banner), "primary")
        self.banner_button.setAccessibleName(self.tr("Tôi vẫn đang dùng"))
        self.banner_button.clicked.connect(self._on_banner_button_clicked)
        row = QHBoxLayout(banner)
        row.setContentsMargins(20, 10, 20, 10)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)
        banner.hide()
        return banner

    def show_message(self, text: str, *, button: bool = False, transient: bool = False) -> None:
        """A notice across the top (errors that are not about one question).

        ``transient``: cleared as soon as someone leaves the home screen.
        """
        self._transient_message = transient and bool(text)
        self.banner_text.setText(text)
        self.banner_button.setVisible(button)
        self.banner.setVisible(bool(text))

    def _warning_text(self, seconds: int) -> str:
        return self.tr(
            "Bạn còn đó không? Sau %1 giây, thông tin trên màn hình sẽ được xoá "
            "để bảo vệ bạn. Chạm vào màn hình để tiếp tục."
        ).replace("%1", str(seconds))

    def _on_idle_warning_started(self, seconds: int) -> None:
        self.show_message(self._warning_text(seconds), button=True)
        self.voice.say(self._warning_text(seconds))

    def _on_idle_warning_tick(self, seconds: int) -> None:
        self.banner_text.setText(self._warning_text(seconds))

    def _on_idle_warning_cancelled(self) -> None:
        self.show_message("")

    def _on_banner_button_clicked(self) -> None:
        self.idle.poke()
        self.show_message("")

    def _on_idle_expired(self) -> None:
        self.finish_session(reason="idle")

    def _on_topbar_staff_gesture(self) -> None:
        self.lockdown.request_exit()

    def show_staff_alert(self, text: str) -> None:
        """A problem staff must see (start-up); stays through wipes until a staff PIN clears it."""
        self.staff_alert.add(text)

    @property
    def scanner(self) -> Any:
        """The keyboard-wedge scanner (set by the app at start-up; fills the form on a scan)."""
        return self.flow.forms.scanner

    @scanner.setter
    def scanner(self, scanner: Any) -> None:
        self.flow.forms.scanner = scanner

    def open_catalog(self, query: str = "") -> None:
        self.flow.open_catalog(query)

    def resume_draft_by_id(self, draft_id: str) -> None:
        self.flow.forms.resume_draft_by_id(draft_id)

    def finish_session(self, *, reason: str = "manual") -> None:
        """ "Xong / người tiếp theo", staff sign-out and the idle wipe: save the draft, then
        forget the resident (and sign the staff member out, with an audit entry)."""
        self.flow._flush_draft()
        staff_id = self.session.staff_id
        if staff_id:
            self.tasks.run_db(
                lambda svc: _sign_out(svc, staff_id, reason),
                lambda _r: None,
                lambda exc: _log.error("sign-out audit failed: %s", type(exc).__name__),
            )
        self._generation += 1
        self.flow.forget()
        self.idle.stop()
        self.voice.stop()
        self.session.wipe()
        self.help_desk.forget()  # and a "Xong" question still open (the idle wipe came first)
        forget_captures()  # the document photos of this resident
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self.display = self._default_display()
        if self.translators is not None:
            self.translators.use(self.display.language)
        self.topbar.show_staff(None)
        self.topbar.retranslate()
        self.banner_button.setText(self.tr("Tôi vẫn đang dùng"))
        self.show_message("")
        self._build_screens()
        self._apply_display()
        self.show_screen("home")
        _log.info("session wiped")
        self.wiped.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closing the kiosk ends the session the same way (the draft stays on disk).

        In kiosk mode the close (the window manager's Alt+F4 too) is ignored.
        """
        if self.lockdown.locked:
            event.ignore()
            return
        self.topbar.stop_hold()
        self._builds += 1  # no more screens are built ahead
        self.crash_guard.uninstall()
        self.idle.stop()
        self.flow._flush_draft()
        scanner = self.scanner
        if scanner is not None:
            scanner.uninstall()
        self.flow.forms.release_pages()
        drop_spare_keyboards()  # kept across wipes, not beyond the window
        super().closeEvent(event)


def _sign_out(svc: Any, staff_id: str, reason: str) -> None:
    from kiosk.security import StaffDirectory

    StaffDirectory.from_config(svc.store, svc.config).sign_out(staff_id, reason=reason)
