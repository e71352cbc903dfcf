# ruff: noqa: F811
"""End to end: "Nhận kết quả" with a result signed by a real reference portal on loopback.

A birth registration is filed in the GUI and delivered by the real sync
controller; the portal marks it result-ready and signs the result with a key
from a test CA made here. At home the resident scans the receipt's QR and their
card: a stranger's card is refused, the applicant's card gets a result whose
signature is checked against the configured trust root, which is then printed
(to a PDF file standing in for the printer) and the hand-over audited. A result
the portal serves altered by one byte is refused, said plainly and reported.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

import portal as reference_portal
import sync
from kiosk.idcard import parse_card
from kiosk.results import REFUSED_MESSAGE
from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    attachment,
    birth_answers,
    close_window,
    fill_wizard,
    kiosk_env,
    make_window,
    press_done,
    start_birth_registration,
)

ENROL_CODE = "results-enrol-code"
APPLICANT_CARD = (
    "001190012345|012345678|Nguyễn Thị Hoà|01021990|Nữ|"
    "Số 12 phố Đội Cấn, Phường Ba Đình, Hà Nội|15082021"
)
STRANGER_CARD = (
    "079201004567||Trần Văn Đạt|12072001|Nam|Tổ 3, Phường Bến Nghé, Quận 1, TP HCM|04102024|||"
)


@pytest.fixture
def ca() -> Any:
    return reference_portal.make_result_ca()


@pytest.fixture
def portal(tmp_path: Path, ca: Any) -> Any:
    running = reference_portal.start_portal_in_thread(
        tmp_path / "portal.db",
        enroll_code=ENROL_CODE,
        result_signer=reference_portal.issue_result_signer(ca, "UBND phường Ba Đình"),
    )
    yield running
    running.stop()


@pytest.fixture
def controller(kiosk_env: Any, portal: Any) -> Any:
    _context, _catalog, executor = kiosk_env
    ctl = sync.SyncController(
        executor,
        portal.url,
        enroll=lambda: sync.ensure_enrolled(executor, portal.url, ENROL_CODE),
        interval_s=60,
    )
    yield ctl
    ctl.stop()


def _printer(path: Path) -> Any:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _file_and_deliver(qtbot: Any, window: Any, attachment: Path) -> str:
    start_birth_registration(qtbot, window)
    fill_wizard(qtbot, window, birth_answers(attachment))
    window.get_screen("review").ok.click()
    window.get_screen("consent").boxes["xu_ly_ho_so"].setChecked(True)
    window.get_screen("consent").send.click()
    qtbot.waitUntil(lambda: window.current_screen() == "receipt", timeout=15_000)
    qtbot.waitUntil(lambda: bool(window.session.application.official_code), timeout=30_000)
    code = str(window.session.application.official_code)
    press_done(window)
    return code


def _audit(window: Any, action: str) -> list[dict[str, Any]]:
    rows = window.tasks._executor.call(
        lambda svc: svc.store.query("SELECT * FROM audit_events WHERE action = ?", (action,))
    )
    return [dict(r) for r in rows]


def test_result_pickup_end_to_end(
    qtbot, kiosk_env, portal, controller, attachment, ca, tmp_path
) -> None:
    context = kiosk_env[0]
    trust_root = tmp_path / "results-ca.pem"
    trust_root.write_bytes(ca.cert_pem)
    context.config.results.trust_root = str(trust_root)
    window = make_window(qtbot, kiosk_env, sync=controller)
    printed = tmp_path / "printed-result.pdf"
    window.flow.results.printer_factory = lambda: _printer(printed)
    try:
        controller.start()
        code = _file_and_deliver(qtbot, window, attachment)
        db = reference_portal.PortalDB(portal.db_path)
        try:
            assert reference_portal.mark_result_ready(
                db, code, decision="Đồng ý đăng ký khai sinh."
            )
        finally:
            db.close()

        # Home → "Nhận kết quả" → the receipt's QR → a stranger's card: refused.
        window.get_screen("home").results.click()
        assert window.current_screen() == "result_pickup"
        pickup = window.get_screen("result_pickup")
        window.scanner.code_scanned.emit(code)
        assert pickup.code.text() == code and "thẻ căn cước" in pickup.step.text()
        window.scanner.card_scanned.emit(parse_card(STRANGER_CARD))
        qtbot.waitUntil(lambda: "không phải của người" in pickup.answer.text(), timeout=20_000)
        assert pickup.print_button.isHidden()

        # The applicant's own card (read by the camera this time): fetched, checked, shown,
        # printed, recorded.
        assert pickup.camera_button.isVisible()
        with qtbot.waitSignal(window.flow.results.handed_over, timeout=30_000) as handed:
            pickup.camera_panel.card_scanned.emit(parse_card(APPLICANT_CARD))
            qtbot.waitUntil(lambda: pickup.print_button.isVisible(), timeout=30_000)
            assert "Ba Đình" in pickup.answer.text()  # the signer, as the signature says
            assert pickup.pages.count() == 1
            pickup.print_button.click()
        assert handed.args == [code]
        # The printer got the page, painted as an image (as on paper): one page, one picture.
        (page,) = PdfReader(io.BytesIO(printed.read_bytes())).pages
        assert len(page.images) == 1
        (event,) = _audit(window, "result.handed_over")
        detail = json.loads(event["detail"])
        assert event["subject"] == code and event["actor"] == "resident"
        assert "001190012345" not in event["detail"] and len(detail["applicant_index"]) == 64
        assert detail["kiosk_id"]
        qtbot.waitUntil(lambda: _portal_status(portal, code) == 10, timeout=20_000)

        # The portal now serves a copy altered by one byte: refused, said plainly, reported.
        _alter_stored_result(portal, code)
        printed.unlink()
        window.flow.results.on_code(code)
        with qtbot.waitSignal(window.flow.results.refused, timeout=30_000):
            window.scanner.card_scanned.emit(parse_card(APPLICANT_CARD))
        assert pickup.answer.text() == REFUSED_MESSAGE
        assert pickup.print_button.isHidden() and pickup.pages.count() == 0
        qtbot.waitUntil(lambda: bool(_audit(window, "result.refused")), timeout=10_000)
        qtbot.waitUntil(lambda: window.staff_alert.active, timeout=10_000)
        assert not printed.exists()
    finally:
        controller.stop()
        close_window(qtbot, window)


def _portal_status(portal: Any, code: str) -> int:
    db = reference_portal.PortalDB(portal.db_path)
    try:
        return int(db.application(None, code)["status"])
    finally:
        db.close()


def _alter_stored_result(portal: Any, code: str) -> None:
    """Flip one byte inside the stored signed PDF (its digest updated, as a forger would)."""
    import hashlib
    import sqlite3

    with sqlite3.connect(portal.db_path) as conn:
        (pdf,) = conn.execute("SELECT pdf FROM results WHERE official_code = ?", (code,)).fetchone()
        where = len(pdf) // 3
        altered = pdf[:where] + bytes([pdf[where] ^ 0x01]) + pdf[where + 1 :]
        conn.execute(
            "UPDATE results SET pdf = ?, sha256 = ? WHERE official_code = ?",
            (altered, hashlib.sha256(altered).hexdigest(), code),
        )


def test_staff_hand_over_for_a_resident_without_a_card(
    qtbot, kiosk_env, portal, controller, attachment, ca, tmp_path
) -> None:
    from tests.ui._kiosk import STAFF_ID, sign_in_staff

    context = kiosk_env[0]
    trust_root = tmp_path / "results-ca.pem"
    trust_root.write_bytes(ca.cert_pem)
    context.config.results.trust_root = str(trust_root)
    window = make_window(qtbot, kiosk_env, sync=controller)
    printed = tmp_path / "printed-result.pdf"
    window.flow.results.printer_factory = lambda: _printer(printed)
    try:
        controller.start()
        code = _file_and_deliver(qtbot, window, attachment)
        db = reference_portal.PortalDB(portal.db_path)
        try:
            assert reference_portal.mark_result_ready(db, code)
        finally:
            db.close()
        sign_in_staff(qtbot, window)
        window.flow.results.open()
        pickup = window.get_screen("result_pickup")
        pickup.code.setText(code)
        pickup.go.click()
        assert pickup.staff_box.isVisible()  # assisted mode only
        pickup.document.setCurrentIndex(pickup.document.findData("passport"))
        pickup.last4.setText("4567")
        pickup.staff_go.click()
        qtbot.waitUntil(lambda: pickup.print_button.isVisible(), timeout=30_000)
        with qtbot.waitSignal(window.flow.results.handed_over, timeout=30_000):
            pickup.print_button.click()
        assert printed.exists()
        (event,) = _audit(window, "result.handed_over")
        assert event["actor"] == STAFF_ID
        assert json.loads(event["detail"])["document"] == {"type": "passport", "last4": "4567"}
    finally:
        controller.stop()
        close_window(qtbot, window)
