"""Receipts: the "giấy tiếp nhận hồ sơ và hẹn trả kết quả" as PDF, and its QR code.

Build a :class:`ReceiptData`, then :func:`render_receipt_pdf` (bytes, for printing)
or :func:`write_receipt_pdf` (a file). While ``code_is_official`` is False the
receipt carries a boxed note that the application is not officially received
until it reaches the portal; after sync, reprint with
``data.with_official_code(code)``. :func:`qr_png` gives the GUI the same QR image.
"""

from typing import TYPE_CHECKING, Any

from kiosk.receipts._data import (
    HANOI_TZ,
    LEVEL_LABELS,
    Level,
    ReceiptData,
    format_vn_datetime,
    to_hanoi_time,
)
from kiosk.receipts._facts import FEE_UNCONFIRMED, NO_DUE, PAID, ResidentFacts, resident_facts
from kiosk.receipts._qr import qr_png

if TYPE_CHECKING:
    from kiosk.receipts._fonts import register_fonts
    from kiosk.receipts._pdf import (
        PROVISIONAL_NOTE,
        SELF_SERVICE_NOTE,
        TITLE,
        render_receipt_pdf,
        write_receipt_pdf,
    )

# ReportLab takes about a third of a second to import: the PDF half loads on first
# use, so the kiosk's start-up (which only needs the QR) does not pay for it.
_LAZY = {
    "register_fonts": "kiosk.receipts._fonts",
    "PROVISIONAL_NOTE": "kiosk.receipts._pdf",
    "SELF_SERVICE_NOTE": "kiosk.receipts._pdf",
    "TITLE": "kiosk.receipts._pdf",
    "render_receipt_pdf": "kiosk.receipts._pdf",
    "write_receipt_pdf": "kiosk.receipts._pdf",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kiosk.receipts' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "FEE_UNCONFIRMED",
    "HANOI_TZ",
    "LEVEL_LABELS",
    "NO_DUE",
    "PAID",
    "PROVISIONAL_NOTE",
    "SELF_SERVICE_NOTE",
    "TITLE",
    "Level",
    "ReceiptData",
    "ResidentFacts",
    "format_vn_datetime",
    "qr_png",
    "register_fonts",
    "render_receipt_pdf",
    "resident_facts",
    "to_hanoi_time",
    "write_receipt_pdf",
]
