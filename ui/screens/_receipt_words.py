"""The receipt's facts (:class:`kiosk.receipts.ReceiptFacts`) worded on screen, in Qt's language.

Vietnamese sources are the printed receipt's own words, so in Vietnamese the screen reads
exactly as the paper; resources/translations/kiosk_en.ts gives the English. Dates and
amounts are written for the reader: "09 giờ 00 phút, ngày 11/12/2026" and "8.000 đồng"
in Vietnamese, "Friday 11 December 2026, 09:00" and "8,000 VND" in English. Names of
people, agencies and places are data and stay as they are; the procedure, document and
fee schedule come from the definition's English where it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

__all__ = ["FactsWords", "moment", "money", "payment_words", "word_facts"]

_CONTEXT = "ReceiptFacts"


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def _english(lang: str) -> bool:
    return lang == "en"


_UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def moment(local: datetime, lang: str) -> str:
    """A local date and time: as the receipt prints it, or "Friday 11 December 2026, 14:00"."""
    from kiosk.receipts import format_vn_datetime

    if not _english(lang):
        return format_vn_datetime(local)
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return _UK.toString(when, "dddd d MMMM yyyy, HH:mm")


def money(amount_vnd: int, lang: str) -> str:
    """An amount in đồng: "8.000 đồng" as the receipt prints it, or "8,000 VND"."""
    from kiosk.receipts import vnd

    if not _english(lang):
        return vnd(amount_vnd)
    return f"{amount_vnd:,} VND"


@dataclass(frozen=True)
class FactsWords:
    """Each line of the facts card, worded (without its caption)."""

    filer: str
    request: str
    agency: str
    documents: tuple[str, ...]
    due: str
    result_place: str
    fee: str
    next_steps: tuple[str, ...]
    payment: str


def word_facts(facts: Any, lang: str, definition: Any = None) -> FactsWords:
    """Word ``facts`` (a ``ReceiptFacts``) in the interface language ``lang`` ("vi"/"en").

    ``definition`` (the procedure's ``FormDefinition``) gives the English names of the
    procedure and documents and the fee schedule; without it those stay as printed.
    """
    english = _english(lang) and definition is not None
    request = definition.name_en if english and definition.name_en else facts.request
    names = (
        {d.name: d.name_en for d in definition.required_documents if d.name_en} if english else {}
    )
    return FactsWords(
        filer=facts.filer,
        request=_tr("%1 (mã thủ tục %2)")
        .replace("%2", facts.procedure_code)
        .replace("%1", request),
        agency=facts.agency,
        documents=tuple(_document(d, names, lang) for d in facts.documents)
        or (_tr("Không có giấy tờ kèm theo"),),
        due=moment(facts.due_at, lang)
        if facts.due_at is not None
        else _tr("Sẽ báo khi hồ sơ được tiếp nhận chính thức"),
        result_place=_place(facts.result_place, definition) if english else facts.result_place,
        fee=_fee(facts, lang, definition if english else None),
        next_steps=tuple(_step(s, facts.agency) for s in facts.next_steps),
        payment=payment_words(facts.payment, lang),
    )


def _place(place: str, definition: Any) -> str:
    """The definition's English place when ``place`` is its Vietnamese one, the commune filled in.

    The receipt keeps the place as filed ("Công an phường X (kết quả điện tử ...)"); the
    commune is what stands where the template says {commune}.
    """
    template, english = definition.result_place, getattr(definition, "result_place_en", None)
    if not template or not english:
        return place
    before, marker, after = template.partition("{commune}")
    if not marker:
        return english if place == template else place
    fits = len(place) >= len(before) + len(after)
    if not (fits and place.startswith(before) and place.endswith(after)):
        return place  # the kiosk's own place (configured), not the procedure's
    commune = place[len(before) : len(place) - len(after)]
    return english.replace("{commune}", commune)


def _document(doc: Any, names: dict[str, str], lang: str) -> str:
    def count(n: int) -> str:
        return str(n) if _english(lang) else f"{n:02d}"

    parts = (
        _tr("%1 tệp đính kèm").replace("%1", count(doc.files)) if doc.files else "",
        _tr("%1 bản giấy").replace("%1", count(doc.papers)) if doc.papers else "",
    )
    return f"{names.get(doc.name, doc.name)}: " + ", ".join(p for p in parts if p)


def _step(kind: str, agency: str) -> str:
    texts = {
        "upload_when_online": _tr(
            "Hồ sơ được gửi lên Cổng dịch vụ công khi kiosk có mạng; khi đó hồ sơ mới được "
            "tiếp nhận chính thức và có mã hồ sơ chính thức."
        ),
        "agency_reviews": _tr(
            "%1 xem xét hồ sơ; nếu cần bổ sung, bạn sẽ được báo qua tin nhắn hoặc điện thoại."
        ),
        "electronic": _tr(
            "Kết quả điện tử được trả trên Cổng dịch vụ công và ứng dụng VNeID; bản giấy nhận "
            "tại nơi nhận kết quả."
        ),
        "collect": _tr("Đến nơi nhận kết quả đúng hẹn, mang theo giấy này và giấy tờ tùy thân."),
        "bring_receipt": _tr("Khi nhận bản giấy, mang theo giấy này và giấy tờ tùy thân."),
    }
    return texts[kind].replace("%1", agency)


def _fee(facts: Any, lang: str, definition: Any) -> str:
    """The fee line: the receipt's words, or in English the amount and the fee schedule."""
    text = facts.fee_text
    if definition is not None:
        text = _english_fee(facts, lang, definition)
    if not text:
        return _tr("Không có thông tin lệ phí; hỏi cán bộ một cửa.")
    if not facts.fee_confirmed:
        unconfirmed = _tr(
            "Mức lệ phí này đang chờ xác nhận; cơ quan giải quyết sẽ thông báo mức chính thức."
        )
        return f"{text} ({unconfirmed})"
    return text


def _english_fee(facts: Any, lang: str, definition: Any) -> str:
    """What filing online costs, then the definition's English fee schedule."""
    fee = definition.fee
    schedule = fee.text_en or ""
    if not facts.fee_text:
        return ""
    if facts.fee_amount_vnd > 0 and fee.tariff is not None:
        counted = _tr("%1. Biểu phí: %2").replace("%1", money(facts.fee_amount_vnd, lang))
        return counted.replace("%2", schedule)
    online = fee.online_amount_vnd if fee.online_amount_vnd is not None else fee.amount_vnd
    if online is None or fee.tariff is not None or "trực tuyến" in fee.text:
        return schedule  # the schedule already says what filing online costs
    if online == 0:
        return _tr("Miễn lệ phí (0 đồng) khi nộp trực tuyến. %1").replace("%1", schedule)
    said = _tr("%1 khi nộp trực tuyến. %2").replace("%1", money(online, lang))
    return said.replace("%2", schedule)


def payment_words(payment: Any, lang: str) -> str:
    """How to pay (a ``kiosk.receipts.Payment``), in one or two sentences; "" when free."""
    amount = money(payment.amount_vnd, lang)
    if payment.kind == "paid" and payment.at is not None:
        return (
            _tr("Đã thanh toán: %1, lúc %2. Không cần nộp lại.")
            .replace("%2", moment(payment.at, lang))
            .replace("%1", amount)
        )
    if payment.kind == "counter_unconfirmed":
        return _tr("Lệ phí nộp tại quầy một cửa; cán bộ sẽ cho biết số tiền chính xác.")
    if payment.kind == "counter":
        return _tr("Lệ phí %1 nộp tại quầy một cửa.").replace("%1", amount)
    if payment.kind != "vietqr":
        return ""
    later = (
        _tr(
            "Hồ sơ chưa được gửi lên Cổng dịch vụ công (mã tạm thời): không cần nộp ngay; "
            "có thể nộp lệ phí sau bằng chính mã QR này, hoặc nộp tại quầy một cửa."
        )
        if payment.provisional
        else _tr("Có thể nộp lệ phí sau bằng chính mã QR này, hoặc nộp tại quầy một cửa.")
    )
    how = _tr(
        "Nộp lệ phí %1 bằng VietQR: quét mã bằng ứng dụng ngân hàng, "
        "kiểm tra người nhận %2 và số tiền trước khi xác nhận."
    )
    return how.replace("%1", amount).replace("%2", payment.payee) + " " + later
