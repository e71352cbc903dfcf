"""Receipt PDF: Vietnamese text survives, the QR decodes to the code, the provisional note."""

from __future__ import annotations

import dataclasses
import io
import re
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast

import pypdf
import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf.generic import DictionaryObject

from kiosk.receipts import (
    PROVISIONAL_NOTE,
    SELF_SERVICE_NOTE,
    TITLE,
    ReceiptData,
    format_vn_datetime,
    qr_png,
    register_fonts,
    render_receipt_pdf,
    write_receipt_pdf,
)

PROVISIONAL_CODE = "K01-00004-260930-0007"
OFFICIAL_CODE = "000.00.01.H26-260930-0012"


def make_receipt(**overrides: Any) -> ReceiptData:
    fields: dict[str, Any] = {
        "agency_name": "UBND phường Ba Đình",
        "one_stop_unit": "Bộ phận Một cửa",
        "application_code": PROVISIONAL_CODE,
        "code_is_official": False,
        "filer_name": "Nguyễn Thị Ánh Tuyết",
        "filer_address": "Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội",
        "filer_phone": "0912345678",
        "filer_email": "tuyet@example.vn",
        "request": "Đăng ký khai sinh",
        "procedure_code": "1.001193",
        "documents": [("Tờ khai đăng ký khai sinh", 1), ("Giấy chứng sinh", 1)],
        "processing_time": "Trong ngày làm việc",
        "received_at": datetime(2026, 9, 30, 1, 5, tzinfo=UTC),
        "due_at": datetime(2026, 9, 30, 16, 30),
        "result_place": "Bộ phận Một cửa, UBND phường Ba Đình",
        "staff_name": None,
        "level": "toan_trinh",
        "lookup_url": None,
    }
    fields.update(overrides)
    return ReceiptData(**fields)


