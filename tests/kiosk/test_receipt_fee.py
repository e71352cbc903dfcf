"""The receipt's fee: amount and a VietQR a standard reader decodes from the printed page.

The page is rasterised as a printer would (poppler's ``pdftoppm``), the QR read back
with zxing-cpp (a standard reader nobody here wrote), and the payload checked by
:func:`kiosk.payments.parse_vietqr` (CRC and every field).
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from forms import load_catalog
from kiosk.config import KioskConfig, PaymentSection
from kiosk.payments import parse_vietqr, payment_reference
from kiosk.receipts import ReceiptData, render_receipt_pdf, resident_facts
from kiosk.services import receipt_fields
from tests.kiosk.test_receipts import OFFICIAL_CODE, PROVISIONAL_CODE, make_receipt, pdf_text

ACCOUNT = {
    "payee_bank_bin": "970415",
    "payee_account": "113000006789",
    "payee_name": "UBND PHƯỜNG BA ĐÌNH",
}


def fee_receipt(**overrides: Any) -> ReceiptData:
    fields: dict[str, Any] = {
        "request": "Cấp bản sao trích lục hộ tịch",
        "procedure_code": "2.000635",
        "fee": "8.000 đồng/bản sao",
        "fee_confirmed": True,
        "fee_amount_vnd": 8000,
        **ACCOUNT,
    }
    fields.update(overrides)
    return make_receipt(**fields)


def page_qr_codes(pdf: bytes, tmp_path: Path) -> list[str]:
    """Every QR on the rendered pages (150 dpi, as a receipt printer would print)."""
    (tmp_path / "r.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(tmp_path / "r.pdf"), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    found = []
    for png in sorted(tmp_path.glob("page*.png")):
        with Image.open(png) as image:
            for barcode in zxingcpp.read_barcodes(image):
                assert barcode.format == zxingcpp.BarcodeFormat.QRCode
                found.append(barcode.text)
    return found


@pytest.mark.parametrize(("code", "official"), [(OFFICIAL_CODE, True), (PROVISIONAL_CODE, False)])
def test_fee_qr_decodes_from_the_page_to_a_valid_vietqr(
    tmp_path: Path, code: str, official: bool
) -> None:
    pdf = render_receipt_pdf(fee_receipt(application_code=code, code_is_official=official))
    codes = page_qr_codes(pdf, tmp_path)
    assert code in codes  # the lookup QR is still there
    payments = [c for c in codes if c.startswith("000201")]
    assert len(payments) == 1
    paid = parse_vietqr(payments[0])  # raises on a bad CRC or field
    assert (paid.bank_bin, paid.account, paid.amount) == ("970415", "113000006789", 8000)
    assert paid.service == "QRIBFTTA" and paid.dynamic is True
    assert paid.purpose == payment_reference(code)
    assert paid.merchant_name == "UBND PHUONG BA DINH"
    text = pdf_text(pdf)
    assert "8.000 đồng" in text
    assert payment_reference(code) in text
    assert "có thể nộp lệ phí sau bằng chính mã qr này" in text.lower()
    assert "quầy một cửa" in text
    if not official:
        assert "không cần nộp ngay" in text


def test_the_reference_keeps_letters_and_digits_of_the_code() -> None:
    assert payment_reference("000.00.01.H26-261204-010001") == "0000001H26261204010001"
    assert payment_reference(PROVISIONAL_CODE) == "K01000042609300007"


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"payee_bank_bin": "", "payee_account": "", "payee_name": ""}, "8.000 đồng nộp tại quầy"),
        ({"fee_confirmed": False}, "cán bộ sẽ cho biết số tiền"),
    ],
)
def test_without_an_account_or_a_confirmed_amount_the_fee_is_paid_at_the_counter(
    tmp_path: Path, overrides: dict[str, Any], expected: str
) -> None:
    data = fee_receipt(**overrides)
    assert data.fee_qr_payload() is None
    pdf = render_receipt_pdf(data)
    assert [c for c in page_qr_codes(pdf, tmp_path) if c.startswith("000201")] == []
    assert expected in pdf_text(pdf)
    assert expected in resident_facts(data).payment


def test_a_free_procedure_has_no_fee_block(tmp_path: Path) -> None:
    data = fee_receipt(fee_amount_vnd=0, fee="Miễn lệ phí")
    assert resident_facts(data).payment == ""
    assert "Nộp lệ phí" not in pdf_text(render_receipt_pdf(data))


def test_a_stored_receipt_reprints_the_qr_with_the_official_code() -> None:
    stored = fee_receipt().to_dict()
    again = ReceiptData.from_dict(stored, application_code=OFFICIAL_CODE, code_is_official=True)
    payload = again.fee_qr_payload()
    assert payload is not None
    assert parse_vietqr(payload).purpose == payment_reference(OFFICIAL_CODE)


def test_services_take_the_account_from_config_and_the_amount_from_the_definition() -> None:
    definition = load_catalog().get("2.000635")
    config = KioskConfig(
        payment=PaymentSection(
            bank_bin="970415", account_number="113000006789", account_name="UBND PHUONG BA DINH"
        )
    )
    now = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
    fields = receipt_fields(definition, {}, config, now, None)
    assert fields["fee_amount_vnd"] == 8000
    assert fields["payee_bank_bin"] == "970415"
    without = receipt_fields(definition, {}, KioskConfig(), now, None)
    assert without["payee_account"] == ""
