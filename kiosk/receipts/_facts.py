"""What a resident needs to know next: structured facts, worded in Vietnamese for the paper.

:func:`receipt_facts` gives the facts as data (kinds, local dates, places, amounts,
counts), so each reader words them in its own language: the printed receipt (PDF and
80 mm slip) through :func:`resident_facts` and :func:`payment_note`, always in
Vietnamese; the receipt screen through Qt's translations. Both read the same facts, so
the resident sees the same code, due date, place, fee and next steps on each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from kiosk.receipts._data import ReceiptData, format_vn_datetime, to_hanoi_time

__all__ = [
    "FEE_UNCONFIRMED",
    "NO_DUE",
    "PAID",
    "NextStep",
    "Payment",
    "PaymentKind",
    "ReceiptFacts",
    "ReceivedDocument",
    "ResidentFacts",
    "payment_fact",
    "payment_note",
    "receipt_facts",
    "resident_facts",
    "vnd",
]

PAID = "Đã thanh toán"
"""What the receipt and the lookup say once the portal reported the fee paid."""
NO_DUE = "Sẽ báo khi hồ sơ được tiếp nhận chính thức"
FEE_UNCONFIRMED = (
    "Mức lệ phí này đang chờ xác nhận; cơ quan giải quyết sẽ thông báo mức chính thức."
)

NextStep = Literal["upload_when_online", "agency_reviews", "collect", "electronic", "bring_receipt"]
"""What happens next, in order: the kiosk uploads a provisional application once it has a
network; the agency reviews it (and asks for more papers by SMS or phone); the resident
collects the result at the place on time, or gets it electronically (portal, VNeID) and
brings the receipt when collecting the paper copy."""

PaymentKind = Literal["none", "paid", "counter", "counter_unconfirmed", "vietqr"]
"""How the fee is paid: nothing to pay, already paid, at the one-stop counter (amount
known or still to be confirmed there), or by the VietQR printed on the receipt."""


@dataclass(frozen=True)
class ReceivedDocument:
    """One document taken in: its name, files attached and papers handed over."""

    name: str
    files: int
    papers: int


@dataclass(frozen=True)
class Payment:
    """How the resident pays the fee; ``at`` is the local (Hanoi) time it was paid."""

    kind: PaymentKind
    amount_vnd: int = 0
    at: datetime | None = None
    payee: str = ""
    provisional: bool = False
    """The code is still the kiosk's own: the fee need not be paid yet."""


@dataclass(frozen=True)
class ReceiptFacts:
    """The facts a resident acts on, as data: no sentence in them but the catalog's own.

    ``due_at`` is local (Hanoi) time, None until the portal sets it; ``fee_text`` the
    fee as the catalog words it in Vietnamese ("" when unknown), ``fee_amount_vnd`` what
    this application costs in đồng (0: free or not a number).
    """

    code: str
    code_is_official: bool
    filer: str
    request: str
    procedure_code: str
    agency: str
    documents: tuple[ReceivedDocument, ...]
    due_at: datetime | None
    result_place: str
    fee_text: str
    fee_amount_vnd: int
    fee_confirmed: bool
    next_steps: tuple[NextStep, ...]
    payment: Payment


@dataclass(frozen=True)
class ResidentFacts:
    """The facts a resident acts on, each already worded in Vietnamese (the printed receipt)."""

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


def receipt_facts(data: ReceiptData) -> ReceiptFacts:
    """Code, due date and time, where to collect, fee, papers taken in and what happens next."""
    steps: list[NextStep] = [] if data.code_is_official else ["upload_when_online"]
    steps.append("agency_reviews")
    if data.level == "toan_trinh":
        steps += ["electronic", "bring_receipt"]
    else:
        steps.append("collect")
    return ReceiptFacts(
        code=data.application_code,
        code_is_official=data.code_is_official,
        filer=data.filer_name,
        request=data.request,
        procedure_code=data.procedure_code,
        agency=data.agency_name,
        documents=tuple(
            ReceivedDocument(name, files, papers)
            for name, files, papers in data.received_documents()
        ),
        due_at=to_hanoi_time(data.due_at) if data.due_at is not None else None,
        result_place=data.result_place,
        fee_text=data.fee,
        fee_amount_vnd=data.fee_amount_vnd,
        fee_confirmed=data.fee_confirmed,
        next_steps=tuple(steps),
        payment=payment_fact(data),
    )


