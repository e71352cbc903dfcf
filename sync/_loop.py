"""One round of the kiosk's background sync loop, shared by the app's ``SyncController`` and
the fleet simulation (``bench/fleet.py``), so both run the same policy.

A round: check the portal's health; if it answers after an outage, make the items
waiting in backoff due again (spread out, ``OutboxWorker.link_up``); if it answers,
run one pass; then say how long to wait before the next round (until the next item
is due, at most ``interval_s``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sync._client import PortalClient
from sync._worker import OutboxWorker, SyncReport


@dataclass(frozen=True)
class Round:
    """What one round found and did."""

    online: bool
    report: SyncReport | None
    wait_s: float


def sync_round(worker: OutboxWorker, client: PortalClient, interval_s: float) -> Round:
    """Run one round (see the module docstring); the caller waits ``wait_s`` or until woken."""
    online = client.health()
    if not online:
        return Round(False, None, interval_s)
    if worker.link_down:
        worker.link_up()
    report = worker.run_once()
    return Round(True, report, next_wait(worker, report.pending, interval_s))


def next_wait(worker: OutboxWorker, pending: int, interval_s: float) -> float:
    """Seconds until the next round: when the next item is due, at most ``interval_s``."""
    if not pending:
        return interval_s
    try:
        due = worker.seconds_until_due()
    except Exception:
        return interval_s
    return interval_s if due is None else min(interval_s, max(due, 0.05))
