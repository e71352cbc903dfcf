"""Starting the GUI: app, bundled font, translations, the store's thread, sync, the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import resources

_log = logging.getLogger(__name__)


def load_fonts() -> str | None:
    """Register the bundled Vietnamese-capable fonts; return their family (None if absent)."""
    family = None
    try:
        files = resources.font_files()
    except FileNotFoundError:
        _log.warning("bundled fonts missing; using the system font")
        return None
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            family = (QFontDatabase.applicationFontFamilies(font_id) or [family])[0]
    if family:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setFont(QFont(family, 14))
    return family


class Translators:
    """Installs the ``kiosk_<lang>.qm`` translator for English; Vietnamese is the source text."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self._app = app
        self._folder = folder
        self._current: QTranslator | None = None
        self.language = "vi"

    def folder(self) -> Path | None:
        if self._folder is not None:
            return self._folder
        try:
            return resources.path("translations")
        except FileNotFoundError:
            return None

    def use(self, lang: str) -> bool:
        """Switch to ``lang``; False when its .qm file is not built (texts stay Vietnamese)."""
        if self._current is not None:
            self._app.removeTranslator(self._current)
            self._current = None
        self.language = lang
        QLocale.setDefault(
            QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Vietnamese)
        )
        if lang == "vi":
            return True
        folder = self.folder()
        translator = QTranslator(self._app)
        if folder is None or not translator.load(str(folder / f"kiosk_{lang}.qm")):
            _log.warning("translation %s not built; run make translations", lang)
            return False
        self._app.installTranslator(translator)
        self._current = translator
        return True


def build_window(
    context: Any, executor: Any, catalog: Any, *, sync: Any = None, voice_engine: str | None = None
) -> Any:
    """Make the TaskManager and the main window over an executor (tests, screenshots)."""
    from ui._tasks import TaskManager
    from ui._voice import Voice
    from ui._window import KioskWindow

    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    translators = getattr(app, "_kiosk_translators", None)
    if translators is None:
        translators = Translators(app)
        app._kiosk_translators = translators  # type: ignore[attr-defined]
    translators.use(context.config.kiosk.language)
    tasks = TaskManager(executor)
    window = KioskWindow(
        tasks,
        catalog,
        context.config,
        context.data_dir,
        voice=Voice(voice_engine),
        sync=sync,
        translators=translators,
    )
    _install_scanner(window)
    return window


def _install_scanner(window: Any) -> None:
    """Receipt QR codes typed by a keyboard-wedge scanner open the status lookup."""
    try:
        from ui.input import WedgeScanFilter
    except ImportError:
        return
    try:
        scanner = WedgeScanFilter(window)
    except TypeError:
        scanner = WedgeScanFilter()
        scanner.setParent(window)
    scanner.code_scanned.connect(window.on_code_scanned)
    scanner.install()
    window.scanner = scanner


def _start_sync(
    executor: Any, context: Any, portal_url: str, enroll: Callable[..., Any] | None
) -> Any:
    """The sync controller when the sync package has one; None otherwise (works offline)."""
    try:
        from sync import SyncController
    except ImportError:
        _log.warning("sync controller not available; applications stay queued")
        return None
    # The CLI's ``enroll(executor)`` enrols with the embedded portal's code; the controller
    # calls it (on its own thread) without arguments.
    enrol_now = (lambda: enroll(executor)) if enroll is not None else None
    controller = SyncController(executor, portal_url, config=context.config, enroll=enrol_now)
    controller.start()
    return controller


AFTER_SHOWN_DELAY_MS = 300


def window_text_rescued() -> str:
    """Staff alert after a corrupt database was moved aside at start-up."""
    return QCoreApplication.translate(
        "KioskApp",
        "Dữ liệu trên máy bị hỏng và đã được cất sang một bên; kiosk đang chạy với dữ liệu mới. "
        "Hãy báo cán bộ kỹ thuật để kiểm tra các hồ sơ cũ.",
    )


