"""The GUI's handle on sync: a QObject whose signals report what the background worker did.

All network and database work happens on the controller's own thread (and the
store's executor); the GUI thread only receives queued signals and calls
``sync_now()``, which never blocks. The loop wakes on "sync now", on a network
reachability change (``QNetworkInformation`` where a backend loads), and every
``interval_s`` for a portal health check.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from sync._client import PortalClient
from sync._credentials import load_credentials
from sync._fleet import FleetReporter
from sync._loop import sync_round
from sync._worker import OutboxWorker

_log = logging.getLogger(__name__)


class SyncController(QObject):
    """Runs the outbox worker in the background and reports to the UI.

    Signals:
        item_changed(application_id, state, progress): state is queued, sending,
            delivered or failed (needs correction); progress 0..1.
        sync_finished(counts): after each pass, ``delivered``/``pending``/``failed``
            plus ``online`` and ``not_enrolled``.
        link_changed(online): the portal became reachable or unreachable.
        config_changed(config): a configuration document from the portal was applied;
            ``config`` is the new effective ``KioskConfig`` (``sync._fleet``).
    """

    item_changed = Signal(str, str, float)
    sync_finished = Signal(dict)
    link_changed = Signal(bool)
    config_changed = Signal(object)

    def __init__(
        self,
        executor: Any,
        portal: PortalClient | str,
        *,
        config: Any = None,
        enroll: Callable[[], PortalClient] | None = None,
        interval_s: float | None = None,
        worker: OutboxWorker | None = None,
        fleet: FleetReporter | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``portal`` is an enrolled client, or the portal's URL: then the stored credentials
        for that URL are used, or ``enroll()`` (run on the sync thread, retried each
        interval) enrols the kiosk and returns the client. ``config`` is the kiosk
        config (``portal.sync_interval_s``, ``timeout_s``, ``ca_bundle``). ``fleet`` sends the
        health report after each round and applies configuration from the portal."""
        super().__init__(parent)
        portal_cfg: Any = getattr(config, "portal", None)
        interval: Any = interval_s or getattr(portal_cfg, "sync_interval_s", 30.0)
        self._interval = float(interval)
        self._timeout = float(getattr(portal_cfg, "timeout_s", 15.0))
        self._ca_bundle = getattr(portal_cfg, "ca_bundle", "") or None
        self._executor = executor
        self._url = portal if isinstance(portal, str) else portal.base_url
        self._enroll = enroll
        self._client: PortalClient | None = portal if isinstance(portal, PortalClient) else None
        self._worker = worker
        if worker is None and self._client is not None:
            self._worker = OutboxWorker(executor, self._client)
        if self._worker is not None:
            self._worker.on_item = self._on_item
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._online: bool | None = None
        self._netinfo: Any = None
        self._fleet = fleet
        if fleet is not None:
            fleet.on_config = self.config_changed.emit

    @property
    def client(self) -> PortalClient | None:
        """The enrolled portal client once connected (result pick-up uses it), else ``None``."""
        return self._client

    @property
    def online(self) -> bool | None:
        """The last known state of the link to the portal (``None`` before the first check)."""
        return self._online

    @Slot()
    def start(self) -> None:
        """Start the background loop (idempotent)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="kiosk-sync", daemon=True)
        self._thread.start()
        self._watch_network()

    @Slot()
    def stop(self) -> None:
        """Stop the loop and join its thread; nothing of sync keeps running afterwards."""
        self._stop.set()
        if self._worker is not None:
            self._worker.stop()
        self._wake.set()
        if self._netinfo is not None:
            try:
                self._netinfo.reachabilityChanged.disconnect(self._on_reachability)
            except (RuntimeError, TypeError):
                pass
            self._netinfo = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    @Slot()
    def sync_now(self) -> None:
        """Ask for a pass right away (returns at once)."""
        self._wake.set()

    # -- background ----------------------------------------------------------------------

    def _connect(self) -> OutboxWorker | None:
        """The worker, once the kiosk has credentials for the portal (enrolling if it can)."""
        if self._worker is not None:
            return self._worker
        creds = self._executor.call(load_credentials)
        if creds is not None and creds.portal_url == self._url.rstrip("/"):
            self._client = PortalClient(
                self._url,
                timeout=self._timeout,
                kiosk_id=creds.kiosk_id,
                token=creds.token,
                ca_bundle=self._ca_bundle,
            )
        elif self._enroll is not None:
            self._client = self._enroll()
        if self._client is None:
            return None
        self._worker = OutboxWorker(self._executor, self._client, on_item=self._on_item)
        return self._worker

    def _loop(self) -> None:
        while not self._stop.is_set():
            wait = self._interval
            try:
                worker = self._connect()
                if worker is None or self._client is None:
                    self.sync_finished.emit({"online": False, "not_enrolled": True})
                    self._wake.wait(wait)
                    self._wake.clear()
                    continue
                if self._stop.is_set():
                    break
                done = sync_round(worker, self._client, self._interval)
                if done.online != self._online:
                    self._online = done.online
                    self.link_changed.emit(done.online)
                if done.report is not None:
                    self.sync_finished.emit({**done.report.counts(), "online": True})
                else:
                    self.sync_finished.emit({"online": False})
                wait = done.wait_s
                if self._fleet is not None:
                    self._fleet.after_round(self._client, done.online, done.report is not None)
            except Exception:  # the loop must survive anything and try again later
                _log.exception("sync pass failed")
            self._wake.wait(wait)
            self._wake.clear()

    def _on_item(self, app_id: str, state: str, progress: float) -> None:
        self.item_changed.emit(app_id, state, progress)

    def _watch_network(self) -> None:
        """Wake on reachability changes when a QNetworkInformation backend is available."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
            if info is None:
                return
            info.reachabilityChanged.connect(self._on_reachability)
            self._netinfo = info
        except Exception:  # no backend on this platform: the periodic health check covers it
            _log.info("no network-information backend; relying on periodic health checks")

    def _on_reachability(self, *_: Any) -> None:
        self._wake.set()