def pdf_text(pdf: bytes) -> str:
    """All pages' text, NFC, with white space collapsed (wrapped lines become one line)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def decode_qr_codes(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        for image in page.images:
            for barcode in zxingcpp.read_barcodes(image.image):
                assert barcode.format == zxingcpp.BarcodeFormat.QRCode
                found.append(barcode.text)
    return found


@pytest.mark.parametrize(
    ("filer", "staff"),
    [
        ("Nguyễn Thị Ánh Tuyết", "Đặng Quỳnh Hoà"),
        ("Đặng Quỳnh Hoà", "Trương Thị Mỹ Ngọc"),
        ("Phạm Ưng Ửng Đức Hiếu", "Lê Thuỷ Tiên"),
    ],
)
def test_names_come_back_from_the_pdf_with_every_diacritic(filer: str, staff: str) -> None:
    pdf = render_receipt_pdf(make_receipt(filer_name=filer, staff_name=staff))
    text = pdf_text(pdf)
    assert filer in text
    assert staff in text
    assert PROVISIONAL_CODE in text
    assert TITLE in text
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình" in text


def test_decomposed_input_is_printed_as_the_same_name() -> None:
    nfd_name = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")
    data = make_receipt(filer_name=nfd_name)
    assert data.filer_name == "Nguyễn Thị Ánh Tuyết"  # NFC on creation
    assert "Nguyễn Thị Ánh Tuyết" in pdf_text(render_receipt_pdf(data))


def test_only_the_bundled_font_is_used_never_a_builtin() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_receipt_pdf(make_receipt())))
    page_resources = cast(DictionaryObject, reader.pages[0]["/Resources"])
    fonts = cast(DictionaryObject, page_resources["/Font"])
    base_fonts = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert base_fonts
    assert all("DejaVuSans" in name for name in base_fonts), base_fonts


@pytest.mark.parametrize("code", [PROVISIONAL_CODE, OFFICIAL_CODE])
def test_qr_in_the_pdf_decodes_to_the_application_code(code: str) -> None:
    official = code == OFFICIAL_CODE
    pdf = render_receipt_pdf(make_receipt(application_code=code, code_is_official=official))
    assert decode_qr_codes(pdf) == [code]


def test_provisional_receipt_carries_the_boxed_note() -> None:
    text = pdf_text(render_receipt_pdf(make_receipt()))
    assert PROVISIONAL_NOTE in text
    assert "Mã hồ sơ (tạm thời):" in text


def test_official_receipt_has_no_provisional_note() -> None:
    provisional = make_receipt()
    official = provisional.with_official_code(OFFICIAL_CODE)
    text = pdf_text(render_receipt_pdf(official))
    assert OFFICIAL_CODE in text
    assert PROVISIONAL_CODE not in text
    assert "Mã hồ sơ tạm thời" not in text
    assert "tạm thời" not in text
    assert "chưa được tiếp nhận chính thức" not in text


def test_missing_optional_fields_render() -> None:
    data = make_receipt(
        filer_email=None, due_at=None, staff_name=None, lookup_url=None, documents=[]
    )
    text = pdf_text(render_receipt_pdf(data))
    assert "Thư điện tử: Không có" in text
    assert "Thời gian hẹn trả kết quả: Sẽ báo khi hồ sơ được tiếp nhận chính thức" in text
    assert "Không có giấy tờ kèm theo" in text
    assert "Tra cứu trực tuyến" not in text


def test_blank_email_counts_as_missing() -> None:
    assert make_receipt(filer_email="  ").filer_email is None


def test_self_service_has_no_receiver_signature() -> None:
    text = pdf_text(render_receipt_pdf(make_receipt(staff_name=None)))
    assert SELF_SERVICE_NOTE in text
    assert text.count("(Ký và ghi rõ họ tên)") == 1  # the filer's block only


def test_assisted_mode_names_the_receiver() -> None:
    text = pdf_text(render_receipt_pdf(make_receipt(staff_name="Đặng Quỳnh Hoà")))
    assert SELF_SERVICE_NOTE not in text
    assert (
        "NGƯỜI TIẾP NHẬN HỒ SƠ UBND phường Ba Đình (Ký và ghi rõ họ tên) Đặng Quỳnh Hoà" in text
    )


def test_times_are_printed_in_hanoi_time() -> None:
    text = pdf_text(render_receipt_pdf(make_receipt()))
    # 01:05 UTC is 08:05 in Hanoi; the naive due time is already Hanoi time.
    assert "Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 30/09/2026" in text
    assert "Thời gian hẹn trả kết quả: 16 giờ 30 phút, ngày 30/09/2026" in text
    assert "Hà Nội, ngày 30 tháng 09 năm 2026" in text


def test_format_vn_datetime_converts_to_utc_plus_7() -> None:
    late_utc = datetime(2026, 12, 31, 18, 0, tzinfo=UTC)
    assert format_vn_datetime(late_utc) == "01 giờ 00 phút, ngày 01/01/2027"
    other_zone = datetime(2026, 3, 1, 9, 7, tzinfo=timezone(timedelta(hours=-5)))
    assert format_vn_datetime(other_zone) == "21 giờ 07 phút, ngày 01/03/2026"
    assert format_vn_datetime(datetime(2026, 3, 1, 9, 7)) == "09 giờ 07 phút, ngày 01/03/2026"


def test_documents_and_their_count_are_listed() -> None:
    docs = [("Tờ khai đăng ký khai sinh", 1), ("Bản sao giấy chứng nhận kết hôn", 2)]
    data = make_receipt(documents=docs)
    assert data.document_count == 3
    text = pdf_text(render_receipt_pdf(data))
    assert "1 Tờ khai đăng ký khai sinh 01 -" in text
    assert "2 Bản sao giấy chứng nhận kết hôn 02 -" in text
    assert "Số lượng giấy tờ: 03 tệp đính kèm, 00 bản giấy (02 loại giấy tờ)" in text


def test_files_and_papers_of_one_document_share_a_row() -> None:
    data = make_receipt(
        documents=[("Giấy chứng sinh", 1)],
        papers=[("Giấy chứng sinh", 1), ("Văn bản ủy quyền", 2)],
    )
    assert data.document_count == 4
    assert data.received_documents() == [("Giấy chứng sinh", 1, 1), ("Văn bản ủy quyền", 0, 2)]
    text = pdf_text(render_receipt_pdf(data))
    assert "1 Giấy chứng sinh 01 01" in text
    assert "2 Văn bản ủy quyền - 02" in text
    assert "01 tệp đính kèm, 03 bản giấy (02 loại giấy tờ)" in text


def test_an_unconfirmed_fee_is_never_printed_as_certain() -> None:
    sure = pdf_text(render_receipt_pdf(make_receipt(fee="Miễn lệ phí", fee_confirmed=True)))
    assert "Lệ phí: Miễn lệ phí" in sure and "chờ xác nhận" not in sure
    unsure = pdf_text(render_receipt_pdf(make_receipt(fee="10.000 đồng", fee_confirmed=False)))
    assert "Lệ phí: 10.000 đồng (Mức lệ phí này đang chờ xác nhận" in unsure


def test_long_document_list_flows_onto_more_pages() -> None:
    docs = [(f"Giấy tờ số {i} kèm theo hồ sơ", 1) for i in range(1, 41)]
    pdf = render_receipt_pdf(make_receipt(documents=docs))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    text = pdf_text(pdf)
    assert all(f"Giấy tờ số {i} kèm theo" in text for i in range(1, 41))
    assert "Trang 2" in text
    assert decode_qr_codes(pdf) == [PROVISIONAL_CODE]


def test_markup_characters_in_resident_text_are_printed_literally() -> None:
    data = make_receipt(filer_name="Lê <b>Văn</b> & Tí", filer_address="Ngõ 5 <ngách 2>")
    text = pdf_text(render_receipt_pdf(data))
    assert "Lê <b>Văn</b> & Tí" in text
    assert "Ngõ 5 <ngách 2>" in text


def test_lookup_url_is_printed_when_given() -> None:
    url = "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html"
    text = pdf_text(render_receipt_pdf(make_receipt(lookup_url=url)))
    assert url in text


def test_personal_data_stays_out_of_pdf_metadata() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_receipt_pdf(make_receipt())))
    meta = reader.metadata
    assert meta is not None
    assert PROVISIONAL_CODE in str(meta.title)
    assert all("Tuyết" not in str(value) for value in meta.values())


def test_rendering_is_deterministic() -> None:
    data = make_receipt()
    assert render_receipt_pdf(data) == render_receipt_pdf(data)


def test_write_receipt_pdf_writes_a_complete_file(tmp_path: Path) -> None:
    target = tmp_path / "receipt.pdf"
    assert write_receipt_pdf(make_receipt(), target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Nguyễn Thị Ánh Tuyết" in pdf_text(target.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["receipt.pdf"]


def test_qr_png_decodes_back() -> None:
    png = qr_png("000.00.01.H26-260930-0012", box_size=6)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert [b.text for b in zxingcpp.read_barcodes(image)] == ["000.00.01.H26-260930-0012"]


def test_qr_png_rejects_empty_text() -> None:
    with pytest.raises(ValueError):
        qr_png("")


def test_dict_round_trip_keeps_every_field() -> None:
    data = make_receipt(staff_name="Đặng Quỳnh Hoà", lookup_url="https://example.vn/x")
    assert ReceiptData.from_dict(data.to_dict()) == data


def test_from_dict_accepts_the_services_shape_with_overrides() -> None:
    stored = make_receipt().to_dict()
    del stored["application_code"], stored["code_is_official"], stored["due_at"]
    stored["processing_days"] = 0  # extra bookkeeping the services keep
    stored["filer_email"] = ""
    data = ReceiptData.from_dict(stored, application_code=OFFICIAL_CODE, code_is_official=True)
    assert data.application_code == OFFICIAL_CODE
    assert data.code_is_official
    assert data.due_at is None
    assert data.filer_email is None


@pytest.mark.parametrize(
    "overrides",
    [
        {"level": "nhanh"},
        {"documents": [("Tờ khai", 0)]},
        {"documents": [("  ", 1)]},
        {"application_code": " "},
        {"filer_name": ""},
        {"due_at": datetime(2026, 9, 29, 8, 0)},
    ],
)
def test_invalid_receipts_are_refused(overrides: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        make_receipt(**overrides)


def test_receipt_is_immutable() -> None:
    data = make_receipt()
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.filer_name = "x"  # type: ignore[misc]


def test_font_registration_is_safe_from_many_threads() -> None:
    barrier = threading.Barrier(8)

    def register() -> tuple[str, str]:
        barrier.wait()
        return register_fonts()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: register(), range(8)))
    assert len(set(results)) == 1


def test_concurrent_renders_each_carry_their_own_resident() -> None:
    names = ["Nguyễn Thị Ánh Tuyết", "Đặng Quỳnh Hoà", "Lê Thuỷ Tiên", "Trương Mỹ Ngọc"]
    receipts = [
        make_receipt(filer_name=name, application_code=f"K01-00004-260930-{i:04d}")
        for i, name in enumerate(names)
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        pdfs = list(pool.map(render_receipt_pdf, receipts * 3))
    for data, pdf in zip(receipts * 3, pdfs, strict=True):
        text = pdf_text(pdf)
        assert data.filer_name in text
        assert data.application_code in text
        assert decode_qr_codes(pdf) == [data.application_code]


_VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
_word = st.text(alphabet=_VI_LETTERS, min_size=1, max_size=7).map(str.capitalize)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_word, min_size=2, max_size=4))
def test_any_vietnamese_name_survives_the_round_trip(words: list[str]) -> None:
    name = " ".join(words)
    text = pdf_text(render_receipt_pdf(make_receipt(filer_name=name)))
    assert f"Ông/Bà: {name}" in text
