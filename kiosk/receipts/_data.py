"""What a receipt says: the immutable record printed as the "giấy tiếp nhận hồ sơ".

Kept separate from rendering so services can store it (``to_dict``, encrypted by
the store) and reprint it later, e.g. with the portal's official code after sync.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from forms import normalize
from kiosk.payments import encode_vietqr, payment_reference, transfer_text

__all__ = [
    "HANOI_TZ",
    "LEVEL_LABELS",
    "Level",
    "ReceiptData",
    "format_vn_datetime",
    "to_hanoi_time",
]

HANOI_TZ = timezone(timedelta(hours=7), "ICT")
"""Vietnam's time: UTC+7 all year (no daylight saving), so no tz database is needed."""

Level = Literal["toan_trinh", "mot_phan"]

LEVEL_LABELS: dict[str, str] = {
    "toan_trinh": "Dịch vụ công trực tuyến toàn trình",
    "mot_phan": "Dịch vụ công trực tuyến một phần",
}


def to_hanoi_time(moment: datetime) -> datetime:
    """Return ``moment`` in Hanoi time; a naive datetime is taken to be Hanoi time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=HANOI_TZ)
    return moment.astimezone(HANOI_TZ)


def format_vn_datetime(moment: datetime) -> str:
    """Format as printed on receipts: "08 giờ 05 phút, ngày 30/09/2026" (Hanoi time)."""
    local = to_hanoi_time(moment)
    return f"{local:%H} giờ {local:%M} phút, ngày {local:%d/%m/%Y}"


def _text(value: str) -> str:
    return normalize(value)


def _optional_text(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = normalize(value)
    return cleaned or None


@dataclasses.dataclass(frozen=True, slots=True)
class ReceiptData:
    """Everything printed on one receipt. Text is NFC-normalised on creation.

    ``documents`` is a sequence of ``(name, count)`` pairs: the files attached, per
    document kind; ``papers`` the same for papers staff took in over the counter
    (counts of papers, not files). Both are stored as tuples so the record stays
    immutable; neither ever lists a document nobody handed in. ``fee`` is what the
    resident pays for filing here; ``fee_confirmed`` False means the amount is not yet
    confirmed from the legal text and is printed as such. ``staff_name`` is the
    receiver in assisted mode; None means the resident filed alone at a self-service
    kiosk. ``code_is_official`` is False for the kiosk's provisional code, True once
    the portal has issued its own.

    Raises:
        ValueError: empty application code or filer name, unknown ``level``, a
            document count below 1, or a due date before the receipt time.
    """

    agency_name: str
    one_stop_unit: str
    application_code: str
    code_is_official: bool
    filer_name: str
    filer_address: str
    filer_phone: str
    filer_email: str | None
    request: str
    procedure_code: str
    documents: Sequence[tuple[str, int]]
    processing_time: str
    received_at: datetime
    due_at: datetime | None
    result_place: str
    staff_name: str | None = None
    level: Level = "mot_phan"
    lookup_url: str | None = None
    papers: Sequence[tuple[str, int]] = ()
    fee: str = ""
    fee_confirmed: bool = False
    fee_amount_vnd: int = 0
    payee_bank_bin: str = ""
    payee_account: str = ""
    payee_name: str = ""
    paid_amount_vnd: int = 0
    paid_at: datetime | None = None
    """The fee's payment as the portal reported it (0 / None: not paid yet)."""

    def __post_init__(self) -> None:
        put = object.__setattr__  # frozen: the documented way to clean fields on creation
        for name in (
            "agency_name",
            "one_stop_unit",
            "application_code",
            "filer_name",
            "filer_address",
            "filer_phone",
            "request",
            "procedure_code",
            "processing_time",
            "result_place",
            "fee",
            "payee_name",
        ):
            put(self, name, _text(getattr(self, name)))
        for name in ("filer_email", "staff_name", "lookup_url"):
            put(self, name, _optional_text(getattr(self, name)))
        put(self, "documents", _clean_documents(self.documents))
        put(self, "papers", _clean_documents(self.papers))
        if not self.application_code:
            raise ValueError("application_code must not be empty")
        if not self.filer_name:
            raise ValueError("filer_name must not be empty")
        if self.level not in LEVEL_LABELS:
            raise ValueError(f"level must be one of {sorted(LEVEL_LABELS)}, got {self.level!r}")
        if isinstance(self.fee_amount_vnd, bool) or self.fee_amount_vnd < 0:
            raise ValueError(f"fee_amount_vnd must be 0 or more: {self.fee_amount_vnd!r}")
        if self.due_at is not None and to_hanoi_time(self.due_at) < to_hanoi_time(self.received_at):
            raise ValueError("due_at is before received_at")

    @property
    def document_count(self) -> int:
        """Files and papers received in all (the sum of every document's count)."""
        return sum(count for _, count in self.documents) + sum(c for _, c in self.papers)

    def received_documents(self) -> list[tuple[str, int, int]]:
        """(document name, files attached, papers handed over) per document, in order."""
        rows: dict[str, list[int]] = {}
        for name, count in self.documents:
            rows.setdefault(name, [0, 0])[0] += count
        for name, count in self.papers:
            rows.setdefault(name, [0, 0])[1] += count
        return [(name, files, papers) for name, (files, papers) in rows.items()]

    @property
    def paid(self) -> bool:
        """True once the portal reported the fee paid (the receipt then says "Đã thanh toán")."""
        return self.paid_amount_vnd > 0 and self.paid_at is not None

    @property
    def fee_payable_by_qr(self) -> bool:
        """True when the receipt carries a VietQR: an unpaid confirmed fee and an account."""
        return (
            not self.paid
            and self.fee_amount_vnd > 0
            and self.fee_confirmed
            and bool(self.payee_bank_bin and self.payee_account)
        )

    def fee_qr_payload(self) -> str | None:
        """The VietQR payload paying this receipt's fee, or None (see :attr:`fee_payable_by_qr`).

        The transfer's purpose is :func:`payment_reference` of the application code,
        so the agency matches the payment to the application.
        """
        if not self.fee_payable_by_qr:
            return None
        return encode_vietqr(
            bank_bin=self.payee_bank_bin,
            account=self.payee_account,
            amount=self.fee_amount_vnd,
            purpose=payment_reference(self.application_code),
            merchant_name=transfer_text(self.payee_name) or None,
        )

    @property
    def assisted(self) -> bool:
        """True when a staff member received the application (assisted mode)."""
        return self.staff_name is not None

    def with_official_code(self, code: str, *, due_at: datetime | None = None) -> ReceiptData:
        """Return a copy carrying the portal's official code (for the reprint after sync)."""
        return dataclasses.replace(
            self,
            application_code=code,
            code_is_official=True,
            due_at=due_at if due_at is not None else self.due_at,
        )

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (datetimes as ISO 8601) for storing and reprinting."""
        data = dataclasses.asdict(self)
        data["documents"] = [[name, count] for name, count in self.documents]
        data["papers"] = [[name, count] for name, count in self.papers]
        data["received_at"] = self.received_at.isoformat()
        data["due_at"] = self.due_at.isoformat() if self.due_at is not None else None
        data["paid_at"] = self.paid_at.isoformat() if self.paid_at is not None else None
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], **overrides: Any) -> ReceiptData:
        """Rebuild a receipt from a stored dict (:meth:`to_dict` output or the services' fields).

        Keys that are not receipt fields are ignored (stored dicts may carry extra
        bookkeeping); ``overrides`` win over the dict, e.g. the record's current
        ``application_code`` and ``code_is_official``. Datetimes may be ISO strings.

        Raises:
            KeyError: a required field is missing.
            TypeError / ValueError: a field has the wrong shape.
        """
        names = {f.name for f in dataclasses.fields(cls)}
        fields = {k: v for k, v in data.items() if k in names}
        fields.update(overrides)
        fields["documents"] = [(str(n), int(c)) for n, c in fields.get("documents") or []]
        fields["papers"] = [(str(n), int(c)) for n, c in fields.get("papers") or []]
        fields["received_at"] = _as_datetime(fields["received_at"])
        due = fields.get("due_at")
        fields["due_at"] = _as_datetime(due) if due else None
        paid_at = fields.get("paid_at")
        if isinstance(paid_at, str):  # the portal writes UTC as "...Z"
            paid_at = paid_at.replace("Z", "+00:00")
        fields["paid_at"] = _as_datetime(paid_at) if paid_at else None
        return cls(**fields)


def _as_datetime(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _clean_documents(documents: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    cleaned = []
    for name, count in documents:
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError(f"document count must be a whole number of at least 1: {count!r}")
        text = normalize(name)
        if not text:
            raise ValueError("document name must not be empty")
        cleaned.append((text, count))
    return tuple(cleaned)