def window_text_store_failed() -> str:
    """Plain message when the data dir cannot be opened or written."""
    return QCoreApplication.translate(
        "KioskApp",
        "Không mở được dữ liệu trên máy. Hồ sơ mới chưa thể lưu. Hãy báo cán bộ kỹ thuật.",
    )


def _report_when_home_shown(app: QApplication, window: Any) -> None:
    """For ``make bench``: with KIOSK_BENCH_EXIT_ON_HOME set, print the time to the first
    painted home screen and quit."""
    import os
    import time

    if not os.environ.get("KIOSK_BENCH_EXIT_ON_HOME"):
        return
    from PySide6.QtCore import QTimer

    def done() -> None:
        window.repaint()
        print(f"home-shown {time.perf_counter():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, done)


def start_store(context: Any) -> tuple[Any, Any, str | None]:
    """Open the store on its own thread: (executor, catalog, problem for staff or None).

    The kiosk starts even when the store cannot open (a data dir that is a file, a
    full or read-only disk): the catalog is then the bundled one and ``problem`` says
    what to tell staff. A corrupt database is moved aside by the store; that too is
    a problem for staff.
    """
    import forms
    from kiosk.services import KioskServices, StoreExecutor, load_kiosk_catalog

    def factory() -> Any:
        store = context.open_store()
        return KioskServices(store, context.config, load_kiosk_catalog(store))

    executor = StoreExecutor(factory)
    problem = None
    try:
        # Start-up only, before any window exists: the catalog (bundled + portal updates
        # + definitions kept for open drafts) is loaded on the store's thread.
        services = executor.ready(timeout=60)
        catalog = services.catalog
        if services.store.rescued_from is not None:
            _log.error("a corrupt database was moved aside at start-up")
            problem = window_text_rescued()
    except Exception as exc:  # the kiosk still starts and says what is wrong
        _log.error("the store did not open: %s", type(exc).__name__)
        catalog = forms.load_catalog()
        problem = window_text_store_failed()
    return executor, catalog, problem


def show_sized(window: Any, size: str = "") -> None:
    """Show ``window`` filling the screen it is on (its available area), or at ``size``
    ("WIDTHxHEIGHT", from kiosk.toml's ``[ui] window_size``) capped to that screen."""
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    if size:
        width, height = (int(n) for n in size.split("x"))
        if area is not None:
            width, height = min(width, area.width()), min(height, area.height())
        window.resize(width, height)
        window.show()
    elif area is not None:
        window.setGeometry(area)
        window.showMaximized()
    else:
        window.show()


def run_gui(
    context: Any,
    *,
    portal_url: str,
    enroll: Callable[..., Any] | None = None,
    after_shown: Callable[[], None] | None = None,
) -> int:
    """Run the kiosk GUI until it is closed; return the exit code.

    ``context`` is a :class:`kiosk.services.KioskContext`; the store is opened on
    its own thread (the single writer) and the GUI talks to it only through the
    TaskManager. ``enroll`` is handed to the sync controller to enrol the kiosk.
    ``after_shown`` runs once the home screen is up: background work that would
    compete with start-up for the interpreter (the embedded portal) starts there.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    load_fonts()
    executor, catalog, problem = start_store(context)
    sync = None
    try:
        sync = _start_sync(executor, context, portal_url, enroll)
    except Exception as exc:  # the kiosk must start even when sync cannot
        _log.error("sync did not start: %s", type(exc).__name__)
    window = build_window(context, executor, catalog, sync=sync)
    window.crash_guard.install()  # a fault wipes the session and goes home, never exits
    if problem is not None:
        window.show_staff_alert(problem)
    _report_when_home_shown(app, window)
    if after_shown is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(AFTER_SHOWN_DELAY_MS, after_shown)
    if context.config.ui.kiosk_mode:
        window.lockdown.engage()
    else:
        show_sized(window, context.config.ui.window_size)
    try:
        return int(app.exec())
    finally:
        window.crash_guard.uninstall()
        if sync is not None:
            sync.stop()
        window.idle.stop()
        window.tasks.close()
        executor.shutdown(lambda s: s.store.close())
