"""Checking attachment bytes before the kiosk keeps them: not empty, not too big, as claimed.

A file's name and the MIME type the file picker reports are only claims; the
first bytes ("magic number") say what the file really is. A renamed executable,
an empty scan or a 40 MB photo is refused here with a plain Vietnamese sentence
saying what to do next. The GUI calls :func:`check_attachment` when a file is
chosen; ``KioskServices.submit`` calls it again on the bytes it stores.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DEFAULT_ACCEPT",
    "DEFAULT_MAX_BYTES",
    "AttachmentError",
    "attachment_limits",
    "check_attachment",
    "sniff_mime",
]

DEFAULT_ACCEPT = ("application/pdf", "image/jpeg", "image/png")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# (MIME type, offset, signature). Several rows may describe one type.
_SIGNATURES: tuple[tuple[str, int, bytes], ...] = (
    ("application/pdf", 0, b"%PDF-"),
    ("image/jpeg", 0, b"\xff\xd8\xff"),
    ("image/png", 0, b"\x89PNG\r\n\x1a\n"),
    ("image/gif", 0, b"GIF87a"),
    ("image/gif", 0, b"GIF89a"),
    ("image/webp", 8, b"WEBP"),
    ("image/tiff", 0, b"II*\x00"),
    ("image/tiff", 0, b"MM\x00*"),
)
_KNOWN = {mime for mime, _, _ in _SIGNATURES}
_SHORT = {
    "application/pdf": "PDF",
    "image/jpeg": "JPG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
    "image/tiff": "TIFF",
}


class AttachmentError(ValueError):
    """An attachment is refused; ``message`` (Vietnamese) and ``message_en`` say what to do.

    ``code`` is one of ``attachment_empty``, ``attachment_too_large``,
    ``attachment_type`` (type not accepted here) and ``attachment_content_mismatch``
    (the bytes are not the declared type). ``field_id`` lets a submission report it
    like a form field error.
    """

    def __init__(self, code: str, message: str, message_en: str, *, field_id: str = "") -> None:
        super().__init__(message_en)
        self.code = code
        self.message = message
        self.message_en = message_en
        self.field_id = field_id


def sniff_mime(content: bytes) -> str | None:
    """The type the content's first bytes show (one of the known signatures), else ``None``."""
    for mime, offset, signature in _SIGNATURES:
        if content[offset : offset + len(signature)] == signature:
            if mime == "image/webp" and not content.startswith(b"RIFF"):
                continue
            return mime
    return None


def check_attachment(
    content: bytes,
    *,
    declared_mime: str,
    accept: list[str] | tuple[str, ...] | None = None,
    max_bytes: int | None = None,
    field_id: str = "",
) -> None:
    """Refuse an attachment that is empty, too large, of a type not accepted, or not what it claims.

    ``accept`` and ``max_bytes`` come from the procedure's required document
    (see :func:`attachment_limits`); the defaults are PDF/JPG/PNG and 10 MB.

    Raises:
        AttachmentError: with a plain Vietnamese ``message`` and ``message_en``.
    """
    accepted = tuple(accept) if accept else DEFAULT_ACCEPT
    limit = max_bytes if max_bytes and max_bytes > 0 else DEFAULT_MAX_BYTES
    declared = (declared_mime or "").split(";")[0].strip().lower()
    kinds = ", ".join(_SHORT.get(m, m) for m in accepted)
    if not content:
        raise AttachmentError(
            "attachment_empty",
            "Tệp trống, không có nội dung. Hãy chọn tệp khác hoặc chụp lại giấy tờ.",
            "The file is empty. Choose another file or take a new picture of the document.",
            field_id=field_id,
        )
    if len(content) > limit:
        mb = f"{limit / (1024 * 1024):g}"
        raise AttachmentError(
            "attachment_too_large",
            f"Tệp quá lớn: tối đa {mb} MB. Hãy chụp lại ảnh nhỏ hơn hoặc chọn tệp khác.",
            f"The file is too large: at most {mb} MB. Take a smaller picture or choose"
            " another file.",
            field_id=field_id,
        )
    if declared not in accepted:
        raise AttachmentError(
            "attachment_type",
            f"Loại tệp này không được nhận. Hãy dùng: {kinds}.",
            f"This file type is not accepted. Use: {kinds}.",
            field_id=field_id,
        )
    actual = sniff_mime(content)
    if declared not in _KNOWN or actual != declared:
        # A type we hold no signature for cannot be checked, so it is refused too.
        shown = _SHORT.get(declared, declared)
        raise AttachmentError(
            "attachment_content_mismatch",
            f"Nội dung tệp không phải là tệp {shown} như tên tệp cho biết (tệp có thể bị hỏng"
            f" hoặc bị đổi tên). Hãy chọn lại tệp {kinds} hoặc chụp lại giấy tờ.",
            f"The file's content is not a {shown} file as its name says (it may be damaged or"
            f" renamed). Choose a {kinds} file again or take a new picture of the document.",
            field_id=field_id,
        )


def attachment_limits(definition: Any, kind: str) -> tuple[tuple[str, ...], int]:
    """The accepted types and size limit for a document ``kind`` of a form definition.

    An attachment field's own ``accept``/``max_bytes`` win over the required
    document's; unknown kinds get the defaults (PDF, JPG, PNG; 10 MB).
    """
    accept: list[str] | None = None
    limit: int | None = None
    for section in getattr(definition, "sections", []) or []:
        for field in getattr(section, "fields", []) or []:
            spec = getattr(field, "attachment", None)
            if spec is not None and getattr(spec, "kind", None) == kind:
                accept = accept or getattr(spec, "accept", None)
                limit = limit or getattr(spec, "max_bytes", None)
    document = None
    finder = getattr(definition, "document", None)
    if callable(finder):
        document = finder(kind)
    if document is not None:
        accept = accept or list(document.accept)
        limit = limit or int(document.max_bytes)
    return tuple(accept or DEFAULT_ACCEPT), int(limit or DEFAULT_MAX_BYTES)
