"""Staff accounts' rows: the SQL behind ``kiosk.security.StaffDirectory``.

The directory decides (PIN policy, lock-out, audit); these verbs only read and
write the ``staff`` table. Name and PIN hash arrive already encrypted at rest.
Each verb runs in the caller's transaction when there is one (a savepoint).
"""

from __future__ import annotations

import sqlite3

from kiosk.store._base import StoreBase


class StaffMixin(StoreBase):
    """Reading and writing staff accounts."""

    def staff_row(self, staff_id: str) -> sqlite3.Row | None:
        """The account's row (``staff_id, display_name, role, pin_hash, failed_attempts,
        locked_until, created_at``), or None."""
        rows = self.query("SELECT * FROM staff WHERE staff_id = ?", (staff_id,))
        return rows[0] if rows else None

    def staff_rows(self) -> list[sqlite3.Row]:
        """Every account's ``staff_id, display_name, role``, by id."""
        return self.query("SELECT staff_id, display_name, role FROM staff ORDER BY staff_id")

    def insert_staff(
        self, staff_id: str, display_name: str, role: str, pin_hash: str, created_at: str
    ) -> bool:
        """Add an account; False (and nothing written) if the id is taken."""
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM staff WHERE staff_id = ?", (staff_id,)).fetchone():
                return False
            conn.execute(
                "INSERT INTO staff (staff_id, display_name, role, pin_hash, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (staff_id, display_name, role, pin_hash, created_at),
            )
        return True

    def set_staff_pin_hash(self, staff_id: str, pin_hash: str, *, unlock: bool) -> bool:
        """Replace the stored PIN hash (with ``unlock``, also clear failures and any lock);
        False if there is no such account."""
        sql = (
            "UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL"
            " WHERE staff_id = ?"
            if unlock
            else "UPDATE staff SET pin_hash = ? WHERE staff_id = ?"
        )
        with self.transaction() as conn:
            return conn.execute(sql, (pin_hash, staff_id)).rowcount == 1

    def set_staff_failures(
        self, staff_id: str, failed_attempts: int, locked_until: str | None = None
    ) -> None:
        """Record the count of failed sign-ins in a row and the lock's end (None: not locked)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE staff_id = ?",
                (failed_attempts, locked_until, staff_id),
            )
