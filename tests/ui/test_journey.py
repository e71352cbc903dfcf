# ruff: noqa: F811
"""Issue 16: a first-time resident registers a birth alone, by touch, with both parents'
cards scanned, in at most 60 inputs (a scan is one, each on-screen key is one)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import forms
from tests.ui._journey import CHILD_NAME, HOSPITAL, PHONE, register_birth_by_touch
from tests.ui._kiosk import kiosk_env, window  # noqa: F401 (fixtures)
from tests.ui._walk import Finger

TARGET_INPUTS = 60


def test_birth_registration_by_touch_with_both_cards_in_at_most_60_inputs(qtbot, window) -> None:
    today = window.tasks.clock.today()
    finger = Finger(qtbot)
    result = register_birth_by_touch(
        window, finger, lambda until: qtbot.waitUntil(until, timeout=15_000), today
    )
    assert window.current_screen() == "receipt"
    print(f"journey: {result.inputs} inputs over {len(result.screens)} screens")
    assert result.inputs <= TARGET_INPUTS, (result.inputs, result.screens)
    answers = window.session.answers
    # Every official field is filled: the mother from the requester's card, the father
    # from his, the child's ethnicity and nationality from the parents, the place of birth
    # from the hospital list.
    assert answers["mother_full_name"] == "Nguyễn Thị Ánh"
    assert answers["mother_id_number"] == "001190012345"
    assert answers["mother_dob"] == "1990-02-01"
    assert answers["father_full_name"] == "Trần Văn Bình"
    assert answers["father_dob"] == "1988-08-12"
    assert answers["child_full_name"] == forms.normalize_value(
        window.session.definition.all_fields()["child_full_name"], CHILD_NAME
    )
    assert answers["child_dob"] == (today - dt.timedelta(days=10)).isoformat()
    assert answers["child_ethnicity"] == "Kinh" and answers["child_nationality"] == "Việt Nam"
    assert answers["child_birth_facility"] == HOSPITAL
    assert answers["child_birth_place"]["province_code"] == "01"
    assert "Hà Nội" in answers["child_hometown"]
    assert answers["requester_phone"] == PHONE
    missing = [
        f.id
        for f in forms.visible_fields(window.session.definition, answers)
        if forms.is_required(f, answers) and f.id not in answers
    ]
    assert missing == []
    assert window.session.sms_opt_in  # the text-message consent was ticked
    # One screen per page, the same count shown all along ("Bước n/8").
    pages = [s for s in result.screens if s.startswith("wizard:")]
    assert len(pages) == len(set(pages)) == 8


def test_the_step_count_shown_never_moves(qtbot, window) -> None:
    from tests.ui._kiosk import start_birth_registration

    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    totals = set()

    def seen(_page: Any) -> None:
        totals.add(wizard.progress_text.text().split("/")[-1])

    wizard.page_shown.connect(seen)
    seen(None)
    for choice in ("uy_quyen", "me", "cha"):
        wizard.rows["requester_relationship"].input.buttons[choice].click()
    wizard.show_field("father_declared")
    wizard.rows["father_declared"].input.buttons[False].click()
    wizard.show_field("copies_requested")
    assert totals == {"8"}
