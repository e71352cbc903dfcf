"""Shared pieces of the portal's replies: error shapes, body parsing, auth, validation."""

from __future__ import annotations

import json
import re
from contextlib import suppress
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from portal._db import PortalDB
from portal._key import PortalKey
from portal._requests import (
    JSON_TYPE,
    MAX_CHUNK_BYTES,
    MAX_JSON_BYTES,
    BadRequestError,
    parse_json_object,
    problem,
    problem_from,
    read_body,
    require_media_type,
)
from wire import SealError, open_attachment

SHA256 = re.compile(r"^[0-9a-f]{64}$")
__all__ = ["MAX_CHUNK_BYTES", "MAX_JSON_BYTES", "SHA256"]


def error(status: int, code: str, message: str, message_en: str, **extra: Any) -> JSONResponse:
    """An error reply: a problem document carrying the spec's ``error``/``message`` fields."""
    return problem(status, code, message, message_en, **extra)


def reason(field: str, code: str, message: str, message_en: str) -> dict[str, str]:
    """One validation reason."""
    return {"field": field, "code": code, "message": message, "message_en": message_en}


def rejected(reasons: list[dict[str, str]]) -> JSONResponse:
    return error(
        422,
        "validation",
        "Hồ sơ chưa hợp lệ, cán bộ cần sửa rồi gửi lại.",
        "The application is invalid; staff must correct it and send it again.",
        reasons=reasons,
    )


async def json_body(request: Request) -> dict[str, Any] | JSONResponse:
    """The request's JSON object, or the 4xx problem document that refuses it.

    The media type is checked first, the size while streaming, then depth and text.
    """
    try:
        require_media_type(request, JSON_TYPE)
        return parse_json_object(await read_body(request, MAX_JSON_BYTES))
    except BadRequestError as exc:
        return problem_from(exc)


def text_field(
    body: dict[str, Any],
    key: str,
    max_len: int,
    reasons: list[dict[str, str]],
    *,
    required: bool = True,
) -> str | None:
    value = body.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > max_len:
        reasons.append(
            reason(
                key,
                "invalid",
                f"Trường {key} thiếu hoặc không hợp lệ.",
                f"{key} is missing or invalid.",
            )
        )
        return None
    return value


def authorised(db: PortalDB, request: Request) -> str | None:
    """The caller's kiosk id if its bearer token is valid, else ``None``."""
    kiosk_id = request.headers.get("x-kiosk-id", "")
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not kiosk_id or not token:
        return None
    return kiosk_id if db.authenticate(kiosk_id, token.strip()) else None


def unauthorised() -> JSONResponse:
    """The 401 reply for a kiosk that is not (or no longer) enrolled."""
    return error(
        401,
        "unauthorized",
        "Máy chưa được đăng ký với cổng: hãy chạy kiosk provision.",
        "This kiosk is not enrolled with the portal; run kiosk provision.",
    )


def upload_doc(upload: Any) -> dict[str, Any]:
    return {
        "upload_id": upload.upload_id,
        "size": upload.size,
        "sha256": upload.sha256,
        "committed": upload.committed,
        "complete": upload.complete,
    }


