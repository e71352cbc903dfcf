"""What submission does to protect residents: refuse bad attachments, seal to the portal key."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from kiosk.attachments import AttachmentError, attachment_limits, check_attachment
from kiosk.store import AttachmentInput
from wire import PORTAL_PUBLIC_KEY_SETTING, PlainAttachment, SealError, seal_application

_log = logging.getLogger(__name__)


def attachment_errors(definition: Any, attachments: list[AttachmentInput]) -> list[Any]:
    """Refusals (:class:`AttachmentError`) of attachments that are empty, too large, of a type
    the procedure does not accept, or whose bytes are not the type they claim."""
    errors: list[Any] = []
    for att in attachments:
        accept, limit = attachment_limits(definition, att.kind)
        try:
            check_attachment(
                att.content,
                declared_mime=att.mime,
                accept=accept,
                max_bytes=limit,
                field_id=att.kind,
            )
        except AttachmentError as exc:
            errors.append(exc)
    return errors


def seal_submission(
    store: Any, app_id: str, payload: dict[str, Any], attachments: list[AttachmentInput]
) -> tuple[dict[str, Any], list[AttachmentInput]]:
    """The payload and attachments to store: sealed when the portal key is known, else as given.

    Attachments get their ids here, since sealing binds each file to its id. A
    stored key that cannot be used never blocks a resident's submission: the
    application stays under the data key and the sync worker tries again.
    """
    files = [AttachmentInput(a.kind, a.mime, a.content, id=str(uuid.uuid4())) for a in attachments]
    pem = store.get_device(PORTAL_PUBLIC_KEY_SETTING)
    if not pem:
        return payload, files
    plain = [PlainAttachment(f.id or "", f.kind, f.mime, f.content) for f in files]
    try:
        sealed, blobs = seal_application(app_id, payload, plain, pem.encode())
    except SealError:
        _log.error("the stored portal key is unusable; application %s kept unsealed", app_id)
        return payload, files
    return sealed, [AttachmentInput(f.kind, f.mime, blobs[f.id or ""], id=f.id) for f in files]
