"""What goes on the 80 mm slips: the receipt, the "result ready" notice, the printer test.

The receipt is the A4 receipt's data (:class:`ReceiptData`) shortened to what a
resident needs on a till roll: agency, title, code with its lookup QR, filer,
procedure, papers received, dates, where to collect, and the fee with its VietQR.
Address, phone and e-mail stay off the slip: it is easily left on the counter.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from kiosk.payments import VietQRError, payment_reference
from kiosk.receipts._data import LEVEL_LABELS, ReceiptData, format_vn_datetime
from kiosk.receipts._facts import payment_note, resident_facts, vnd
from kiosk.receipts._texts import PROVISIONAL_NOTE, SELF_SERVICE_NOTE, TITLE
from kiosk.receipts._thermal import DEFAULT_WIDTH_DOTS, SlipBuilder, ThermalSlip

__all__ = [
    "RESULT_READY",
    "TEST_PANGRAM",
    "ResultNotice",
    "thermal_receipt",
    "thermal_result_notice",
    "thermal_test_slip",
]

_log = logging.getLogger(__name__)

LOOKUP_QR_MM = 22
"""The lookup QR holds a short code (version 2-3): 22 mm scans at arm's length."""
FEE_QR_MM = 34
"""A VietQR (about 150 characters, version 7-8): the A4 receipt's size, for bank apps."""
RESULT_READY = "Kết quả đã sẵn sàng"
TEST_PANGRAM = (
    "Thằng bé Quýt ăn quả ổi, uống nước dừa, nghỉ ở hiên nhà bà Tư; "
    "chữ có dấu: à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị "
    "ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ Đ Ư Ơ Ă Â Ê Ô"
)
"""Every tone mark on every vowel, and the Vietnamese letters: what the test slip proves."""


def thermal_receipt(data: ReceiptData, width_dots: int = DEFAULT_WIDTH_DOTS) -> ThermalSlip:
    """The receipt shortened for an 80 mm roll (see the module docstring for what is left out)."""
    facts = resident_facts(data)
    b = SlipBuilder(width_dots)
    b.text(data.agency_name.upper(), "body", bold=True, align="center")
    b.text(data.one_stop_unit, "small", align="center")
    b.rule()
    # Broken where the title's two halves meet, not wherever the width runs out.
    b.text(TITLE.replace(" VÀ ", "\nVÀ ", 1), "large", bold=True, align="center")
    b.gap(6)
    b.text("Mã hồ sơ" if data.code_is_official else "Mã hồ sơ (tạm thời)", align="center")
    b.text(data.application_code, "code", bold=True, align="center")
    b.qr(data.application_code, LOOKUP_QR_MM, "Quét mã tại kiosk để tra cứu")
    if not data.code_is_official:
        b.gap(4).boxed(PROVISIONAL_NOTE, "small")
    b.rule()
    b.label("Người nộp", data.filer_name)
    b.label("Thủ tục", facts.request)
    b.label("Hình thức", LEVEL_LABELS[data.level].removeprefix("Dịch vụ công trực tuyến "))
    b.text("Giấy tờ đã nhận:", bold=True)
    b.bullets(facts.documents, "small")
    b.label("Nhận lúc", format_vn_datetime(data.received_at))
    b.label("Hẹn trả kết quả", facts.due)
    b.label("Nơi nhận kết quả", data.result_place or "Hỏi cán bộ một cửa")
    _fee(b, data, facts.fee)
    b.rule()
    if data.staff_name is not None:
        b.label("Cán bộ tiếp nhận", data.staff_name, "small")
    else:
        b.text(SELF_SERVICE_NOTE, "small")
    if data.lookup_url:
        b.label("Tra cứu trực tuyến", data.lookup_url, "small")
    b.text("Giữ giấy này; mang theo giấy này và giấy tờ tùy thân khi nhận kết quả.", "small")
    return b.build()


