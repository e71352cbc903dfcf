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
    "ResidentFacts",
    "resident_facts",
]

NO_DUE = "Sẽ báo khi hồ sơ được tiếp nhận chính thức"
FEE_UNCONFIRMED = (
    "Mức lệ phí này đang chờ xác nhận; cơ quan giải quyết sẽ thông báo mức chính thức."
)


@dataclass(frozen=True)
class ResidentFacts:
    """The facts a resident acts on, each already worded for them."""

    code: str
    code_is_official: bool
    due: str
    result_place: str
    fee: str
    next_steps: tuple[str, ...]


def resident_facts(data: ReceiptData) -> ResidentFacts:
    """Code, due date and time, where and how to collect, fee, and what happens next."""
    due = format_vn_datetime(data.due_at) if data.due_at is not None else NO_DUE
    fee = data.fee or "Không có thông tin lệ phí; hỏi cán bộ một cửa."
    if data.fee and not data.fee_confirmed:
        fee = f"{data.fee} ({FEE_UNCONFIRMED})"
    steps: list[str] = []
    if not data.code_is_official:
        steps.append(
            "Kiosk gửi hồ sơ lên Cổng dịch vụ công ngay khi có mạng. Khi đó hồ sơ mới được "
            "tiếp nhận chính thức và có mã hồ sơ chính thức thay mã tạm thời."
        )
    steps.append(
        f"{data.agency_name} xem xét hồ sơ. Nếu cần bổ sung giấy tờ, bạn sẽ được báo qua tin "
        "nhắn hoặc điện thoại."
    )
    if data.level == "toan_trinh":
        steps.append(
            "Kết quả điện tử được trả trên Cổng dịch vụ công (tài khoản VNeID của bạn); "
            f"bản giấy nhận tại: {data.result_place}."
        )
    else:
        steps.append(
            f"Đến nhận kết quả tại: {data.result_place}. Mang theo giấy này và giấy tờ tùy thân."
        )
    return ResidentFacts(
        code=data.application_code,
        code_is_official=data.code_is_official,
        due=due,
        result_place=data.result_place,
        fee=fee,
        next_steps=tuple(steps),
    )
