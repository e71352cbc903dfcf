"""The outbox: what still has to reach the portal, and the delivery bookkeeping."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.store._base import StoreBase


@dataclass(frozen=True)
class OutboxItem:
    """One application waiting for (or done with) delivery."""

    id: int
    application_id: str
    idempotency_key: str
    state: str
    attempts: int
    next_attempt_at: str
    last_error: str | None
    progress: float


@dataclass(frozen=True)
class AttachmentRow:
    """An attachment's metadata and upload progress (content read separately)."""

    id: str
    application_id: str | None
    kind: str
    mime: str
    size: int
    sha256: str
    uploaded_bytes: int


class OutboxMixin(StoreBase):
    """Outbox verbs used by the sync worker."""

    def due_outbox(self, *, now: str | None = None, limit: int = 20) -> list[OutboxItem]:
        """Pending items whose next attempt is due, oldest due first."""
        rows = self.query(
            "SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?",
            (now or self.clock.stamp(), limit),
        )
        return [_item(r) for r in rows]

    def outbox_item(self, application_id: str) -> OutboxItem | None:
        """The outbox item of an application."""
        rows = self.query("SELECT * FROM outbox WHERE application_id = ?", (application_id,))
        return _item(rows[0]) if rows else None

    def list_outbox(self, *, include_delivered: bool = False, limit: int = 200) -> list[OutboxItem]:
        """Outbox items for the staff console, oldest first."""
        where = "" if include_delivered else "WHERE state != 'delivered'"
        rows = self.query(f"SELECT * FROM outbox {where} ORDER BY id LIMIT ?", (limit,))  # noqa: S608
        return [_item(r) for r in rows]

    def next_due_at(self) -> str | None:
        """When the earliest pending item becomes due, or ``None`` if nothing is pending."""
        rows = self.query("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'")
        return rows[0][0] if rows else None

    def waiting_outbox(self, *, now: str) -> list[int]:
        """Ids of pending items waiting in backoff (due after ``now``)."""
        rows = self.query(
            "SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at > ? ORDER BY id",
            (now,),
        )
        return [int(r[0]) for r in rows]

    def reschedule_outbox(self, due: dict[int, str]) -> int:
        """Set new due times of pending items (``{id: next_attempt_at}``), in one transaction;
        return how many were still pending."""
        with self.transaction() as conn:
            moved = 0
            for item_id, when in due.items():
                cur = conn.execute(
                    "UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND state = 'pending'",
                    (when, item_id),
                )
                moved += cur.rowcount
            return moved

    def claim_outbox(self, item_id: int) -> bool:
        """Mark a pending item as being sent and count the attempt; False if not pending.

        The claim is committed without an fsync of its own (``synchronous=NORMAL`` for
        this one commit; WAL keeps the order, and the next durable commit, the delivery
        or the retry, flushes it too). Losing it in a power cut loses nothing: the item
        is still pending, which is what a restart makes of a "sending" item anyway, and
        the portal's idempotency makes the resend safe.
        """
        relaxed = self._depth == 0
        if relaxed:
            self._conn.execute("PRAGMA synchronous=NORMAL")
        try:
            return self._claim(item_id)
        finally:
            if relaxed:
                self._conn.execute("PRAGMA synchronous=FULL")

    def _claim(self, item_id: int) -> bool:
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?"
                " WHERE id = ? AND state = 'pending'",
                (self.clock.stamp(), item_id),
            )
            if cur.rowcount:
                conn.execute(
                    "UPDATE applications SET state = 'sending', updated_at = ? WHERE id ="
                    " (SELECT application_id FROM outbox WHERE id = ?)",
                    (self.clock.stamp(), item_id),
                )
            return cur.rowcount == 1

    def resume_in_flight(self) -> int:
        """Put items left 'sending' by a crash back in the queue; return how many."""
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ?"
                " WHERE state = 'sending'",
                (self.clock.stamp(), self.clock.stamp()),
            )
            conn.execute("UPDATE applications SET state = 'queued' WHERE state = 'sending'")
            return cur.rowcount

    def record_delivered(
        self,
        item_id: int,
        *,
        official_code: str,
        portal_status: int | None = None,
        due_at: str | None = None,
    ) -> None:
        """Mark an item delivered with the portal's official code, then drop the local copy.

        Only the receipt data (for reprint and status lookup) stays; the payload
        and attachment contents are deleted in the same transaction.
        """
        now = self.clock.stamp()
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT application_id FROM outbox WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                raise LookupError(f"no outbox item {item_id}")
            app_id = row[0]
            conn.execute(
                "UPDATE outbox SET state = 'delivered', progress = 1, last_error = NULL,"
                " updated_at = ? WHERE id = ?",
                (now, item_id),
            )
            conn.execute(
                "UPDATE applications SET state = 'delivered', official_code = ?,"
                " portal_status = COALESCE(?, portal_status), due_at = COALESCE(?, due_at),"
                " delivered_at = ?, payload = NULL, correction = NULL, updated_at = ?"
                " WHERE id = ?",
                (official_code, portal_status, due_at, now, now, app_id),
            )
            conn.execute(
                "UPDATE attachments SET content = NULL WHERE application_id = ?", (app_id,)
            )
            self.audit("sync", "application.delivered", app_id, {"official_code": official_code})

    def record_retry(self, item_id: int, *, error: str, next_attempt_at: str) -> None:
        """Put an item back in the queue after a transient failure."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ?,"
                " updated_at = ? WHERE id = ?",
                (error[:500], next_attempt_at, self.clock.stamp(), item_id),
            )
            conn.execute(
                "UPDATE applications SET state = 'queued', updated_at = ? WHERE id ="
                " (SELECT application_id FROM outbox WHERE id = ?)",
                (self.clock.stamp(), item_id),
            )

    def record_rejected(self, item_id: int, *, reasons: str) -> None:
        """The portal refused the application as invalid: staff must correct it."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'rejected', last_error = ?, updated_at = ? WHERE id = ?",
                (reasons[:2000], self.clock.stamp(), item_id),
            )
            conn.execute(
                "UPDATE applications SET state = 'needs_correction', correction = ?,"
                " updated_at = ? WHERE id = (SELECT application_id FROM outbox WHERE id = ?)",
                (reasons[:2000], self.clock.stamp(), item_id),
            )
            self.audit("sync", "application.rejected", str(item_id))

    def requeue(self, application_id: str, payload: dict[str, Any] | None = None) -> None:
        """Send a corrected (or rejected) application again, with the same idempotency key."""
        with self.transaction() as conn:
            if payload is not None:
                conn.execute(
                    "UPDATE applications SET payload = ? WHERE id = ?",
                    (self.encrypt_json(payload, f"applications:{application_id}"), application_id),
                )
            conn.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ?"
                " WHERE application_id = ? AND state != 'delivered'",
                (self.clock.stamp(), self.clock.stamp(), application_id),
            )
            conn.execute(
                "UPDATE applications SET state = 'queued', correction = NULL WHERE id = ?"
                " AND state != 'delivered'",
                (application_id,),
            )

    def set_progress(self, item_id: int, progress: float) -> None:
        """Record how much of an item has been sent (0..1), for the console's progress bar."""
        with self.transaction() as conn:
            conn.execute("UPDATE outbox SET progress = ? WHERE id = ?", (progress, item_id))

    def outbox_counts(self) -> dict[str, int]:
        """Counts by state: ``pending`` (incl. sending), ``delivered``, ``failed`` (rejected)."""
        counts = {"pending": 0, "sending": 0, "delivered": 0, "failed": 0}
        for row in self.query("SELECT state, COUNT(*) FROM outbox GROUP BY state"):
            key = "failed" if row[0] == "rejected" else row[0]
            counts[key] = counts.get(key, 0) + int(row[1])
        counts["pending"] += counts["sending"]
        retrying = self.query(
            "SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts > 0"
        )
        counts["retrying"] = int(retrying[0][0])
        return counts

    # -- attachments -------------------------------------------------------------------

    def attachments_of(self, application_id: str) -> list[AttachmentRow]:
        """Attachment metadata of an application."""
        rows = self.query(
            "SELECT id, application_id, kind, mime, size, sha256, uploaded_bytes"
            " FROM attachments WHERE application_id = ? ORDER BY created_at, id",
            (application_id,),
        )
        return [AttachmentRow(**dict(r)) for r in rows]

    def attachment_content(self, attachment_id: str) -> bytes | None:
        """Decrypted attachment bytes; ``None`` once delivered and dropped."""
        rows = self.query("SELECT content FROM attachments WHERE id = ?", (attachment_id,))
        if not rows or rows[0][0] is None:
            return None
        return self.cipher.decrypt(rows[0][0], f"attachments:{attachment_id}")

    def record_upload_progress(self, attachment_id: str, uploaded_bytes: int) -> None:
        """Remember how far an attachment upload got, so an interrupted one resumes there."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE attachments SET uploaded_bytes = ? WHERE id = ?",
                (uploaded_bytes, attachment_id),
            )


def _item(row: Any) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        application_id=row["application_id"],
        idempotency_key=row["idempotency_key"],
        state=row["state"],
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
        last_error=row["last_error"],
        progress=row["progress"],
    )
