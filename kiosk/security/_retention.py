"""Retention: delete what the kiosk no longer needs, on a schedule the commune configures.

Delivered applications go after ``delivered_days`` (their receipt data was kept
only for reprints and status lookup; the portal holds the application itself).
Open drafts not touched for ``draft_hours`` are abandoned and go too, as do the
empty shells of submitted drafts. Applications still waiting for delivery or
correction are never purged: that would lose a resident's filing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from kiosk.clock import Clock

__all__ = ["PurgeReport", "purge"]

_TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # the store's utcnow() format: compares as text

# Fully literal SQL (parameters bound with ?): what each purge rule selects.
_COUNTS = (
    "SELECT"
    " (SELECT COUNT(*) FROM applications WHERE state = 'delivered'"
    "   AND delivered_at IS NOT NULL AND delivered_at < :apps),"
    " (SELECT COUNT(*) FROM attachments WHERE application_id IN (SELECT id FROM applications"
    "   WHERE state = 'delivered' AND delivered_at IS NOT NULL AND delivered_at < :apps)"
    "   OR draft_id IN (SELECT id FROM drafts WHERE state = 'open' AND updated_at < :drafts)),"
    " (SELECT COUNT(*) FROM drafts WHERE state = 'open' AND updated_at < :drafts),"
    " (SELECT COUNT(*) FROM drafts WHERE state = 'submitted' AND updated_at < :drafts)"
)
# Attachments explicitly first: the cascade would do it, but only with foreign keys
# on, and a purge must not depend on a connection setting.
_DELETES = (
    "DELETE FROM attachments WHERE application_id IN (SELECT id FROM applications"
    " WHERE state = 'delivered' AND delivered_at IS NOT NULL AND delivered_at < :apps)"
    " OR draft_id IN (SELECT id FROM drafts WHERE state = 'open' AND updated_at < :drafts)",
    "DELETE FROM outbox WHERE application_id IN (SELECT id FROM applications"
    " WHERE state = 'delivered' AND delivered_at IS NOT NULL AND delivered_at < :apps)",
    "DELETE FROM consents WHERE application_id IN (SELECT id FROM applications"
    " WHERE state = 'delivered' AND delivered_at IS NOT NULL AND delivered_at < :apps)",
    "DELETE FROM applications"
    " WHERE state = 'delivered' AND delivered_at IS NOT NULL AND delivered_at < :apps",
    "DELETE FROM drafts WHERE state = 'open' AND updated_at < :drafts",
    "DELETE FROM drafts WHERE state = 'submitted' AND updated_at < :drafts",
)


class _PurgeableStore(Protocol):
    clock: Clock

    def query(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ...
    ) -> list[sqlite3.Row]: ...

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]: ...

    def audit(
        self,
        actor: str,
        action: str,
        subject: str | None = ...,
        detail: dict[str, Any] | None = ...,
    ) -> int: ...


@dataclass(frozen=True)
class PurgeReport:
    """What a purge deleted (or, with ``dry_run``, would delete): counts only."""

    dry_run: bool
    applications: int
    attachments: int
    drafts: int
    draft_shells: int
    delivered_before: str
    drafts_idle_since: str
    audit_seq: int | None = None

    @property
    def total(self) -> int:
        """Rows of personal data removed (applications, attachments, drafts)."""
        return self.applications + self.attachments + self.drafts + self.draft_shells


def purge(
    store: _PurgeableStore,
    *,
    delivered_days: int,
    draft_hours: int,
    dry_run: bool,
    now: datetime | None = None,
    actor: str = "system",
) -> PurgeReport:
    """Delete delivered applications older than ``delivered_days`` and stale drafts.

    Attachments, outbox rows and consent records of a purged application go with
    it (foreign-key cascades); drafts older than ``draft_hours`` go with their
    attachments. One audit entry per real run records the counts; a dry run
    changes nothing and writes nothing.

    Raises:
        ValueError: a negative age.
        StoreFullError: the disk is full (nothing was deleted).
    """
    if delivered_days < 0 or draft_hours < 0:
        raise ValueError("retention ages must not be negative")
    moment = (now or store.clock.now_utc()).astimezone(UTC)
    app_cutoff = (moment - timedelta(days=delivered_days)).strftime(_TS_FORMAT)
    draft_cutoff = (moment - timedelta(hours=draft_hours)).strftime(_TS_FORMAT)

    cutoffs = {"apps": app_cutoff, "drafts": draft_cutoff}
    if dry_run:
        apps, atts, drafts, shells = (int(v) for v in store.query(_COUNTS, cutoffs)[0])
        return PurgeReport(True, apps, atts, drafts, shells, app_cutoff, draft_cutoff)

    with store.transaction() as conn:
        apps, atts, drafts, shells = (int(v) for v in conn.execute(_COUNTS, cutoffs).fetchone())
        for statement in _DELETES:
            conn.execute(statement, cutoffs)
        seq = store.audit(
            actor,
            "retention.purged",
            None,
            {
                "applications": apps,
                "attachments": atts,
                "drafts": drafts,
                "draft_shells": shells,
                "delivered_days": delivered_days,
                "draft_hours": draft_hours,
            },
        )
    # Deleted pages are zeroed (secure_delete); also fold the WAL back so old page
    # images do not linger there. Best effort: a busy reader only delays it.
    with contextlib.suppress(sqlite3.Error):
        store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    return PurgeReport(False, apps, atts, drafts, shells, app_cutoff, draft_cutoff, seq)
