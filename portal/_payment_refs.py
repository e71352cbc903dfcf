"""Payment references a receipt printed before the portal issued its code: the kiosk's own code.

A resident may pay with the receipt's VietQR while the kiosk is offline: the
transfer then names the kiosk's provisional code. The submission carries that code
(``provisional_code``); the portal keeps it, reduced as a transfer text is
(letters and digits, upper case), beside the official code it issued.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection

from portal._conn import run

__all__ = ["official_code_for", "reduced", "remember_reference"]


def reduced(text: str) -> str:
    """``text`` as a bank keeps a transfer reference: its letters and digits, upper case."""
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def remember_reference(conn: Connection, official_code: str, provisional_code: Any) -> None:
    """Keep the kiosk's provisional code of a newly stored application (in its transaction)."""
    if not isinstance(provisional_code, str):
        return
    reference = reduced(provisional_code)
    if not 0 < len(reference) <= 25:  # a VietQR purpose holds 25 characters
        return
    run(
        conn,
        "INSERT INTO payment_refs (reference, official_code) VALUES (?, ?)"
        " ON CONFLICT (reference) DO NOTHING",
        (reference, official_code),
    )


def official_code_for(db: Any, text: str) -> str | None:
    """The official code whose kiosk reference is a word of a transfer ``text``, if any."""
    words = {reduced(word) for word in text.split()} | {reduced(text)}
    for word in sorted(w for w in words if 0 < len(w) <= 25):
        rows = db._query("SELECT official_code FROM payment_refs WHERE reference = ?", (word,))
        if rows:
            return str(rows[0][0])
    return None
