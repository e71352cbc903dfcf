# ruff: noqa: F811
"""The birth-registration path through the real store, without a portal: wizard to receipt."""

from __future__ import annotations

from typing import Any

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    BIRTH,
    CHILD_NAME,
    RESIDENT_NAME,
    answer,
    attachment,
    birth_answers,
    current_field,
    fill_wizard,
    kiosk_env,
    start_birth_registration,
    window,
)


def _draft(window: Any) -> Any:
    draft_id = window.session.draft_id
    return window.tasks._executor.call(lambda s: s.load_draft(draft_id))


def _edit_button(window: Any, field_id: str) -> Any:
    from PySide6.QtWidgets import QPushButton

    definition = window.session.definition
    label = definition.all_fields()[field_id].label
    whose = definition.section_of(field_id).title
    review = window.get_screen("review")
    wanted = f"Sửa: {label} ({whose})"
    return next(b for b in review.findChildren(QPushButton) if b.accessibleName() == wanted)


def test_wizard_shows_one_question_with_progress_and_section(qtbot, window) -> None:
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    assert current_field(window) == "requester_full_name"
    assert wizard.question.text() == "Họ, chữ đệm, tên"
    assert wizard.section.text() == "Người đi đăng ký"
    assert wizard.progress_text.text().startswith("Bước 1/")


def test_next_with_an_empty_required_answer_shows_a_plain_error(qtbot, window) -> None:
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    spoken: list[str] = []
    window.voice.spoken.connect(spoken.append)
    wizard.next.click()
    assert current_field(window) == "requester_full_name"
    assert wizard.error.isVisible()
    assert "Họ, chữ đệm, tên" in wizard.error.text()
    assert any(wizard.error.text().rstrip(".") in s for s in spoken)


def test_back_never_loses_an_answer_and_every_change_is_autosaved(
    qtbot, window, attachment
) -> None:
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    answers = birth_answers(attachment)
    for field_id in [f for f in wizard.rows if answers.get(f)]:
        answer(window, answers[field_id], field_id)
    wizard.next.click()
    assert wizard.journey.page.id == "mother"
    answer(window, "0011900", "mother_id_number")  # not valid yet: "back" keeps it anyway
    wizard.back.click()
    assert wizard.journey.page.id == "requester"
    assert wizard.rows["requester_full_name"].input.value() == RESIDENT_NAME
    wizard.next.click()
    assert wizard.rows["mother_id_number"].input.value() == "0011900"
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    saved = _draft(window)
    assert saved.answers["requester_full_name"] == RESIDENT_NAME
    assert saved.answers["mother_id_number"] == "0011900"
    assert saved.entered_by["requester_full_name"] == "resident"


def test_sensitive_question_says_so(qtbot, window, attachment) -> None:
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    wizard.show_field("child_ethnicity")
    row = wizard.rows["child_ethnicity"]
    assert row.sensitive.isVisible()
    assert "là dữ liệu cá nhân nhạy cảm" in row.sensitive.text()
    assert wizard.section.text() == "Dân tộc, quốc tịch, quê quán của cháu"


