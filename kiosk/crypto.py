"""Encryption of personal data at rest (AES-256-GCM) and the data key's custody.

Every personal-data blob the store writes goes through :class:`DataCipher`. The
associated data binds a blob to its table and row, so a blob copied into another
row fails to decrypt instead of silently showing another resident's data.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "DataCipher",
    "DataKeyError",
    "DecryptionError",
    "key_check_value",
    "load_key",
    "load_or_create_key",
]

_log = logging.getLogger(__name__)

_VERSION = b"\x01"
_NONCE_BYTES = 12
_KEY_BYTES = 32
_KEYRING_SERVICE = "commune-kiosk"


class DecryptionError(Exception):
    """A blob failed authentication: wrong key, altered bytes or moved to another row."""


class DataKeyError(Exception):
    """The data key cannot be used: unreadable, missing, or not the key of this data.

    ``message`` is a plain Vietnamese sentence for the technician saying what to
    do next; ``str(exc)`` carries the English detail for logs.
    """

    def __init__(self, detail: str, message: str | None = None) -> None:
        super().__init__(detail)
        self.message = message or (
            "Không đọc được khoá bảo vệ dữ liệu của kiosk. Hãy kiểm tra tệp khoá "
            "(quyền đọc, đúng tệp) rồi khởi động lại kiosk."
        )


class DataCipher:
    """AES-256-GCM with a random 96-bit nonce per blob: ``version | nonce | ciphertext+tag``."""

    def __init__(self, key: bytes) -> None:
        if len(key) != _KEY_BYTES:
            raise ValueError("the data key must be 32 bytes")
        self._aead = AESGCM(key)
        self._key = key

    def subkey(self, label: str) -> bytes:
        """A 32-byte key derived from the data key for one purpose (HKDF-SHA256)."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label.encode())
        return hkdf.derive(self._key)

    def check_value(self) -> str:
        """The key-check value stored with the data: proves which key wrote it, reveals nothing."""
        return key_check_value(self._key)

    def encrypt(self, plaintext: bytes, aad: str) -> bytes:
        """Encrypt ``plaintext`` bound to ``aad`` (e.g. ``"drafts:<id>"``)."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return _VERSION + nonce + self._aead.encrypt(nonce, plaintext, aad.encode())

    def decrypt(self, blob: bytes, aad: str) -> bytes:
        """Decrypt a blob made by :meth:`encrypt` with the same ``aad``.

        Raises:
            DecryptionError: the blob is not ours, was altered, or belongs to another row.
        """
        if len(blob) < 1 + _NONCE_BYTES + 16 or blob[:1] != _VERSION:
            raise DecryptionError("not a kiosk data blob")
        nonce, body = blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, aad.encode())
        except InvalidTag as exc:
            raise DecryptionError("blob failed authentication") from exc


def key_check_value(key: bytes) -> str:
    """HMAC-SHA-256 of a fixed label under a subkey of ``key``, hex (a key-check value).

    Stored beside the data, it lets the kiosk tell the right key from another
    one before anything is written; it gives an attacker nothing (a PRF output).
    """
    import hmac
    from hashlib import sha256

    subkey = DataCipher(key).subkey("data-key-check")
    return "kcv1:" + hmac.new(subkey, b"commune-kiosk data key check", sha256).hexdigest()


def load_key(key_file: Path, *, use_keyring: bool = False, create: bool) -> bytes | None:
    """Return the 32-byte data key; make one only when ``create`` (a new data dir).

    Returns ``None`` when there is no key and ``create`` is false: the caller
    must stop rather than write under a new key beside data made with the old.

    Raises:
        DataKeyError: the file exists but is unreadable or malformed, or cannot be created.
    """
    if use_keyring:
        key = _keyring_key(str(key_file), create=create and not key_file.exists())
        if key is not None:
            return key
    if not create and not key_file.exists():
        return None
    return load_or_create_key(key_file)


def load_or_create_key(key_file: Path, *, use_keyring: bool = False) -> bytes:
    """Return the 32-byte data key, creating it on first use.

    With ``use_keyring`` the OS secret store is tried first (entry named after
    ``key_file`` so several data dirs can coexist); otherwise, or when no usable
    backend exists, ``key_file`` is used and created with mode 0600.

    Raises:
        DataKeyError: the file exists but is unreadable or malformed, or cannot be created.
    """
    if use_keyring:
        key = _keyring_key(str(key_file), create=True)
        if key is not None:
            return key
    try:
        if key_file.exists():
            data = key_file.read_bytes()
            if len(data) != _KEY_BYTES:
                raise DataKeyError(f"data key file {key_file} is malformed")
            mode = key_file.stat().st_mode & 0o777
            if mode & 0o077:
                _log.warning("data key file is readable by others (mode %o); fixing to 0600", mode)
                key_file.chmod(0o600)
            return data
        key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = secrets.token_bytes(_KEY_BYTES)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
            fh.flush()
            os.fsync(fh.fileno())
        _log.info("created a new data key file")
        return key
    except OSError as exc:
        raise DataKeyError(f"cannot read or create the data key file {key_file}: {exc}") from exc


def _keyring_key(entry: str, *, create: bool) -> bytes | None:
    """Read (or, with ``create``, make) the key in the OS secret store; ``None`` if none."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        stored = keyring.get_password(_KEYRING_SERVICE, entry)
        if stored:
            key = bytes.fromhex(stored)
            return key if len(key) == _KEY_BYTES else None
        if not create:
            return None
        key = secrets.token_bytes(_KEY_BYTES)
        keyring.set_password(_KEYRING_SERVICE, entry, key.hex())
        return key
    except Exception:  # any backend failure falls back to the key file
        _log.warning("OS secret store unavailable; using the key file", exc_info=True)
        return None
