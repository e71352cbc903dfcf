"""Receipt output: print through QtPrintSupport, or show the receipt on screen with no printer.

The PDF is rendered on the store's thread (``receipt_pdf``) from the encrypted
receipt data (``KioskServices.receipt_data``, which also decides the printed due
time); it is never written under the data dir. Only painting onto the printer
happens on the GUI thread, because QPainter needs it. :class:`ReceiptOutput` is
what "In giấy biên nhận" does in the window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from kiosk.services import KioskServices
    from ui._extra_pages import ExtraPages
    from ui._session import Session
    from ui.screens import ReceiptScreen

_log = logging.getLogger(__name__)


def receipt_pdf(services: KioskServices, app_id: str) -> tuple[str, bytes]:
    """(code, PDF bytes) of an application's receipt, as reprinted now. Store thread."""
    from kiosk.receipts import render_receipt_pdf

    data = services.receipt_data(app_id)
    return data.application_code, render_receipt_pdf(data)


def printers_available() -> bool:
    """A printer is set up (the kiosk then prints instead of showing the receipt on screen)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinters())


def print_pdf(pdf: bytes, printer: Any = None) -> bool:
    """Paint each page of a PDF onto ``printer`` (the default printer when None). GUI thread;
    False when it failed. Tests pass a ``QPrinter`` writing a PDF file."""
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
    if printer is None:
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
    return QCoreApplication.translate("", text)  # where pyside6-lupdate files tr()


class ReceiptHost(Protocol):
    """What receipt output needs from the window."""

    session: Session
    data_dir: Path

    @property
    def receipt_screen(self) -> ReceiptScreen: ...

    @property
    def staff_signed_in(self) -> bool: ...

    def show_screen(self, name: str) -> None: ...

    def run_task(
        self, fn: Any, on_done: Any, on_error: Any = None
    ) -> None: ...  # a service call whose answer is dropped after a wipe


class ReceiptOutput:
    """ "In giấy biên nhận": to the printer, else on screen (with "Lưu ra USB" for staff)."""

    def __init__(self, host: ReceiptHost, pages: ExtraPages) -> None:
        self._host = host
        self._pages = pages

    def print_receipt(self) -> None:
        """Render the receipt from its encrypted data; print it or show it on screen."""
        host = self._host
        record = host.session.application
        if record is None:
            return
        app_id = record.id
        host.receipt_screen.set_printing()
        on_done = self._on_receipt_rendered if printers_available() else self._on_receipt_for_screen
        host.run_task(lambda svc: receipt_pdf(svc, app_id), on_done, self._on_print_failed)

    def _on_receipt_rendered(self, result: tuple[str, bytes]) -> None:
        ok = print_pdf(result[1])
        self._host.receipt_screen.show_print_result(
            tr("Đã gửi giấy biên nhận tới máy in. Hãy lấy giấy ở khay máy in.")
            if ok
            else tr("Máy in không hoạt động. Hãy báo cán bộ ở quầy để in giúp.")
        )

    def _on_receipt_for_screen(self, result: tuple[str, bytes]) -> None:
        from ui._receipt_preview import ReceiptPreview

        host = self._host
        code, pdf = result
        self._pages.drop("receipt_preview")
        preview = ReceiptPreview(pdf, code, staff=host.staff_signed_in, data_dir=host.data_dir)
        preview.back_requested.connect(self._on_receipt_preview_back_requested)
        self._pages.mount("receipt_preview", preview)
        host.receipt_screen.show_print_result(
            tr("Chưa có máy in. Giấy biên nhận đang hiện trên màn hình.")
        )
        host.show_screen("receipt_preview")

    def _on_receipt_preview_back_requested(self) -> None:
        self._host.show_screen("receipt")

    def _on_print_failed(self, exc: BaseException) -> None:
        _log.error("receipt output failed: %s", type(exc).__name__)
        self._host.receipt_screen.show_print_result(
            tr("Không tạo được giấy biên nhận. Hãy ghi lại mã hồ sơ và báo cán bộ ở quầy.")
        )
