"""The kiosk's side of the fleet: one health report per sync cycle, and configuration back.

After each sync round the loop sends one small ``PUT /v1/kiosk-health`` (a
request of its own rather than a header on another: the outbox drain sends
nothing when the outbox is empty, and the report must arrive exactly when the
kiosk is idle and well). The reply carries the newest configuration document
meant for this kiosk, if there is one above the applied serial, so configuration
costs no extra request. Its ``Date`` header measures the kiosk's clock skew,
reported with the next cycle. Everything here runs on the sync thread; the
store is reached through its executor.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from kiosk.clock import Clock
from kiosk.config import KioskConfig, load_config
from kiosk.fleetconfig import accept_document, applied_serial, last_refusal
from kiosk.fleethealth import build_report, doctor_age_s
from sync._client import PortalClient
from sync._credentials import store_of
from sync._errors import PortalError
from sync._wire import expect

_log = logging.getLogger(__name__)

NO_FLEET_API_RETRY_S = 3600.0
HARDWARE_CHECK_EVERY_S = 6 * 3600.0
"""How often the running kiosk re-runs doctor's hardware probes (printer, camera, speech)."""


class FleetReporter:
    """Sends this kiosk's health and applies the configuration documents the portal returns.

    Args:
        executor: the store's executor (``call(fn(services))``).
        data_dir: the kiosk's data dir (configuration files, doctor's record).
        clock: the kiosk's clock (report times, skew).
        on_config: called (on the sync thread) with the new effective configuration
            after a document was applied.
        check_hardware: runs doctor's hardware probes and records them; called in a
            thread of its own when the record is older than ``HARDWARE_CHECK_EVERY_S``.
    """

    def __init__(
        self,
        executor: Any,
        data_dir: Path,
        clock: Clock,
        *,
        on_config: Callable[[KioskConfig], None] | None = None,
        check_hardware: Callable[[], None] | None = None,
    ) -> None:
        self._executor = executor
        self._data_dir = Path(data_dir)
        self._clock = clock
        self.on_config = on_config
        self._check_hardware = check_hardware
        self._checking: threading.Thread | None = None
        self._judged_anew = False
        self._quiet_until = 0.0
        self.skew_s: float | None = None
        """Kiosk clock minus the portal's, measured on the last report's reply."""

    def after_round(self, client: PortalClient, online: bool, synced: bool) -> None:
        """Report after a sync round (``synced``: it reached the portal and finished a pass)."""
        now = self._clock.now_utc()
        if synced:
            stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            self._executor.call(lambda target: store_of(target).record_sync(stamp))
        self._maybe_check_hardware()
        if not online or time.monotonic() < self._quiet_until:
            return
        try:
            self.report(client)
            if self._judged_anew:  # a document was applied or refused just now:
                self._judged_anew = False
                self.report(client)  # the fleet page learns at once what became of it
        except PortalError as exc:
            _log.warning("health report not delivered: %s", exc)
        except Exception:  # the report must never stop delivery
            _log.exception("health report failed")

    def report(self, client: PortalClient) -> dict[str, Any]:
        """Send one report; apply a configuration document in the reply. Returns the reply.

        Raises:
            PortalError: the report did not get through.
        """
        config = load_config(self._data_dir)
        backlog, last_sync = self._executor.call(
            lambda target: (store_of(target).outbox_backlog(), store_of(target).last_sync_at())
        )
        report = build_report(
            data_dir=self._data_dir,
            now=self._clock.now_utc(),
            backlog=backlog,
            last_sync_at=last_sync,
            clock_skew_s=self.skew_s,
            config_serial=applied_serial(self._data_dir),
            config_problem=last_refusal(self._data_dir),
            group=config.fleet.group,
        )
        before = self._clock.now_utc().timestamp()
        resp = client._request("PUT", "/v1/kiosk-health", json=report.to_json())
        after = self._clock.now_utc().timestamp()
        measured = _skew(resp.headers.get("Date"), before, after)
        self.skew_s = measured if measured is not None else self.skew_s
        if resp.status_code in (404, 405, 501):
            # A portal without the fleet API (not the reference portal): ask again in an hour,
            # rather than logging a failure every cycle.
            self._quiet_until = time.monotonic() + NO_FLEET_API_RETRY_S
            _log.info("the portal has no health endpoint; next try in an hour")
            return {}
        reply = expect(resp, (200,), "health report")
        envelope = reply.get("config")
        if envelope is not None:
            self._apply(client, envelope)
        return reply

    def _apply(self, client: PortalClient, envelope: Any) -> None:
        stamp = self._clock.now_utc().strftime("%Y-%m-%dT%H:%M:%SZ")
        outcome = accept_document(self._data_dir, envelope, kiosk_id=client.kiosk_id, now=stamp)
        self._judged_anew = not outcome.repeated
        if outcome.applied and outcome.config is not None and self.on_config is not None:
            self.on_config(outcome.config)

    def _maybe_check_hardware(self) -> None:
        if self._check_hardware is None:
            return
        if self._checking is not None and self._checking.is_alive():
            return
        age = doctor_age_s(self._data_dir, self._clock.now_utc())
        if age is not None and 0 <= age < HARDWARE_CHECK_EVERY_S:
            return
        self._checking = threading.Thread(
            target=self._run_hardware_check, name="kiosk-hardware-check", daemon=True
        )
        self._checking.start()

    def _run_hardware_check(self) -> None:
        assert self._check_hardware is not None
        try:
            self._check_hardware()
        except Exception:  # a probe that crashes must not take sync down
            _log.exception("hardware check failed")


def _skew(date: str | None, before: float, after: float) -> float | None:
    """Kiosk clock minus the portal's (``Date`` has whole seconds: its instant is Date+0.5)."""
    try:
        portal = parsedate_to_datetime(date or "").timestamp()
    except (TypeError, ValueError):
        return None
    return (before + after) / 2 - (portal + 0.5)
