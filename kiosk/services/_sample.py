"""File a realistic sample application exactly as the kiosk does, for reviewers and tests.

``kiosk dev sample`` and the receipt tests both come through here: a draft is
started, answered, and submitted through :class:`KioskServices` with consents,
attached files and (in assisted mode) the papers staff ticked, so what a reviewer
reads in ``receipt.pdf`` and ``declaration.json`` is what a resident would get.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import forms
from kiosk.services._declaration import declaration_document
from kiosk.services._receipt_fields import PaperDocument
from kiosk.store import ApplicationRecord, AttachmentInput, ConsentInput

__all__ = ["SAMPLE_STAFF_NAME", "SampleFiling", "file_sample", "sample_file_content"]

SAMPLE_STAFF_NAME = "Đặng Quỳnh Hoà"
"""The (synthetic) receiving officer of an assisted sample."""


@dataclass(frozen=True)
class SampleFiling:
    """A filed sample: the application, its receipt data, the declaration, what was taken in."""

    record: ApplicationRecord
    receipt: Any  # kiosk.receipts.ReceiptData
    declaration: dict[str, Any]
    files: tuple[AttachmentInput, ...]
    papers: tuple[PaperDocument, ...]


def sample_file_content(mime: str, title: str) -> bytes:
    """A small real file of type ``mime`` showing ``title`` (the stand-in for a resident's scan)."""
    if mime == "application/pdf":
        from reportlab.pdfgen.canvas import Canvas

        buffer = io.BytesIO()
        canvas = Canvas(buffer, invariant=True)
        canvas.drawString(72, 760, "BAN CHUP MAU (sample scan)")
        canvas.drawString(72, 740, forms.fold(title)[:90])
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 200), "white")
    ImageDraw.Draw(image).text((10, 90), forms.fold(title)[:50], fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG" if mime == "image/png" else "JPEG")
    return out.getvalue()


def file_sample(
    services: Any,
    code: str,
    answers: dict[str, Any],
    *,
    assisted: bool = False,
    staff_name: str = SAMPLE_STAFF_NAME,
    language: str = "vi",
) -> SampleFiling:
    """Start, answer and submit one application of ``code`` through ``services``.

    Attachment answers become real files; every consent is given in ``language``.
    In assisted mode staff also take in one paper of each required document not
    attached as a file. Raises whatever :meth:`KioskServices.submit` raises.
    """
    definition = services.definition(code)
    mode = "assisted" if assisted else "self"
    draft = services.start_draft(code, mode=mode, staff_id="sample-staff" if assisted else None)
    who = "staff" if assisted else "resident"
    services.save_answers(draft.id, answers, {k: who for k in answers})
    files = tuple(_files(definition, answers))
    papers: tuple[PaperDocument, ...] = ()
    if assisted:
        attached = {f.kind for f in files}
        papers = tuple(
            PaperDocument(d.kind, 1)
            for d in definition.required_documents
            if d.required and d.kind not in attached
        )
    consents = [
        ConsentInput(c.id, c.version, c.text_in(language), True, language=language)
        for c in definition.consents
    ]
    record = services.submit(
        draft.id,
        consents=consents,
        attachments=list(files),
        staff_name=staff_name if assisted else None,
        papers=list(papers),
    )
    normalised = forms.normalize_answers(definition, answers)
    return SampleFiling(
        record=record,
        receipt=services.receipt_data(record.id),
        declaration=declaration_document(definition, normalised, services.config),
        files=files,
        papers=papers,
    )


def _files(definition: Any, answers: dict[str, Any]) -> list[AttachmentInput]:
    out = []
    for field in definition.all_fields().values():
        value = answers.get(field.id)
        if field.attachment is None or not value:
            continue
        for item in value if isinstance(value, list) else [value]:
            mime = item.get("mime", "image/jpeg") if isinstance(item, dict) else "image/jpeg"
            out.append(
                AttachmentInput(field.attachment.kind, mime, sample_file_content(mime, field.label))
            )
    return out
