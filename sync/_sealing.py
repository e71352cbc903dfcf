"""Sealing payloads to the portal's key, with ``kiosk.security``'s envelope format.

The kiosk side seals with ``kiosk.security.seal``. The portal side opens
envelopes with a private key loaded ONCE: ``kiosk.security.unseal`` takes PEM
bytes and re-loads (and re-validates) the RSA key on every call, which costs
about 0.2 s per application and caps the portal near 5 applications/s.
TODO(security): when ``kiosk.security.unseal`` accepts a loaded key, replace
``PortalKey.open`` with a call to it; the format below mirrors its docstring and
``tests/sync/test_sealing.py`` checks the two stay compatible.
"""

from __future__ import annotations

import base64
import hmac
import json
from hashlib import sha256
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.security import SEAL_ALG, SEAL_VERSION, SealError, generate_portal_keypair, seal

__all__ = ["PortalKey", "SealError", "generate_keypair", "public_pem_of", "seal_json"]

_OAEP = padding.OAEP(
    mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
)


def generate_keypair() -> tuple[bytes, bytes]:
    """A new portal key pair: (private PEM, public PEM)."""
    return generate_portal_keypair()


def public_pem_of(private_pem: bytes) -> bytes:
    """The public PEM (SubjectPublicKeyInfo) of a private key PEM."""
    key = serialization.load_pem_private_key(private_pem, password=None)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def seal_json(value: Any, public_pem: bytes, *, aad: str) -> dict[str, Any]:
    """Seal a JSON document so only the portal can open it; ``aad`` binds it to one application."""
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    return seal(data, public_pem, aad=aad.encode())


class PortalKey:
    """The portal's private key, loaded and validated once."""

    def __init__(self, private_pem: bytes) -> None:
        key = serialization.load_pem_private_key(private_pem, password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise SealError("the portal private key is not an RSA key")
        self._key = key
        der = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.kid = sha256(der).hexdigest()

    def open_json(self, envelope: Any, *, aad: str) -> Any:
        """Open an envelope sealed to this key and bound to ``aad``; parse its JSON.

        Raises:
            SealError: malformed, foreign or altered envelope.
            ValueError: the plaintext is not JSON.
        """
        if not isinstance(envelope, dict):
            raise SealError("envelope must be a JSON object")
        if envelope.get("v") != SEAL_VERSION or envelope.get("alg") != SEAL_ALG:
            raise SealError("unsupported envelope version")
        kid = envelope.get("kid")
        if not isinstance(kid, str) or not hmac.compare_digest(kid, self.kid):
            raise SealError("envelope was sealed to a different portal key")
        wrapped, nonce, bound, body = (_b64(envelope, f) for f in ("ek", "iv", "aad", "ct"))
        if not hmac.compare_digest(bound, aad.encode()):
            raise SealError("envelope belongs to another submission (aad mismatch)")
        try:
            data_key = self._key.decrypt(wrapped, _OAEP)
            header = f"kiosk-seal|{SEAL_VERSION}|{SEAL_ALG}|{self.kid}|".encode()
            plain = AESGCM(data_key).decrypt(nonce, body, header + bound)
        except Exception as exc:  # any crypto failure is an altered or foreign envelope
            raise SealError("envelope failed authentication") from exc
        return json.loads(plain)


def _b64(envelope: dict[str, Any], field: str) -> bytes:
    value = envelope.get(field)
    if not isinstance(value, str):
        raise SealError(f"envelope field {field!r} missing")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except ValueError as exc:
        raise SealError(f"envelope field {field!r} is not base64") from exc
