"""Sealing a submitted application (answers and attachments): the kiosk can no longer read it.

The answers are sealed with :func:`wire.seal_json` (a fresh AES-256-GCM key
wrapped with the portal's RSA key, associated data = the application id). Each
attachment gets its own fresh AES-256-GCM key; those keys travel *inside* the
sealed answers (``attachment_keys``), so only the portal can open the files.
What is uploaded is the sealed file, and the sha256 the portal verifies is of
those uploaded bytes; the plaintext sha256 is inside the envelope.

Sealed attachment file: ``b"KSA1" | 12-byte nonce | AES-GCM ciphertext+tag``, GCM
associated data ``"kiosk-attachment|1|<application id>|<attachment id>"``.

The stored payload of a sealed application is ``{"sealed": <envelope>, "meta":
{procedure_code, definition_version, level, submitted_at}}``: only what the
sync request needs in clear (the same facts are in clear columns anyway).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wire._envelope import SealError, seal_json

__all__ = [
    "ATTACHMENT_MAGIC",
    "PlainAttachment",
    "SealError",
    "is_sealed",
    "open_attachment",
    "seal_application",
    "sealed_meta",
]

ATTACHMENT_MAGIC = b"KSA1"
ATTACHMENT_ALG = "A256GCM"
_NONCE = 12
_META_KEYS = ("procedure_code", "definition_version", "level", "submitted_at")


@dataclass(frozen=True)
class PlainAttachment:
    """An attachment's readable bytes and what the portal needs to know about it."""

    id: str
    kind: str
    mime: str
    content: bytes


def is_sealed(payload: Any) -> bool:
    """Whether a stored payload is already a sealed envelope (send as is, never seal twice)."""
    return isinstance(payload, dict) and isinstance(payload.get("sealed"), dict)


def sealed_meta(payload: dict[str, Any]) -> dict[str, Any]:
    """The clear header of a stored payload (sealed or not): procedure, version, level, time."""
    source = payload.get("meta") if is_sealed(payload) else payload
    source = source if isinstance(source, dict) else {}
    return {k: source.get(k) for k in _META_KEYS}


def _attachment_aad(app_id: str, att_id: str) -> bytes:
    return f"kiosk-attachment|1|{app_id}|{att_id}".encode()


def seal_application(
    app_id: str,
    payload: dict[str, Any],
    attachments: list[PlainAttachment],
    public_key_pem: bytes,
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Seal an application's payload and attachments to the portal's key.

    Returns the payload to store (``{"sealed", "meta"}``) and, per attachment id,
    the sealed file to store and upload in place of the readable one.

    Raises:
        SealError: the public key is unusable.
    """
    keys = []
    files: dict[str, bytes] = {}
    for att in attachments:
        key = AESGCM.generate_key(bit_length=256)
        nonce = secrets.token_bytes(_NONCE)
        body = AESGCM(key).encrypt(nonce, att.content, _attachment_aad(app_id, att.id))
        files[att.id] = ATTACHMENT_MAGIC + nonce + body
        keys.append(
            {
                "attachment_id": att.id,
                "alg": ATTACHMENT_ALG,
                "key": base64.b64encode(key).decode("ascii"),
                "sha256": hashlib.sha256(att.content).hexdigest(),
                "size": len(att.content),
                "kind": att.kind,
                "mime": att.mime,
            }
        )
    content = {**payload, "kiosk_application_id": app_id, "attachment_keys": keys}
    envelope = seal_json(content, public_key_pem, aad=app_id)
    return {"sealed": envelope, "meta": sealed_meta(payload)}, files


def open_attachment(blob: bytes, key_entry: Any, *, app_id: str) -> bytes:
    """Open a sealed attachment with its entry from the unsealed ``attachment_keys`` (portal side).

    Raises:
        SealError: wrong format, wrong key or application, altered bytes, or a
            plaintext whose sha256 is not the one sealed with the answers.
    """
    if not isinstance(key_entry, dict) or key_entry.get("alg") != ATTACHMENT_ALG:
        raise SealError("attachment key entry missing or of an unknown algorithm")
    att_id, digest = key_entry.get("attachment_id"), key_entry.get("sha256")
    if not isinstance(att_id, str) or not isinstance(digest, str):
        raise SealError("attachment key entry incomplete")
    try:
        key = base64.b64decode(str(key_entry.get("key", "")).encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise SealError("attachment key is not base64") from exc
    if len(key) != 32 or not blob.startswith(ATTACHMENT_MAGIC):
        raise SealError("not a sealed attachment")
    start = len(ATTACHMENT_MAGIC)
    nonce, body = blob[start : start + _NONCE], blob[start + _NONCE :]
    try:
        plain = AESGCM(key).decrypt(nonce, body, _attachment_aad(app_id, att_id))
    except (InvalidTag, ValueError) as exc:
        raise SealError("sealed attachment failed authentication (altered)") from exc
    if not hmac.compare_digest(hashlib.sha256(plain).hexdigest(), digest):
        raise SealError("sealed attachment does not match its sha256")
    return plain
