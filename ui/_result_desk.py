"""What "Nhận kết quả" does: fetch, check the signature, show, print, record the hand-over.

The portal call and the signature check run on the desk's own thread (network
must never wait on, nor hold, the store's thread); the audit entries run on the
store's thread; rendering and printing on the GUI thread. Nothing is shown or
printed before :func:`kiosk.results.validate_result` has passed, and a failed
check is audited and raised as a staff alert. The ID number read from the card
stays in memory only long enough to make its blind index.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal

from kiosk.results import (
    REFUSED_MESSAGE,
    ResultCheck,
    ResultRefusedError,
    TrustRootError,
    load_trust_root,
    record_handover,
    record_refusal,
    validate_result,
)

_log = logging.getLogger(__name__)
SCREEN = "result_pickup"


def tr(text: str) -> str:
    return QCoreApplication.translate("ResultDesk", text)


def _unavailable_text(code: str) -> str:
    return {
        "applicant_mismatch": tr(
            "Thẻ vừa quét không phải của người đã nộp hồ sơ này. Hãy quét thẻ căn cước "
            "của người nộp, hoặc nhờ cán bộ ở quầy."
        ),
        "proof_locked": tr(
            "Đã quét sai thẻ nhiều lần. Xin mời đến Bộ phận Một cửa để cán bộ trả kết quả."
        ),
        "result_not_ready": tr(
            "Hồ sơ này chưa có kết quả. Hãy xem ngày hẹn trên giấy biên nhận, "
            "hoặc tra cứu tình trạng hồ sơ."
        ),
        "not_found": tr("Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy biên nhận."),
    }.get(code, tr("Cổng dịch vụ công chưa trả kết quả. Xin mời đến quầy để được hỗ trợ."))


def render_pages(pdf: bytes, width: int = 1200) -> list[Any]:
    """Each page of a PDF as a QImage (QtPdf). GUI thread."""
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        height = int(width * size.height() / size.width()) if size.width() else width
        images.append(document.render(page, QSize(width, height)))
    return images


class ResultDesk(QObject):
    """The window's result pick-up. ``printer_factory`` makes the printer (tests: a file)."""

    _finished = Signal(object, object)
    handed_over = Signal(str)
    """An application code whose checked result was printed and recorded."""
    refused = Signal(str)
    """An application code whose result failed its signature check."""

    def __init__(self, host: Any) -> None:
        super().__init__(host)
        self._host = host
        self._finished.connect(self._on_finished)
        self._results_client: Any = None
        self._roots: list[Any] | None = None
        self.printer_factory: Callable[[], Any] | None = None
        self._code = ""
        self._held: tuple[Any, ResultCheck] | None = None
        self._generation = 0
        self._busy = False
        host.wiped.connect(self.reset)

    # -- the screen ----------------------------------------------------------------------

    def screen(self) -> Any:
        """The pick-up screen, built on first use (the window's rebuild drops it)."""
        screen = self._host.screens.get(SCREEN)
        if screen is not None:
            return screen
        from PySide6.QtWidgets import QScrollArea

        from ui.screens._result_pickup import ResultPickupScreen

        screen = ResultPickupScreen()
        screen.code_entered.connect(self.on_code)
        screen.card_scanned.connect(self.on_card_scanned)
        screen.staff_handover_requested.connect(self._on_screen_staff_handover_requested)
        screen.print_requested.connect(self.print_result)
        screen.back_requested.connect(self._host.finish_session)
        screen.spoken.connect(self._host._on_screen_spoken)
        page = QScrollArea()  # at 200 % and with the result's pages, the screen scrolls
        page.setWidgetResizable(True)
        page.setWidget(screen)
        self._host.screens[SCREEN] = screen
        self._host.pages[SCREEN] = page
        self._host.stack.addWidget(page)
        return screen

    def open(self) -> None:
        """ "Nhận kết quả" from home: step 1, or a plain word when this kiosk cannot."""
        self.reset()
        if self._trust_roots() is None:
            self._host.show_message(
                tr(
                    "Máy này chưa được cài để trả kết quả điện tử. Xin mời đến Bộ phận "
                    "Một cửa để nhận kết quả."
                ),
                transient=True,
            )
            return
        self.screen().ask_code()
        self._host.show_screen(SCREEN)

    def reset(self) -> None:
        """Forget the code and any result held (a wipe, or a new resident)."""
        self._generation += 1
        self._busy = False
        self._code = ""
        self._held = None

    # -- intents -------------------------------------------------------------------------

    def on_code(self, code: str) -> None:
        """The receipt's code, typed or scanned: ask for the card (an answer still on its way
        for an earlier code is dropped)."""
        self.reset()
        self._code = code.strip()
        self.screen().ask_card(self._code, staff=bool(self._host.staff_signed_in))

    def on_card_scanned(self, card: Any) -> None:
        """The resident's own card: fetch the result with its blind index."""
        if not self._code:
            self.screen().show_problem(tr("Hãy quét mã QR trên giấy biên nhận trước."))
            return
        code, id_number = self._code, str(card.id_number)
        self._fetch(lambda results: results.fetch_for_applicant(code, id_number))

    def _on_screen_staff_handover_requested(self, document_type: str, tail: str) -> None:
        if not self._host.staff_signed_in or not self._code:
            return
        code, staff_id = self._code, str(self._host.session.staff_id)
        self._fetch(lambda results: results.fetch_for_staff(code, staff_id, document_type, tail))

    def _fetch(self, call: Callable[[Any], Any]) -> None:
        if self._busy:
            return  # a second scan while the first is being fetched and checked
        results = self._client()
        if results is None:
            self.screen().show_problem(
                tr(
                    "Máy chưa kết nối được Cổng dịch vụ công. Xin thử lại sau ít phút, "
                    "hoặc đến quầy để nhận kết quả."
                )
            )
            return
        roots = self._trust_roots()
        moment = self._host.tasks.clock.now_utc()
        self.screen().show_busy(tr("Đang tải kết quả và kiểm tra chữ ký số…"))
        generation = self._generation
        self._busy = True

        def work() -> Any:
            fetched = call(results)
            try:
                return fetched, validate_result(fetched.pdf, roots or [], moment=moment)
            except ResultRefusedError as exc:
                return fetched, exc

        def run() -> None:
            try:
                outcome = work()
            except Exception as exc:  # handed to the GUI thread, which says it plainly
                outcome = exc
            try:
                self._finished.emit(generation, outcome)
            except RuntimeError:  # the window closed meanwhile: nobody to show it to
                _log.info("result fetched after the window closed")

        # One short-lived thread per request: the store's thread never waits on the network.
        threading.Thread(target=run, name="result-fetch", daemon=True).start()

    def _on_finished(self, generation: int, outcome: Any) -> None:
        if generation != self._generation:
            return  # the resident left (wipe): nothing of theirs is shown to the next one
        self._busy = False
        from sync import PortalError, ResultUnavailableError

        screen = self.screen()
        if isinstance(outcome, ResultUnavailableError):
            screen.show_problem(_unavailable_text(outcome.code))
            return
        if isinstance(outcome, PortalError | OSError):
            _log.warning("result fetch failed: %s", type(outcome).__name__)
            screen.show_problem(
                tr(
                    "Không tải được kết quả từ Cổng dịch vụ công. Xin thử lại sau ít phút, "
                    "hoặc đến quầy để nhận kết quả."
                )
            )
            return
        if isinstance(outcome, BaseException):
            _log.error("result fetch failed: %s", type(outcome).__name__)
            screen.show_problem(tr("Có lỗi khi nhận kết quả. Xin mời đến quầy để được hỗ trợ."))
            return
        fetched, check = outcome
        if isinstance(check, ResultRefusedError):
            self._refuse(fetched.official_code, check.reason)
            return
        self._held = (fetched, check)
        screen.show_result(render_pages(fetched.pdf), tr("Ký bởi: %1").replace("%1", check.signer))

    def _refuse(self, code: str, reason: str) -> None:
        self.screen().show_problem(tr(REFUSED_MESSAGE))
        alert = self._host.show_staff_alert
        texts: list[str] = []
        self._host.run_task(
            lambda svc: record_refusal(
                svc.store,
                official_code=code,
                kiosk_id=svc.kiosk_id,
                reason=reason,
                alert=texts.append,
            ),
            lambda _seq: [alert(t) for t in texts],
            lambda exc: _log.error("result refusal not audited: %s", type(exc).__name__),
        )
        self.refused.emit(code)

    def print_result(self) -> None:
        """Print the checked result; record the hand-over once it went to the printer."""
        from ui._printing import print_pdf

        if self._held is None:
            return
        fetched, check = self._held
        printer = self.printer_factory() if self.printer_factory is not None else None
        if not print_pdf(fetched.pdf, printer):
            self.screen().show_problem(
                tr("Máy in không hoạt động. Hãy báo cán bộ ở quầy để in giúp.")
            )
            return
        self._held = None
        self._host.run_task(
            lambda svc: record_handover(
                svc.store,
                official_code=fetched.official_code,
                kiosk_id=svc.kiosk_id,
                check=check,
                applicant_index=fetched.applicant_index,
                staff_id=fetched.staff_id,
                document=fetched.document,
            ),
            lambda _seq: self._on_handover_recorded(fetched),
        )

    def _on_handover_recorded(self, fetched: Any) -> None:
        self.screen().show_printed(
            tr("Đã in kết quả. Hãy lấy giấy ở khay máy in. Bấm Về trang chủ khi xong.")
        )
        results = self._client()
        if results is not None:  # the portal marks it handed over; best effort, audited here
            threading.Thread(
                target=_confirm, args=(results, fetched), name="result-handover", daemon=True
            ).start()
        self.handed_over.emit(fetched.official_code)

    # -- parts ---------------------------------------------------------------------------

    def _client(self) -> Any:
        from sync import ResultsClient

        client = getattr(self._host.sync, "client", None) if self._host.sync else None
        if client is None:
            return None
        if self._results_client is None or self._results_client.client is not client:
            self._results_client = ResultsClient(client)
        return self._results_client

    def _trust_roots(self) -> list[Any] | None:
        if self._roots is None:
            path = self._host.config.results.trust_root_path(self._host.data_dir)
            if path is None:
                return None
            try:
                self._roots = load_trust_root(path)
            except TrustRootError as exc:
                _log.error("results trust root: %s", exc)
                self._host.show_staff_alert(
                    tr("Không đọc được chứng thư gốc để kiểm tra kết quả ([results] trust_root).")
                )
                return None
        return self._roots


def _confirm(results: Any, fetched: Any) -> None:
    try:
        results.confirm_handover(fetched)
    except Exception as exc:  # the hand-over is in the kiosk's audit log either way
        _log.warning("portal not told of the hand-over: %s", type(exc).__name__)
