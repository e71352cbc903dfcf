# ruff: noqa: F811
"""Receipts are never written in plaintext under the data dir: with no printer the receipt is
shown on screen, staff alone may save a copy to a path they choose, and a reprint comes from
the encrypted receipt data."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.ui._kiosk import close_window, kiosk_env, make_window  # noqa: F401 (fixtures)
from tests.ui._shell import STAFF_PIN, add_staff, sign_in, submit_application
from ui._receipt_preview import ReceiptPreview


@pytest.fixture
def on_receipt(qtbot: Any, kiosk_env: Any, monkeypatch: Any) -> Iterator[Any]:
    """The window on the receipt screen of a freshly submitted application, no printer."""
    import ui._printing

    monkeypatch.setattr(ui._printing, "printers_available", lambda: False)
    window = make_window(qtbot, kiosk_env)
    add_staff(window)
    window.submitted = submit_application(window)
    yield window
    close_window(qtbot, window)


def _show_receipt(window: Any) -> None:
    window.session.application = window.submitted
    window.show_screen("receipt")


def _pdfs_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.read_bytes()[:5] == b"%PDF-"]


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_no_printer_shows_the_receipt_and_writes_nothing(qtbot, on_receipt) -> None:
    _show_receipt(on_receipt)
    on_receipt.get_screen("receipt").print_button.click()
    qtbot.waitUntil(lambda: on_receipt.current_screen() == "receipt_preview", timeout=15_000)
    preview = on_receipt.staff_page("receipt_preview")
    assert preview.pages and not preview.pages[0].pixmap().isNull()  # drawn by QtPdf
    assert preview.pages[0].pixmap().width() == ReceiptPreview.page_width
    assert on_receipt.submitted.code in _text(preview.pdf)
    assert not preview.save.isVisible()  # a resident alone cannot save it anywhere
    assert _pdfs_under(on_receipt.data_dir) == []
    preview.back.click()
    assert on_receipt.current_screen() == "receipt"
    assert on_receipt.get_screen("receipt").print_button.isEnabled()


def test_staff_save_a_copy_where_they_choose(qtbot, on_receipt, tmp_path, monkeypatch) -> None:
    sign_in(qtbot, on_receipt, "cb01", STAFF_PIN)
    _show_receipt(on_receipt)
    on_receipt.get_screen("receipt").print_button.click()
    qtbot.waitUntil(lambda: on_receipt.current_screen() == "receipt_preview", timeout=15_000)
    preview = on_receipt.staff_page("receipt_preview")
    assert preview.save.isVisible()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(ReceiptPreview, "ask_path", staticmethod(lambda *_: str(usb / "bn")))
    with qtbot.waitSignal(preview.saved) as saved:
        preview.save.click()
    written = Path(saved.args[0])
    assert written == usb / "bn.pdf"
    assert on_receipt.submitted.code in _text(written.read_bytes())
    assert str(written) in preview.status.text()
    # Inside the data dir is refused, whatever the dialog returned.
    assert not preview.save_to(on_receipt.data_dir / "receipts" / "x.pdf")
    assert preview.status.text() == "Không lưu vào thư mục dữ liệu của máy. Hãy chọn ổ USB."
    assert _pdfs_under(on_receipt.data_dir) == []


def test_unwritable_usb_says_so(qtbot, on_receipt, tmp_path) -> None:
    preview = ReceiptPreview(b"%PDF-1.4\n%%EOF\n", "TT-1", staff=True, data_dir=on_receipt.data_dir)
    qtbot.addWidget(preview)
    assert not preview.save_to(tmp_path / "no-such-drive" / "bn.pdf")
    assert preview.status.text() == "Không lưu được tệp. Hãy kiểm tra ổ USB rồi thử lại."


def test_wipe_drops_the_preview(qtbot, on_receipt) -> None:
    _show_receipt(on_receipt)
    on_receipt.get_screen("receipt").print_button.click()
    qtbot.waitUntil(lambda: on_receipt.current_screen() == "receipt_preview", timeout=15_000)
    preview = on_receipt.staff_page("receipt_preview")
    on_receipt.finish_session()
    assert "receipt_preview" not in on_receipt.pages
    assert preview.pdf == b""
    assert all(label.pixmap().isNull() for label in preview.pages)


def test_reprint_uses_the_encrypted_receipt_data(on_receipt) -> None:
    from ui._printing import receipt_pdf

    app_id = on_receipt.submitted.id
    call = on_receipt.tasks._executor.call
    code, pdf = call(lambda svc: receipt_pdf(svc, app_id))
    assert code == on_receipt.submitted.code and code in _text(pdf)


def test_portal_due_date_prints_as_close_of_office(on_receipt) -> None:
    from kiosk.receipts import HANOI_TZ

    app_id = on_receipt.submitted.id
    call = on_receipt.tasks._executor.call
    received = call(lambda svc: svc.receipt_data(app_id)).received_at
    later = (received.astimezone(HANOI_TZ).date()).replace(year=received.year + 1).isoformat()
    # The portal leaves a bare due date on the record; the printed receipt (one rule, in
    # KioskServices.receipt_data) shows it as that day's close of office.
    call(lambda svc: svc.store.record_status(app_id, portal_status=4, due_at=later))
    data = call(lambda svc: svc.receipt_data(app_id))
    due = data.due_at.astimezone(HANOI_TZ)
    assert due.isoformat()[:10] == later and (due.hour, due.minute) == (17, 0)
