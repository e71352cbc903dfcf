"""Moving an outbox between kiosks: the SQL behind ``kiosk.services``' export and import.

The services check passphrases, files and hashes; these verbs read the rows to
export, hold exported items, and write an imported application with its outbox
item, attachments and consent records in one transaction.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from kiosk.store._base import StoreBase

# Exported items stay on this kiosk (for reprints) but are no longer sent from it.
_HOLD_SQL = (
    "UPDATE outbox SET state = CASE state WHEN 'sending' THEN 'pending' ELSE state END,"
    " next_attempt_at = ?, last_error = ?, updated_at = ?"
    " WHERE state != 'delivered' AND application_id IN (MARKS)"
)


class TransferMixin(StoreBase):
    """Export and import of outbox items."""

    def application_row(self, app_id: str) -> sqlite3.Row | None:
        """The application's row as stored (payload and receipt still encrypted), or None."""
        rows = self.query("SELECT * FROM applications WHERE id = ?", (app_id,))
        return rows[0] if rows else None

    def hold_outbox(self, app_ids: list[str], *, until: str, note: str) -> None:
        """Stop sending these undelivered items from this kiosk (they were handed over)."""
        if not app_ids:
            return
        sql = _HOLD_SQL.replace("MARKS", ",".join("?" * len(app_ids)))
        with self.transaction() as conn:
            conn.execute(sql, (until, note, self.clock.stamp(), *app_ids))

    def knows_application(self, app_id: str, idempotency_key: str) -> bool:
        """Whether this kiosk already has the application or an item with that key."""
        return bool(
            self.query("SELECT 1 FROM applications WHERE id = ?", (app_id,))
            or self.query("SELECT 1 FROM outbox WHERE idempotency_key = ?", (idempotency_key,))
        )

    def add_transferred_application(
        self,
        app: dict[str, Any],
        *,
        payload: Any,
        receipt: Any,
        idempotency_key: str,
        rejected: bool,
        attachments: list[tuple[dict[str, Any], bytes]],
        consents: list[dict[str, Any]],
    ) -> None:
        """Add an application exported by another kiosk, queued again (or still needing
        correction when it had been refused), in the caller's transaction if any."""
        app_id = app["id"]
        now = self.clock.stamp()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO applications (id, provisional_code, procedure_code,"
                " definition_version, level, mode, staff_id, state, portal_status, due_at,"
                " correction, payload, receipt, submitted_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    app_id,
                    app["provisional_code"],
                    app["procedure_code"],
                    app["definition_version"],
                    app["level"],
                    app["mode"],
                    app["staff_id"],
                    "needs_correction" if rejected else "queued",
                    app["portal_status"],
                    app["due_at"],
                    app["correction"] if rejected else None,
                    self.encrypt_json(payload, f"applications:{app_id}"),
                    self.encrypt_json(receipt, f"receipts:{app_id}"),
                    app["submitted_at"],
                    now,
                ),
            )
            conn.execute(
                "INSERT INTO outbox (application_id, idempotency_key, state, next_attempt_at,"
                " last_error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    app_id,
                    idempotency_key,
                    "rejected" if rejected else "pending",
                    now,
                    app["correction"] if rejected else None,
                    now,
                    now,
                ),
            )
            for att, data in attachments:
                conn.execute(
                    "INSERT INTO attachments (id, application_id, kind, mime, size, sha256,"
                    " content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        att["id"],
                        app_id,
                        att["kind"],
                        att["mime"],
                        len(data),
                        att["sha256"],
                        self.cipher.encrypt(data, f"attachments:{att['id']}"),
                        now,
                    ),
                )
            for consent in consents:
                conn.execute(
                    "INSERT INTO consents (application_id, purpose, text_version, text_sha256,"
                    " accepted, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        app_id,
                        consent["purpose"],
                        consent["text_version"],
                        consent["text_sha256"],
                        int(consent["accepted"]),
                        consent["recorded_at"],
                    ),
                )