def payment_fact(data: ReceiptData, qr: bool | None = None) -> Payment:
    """How this receipt's fee is paid. ``qr``: whether it carries a VietQR (default: if it can)."""
    if data.paid and data.paid_at is not None:
        return Payment("paid", data.paid_amount_vnd, at=to_hanoi_time(data.paid_at))
    if data.fee_amount_vnd <= 0:
        return Payment("none")
    if not (data.fee_payable_by_qr if qr is None else qr):
        kind: PaymentKind = "counter" if data.fee_confirmed else "counter_unconfirmed"
        return Payment(kind, data.fee_amount_vnd)
    return Payment(
        "vietqr",
        data.fee_amount_vnd,
        payee=data.payee_name,
        provisional=not data.code_is_official,
    )


# --- The printed receipt's Vietnamese words -------------------------------------------------

_STEPS_VI: dict[NextStep, str] = {
    "upload_when_online": (
        "Hồ sơ được gửi lên Cổng dịch vụ công khi kiosk có mạng; khi đó hồ sơ mới được "
        "tiếp nhận chính thức và có mã hồ sơ chính thức."
    ),
    "agency_reviews": (
        "{agency} xem xét hồ sơ; nếu cần bổ sung, bạn sẽ được báo qua tin nhắn hoặc điện thoại."
    ),
    "electronic": (
        "Kết quả điện tử được trả trên Cổng dịch vụ công và ứng dụng VNeID; bản giấy nhận "
        "tại nơi nhận kết quả."
    ),
    "collect": "Đến nơi nhận kết quả đúng hẹn, mang theo giấy này và giấy tờ tùy thân.",
    "bring_receipt": "Khi nhận bản giấy, mang theo giấy này và giấy tờ tùy thân.",
}


def _document_vi(doc: ReceivedDocument) -> str:
    parts = (
        f"{doc.files:02d} tệp đính kèm" if doc.files else "",
        f"{doc.papers:02d} bản giấy" if doc.papers else "",
    )
    return f"{doc.name}: " + ", ".join(p for p in parts if p)


def resident_facts(data: ReceiptData) -> ResidentFacts:
    """The facts of :func:`receipt_facts` worded in Vietnamese, as the receipt prints them."""
    facts = receipt_facts(data)
    fee = facts.fee_text or "Không có thông tin lệ phí; hỏi cán bộ một cửa."
    if facts.fee_text and not facts.fee_confirmed:
        fee = f"{facts.fee_text} ({FEE_UNCONFIRMED})"
    return ResidentFacts(
        code=facts.code,
        code_is_official=facts.code_is_official,
        filer=facts.filer,
        request=f"{facts.request} (mã thủ tục {facts.procedure_code})",
        agency=facts.agency,
        documents=tuple(_document_vi(d) for d in facts.documents) or ("Không có giấy tờ kèm theo",),
        due=format_vn_datetime(facts.due_at) if facts.due_at is not None else NO_DUE,
        result_place=facts.result_place,
        fee=fee,
        next_steps=tuple(_STEPS_VI[s].format(agency=facts.agency) for s in facts.next_steps),
        payment=_payment_vi(facts.payment),
    )


def vnd(amount: int) -> str:
    """An amount as Vietnamese receipts write it: "20.000 đồng"."""
    return f"{amount:,}".replace(",", ".") + " đồng"


def payment_note(data: ReceiptData, qr: bool | None = None) -> str:
    """How the resident pays this receipt's fee, in one or two plain sentences ("" if free).

    ``qr`` says whether the receipt carries a VietQR (default: whether it can).
    """
    return _payment_vi(payment_fact(data, qr))


def _payment_vi(payment: Payment) -> str:
    amount = vnd(payment.amount_vnd)
    if payment.kind == "paid" and payment.at is not None:
        return f"{PAID}: {amount}, lúc {format_vn_datetime(payment.at)}. Không cần nộp lại."
    if payment.kind == "counter_unconfirmed":
        return "Lệ phí nộp tại quầy một cửa; cán bộ sẽ cho biết số tiền chính xác."
    if payment.kind == "counter":
        return f"Lệ phí {amount} nộp tại quầy một cửa."
    if payment.kind != "vietqr":
        return ""
    later = "Có thể nộp lệ phí sau bằng chính mã QR này, hoặc nộp tại quầy một cửa."
    if payment.provisional:
        later = (
            "Hồ sơ chưa được gửi lên Cổng dịch vụ công (mã tạm thời): không cần nộp ngay; "
            "có thể nộp lệ phí sau bằng chính mã QR này, hoặc nộp tại quầy một cửa."
        )
    return (
        f"Nộp lệ phí {amount} bằng VietQR: quét mã bằng ứng dụng ngân hàng, "
        f"kiểm tra người nhận {payment.payee} và số tiền trước khi xác nhận. {later}"
    )
