"""Background work for the GUI: database calls run on the store's thread, results come back queued.

The pattern of Anki's ``aqt.taskman``: the worker never touches a widget. When a
task finishes, its completion closure is appended to a queue and a signal wakes
the GUI thread, which runs the callbacks there. An exception from a task is
handed to ``on_error`` on the GUI thread or, when no handler was given, re-raised
there, so nothing dies silently in a thread. The GUI thread never waits.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.clock import Clock, system_clock

_log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class TaskManager(QObject):
    """Runs ``fn(services)`` on the StoreExecutor and delivers its outcome on the GUI thread."""

    _closures_pending = Signal()
    task_failed = Signal(object)
    """A task without its own ``on_error`` raised (the exception); emitted before re-raising."""
    idle_changed = Signal(bool)
    """True when the last pending task has been delivered (tests and shutdown wait on it)."""

    def __init__(
        self, executor: Any, parent: QObject | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self.clock: Clock = clock or system_clock()
        """The kiosk's one clock (``KioskContext.clock``), for "today" on the GUI thread."""
        self._closures: deque[Callable[[], None]] = deque()
        self._lock = threading.Lock()
        self._pending = 0
        self._closed = False
        self._devices: ThreadPoolExecutor | None = None
        self._device_jobs = 0
        self._closures_pending.connect(
            self._on_closures_pending, Qt.ConnectionType.QueuedConnection
        )

    @property
    def pending(self) -> int:
        """How many tasks have been submitted and not yet delivered."""
        return self._pending

    @property
    def idle(self) -> bool:
        """No task is waiting to run or to be delivered."""
        return self._pending == 0

    def run_db(
        self,
        fn: Callable[[Any], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> Future[Any]:
        """Run ``fn(services)`` on the store's thread; call ``on_done(result)`` on the GUI thread.

        Raises (on the GUI thread, later): whatever ``fn`` raised, when ``on_error`` is None.
        """
        if self._closed:
            raise RuntimeError("the task manager is closed")
        self._pending += 1
        future: Future[Any] = self._executor.submit(fn)
        future.add_done_callback(lambda f: self._queue(lambda: self._deliver(f, on_done, on_error)))
        return future

    def run_io(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> Future[Any]:
        """Run blocking device I/O ``fn()`` (the receipt printer) on its own worker thread.

        Not the store's thread: a printer that takes seconds to answer must not hold up
        the database. One worker, so jobs reach the printer in the order they were given.
        Delivery is the same as :meth:`run_db`'s.
        """
        if self._closed:
            raise RuntimeError("the task manager is closed")
        if self._devices is None:
            self._devices = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-devices")
        self._pending += 1
        self._device_jobs += 1
        future: Future[Any] = self._devices.submit(fn)
        future.add_done_callback(
            lambda f: self._queue(lambda: self._deliver_io(f, on_done, on_error))
        )
        return future

    def _deliver_io(
        self, future: Future[Any], on_done: OnDone | None, on_error: OnError | None
    ) -> None:
        # Printing happens once per resident: the worker thread ends after each burst of
        # jobs instead of idling for the kiosk's lifetime (and outliving a closed window).
        self._device_jobs -= 1
        if self._device_jobs == 0 and self._devices is not None:
            self._devices.shutdown(wait=False)
            self._devices = None
        self._deliver(future, on_done, on_error)

    def close(self) -> None:
        """Refuse new tasks; already-finished ones are still delivered."""
        self._closed = True
        if self._devices is not None:
            self._devices.shutdown(wait=False)  # a job in progress still finishes

    # -- worker side -------------------------------------------------------------------

    def _queue(self, closure: Callable[[], None]) -> None:
        with self._lock:
            self._closures.append(closure)
        try:
            self._closures_pending.emit()
        except RuntimeError:  # the manager was deleted (the app is closing): nobody to tell
            _log.warning("a task finished after the GUI closed")

    # -- GUI side ----------------------------------------------------------------------

    def _on_closures_pending(self) -> None:
        with self._lock:
            closures = list(self._closures)
            self._closures.clear()
        # Each result is delivered on its own: one failing callback must not drop the
        # results queued behind it. The failure is reported, then re-raised last, so the
        # crash guard still sees it.
        failure: BaseException | None = None
        for closure in closures:
            try:
                closure()
            except Exception as exc:  # reported after the others ran
                if failure is None:
                    failure = exc
                else:
                    _log.error("another queued callback failed: %s", type(exc).__name__)
        if failure is not None:
            try:
                raise failure
            finally:
                failure = None  # no frame <-> exception cycle left for the collector

    def _deliver(
        self, future: Future[Any], on_done: OnDone | None, on_error: OnError | None
    ) -> None:
        self._pending -= 1
        try:
            exc = future.exception()
            if exc is not None:
                if on_error is not None:
                    on_error(exc)
                else:
                    _log.error("background task failed: %s", type(exc).__name__)
                    self.task_failed.emit(exc)
                    raise exc
            elif on_done is not None:
                on_done(future.result())
        finally:
            if self._pending == 0:
                self.idle_changed.emit(True)
