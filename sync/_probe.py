"""Low-level probes of the portal for ``kiosk doctor``: its TLS certificate and its clock.

Standard-library ``ssl`` and ``http.client`` on purpose: the check needs the
certificate itself (its expiry), which ``requests`` does not expose. It trusts
what the sync client trusts: ``portal.ca_bundle``, else ``$REQUESTS_CA_BUNDLE``,
else certifi's bundle; it goes through ``$HTTPS_PROXY`` as requests would.
The doctor (``app/cli/_doctor_net.py``) words the results; errors are the
standard library's (``ssl.SSLCertVerificationError``, ``ssl.SSLError``,
``OSError``, ``http.client.HTTPException``).
"""

from __future__ import annotations

import base64
import http.client
import os
import ssl
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from sync._wire import is_loopback


@dataclass(frozen=True)
class PeerCertificate:
    """What the portal presented in the TLS handshake."""

    cert: dict[str, Any] | None
    version: str | None


@dataclass(frozen=True)
class PortalDate:
    """The portal's ``Date`` header and this machine's clock just before and after asking."""

    date: str | None
    before: float
    after: float


def peer_certificate(url: str, ca_bundle: str, timeout: float) -> PeerCertificate:
    """Handshake with an https portal, verifying it with the configured CAs.

    Raises:
        ssl.SSLCertVerificationError: the certificate is not trusted (or not valid now).
        ssl.SSLError: the handshake failed.
        OSError: the portal (or the proxy) is unreachable.
    """
    conn = _connection(url, ca_bundle, timeout)
    try:
        conn.connect()
        sock = conn.sock
        if not isinstance(sock, ssl.SSLSocket):
            return PeerCertificate(None, None)
        return PeerCertificate(sock.getpeercert(), sock.version())
    finally:
        conn.close()


def portal_date(url: str, ca_bundle: str, timeout: float, now: Callable[[], float]) -> PortalDate:
    """GET ``/v1/health`` and return the reply's ``Date`` with ``now()`` around the request.

    Raises:
        ssl.SSLError: TLS problem.
        OSError, http.client.HTTPException: the portal is unreachable or the reply broken.
    """
    conn = _connection(url, ca_bundle, timeout)
    path = (urlsplit(url).path or "").rstrip("/") + "/v1/health"
    try:
        before = now()
        conn.request("GET", path, headers={"Accept": "application/json"})
        resp = conn.getresponse()
        after = now()
        date = resp.getheader("Date")
        resp.read()
    finally:
        conn.close()
    return PortalDate(date, before, after)


def _ssl_context(ca_bundle: str) -> ssl.SSLContext:
    """The CAs the sync client (requests) trusts for this portal."""
    cafile = ca_bundle or os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if not cafile:
        try:
            import certifi

            cafile = certifi.where()
        except ImportError:  # pragma: no cover - requests always brings certifi
            cafile = None
    return ssl.create_default_context(cafile=cafile or None)


def _connection(url: str, ca_bundle: str, timeout: float) -> http.client.HTTPConnection:
    """A connection to the portal, through the environment's proxy as requests would go."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    proxy = None if is_loopback(host) else _proxy_for(parts.scheme, host)
    if not https:
        return http.client.HTTPConnection(host, port, timeout=timeout)
    ctx = _ssl_context(ca_bundle)
    if proxy is None:
        return http.client.HTTPSConnection(host, port, timeout=timeout, context=ctx)
    p = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    conn = http.client.HTTPSConnection(
        p.hostname or "", p.port or 8080, timeout=timeout, context=ctx
    )
    headers = {}
    if p.username:
        pair = f"{unquote(p.username)}:{unquote(p.password or '')}".encode()
        headers["Proxy-Authorization"] = "Basic " + base64.b64encode(pair).decode()
    conn.set_tunnel(host, port, headers=headers)
    return conn


def _proxy_for(scheme: str, host: str) -> str | None:
    if urllib.request.proxy_bypass(host):
        return None
    return urllib.request.getproxies().get(scheme)
