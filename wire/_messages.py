"""The sync API's messages (``wire/openapi.yaml``): built by one side, read by the other.

The kiosk builds a :func:`submission` and reads :class:`Accepted` and
:class:`PortalStatus` with ``from_json``; the reference portal reads the
submission and writes the replies with ``to_json``. Readers are defensive:
a field of the wrong type is treated as absent, and a reply missing what it
must carry raises :class:`MessageError` (the client turns that into a protocol
error and retries later).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wire._application import is_sealed, sealed_meta

# How an application is filed (Decree 42/2022, art. 11): fully online or in part.
LEVELS = ("toan_trinh", "mot_phan")
# Portal status codes seen in integrations: 1 new ... 10 result returned.
STATUS_CODES = range(1, 11)


class MessageError(ValueError):
    """A message lacks a field it must carry, or carries it with the wrong type."""


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _status(value: Any) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and value in STATUS_CODES
    return value if ok else None


def submission(
    app_id: str,
    stored_payload: dict[str, Any],
    attachments: list[dict[str, Any]],
    *,
    provisional_code: str | None = None,
) -> dict[str, Any]:
    """The ``POST /v1/applications`` body for one application, from its stored payload.

    A sealed payload (``{"sealed", "meta"}``) travels as is in ``sealed``; a readable
    one (no portal key known yet) in ``payload``. Nothing is sealed here.
    ``provisional_code`` is the code printed on the kiosk's receipt (and in its fee
    QR) before the portal issued its own: the portal matches payments made with it.
    """
    meta = sealed_meta(stored_payload)
    body: dict[str, Any] = {
        "kiosk_application_id": app_id,
        "procedure_code": meta["procedure_code"],
        "definition_version": str(meta["definition_version"] or ""),
        "submitted_at": meta["submitted_at"],
        "attachments": attachments,
    }
    if provisional_code:
        body["provisional_code"] = provisional_code
    if meta["level"] in LEVELS:
        body["level"] = meta["level"]
    if not body["definition_version"]:
        del body["definition_version"]
    if is_sealed(stored_payload):
        body["sealed"] = stored_payload["sealed"]
    else:
        body["payload"] = {**stored_payload, "kiosk_application_id": app_id}
    return body


@dataclass(frozen=True)
class Accepted:
    """The portal has the application: its official code and first status."""

    official_code: str
    status: int | None
    due_at: str | None
    duplicate: bool
    kiosk_application_id: str | None = None
    status_label: str | None = None
    received_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The 200/201 reply body."""
        return {
            "official_code": self.official_code,
            "kiosk_application_id": self.kiosk_application_id,
            "status": self.status,
            "status_label": self.status_label,
            "due_at": self.due_at,
            "received_at": self.received_at,
            "duplicate": self.duplicate,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Accepted:
        """Read a success reply.

        Raises:
            MessageError: no official code, or ``duplicate`` not a boolean.
        """
        code = data.get("official_code")
        if not isinstance(code, str) or not code:
            raise MessageError("success reply without an official code")
        duplicate = data.get("duplicate", False)
        if not isinstance(duplicate, bool):
            raise MessageError("'duplicate' is not a boolean")
        return cls(
            official_code=code,
            status=_status(data.get("status")),
            due_at=_text(data.get("due_at")),
            duplicate=duplicate,
            kiosk_application_id=_text(data.get("kiosk_application_id")),
            status_label=_text(data.get("status_label")),
            received_at=_text(data.get("received_at")),
        )


@dataclass(frozen=True)
class PortalStatus:
    """An application's processing status on the portal."""

    official_code: str
    status: int
    due_at: str | None
    supplement_note: str | None
    e_result_available: bool
    kiosk_application_id: str | None = None
    status_label: str | None = None
    updated_at: str | None = None
    paid: bool = False
    paid_amount_vnd: int | None = None
    paid_at: str | None = None
    """The fee's payment the portal matched to this application (absent from older portals)."""

    def to_json(self) -> dict[str, Any]:
        """The ``GET /v1/applications/{official_code}`` reply body."""
        return {
            "paid": self.paid,
            "paid_amount_vnd": self.paid_amount_vnd,
            "paid_at": self.paid_at,
            "official_code": self.official_code,
            "kiosk_application_id": self.kiosk_application_id,
            "status": self.status,
            "status_label": self.status_label,
            "due_at": self.due_at,
            "supplement_note": self.supplement_note,
            "e_result_available": self.e_result_available,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], *, official_code: str) -> PortalStatus:
        """Read a status reply for ``official_code``.

        Raises:
            MessageError: the status code is missing or not 1-10.
        """
        status = _status(data.get("status"))
        if status is None:
            raise MessageError("missing or invalid status code")
        return cls(
            official_code=official_code,
            status=status,
            due_at=_text(data.get("due_at")),
            supplement_note=_text(data.get("supplement_note")),
            e_result_available=data.get("e_result_available") is True,
            kiosk_application_id=_text(data.get("kiosk_application_id")),
            status_label=_text(data.get("status_label")),
            updated_at=_text(data.get("updated_at")),
            **_payment(data),
        )


def _payment(data: dict[str, Any]) -> dict[str, Any]:
    """The status reply's payment fields; "paid" counts only with a positive amount and a time."""
    amount = data.get("paid_amount_vnd")
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 1:
        amount = None
    paid_at = _text(data.get("paid_at")) or None
    if data.get("paid") is not True or amount is None or paid_at is None:
        return {"paid": False, "paid_amount_vnd": None, "paid_at": None}
    return {"paid": True, "paid_amount_vnd": amount, "paid_at": paid_at}
