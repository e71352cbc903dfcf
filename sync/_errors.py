"""What can go wrong talking to the portal, sorted by what the outbox must do about it.

``TransientError``: retry later with the same idempotency key (5xx, timeouts,
connection failures, and any reply we cannot read: ambiguity is never success).
``RejectedError``: the portal refused the application as invalid; staff correct it.
``NotEnrolledError``: the portal does not know this kiosk (401); stop and re-provision.
"""

from __future__ import annotations

from typing import Any


class PortalError(Exception):
    """Base of every portal failure; ``str()`` is safe to log (no personal data)."""


class InsecurePortalError(PortalError, ValueError):
    """The portal URL would send data unprotected (plain http to a non-loopback host)."""


class TransientError(PortalError):
    """A failure worth retrying; ``retry_after`` is the portal's hint in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class LinkError(TransientError):
    """The portal could not be reached or said it cannot serve now (transport failure,
    timeout, 502/503/504, 429): a sign of an outage, unlike an unreadable reply."""


class ProtocolError(TransientError):
    """The reply could not be understood (wrong type, missing fields, cut short)."""


class OffsetMismatchError(TransientError):
    """An upload's committed offset differs from ours; resume from ``committed``."""

    def __init__(self, message: str, *, committed: int) -> None:
        super().__init__(message)
        self.committed = committed


class RejectedError(PortalError):
    """The portal refused the application; ``reasons`` say what staff must correct."""

    def __init__(self, message: str, reasons: list[dict[str, Any]]) -> None:
        super().__init__(message)
        self.reasons = reasons

    def summary(self) -> str:
        """The reasons as one line per problem, Vietnamese first, then English."""
        lines = []
        for item in self.reasons:
            field = item.get("field") or ""
            text = item.get("message") or item.get("code") or ""
            english = item.get("message_en") or ""
            line = f"{field}: {text}" if field else str(text)
            lines.append(f"{line} ({english})" if english else line)
        return "\n".join(lines) or str(self)


class NotEnrolledError(PortalError):
    """The portal rejected this kiosk's credentials (401): run ``kiosk provision``."""


class EnrolRefusedError(PortalError):
    """The one-time code was wrong or already used by another kiosk."""
