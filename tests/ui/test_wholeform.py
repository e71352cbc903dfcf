# ruff: noqa: F811
"""Assisted mode's whole-form page: every question on one page, same checks, same autosave."""

from __future__ import annotations

from typing import Any

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    BIRTH,
    HANOI_ADDRESS,
    RESIDENT_NAME,
    choose_procedure,
    current_field,
    kiosk_env,
    sign_in_staff,
    window,
)


def _open_whole_form(qtbot: Any, window: Any) -> Any:
    sign_in_staff(qtbot, window)
    choose_procedure(window, BIRTH)
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)
    wizard = window.get_screen("wizard")
    assert wizard.whole_form.isVisible()
    wizard.whole_form.click()
    assert window.current_screen() == "wholeform"
    return window.get_screen("wholeform")


def test_whole_form_shows_every_visible_question_and_hides_the_others(qtbot, window) -> None:
    page = _open_whole_form(qtbot, window)
    definition = window.session.definition
    shown = [f for f, row in page.rows.items() if not row.isHidden()]
    import forms

    assert shown == [f.id for f in forms.visible_fields(definition, window.session.answers)]
    assert window.session.answers["father_declared"] is True  # the form's default, shown chosen
    assert page.rows["requester_full_name"].input.edit.hasFocus()
    assert not page.rows["father_full_name"].isHidden()
    page.rows["father_declared"].input.buttons[False].click()
    assert page.rows["father_full_name"].isHidden()  # hides at once
    assert page.headings["father"].isHidden()
    assert window.session.answers["father_declared"] is False
    assert window.session.entered_by["father_declared"] == "staff"
    page.rows["father_declared"].input.buttons[True].click()
    assert not page.rows["father_full_name"].isHidden()


def test_same_checks_then_review_and_back_to_one_question(qtbot, window) -> None:
    page = _open_whole_form(qtbot, window)
    page.rows["requester_full_name"].input.edit.setText("nguyễn thị hoà")
    page.rows["requester_id_number"].input.edit.setText("0011900")  # too short
    page.next.click()
    assert window.current_screen() == "wholeform"
    error = page.rows["requester_id_number"].error
    assert error.isVisible() and "12" in error.text()
    assert page.rows["requester_id_number"].input.edit.hasFocus()  # the first problem
    assert window.session.answers["requester_full_name"] == RESIDENT_NAME  # normalised
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    draft_id = window.session.draft_id
    saved = window.tasks._executor.call(lambda s: s.load_draft(draft_id))
    assert saved.answers["requester_full_name"] == RESIDENT_NAME  # autosaved
    assert saved.entered_by["requester_full_name"] == "staff"

    page.single.click()  # back to one question per screen, where the cursor was
    assert window.current_screen() == "wizard"
    assert current_field(window) == "requester_id_number"
    assert window.get_screen("wizard").input.value() == "0011900"
    window.get_screen("wizard").whole_form.click()
    assert page.rows["requester_full_name"].input.value() == RESIDENT_NAME
