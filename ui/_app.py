"""Starting the GUI: app, bundled font, translations, the window and its event loop.

What the window runs over (the store's thread, sync) is wired by ``app``, the
composition root; this module only makes and runs the widgets.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

import resources

if TYPE_CHECKING:
    from forms import Catalog
    from kiosk.first_paint import HomeLook
    from kiosk.services import KioskContext, StoreExecutor
    from sync import SyncController
    from ui._first_frame import FirstFrame
    from ui._window import KioskWindow

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
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else family
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


def translators_of(app: QCoreApplication) -> Translators:
    """The application's one :class:`Translators` (made on first use)."""
    translators = getattr(app, "_kiosk_translators", None)
    if translators is None:
        translators = Translators(app)
        app._kiosk_translators = translators  # type: ignore[attr-defined]
    assert isinstance(translators, Translators)
    return translators


def show_first_frame(app: QApplication, look: HomeLook) -> FirstFrame:
    """Show the home screen at once, from ``look`` alone (see :mod:`ui._first_frame`).

    With KIOSK_BENCH_EXIT_ON_HOME set (``make bench``, tests/test_cold_start.py) the
    time of its first paint is printed as "home-shown" (and, with KIOSK_MODULES_AT_HOME
    naming a file, the modules imported by then are written there).
    """
    from ui._first_frame import FirstFrame

    translators_of(app).use(look.language)
    frame = FirstFrame(look)
    if os.environ.get("KIOSK_BENCH_EXIT_ON_HOME"):
        frame.painted.connect(lambda: _bench_report("home-shown"))
    frame.show_as_kiosk()
    return frame


def _bench_report(line: str) -> None:
    """For ``make bench``: print ``line`` with the time; write the imported modules' names."""
    import time

    modules_file = os.environ.get("KIOSK_MODULES_AT_HOME")
    if modules_file and line == "home-shown":  # what was imported before the first paint
        Path(modules_file).write_text("\n".join(sorted(sys.modules)), encoding="utf-8")
    # The wall clock, then the process's CPU time so far (load on the machine disturbs it less).
    print(f"{line} {time.perf_counter():.6f} {time.process_time():.6f}", flush=True)


def build_window(
    context: KioskContext,
    executor: StoreExecutor,
    catalog: Catalog,
    *,
    sync: SyncController | None = None,
    voice_engine: str | None = None,
) -> KioskWindow:
    """Make the TaskManager and the main window over an executor (tests, screenshots)."""
    from ui._tasks import TaskManager
    from ui._voice import Voice
    from ui._window import KioskWindow

    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    translators = translators_of(app)
    translators.use(context.config.kiosk.language)
    tasks = TaskManager(executor, clock=context.clock)
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


def _install_scanner(window: KioskWindow) -> None:
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
    scanner.code_scanned.connect(window.flow.on_code_scanned)
    scanner.install()
    window.scanner = scanner


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


def window_text_damaged() -> str:
    """Staff alert when the background integrity check finds the database damaged."""
    return QCoreApplication.translate(
        "KioskApp",
        "Dữ liệu trên máy có chỗ bị hỏng nên kiosk tạm ngừng nhận hồ sơ mới; các hồ sơ đã lưu "
        "vẫn được giữ. Hãy báo cán bộ kỹ thuật chạy lệnh kiosk doctor để biết cách xử lý.",
    )


class _IntegrityAlert(QObject):
    """Carries a failed integrity check from the watch's thread to the GUI thread."""

    failed = Signal(str)

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self._window = window
        self.failed.connect(self._on_failed)  # queued: this object lives in the GUI thread

    @Slot(str)
    def _on_failed(self, _problem: str) -> None:
        self._window.show_staff_alert(window_text_damaged())


def integrity_alerter(window: KioskWindow) -> Callable[[str], None]:
    """A callable, safe from any thread, that raises the staff alert for a damaged database."""
    return _IntegrityAlert(window).failed.emit


def _report_when_ready(app: QApplication, window: KioskWindow) -> None:
    """For ``make bench``: with KIOSK_BENCH_EXIT_ON_HOME set, print "home-ready" once the kiosk
    window (every part wired) has painted its home screen, and quit."""
    if not os.environ.get("KIOSK_BENCH_EXIT_ON_HOME"):
        return
    from PySide6.QtCore import QTimer

    def done() -> None:
        window.repaint()
        _bench_report("home-ready")
        app.quit()

    QTimer.singleShot(0, done)


def startup_problem_text(problem: str) -> str:
    """What staff are told about a start-up problem reported by the composition root.

    ``problem`` is ``"rescued"`` (a corrupt database was moved aside),
    ``"damaged"`` (an integrity check failed: no new applications) or
    ``"store_failed"`` (the data dir cannot be opened or written).
    """
    if problem == "damaged":
        return window_text_damaged()
    return window_text_rescued() if problem == "rescued" else window_text_store_failed()


def show_sized(window: QWidget, size: str = "") -> None:
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


def gui_application() -> QApplication:
    """The QApplication (made once) with the bundled fonts registered."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    load_fonts()
    return app


def start_window(
    window: KioskWindow,
    *,
    problem: str | None = None,
    after_shown: Callable[[], None] | None = None,
) -> None:
    """Show the window (locked down in kiosk mode), guarded against crashes; the event loop
    runs it (``app.exec()``, see :func:`run_window`) and :func:`stop_window` ends it.

    ``problem`` (see :func:`startup_problem_text`) raises the staff alert at once.
    ``after_shown`` runs once the home screen is up: background work that would
    compete with start-up for the interpreter (the embedded portal) starts there.
    """
    from PySide6.QtCore import QTimer

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    window.crash_guard.install()  # a fault wipes the session and goes home, never exits
    if problem is not None:
        window.show_staff_alert(startup_problem_text(problem))
    _report_when_ready(app, window)
    if after_shown is not None:
        # Counted from the first turn of the event loop (the window shown and painted),
        # not from here: on a loaded machine showing the window can itself take longer.
        QTimer.singleShot(0, lambda: QTimer.singleShot(AFTER_SHOWN_DELAY_MS, after_shown))
    if window.config.ui.kiosk_mode:
        window.lockdown.engage()
    else:
        show_sized(window, window.config.ui.window_size)


def stop_window(window: KioskWindow) -> None:
    """The event loop has ended: the window's own timers and task manager stop. The caller
    stops what it started (sync, the store's thread)."""
    window.crash_guard.uninstall()
    window.idle.stop()
    window.tasks.close()


def run_window(
    app: QApplication,
    window: KioskWindow,
    *,
    problem: str | None = None,
    after_shown: Callable[[], None] | None = None,
) -> int:
    """Show the window (see :func:`start_window`) and run the event loop; return the exit
    code. The window's own timers and task manager are stopped before returning."""
    start_window(window, problem=problem, after_shown=after_shown)
    try:
        return int(app.exec())
    finally:
        stop_window(window)
