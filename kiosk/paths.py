"""Where the kiosk keeps its files: one data dir, chosen once, honoured by every command."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["APP_NAME", "DB_FILENAME", "default_key_file", "resolve_data_dir"]

APP_NAME = "commune-kiosk"
DB_FILENAME = "kiosk.db"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data dir: ``--data-dir``, else ``KIOSK_DATA_DIR``, else the platform user data dir."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("KIOSK_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_key_file(data_dir: Path) -> Path:
    """Default data-key file: in the user config dir, deliberately outside the data dir.

    A copy of the data dir alone (a stolen disk image of ``/var/lib``, a backup)
    then holds only ciphertext. Technicians should provision the key on a
    separate path (see docs/security.md); ``KIOSK_KEY_FILE`` overrides this.
    """
    env = os.environ.get("KIOSK_KEY_FILE")
    if env:
        return Path(env).expanduser().resolve()
    import hashlib

    tag = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "keys" / f"{tag}.key"
