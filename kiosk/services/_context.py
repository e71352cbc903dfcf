"""The kiosk's context: data dir, config and data key, resolved once per process."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.clock import Clock, system_clock
from kiosk.config import KioskConfig, load_config
from kiosk.crypto import DataCipher
from kiosk.paths import default_key_file, resolve_data_dir
from kiosk.services._datakey import open_data_key
from kiosk.store import Store, open_store

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KioskContext:
    """Everything a process needs to open the store: where, how configured, which key."""

    data_dir: Path
    config: KioskConfig
    key: bytes
    clock: Clock = field(default_factory=system_clock)
    """The one clock of the process, in the configured time zone (tests pass a FixedClock)."""

    def cipher(self) -> DataCipher:
        """A cipher with the data key."""
        return DataCipher(self.key)

    def open_store(self) -> Store:
        """Open a store for the calling thread (a Store belongs to the thread that opened it)."""
        return open_store(self.data_dir, self.cipher(), clock=self.clock)

    @property
    def key_file(self) -> Path:
        """Where the data key is kept when no OS secret store is used."""
        return key_file_for(self.data_dir, self.config)


def key_file_for(data_dir: Path, config: KioskConfig) -> Path:
    """The data key file: ``security.key_file`` from the config, else the default location."""
    if config.security.key_file:
        return Path(config.security.key_file).expanduser()
    return default_key_file(data_dir)


def open_context(
    data_dir: str | os.PathLike[str] | None = None,
    config_path: Path | None = None,
    *,
    clock: Clock | None = None,
) -> KioskContext:
    """Resolve the data dir, load and validate the config, and load and check the data key.

    A key is created only for a data dir with no data yet (see ``_datakey``).

    ``clock`` pins the process's time (tests); by default the real clock in the
    configured ``kiosk.time_zone``.

    Raises:
        kiosk.config.ConfigError: the config file is invalid.
        kiosk.crypto.DataKeyError: the data key cannot be read or created, is missing
            beside existing data, or is not the key that wrote it.
    """
    resolved = resolve_data_dir(data_dir)
    config = load_config(resolved, config_path)
    use_keyring = os.environ.get("KIOSK_USE_KEYRING", "") == "1"
    key = open_data_key(resolved, key_file_for(resolved, config), use_keyring=use_keyring)
    clock = clock or system_clock(config.kiosk.time_zone)
    return KioskContext(data_dir=resolved, config=config, key=key, clock=clock)
