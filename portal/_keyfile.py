"""The embedded portal's private key, kept wrapped by a key from outside its folder.

The embedded portal's files sit in the kiosk's data dir. Its private key must
not: whoever held it could open every sealed application in the same folder.
So it is stored AES-256-GCM encrypted under a wrapping key the caller supplies
(the kiosk passes a subkey of its data key, which lives outside the data dir:
key file or OS secret store). A copy of the data dir then gives sealed
envelopes and a wrapped key, and no way to open either.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from portal._db import PortalDB
from portal._key import generate_keypair

_log = logging.getLogger(__name__)

KEY_FILENAME = "portal-key.sealed"
_AAD = b"embedded-portal:private-key:v1"
_MAGIC = b"EPK1"


class KeyUnwrapError(Exception):
    """The wrapped key does not open with this wrapping key (another kiosk's, or altered)."""


def _wrap(wrap_key: bytes, private_pem: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    return _MAGIC + nonce + AESGCM(wrap_key).encrypt(nonce, private_pem, _AAD)


def _unwrap(wrap_key: bytes, blob: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag

    if blob[:4] != _MAGIC or len(blob) < 4 + 12 + 16:
        raise KeyUnwrapError("not a wrapped portal key")
    try:
        return AESGCM(wrap_key).decrypt(blob[4:16], blob[16:], _AAD)
    except InvalidTag as exc:
        raise KeyUnwrapError("the wrapped portal key does not open with this key") from exc


def embedded_private_key(folder: Path, db: PortalDB, wrap_key: bytes) -> bytes:
    """The embedded portal's private key PEM, unwrapped; made (or moved out of the DB) once.

    A portal DB written before keys were wrapped holds ``private_pem`` in clear:
    it is wrapped into the key file and blanked in the DB.

    Raises:
        KeyUnwrapError: the key file was wrapped by another key.
        OSError: the key file cannot be written.
    """
    path = folder / KEY_FILENAME
    if path.exists():
        return _unwrap(wrap_key, path.read_bytes())
    legacy = db.meta("private_pem")
    private_pem = legacy.encode() if legacy else generate_keypair()[0]
    _write_private(path, _wrap(wrap_key, private_pem))
    if legacy:
        db.set_meta("private_pem", "")
        _log.info("moved the embedded portal's private key out of its database (now wrapped)")
    return private_pem


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def restrict_files(folder: Path) -> None:
    """Make every file in the embedded portal's folder 0600 (SQLite creates WAL/SHM 0644)."""
    for child in folder.iterdir():
        if child.is_file():
            with contextlib.suppress(OSError):
                child.chmod(0o600)
