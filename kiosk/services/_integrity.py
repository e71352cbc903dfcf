"""The database's integrity, checked in the background after start and then daily.

``IntegrityWatch`` runs SQLite's ``quick_check`` on its own read-only connection
and thread, so the store's single writer is never held up. On a failure it
leaves the flag the services honour (no new applications: ``integrity_refusal``)
and tells the GUI, which alerts staff; the data stays readable.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from forms import FieldError
from kiosk.clock import Clock, system_clock
from kiosk.store import database_path, integrity_problem, quick_check, record_integrity

_log = logging.getLogger(__name__)

FIRST_CHECK_DELAY_S = 60.0
CHECK_INTERVAL_S = 24 * 3600.0

REFUSAL_MESSAGE = (
    "Dữ liệu trên máy có chỗ bị hỏng nên kiosk tạm ngừng nhận hồ sơ mới; các hồ sơ đã lưu "
    "vẫn được giữ. Xin báo cán bộ kỹ thuật chạy lệnh kiosk doctor để biết cách xử lý."
)
REFUSAL_MESSAGE_EN = (
    "The kiosk's database is damaged, so it takes no new applications for now; what is "
    "stored is kept. Ask a technician to run kiosk doctor for what to do."
)


def integrity_refusal(data_dir: Path) -> FieldError | None:
    """The error to show instead of taking a new application, if the last check failed."""
    if integrity_problem(data_dir) is None:
        return None
    return FieldError("consent", "database_damaged", REFUSAL_MESSAGE, REFUSAL_MESSAGE_EN)


def check_integrity(data_dir: Path, clock: Clock | None = None) -> tuple[bool, str]:
    """Check now, record the outcome in the data dir, return (ok, problem)."""
    ok, problem = quick_check(database_path(data_dir))
    record_integrity(data_dir, ok, problem, (clock or system_clock()).stamp())
    if not ok:
        _log.error("database integrity check failed: %s", problem)
    return ok, problem


class IntegrityWatch:
    """``quick_check`` after ``first_delay_s``, then every ``interval_s``, on its own thread."""

    def __init__(
        self,
        data_dir: Path,
        *,
        on_failure: Callable[[str], None],
        first_delay_s: float = FIRST_CHECK_DELAY_S,
        interval_s: float = CHECK_INTERVAL_S,
        clock: Clock | None = None,
    ) -> None:
        self._data_dir = Path(data_dir)
        self._on_failure = on_failure
        self._first_delay_s = first_delay_s
        self._interval_s = interval_s
        self._clock = clock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="integrity-watch", daemon=True)
        self.checks = 0

    def start(self) -> None:
        """Start watching (once)."""
        if not self._thread.is_alive():
            self._thread.start()

    def stop(self) -> None:
        """Stop and wait for the thread (a check under way finishes first)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(60)

    def _run(self) -> None:
        delay = self._first_delay_s
        while not self._stop.wait(delay):
            delay = self._interval_s
            try:
                ok, problem = check_integrity(self._data_dir, self._clock)
            except Exception as exc:  # a check that cannot run must not kill the kiosk
                _log.error("integrity check could not run: %s", type(exc).__name__)
                continue
            self.checks += 1
            if not ok:
                try:
                    self._on_failure(problem)
                except Exception:
                    _log.exception("integrity failure listener failed")
