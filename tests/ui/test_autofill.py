# ruff: noqa: F811
"""ID-card autofill in the wizard: a simulated wedge scan fills the person whose section shows."""

from __future__ import annotations

from typing import Any

from kiosk.idcard import parse_card
from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    RESIDENT_NAME,
    WedgeKeys,
    answer,
    current_field,
    kiosk_env,
    start_birth_registration,
    window,
)

# A chip CCCD (7 fields) with a pre-2025 three-level address (district Đống Đa).
CARD = (
    "001190012345|012345678|Nguyễn Thị Ánh Tuyết|01021990|Nữ|"
    "Số 5 ngõ 12 Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|15082021"
)
# The newer căn cước card: 10 fields, the extra ones empty.
CARD_NEW = (
    "079201004567||Trần Văn Đạt|12072001|Nam|Tổ 3, Phường Bến Nghé, Quận 1, TP HCM|04102024|||"
)


def _go_to(qtbot: Any, window: Any, field_id: str, answers: dict[str, Any]) -> Any:
    start_birth_registration(qtbot, window)
    window.session.answers.update(answers)
    wizard = window.get_screen("wizard")
    wizard.show_field(field_id)
    assert current_field(window) == field_id
    return wizard


def test_wedge_scan_on_the_mothers_step_fills_the_mother(qtbot, window) -> None:
    wizard = _go_to(qtbot, window, "mother_full_name", {"father_declared": False})
    assert wizard.input.edit.hasFocus()
    WedgeKeys().scan(CARD)

    answers = window.session.answers
    assert answers["mother_full_name"] == "Nguyễn Thị Ánh Tuyết"
    assert answers["mother_dob"] == "1990-02-01"
    assert answers["mother_id_number"] == "001190012345"
    # Phường Láng Hạ was split among three 2025 wards: the card fills the
    # province and street and leaves the commune to choose, never a guess.
    match = parse_card(CARD).address_match
    assert match is not None and match.status == "ambiguous"
    residence = answers["mother_residence"]
    assert residence["province_code"] == "01"
    assert "commune_code" not in residence
    assert residence["street"] == "Số 5 ngõ 12 Láng Hạ"
    assert [c["code"] for c in residence["candidates"]] == [
        c.commune_code for c in match.candidates
    ]
    assert not any(k.startswith("requester") for k in answers)  # only the mother's section
    # Nothing of the scan was typed into the field: it shows the filled name.
    assert wizard.input.edit.text() == "Nguyễn Thị Ánh Tuyết"
    # The resident sees what was filled, highlighted.
    assert wizard.notice.isVisible() and wizard.notice.property("role") == "note"
    for label in ("Họ, chữ đệm, tên", "Ngày, tháng, năm sinh", "Số định danh cá nhân"):
        assert label in wizard.notice.text()
    assert "thẻ căn cước" in wizard.question.text()
    assert window.session.entered_by["mother_full_name"] == "resident"

    # ...and can correct it: the same page shows the filled date, editable.
    answer(window, "Nguyễn Thị Ánh Tuyết Hoa", "mother_full_name")
    assert wizard.rows["mother_dob"].input.value() == "01/02/1990"
    wizard.next.click()  # still to choose: the commune of the split ward (first), the ethnicity
    assert answers["mother_full_name"] == "Nguyễn Thị Ánh Tuyết Hoa"
    assert current_field(window) == "mother_residence"
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    draft_id = window.session.draft_id
    saved = window.tasks._executor.call(lambda s: s.load_draft(draft_id))
    assert saved.answers["mother_id_number"] == "001190012345"  # autosaved


def test_scan_on_the_requesters_step_fills_the_requester_only(qtbot, window) -> None:
    wizard = _go_to(qtbot, window, "requester_phone", {})
    WedgeKeys().scan(CARD_NEW)
    answers = window.session.answers
    assert answers["requester_full_name"] == "Trần Văn Đạt"
    assert answers["requester_id_number"] == "079201004567"
    assert answers["requester_residence"]["province_code"] == "79"  # Hồ Chí Minh City
    assert "mother_full_name" not in answers
    assert wizard.input.value() == ""  # the phone is not on the card


