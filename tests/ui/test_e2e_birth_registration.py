# ruff: noqa: F811
"""End to end: a birth registration filed in the GUI reaches the real reference portal once.

The portal runs on a loopback port (``portal.start_portal_in_thread``); the kiosk
enrols with it and the real ``SyncController`` delivers the application. The
receipt screen must switch to the portal's official code, the portal must hold
exactly one application, and the printed (PDF) receipt must carry that code.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

import portal as reference_portal
import sync
from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    BIRTH,
    RESIDENT_NAME,
    attachment,
    birth_answers,
    close_window,
    fill_wizard,
    kiosk_env,
    make_window,
    start_birth_registration,
)

ENROL_CODE = "e2e-enrol-code"


@pytest.fixture
def portal(tmp_path: Path) -> Any:
    running = reference_portal.start_portal_in_thread(
        tmp_path / "portal.db", enroll_code=ENROL_CODE
    )
    yield running
    running.stop()


@pytest.fixture
def controller(kiosk_env: Any, portal: Any) -> Any:
    _context, _catalog, executor = kiosk_env
    ctl = sync.SyncController(executor, portal.url, enroll=lambda: sync.ensure_enrolled(
        executor, portal.url, ENROL_CODE), interval_s=60)
    yield ctl
    ctl.stop()


def test_birth_registration_end_to_end(qtbot, kiosk_env, portal, controller, attachment) -> None:
    window = make_window(qtbot, kiosk_env, sync=controller)
    try:
        controller.start()
        start_birth_registration(qtbot, window)
        assert window.session.procedure_code == BIRTH
        fill_wizard(qtbot, window, birth_answers(attachment))
        assert window.current_screen() == "review"
        window.get_screen("review").ok.click()
        consent = window.get_screen("consent")
        consent.boxes["xu_ly_ho_so"].setChecked(True)
        consent.boxes["nhan_tin"].setChecked(True)
        consent.send.click()
        qtbot.waitUntil(lambda: window.current_screen() == "receipt", timeout=15_000)
        receipt = window.get_screen("receipt")
        provisional = window.session.application.provisional_code
        assert receipt.code.text() == provisional
        assert "chưa được tiếp nhận chính thức" in receipt.note.text()

        # The controller delivers in the background; the receipt follows the signal.
        qtbot.waitUntil(lambda: bool(window.session.application.official_code), timeout=30_000)
        official = window.session.application.official_code
        assert official != provisional
        qtbot.waitUntil(lambda: receipt.code.text() == official, timeout=5_000)
        assert "chính thức" in receipt.code_caption.text()
        assert "chưa được tiếp nhận" not in receipt.note.text()

        db = reference_portal.PortalDB(portal.db_path)
        stats = db.stats()
        assert stats["applications"] == 1 and stats["duplicates"] == 0
        stored = db.application(None, official)
        assert stored is not None

        receipt.print_button.click()  # no printer: shown on screen, never written to disk
        qtbot.waitUntil(lambda: window.current_screen() == "receipt_preview", timeout=15_000)
        assert not (window.data_dir / "receipts").exists()
        pdf = io.BytesIO(window.staff_page("receipt_preview").pdf)
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert official in text.replace("\n", "")
        assert RESIDENT_NAME in text
    finally:
        controller.stop()
        close_window(qtbot, window)
