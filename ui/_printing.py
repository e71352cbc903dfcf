"""Receipt output: print through QtPrintSupport, or show the receipt on screen with no printer.

The PDF is rendered on the store's thread (``receipt_pdf``) from the encrypted
receipt data (``KioskServices.receipt_data``); it is never written under the data
dir. Only painting onto the printer happens on the GUI thread, because QPainter
needs it. :class:`PrintingMixin` is what "In giấy biên nhận" does in the window.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

_log = logging.getLogger(__name__)


def receipt_data(services: Any, app_id: str) -> Any:
    """The application's receipt with its current code (official once delivered). Store thread.

    The portal's due *date* is printed as that day's close of office.
    """
    from kiosk.receipts import ReceiptData

    record = services.application(app_id)
    due = record.due_at
    if not (isinstance(due, str) and len(due) == 10):
        return services.receipt_data(app_id)
    # ``receipt_data`` would read a bare date as midnight (before a same-day receipt).
    fields = dict(record.receipt)
    moment = _due_moment(due, fields.get("received_at"))
    fields["due_at"] = None
    data = ReceiptData.from_dict(
        fields,
        application_code=record.code,
        code_is_official=record.official_code is not None,
    )
    return dataclasses.replace(data, due_at=moment)


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
        start = (
            received if isinstance(received, datetime) else datetime.fromisoformat(str(received))
        )
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


def printers_available() -> bool:
    """A printer is set up (the kiosk then prints instead of showing the receipt on screen)."""
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


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PrintingMixin:
    """ "In giấy biên nhận": to the printer, else on screen (with "Lưu ra USB" for staff).

    Mixed into :class:`ui._window.KioskWindow` ahead of the flow, so its
    ``print_receipt`` is the one the receipt screen's button calls.
    """

    # Provided by KioskWindow.
    session: Any
    screens: dict[str, Any]
    data_dir: Path

    if TYPE_CHECKING:  # provided by KioskWindow and its mixins

        @property
        def staff_signed_in(self) -> bool: ...
        def show_screen(self, name: str) -> None: ...
        def staff_page(self, name: str) -> Any: ...
        def _mount_extra_page(self, name: str, widget: Any) -> None: ...
        def _drop_extra_page(self, name: str) -> None: ...
        def _run(self, fn: Any, on_done: Any, on_error: Any = None) -> None: ...

    def print_receipt(self) -> None:
        """Render the receipt from its encrypted data; print it or show it on screen."""
        record = self.session.application
        if record is None:
            return
        app_id = record.id
        self.screens["receipt"].set_printing()
        on_done = self._on_receipt_rendered if printers_available() else self._on_receipt_for_screen
        self._run(lambda svc: receipt_pdf(svc, app_id), on_done, self._on_print_failed)

    def _on_receipt_rendered(self, result: tuple[str, bytes]) -> None:
        ok = print_pdf(result[1])
        self.screens["receipt"].show_print_result(
            tr("Đã gửi giấy biên nhận tới máy in. Hãy lấy giấy ở khay máy in.")
            if ok
            else tr("Máy in không hoạt động. Hãy báo cán bộ ở quầy để in giúp.")
        )

    def _on_receipt_for_screen(self, result: tuple[str, bytes]) -> None:
        from ui._receipt_preview import ReceiptPreview

        code, pdf = result
        self._drop_extra_page("receipt_preview")
        preview = ReceiptPreview(pdf, code, staff=self.staff_signed_in, data_dir=self.data_dir)
        preview.back_requested.connect(self._on_receipt_preview_back_requested)
        self._mount_extra_page("receipt_preview", preview)
        self.screens["receipt"].show_print_result(
            tr("Chưa có máy in. Giấy biên nhận đang hiện trên màn hình.")
        )
        self.show_screen("receipt_preview")

    def _on_receipt_preview_back_requested(self) -> None:
        self.show_screen("receipt")

    def _on_print_failed(self, exc: BaseException) -> None:
        _log.error("receipt output failed: %s", type(exc).__name__)
        self.screens["receipt"].show_print_result(
            tr("Không tạo được giấy biên nhận. Hãy ghi lại mã hồ sơ và báo cán bộ ở quầy.")
        )
