"""An uncaught exception must not kill the kiosk: log it (masked), wipe the session, go home.

Two doors lead here. ``sys.excepthook`` gets what a Qt slot or timer raised (PySide6
hands those to it, then returns to the event loop); the TaskManager's
``task_failed`` gets a store task that failed with nobody to handle it. Either way
the resident's session is wiped like "Xong" does (the draft saved so far stays
on disk) and the home screen says so in plain Vietnamese. The log goes through
the handlers of ``kiosk.security.setup_logging``, whose filter masks personal data
in the message and the traceback.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

_log = logging.getLogger("kiosk.crash")
_HANDLED = "_kiosk_crash_handled"


def crash_message() -> str:
    """What the next person reads on the home screen after a fault."""
    return QCoreApplication.translate(
        "KioskWindow", "Đã có lỗi, xin bắt đầu lại. Hồ sơ đã lưu không bị mất."
    )


class CrashGuard(QObject):
    """Installs the hooks; ``recovered(exception type name)`` after each wipe.

    ``window`` needs ``finish_session(reason=...)`` and ``show_message(text)``.
    """

    recovered = Signal(str)

    def __init__(self, window: Any, tasks: Any) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._previous_hook: Any = None
        self._previous_thread_hook: Any = None
        self._recovering = False
        self.count = 0
        tasks.task_failed.connect(self._on_tasks_task_failed)

    def install(self) -> None:
        """Become ``sys.excepthook`` (and log exceptions that end a background thread)."""
        if self._previous_hook is None:
            self._previous_hook = sys.excepthook
            self._previous_thread_hook = threading.excepthook
            sys.excepthook = self.excepthook
            threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        """Put the previous hooks back (the window is closing; tests)."""
        if self._previous_hook is not None and sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = None
        self._previous_thread_hook = None

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: recover from what the GUI thread raised."""
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            previous = self._previous_hook or sys.__excepthook__
            previous(kind, exc, tb)
            return
        if getattr(exc, _HANDLED, False):  # a failed task, already handled below
            return
        self.handle(exc, tb)

    def handle(self, exc: BaseException, tb: TracebackType | None = None) -> None:
        """Log ``exc`` and bring the kiosk back to a clean home screen."""
        _mark(exc)
        _log.error("uncaught exception: %s", type(exc).__name__, exc_info=(type(exc), exc, tb))
        if self._recovering:  # the wipe itself failed: don't loop, the log has it
            return
        self._recovering = True
        try:
            self._recover()
        except Exception as again:
            _log.error("recovery after a fault failed: %s", type(again).__name__, exc_info=True)
        finally:
            self._recovering = False
        self.count += 1
        self.recovered.emit(type(exc).__name__)

    def _recover(self) -> None:
        w = self._window
        try:
            w.finish_session(reason="fault")
        finally:
            # Even when the wipe broke halfway, no one sees the previous screen's data.
            if w.current_screen() != "home":
                w.session.wipe()
                w.show_screen("home")
            w.show_message(crash_message(), transient=True)

    def _on_tasks_task_failed(self, exc: BaseException) -> None:
        # The TaskManager re-raises after this signal: mark it so the hook skips it.
        self.handle(exc, exc.__traceback__)

    def _thread_hook(self, args: Any) -> None:
        # A background thread has no resident's screen to wipe; the log is what helps.
        _log.error(
            "uncaught exception in thread %s: %s",
            getattr(args.thread, "name", "?"),
            args.exc_type.__name__,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )


def _mark(exc: BaseException) -> None:
    try:
        setattr(exc, _HANDLED, True)
    except (AttributeError, TypeError):  # an exception type without a __dict__
        pass
