"""Retention's SQL: counting and deleting what is past its keeping time.

``kiosk.security.purge`` decides the cut-offs and audits; these verbs only count
and delete. Applications still waiting for delivery or correction never match.
"""

from __future__ import annotations

import contextlib
import sqlite3

from kiosk.store._base import StoreBase

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


class RetentionMixin(StoreBase):
    """Counting and deleting expired applications and stale drafts."""

    def expired_counts(self, *, delivered_before: str, drafts_idle_since: str) -> tuple[int, ...]:
        """(applications, attachments, open drafts, submitted-draft shells) past their time."""
        cutoffs = {"apps": delivered_before, "drafts": drafts_idle_since}
        return tuple(int(v) for v in self.query(_COUNTS, cutoffs)[0])

    def delete_expired(self, *, delivered_before: str, drafts_idle_since: str) -> tuple[int, ...]:
        """Delete what :meth:`expired_counts` counts (in the caller's transaction if any);
        return those counts."""
        cutoffs = {"apps": delivered_before, "drafts": drafts_idle_since}
        with self.transaction() as conn:
            counts = tuple(int(v) for v in conn.execute(_COUNTS, cutoffs).fetchone())
            for statement in _DELETES:
                conn.execute(statement, cutoffs)
        return counts

    def fold_wal(self) -> None:
        """Fold the WAL back into the database so deleted page images do not linger there.

        Best effort: a busy reader only delays it.
        """
        with contextlib.suppress(sqlite3.Error):
            self.query("PRAGMA wal_checkpoint(TRUNCATE)")
