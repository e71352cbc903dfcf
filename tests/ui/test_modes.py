# ruff: noqa: F811
"""Self-service and assisted mode: staff sign in with a PIN; every answer records who entered it."""

from __future__ import annotations

from typing import Any

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    RESIDENT_NAME,
    answer,
    choose_procedure,
    current_field,
    kiosk_env,
    press_done,
    window,
)

STAFF_PIN = "482915"


def _add_staff(window: Any) -> None:
    from kiosk.security import StaffDirectory

    def add(svc: Any) -> None:
        StaffDirectory.from_config(svc.store, svc.config).add_staff(
            "cb01", "Lê Văn Bình", "staff", STAFF_PIN)

    window.tasks._executor.call(add)


def _sign_in(qtbot: Any, window: Any, pin: str) -> None:
    window.get_screen("home").staff.click()
    staff = window.get_screen("staff")
    assert window.current_screen() == "staff"
    staff.staff_id.setText("cb01")
    for digit in pin:  # touch only: the on-screen keypad
        next(k for k in staff.keys if k.text() == digit).click()
    next(k for k in staff.keys if k.text() == "✓").click()


def test_assisted_mode_records_staff_and_who_entered_each_answer(qtbot, window) -> None:
    _add_staff(window)
    _sign_in(qtbot, window, STAFF_PIN)
    qtbot.waitUntil(lambda: window.current_screen() == "catalog", timeout=10_000)
    assert window.session.mode == "assisted" and window.session.staff_id == "cb01"
    assert window.topbar.staff.isVisible() and "Lê Văn Bình" in window.topbar.staff.text()
    assert window.topbar.typist.text() == "Cán bộ đang nhập"

    choose_procedure(window, "1.001193")
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)
    answer(window, RESIDENT_NAME)  # typed by staff
    window.get_screen("wizard").next.click()
    window.topbar.typist.click()  # hand the keyboard to the resident
    assert window.topbar.typist.text() == "Người dân đang nhập"
    answer(window, "001190012345")
    window.get_screen("wizard").next.click()
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    draft_id = window.session.draft_id
    draft = window.tasks._executor.call(lambda s: s.load_draft(draft_id))
    assert draft.mode == "assisted" and draft.staff_id == "cb01"
    assert draft.entered_by == {"requester_full_name": "staff", "requester_id_number": "resident"}

    press_done(window)  # the next person starts in self-service
    assert window.session.mode == "self" and not window.topbar.staff.isVisible()


def test_wrong_pin_is_refused_with_a_plain_message(qtbot, window) -> None:
    _add_staff(window)
    _sign_in(qtbot, window, "111999")
    staff = window.get_screen("staff")
    qtbot.waitUntil(lambda: staff.error.isVisible(), timeout=10_000)
    assert staff.error.text()
    assert staff.pin.text() == ""
    assert window.session.mode == "self"


def test_self_service_records_the_resident(qtbot, window) -> None:
    window.get_screen("home").start.click()
    choose_procedure(window, "1.001193")
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)
    assert not window.topbar.typist.isVisible()
    answer(window, RESIDENT_NAME)
    window.get_screen("wizard").next.click()
    assert window.session.entered_by == {"requester_full_name": "resident"}
