"""Attachments refused when empty, too large, of a type not accepted, or not what they claim."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.attachments import AttachmentError, attachment_limits, check_attachment, sniff_mime
from kiosk.services import KioskServices, SubmissionError, load_kiosk_catalog, open_context
from kiosk.store import AttachmentInput, ConsentInput
from tests.forms.samples import SAMPLES

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32
ACCEPT = ("application/pdf", "image/jpeg", "image/png")


@pytest.mark.parametrize(
    ("content", "mime"), [(PDF, "application/pdf"), (JPEG, "image/jpeg"), (PNG, "image/png")]
)
def test_real_files_of_the_declared_type_pass(content: bytes, mime: str) -> None:
    check_attachment(content, declared_mime=mime, accept=ACCEPT, max_bytes=1000)
    assert sniff_mime(content) == mime


def _refusal(content: bytes, mime: str, **kw: object) -> AttachmentError:
    with pytest.raises(AttachmentError) as caught:
        check_attachment(
            content,
            declared_mime=mime,
            accept=kw.get("accept", ACCEPT),  # type: ignore[arg-type]
            max_bytes=kw.get("max_bytes", 1000),
        )  # type: ignore[arg-type]
    error = caught.value
    assert error.message and error.message_en and error.message != error.message_en
    return error


def test_empty_file_is_refused() -> None:
    error = _refusal(b"", "application/pdf")
    assert error.code == "attachment_empty" and "trống" in error.message


def test_file_over_the_limit_is_refused_with_the_limit_in_mb() -> None:
    error = _refusal(
        PDF + b"\x00" * (2 * 1024 * 1024), "application/pdf", max_bytes=2 * 1024 * 1024
    )
    assert error.code == "attachment_too_large" and "2 MB" in error.message


def test_type_not_accepted_names_the_accepted_ones() -> None:
    error = _refusal(PNG, "image/png", accept=("application/pdf",))
    assert error.code == "attachment_type" and "PDF" in error.message


@pytest.mark.parametrize(
    ("content", "mime"),
    [
        (b"MZ\x90\x00 an executable renamed .pdf", "application/pdf"),
        (PNG, "image/jpeg"),
        (JPEG, "application/pdf"),
        (b"<html>not a picture</html>", "image/png"),
        (b" %PDF-1.4 leading space", "application/pdf"),
    ],
)
def test_content_not_matching_the_declared_type_is_refused(content: bytes, mime: str) -> None:
    error = _refusal(content, mime)
    assert error.code == "attachment_content_mismatch" and "Hãy chọn lại" in error.message


def test_limits_come_from_the_procedure_definition(data_dir: Path) -> None:
    context = open_context(data_dir)
    store = context.open_store()
    try:
        definition = load_kiosk_catalog(store).get("1.001193")
        accept, limit = attachment_limits(definition, "giay_chung_sinh")
        assert set(accept) == set(ACCEPT) and limit == 10 * 1024 * 1024
        assert attachment_limits(definition, "no_such_kind") == (ACCEPT, 10 * 1024 * 1024)
    finally:
        store.close()


@settings(max_examples=300)
@given(st.binary(max_size=64), st.sampled_from([*ACCEPT, "text/plain", "", "image/PNG; x=1"]))
def test_arbitrary_bytes_pass_or_raise_attachment_error_only(content: bytes, mime: str) -> None:
    try:
        check_attachment(content, declared_mime=mime, accept=ACCEPT, max_bytes=32)
    except AttachmentError as error:
        assert error.code.startswith("attachment_")
        return
    assert 0 < len(content) <= 32 and sniff_mime(content) == mime.split(";")[0].lower()


@pytest.fixture
def services(data_dir: Path) -> Iterator[KioskServices]:
    context = open_context(data_dir)
    store = context.open_store()
    yield KioskServices(store, context.config, load_kiosk_catalog(store))
    store.close()


def test_submit_refuses_a_bad_attachment_and_stores_nothing(services: KioskServices) -> None:
    draft = services.start_draft("1.001193")
    services.save_answers(draft.id, dict(SAMPLES["1.001193"]), {})
    definition = services.definition("1.001193")
    consents = [ConsentInput(c.id, c.version, c.text, True) for c in definition.consents]
    fake = AttachmentInput("giay_chung_sinh", "application/pdf", b"GIF89a pretending")
    with pytest.raises(SubmissionError) as refused:
        services.submit(draft.id, consents=consents, attachments=[fake])
    [error] = refused.value.errors
    assert error.code == "attachment_content_mismatch" and error.field_id == "giay_chung_sinh"
    assert services.store.query("SELECT COUNT(*) FROM applications")[0][0] == 0
    good = AttachmentInput("giay_chung_sinh", "application/pdf", PDF)
    record = services.submit(draft.id, consents=consents, attachments=[good])
    assert [a.size for a in services.store.attachments_of(record.id)] == [len(PDF)]
