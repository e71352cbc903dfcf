"""The audit log's head anchor, keyed with the data key.

The anchor is ``<seq>:<hash>:<mac>``, the MAC an HMAC-SHA-256 of ``<seq>:<hash>``
under a subkey of the data key. Someone who can write the database but lacks
the key can still recompute every entry's hash after an edit (the chain's
format is public), but cannot write an anchor that matches: deleting the
anchor, emptying the log, or rewriting it all now fails verification. A new
database starts with a keyed genesis anchor ``0:<zeros>``.
"""

from __future__ import annotations

import hmac
from hashlib import sha256

from kiosk.crypto import DataCipher

AUDIT_HEAD_SETTING = "audit_head"
PORTAL_HEAD_SETTING = "audit_head_portal"
GENESIS_HASH = "0" * 64


def _mac(cipher: DataCipher, seq: int, digest: str, label: str) -> str:
    key = cipher.subkey(label)
    return hmac.new(key, f"{seq}:{digest}".encode(), sha256).hexdigest()


def keyed_anchor(cipher: DataCipher, seq: int, digest: str, *, label: str = "audit-head") -> str:
    """The stored value of an anchor at ``seq``/``digest``."""
    return f"{seq}:{digest}:{_mac(cipher, seq, digest, label)}"


def read_anchor(
    cipher: DataCipher, value: str | None, *, label: str = "audit-head"
) -> tuple[int, str] | None:
    """(seq, hash) of a stored anchor whose MAC is right; ``None`` if missing or not keyed."""
    if not value:
        return None
    seq, _, rest = value.partition(":")
    digest, _, mac = rest.partition(":")
    if not seq.isdigit() or not mac:
        return None
    if not hmac.compare_digest(mac, _mac(cipher, int(seq), digest, label)):
        return None
    return int(seq), digest
