"""The resident's journey without a single widget: pages, reuse of answers, what to submit."""

from __future__ import annotations

from typing import Any

import pytest

import forms
from kiosk.idcard import parse_card
from kiosk.journey import Journey, Session, pages_of

MOTHER_CARD = (
    "001190012345|012345678|Nguyễn Thị Ánh|01021990|Nữ|"
    "Số 5 ngõ 12 Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|15082021"
)
FATHER_CARD = (
    "001088012346||Trần Văn Bình|12081988|Nam|Thôn Đông, Xã Uy Nỗ, Huyện Đông Anh, Hà Nội|15082021"
)


@pytest.fixture(scope="module")
def catalog() -> Any:
    return forms.load_catalog()


def _journey(catalog: Any, code: str = "1.001193") -> Journey:
    session = Session(definition=catalog.get(code), procedure_code=code)
    return Journey(session)


def test_every_procedure_has_pages_that_ask_every_question_once(catalog: Any) -> None:
    for definition in catalog.latest():
        pages = pages_of(definition)
        asked = [f.id for p in pages for f in p.fields]
        top = [f.id for s in definition.sections for f in s.fields]
        assert sorted(asked) == sorted(top), definition.code
        assert all(p.fields for p in pages)


def test_the_step_count_never_moves(catalog: Any) -> None:
    journey = _journey(catalog)
    journey.start()
    total = journey.step[1]
    journey.answer("father_declared", False)
    journey.answer("requester_relationship", "uy_quyen")
    assert journey.step[1] == total
    seen = [journey.step[0]]
    while journey.go_next() is not None:
        seen.append(journey.step[0])
    assert seen == sorted(seen) and seen[-1] == total


def test_the_mothers_card_scanned_as_requester_fills_the_mother(catalog: Any) -> None:
    journey = _journey(catalog)
    assert journey.start().id == "requester" and journey.person() == "requester"
    filled = journey.fill_from_card(parse_card(MOTHER_CARD))
    assert {"requester_full_name", "requester_id_number", "requester_residence"} <= set(filled)
    answers = journey.session.answers
    assert "mother_full_name" not in answers
    journey.answer("requester_relationship", "me")  # "Tôi là mẹ của cháu"
    assert answers["mother_full_name"] == "Nguyễn Thị Ánh"
    assert answers["mother_id_number"] == "001190012345"
    assert answers["mother_dob"] == "1990-02-01"
    # Changing one's mind takes back what was copied, and fills the father instead.
    journey.answer("requester_relationship", "cha")
    assert "mother_full_name" not in answers
    assert answers["father_full_name"] == "Nguyễn Thị Ánh"
    journey.answer("requester_relationship", "ong_ba")
    assert "father_full_name" not in answers


def test_what_the_resident_typed_is_never_overwritten(catalog: Any) -> None:
    journey = _journey(catalog)
    journey.start()
    journey.answer("mother_full_name", "Lê Thị Hoa")
    journey.fill_from_card(parse_card(MOTHER_CARD))
    journey.answer("requester_relationship", "me")
    assert journey.session.answers["mother_full_name"] == "Lê Thị Hoa"


def test_the_childs_ethnicity_and_nationality_follow_parents_who_agree(catalog: Any) -> None:
    journey = _journey(catalog)
    journey.start()
    answers = journey.session.answers
    journey.go_to("father_declared")  # the father's page starts at "yes" (its default)
    assert answers["father_declared"] is True
    journey.answer("mother_ethnicity", "Kinh")
    assert "child_ethnicity" not in answers  # the father's is not known yet
    journey.answer("father_ethnicity", "Kinh")
    assert answers["child_ethnicity"] == "Kinh"
    journey.answer("father_ethnicity", "Tày")  # they differ: the parents choose
    assert "child_ethnicity" not in answers
    assert journey.suggestions("child_ethnicity") == ["Kinh", "Tày"]
    journey.answer("father_declared", False)  # no father: the mother's is the default
    assert answers["child_ethnicity"] == "Kinh"


