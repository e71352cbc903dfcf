"""Reading a hostile request safely: size limits while streaming, media types, JSON shape.

Every check here runs before the body reaches the portal's logic. A request
that fails one gets a 4xx problem document (RFC 9457, ``application/problem+json``)
and never a 5xx: the reference portal runs inside every default kiosk, so a
client on the LAN must not be able to knock it over or make it hold a
gigabyte in memory.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

MAX_JSON_BYTES = 8 * 1024 * 1024
MAX_CHUNK_BYTES = 4 * 1024 * 1024
# Every document of the protocol is a few levels deep (an envelope inside a submission,
# answers with a group list of objects); 32 leaves room and stops pathological nesting.
MAX_JSON_DEPTH = 32
JSON_TYPE = "application/json"
OCTET_TYPE = "application/octet-stream"
PROBLEM_TYPE = "application/problem+json"


class BadRequestError(Exception):
    """A request refused before it is processed; carries its problem document's fields."""

    def __init__(self, status: int, code: str, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.status = status
        self.code = code
        self.message = message
        self.message_en = message_en


def problem(status: int, code: str, message: str, message_en: str, **extra: Any) -> JSONResponse:
    """An RFC 9457 problem document that also carries the spec's ``error``/``message`` fields."""
    body = {
        "type": f"/problems/{code}",
        "title": message_en,
        "status": status,
        "detail": message_en,
        "error": code,
        "message": message,
        "message_en": message_en,
        **extra,
    }
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_TYPE)


def problem_from(exc: BadRequestError) -> JSONResponse:
    """The problem document for a :class:`BadRequestError`."""
    return problem(exc.status, exc.code, exc.message, exc.message_en)


def require_media_type(request: Request, expected: str) -> None:
    """Refuse a body sent as anything but ``expected`` (parameters such as charset allowed).

    Raises:
        BadRequestError: 415.
    """
    given = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if given != expected:
        raise BadRequestError(
            415,
            "unsupported_media_type",
            f"Dữ liệu phải gửi dạng {expected}.",
            f"The body must be sent as {expected}.",
        )


async def read_body(request: Request, limit: int) -> bytes:
    """Read the body while streaming, giving up as soon as it passes ``limit`` bytes.

    A declared ``Content-Length`` over the limit is refused before one byte is
    read; a chunked body is counted as it arrives, so memory never holds more
    than ``limit`` plus one chunk.

    Raises:
        BadRequestError: 413 when the body is too large, 400 on a malformed length.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isascii() or not declared.isdigit():
            raise BadRequestError(
                400, "bad_length", "Độ dài dữ liệu không hợp lệ.", "Invalid Content-Length."
            )
        if int(declared) > limit:
            raise _too_large()
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large()
        parts.append(chunk)
    return b"".join(parts)


def parse_json_object(raw: bytes) -> dict[str, Any]:
    """Parse a JSON object no deeper than :data:`MAX_JSON_DEPTH` whose strings are valid text.

    Lone surrogates (``"\\ud800"``) are valid JSON escapes but not text: they
    would fail later when the value is encoded for storage or a reply.

    Raises:
        BadRequestError: 400 on bytes that are not UTF-8 JSON, too deep, not text, or when
            the document is not an object.
    """
    try:
        body = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise _too_deep() from None
    except (ValueError, UnicodeDecodeError):
        raise BadRequestError(
            400, "not_json", "Dữ liệu không phải JSON.", "Body is not JSON."
        ) from None
    _check_tree(body)
    if not isinstance(body, dict):
        raise BadRequestError(
            400, "not_object", "Dữ liệu phải là đối tượng JSON.", "Body must be a JSON object."
        )
    return body


def _check_tree(value: Any) -> None:
    """Walk without recursion: depth bounded, every string and key encodable as UTF-8."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            if depth > MAX_JSON_DEPTH:
                raise _too_deep()
            for key, child in item.items():
                _check_text(key)
                stack.append((child, depth + 1))
        elif isinstance(item, list):
            if depth > MAX_JSON_DEPTH:
                raise _too_deep()
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str):
            _check_text(item)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequestError(
            400,
            "invalid_text",
            "Dữ liệu có ký tự không hợp lệ.",
            "A string holds a lone surrogate or other invalid text.",
        ) from None


def _too_large() -> BadRequestError:
    return BadRequestError(413, "too_large", "Dữ liệu quá lớn.", "Request body too large.")


def _too_deep() -> BadRequestError:
    return BadRequestError(
        400,
        "too_deep",
        "Dữ liệu lồng nhau quá sâu.",
        f"JSON nested deeper than {MAX_JSON_DEPTH} levels.",
    )
