"""One thread owns the store and runs every database operation, in order.

This is the kiosk's single writer: the GUI and the sync worker hand it work and
get a ``Future`` back, so writes are serialised and a SQLite connection is only
ever used by the thread that opened it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

_log = logging.getLogger(__name__)

T = TypeVar("T")


class StoreExecutor:
    """A single-worker executor whose thread holds ``target`` (a Store or the services on it).

    ``factory`` runs on the worker thread and builds the object every task receives.
    """

    def __init__(self, factory: Callable[[], Any], *, name: str = "kiosk-db") -> None:
        self._name = name
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._local = threading.local()
        self._closer: Callable[[Any], None] | None = None
        self._target_future: Future[Any] = self._pool.submit(self._init, factory)

    def _init(self, factory: Callable[[], Any]) -> Any:
        target = factory()
        self._local.target = target
        return target

    def ready(self, timeout: float | None = None) -> Any:
        """Wait for the target to be built; re-raise what its factory raised."""
        return self._target_future.result(timeout)

    def submit(self, fn: Callable[[Any], T]) -> Future[T]:
        """Run ``fn(target)`` on the worker thread; the future carries its result or exception."""
        return self._pool.submit(self._run, fn)

    def call(self, fn: Callable[[Any], T], timeout: float | None = 60) -> T:
        """Run ``fn(target)`` and wait for it (for CLI and worker threads, never the GUI)."""
        if threading.current_thread().name.startswith(self._name):
            return fn(self._local.target)  # already on the worker: run inline
        return self.submit(fn).result(timeout)

    def _run(self, fn: Callable[[Any], T]) -> T:
        target = self._target_future.result()
        return fn(target)

    def shutdown(self, close: Callable[[Any], None] | None = None) -> None:
        """Run ``close(target)`` on the worker (e.g. close the store), then stop the thread."""
        if close is not None and self._target_future.done() and not self._target_future.exception():
            try:
                self._pool.submit(lambda: close(self._target_future.result())).result(30)
            except Exception:
                _log.exception("closing the store failed")
        self._pool.shutdown(wait=True)
