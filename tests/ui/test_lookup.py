# ruff: noqa: F811
"""Status lookup from home: typed code, unknown code, and a receipt QR from a wedge scanner."""

from __future__ import annotations

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    attachment,
    birth_answers,
    fill_wizard,
    kiosk_env,
    press_done,
    start_birth_registration,
    window,
)


def _submit(qtbot, window, attachment) -> str:
    start_birth_registration(qtbot, window)
    fill_wizard(qtbot, window, birth_answers(attachment))
    window.get_screen("review").ok.click()
    window.get_screen("consent").boxes["xu_ly_ho_so"].setChecked(True)
    window.get_screen("consent").send.click()
    qtbot.waitUntil(lambda: window.current_screen() == "receipt", timeout=15_000)
    code = window.session.application.code
    press_done(window)
    return str(code)


def test_typed_code_shows_status_without_personal_data(qtbot, window, attachment) -> None:
    code = _submit(qtbot, window, attachment)
    window.get_screen("home").lookup.click()
    lookup = window.get_screen("lookup")
    lookup.code.setText(code)
    lookup.go.click()
    qtbot.waitUntil(lambda: code in lookup.result.text(), timeout=10_000)
    assert "Đăng ký khai sinh" in lookup.result.text()
    assert "chờ gửi" in lookup.result.text()
    assert "Nguyễn" not in lookup.result.text()


def test_unknown_code_says_what_to_do(qtbot, window) -> None:
    window.get_screen("home").lookup.click()
    lookup = window.get_screen("lookup")
    lookup.code.setText("TT-0000-000000-9999")
    lookup.go.click()
    qtbot.waitUntil(lambda: "Không tìm thấy" in lookup.result.text(), timeout=10_000)
    assert "kiểm tra lại mã" in lookup.result.text()


def test_scanned_receipt_qr_opens_the_lookup(qtbot, window, attachment) -> None:
    code = _submit(qtbot, window, attachment)
    assert window.current_screen() == "home"
    window.scanner.code_scanned.emit(code)
    assert window.current_screen() == "lookup"
    lookup = window.get_screen("lookup")
    qtbot.waitUntil(lambda: code in lookup.result.text(), timeout=10_000)
