"""The portal's private key, loaded and checked once, opening what kiosks sealed to it.

Opening is ``wire``'s (the one implementation of the envelope format); this
class only keeps the loaded RSA key, since loading and validating it costs far
more (about 0.2 s) than opening an envelope.
"""

from __future__ import annotations

from typing import Any

from wire import SealError, generate_portal_keypair, load_portal_private_key, open_json

__all__ = ["PortalKey", "SealError", "generate_keypair", "public_pem_of"]


def generate_keypair() -> tuple[bytes, bytes]:
    """A new portal key pair: (private PEM, public PEM)."""
    return generate_portal_keypair()


def public_pem_of(private_pem: bytes) -> bytes:
    """The public PEM (SubjectPublicKeyInfo) of a private key PEM."""
    from cryptography.hazmat.primitives import serialization

    key = load_portal_private_key(private_pem)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


class PortalKey:
    """The portal's private key, loaded and validated once."""

    def __init__(self, private_pem: bytes) -> None:
        self._key = load_portal_private_key(private_pem)

    def open_json(self, envelope: Any, *, aad: str) -> Any:
        """Open an envelope sealed to this key and bound to ``aad``; parse its JSON.

        Raises:
            SealError: malformed, foreign or altered envelope.
            ValueError: the plaintext is not JSON.
        """
        return open_json(envelope, self._key, aad=aad)
