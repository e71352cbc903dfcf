"""Receipt output: print through QtPrintSupport, or save a PDF when no printer is set up.

The PDF is rendered on the store's thread (``receipt_pdf``); only painting onto
the printer happens on the GUI thread, because QPainter needs it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

_log = logging.getLogger(__name__)


def receipt_data(services: Any, app_id: str) -> Any:
    """The application's receipt with its current code (official once delivered). Store thread."""
    from kiosk.receipts import ReceiptData

    record = services.application(app_id)
    fields = dict(record.receipt)
    overrides: dict[str, Any] = {
        "application_code": record.code,
        "code_is_official": bool(record.official_code),
    }
    processing = fields.get("processing_time")
    if not isinstance(processing, str):  # stored as the definition's {text, text_en, days}
        overrides["processing_time"] = (
            (processing or {}).get("text", "") if isinstance(processing, dict) else ""
        )
    if record.due_at:
        overrides["due_at"] = _due_moment(record.due_at, fields.get("received_at"))
    return ReceiptData.from_dict(fields, **overrides)


def _due_moment(due: str, received: Any) -> Any:
    """The portal gives the due *date*; print it as that day's close of office (17:00 Hanoi).

    A same-day result received after 17:00 is due at the time of receipt, never before it.
    """
    from datetime import date, datetime, time

    from kiosk.receipts import HANOI_TZ

    try:
        if len(due) == 10:
            moment = datetime.combine(date.fromisoformat(due), time(17, 0), HANOI_TZ)
        else:
            moment = datetime.fromisoformat(due)
    except ValueError:
        return None
    if received:
        start = received if isinstance(received, datetime) else datetime.fromisoformat(str(received))
        if start.tzinfo is None:
            start = start.replace(tzinfo=HANOI_TZ)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=HANOI_TZ)
        moment = max(moment, start)
    return moment


def receipt_pdf(services: Any, app_id: str) -> tuple[str, bytes]:
    """(code, PDF bytes) of an application's receipt. Store thread."""
    from kiosk.receipts import render_receipt_pdf

    data = receipt_data(services, app_id)
    return data.application_code, render_receipt_pdf(data)


def save_receipt(services: Any, app_id: str, data_dir: Path) -> Path:
    """Write the receipt PDF to ``<data dir>/receipts/<code>.pdf``; return it. Store thread."""
    from kiosk.receipts import write_receipt_pdf

    data = receipt_data(services, app_id)
    folder = Path(data_dir) / "receipts"
    folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9.\-]", "_", data.application_code)
    return Path(write_receipt_pdf(data, folder / f"{safe}.pdf"))


def printers_available() -> bool:
    """A printer is set up (the kiosk then prints instead of saving a PDF)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinters())


def print_pdf(pdf: bytes) -> bool:
    """Paint each page of a PDF onto the default printer. GUI thread; False when it failed."""
    from PySide6.QtCore import QBuffer, QByteArray, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() < 1:
        return False
    printer = QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            image = document.render(page, QSize(target.width(), target.height()))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
