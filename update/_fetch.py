"""How the updater fetches over HTTP(S): requests with a timeout, TLS verified, an optional CA.

python-tuf asks a fetcher for bytes and verifies them itself; this one adds what
the kiosk's other HTTP clients do: a timeout on every request, certificate
verification always on, and the repository's CA when it is not in the system store.
"""

from __future__ import annotations

from collections.abc import Iterator

import requests
from tuf.api import exceptions
from tuf.ngclient import FetcherInterface

CHUNK_BYTES = 256 * 1024


class RequestsFetcher(FetcherInterface):
    """python-tuf's fetcher over a requests session (``ca_bundle``: a PEM file, or None)."""

    def __init__(self, timeout_s: float, ca_bundle: str | None = None) -> None:
        self._timeout_s = timeout_s
        # verify is never False: the system store, or the given CA bundle.
        self._verify: str | bool = ca_bundle or True
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "commune-kiosk-updater"

    def _fetch(self, url: str) -> Iterator[bytes]:
        try:
            response = self._session.get(
                url, stream=True, timeout=self._timeout_s, verify=self._verify
            )
        except requests.Timeout as exc:
            raise exceptions.SlowRetrievalError from exc
        if response.status_code >= 400:
            response.close()
            raise exceptions.DownloadHTTPError(
                f"HTTP {response.status_code} for {url}", response.status_code
            )
        return self._chunks(response)

    @staticmethod
    def _chunks(response: requests.Response) -> Iterator[bytes]:
        try:
            yield from response.iter_content(CHUNK_BYTES)
        except requests.Timeout as exc:
            raise exceptions.SlowRetrievalError from exc
        finally:
            response.close()

    def close(self) -> None:
        self._session.close()