def check_application(
    db: PortalDB,
    kiosk_id: str,
    body: dict[str, Any],
    portal_key: PortalKey,
    reasons: list[dict[str, str]],
    *,
    require_sealed: bool = True,
) -> tuple[str | None, bool]:
    """Validate the submission's content; return (payload text to store, sealed).

    With ``require_sealed`` (every enrolled kiosk got the portal key, so it seals)
    a payload in clear is refused rather than stored readable.
    """
    known = {code for code, _, _ in db.catalog()}
    if known and body["procedure_code"] not in known:
        reasons.append(
            reason(
                "procedure_code",
                "unknown_procedure",
                "Thủ tục không có trong danh mục.",
                "Unknown procedure code.",
            )
        )
    payload, sealed_env = body.get("payload"), body.get("sealed")
    if (payload is None) == (sealed_env is None):
        reasons.append(
            reason(
                "payload",
                "missing",
                "Cần đúng một trong payload hoặc sealed.",
                "Exactly one of payload or sealed is required.",
            )
        )
        return None, False
    if payload is not None and require_sealed:
        reasons.append(
            reason(
                "payload",
                "seal_required",
                "Cổng chỉ nhận hồ sơ đã niêm phong. Hãy cập nhật kiosk rồi gửi lại.",
                "This portal accepts sealed applications only; update the kiosk and resend.",
            )
        )
        return None, False
    if sealed_env is not None:
        try:
            payload = portal_key.open_json(sealed_env, aad=body["kiosk_application_id"])
        except Exception:  # any failure to open the envelope is the sender's error
            reasons.append(
                reason(
                    "sealed",
                    "seal_invalid",
                    "Không mở được hồ sơ đã niêm phong.",
                    "The sealed envelope cannot be opened with the portal key.",
                )
            )
            return None, True
    if (
        not isinstance(payload, dict)
        or not isinstance(payload.get("answers"), dict)
        or not payload["answers"]
    ):
        reasons.append(
            reason(
                "payload.answers",
                "answers_missing",
                "Hồ sơ không có nội dung tờ khai.",
                "The application has no answers.",
            )
        )
    attachments = body.get("attachments", [])
    if not isinstance(attachments, list):
        attachments = None
    for index, item in enumerate(attachments or []):
        upload = None
        if isinstance(item, dict) and isinstance(item.get("upload_id"), str):
            upload = db.upload(kiosk_id, item["upload_id"])
        if upload is None or not upload.complete or upload.sha256 != item.get("sha256"):
            reasons.append(
                reason(
                    f"attachments[{index}]",
                    "attachment_incomplete",
                    "Tệp đính kèm chưa tải lên đủ.",
                    "Attachment upload not complete.",
                )
            )
        elif sealed_env is not None and isinstance(payload, dict):
            _check_sealed_attachment(db, kiosk_id, body, payload, item, index, reasons)
    if attachments is None:
        reasons.append(
            reason(
                "attachments",
                "invalid",
                "Danh sách tệp không hợp lệ.",
                "attachments must be a list.",
            )
        )
    if reasons:
        return None, sealed_env is not None
    stored = sealed_env if sealed_env is not None else payload
    return json.dumps(stored, ensure_ascii=False), sealed_env is not None


def _check_sealed_attachment(
    db: PortalDB,
    kiosk_id: str,
    body: dict[str, Any],
    payload: dict[str, Any],
    item: dict[str, Any],
    index: int,
    reasons: list[dict[str, str]],
) -> None:
    """A file sealed with the answers must open with its key and match its sealed sha256.

    Payloads sealed in transit by older kiosks carry no ``attachment_keys``: their
    files were uploaded readable and are accepted as they are.
    """
    keys = payload.get("attachment_keys")
    if keys is None:
        return
    entry = next(
        (
            k
            for k in (keys if isinstance(keys, list) else [])
            if isinstance(k, dict) and k.get("attachment_id") == item.get("attachment_id")
        ),
        None,
    )
    blob = db.upload_content(kiosk_id, item["upload_id"])
    try:
        if entry is None or blob is None:
            raise SealError("no key for this attachment")
        open_attachment(blob, entry, app_id=body["kiosk_application_id"])
    except SealError:
        reasons.append(
            reason(
                f"attachments[{index}]",
                "attachment_seal_invalid",
                "Không mở được tệp đính kèm đã niêm phong.",
                "The sealed attachment cannot be opened with the key sealed in the application.",
            )
        )


def bundled_catalog() -> list[tuple[str, str, str]]:
    """The definitions shipped in ``resources/catalog`` as (code, version, JSON text)."""
    import resources

    out: list[tuple[str, str, str]] = []
    with suppress(FileNotFoundError):
        folder = resources.path("catalog")
        import yaml

        for file in sorted(folder.glob("*.y*ml")) + sorted(folder.glob("*.json")):
            with suppress(ValueError, yaml.YAMLError, OSError):
                data = yaml.safe_load(file.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("code") and data.get("version"):
                    text = json.dumps(data, ensure_ascii=False, default=str)
                    out.append((str(data["code"]), str(data["version"]), text))
    return out
