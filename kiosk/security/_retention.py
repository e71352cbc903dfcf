"""Retention: delete what the kiosk no longer needs, on a schedule the commune configures.

Delivered applications go after ``delivered_days`` (their receipt data was kept
only for reprints and status lookup; the portal holds the application itself).
Open drafts not touched for ``draft_hours`` are abandoned and go too, as do the
empty shells of submitted drafts. Applications still waiting for delivery or
correction are never purged: that would lose a resident's filing.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from kiosk.clock import Clock

__all__ = ["PurgeReport", "purge"]

_TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # the store's utcnow() format: compares as text


class _PurgeableStore(Protocol):
    clock: Clock

    def expired_counts(
        self, *, delivered_before: str, drafts_idle_since: str
    ) -> tuple[int, ...]: ...

    def delete_expired(
        self, *, delivered_before: str, drafts_idle_since: str
    ) -> tuple[int, ...]: ...

    def fold_wal(self) -> None: ...

    def transaction(self) -> contextlib.AbstractContextManager[Any]: ...

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

    cutoffs = {"delivered_before": app_cutoff, "drafts_idle_since": draft_cutoff}
    if dry_run:
        apps, atts, drafts, shells = store.expired_counts(**cutoffs)
        return PurgeReport(True, apps, atts, drafts, shells, app_cutoff, draft_cutoff)

    with store.transaction():
        apps, atts, drafts, shells = store.delete_expired(**cutoffs)
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
    # Deleted pages are zeroed (secure_delete); the WAL is folded back too.
    store.fold_wal()
    return PurgeReport(False, apps, atts, drafts, shells, app_cutoff, draft_cutoff, seq)
