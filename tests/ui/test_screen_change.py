"""What issue 16's screen change moves off the tap: the screen still shows the right things.

The receipt's QR codes are encoded off the GUI thread and handed to the screen; the
catalog's cards and the wizard's next page are built before the tap (see also
tests/ui/test_flow.py). These tests assert what the resident sees, never a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

import forms
from kiosk.services import KioskServices, file_sample
from tests.kiosk.test_receipts_every_procedure import services as services
from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    attachment,
    birth_answers,
    fill_wizard,
    kiosk_env,
    start_birth_registration,
    window,
)
from ui._receipt_images import ReceiptImages, receipt_images
from ui.screens import ReceiptScreen
from ui.screens._receipt import qr_pixmap

BIRTH = "1.001193"


@pytest.fixture
def screen(qtbot: Any) -> Iterator[ReceiptScreen]:
    widget = ReceiptScreen()
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    yield widget


def _made_on_another_thread(code: str, receipt: Any) -> ReceiptImages:
    made: list[ReceiptImages] = []
    worker = threading.Thread(target=lambda: made.append(receipt_images(code, receipt)))
    worker.start()
    worker.join(30)
    assert made, "the images are made without the GUI thread"
    return made[0]


def test_the_receipt_shows_the_qr_of_its_own_code_made_off_the_gui_thread(
    services: KioskServices,
    screen: ReceiptScreen,
) -> None:
    filed = file_sample(services, BIRTH, forms.sample_answers(BIRTH))
    code = filed.record.code
    images = _made_on_another_thread(code, filed.receipt)
    screen.show_application(filed.record, receipt=filed.receipt, images=images)
    assert screen.code.text() == code
    assert screen.qr.pixmap().toImage() == qr_pixmap(code).toImage()


def test_images_made_for_another_application_are_never_shown(
    services: KioskServices,
    screen: ReceiptScreen,
) -> None:
    first = file_sample(services, BIRTH, forms.sample_answers(BIRTH))
    second = file_sample(services, BIRTH, forms.sample_answers(BIRTH))
    assert first.record.code != second.record.code
    stale = receipt_images(first.record.code, first.receipt)
    screen.show_application(second.record, receipt=second.receipt, images=stale)
    assert screen.code.text() == second.record.code
    assert screen.qr.pixmap().toImage() == qr_pixmap(second.record.code).toImage()
    assert screen.qr.pixmap().toImage() != qr_pixmap(first.record.code).toImage()


def _decoded(pixmap: Any) -> list[str]:
    import io

    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    with Image.open(io.BytesIO(buffer.data().data())) as image:
        return [r.text for r in zxingcpp.read_barcodes(image)]


def test_the_qr_codes_made_off_the_gui_thread_read_back_as_the_receipts_own(
    services: KioskServices,
    screen: ReceiptScreen,
) -> None:
    from tests.kiosk.test_receipt_fee import fee_receipt

    filed = file_sample(services, BIRTH, forms.sample_answers(BIRTH))
    receipt = fee_receipt(application_code=filed.record.code)
    images = _made_on_another_thread(filed.record.code, receipt)
    assert images.fee_png is not None and images.fee_payload == receipt.fee_qr_payload()
    screen.show_application(filed.record, receipt=receipt, images=images)
    assert _decoded(screen.qr.pixmap()) == [filed.record.code]
    assert screen.fee_qr.isVisibleTo(screen)
    assert _decoded(screen.fee_qr.pixmap()) == [receipt.fee_qr_payload()]


def test_the_consent_cards_are_built_while_the_review_is_read_and_shown_unticked(
    qtbot: Any,
    window: Any,  # noqa: F811
    attachment: Any,  # noqa: F811
) -> None:
    start_birth_registration(qtbot, window)
    fill_wizard(qtbot, window, birth_answers(attachment))
    assert window.current_screen() == "review"
    consent = window.get_screen("consent")
    wanted = [c.id for c in window.session.definition.consents]
    qtbot.waitUntil(lambda: list(consent.boxes) == wanted)  # before "Đồng ý" is tapped
    built = dict(consent.boxes)
    window.get_screen("review").ok.click()
    assert window.current_screen() == "consent"
    assert consent.boxes == built, "the cards built beforehand are the ones shown"
    assert all(not box.isChecked() for box in consent.boxes.values())
    for box in consent.boxes.values():
        box.setChecked(True)
    consent.back.click()  # back to the review, then on again: as new, nothing ticked
    qtbot.waitUntil(lambda: window.current_screen() == "review")
    window.get_screen("review").ok.click()
    assert window.current_screen() == "consent"
    assert list(consent.boxes) == wanted
    assert all(not box.isChecked() for box in consent.boxes.values())
    assert not consent.error.isVisible()


def test_the_next_page_is_built_with_its_answers_before_the_tap_and_answers_nothing(
    qtbot: Any,
    window: Any,  # noqa: F811
) -> None:
    from ui.screens._field_widgets import TextInput

    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    journey = wizard.journey
    following = journey.pages[journey.index + 1]
    qtbot.waitUntil(lambda: following.id in wizard.shelf.built)  # before any tap
    _box, rows = wizard.shelf.built[following.id]
    field_id = next(f for f, r in rows.items() if isinstance(r.input, TextInput))
    journey.answer(field_id, "Nguyễn Thị Ánh")  # as a card or the journey fills it
    before = dict(window.session.answers)
    with qtbot.assertNotEmitted(wizard.answer_changed):
        wizard._prebuild_next()  # what runs each time a page is shown
    assert rows[field_id].input.edit.text() == "Nguyễn Thị Ánh"
    assert window.session.answers == before, "putting answers in is no answer"
    shown = {f.id for f in journey.shown(following)}
    assert {f for f, r in rows.items() if not r.isHidden()} == shown
