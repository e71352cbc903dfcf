"""``kiosk doctor``'s portal checks: TLS certificate and clock skew against the portal.

The network part is the sync client's (``sync.peer_certificate``,
``sync.portal_date``: the same CAs and proxy as delivery); this module words
what they find.
"""

from __future__ import annotations

import os
import ssl
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.client import HTTPException
from urllib.parse import urlsplit

import sync
from app.cli._doctor_base import CERT_WARN_DAYS, Check, Options
from kiosk.services import KioskContext

_CERT_CLOCK_ERRORS = {9, 10}  # X509_V_ERR_CERT_NOT_YET_VALID, X509_V_ERR_CERT_HAS_EXPIRED


def check_tls(context: KioskContext, options: Options) -> Check:
    """An https portal: handshake, certificate verified with the configured CAs, expiry."""
    url = context.config.portal.url
    if not url:
        return Check(
            "tls", "ok", "no portal configured: the embedded portal is plain http on loopback"
        )
    problem = _insecure(url)
    if problem:
        return Check("tls", "FAIL", problem)
    parts = urlsplit(url)
    if parts.scheme == "http":
        return Check("tls", "ok", f"plain http to {parts.hostname} (loopback only: allowed)")
    ca_bundle = context.config.portal.ca_bundle
    if ca_bundle and not os.path.isfile(ca_bundle):
        return Check("tls", "FAIL", f"portal.ca_bundle {ca_bundle} is not a readable file")
    try:
        peer = sync.peer_certificate(url, ca_bundle, _timeout(context))
    except ssl.SSLCertVerificationError as exc:
        return Check("tls", "FAIL", _untrusted(exc, ca_bundle))
    except ssl.SSLError as exc:
        return Check(
            "tls", "FAIL", f"TLS handshake with {parts.netloc} failed: {exc.reason or exc}"
        )
    except OSError as exc:
        return Check("tls", "warn", f"not checked: {parts.netloc} unreachable ({_why(exc)})")
    cert, version = peer.cert, peer.version
    if not cert or "notAfter" not in cert:
        return Check("tls", "FAIL", f"{parts.netloc} presented no certificate details")
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(str(cert["notAfter"])), UTC)
    days = (expires - context.clock.now_utc()).days
    when = f"{expires:%Y-%m-%d}, in {days} day(s)"
    if days < CERT_WARN_DAYS:
        return Check(
            "tls",
            "FAIL",
            f"the portal's certificate expires on {when}: ask the portal's operator to renew "
            "it now; once it expires this kiosk can deliver nothing",
        )
    issuer = _name(cert.get("issuer"))
    return Check(
        "tls",
        "ok",
        f"{parts.hostname}: certificate verified ({version}, issuer {issuer}), valid until {when}",
    )


def check_clock(context: KioskContext, options: Options) -> Check:
    """This machine's clock against the portal's ``Date`` header on ``/v1/health``."""
    url = context.config.portal.url
    if not url:
        return Check(
            "clock", "ok", "no portal configured: the embedded portal uses this machine's clock"
        )
    if _insecure(url):
        return Check("clock", "warn", "not checked: the portal URL is refused (see the tls line)")
    ca_bundle = context.config.portal.ca_bundle
    try:
        probe = sync.portal_date(
            url, ca_bundle, _timeout(context), lambda: context.clock.now_utc().timestamp()
        )
    except ssl.SSLError:
        return Check("clock", "warn", "not checked: TLS problem (see the tls line)")
    except (OSError, HTTPException) as exc:
        return Check("clock", "warn", f"not checked: the portal is unreachable ({_why(exc)})")
    date, before, after = probe.date, probe.before, probe.after
    try:
        portal_time = parsedate_to_datetime(date or "").timestamp()
    except (TypeError, ValueError):
        return Check("clock", "warn", "not checked: the portal sent no usable Date header")
    # Date has whole seconds: the portal's instant lies in [Date, Date + 1).
    skew = (before + after) / 2 - (portal_time + 0.5)
    if abs(skew) > options.max_skew_s:
        side = "ahead of" if skew > 0 else "behind"
        return Check(
            "clock",
            "FAIL",
            f"this clock is {_duration(abs(skew))} {side} the portal's (limit "
            f"{options.max_skew_s:g} s): due dates and certificate checks go wrong; "
            "turn on time sync (timedatectl set-ntp true) or set the time",
        )
    return Check(
        "clock",
        "ok",
        f"within {max(1, round(abs(skew)))} s of the portal's clock "
        f"(limit {options.max_skew_s:g} s)",
    )


def _insecure(url: str) -> str | None:
    """The plain message when ``url`` is refused by the sync client, else ``None``."""
    try:
        sync.check_portal_url(url)
    except sync.InsecurePortalError as exc:
        return str(exc)
    return None


def _timeout(context: KioskContext) -> float:
    return min(context.config.portal.timeout_s, 10.0)


def _untrusted(exc: ssl.SSLCertVerificationError, ca_bundle: str) -> str:
    reason = exc.verify_message or exc.reason or str(exc)
    if exc.verify_code in _CERT_CLOCK_ERRORS:
        return (
            f"certificate rejected: {reason}; check this machine's date and time first "
            "(see the clock line), then the certificate"
        )
    where = (
        f"is it signed by the CA in portal.ca_bundle ({ca_bundle})?"
        if ca_bundle
        else "set portal.ca_bundle to the CA file the portal's certificate is signed with"
    )
    return f"certificate not trusted: {reason}; {where}"


def _name(rdns: object) -> str:
    """The CN (or O) of a certificate name as ssl returns it."""
    fields: dict[str, str] = {}
    if isinstance(rdns, tuple):
        for rdn in rdns:
            for key, value in rdn:
                fields.setdefault(key, value)
    return fields.get("commonName") or fields.get("organizationName") or "unknown"


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{round(seconds)} s"
    minutes = round(seconds / 60)
    if minutes < 120:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"
