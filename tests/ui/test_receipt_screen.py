"""The on-screen receipt says what the printed one says, for every procedure and sample set.

Each sample is filed through the kiosk's services (both modes); the receipt screen
then shows it. Filer, procedure, agency, documents taken in, due date and time,
where to collect and the fee must be on screen exactly as the PDF prints them.
The staff paper checklist on the review page is tested here too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import forms
from kiosk.receipts import format_vn_datetime, render_receipt_pdf, resident_facts
from kiosk.services import KioskServices, file_sample
from tests.kiosk.test_receipts_every_procedure import (
    CASES,
    check_filing,
    expected_agency,
    expected_due,
    expected_filer,
    pdf_text,
)
from tests.kiosk.test_receipts_every_procedure import services as services
from ui._session import Session
from ui.screens import ReceiptScreen, ReviewScreen


@pytest.fixture
def screen(qtbot: Any) -> Iterator[ReceiptScreen]:
    widget = ReceiptScreen()
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    yield widget


@pytest.mark.parametrize(("code", "name", "assisted"), CASES)
def test_screen_and_paper_show_the_same_receipt(
    services: KioskServices, screen: ReceiptScreen, code: str, name: str, assisted: bool
) -> None:
    answers = forms.sample_answers(code, name)
    filed = file_sample(services, code, answers, assisted=assisted)
    printed = check_filing(filed, code, answers, assisted)
    definition = services.definition(code)
    screen.show_application(filed.record, procedure_name=definition.name, receipt=filed.receipt)

    shown = screen.facts_text()
    due = format_vn_datetime(expected_due(definition.processing_time.processing_days))
    assert screen.code.text() == filed.record.code and filed.record.code in printed
    assert expected_filer(definition, answers) in shown
    assert f"{definition.name} (mã thủ tục {code})" in shown
    assert expected_agency(code) in shown
    assert f"Hẹn trả kết quả: {due}" in shown and due in printed
    facts = resident_facts(filed.receipt)
    assert f"Nơi nhận kết quả: {facts.result_place}" in shown
    assert facts.result_place in printed
    assert f"Lệ phí: {facts.fee}" in shown
    for doc_name, _ in [*filed.receipt.documents, *filed.receipt.papers]:
        assert doc_name in shown and doc_name in printed
    if not filed.receipt.documents and not filed.receipt.papers:
        assert "Không có giấy tờ kèm theo" in shown
    if definition.unverified("fee"):
        assert "chờ xác nhận" in shown
    for step in facts.next_steps:
        assert step in shown
        assert step.split(";")[0] in pdf_text(render_receipt_pdf(filed.receipt))


def test_a_cleared_screen_shows_no_facts(services: KioskServices, screen: ReceiptScreen) -> None:
    filed = file_sample(services, "1.001193", forms.sample_answers("1.001193"))
    screen.show_application(filed.record, receipt=filed.receipt)
    assert screen.facts_text()
    screen.clear()
    assert screen.facts_text() == "" and screen.filer.text() == ""


def _review(qtbot: Any, mode: str, code: str) -> tuple[ReviewScreen, Session]:
    session = Session(mode=mode)
    session.definition = forms.load_catalog().get(code)
    session.answers = forms.normalize_answers(session.definition, forms.sample_answers(code))
    review = ReviewScreen(session)
    qtbot.addWidget(review)
    review.refresh()
    return review, session


def test_staff_count_papers_on_the_review_page(qtbot: Any) -> None:
    review, session = _review(qtbot, "assisted", "2.000815")
    counts = review.paper_counts
    definition = session.definition
    assert list(counts) == [d.kind for d in definition.required_documents]
    counts["ban_chinh"].setValue(2)
    counts["ban_chup"].setValue(5)
    assert session.papers == {"ban_chinh": 2, "ban_chup": 5}
    counts["ban_chup"].setValue(0)
    assert session.papers == {"ban_chinh": 2}
    session.wipe()
    assert session.papers == {}


def test_no_paper_checklist_at_a_self_service_kiosk(qtbot: Any) -> None:
    from PySide6.QtWidgets import QSpinBox

    review, _ = _review(qtbot, "self", "2.000815")
    assert review.findChildren(QSpinBox) == []


def test_papers_reach_the_receipt_as_counts(services: KioskServices, tmp_path: Path) -> None:
    from kiosk.services import PaperDocument
    from kiosk.store import ConsentInput

    definition = services.definition("2.000815")
    draft = services.start_draft("2.000815", mode="assisted", staff_id="s1")
    services.save_answers(draft.id, forms.sample_answers("2.000815"), {})
    record = services.submit(
        draft.id,
        consents=[ConsentInput(c.id, c.version, c.text, True) for c in definition.consents],
        staff_name="Đặng Quỳnh Hoà",
        papers=[PaperDocument("ban_chinh", 2), PaperDocument("ban_chup", 5)],
    )
    receipt = services.receipt_data(record.id)
    assert list(receipt.papers) == [
        (definition.document("ban_chinh").name, 2),
        (definition.document("ban_chup").name, 5),
    ]
    assert list(receipt.documents) == []
    text = pdf_text(render_receipt_pdf(receipt))
    assert "00 tệp đính kèm, 07 bản giấy (02 loại giấy tờ)" in text


def test_staff_console_lists_the_unverified_facts(qtbot: Any, services: KioskServices) -> None:
    from kiosk.services import unverified_facts
    from ui.staff._dashboard import Dashboard

    facts = unverified_facts(services)
    assert any(f.procedure_code == "1.004222" and f.what == "fee" for f in facts)

    class _Tasks:
        def run_db(self, work: Any, done: Any, failed: Any) -> None:
            if work is unverified_facts:  # the figures' own call is another test's subject
                done(work(services))

    dashboard = Dashboard(_Tasks())
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    text = dashboard.unverified.text()
    assert "verify" in text and "1.004222" in text and "77/2025" in text


def test_the_screen_shows_the_fee_vietqr_and_how_to_pay(
    services: KioskServices, screen: ReceiptScreen, qtbot: Any
) -> None:
    import io

    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    from kiosk.payments import parse_vietqr
    from tests.kiosk.test_receipt_fee import fee_receipt

    filed = file_sample(services, "1.001193", forms.sample_answers("1.001193"))
    receipt = fee_receipt(application_code=filed.record.code)
    screen.show_application(filed.record, receipt=receipt)
    assert resident_facts(receipt).payment in screen.facts_text()
    assert screen.fee_qr.isVisibleTo(screen)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    screen.fee_qr.pixmap().save(buffer, "PNG")
    with Image.open(io.BytesIO(bytes(buffer.data()))) as image:
        (decoded,) = zxingcpp.read_barcodes(image)
    assert parse_vietqr(decoded.text).amount == 8000
    screen.clear()
    assert not screen.fee_qr.isVisibleTo(screen)
