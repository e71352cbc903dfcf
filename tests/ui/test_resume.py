# ruff: noqa: F811
"""Resuming a draft: the resident with the draft code and ID number; staff from the console."""

from __future__ import annotations

from typing import Any

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    HANOI_ADDRESS,
    RESIDENT_NAME,
    answer,
    current_field,
    kiosk_env,
    press_done,
    start_birth_registration,
    window,
)

ID_NUMBER = "001190012345"


def _leave_a_draft(qtbot: Any, window: Any) -> tuple[str, str]:
    """Answer the requester's name and ID, note the code shown, then "Xong"."""
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    answer(window, RESIDENT_NAME)
    wizard.next.click()
    answer(window, ID_NUMBER)
    wizard.next.click()
    qtbot.waitUntil(lambda: window.tasks.idle and wizard.draft_code.isVisible(), timeout=10_000)
    shown = wizard.draft_code.text().split(": ", 1)[1].split(" ", 1)[0]  # "AB12-CD34"
    draft_id = window.session.draft_id
    press_done(window)
    assert window.current_screen() == "home" and window.session.draft_id is None
    return shown, draft_id


def test_resident_resumes_with_code_and_id_number(qtbot, window) -> None:
    shown, draft_id = _leave_a_draft(qtbot, window)
    window.get_screen("home").resume.click()
    assert window.current_screen() == "resume"
    resume = window.get_screen("resume")
    assert resume.code.hasFocus()

    resume.code.type_text(shown.lower())  # lower case and the dash are fine
    resume.id_number.type_text("001190099999")  # someone else's number
    resume.open.click()
    qtbot.waitUntil(lambda: resume.error.isVisible(), timeout=10_000)
    assert "Không mở được hồ sơ" in resume.error.text()
    assert window.current_screen() == "resume"

    resume.id_number.setText(ID_NUMBER)
    resume.open.click()
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)
    assert window.session.draft_id == draft_id
    assert window.session.answers["requester_full_name"] == RESIDENT_NAME
    assert current_field(window) == "requester_residence"  # the first open question
    assert shown in window.get_screen("wizard").draft_code.text()
    assert resume.code.text() == "" and resume.id_number.text() == ""


def test_code_and_id_number_are_checked_before_asking(qtbot, window) -> None:
    window.get_screen("home").resume.click()
    resume = window.get_screen("resume")
    resume.code.type_text("AB12")
    resume.open.click()
    assert resume.error.isVisible() and "8 chữ và số" in resume.error.text()
    resume.code.setText("AB12-CD34")
    resume.id_number.type_text("0011")
    resume.open.click()
    assert "12 chữ số" in resume.error.text()
    assert resume.isEnabled() and window.current_screen() == "resume"
    resume.back.click()
    assert window.current_screen() == "home"


def test_staff_resume_opens_the_draft_from_the_console(qtbot, window) -> None:
    _shown, draft_id = _leave_a_draft(qtbot, window)
    window.resume_draft_by_id(draft_id)
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)
    assert window.session.answers["requester_id_number"] == ID_NUMBER
    assert current_field(window) == "requester_residence"
    answer(window, HANOI_ADDRESS)
    window.get_screen("wizard").next.click()
    assert window.session.answers["requester_residence"]["commune_code"] == "00004"
