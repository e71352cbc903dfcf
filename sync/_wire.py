"""The client's reply models and defensive parsing (shared messages are ``wire``'s)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from kiosk.clock import system_clock
from sync._errors import InsecurePortalError, ProtocolError, TransientError
from wire import Accepted, PortalStatus

__all__ = [
    "Accepted",
    "Catalog",
    "Enrolment",
    "PortalStatus",
    "UploadState",
    "check_portal_url",
    "expect",
    "is_loopback",
    "json_object",
    "offset_of",
    "retry_after_seconds",
    "upload_state",
]


@dataclass(frozen=True)
class Enrolment:
    """Credentials issued at enrolment."""

    kiosk_id: str
    token: str
    public_key_pem: str
    agency_id: str | None


@dataclass(frozen=True)
class UploadState:
    """How much of an attachment the portal has committed."""

    upload_id: str
    committed: int
    complete: bool


@dataclass(frozen=True)
class Catalog:
    """A complete, parsed catalog download: (code, version, definition JSON text) entries."""

    etag: str | None
    procedures: list[tuple[str, str, str]]


def check_portal_url(url: str) -> str:
    """Return ``url`` without a trailing slash if it is safe to send residents' data to.

    Raises:
        InsecurePortalError: not https, and not plain http to a loopback address.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return url.rstrip("/")
    if parts.scheme == "http" and is_loopback(host):
        return url.rstrip("/")
    raise InsecurePortalError(
        "Địa chỉ cổng phải dùng https:// (chỉ máy cục bộ mới được dùng http://). "
        f"(The portal URL must use https://; plain http is allowed only for loopback: {url!r})"
    )


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine (localhost, 127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Parse a ``Retry-After`` header (seconds or an HTTP date); ``None`` if absent or bad.

    An HTTP date is counted from ``now`` (the kiosk clock's UTC instant by default).
    """
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # str.isdigit() also accepts "¹" and "٣"
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or system_clock().now_utc())).total_seconds())


def json_object(resp: requests.Response) -> dict[str, Any] | None:
    if "json" not in resp.headers.get("Content-Type", ""):
        return None
    try:
        data = resp.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def expect(resp: requests.Response, statuses: tuple[int, ...], what: str) -> dict[str, Any]:
    if resp.status_code not in statuses:
        raise TransientError(f"{what}: unexpected HTTP {resp.status_code}")
    data = json_object(resp)
    if data is None:
        raise ProtocolError(f"{what}: reply is not a JSON object")
    return data


def offset_of(value: Any) -> int:
    try:
        offset = int(value)
    except (TypeError, ValueError) as exc:
        raise ProtocolError("upload: missing or invalid offset") from exc
    if offset < 0:
        raise ProtocolError("upload: negative offset")
    return offset


def upload_state(data: dict[str, Any]) -> UploadState:
    upload_id = data.get("upload_id")
    if not isinstance(upload_id, str) or not upload_id:
        raise ProtocolError("upload: reply lacks upload_id")
    return UploadState(upload_id, offset_of(data.get("committed")), data.get("complete") is True)
