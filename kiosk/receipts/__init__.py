"""Receipts: the "giấy tiếp nhận hồ sơ và hẹn trả kết quả" as PDF, and its QR code.

Build a :class:`ReceiptData`, then :func:`render_receipt_pdf` (bytes, for printing)
or :func:`write_receipt_pdf` (a file). While ``code_is_official`` is False the
receipt carries a boxed note that the application is not officially received
until it reaches the portal; after sync, reprint with
``data.with_official_code(code)``. :func:`qr_png` gives the GUI the same QR image.

For an 80 mm ESC/POS printer: :func:`thermal_receipt` (or :func:`thermal_result_notice`,
:func:`thermal_test_slip`) lays the slip out as raster text and QR codes,
:func:`escpos_job` turns it into bytes, :func:`print_slip` sends it to the printer
named by ``[printer] thermal`` (:func:`parse_printer_spec`).
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
from kiosk.receipts._facts import (
    FEE_UNCONFIRMED,
    NO_DUE,
    PAID,
    NextStep,
    Payment,
    ReceiptFacts,
    ReceivedDocument,
    ResidentFacts,
    receipt_facts,
    resident_facts,
    vnd,
)
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
    from kiosk.receipts._thermal import SlipBuilder, ThermalSlip
    from kiosk.receipts._thermal_device import (
        PrinterError,
        ThermalTarget,
        check_profile,
        paper_state,
        parse_printer_spec,
        print_slip,
        probe_printer,
        send_to_printer,
    )
    from kiosk.receipts._thermal_escpos import escpos_job
    from kiosk.receipts._thermal_slips import (
        RESULT_READY,
        ResultNotice,
        thermal_receipt,
        thermal_result_notice,
        thermal_test_slip,
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
    # The thermal printer's half (Pillow, python-escpos, pyusb) likewise.
    "SlipBuilder": "kiosk.receipts._thermal",
    "ThermalSlip": "kiosk.receipts._thermal",
    "escpos_job": "kiosk.receipts._thermal_escpos",
    "PrinterError": "kiosk.receipts._thermal_device",
    "ThermalTarget": "kiosk.receipts._thermal_device",
    "check_profile": "kiosk.receipts._thermal_device",
    "paper_state": "kiosk.receipts._thermal_device",
    "parse_printer_spec": "kiosk.receipts._thermal_device",
    "print_slip": "kiosk.receipts._thermal_device",
    "probe_printer": "kiosk.receipts._thermal_device",
    "send_to_printer": "kiosk.receipts._thermal_device",
    "RESULT_READY": "kiosk.receipts._thermal_slips",
    "ResultNotice": "kiosk.receipts._thermal_slips",
    "thermal_receipt": "kiosk.receipts._thermal_slips",
    "thermal_result_notice": "kiosk.receipts._thermal_slips",
    "thermal_test_slip": "kiosk.receipts._thermal_slips",
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
    "RESULT_READY",
    "SELF_SERVICE_NOTE",
    "TITLE",
    "Level",
    "NextStep",
    "Payment",
    "PrinterError",
    "ReceiptData",
    "ReceiptFacts",
    "ReceivedDocument",
    "ResidentFacts",
    "ResultNotice",
    "SlipBuilder",
    "ThermalSlip",
    "ThermalTarget",
    "check_profile",
    "escpos_job",
    "format_vn_datetime",
    "paper_state",
    "parse_printer_spec",
    "print_slip",
    "probe_printer",
    "qr_png",
    "receipt_facts",
    "register_fonts",
    "render_receipt_pdf",
    "resident_facts",
    "send_to_printer",
    "thermal_receipt",
    "thermal_result_notice",
    "thermal_test_slip",
    "to_hanoi_time",
    "vnd",
    "write_receipt_pdf",
]
