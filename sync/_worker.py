"""The outbox worker: delivers every application exactly once, through any network fault.

Each due item is handled on its own: claim it, upload its attachments (resuming
at the portal's committed offset), submit with its idempotency key, and only an
explicit success with an official code marks it delivered. A duplicate reply is
success. A validation refusal goes to staff as "needs correction". Everything
else is retried later with full-jitter backoff. One item's failure, even a bug,
never blocks the next one and never leaves an item stuck in "sending".

HTTP runs on the caller's thread; every database call goes through the store's
executor (the single DB thread).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from operator import methodcaller
from typing import Any

from kiosk.services import PORTAL_PUBLIC_KEY_SETTING, seal_backlog
from sync._backoff import Backoff, SystemClock, parse_store_time, store_time
from sync._client import PortalClient
from sync._credentials import store_of
from sync._errors import LinkError, NotEnrolledError, RejectedError, TransientError
from sync._pulls import pull_catalog, pull_statuses, report_audit_head
from sync._uploads import upload_attachments
from wire import is_sealed, submission

_log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024
ItemListener = Callable[[str, str, float], None]


@dataclass
class SyncReport:
    """What one pass (or several) of the worker did, and what is left."""

    attempted: int = 0
    delivered: int = 0
    duplicates: int = 0
    retried: int = 0
    rejected: int = 0
    not_enrolled: bool = False
    statuses_updated: int = 0
    catalog_updated: bool = False
    quick_retries: int = 0
    pending: int = 0
    failed: int = 0
    delivered_total: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: SyncReport) -> None:
        """Accumulate another pass; the remaining counts are the latest."""
        for name in (
            "attempted",
            "delivered",
            "duplicates",
            "retried",
            "rejected",
            "statuses_updated",
            "quick_retries",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.not_enrolled = other.not_enrolled
        self.catalog_updated = self.catalog_updated or other.catalog_updated
        self.pending, self.failed = other.pending, other.failed
        self.delivered_total = other.delivered_total
        self.errors = (self.errors + other.errors)[-50:]

    def counts(self) -> dict[str, Any]:
        """A plain dict for signals and ``--json`` output."""
        return {
            "delivered": self.delivered_total,
            "pending": self.pending,
            "failed": self.failed,
            "delivered_now": self.delivered,
            "retried": self.retried,
            "quick_retries": self.quick_retries,
            "rejected": self.rejected,
            "not_enrolled": self.not_enrolled,
        }


class OutboxWorker:
    """Delivers due outbox items; see the module docstring for the rules.

    Args:
        executor: the store's executor (``call(fn)`` runs ``fn(target)`` on the DB thread).
        client: an enrolled :class:`PortalClient`.
        clock: ``SystemClock()`` or a ``ManualClock`` in tests.
        rng: randomness for backoff jitter.
        backoff: retry timing (``Backoff(base_s=0)`` retries at once).
        on_item: called as ``(application_id, state, progress)`` with state one of
            queued / sending / delivered / failed, from the worker's thread.
        min_spread_s: the shortest window over which items waiting in backoff are made due
            again when the portal answers after an outage (:meth:`link_up`).
        probe_interval_s: while the portal is down, :meth:`run_until_empty` checks its
            health this often rather than sleeping until the next item's backoff ends.
    """

    def __init__(
        self,
        executor: Any,
        client: PortalClient,
        *,
        clock: Any = None,
        rng: random.Random | None = None,
        backoff: Backoff | None = None,
        batch_size: int = 20,
        chunk_size: int = CHUNK_SIZE,
        on_item: ItemListener | None = None,
        status_interval_s: float = 300.0,
        catalog_interval_s: float = 3600.0,
        min_spread_s: float = 5.0,
        probe_interval_s: float = 5.0,
    ) -> None:
        self.executor = executor
        self.client = client
        self.clock = clock or SystemClock()
        self.rng = rng or random.Random()
        self.backoff = backoff or Backoff()
        self.batch_size = batch_size
        self.chunk_size = chunk_size
        self.on_item = on_item
        self.status_interval_s = status_interval_s
        self.catalog_interval_s = catalog_interval_s
        self.min_spread_s = min_spread_s
        self.probe_interval_s = probe_interval_s
        self._resumed = False
        self._last_status: float | None = None
        self._last_catalog: float | None = None
        self._audit_head: tuple[int, str] | None = None  # the head last reported
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._public_key: bytes | None = None
        self._sealed_once = False
        # Since when (worker's monotonic clock) the portal has been unreachable, if it is.
        self._down_since: float | None = None
        self._link_failed = False

    # -- control -----------------------------------------------------------------------

    def stop(self) -> None:
        """Ask a running pass or wait to end soon (between items)."""
        self._stop.set()
        self._wake.set()

    def wake(self) -> None:
        """Cut a wait in :meth:`run_until_empty` short."""
        self._wake.set()

    @property
    def link_down(self) -> bool:
        """Whether the last delivery failed because the portal could not be reached."""
        return self._down_since is not None

    def link_up(self) -> int:
        """The portal answers again after an outage: make the items waiting in backoff due
        again, spread over a window as long as the outage was (at least ``min_spread_s``,
        at most the backoff cap), so a fleet that lost the portal together does not come
        back in one second. Returns how many items were rescheduled (0 if there was no
        outage)."""
        if self._down_since is None:
            return 0
        outage = self.clock.monotonic() - self._down_since
        self._down_since = None
        spread = min(max(outage, self.min_spread_s), self.backoff.cap_s)
        now = self.clock.now()
        rng = self.rng

        def reschedule(store: Any) -> int:
            waiting = store.waiting_outbox(now=store_time(now))
            when = {
                item_id: store_time(now + timedelta(seconds=rng.uniform(0.0, spread)))
                for item_id in waiting
            }
            return int(store.reschedule_outbox(when))

        moved = int(self._db(reschedule))
        if moved:
            _log.info(
                "portal back after %.0f s: %d item(s) due within %.0f s", outage, moved, spread
            )
        return moved

    def _db(self, fn: Callable[[Any], Any]) -> Any:
        return self.executor.call(lambda target: fn(store_of(target)))

    def _emit(self, app_id: str, state: str, progress: float) -> None:
        if self.on_item is not None:
            try:
                self.on_item(app_id, state, progress)
            except Exception:
                _log.exception("item listener failed")

    # -- passes ------------------------------------------------------------------------

    def run_once(self) -> SyncReport:
        """Deliver every item due now (each at most once in this pass), then pull statuses
        and the catalog when they are due."""
        report = SyncReport()
        quick_before = self.client.quick_retries
        self._stop.clear()
        if not self._resumed:
            resumed = self._db(lambda s: s.resume_in_flight())
            if resumed:
                _log.info("resumed %d item(s) left in flight", resumed)
            self._resumed = True
        self._seal_pending()
        seen: set[int] = set()
        # After one item found the portal unreachable (quick retries spent), the others
        # would only find the same: they wait for the portal to answer again (link_up).
        self._link_failed = False
        while not self._stop.is_set() and not report.not_enrolled and not self._link_failed:
            now = store_time(self.clock.now())
            limit = self.batch_size + len(seen)
            items = [
                i
                for i in self._db(methodcaller("due_outbox", now=now, limit=limit))
                if i.id not in seen
            ]
            if not items:
                break
            for item in items[: self.batch_size]:
                if self._stop.is_set() or report.not_enrolled or self._link_failed:
                    break
                seen.add(item.id)
                self._deliver(item, report)
        if not report.not_enrolled and not self._stop.is_set() and not self._link_failed:
            self._pulls(report)
        counts = self._db(lambda s: s.outbox_counts())
        report.pending, report.failed = counts["pending"], counts["failed"]
        report.delivered_total = counts["delivered"]
        report.quick_retries = self.client.quick_retries - quick_before
        return report

    def _seal_pending(self) -> None:
        """Seal what is still readable as soon as the portal key is known (once per key)."""
        key = self._db(lambda s: s.get_device(PORTAL_PUBLIC_KEY_SETTING))
        pem = key.encode() if key else None
        if pem == self._public_key and self._sealed_once:
            return
        self._public_key = pem
        if pem is None:
            return
        try:
            sealed = self._db(lambda s: seal_backlog(s, pem))
        except Exception:  # a bad key must not stop delivery; _send reports it per item
            _log.exception("sealing pending applications failed")
            return
        self._sealed_once = True
        if sealed:
            _log.info("sealed %d pending application(s) before sending", sealed)

    def seconds_until_due(self) -> float | None:
        """Seconds until the earliest pending item is due (negative if overdue), or ``None``."""
        due = self._db(lambda s: s.next_due_at())
        if due is None:
            return None
        return (parse_store_time(due) - self.clock.now()).total_seconds()

    def run_until_empty(self, timeout: float) -> SyncReport:
        """Run passes until nothing is pending, the kiosk is not enrolled, or ``timeout``
        seconds (on the worker's clock) have passed; sleep until the next item is due."""
        deadline = self.clock.monotonic() + timeout
        total = SyncReport()
        while True:
            total.add(self.run_once())
            if total.pending == 0 or total.not_enrolled or self._stop.is_set():
                return total
            remaining = deadline - self.clock.monotonic()
            if remaining <= 0:
                return total
            if self.link_down:
                self._wait_for_link(deadline)
                continue
            due = self.seconds_until_due()
            wait = remaining if due is None else min(max(due, 0.0), remaining)
            if wait > 0:
                self._wake.clear()
                self.clock.sleep(wait, self._wake)

    def _wait_for_link(self, deadline: float) -> None:
        """Probe the portal's health (soon, then less often, jittered) until it answers,
        an item's backoff ends, or ``deadline``; cheaper for a sick portal than items."""
        probe = 0.0
        while not self._stop.is_set():
            probe = min(self.probe_interval_s, max(0.25, probe * 2))
            # Items already overdue were skipped because of the outage: only a backoff that
            # ends later is a reason to try an item instead of probing.
            due = self.seconds_until_due()
            due = due if due is not None and due > 0 else None
            wait = min(self.rng.uniform(probe / 2, probe), deadline - self.clock.monotonic())
            if due is not None and due < wait:
                wait = due
            if wait <= 0:
                return
            self._wake.clear()
            self.clock.sleep(wait, self._wake)
            if self.client.health():
                self.link_up()
                return
            if due is not None and due <= wait:
                return

    # -- one item ----------------------------------------------------------------------

    def _deliver(self, item: Any, report: SyncReport) -> None:
        app_id = item.application_id
        if not self._db(lambda s: s.claim_outbox(item.id)):
            return
        report.attempted += 1
        self._emit(app_id, "sending", item.progress)
        attempts = item.attempts + 1
        try:
            accepted = self._send(item)
        except NotEnrolledError:
            report.not_enrolled = True
            report.errors.append("kiosk not enrolled")
            self._retry(item, "kiosk not enrolled (401)", 0.0)
            self._emit(app_id, "queued", item.progress)
        except RejectedError as exc:
            report.rejected += 1
            reasons = exc.summary()
            self._db(lambda s: s.record_rejected(item.id, reasons=reasons))
            self._emit(app_id, "failed", 0.0)
        except TransientError as exc:
            report.retried += 1
            report.errors.append(str(exc))
            if isinstance(exc, LinkError):
                self._link_failed = True
                if self._down_since is None:
                    self._down_since = self.clock.monotonic()
            delay = self.backoff.delay(attempts, self.rng, exc.retry_after)
            self._retry(item, str(exc), delay)
            self._emit(app_id, "queued", item.progress)
        except Exception as exc:  # a bug must not strand the item in "sending"
            _log.exception("delivering outbox item %s failed unexpectedly", item.id)
            report.retried += 1
            report.errors.append(type(exc).__name__)
            self._retry(
                item,
                f"internal error: {type(exc).__name__}",
                self.backoff.delay(attempts, self.rng),
            )
            self._emit(app_id, "queued", item.progress)
        else:
            try:
                self._db(
                    lambda s: s.record_delivered(
                        item.id,
                        official_code=accepted.official_code,
                        portal_status=accepted.status,
                        due_at=accepted.due_at,
                    )
                )
            except Exception as exc:
                # The portal has it, but we could not record that: ask again later (the
                # reply will be a duplicate with the same code); the error stays visible.
                _log.exception("recording delivery of outbox item %s failed", item.id)
                report.retried += 1
                report.errors.append(f"record delivered: {type(exc).__name__}")
                self._retry(
                    item,
                    f"could not record delivery: {type(exc).__name__}",
                    self.backoff.delay(attempts, self.rng),
                )
                self._emit(app_id, "queued", item.progress)
                return
            report.delivered += 1
            report.duplicates += int(accepted.duplicate)
            self.link_up()  # a first success after an outage: the others need not wait
            self._emit(app_id, "delivered", 1.0)

    def _retry(self, item: Any, error: str, delay: float) -> None:
        when = store_time(self.clock.now() + timedelta(seconds=delay))
        self._db(lambda s: s.record_retry(item.id, error=error, next_attempt_at=when))

    def _send(self, item: Any) -> Any:
        app_id = item.application_id
        key = self._public_key
        payload, attachments = self._db(
            lambda s: (s.application_payload(app_id), s.attachments_of(app_id))
        )
        if key is not None and payload is not None and not is_sealed(payload):
            # Readable although the key is known (imported from another kiosk, or its seal
            # failed at submission): the backlog pass seals it in the store first, so what
            # is uploaded and what stays behind are both sealed.
            self._db(lambda s: seal_backlog(s, key))
            payload, attachments = self._db(
                lambda s: (s.application_payload(app_id), s.attachments_of(app_id))
            )
        if payload is None:
            raise RejectedError(
                "no payload",
                [
                    {
                        "code": "payload_missing",
                        "message": "Hồ sơ không còn dữ liệu để gửi.",
                        "message_en": "No payload left to send.",
                    }
                ],
            )

        last_write = [time.monotonic()]

        def progress(fraction: float) -> None:
            value = round(0.95 * fraction, 4)
            # Listeners get every step; the stored value (for the staff console) is written
            # at most once a second, and not at all for an item sent within its first
            # second, since every store write is an fsync.
            now = time.monotonic()
            if now - last_write[0] >= 1.0:
                last_write[0] = now
                self._db(lambda s: s.set_progress(item.id, value))
            self._emit(app_id, "sending", value)

        refs = upload_attachments(
            self.client, self._db, app_id, attachments, self.chunk_size, progress, self._stop
        )
        code = self._db(lambda s: s.get_application(app_id).provisional_code)
        body = submission(app_id, payload, refs, provisional_code=code)
        return self.client.submit(body, idempotency_key=item.idempotency_key)

    def _pulls(self, report: SyncReport) -> None:
        now = self.clock.monotonic()
        if self._last_status is None or now - self._last_status >= self.status_interval_s:
            self._last_status = now
            report.statuses_updated += pull_statuses(self.client, self._db, report.errors)
        if self._last_catalog is None or now - self._last_catalog >= self.catalog_interval_s:
            self._last_catalog = now
            report.catalog_updated = pull_catalog(self.client, self._db, report.errors)
        self._audit_head = report_audit_head(self.client, self._db, report.errors, self._audit_head)
