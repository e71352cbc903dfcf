"""The receipt screen's facts card in English is English; in Vietnamese it reads as the paper.

The facts are data (:func:`kiosk.receipts.receipt_facts`); the printed receipt words them in
Vietnamese (:func:`kiosk.receipts.resident_facts`), the screen through the .ts translations.
Each sample application is filed through the kiosk's services, then shown in both languages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import forms
import resources
from kiosk.receipts import ReceiptData, resident_facts
from kiosk.services import KioskServices, file_sample
from tests.kiosk.test_receipt_fee import fee_receipt as fee_receipt_of
from tests.kiosk.test_receipts_every_procedure import CASES, expected_due
from tests.kiosk.test_receipts_every_procedure import services as services
from ui import Translators
from ui._app import translators_of
from ui.screens import ReceiptScreen

# Letters only Vietnamese uses (as tests/ui/test_english.py).
_VIETNAMESE = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def english_moment(local: datetime) -> str:
    """How an English reader expects a date and time: "Friday 11 December 2026, 14:00"."""
    day = f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year}"
    return f"{day}, {local:%H:%M}"


@pytest.fixture
def translators(tmp_path: Path) -> Iterator[Translators]:
    """The kiosk's translators with kiosk_en.qm built from the .ts source (as the Makefile)."""
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    source = resources.path("translations", "kiosk_en.ts")
    subprocess.run(
        [lrelease, str(source), "-qm", str(tmp_path / "kiosk_en.qm")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    app = QApplication.instance()
    assert app is not None
    translators_of(app).use("vi")  # an earlier test's window may have left English installed
    found = Translators(app, tmp_path)
    yield found
    found.use("vi")


@pytest.fixture
def screen(qtbot: Any) -> ReceiptScreen:
    widget = ReceiptScreen()
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    return widget


def printed_words(receipt: ReceiptData) -> str:
    """The facts card's text in Vietnamese, composed from the printed receipt's own words."""
    f = resident_facts(receipt)
    fee = f"Lệ phí: {f.fee}" + (f"\n{f.payment}" if f.payment else "")
    return "\n".join(
        (
            f"Người nộp: {f.filer} — {f.request} — Cơ quan giải quyết: {f.agency}",
            "Giấy tờ đã nhận:\n" + "\n".join(f"• {d}" for d in f.documents),
            f"Hẹn trả kết quả: {f.due}",
            f"Nơi nhận kết quả: {f.result_place}",
            fee,
            "Các bước tiếp theo:\n" + "\n".join(f"• {s}" for s in f.next_steps),
        )
    )


def without_data(text: str, receipt: ReceiptData) -> str:
    """``text`` less the names that are Vietnamese by nature (people, agencies, places)."""
    names = (receipt.filer_name, receipt.agency_name, receipt.result_place, receipt.payee_name)
    for name in sorted(names, key=len, reverse=True):  # a place may hold the agency's name
        if name:
            text = text.replace(name, "")
    return text


def fee_receipts() -> list[ReceiptData]:
    """A fee paid by VietQR (provisional and official), at the counter, and already paid."""

    def fee_receipt(**overrides: Any) -> ReceiptData:  # this procedure's papers: none
        return fee_receipt_of(documents=(), **overrides)

    return [
        fee_receipt(),
        fee_receipt(code_is_official=True, application_code="G22.99-260930-0001"),
        fee_receipt(payee_account="", payee_bank_bin=""),
        fee_receipt(fee_confirmed=False),
        fee_receipt(paid_amount_vnd=8000, paid_at=datetime(2026, 9, 30, 3, 15, tzinfo=UTC)),
    ]


@pytest.mark.parametrize(("code", "name", "assisted"), CASES)
def test_the_facts_card_in_english_is_english_and_in_vietnamese_as_printed(
    services: KioskServices,
    screen: ReceiptScreen,
    translators: Translators,
    code: str,
    name: str,
    assisted: bool,
) -> None:
    filed = file_sample(services, code, forms.sample_answers(code, name), assisted=assisted)
    definition = services.definition(code)
    receipt = filed.receipt

    screen.show_application(filed.record, receipt=receipt, definition=definition, lang="vi")
    assert screen.facts_text() == printed_words(receipt)

    assert translators.use("en")
    screen.show_application(filed.record, receipt=receipt, definition=definition, lang="en")
    shown = screen.facts_text()
    left = _VIETNAMESE.findall(without_data(shown, receipt))
    assert not left, f"Vietnamese in the English facts card: {left}\n{shown}"
    due = expected_due(definition.processing_time.processing_days)
    assert f"Result due: {english_moment(due)}" in shown
    place = receipt.result_place
    if definition.result_place_en:  # the procedure's own place, in its English words
        place = definition.result_place_en.replace("{commune}", "phường Ba Đình")
    assert f"Where to collect the result: {place}" in shown
    assert f"{definition.name_en} (procedure code {code})" in shown
    assert "What happens next:" in shown and "Fee: " in shown
    english_names = {d.name: d.name_en for d in definition.required_documents}
    for doc_name, _ in [*receipt.documents, *receipt.papers]:
        assert english_names.get(doc_name, doc_name) in shown


def test_fees_and_payments_in_both_languages(
    services: KioskServices, screen: ReceiptScreen, translators: Translators
) -> None:
    filed = file_sample(services, "2.000635", forms.sample_answers("2.000635"))
    definition = services.definition("2.000635")
    for receipt in fee_receipts():
        screen.show_application(filed.record, receipt=receipt, definition=definition, lang="vi")
        assert screen.facts_text() == printed_words(receipt)
    assert translators.use("en")
    said = []
    for receipt in fee_receipts():
        screen.show_application(filed.record, receipt=receipt, definition=definition, lang="en")
        shown = screen.facts_text()
        left = _VIETNAMESE.findall(without_data(shown, receipt))
        assert not left, f"Vietnamese in the English facts card: {left}\n{shown}"
        assert "8,000 VND" in shown and "đồng" not in shown
        said.append(shown)
    vietqr, official, counter, unconfirmed, paid = said
    assert "by VietQR" in vietqr and "provisional code" in vietqr
    assert "by VietQR" in official and "provisional code" not in official
    assert "Pay the fee of 8,000 VND at the one-stop counter." in counter
    assert "awaiting confirmation" in unconfirmed and "exact amount" in unconfirmed
    assert "Paid: 8,000 VND, on Wednesday 30 September 2026, 10:15." in paid
