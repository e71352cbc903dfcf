"""Replacing an application's readable content with its sealed form, and flushing old pages."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from kiosk.store._base import StoreBase


class SealingMixin(StoreBase):
    """Verbs used when an application is sealed to the portal's key after submission."""

    def unsealed_application_ids(self) -> list[str]:
        """Undelivered applications whose stored payload is still readable (not an envelope)."""
        rows = self.query(
            "SELECT id, payload FROM applications WHERE payload IS NOT NULL"
            " AND state != 'delivered' ORDER BY submitted_at, id"
        )
        out = []
        for row in rows:
            payload = json.loads(self.cipher.decrypt(row["payload"], f"applications:{row['id']}"))
            if not (isinstance(payload, dict) and isinstance(payload.get("sealed"), dict)):
                out.append(str(row["id"]))
        return out

    def replace_application_content(
        self, app_id: str, payload: dict[str, Any], files: dict[str, bytes]
    ) -> None:
        """Store the sealed payload and sealed attachment files in place of the readable ones.

        In one transaction; each attachment's size and sha256 become those of the
        sealed file (what is uploaded), and any upload progress restarts at 0.
        With ``secure_delete`` on, the freed pages are zeroed.
        """
        now = self.clock.stamp()
        with self.transaction() as conn:
            conn.execute(
                "UPDATE applications SET payload = ?, updated_at = ? WHERE id = ?",
                (self.encrypt_json(payload, f"applications:{app_id}"), now, app_id),
            )
            for att_id, blob in files.items():
                conn.execute(
                    "UPDATE attachments SET content = ?, size = ?, sha256 = ?, uploaded_bytes = 0"
                    " WHERE id = ? AND application_id = ?",
                    (
                        self.cipher.encrypt(blob, f"attachments:{att_id}"),
                        len(blob),
                        hashlib.sha256(blob).hexdigest(),
                        att_id,
                        app_id,
                    ),
                )

    def checkpoint(self) -> bool:
        """Copy the WAL into the database and truncate it, so superseded pages leave the disk.

        Best effort: returns False if a reader on another connection kept it from
        completing (the next checkpoint finishes the job). Not inside a transaction.
        """
        if self._depth:
            raise RuntimeError("checkpoint() cannot run inside a transaction")
        try:
            row = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            return False
        return row is not None and int(row[0]) == 0
