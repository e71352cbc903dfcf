"""Resumable, checksummed attachment uploads: open, append a chunk at an offset, complete."""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from portal._db import PortalDB
from portal._replies import (
    MAX_CHUNK_BYTES,
    SHA256,
    authorised,
    error,
    json_body,
    reason,
    rejected,
    text_field,
    unauthorised,
    upload_doc,
)
from portal._requests import (
    OCTET_TYPE,
    BadRequestError,
    problem_from,
    read_body,
    require_media_type,
)

#: Files up to this size may come with the opening request (base64 ``content``): one
#: request instead of two, which is most attachments on a bad link.
INLINE_MAX_BYTES = 256 * 1024


def _inline_content(value: Any, size: Any, reasons: list[dict[str, str]]) -> bytes | None:
    """The file sent inline with ``POST /v1/uploads``, or ``None`` when there is none."""
    if value is None:
        return None
    data = None
    if isinstance(value, str) and len(value) <= 4 * (INLINE_MAX_BYTES // 3 + 1):
        with contextlib.suppress(binascii.Error, ValueError):
            data = base64.b64decode(value, validate=True)
    if data is None or len(data) != size:
        reasons.append(
            reason(
                "content",
                "invalid",
                "Nội dung tệp gửi kèm không hợp lệ.",
                f"content must be the whole file in base64, at most {INLINE_MAX_BYTES} bytes.",
            )
        )
        return None
    return data


def add_upload_routes(app: Any, db: PortalDB) -> None:
    """Register the ``/v1/uploads`` endpoints on ``app``."""

    @app.post("/v1/uploads")
    async def open_upload(request: Request) -> Response:
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        reasons: list[dict[str, str]] = []
        text_field(body, "attachment_id", 100, reasons)
        text_field(body, "kiosk_application_id", 100, reasons, required=False)
        text_field(body, "mime", 100, reasons, required=False)
        text_field(body, "kind", 100, reasons, required=False)
        size, digest = body.get("size"), body.get("sha256")
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or size < 0
            or size > 64 * 1024 * 1024
        ):
            reasons.append(
                reason("size", "invalid", "Kích thước tệp không hợp lệ.", "Invalid size.")
            )
        if not isinstance(digest, str) or not SHA256.match(digest):
            reasons.append(
                reason(
                    "sha256",
                    "invalid",
                    "Mã băm không hợp lệ.",
                    "sha256 must be 64 lowercase hex digits.",
                )
            )
        content = _inline_content(body.get("content"), size, reasons)
        if reasons:
            return rejected(reasons)
        upload, created = db.open_upload(kiosk_id, body, content)
        return JSONResponse(
            upload_doc(upload),
            status_code=201 if created else 200,
            headers={"Upload-Offset": str(upload.committed)},
        )

    # One route for the three methods, so 405 replies carry the full Allow header.
    @app.api_route("/v1/uploads/{upload_id}", methods=["GET", "HEAD", "PUT"])
    async def upload_state(upload_id: str, request: Request) -> Response:
        if request.method == "PUT":
            return await put_chunk(upload_id, request)
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        upload = db.upload(kiosk_id, upload_id)
        if upload is None:
            return error(404, "not_found", "Không tìm thấy tệp tải lên.", "No such upload.")
        return JSONResponse(upload_doc(upload), headers={"Upload-Offset": str(upload.committed)})

    async def put_chunk(upload_id: str, request: Request) -> Response:
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        try:
            offset = int(request.query_params.get("offset", ""))
        except ValueError:
            offset = -1
        claimed = request.headers.get("x-chunk-sha256", "").lower()
        try:
            require_media_type(request, OCTET_TYPE)
            data = await read_body(request, MAX_CHUNK_BYTES)
        except BadRequestError as exc:
            return problem_from(exc)
        if offset < 0 or not SHA256.match(claimed):
            return rejected(
                [
                    reason(
                        "offset",
                        "invalid",
                        "Thiếu vị trí hoặc mã băm của phần tệp.",
                        "offset query and X-Chunk-SHA256 header are required.",
                    )
                ]
            )
        if hashlib.sha256(data).hexdigest() != claimed:
            return error(
                400,
                "chunk_checksum",
                "Phần tệp bị hỏng trên đường truyền.",
                "The chunk's sha256 does not match; send it again.",
            )
        try:
            committed, ok = db.append_chunk(kiosk_id, upload_id, offset, data)
        except LookupError:
            return error(404, "not_found", "Không tìm thấy tệp tải lên.", "No such upload.")
        if not ok:
            return error(
                409,
                "offset_mismatch",
                "Vị trí tải lên không khớp.",
                "Offset does not match the committed offset.",
                committed=committed,
            )
        upload = db.upload(kiosk_id, upload_id)
        return JSONResponse(
            {
                "upload_id": upload_id,
                "committed": committed,
                "complete": bool(upload is not None and upload.complete),
            },
            headers={"Upload-Offset": str(committed)},
        )

    @app.post("/v1/uploads/{upload_id}/complete")
    async def complete(upload_id: str, request: Request) -> Response:
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        digest = body.get("sha256")
        if not isinstance(digest, str) or not SHA256.match(digest):
            return rejected(
                [
                    reason(
                        "sha256", "invalid", "Mã băm không hợp lệ.", "sha256 must be 64 hex digits."
                    )
                ]
            )
        try:
            upload = db.complete_upload(kiosk_id, upload_id, digest)
        except LookupError:
            return error(404, "not_found", "Không tìm thấy tệp tải lên.", "No such upload.")
        if not upload.complete:
            return error(
                409,
                "upload_incomplete",
                "Tệp chưa tải đủ hoặc sai mã băm.",
                "Upload incomplete or whole-file sha256 mismatch.",
                committed=upload.committed,
            )
        return JSONResponse(upload_doc(upload))
