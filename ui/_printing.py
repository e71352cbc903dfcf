"""Receipt output: the 80 mm thermal printer, an A4 printer through QtPrintSupport, or the screen.

With ``[printer] thermal`` set, a resident's receipt prints on the thermal
printer: the receipt data is read on the store's thread, the slip is laid out and
sent on the devices thread (``TaskManager.run_io``), so neither the GUI nor the
database waits for the printer. Staff in assisted mode keep the A4 receipt (with
its signature blocks) when an A4 printer is installed. For A4 the PDF is rendered
on the store's thread (``receipt_pdf``) from the encrypted receipt data
(``KioskServices.receipt_data``, which also decides the printed due time); it is
never written under the data dir. Only painting onto the printer happens on the
GUI thread, because QPainter needs it. :class:`ReceiptOutput` is what "In giấy
biên nhận" does in the window.
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
    from ui._tasks import TaskManager
    from ui.screens import ReceiptScreen

_log = logging.getLogger(__name__)


def receipt_pdf(services: KioskServices, app_id: str) -> tuple[str, bytes]:
    """(code, PDF bytes) of an application's receipt, as reprinted now. Store thread."""
    from kiosk.receipts import render_receipt_pdf

    data = services.receipt_data(app_id)
    return data.application_code, render_receipt_pdf(data)


def print_thermal_receipt(data: Any, settings: Any) -> int:
    """Lay the receipt out for the roll and send it to the thermal printer. Devices thread.

    Returns the bytes sent. Raises ``kiosk.receipts.PrinterError`` when it cannot print.
    """
    from kiosk.receipts import print_slip, thermal_receipt

    return print_slip(thermal_receipt(data, settings.width_dots), settings)


def print_result_notice_slip(notice: Any, settings: Any) -> int:
    """The "Kết quả đã sẵn sàng" notice on the thermal printer. Devices thread."""
    from kiosk.receipts import print_slip, thermal_result_notice

    return print_slip(thermal_result_notice(notice, settings.width_dots), settings)


def result_notice(record: Any, procedure_name: str, kiosk: Any) -> Any:
    """The notice of an application whose result is ready: nothing personal, as lookup shows."""
    from kiosk.receipts import ResultNotice

    receipt = record.receipt or {}
    return ResultNotice(
        agency_name=str(receipt.get("agency_name") or kiosk.agency_name),
        application_code=record.code,
        procedure_name=procedure_name or record.procedure_code,
        procedure_code=record.procedure_code,
        result_place=str(receipt.get("result_place") or kiosk.result_place),
        electronic=bool(getattr(record, "e_result", True)),
    )


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
    config: Any
    tasks: TaskManager

    @property
    def receipt_screen(self) -> ReceiptScreen: ...

    @property
    def staff_signed_in(self) -> bool: ...

    def show_screen(self, name: str) -> None: ...

    def get_screen(self, name: str) -> Any: ...

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
        a4 = printers_available()
        if host.config.printer.thermal_enabled and not (host.staff_signed_in and a4):
            host.run_task(
                lambda svc: svc.receipt_data(app_id), self._on_thermal_data, self._on_print_failed
            )
            return
        on_done = self._on_receipt_rendered if a4 else self._on_receipt_for_screen
        host.run_task(lambda svc: receipt_pdf(svc, app_id), on_done, self._on_print_failed)

    def _on_thermal_data(self, data: Any) -> None:
        settings = self._host.config.printer
        screen = self._host.receipt_screen  # rebuilt on a wipe: a late answer is dropped
        app_id = self._host.session.application.id if self._host.session.application else None

        def done(_sent: int) -> None:
            if self._host.receipt_screen is screen:
                screen.show_print_result(tr("Đã in giấy biên nhận. Hãy lấy giấy ở khe máy in."))

        def failed(exc: BaseException) -> None:
            # Never the receipt's content in the log: the printer setting and the error only.
            _log.error("thermal printer failed (%s): %s", settings.thermal, exc)
            if self._host.receipt_screen is not screen or app_id is None:
                return
            self._show_on_screen_after_failure(app_id)

        self._host.tasks.run_io(lambda: print_thermal_receipt(data, settings), done, failed)

    def _show_on_screen_after_failure(self, app_id: str) -> None:
        """The thermal printer failed: the resident still sees the receipt and its code."""
        message = tr("Máy in biên nhận không in được. Giấy biên nhận đang hiện trên màn hình.")
        self._host.run_task(
            lambda svc: receipt_pdf(svc, app_id),
            lambda result: self._on_receipt_for_screen(result, message),
            self._on_print_failed,
        )

    def print_result_notice(self, record: Any, procedure_name: str) -> None:
        """ "In phiếu báo kết quả" (lookup): the short result notice on the thermal printer."""
        host = self._host
        screen = host.get_screen("lookup")  # rebuilt on a wipe: a late answer is dropped
        settings = host.config.printer
        notice = result_notice(record, procedure_name, host.config.kiosk)

        def done(_sent: int) -> None:
            if host.get_screen("lookup") is screen:
                screen.show_notice_result(tr("Đã in phiếu báo. Hãy lấy giấy ở khe máy in."))

        def failed(exc: BaseException) -> None:
            _log.error("thermal printer failed (%s): %s", settings.thermal, exc)
            if host.get_screen("lookup") is screen:
                screen.show_notice_result(
                    tr("Máy in không in được. Hãy ghi lại mã hồ sơ và báo cán bộ ở quầy.")
                )

        host.tasks.run_io(lambda: print_result_notice_slip(notice, settings), done, failed)

    def _on_receipt_rendered(self, result: tuple[str, bytes]) -> None:
        ok = print_pdf(result[1])
        self._host.receipt_screen.show_print_result(
            tr("Đã gửi giấy biên nhận tới máy in. Hãy lấy giấy ở khay máy in.")
            if ok
            else tr("Máy in không hoạt động. Hãy báo cán bộ ở quầy để in giúp.")
        )

    def _on_receipt_for_screen(self, result: tuple[str, bytes], message: str = "") -> None:
        from ui._receipt_preview import ReceiptPreview

        host = self._host
        code, pdf = result
        self._pages.drop("receipt_preview")
        preview = ReceiptPreview(pdf, code, staff=host.staff_signed_in, data_dir=host.data_dir)
        preview.back_requested.connect(self._on_receipt_preview_back_requested)
        self._pages.mount("receipt_preview", preview)
        host.receipt_screen.show_print_result(
            message or tr("Chưa có máy in. Giấy biên nhận đang hiện trên màn hình.")
        )
        host.show_screen("receipt_preview")

    def _on_receipt_preview_back_requested(self) -> None:
        self._host.show_screen("receipt")

    def _on_print_failed(self, exc: BaseException) -> None:
        _log.error("receipt output failed: %s", type(exc).__name__)
        self._host.receipt_screen.show_print_result(
            tr("Không tạo được giấy biên nhận. Hãy ghi lại mã hồ sơ và báo cán bộ ở quầy.")
        )
