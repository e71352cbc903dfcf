"""Sealing payloads to the portal's key, through ``kiosk.security`` (the one crypto owner).

The import is guarded only while ``kiosk.security`` has no public ``__init__``
yet; once it does, the fallback branch is dead code and can go.
"""

from __future__ import annotations

import json
from typing import Any

try:  # pragma: no cover - depends on the data-protection package being exported
    from kiosk.security import generate_portal_keypair as _generate
    from kiosk.security import seal as _seal
    from kiosk.security import unseal as _unseal
except ImportError:  # pragma: no cover
    from kiosk.security._seal import generate_portal_keypair as _generate
    from kiosk.security._seal import seal as _seal
    from kiosk.security._seal import unseal as _unseal

__all__ = ["generate_keypair", "seal_json", "unseal_json"]


def generate_keypair() -> tuple[bytes, bytes]:
    """A new portal key pair: (private PEM, public PEM)."""
    return _generate()


def seal_json(value: Any, public_pem: bytes, *, aad: str) -> dict[str, Any]:
    """Seal a JSON document so only the portal can open it; ``aad`` binds it to one application."""
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    return _seal(data, public_pem, aad=aad.encode())


def unseal_json(envelope: Any, private_pem: bytes, *, aad: str) -> Any:
    """Open an envelope made by :func:`seal_json` (portal side).

    Raises:
        Exception: the seal module's ``SealError`` for any altered or foreign envelope;
            ``ValueError`` if the plaintext is not JSON.
    """
    return json.loads(_unseal(envelope, private_pem, expected_aad=aad.encode()))