def _fee(b: SlipBuilder, data: ReceiptData, fee_text: str) -> None:
    """The fee line; with a VietQR and its transfer details when the fee can be paid so."""
    if data.fee_amount_vnd <= 0:
        b.label("Lệ phí", fee_text)
        return
    try:
        payload = data.fee_qr_payload()
    except VietQRError:  # a code that cannot be a transfer reference: the counter, never a bad QR
        _log.warning("no VietQR on the thermal receipt: the code is not a valid reference")
        payload = None
    note = payment_note(data, qr=payload is not None)
    if payload is None:
        b.label("Lệ phí", fee_text)
        b.text(note, "small")
        return
    b.rule(1)
    b.text(f"Lệ phí: {vnd(data.fee_amount_vnd)}", bold=True, align="center")
    b.qr(payload, FEE_QR_MM, "Quét bằng ứng dụng ngân hàng (VietQR) để nộp lệ phí")
    b.label("Người nhận", data.payee_name, "small")
    b.label("Số tài khoản", data.payee_account, "small")
    b.label("Nội dung", payment_reference(data.application_code), "small")
    b.text(note, "small")


@dataclass(frozen=True)
class ResultNotice:
    """The short "your result is ready" slip: which application, where and when to collect it.

    ``collect_hours`` says when the one-stop unit hands results out (its opening
    hours); ``electronic`` that the signed electronic result can also be taken at a
    kiosk (receipt QR and the applicant's ID card).
    """

    agency_name: str
    application_code: str
    procedure_name: str
    procedure_code: str
    result_place: str
    ready_at: datetime | None = None
    collect_hours: str = "Giờ hành chính các ngày làm việc"
    electronic: bool = True


def thermal_result_notice(
    notice: ResultNotice, width_dots: int = DEFAULT_WIDTH_DOTS
) -> ThermalSlip:
    """The "Kết quả đã sẵn sàng" notice: code, procedure, status, where and when to collect."""
    if not notice.application_code:
        raise ValueError("application_code must not be empty")
    b = SlipBuilder(width_dots)
    b.text(notice.agency_name.upper(), "body", bold=True, align="center")
    b.rule()
    b.text("PHIẾU BÁO KẾT QUẢ", "large", bold=True, align="center")
    b.text("Mã hồ sơ", align="center")
    b.text(notice.application_code, "code", bold=True, align="center")
    procedure = notice.procedure_name
    if notice.procedure_code:
        procedure += f" (mã thủ tục {notice.procedure_code})"
    b.gap(6).boxed(RESULT_READY.upper(), "large").gap(6)
    b.label("Thủ tục", procedure)
    if notice.ready_at is not None:
        b.label("Có kết quả lúc", format_vn_datetime(notice.ready_at))
    b.label("Nơi nhận", notice.result_place or "Bộ phận Một cửa")
    b.label("Thời gian nhận", notice.collect_hours)
    b.qr(notice.application_code, LOOKUP_QR_MM, "Quét mã tại kiosk để tra cứu")
    if notice.electronic:
        b.text(
            "Nhận bản điện tử tại kiosk: quét mã QR này rồi quét căn cước của người nộp hồ sơ.",
            "small",
        )
    b.text("Mang theo giấy biên nhận và giấy tờ tùy thân khi nhận bản giấy.", "small")
    return b.build()


def thermal_test_slip(
    kiosk_name: str,
    kiosk_id: str,
    now: datetime,
    printer: str,
    width_dots: int = DEFAULT_WIDTH_DOTS,
) -> ThermalSlip:
    """``kiosk doctor --print-test``: every tone mark, a QR, which kiosk and when, the width."""
    b = SlipBuilder(width_dots)
    b.text("IN THỬ MÁY IN BIÊN NHẬN", "large", bold=True, align="center")
    b.rule()
    b.text(TEST_PANGRAM)
    b.text("ĐẦY ĐỦ DẤU: Ả Ấ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ Ề Ế Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự", bold=True)
    b.rule(1)
    b.label("Kiosk", kiosk_name)
    b.label("Mã kiosk", kiosk_id)
    b.label("Thời gian", format_vn_datetime(now))
    b.label("Máy in", f"{printer}, {width_dots} điểm")
    b.qr(f"KIOSK-TEST {kiosk_id}", LOOKUP_QR_MM, "Mã QR thử: quét được là máy in tốt")
    # The frame spans the configured width: a missing right edge means width_dots is
    # wider than this printer prints (512-dot printers).
    b.text("Khung dưới đây phải in đủ bốn cạnh; thiếu cạnh phải thì giảm width_dots.", "small")
    b.boxed(f"Khổ in {width_dots} điểm ({width_dots // 8} mm)", "small")
    return b.build()
