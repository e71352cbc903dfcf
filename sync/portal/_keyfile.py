"""The embedded portal's private key, kept wrapped by the kiosk's data key.

The embedded portal's files sit in the kiosk's data dir. Its private key must
not: whoever held it could open every sealed application in the same folder.
So it is stored AES-256-GCM encrypted under a subkey of the kiosk's data key,
which lives outside the data dir (key file or OS secret store). A copy of the
data dir then gives sealed envelopes and a wrapped key, and no way to open
either.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from kiosk.crypto import DataCipher
from sync._sealing import generate_keypair
from sync.portal._db import PortalDB

_log = logging.getLogger(__name__)

KEY_FILENAME = "portal-key.sealed"
_SUBKEY = "embedded-portal-private-key"
_AAD = "embedded-portal:private-key:v1"


def _wrapper(data_key: bytes) -> DataCipher:
    return DataCipher(DataCipher(data_key).subkey(_SUBKEY))


def embedded_private_key(folder: Path, db: PortalDB, data_key: bytes) -> bytes:
    """The embedded portal's private key PEM, unwrapped; made (or moved out of the DB) once.

    A portal DB written before keys were wrapped holds ``private_pem`` in clear:
    it is wrapped into the key file and blanked in the DB.

    Raises:
        kiosk.crypto.DecryptionError: the key file was wrapped by another data key.
        OSError: the key file cannot be written.
    """
    path = folder / KEY_FILENAME
    wrapper = _wrapper(data_key)
    if path.exists():
        return wrapper.decrypt(path.read_bytes(), _AAD)
    legacy = db.meta("private_pem")
    private_pem = legacy.encode() if legacy else generate_keypair()[0]
    _write_private(path, wrapper.encrypt(private_pem, _AAD))
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
