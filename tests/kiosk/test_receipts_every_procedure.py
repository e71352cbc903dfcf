"""Issue 13, item 3: every procedure and every sample answer set files and prints a right receipt.

For each bundled procedure, each sample answer set and both modes (self-service and
assisted), the sample is filed through the kiosk's services, the receipt data is
built, the PDF rendered and read back with pypdf. The filer, procedure, agency,
documents taken in and due date are checked against expectations computed here
from the definition and the answers, not from the code under test. The on-screen
receipt gets the same check in tests/ui/test_receipt_screen.py.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import forms
from kiosk.clock import FixedClock, time_zone
from kiosk.receipts import SELF_SERVICE_NOTE, format_vn_datetime, render_receipt_pdf
from kiosk.services import (
    SAMPLE_STAFF_NAME,
    KioskServices,
    SampleFiling,
    file_sample,
    load_kiosk_catalog,
    open_context,
)

HANOI = time_zone()
# A Tuesday morning with no public holiday in the following weeks.
RECEIVED = datetime(2025, 9, 16, 9, 30, tzinfo=HANOI)
POLICE = {"1.004222", "1.004194"}
CASES = [
    (code, name, assisted)
    for code, sets in sorted(forms.SAMPLE_SETS.items())
    for name in sets
    for assisted in (False, True)
]


@pytest.fixture
def services(data_dir: Path) -> Iterator[KioskServices]:
    context = open_context(data_dir, clock=FixedClock(RECEIVED))
    store = context.open_store()
    yield KioskServices(store, context.config, load_kiosk_catalog(store))
    store.close()


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def expected_filer(definition: Any, answers: dict[str, Any]) -> str:
    """The filer's name(s) as the definition's ``filer`` people gave them, normalised."""
    fields = definition.all_fields()
    names = []
    for person in definition.filer:
        field = fields[f"{person}_full_name"]
        names.append(forms.normalize_value(field, answers[field.id]))
    return " và ".join(names)


def expected_agency(code: str) -> str:
    return ("Công an" if code in POLICE else "Ủy ban nhân dân") + " phường Ba Đình"


def expected_due(days: int) -> datetime:
    """``days`` working days after RECEIVED at 17:00 (0: the same day, received before 15:00)."""
    day = RECEIVED
    while days:
        day += timedelta(days=1)
        days -= day.weekday() < 5
    return day.replace(hour=17, minute=0)


def expected_documents(
    definition: Any, answers: dict[str, Any], assisted: bool
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(files per document, papers per document) the sample hands in."""
    files: dict[str, int] = {}
    for field in definition.all_fields().values():
        if field.attachment is not None and answers.get(field.id):
            files[field.attachment.kind] = files.get(field.attachment.kind, 0) + 1
    papers = (
        {d.kind: 1 for d in definition.required_documents if d.required and d.kind not in files}
        if assisted
        else {}
    )
    by_kind = {d.kind: d.name for d in definition.required_documents}
    order = [d.kind for d in definition.required_documents]
    return (
        [(by_kind[k], files[k]) for k in order if k in files],
        [(by_kind[k], papers[k]) for k in order if k in papers],
    )


def check_filing(filed: SampleFiling, code: str, answers: dict[str, Any], assisted: bool) -> str:
    """Check the receipt data and its PDF; return the PDF's text."""
    definition = forms.load_catalog().get(code)
    receipt = filed.receipt
    filer = expected_filer(definition, answers)
    files, papers = expected_documents(definition, answers, assisted)
    due = expected_due(definition.processing_time.processing_days)

    assert receipt.filer_name == filer
    assert receipt.request == definition.name and receipt.procedure_code == code
    assert receipt.agency_name == expected_agency(code)
    assert list(receipt.documents) == files
    assert list(receipt.papers) == papers
    assert receipt.due_at == due
    assert receipt.staff_name == (SAMPLE_STAFF_NAME if assisted else None)
    assert not receipt.code_is_official

    text = pdf_text(render_receipt_pdf(receipt))
    assert expected_agency(code).upper() in text
    assert f"Ông/Bà: {filer}" in text
    assert f"{definition.name} (mã thủ tục {code})" in text
    assert f"Thời gian hẹn trả kết quả: {format_vn_datetime(due)}" in text
    for name, _ in files + papers:
        assert name in text
    # Never a required document nobody handed in.
    taken = {name for name, _ in files + papers}
    for doc in definition.required_documents:
        if doc.name not in taken:
            assert doc.name not in text, doc.name
    if not files and not papers:
        assert "Không có giấy tờ kèm theo" in text
    if assisted:
        assert SAMPLE_STAFF_NAME in text and SELF_SERVICE_NOTE not in text
    else:
        assert SELF_SERVICE_NOTE in text
    if definition.unverified("fee"):
        assert "chờ xác nhận" in text
    return text