def test_home_town_is_offered_from_the_parents_residence(catalog: Any) -> None:
    journey = _journey(catalog)
    journey.start()
    journey.go_to("father_full_name")
    journey.fill_from_card(parse_card(FATHER_CARD))
    offered = journey.suggestions("child_hometown")
    assert offered and "Hà Nội" in offered[0]
    assert "child_hometown" not in journey.session.answers  # offered, not decided


def test_a_hospital_from_the_list_fills_the_place_of_birth(catalog: Any) -> None:
    journey = _journey(catalog)
    journey.start()
    journey.answer("child_birth_place_type", "co_so_y_te")
    journey.answer("child_birth_facility", "Bệnh viện Phụ sản Trung ương")
    place = journey.session.answers["child_birth_place"]
    assert place["province_code"] == "01" and place["commune_code"]
    assert place["street"] == "43 Phố Tràng Thi"
    journey.answer("child_birth_facility", "Phòng khám tư nhân Hạnh Phúc")  # not in the list
    assert "child_birth_place" not in journey.session.answers


def test_next_and_back_pass_over_pages_that_do_not_apply(catalog: Any) -> None:
    journey = _journey(catalog)
    journey.start()
    journey.go_to("father_declared")
    journey.answer("father_declared", False)
    assert [f.id for f in journey.shown()] == ["father_declared"]
    assert journey.go_next() is not None and journey.page.id == "child"
    assert journey.go_back() is not None and journey.page.id == "father"
    journey.start()
    assert journey.go_back() is None


def test_errors_are_per_page_and_first_open_field_finds_the_gap(catalog: Any) -> None:
    journey = _journey(catalog)
    journey.start()
    errors = journey.errors()
    assert {"requester_full_name", "requester_phone", "requester_relationship"} <= set(errors)
    assert "requester_email" not in errors  # optional
    assert journey.first_open_field() == "requester_full_name"


def test_sms_is_a_property_of_the_consent_not_of_its_words(catalog: Any) -> None:
    journey = _journey(catalog)
    journey.answer("requester_phone", "0912345678")
    consents = {c.id: c for c in journey.definition.consents}
    assert consents["nhan_tin"].sms and not consents["xu_ly_ho_so"].sms
    sent = journey.submission([(consents["xu_ly_ho_so"], True), (consents["nhan_tin"], True)])
    assert sent.sms_opt_in and sent.sms_phone == "0912345678"
    # The processing consent mentions the phone number too: it never opts in to SMS.
    kept = journey.submission([(consents["xu_ly_ho_so"], True), (consents["nhan_tin"], False)])
    assert not kept.sms_opt_in and kept.sms_phone is None


def test_attached_files_are_submitted_with_their_document_kind(catalog: Any, tmp_path) -> None:
    journey = _journey(catalog)
    path = tmp_path / "chung_sinh.png"
    path.write_bytes(b"x")
    journey.answer(
        "attach_birth_certificate",
        {"path": str(path), "name": "chung_sinh.png", "mime": "image/png", "size": 1},
    )
    sent = journey.submission([])
    assert sent.files == ((str(path), "giay_chung_sinh", "image/png"),)


def test_the_ethnicity_list_is_the_official_54(catalog: Any) -> None:
    groups = forms.ethnic_groups()
    assert len(groups) == 54 and [c for c, _ in groups] == [f"{n:02d}" for n in range(1, 55)]
    assert groups[0] == ("01", "Kinh") and groups[53] == ("54", "Rơ-măm")
    field = catalog.get("1.001193").all_fields()["mother_ethnicity"]
    assert [o.value for o in field.options or []] == [n for _, n in groups]


def test_the_birth_facilities_are_in_hanoi_2025_communes() -> None:
    places = forms.places("hanoi_birth_facilities")
    assert len(places) >= 30
    communes = {c.code for c in forms.list_communes("01")}
    with_address = [p for p in places if p.commune_code]
    assert len(with_address) >= 15
    assert all(p.commune_code in communes for p in with_address)
