"""What the kiosk does to protect residents: refuse bad attachments, seal to the portal key.

Sealing (``wire.seal_application``) happens once per application, here and nowhere
else: at submission when the portal key is known (:func:`seal_submission`), or by
the backlog pass (:func:`seal_backlog`) for applications filed before enrolment,
imported from another kiosk, or submitted while the stored key was unusable. The
sync worker sends what is stored, sealed as it is, and never seals.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from kiosk.attachments import AttachmentError, attachment_limits, check_attachment
from kiosk.store import AttachmentInput
from wire import PlainAttachment, SealError, is_sealed, seal_application

_log = logging.getLogger(__name__)

# The device setting holding the portal's public key (PEM), saved at enrolment.
PORTAL_PUBLIC_KEY_SETTING = "portal_public_key"


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


def _seal_stored(store: Any, app_id: str, public_key_pem: bytes) -> bool:
    """Seal an application the store still holds readable; destroy the readable copy.

    Runs on the store's thread. Returns False if there is nothing to seal
    (delivered, or already sealed).

    Raises:
        SealError: the public key is unusable (nothing is changed).
    """
    payload = store.application_payload(app_id)
    if payload is None or is_sealed(payload):
        return False
    plain = []
    for row in store.attachments_of(app_id):
        content = store.attachment_content(row.id)
        if content is not None:
            plain.append(PlainAttachment(row.id, row.kind, row.mime, content))
    stored, files = seal_application(app_id, payload, plain, public_key_pem)
    store.replace_application_content(app_id, stored, files)
    return True


def seal_backlog(store: Any, public_key_pem: bytes | str | None = None) -> int:
    """Seal every undelivered application still readable on this kiosk; return how many.

    The backlog pass: run when the portal key becomes known (enrolment) and at the
    start of every sync pass (one query when there is nothing to seal).
    ``public_key_pem`` defaults to the key stored at enrolment; with no key nothing
    happens. Afterwards the WAL is checkpointed so the old readable
    pages leave the files too.
    """
    pem = public_key_pem if public_key_pem else store.get_device(PORTAL_PUBLIC_KEY_SETTING)
    if not pem:
        return 0
    pem_bytes = pem.encode() if isinstance(pem, str) else pem
    count = 0
    for app_id in store.unsealed_application_ids():
        if _seal_stored(store, app_id, pem_bytes):
            count += 1
    if count:
        store.checkpoint()
        _log.info("sealed %d application(s) to the portal key", count)
    return count
