"""What a resident needs to know next, in plain Vietnamese: one source for paper and screen.

The printed receipt and the on-screen receipt both show these lines, so the
resident reads the same code, due date, place, fee and next steps on each.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.receipts._data import ReceiptData, format_vn_datetime

__all__ = [
    "FEE_UNCONFIRMED",
    "NO_DUE",
    "PAID",
    "ResidentFacts",
    "resident_facts",
]

PAID = "Đã thanh toán"
"""What the receipt and the lookup say once the portal reported the fee paid."""
NO_DUE = "Sẽ báo khi hồ sơ được tiếp nhận chính thức"
FEE_UNCONFIRMED = (
    "Mức lệ phí này đang chờ xác nhận; cơ quan giải quyết sẽ thông báo mức chính thức."
)


@dataclass(frozen=True)
class ResidentFacts:
    """The facts a resident acts on, each already worded for them."""

    code: str
    code_is_official: bool
    filer: str
    request: str
    agency: str
    documents: tuple[str, ...]
    due: str
    result_place: str
    fee: str
    next_steps: tuple[str, ...]
    payment: str = ""
    """How to pay the fee (VietQR, later, or at the counter); empty when there is none."""


def resident_facts(data: ReceiptData) -> ResidentFacts:
    """Code, due date and time, where and how to collect, fee, and what happens next."""
    due = format_vn_datetime(data.due_at) if data.due_at is not None else NO_DUE
    fee = data.fee or "Không có thông tin lệ phí; hỏi cán bộ một cửa."
    if data.fee and not data.fee_confirmed:
        fee = f"{data.fee} ({FEE_UNCONFIRMED})"
    steps: list[str] = []
    if not data.code_is_official:
        steps.append(
            "Hồ sơ được gửi lên Cổng dịch vụ công khi kiosk có mạng; khi đó hồ sơ mới được "
            "tiếp nhận chính thức và có mã hồ sơ chính thức."
        )
    steps.append(
        f"{data.agency_name} xem xét hồ sơ; nếu cần bổ sung, bạn sẽ được báo qua tin nhắn "
        "hoặc điện thoại."
    )
    if data.level == "toan_trinh":
        steps.append(
            "Kết quả điện tử được trả trên Cổng dịch vụ công và ứng dụng VNeID; bản giấy nhận "
            "tại nơi nhận kết quả."
        )
    else:
        steps.append("Đến nơi nhận kết quả đúng hẹn, mang theo giấy này và giấy tờ tùy thân.")
    else_line = "Khi nhận bản giấy, mang theo giấy này và giấy tờ tùy thân."
    if data.level == "toan_trinh":
        steps.append(else_line)
    documents = tuple(
        f"{name}: "
        + ", ".join(
            part
            for part in (
                f"{files:02d} tệp đính kèm" if files else "",
                f"{papers:02d} bản giấy" if papers else "",
            )
            if part
        )
        for name, files, papers in data.received_documents()
    ) or ("Không có giấy tờ kèm theo",)
    return ResidentFacts(
        code=data.application_code,
        code_is_official=data.code_is_official,
        filer=data.filer_name,
        request=f"{data.request} (mã thủ tục {data.procedure_code})",
        agency=data.agency_name,
        documents=documents,
        due=due,
        result_place=data.result_place,
        fee=fee,
        next_steps=tuple(steps),
        payment=payment_note(data),
    )


def vnd(amount: int) -> str:
    """An amount as Vietnamese receipts write it: "20.000 đồng"."""
    return f"{amount:,}".replace(",", ".") + " đồng"


def payment_note(data: ReceiptData, qr: bool | None = None) -> str:
    """How the resident pays this receipt's fee, in one or two plain sentences ("" if free).

    ``qr`` says whether the receipt carries a VietQR (default: whether it can).
    """
    if data.paid and data.paid_at is not None:
        return (
            f"{PAID}: {vnd(data.paid_amount_vnd)}, lúc {format_vn_datetime(data.paid_at)}. "
            "Không cần nộp lại."
        )
    if data.fee_amount_vnd <= 0:
        return ""
    if not (data.fee_payable_by_qr if qr is None else qr):
        if not data.fee_confirmed:
            return "Lệ phí nộp tại quầy một cửa; cán bộ sẽ cho biết số tiền chính xác."
        return f"Lệ phí {vnd(data.fee_amount_vnd)} nộp tại quầy một cửa."
    later = "Có thể nộp lệ phí sau bằng chính mã QR này, hoặc nộp tại quầy một cửa."
    if not data.code_is_official:
        later = (
            "Hồ sơ chưa được gửi lên Cổng dịch vụ công (mã tạm thời): không cần nộp ngay; "
            "có thể nộp lệ phí sau bằng chính mã QR này, hoặc nộp tại quầy một cửa."
        )
    return (
        f"Nộp lệ phí {vnd(data.fee_amount_vnd)} bằng VietQR: quét mã bằng ứng dụng ngân hàng, "
        f"kiểm tra người nhận {data.payee_name} và số tiền trước khi xác nhận. {later}"
    )
