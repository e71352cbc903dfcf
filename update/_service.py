"""The running kiosk's updater: a background thread that checks at start and on a schedule.

Nothing here runs on the GUI thread except :meth:`UpdateService.install_when_idle`,
a symlink switch the GUI calls when no resident's session is open. Callbacks
(``on_staged``, ``on_restart_needed``) are called from the service's own thread:
the GUI side forwards them to its thread with a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from update._client import DoctorOutcome, KioskUpdater

_log = logging.getLogger(__name__)


class UpdateService:
    """Checks for, downloads and stages updates off the GUI thread; installs when told it is idle.

    ``doctor`` runs the new version's doctor at its first start (default: the real
    ``kiosk doctor`` in a child process).
    """

    def __init__(
        self,
        updater: KioskUpdater,
        interval_s: float,
        *,
        doctor: Callable[[Path], DoctorOutcome] | None = None,
        on_staged: Callable[[str], None] | None = None,
        on_restart_needed: Callable[[str], None] | None = None,
    ) -> None:
        self.updater = updater
        self.interval_s = interval_s
        self._doctor = doctor
        self._on_staged = on_staged or (lambda _v: None)
        self._on_restart_needed = on_restart_needed or (lambda _r: None)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()  # one updater step at a time (check vs install)
        self._thread: threading.Thread | None = None
        self.restart_reason: str | None = None

    def start(self) -> None:
        """Start the thread: first-start doctor (if a new version runs), then check, then wait."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="kiosk-updates", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the thread (a download in progress ends at its next socket timeout)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def check_now(self) -> None:
        """Ask for a check at once (``kiosk update check`` on a running kiosk, tests)."""
        self._wake.set()

    @property
    def staged(self) -> str | None:
        return self.updater.state().staged

    def install_when_idle(self) -> str | None:
        """The GUI's hook, called between residents: install a staged update, if any.

        Returns the version installed (the kiosk must then restart to run it), or None
        (nothing staged, or the updater is busy: it never blocks the GUI). Never call it
        while a resident's session is open.
        """
        if not self._lock.acquire(blocking=False):
            return None  # a check or download is running: the next quiet moment will do
        try:
            version = self.updater.install_staged()
        finally:
            self._lock.release()
        if version is not None:
            self.restart_reason = f"update {version} installed"
        return version

    def _run(self) -> None:
        try:
            with self._lock:
                outcome = self.updater.first_start_check(self._doctor)
            if outcome == "rolled_back":
                state = self.updater.state()
                self.restart_reason = f"rolled back to {state.rolled_back.get('to')}"
                self._on_restart_needed(self.restart_reason)
        except Exception:  # the kiosk keeps running whatever the updater does
            _log.exception("first-start check failed")
        while not self._stop.is_set():
            try:
                with self._lock:
                    staged = self.updater.check_and_download()
                if staged is not None and not self._stop.is_set():
                    self._on_staged(staged)
            except Exception:
                _log.exception("update round failed")
            self._wake.wait(self.interval_s)
            self._wake.clear()
