"""Issue 20: a procedure with a definite fee prints the amount counted from the answers and its
VietQR; a standard reader (zxing-cpp) decodes the printed QR to a payload whose CRC and
fields check. Once the portal reports the fee paid, the receipt says "Đã thanh toán".
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import forms
from kiosk.config import KioskConfig, PaymentSection
from kiosk.payments import crc16_ccitt_false, parse_vietqr, payment_reference
from kiosk.receipts import PAID, ReceiptData, render_receipt_pdf, resident_facts
from kiosk.services import receipt_fields
from tests.kiosk.test_receipt_fee import page_qr_codes
from tests.kiosk.test_receipts import OFFICIAL_CODE, PROVISIONAL_CODE, pdf_text

CONFIG = KioskConfig(
    payment=PaymentSection(
        bank_bin="970415", account_number="113000006789", account_name="UBND PHƯỜNG BA ĐÌNH"
    )
)
NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)


EXTRACT = forms.SAMPLE_SETS["2.000635"]["trích lục khai sinh"]
CERTIFY = forms.SAMPLE_SETS["2.000815"]["hai loại giấy tờ"]


def _receipt(code: str, answers: dict, application_code: str = OFFICIAL_CODE) -> ReceiptData:
    definition = forms.load_catalog().get(code)
    sample = EXTRACT if code == "2.000635" else CERTIFY
    fields = receipt_fields(definition, {**sample, **answers}, CONFIG, NOW, None)
    return ReceiptData.from_dict(
        fields,
        application_code=application_code,
        code_is_official=application_code == OFFICIAL_CODE,
    )


@pytest.mark.parametrize(
    ("code", "answers", "amount", "words"),
    [
        ("2.000635", {}, 16000, "2 bản sao"),
        ("2.000635", {"copies_count": 5}, 40000, "5 bản sao"),
        # 1 page x 3 copies (3 x 2.000) + 12 pages x 2 copies (2 x 14.000)
        ("2.000815", {}, 34000, "27 trang"),
    ],
)
def test_the_printed_qr_pays_the_fee_counted_from_the_answers(
    tmp_path: Path, code: str, answers: dict, amount: int, words: str
) -> None:
    data = _receipt(code, answers)
    assert data.fee_confirmed and data.fee_amount_vnd == amount
    pdf = render_receipt_pdf(data)
    [payload] = [c for c in page_qr_codes(pdf, tmp_path) if c.startswith("000201")]
    # The CRC is recomputed here from the decoded text, then every field is read.
    assert payload[-8:-4] == "6304"
    assert int(payload[-4:], 16) == crc16_ccitt_false(payload[:-4].encode("ascii"))
    paid = parse_vietqr(payload)
    assert (paid.bank_bin, paid.account, paid.amount) == ("970415", "113000006789", amount)
    assert paid.purpose == payment_reference(OFFICIAL_CODE)
    text = pdf_text(pdf)
    assert f"{amount:,}".replace(",", ".") + " đồng" in text
    assert words in text


def test_offline_receipt_says_the_fee_can_be_paid_later_with_the_same_qr(tmp_path: Path) -> None:
    data = _receipt("2.000635", {"copies_count": 1}, PROVISIONAL_CODE)
    pdf = render_receipt_pdf(data)
    [payload] = [c for c in page_qr_codes(pdf, tmp_path) if c.startswith("000201")]
    assert parse_vietqr(payload).purpose == payment_reference(PROVISIONAL_CODE)
    note = resident_facts(data).payment
    assert "không cần nộp ngay" in note and "chính mã QR này" in note and "quầy một cửa" in note


def test_a_paid_receipt_says_so_and_carries_no_payment_qr(tmp_path: Path) -> None:
    data = ReceiptData.from_dict(
        _receipt("2.000635", {"copies_count": 2}).to_dict(),
        paid_amount_vnd=16000,
        paid_at="2026-12-04T03:15:00Z",
    )
    assert data.paid and data.fee_qr_payload() is None
    pdf = render_receipt_pdf(data)
    assert [c for c in page_qr_codes(pdf, tmp_path) if c.startswith("000201")] == []
    text = pdf_text(pdf)
    assert PAID in text and "16.000 đồng" in text and "10 giờ 15 phút, ngày 04/12/2026" in text
    assert PAID in resident_facts(data).payment
    again = ReceiptData.from_dict(data.to_dict())
    assert again.paid and again.paid_at == data.paid_at


def test_a_fee_that_cannot_be_counted_gives_no_qr() -> None:
    data = _receipt("2.000815", {"copy_items": [{"item_name": "X", "item_pages": "?"}]})
    assert data.fee_amount_vnd == 0 and data.fee_qr_payload() is None
