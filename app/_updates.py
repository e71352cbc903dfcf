"""Signed updates in the running kiosk: start the updater, install only between residents.

The :class:`update.UpdateService` checks and downloads on its own thread. The
:class:`UpdateGate` lives on the GUI thread: it installs a staged update (one
symlink switch) only when the home screen shows and no staff member is signed in,
i.e. no resident's session is open, then asks the kiosk to restart into it
(systemd starts ``current/kiosk`` again). A rollback decided at first start waits
for the same quiet moment.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

_log = logging.getLogger(__name__)

# The kiosk's exit status when it stops to run another version (EX_TEMPFAIL):
# systemd's Restart=always starts it again, now from the switched ``current``.
EXIT_RESTART = 75


class UpdateGate(QObject):
    """Installs a staged update between residents and then restarts the kiosk.

    ``window`` needs ``current_screen()``, ``staff_signed_in`` and ``screen_changed``;
    ``restart(code)`` ends the event loop (``QApplication.exit``).
    """

    staged = Signal(str)
    restart_needed = Signal(str)
    restarting = Signal(str)

    def __init__(self, service: Any, window: Any, restart: Callable[[int], None]) -> None:
        super().__init__()
        self.service = service
        self._window = window
        self._restart = restart
        self._pending_restart: str | None = None
        window.screen_changed.connect(self._on_window_screen_changed)
        self.staged.connect(self._on_service_staged)
        self.restart_needed.connect(self._on_service_restart_needed)

    def idle(self) -> bool:
        """No resident's session is open: the home screen shows and no staff is signed in."""
        return self._window.current_screen() == "home" and not self._window.staff_signed_in

    def try_install(self) -> str | None:
        """The "install pending update when idle" hook: install and restart if quiet now."""
        if not self.idle():
            return None
        if self._pending_restart is not None:
            self._restart_now(self._pending_restart)
            return None
        version = self.service.install_when_idle()
        if version is not None:
            self._restart_now(f"update {version} installed")
        return version

    def _restart_now(self, reason: str) -> None:
        _log.info("restarting the kiosk between residents: %s", reason)
        self.restarting.emit(reason)
        self._restart(EXIT_RESTART)

    def _on_window_screen_changed(self, name: str) -> None:
        if name == "home":
            self.try_install()

    def _on_service_staged(self, _version: str) -> None:
        self.try_install()

    def _on_service_restart_needed(self, reason: str) -> None:
        self._pending_restart = reason
        self.try_install()


def guard_start(context: Any) -> int | None:
    """Before the window: a new version that keeps dying before its doctor is rolled back.

    Returns the exit status to restart with (into the previous version), or None.
    """
    section = context.config.update
    if not section.enabled:
        return None
    from update import InstallLayout, guard_first_start

    try:
        back_to = guard_first_start(InstallLayout(Path(section.install_dir)))
    except OSError as exc:  # an unwritable install dir must not stop the kiosk
        _log.error("update start guard: %s", exc)
        return None
    if back_to is None:
        return None
    _log.error("the new version kept failing at start: rolled back to %s", back_to)
    return EXIT_RESTART


def start_updates(context: Any, window: Any, restart: Callable[[int], None]) -> Any:
    """Start the updater when ``[update] enabled``; the gate (call ``.service.stop()``) or None."""
    section = context.config.update
    if not section.enabled:
        return None
    from update import InstallLayout, KioskUpdater, UpdateService, run_doctor

    updater = KioskUpdater(
        InstallLayout(Path(section.install_dir)),
        section.repository_url,
        trusted_root=Path(section.root_file) if section.root_file else None,
        timeout_s=section.timeout_s,
        ca_bundle=section.ca_bundle or None,
        now=context.clock.now_local,
    )
    holder: dict[str, UpdateGate] = {}
    service = UpdateService(
        updater,
        section.check_interval_s,
        doctor=lambda build: run_doctor(build, context.data_dir),
        # Called on the service's thread: the signals queue them to the GUI thread.
        on_staged=lambda version: holder["gate"].staged.emit(version),
        on_restart_needed=lambda reason: holder["gate"].restart_needed.emit(reason),
    )
    holder["gate"] = UpdateGate(service, window, restart)
    service.start()
    return holder["gate"]