# The short way cards write addresses: ward, old district, city, no unit words.
CARD_SHORT = (
    "001190012345||Nguyễn Thị Ánh Tuyết|01021990|Nữ|Thôn 3, Ba Trại, Ba Vì, Hà Nội|15082021"
)


def test_short_form_card_address_fills_the_2025_commune(qtbot, window) -> None:
    wizard = _go_to(qtbot, window, "mother_full_name", {"father_declared": False})
    WedgeKeys().scan(CARD_SHORT)
    residence = window.session.answers["mother_residence"]
    # Xã Ba Trại went to Xã Suối Hai, not to the 2025 Xã Ba Vì named after the old district.
    assert residence["commune_name"] == "Xã Suối Hai"
    assert residence["street"] == "Thôn 3"
    wizard.show_field("mother_residence")
    assert wizard.input.value()["commune_name"] == "Xã Suối Hai"
    assert wizard.input.choice_note.isHidden()


def test_split_ward_on_the_card_is_chosen_on_the_address_step(qtbot, window) -> None:
    wizard = _go_to(qtbot, window, "mother_full_name", {"father_declared": False})
    WedgeKeys().scan(CARD)
    wizard.show_field("mother_residence")
    address = wizard.input
    assert not address.choice_note.isHidden()
    assert "Phường Láng Hạ, Quận Đống Đa" in address.choice_note.text()
    shown = [
        address.commune.list.item(r).text()
        for r in range(address.commune.list.count())
        if not address.commune.list.item(r).isHidden()
    ]
    assert sorted(shown) == ["Phường Giảng Võ", "Phường Láng", "Phường Đống Đa"]
    assert "commune_code" not in address.value()  # nothing chosen yet: still asks
    address.commune.filter.setText("hoan kiem")  # not in the list: search them all
    assert any(
        not address.commune.list.item(r).isHidden()
        and address.commune.list.item(r).text() == "Phường Hoàn Kiếm"
        for r in range(address.commune.list.count())
    )
    address.commune.filter.clear()
    chosen = window.session.answers["mother_residence"]["candidates"][1]
    address.commune.select(chosen["code"])
    value = address.value()
    assert value["commune_code"] == chosen["code"] and "candidates" not in value
    assert value["street"] == "Số 5 ngõ 12 Láng Hạ"
    assert address.choice_note.isHidden()


def test_malformed_scan_says_so_and_fills_nothing(qtbot, window) -> None:
    wizard = _go_to(qtbot, window, "mother_full_name", {"father_declared": False})
    wizard.input.edit.setText("Lê")
    WedgeKeys().scan("001190012345|Nguyen|01021990")
    assert wizard.notice.isVisible()
    assert "Xin quét lại hoặc nhập tay" in wizard.notice.text()
    assert "Chưa điền gì" in wizard.notice.text()
    assert "mother_full_name" not in window.session.answers
    assert wizard.input.edit.text() == "Lê"


def test_scan_where_no_person_is_asked_fills_nothing(qtbot, window) -> None:
    wizard = _go_to(qtbot, window, "copies_requested", {"father_declared": False})
    WedgeKeys().scan(CARD)
    assert "requester_full_name" not in window.session.answers
    assert wizard.notice.isVisible() and "chưa điền gì" in wizard.notice.text()


def test_draft_code_shows_once_the_draft_is_saved(qtbot, window) -> None:
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    answer(window, RESIDENT_NAME)
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.draft_code.isVisible(), timeout=10_000)
    code = window.session.draft_code
    assert f"Mã hồ sơ đang làm: {code[:4]}-{code[4:]}" in wizard.draft_code.text()


def test_card_address_with_no_commune_is_kept_and_asked(qtbot, window) -> None:
    wizard = _go_to(qtbot, window, "mother_full_name", {"father_declared": False})
    WedgeKeys().scan("001190012345||Nguyễn Thị Ánh Tuyết|01021990|Nữ|Khu tập thể Z, ngõ 5|15082021")
    wizard.show_field("mother_residence")
    address = wizard.input
    assert not address.choice_note.isHidden()
    assert "Khu tập thể Z, ngõ 5" in address.choice_note.text()
    assert address.street.text() == "Khu tập thể Z, ngõ 5"  # kept to edit, never dropped
    assert "commune_code" not in address.value()
