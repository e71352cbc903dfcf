"""Staff rows authenticated with the data key: a MAC over role, PIN hash and lock state.

Someone with write access to the database but not the key could otherwise make
themselves admin (``UPDATE staff SET role='admin'``), set a PIN hash of their
choosing, or clear a lock-out. Every write of a staff row stores an HMAC-SHA-256
over all its columns under a subkey of the data key; a row whose MAC is missing
or wrong is not used.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from hashlib import sha256
from typing import Any

from kiosk.crypto import DataCipher

STAFF_MAC_MIGRATION = 6
_COLUMNS = (
    "staff_id",
    "display_name",
    "role",
    "pin_hash",
    "failed_attempts",
    "locked_until",
    "created_at",
)


def staff_mac(cipher: DataCipher, row: Mapping[str, Any]) -> str:
    """The row's MAC (hex) over every column but ``mac`` itself, in a fixed order."""
    body = json.dumps([row[c] for c in _COLUMNS], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(cipher.subkey("staff-row-mac"), body.encode(), sha256).hexdigest()


def staff_row_ok(cipher: DataCipher, row: Mapping[str, Any]) -> bool:
    """Whether the row's stored MAC is present and right."""
    stored = row["mac"]
    return isinstance(stored, str) and hmac.compare_digest(stored, staff_mac(cipher, row))


def adopt_staff_rows(conn: Any, cipher: DataCipher) -> int:
    """MAC the staff rows of a database just migrated to :data:`STAFF_MAC_MIGRATION`.

    Runs once, in the start that adds the column (the rows were trusted as they
    were until then); afterwards a row without a MAC is refused. Returns the count.
    """
    rows = conn.execute("SELECT * FROM staff WHERE mac IS NULL").fetchall()
    for row in rows:
        conn.execute(
            "UPDATE staff SET mac = ? WHERE staff_id = ?",
            (staff_mac(cipher, row), row["staff_id"]),
        )
    return len(rows)
