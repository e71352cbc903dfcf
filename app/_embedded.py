"""The kiosk's embedded reference portal, started in the background.

With no portal configured, ``kiosk run`` serves the reference portal on a
loopback port so sync works with no set-up. The listening socket is bound at
once (so the URL is known and no other program can take the port), while the
portal itself — FastAPI, uvicorn, its database — starts on a helper thread and
the kiosk's window comes up meanwhile.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from portal import listen_socket  # the socket alone: FastAPI loads when the portal starts

_log = logging.getLogger(__name__)


def embedded_wrap_key(data_key: bytes) -> bytes:
    """The key that wraps the embedded portal's private key: a subkey of the kiosk's data key."""
    from kiosk.crypto import DataCipher

    return DataCipher(data_key).subkey("embedded-portal-private-key")


class EmbeddedPortal:
    """A loopback reference portal whose start-up does not delay the caller.

    The socket is bound in the constructor; :meth:`start` (or the first
    :meth:`wait`) starts serving on a helper thread.
    """

    def __init__(self, data_dir: Path, *, data_key: bytes) -> None:
        self._sock = listen_socket("127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._ready = threading.Event()
        self._running: Any = None
        self.error: BaseException | None = None
        self._data_key = data_key
        self._thread = threading.Thread(
            target=self._start, args=(Path(data_dir),), name="embedded-portal-start", daemon=True
        )

    def start(self) -> None:
        """Start the portal on its helper thread (once); the URL is valid already."""
        if not self._thread.is_alive() and not self._ready.is_set():
            self._thread.start()

    def _start(self, data_dir: Path) -> None:
        from portal import start_embedded_portal

        try:
            self._running = start_embedded_portal(
                data_dir, wrap_key=embedded_wrap_key(self._data_key), sock=self._sock
            )
        except BaseException as exc:  # reported through wait(); the kiosk runs offline
            self.error = exc
            _log.error("the embedded portal did not start: %s", type(exc).__name__)
        finally:
            self._ready.set()

    def wait(self, timeout: float = 60.0) -> bool:
        """Wait until the portal serves (starting it if nobody has); False if it failed."""
        self.start()
        return self._ready.wait(timeout) and self._running is not None

    @property
    def enroll_code(self) -> str | None:
        """The one-time enrolment code (known once the portal has started)."""
        return None if self._running is None else self._running.enroll_code

    def enroll(self, executor: Any) -> Any:
        """Enrol the kiosk with this portal (run by the sync thread, which may wait)."""
        from sync import ensure_enrolled

        if not self.wait():
            raise RuntimeError("the embedded portal is not running")
        return ensure_enrolled(executor, self.url, self.enroll_code or "")

    def stop(self) -> None:
        """Stop the portal (waiting for it to have started first) and release the port."""
        if self._thread.is_alive():
            self._thread.join(60)
        if self._running is not None:
            self._running.stop()
        else:
            self._sock.close()