def test_review_edit_then_consent_submit_receipt_and_pdf(qtbot, window, attachment) -> None:
    start_birth_registration(qtbot, window)
    seen = fill_wizard(qtbot, window, birth_answers(attachment))
    assert "father_full_name" not in seen  # the father's section is skipped when not declared
    assert window.current_screen() == "review"
    review = window.get_screen("review")
    from PySide6.QtWidgets import QLabel

    texts = [w.text() for w in review.findChildren(QLabel)]
    assert CHILD_NAME in texts and RESIDENT_NAME in texts

    _edit_button(window, "child_full_name").click()
    assert window.current_screen() == "wizard"
    assert current_field(window) == "child_full_name"
    answer(window, "Trần Minh Khang")
    window.get_screen("wizard").next.click()
    assert window.current_screen() == "review"
    assert "Trần Minh Khang" in [w.text() for w in review.findChildren(QLabel)]

    review.ok.click()
    consent = window.get_screen("consent")
    assert window.current_screen() == "consent"
    assert all(not box.isChecked() for box in consent.boxes.values())
    consent.send.click()
    assert consent.error.isVisible() and window.current_screen() == "consent"
    consent.boxes["xu_ly_ho_so"].setChecked(True)
    consent.send.click()
    qtbot.waitUntil(lambda: window.current_screen() == "receipt", timeout=15_000)

    receipt = window.get_screen("receipt")
    record = window.session.application
    assert receipt.code.text() == record.provisional_code
    assert "Mã hồ sơ tạm thời" in receipt.note.text()
    assert "chưa được tiếp nhận chính thức" in receipt.note.text()
    assert not receipt.qr.pixmap().isNull()
    # The QR was encoded on the store's thread with the submission: it holds this code.
    from ui.screens._receipt import qr_pixmap

    assert receipt.qr.pixmap().toImage() == qr_pixmap(record.code).toImage()

    receipt.print_button.click()  # no printer: the receipt shows on screen, no file anywhere
    qtbot.waitUntil(lambda: window.current_screen() == "receipt_preview", timeout=15_000)
    assert not (window.data_dir / "receipts").exists()
    import io

    from pypdf import PdfReader

    pdf = window.staff_page("receipt_preview").pdf
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert record.provisional_code in text


def test_submission_error_goes_back_to_the_field(qtbot, window, attachment) -> None:
    start_birth_registration(qtbot, window)
    fill_wizard(qtbot, window, birth_answers(attachment))
    # "Về trang xem lại" keeps an answer without checking it: empty a required one that way.
    _edit_button(window, "child_hometown").click()
    answer(window, "")
    window.get_screen("wizard").to_review.click()
    assert window.current_screen() == "review"
    window.get_screen("review").ok.click()
    consent = window.get_screen("consent")
    consent.boxes["xu_ly_ho_so"].setChecked(True)
    consent.send.click()
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=15_000)
    assert current_field(window) == "child_hometown"
    assert window.get_screen("wizard").error.isVisible()


def test_catalog_search_finds_birth_registration(qtbot, window) -> None:
    home = window.get_screen("home")
    home.search.setText("giay khai sinh")
    home.search_go.click()
    catalog = window.get_screen("catalog")
    assert window.current_screen() == "catalog"
    assert BIRTH in catalog.buttons
    catalog.search.setText("zzzz không có")
    assert catalog.empty.isVisible() or not catalog.buttons


def test_catalog_cards_are_built_before_the_tap_and_follow_the_search(qtbot, window) -> None:
    from PySide6.QtWidgets import QPushButton

    catalog = window.get_screen("catalog")  # built once home has painted
    assert BIRTH in catalog.buttons, "the cards exist before the resident taps 'Bắt đầu'"
    card = catalog.buttons[BIRTH]
    window.flow.open_catalog()
    qtbot.waitUntil(lambda: window.current_screen() == "catalog")
    assert catalog.buttons[BIRTH] is card, "opening the catalog shows the cards built already"
    every = set(catalog.buttons)
    catalog.search.setText("giay khai sinh")
    listed = {code for code, b in catalog.buttons.items() if b.isVisible()}
    assert BIRTH in listed and listed == set(catalog.buttons) and listed < every
    hidden = [c for c in catalog.body.findChildren(QPushButton) if not c.isVisible()]
    assert hidden, "cards that do not match are hidden"
    catalog.search.setText("")
    assert set(catalog.buttons) == every
    assert all(b.isVisible() for b in catalog.buttons.values())
    assert catalog.buttons[BIRTH] is card
    names = [catalog.list.itemAt(i).widget() for i in range(catalog.list.count())]
    assert [w for w in names if w is not None] == list(catalog.buttons.values())