@pytest.mark.parametrize(("code", "name", "assisted"), CASES)
def test_sample_files_and_prints_a_correct_receipt(
    services: KioskServices, code: str, name: str, assisted: bool
) -> None:
    answers = forms.sample_answers(code, name)
    filed = file_sample(services, code, answers, assisted=assisted)
    check_filing(filed, code, answers, assisted)
    declaration = filed.declaration
    assert declaration["kinh_gui"] == expected_agency(code)
    assert set(declaration["fields"]) <= set(forms.load_catalog().get(code).all_fields())
    assert all(entry["label"] and entry["cite"] for entry in declaration["fields"].values())


def test_birth_declaration_writes_the_date_of_birth_in_words(services: KioskServices) -> None:
    filed = file_sample(services, "1.001193", forms.sample_answers("1.001193"))
    entry = filed.declaration["fields"]["child_dob"]
    assert entry["value"] == "2025-08-05"
    assert entry["in_words"] == "Ngày mồng năm tháng tám năm hai nghìn không trăm hai mươi lăm"


def test_english_consent_records_the_english_text(services: KioskServices) -> None:
    filed = file_sample(services, "1.000656", forms.sample_answers("1.000656"), language="en")
    definition = services.definition("1.000656")
    rows = services.store.consents_of(filed.record.id)
    from kiosk.store import consent_text_hash

    wanted = {c.id: consent_text_hash(c.text_en) for c in definition.consents}
    assert {r["purpose"]: r["text_sha256"] for r in rows} == wanted
    assert {r["language"] for r in rows} == {"en"}


# -- property-based: the definition's own field types ------------------------------------

_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
_word = st.text(alphabet=_LETTERS, min_size=1, max_size=7)
_name = st.lists(_word, min_size=2, max_size=4).map(" ".join)
_free_text = st.text(
    alphabet=st.characters(
        whitelist_categories=("L", "N", "Zs"), whitelist_characters="<>&'\",.-/()"
    ),
    min_size=1,
    max_size=60,
).filter(lambda t: forms.normalize(t) != "")
_phone = st.from_regex(r"0[35789][0-9]{8}", fullmatch=True)


@st.composite
def varied_answers(draw: st.DrawFn, code: str) -> dict[str, Any]:
    """A sample answer set with its names, free text and phones drawn by field type."""
    definition = forms.load_catalog().get(code)
    answers = forms.sample_answers(code)
    for field in definition.all_fields().values():
        if field.id not in answers or field.id.startswith(("commitment",)):
            continue
        if field.type is forms.FieldType.PERSON_NAME:
            answers[field.id] = draw(_name)
        elif field.type is forms.FieldType.TEXT and field.id.endswith(
            ("_place", "_hometown", "_issuer", "_detail", "_number")
        ):
            answers[field.id] = draw(_free_text)[: field.max_length or 60]
        elif field.type is forms.FieldType.PHONE:
            answers[field.id] = draw(_phone)
    return answers


@pytest.mark.parametrize("code", sorted(forms.SAMPLE_SETS))
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_answers_of_the_right_types_print_their_filer(
    services: KioskServices, code: str, data: st.DataObject
) -> None:
    answers = data.draw(varied_answers(code))
    definition = services.definition(code)
    problems = forms.validate_answers(definition, answers, today=RECEIVED.date())
    if problems:  # e.g. an ID number no longer matching a drawn name: not this test's subject
        return
    for assisted in (False, True):
        filed = file_sample(services, code, answers, assisted=assisted)
        check_filing(filed, code, answers, assisted)
