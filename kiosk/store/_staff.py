"""Staff accounts' rows: the SQL behind ``kiosk.security.StaffDirectory``.

The directory decides (PIN policy, lock-out, audit); these verbs only read and
write the ``staff`` table. Name and PIN hash arrive already encrypted at rest.
Every write also rewrites the row's MAC under the data key (``_staffmac``), so a
row changed without the key is recognised (``staff_row_ok``) and never used.
Each verb runs in the caller's transaction when there is one (a savepoint).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from kiosk.store._base import StoreBase
from kiosk.store._staffmac import staff_mac
from kiosk.store._staffmac import staff_row_ok as _row_ok


class StaffMixin(StoreBase):
    """Reading and writing staff accounts."""

    def staff_row(self, staff_id: str) -> sqlite3.Row | None:
        """The account's row (``staff_id, display_name, role, pin_hash, failed_attempts,
        locked_until, created_at, mac``), or None. Check it with :meth:`staff_row_ok`."""
        rows = self.query("SELECT * FROM staff WHERE staff_id = ?", (staff_id,))
        return rows[0] if rows else None

    def staff_rows(self) -> list[sqlite3.Row]:
        """Every account's row, by id (check each with :meth:`staff_row_ok`)."""
        return self.query("SELECT * FROM staff ORDER BY staff_id")

    def staff_row_ok(self, row: Any) -> bool:
        """Whether the row's MAC under the data key is present and right."""
        return _row_ok(self.cipher, row)

    def insert_staff(
        self, staff_id: str, display_name: str, role: str, pin_hash: str, created_at: str
    ) -> bool:
        """Add an account; False (and nothing written) if the id is taken."""
        row: dict[str, Any] = {
            "staff_id": staff_id,
            "display_name": display_name,
            "role": role,
            "pin_hash": pin_hash,
            "failed_attempts": 0,
            "locked_until": None,
            "created_at": created_at,
        }
        row["mac"] = staff_mac(self.cipher, row)
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM staff WHERE staff_id = ?", (staff_id,)).fetchone():
                return False
            conn.execute(
                "INSERT INTO staff (staff_id, display_name, role, pin_hash, failed_attempts,"
                " locked_until, created_at, mac) VALUES (:staff_id, :display_name, :role,"
                " :pin_hash, :failed_attempts, :locked_until, :created_at, :mac)",
                row,
            )
        return True

    def set_staff_pin_hash(self, staff_id: str, pin_hash: str, *, unlock: bool) -> bool:
        """Replace the stored PIN hash (with ``unlock``, also clear failures and any lock);
        False if there is no such account."""
        changes: dict[str, Any] = {"pin_hash": pin_hash}
        if unlock:
            changes.update(failed_attempts=0, locked_until=None)
        return self._update_staff(staff_id, changes)

    def set_staff_failures(
        self, staff_id: str, failed_attempts: int, locked_until: str | None = None
    ) -> None:
        """Record the count of failed sign-ins in a row and the lock's end (None: not locked)."""
        self._update_staff(
            staff_id, {"failed_attempts": failed_attempts, "locked_until": locked_until}
        )

    def _update_staff(self, staff_id: str, changes: dict[str, Any]) -> bool:
        """Change some columns of a row and its MAC together; False if there is no such row."""
        with self.transaction() as conn:
            row = conn.execute("SELECT * FROM staff WHERE staff_id = ?", (staff_id,)).fetchone()
            if row is None:
                return False
            new = {key: row[key] for key in row.keys()}
            new.update(changes)
            new["mac"] = staff_mac(self.cipher, new)
            columns = [*changes, "mac"]
            assignments = ", ".join(f"{c} = :{c}" for c in columns)  # names from this module
            conn.execute(f"UPDATE staff SET {assignments} WHERE staff_id = :staff_id", new)  # noqa: S608
        return True
