# ruff: noqa: F811
"""The wizard's camera panel: a QR scanned by camera fills the person whose section shows."""

from __future__ import annotations

import io
from typing import Any

import qrcode
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    BIRTH,
    choose_procedure,
    current_field,
    kiosk_env,
    sign_in_staff,
    start_birth_registration,
    window,
)
from ui.input import NO_CAMERA_TEXT

# A chip CCCD (7 fields) with a pre-2025 three-level address (district Đống Đa).
CARD = (
    "001190012345|012345678|Nguyễn Thị Ánh Tuyết|01021990|Nữ|"
    "Số 5 ngõ 12 Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|15082021"
)


def qr_image(text: str) -> QImage:
    """A QR of ``text`` (UTF-8) as a camera would see it, made with the qrcode package."""
    buffer = io.BytesIO()
    qrcode.make(text).save(buffer, format="PNG")
    image = QImage.fromData(buffer.getvalue())
    assert not image.isNull()
    return image


def _mothers_step(qtbot: Any, window: Any) -> Any:
    start_birth_registration(qtbot, window)
    window.session.answers.update({"father_declared": False})
    wizard = window.get_screen("wizard")
    wizard.camera_panel.use_camera = False  # no real camera in tests; frames are fed by hand
    wizard.show_field("mother_full_name")
    assert current_field(window) == "mother_full_name"
    return wizard


def test_camera_scan_on_the_mothers_step_fills_the_mother(qtbot, window) -> None:
    wizard = _mothers_step(qtbot, window)
    button = wizard.camera_button
    assert button.isVisible() and button.text() == "Quét thẻ căn cước bằng camera"
    assert button.accessibleName() and button.height() >= 48
    panel = wizard.camera_panel
    assert not panel.isVisible()

    button.click()
    assert panel.isVisible() and panel.scanner is not None
    close = panel.close_button
    assert close.text() == "Đóng" and close.accessibleName() and close.height() >= 48

    assert panel.scanner.process_image(qr_image(CARD)) == [CARD]

    answers = window.session.answers
    assert answers["mother_full_name"] == "Nguyễn Thị Ánh Tuyết"
    assert answers["mother_dob"] == "1990-02-01"
    assert answers["mother_id_number"] == "001190012345"
    assert not any(k.startswith("requester") for k in answers)  # only the mother's section
    assert wizard.input.edit.text() == "Nguyễn Thị Ánh Tuyết"
    assert "Số định danh cá nhân" in wizard.notice.text()
    assert not panel.isVisible()  # closed after a good scan...
    assert panel.scanner.findChild(QLabel).pixmap().isNull()  # ...with the card's frame dropped


def test_panel_says_no_camera_and_closes(qtbot, window) -> None:
    wizard = _mothers_step(qtbot, window)
    wizard.camera_button.click()
    panel = wizard.camera_panel
    assert panel.scanner is not None and not panel.scanner.available
    texts = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    assert NO_CAMERA_TEXT in texts
    assert window.session.answers.get("mother_full_name") in (None, "")

    panel.close_button.click()
    assert not panel.isVisible()


def test_button_only_on_a_persons_step_and_panel_closed_by_the_wipe(qtbot, window) -> None:
    wizard = _mothers_step(qtbot, window)
    wizard.camera_button.click()
    assert wizard.camera_panel.isVisible()
    definition = window.session.definition
    nobody = next(
        f.id for f in wizard.steps() if not getattr(definition.section_of(f.id), "person", None)
    )
    wizard.show_field(nobody)
    assert not wizard.camera_button.isVisible()
    assert not wizard.camera_panel.isVisible()

    wizard.show_field("mother_full_name")
    wizard.camera_button.click()
    assert wizard.camera_panel.isVisible()
    scanner = wizard.camera_panel.scanner
    scanner.process_image(qr_image("not a card"))  # a frame is on the preview
    closed: list[bool] = []
    wizard.camera_panel.closed.connect(lambda: closed.append(True))
    window.finish_session()  # the wipe: the panel closes, its frame dropped, before the rebuild
    assert closed == [True]
    assert scanner.findChild(QLabel).pixmap().isNull()
    assert window.get_screen("wizard") is not wizard
    assert not window.get_screen("wizard").camera_panel.isVisible()


def test_whole_form_camera_fills_the_section_of_its_button(qtbot, window) -> None:
    sign_in_staff(qtbot, window)
    choose_procedure(window, BIRTH)
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)
    window.get_screen("wizard").whole_form.click()
    assert window.current_screen() == "wholeform"
    page = window.get_screen("wholeform")
    definition = window.session.definition
    mother = next(s.id for s in definition.sections if s.person == "mother")
    people = {s.id for s in definition.sections if getattr(s, "person", None)}
    assert set(page.camera_buttons) == people  # one button per person's section, no others
    button = page.camera_buttons[mother]
    assert button.accessibleName() and button.minimumHeight() >= 48

    page.camera_panel.use_camera = False
    button.click()
    assert page.camera_panel.isVisible()
    mother_ids = {f.id for s in definition.sections if s.id == mother for f in s.fields}
    assert page.current_field() in mother_ids  # the cursor went to the mother's section
    page.camera_panel.scanner.process_image(qr_image(CARD))

    answers = window.session.answers
    assert answers["mother_full_name"] == "Nguyễn Thị Ánh Tuyết"
    assert answers["mother_id_number"] == "001190012345"
    assert not answers.get("requester_full_name")
    assert page.rows["mother_full_name"].input.value() == "Nguyễn Thị Ánh Tuyết"
    assert not page.camera_panel.isVisible()
