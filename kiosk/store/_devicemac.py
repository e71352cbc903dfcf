"""Device settings that decide where residents' data goes, authenticated with the data key.

The portal URL, the kiosk's portal identity and above all the portal's public key
(applications are sealed to it) live in the ``device`` table. Someone with write
access to the database but not the data key could otherwise swap in their own
key and URL and receive every application sealed to them. Each write of such a
setting stores an HMAC-SHA-256 over its name and value, under a subkey of the
data key, in a companion row ``<name>.mac``; a value whose MAC is missing or wrong
is not used (read as absent), so the kiosk keeps applications under the data key
and asks for enrolment again instead of sealing to a stranger.
"""

from __future__ import annotations

import hmac
import json
import sqlite3
from hashlib import sha256

from kiosk.crypto import DataCipher

DEVICE_MAC_MIGRATION = 10

# The settings that steer sealing and delivery (names as sync and services store them).
AUTHENTICATED_DEVICE_SETTINGS = frozenset(
    {"portal_url", "portal_kiosk_id", "portal_token", "portal_public_key", "portal_embedded"}
)


def mac_key_of(setting: str) -> str:
    """The ``device`` row that holds ``setting``'s MAC."""
    return f"{setting}.mac"


def device_mac(cipher: DataCipher, setting: str, value: str) -> str:
    """The MAC (hex) binding ``value`` to the setting's name."""
    body = json.dumps([setting, value], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(cipher.subkey("device-setting-mac"), body.encode(), sha256).hexdigest()


def device_value_ok(cipher: DataCipher, setting: str, value: str, stored_mac: str | None) -> bool:
    """Whether ``stored_mac`` is present and right for ``value``."""
    return isinstance(stored_mac, str) and hmac.compare_digest(
        stored_mac, device_mac(cipher, setting, value)
    )


def write_device_mac(
    conn: sqlite3.Connection, cipher: DataCipher, setting: str, value: str
) -> None:
    """Store the MAC row of ``setting`` (in the caller's transaction)."""
    conn.execute(
        "INSERT INTO device (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (mac_key_of(setting), device_mac(cipher, setting, value)),
    )


def adopt_device_settings(conn: sqlite3.Connection, cipher: DataCipher) -> int:
    """MAC the authenticated settings of a database just migrated to :data:`DEVICE_MAC_MIGRATION`.

    Runs once, in the start that adds the MACs (the values were trusted as they were
    until then); afterwards a value without a MAC is not used. Returns the count.
    """
    count = 0
    for name in sorted(AUTHENTICATED_DEVICE_SETTINGS):
        row = conn.execute("SELECT value FROM device WHERE key = ?", (name,)).fetchone()
        if row is not None:
            write_device_mac(conn, cipher, name, str(row[0]))
            count += 1
    return count
