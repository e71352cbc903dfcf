"""Resumable attachment upload: the portal's committed offset is the truth, chunks carry sha256."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from operator import methodcaller
from typing import Any

from sync._client import PortalClient
from sync._errors import OffsetMismatchError, TransientError

_MAX_MISMATCHES = 5
#: The largest file sent inline with ``POST /v1/uploads`` (the portal's limit too).
INLINE_MAX_BYTES = 256 * 1024
_NOTE_EVERY_S = 1.0


def upload_attachments(
    client: PortalClient,
    db: Callable[[Callable[[Any], Any]], Any],
    app_id: str,
    attachments: list[Any],
    chunk_size: int,
    progress: Callable[[float], None],
    stop: threading.Event,
) -> list[dict[str, Any]]:
    """Upload every attachment of an application; return the references the submission needs.

    An interrupted upload resumes where the portal says it stopped (the local
    ``uploaded_bytes`` is only a display hint).

    Raises:
        TransientError: a chunk could not be sent, or the upload was stopped.
    """
    if attachments and chunk_size <= 0:
        raise ValueError("chunk_size must be positive")
    total = sum(a.size for a in attachments) or 1
    done_before = 0
    refs = []
    for att in attachments:
        content = db(methodcaller("attachment_content", att.id))
        if content is None:
            raise TransientError("attachment content missing on the kiosk")
        meta = {
            "attachment_id": att.id,
            "kiosk_application_id": app_id,
            "size": att.size,
            "sha256": att.sha256,
            "mime": att.mime,
            "kind": att.kind,
        }
        if 0 < att.size <= INLINE_MAX_BYTES and att.uploaded_bytes == 0:
            # A small file rides with the opening request: one round trip instead of two
            # (a portal that already has part of it, or ignores the field, gets chunks).
            meta["content"] = base64.b64encode(content).decode("ascii")
        state = client.open_upload(meta)
        offset = state.committed
        complete = state.complete
        mismatches = 0
        last_note = time.monotonic()
        while not complete and offset < att.size:
            if stop.is_set():
                raise TransientError("upload interrupted: sync stopping")
            chunk = content[offset : offset + chunk_size]
            try:
                sent = client.put_chunk_state(state.upload_id, offset, chunk)
                offset, complete = sent.committed, sent.complete
                mismatches = 0
            except OffsetMismatchError as exc:
                mismatches += 1
                if mismatches > _MAX_MISMATCHES or exc.committed > att.size:
                    raise TransientError("upload: portal offset keeps moving") from exc
                offset = exc.committed
            # The portal's committed offset is the truth for resuming; the local copy is
            # only a display hint, so write it at most once a second (each write is an fsync).
            if time.monotonic() - last_note >= _NOTE_EVERY_S:
                last_note = time.monotonic()
                db(methodcaller("record_upload_progress", att.id, offset))
            progress((done_before + offset) / total)
        if not complete:
            try:
                client.complete_upload(state.upload_id, att.sha256)
            except OffsetMismatchError as exc:
                db(methodcaller("record_upload_progress", att.id, 0))
                raise TransientError("upload: whole-file check failed; restarting") from exc
        done_before += att.size
        progress(done_before / total)
        refs.append(
            {
                "attachment_id": att.id,
                "upload_id": state.upload_id,
                "sha256": att.sha256,
                "size": att.size,
                "kind": att.kind,
                "mime": att.mime,
            }
        )
    return refs
