# ruff: noqa: F811
""" "In giấy biên nhận" with a thermal printer configured: the slip reaches a file-backed printer
(`file:` path) off the GUI thread; an unplugged printer falls back to the on-screen receipt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.kiosk.escpos_stream import parse
from tests.ui._kiosk import close_window, kiosk_env, make_window  # noqa: F401 (fixtures)
from tests.ui._shell import submit_application


@pytest.fixture
def on_receipt(qtbot: Any, kiosk_env: Any, monkeypatch: Any) -> Iterator[Any]:
    """The window on the receipt screen of a freshly submitted application, no A4 printer."""
    import ui._printing

    monkeypatch.setattr(ui._printing, "printers_available", lambda: False)
    window = make_window(qtbot, kiosk_env)
    window.submitted = submit_application(window)
    window.session.application = window.submitted
    window.show_screen("receipt")
    yield window
    close_window(qtbot, window)


def test_print_goes_to_the_thermal_printer(qtbot: Any, on_receipt: Any, tmp_path: Path) -> None:
    slip = tmp_path / "printer.bin"
    on_receipt.config.printer.thermal = f"file:{slip}"
    screen = on_receipt.get_screen("receipt")
    screen.print_button.click()
    assert not screen.print_button.isEnabled()  # waits while the printer works
    qtbot.waitUntil(lambda: screen.print_button.isEnabled(), timeout=30_000)
    assert screen.print_status.text() == "Đã in giấy biên nhận. Hãy lấy giấy ở khe máy in."
    assert on_receipt.current_screen() == "receipt"
    stream = parse(slip.read_bytes())
    assert stream.commands[0].name == "init" and stream.commands[-1].name == "cut"
    assert stream.named("raster")
    assert stream.qr_payloads() == [on_receipt.submitted.code.encode()]
    # Nothing of the receipt is left under the data dir.
    assert not [p for p in on_receipt.data_dir.rglob("*") if p.read_bytes()[:2] == b"\x1b@"]


def test_unplugged_printer_shows_the_receipt_on_screen(qtbot: Any, on_receipt: Any) -> None:
    on_receipt.config.printer.thermal = "file:/dev/no-such-receipt-printer"
    screen = on_receipt.get_screen("receipt")
    screen.print_button.click()
    qtbot.waitUntil(lambda: on_receipt.current_screen() == "receipt_preview", timeout=30_000)
    assert screen.print_status.text() == (
        "Máy in biên nhận không in được. Giấy biên nhận đang hiện trên màn hình."
    )
    assert screen.print_button.isEnabled()


def test_wipe_while_printing_drops_the_answer(qtbot: Any, on_receipt: Any, tmp_path: Path) -> None:
    slip = tmp_path / "printer.bin"
    on_receipt.config.printer.thermal = f"file:{slip}"
    old_screen = on_receipt.get_screen("receipt")
    old_screen.print_button.click()
    on_receipt.finish_session()  # the resident walks away at once
    qtbot.waitUntil(lambda: on_receipt.tasks.idle, timeout=30_000)
    assert on_receipt.current_screen() == "home"
    assert on_receipt.get_screen("receipt") is not old_screen
    # The receipt's data came back after the wipe and was dropped: no slip with the last
    # resident's name waits in the tray for the next one.
    assert not slip.exists()
    assert on_receipt.get_screen("receipt").print_status.text() == ""


def test_result_ready_prints_the_notice(qtbot: Any, on_receipt: Any, tmp_path: Path) -> None:
    slip = tmp_path / "printer.bin"
    on_receipt.config.printer.thermal = f"file:{slip}"
    record = on_receipt.submitted
    call = on_receipt.tasks._executor.call
    call(lambda svc: svc.store.record_status(record.id, portal_status=4))
    on_receipt.finish_session()
    on_receipt.show_screen("lookup")
    lookup = on_receipt.get_screen("lookup")
    lookup.look_up(record.code)
    qtbot.waitUntil(lambda: record.code in lookup.result.text(), timeout=10_000)
    assert not lookup.notice.isVisible()  # still being processed: nothing to collect yet
    call(lambda svc: svc.store.record_status(record.id, portal_status=9))
    lookup.look_up(record.code)
    qtbot.waitUntil(lambda: lookup.notice.isVisible(), timeout=10_000)
    lookup.notice.click()
    qtbot.waitUntil(lambda: lookup.notice.isEnabled(), timeout=30_000)
    assert lookup.notice_status.text() == "Đã in phiếu báo. Hãy lấy giấy ở khe máy in."
    stream = parse(slip.read_bytes())
    assert stream.qr_payloads() == [record.code.encode()]
    assert stream.commands[-1].name == "cut"


def test_no_notice_button_without_a_thermal_printer(qtbot: Any, on_receipt: Any) -> None:
    record = on_receipt.submitted
    on_receipt.tasks._executor.call(lambda svc: svc.store.record_status(record.id, portal_status=9))
    on_receipt.finish_session()
    on_receipt.show_screen("lookup")
    lookup = on_receipt.get_screen("lookup")
    lookup.look_up(record.code)
    qtbot.waitUntil(lambda: "Đã có kết quả" in lookup.result.text(), timeout=10_000)
    assert not lookup.notice.isVisible()


def test_staff_keep_the_a4_receipt(
    qtbot: Any, on_receipt: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Assisted mode with an A4 printer installed: the A4 receipt (signature blocks), not 80 mm.

    No CUPS printer exists in CI: the default printer is stood in for by a list that keeps
    what QtPrintSupport would have been given.
    """
    import ui._printing
    from tests.ui._shell import STAFF_PIN, add_staff, sign_in

    slip = tmp_path / "printer.bin"
    on_receipt.config.printer.thermal = f"file:{slip}"
    printed: list[bytes] = []
    monkeypatch.setattr(ui._printing, "printers_available", lambda: True)
    monkeypatch.setattr(ui._printing, "print_pdf", lambda pdf: printed.append(pdf) or True)
    add_staff(on_receipt)
    sign_in(qtbot, on_receipt, "cb01", STAFF_PIN)
    on_receipt.session.application = on_receipt.submitted
    on_receipt.show_screen("receipt")
    screen = on_receipt.get_screen("receipt")
    screen.print_button.click()
    qtbot.waitUntil(lambda: bool(printed), timeout=30_000)
    assert printed[0].startswith(b"%PDF-") and not slip.exists()
