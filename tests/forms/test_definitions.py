"""Each bundled definition loads and accepts a realistic sample; bad values get exact errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from forms import FormDefinition, load_definition, normalize_answers, validate_answers
from tests.forms.samples import SAMPLES, TODAY_ISO

CATALOG_DIR = Path(__file__).resolve().parents[2] / "resources" / "catalog"
TODAY = dt.date.fromisoformat(TODAY_ISO)


def _load(code: str) -> FormDefinition:
    return load_definition(CATALOG_DIR / f"{code}.yaml", source=f"{code}.yaml")


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_sample_answers_validate_cleanly(code: str) -> None:
    definition = _load(code)
    assert definition.code == code
    assert validate_answers(definition, SAMPLES[code], today=TODAY) == []


def test_birth_registration_normalises_answers() -> None:
    answers = normalize_answers(_load("1.001193"), SAMPLES["1.001193"])
    assert answers["requester_full_name"] == "Nguyễn Thị Ánh"
    assert answers["requester_phone"] == "0912345678"
    assert answers["child_dob"] == "2025-08-05"
    assert answers["child_sex"] == "Nam"
    assert answers["mother_dob"] == "1990"
    assert answers["father_declared"] is True
    assert answers["copies_count"] == 2


def _codes(definition: FormDefinition, answers: dict[str, object]) -> dict[str, str]:
    return {e.field_id: e.code for e in validate_answers(definition, answers, today=TODAY)}


def test_birth_registration_reports_bad_values() -> None:
    definition = _load("1.001193")
    bad = {
        **SAMPLES["1.001193"],
        "child_dob": "01/01/2026",
        "father_dob": "2019",
        "requester_phone": "12345",
        "mother_id_number": "001090012345",
        "commitment": False,
        "child_sex": "khác",
    }
    codes = _codes(definition, bad)
    assert codes == {
        "child_dob": "date_in_future",
        "requester_phone": "invalid_phone",
        "commitment": "must_accept",
        "child_sex": "invalid_option",
        "mother_id_number": "century_sex_mismatch",
        "father_dob": "not_older_enough",
    }


def test_father_section_hidden_when_not_declared() -> None:
    definition = _load("1.001193")
    answers = {**SAMPLES["1.001193"], "father_declared": "không"}
    for key in [k for k in answers if k.startswith("father_") and k != "father_declared"]:
        del answers[key]
    assert validate_answers(definition, answers, today=TODAY) == []


def test_mother_residence_required_only_without_id() -> None:
    definition = _load("1.001193")
    answers = {**SAMPLES["1.001193"], "mother_id_number": ""}
    errors = validate_answers(definition, answers, today=TODAY)
    assert [(e.field_id, e.code) for e in errors] == [("mother_residence", "required")]
    assert "Nơi cư trú" in errors[0].message and errors[0].message_en


def test_birth_facility_required_only_when_born_at_facility() -> None:
    definition = _load("1.001193")
    answers = {**SAMPLES["1.001193"], "child_birth_facility": ""}
    assert _codes(definition, answers) == {"child_birth_facility": "required"}
    answers["child_birth_place_type"] = "Nơi khác"
    assert _codes(definition, answers) == {}


def test_marriage_age_and_id_rules() -> None:
    definition = _load("1.000894")
    answers = {**SAMPLES["1.000894"], "groom_dob": "01/01/2007", "groom_id_number": "001207001234"}
    errors = validate_answers(definition, answers, today=TODAY)
    assert [(e.field_id, e.code, e.message) for e in errors] == [
        ("groom_dob", "too_young", "Bên nam phải đủ 20 tuổi trở lên.")
    ]
    answers = {**SAMPLES["1.000894"], "groom_id_number": "001195001234"}  # digit 4 = 1: a woman's
    assert _codes(definition, answers) == {"groom_id_number": "century_sex_mismatch"}


def test_death_registration_date_order() -> None:
    definition = _load("1.000656")
    answers = {**SAMPLES["1.000656"], "death_date": "1939"}
    errors = validate_answers(definition, answers, today=TODAY)
    assert ("death_date", "year_only_not_allowed") in [(e.field_id, e.code) for e in errors]
    answers["death_date"] = "01/01/1939"
    errors = validate_answers(definition, answers, today=TODAY)
    assert [(e.field_id, e.message) for e in errors] == [
        ("death_date", "Ngày chết không thể trước ngày sinh.")
    ]


def test_residence_owner_consent_and_group_items() -> None:
    definition = _load("1.004222")
    answers = {**SAMPLES["1.004222"], "owner_consent": False}
    answers["members"] = [{**answers["members"][0], "member_dob": "31/02/2020"}, {}]
    assert _codes(definition, answers) == {
        "owner_consent": "must_accept",
        "members[0].member_dob": "invalid_date",
        "members[1].member_full_name": "required",
        "members[1].member_dob": "required",
        "members[1].member_sex": "required",
        "members[1].member_relationship": "required",
    }
    # The owner registering at their own home needs no consent section answers.
    own = {k: v for k, v in SAMPLES["1.004222"].items() if not k.startswith("owner_")}
    assert _codes(definition, {**own, "requester_is_owner": True}) == {}


def test_temporary_residence_period_order() -> None:
    definition = _load("1.004194")
    answers = {**SAMPLES["1.004194"], "stay_until": "01/08/2025"}
    errors = validate_answers(definition, answers, today=TODAY)
    assert [(e.field_id, e.code, e.message_en) for e in errors] == [
        ("stay_until", "date_too_early", "The end of the stay must be after its start.")
    ]


def test_certified_copy_needs_at_least_one_item_with_pages() -> None:
    definition = _load("2.000815")
    assert _codes(definition, {**SAMPLES["2.000815"], "copy_items": []}) == {
        "copy_items": "required"
    }
    items = [{"item_name": "Học bạ", "item_pages": 0, "item_copies": 1}]
    assert _codes(definition, {**SAMPLES["2.000815"], "copy_items": items}) == {
        "copy_items[0].item_pages": "too_small"
    }


def test_attachment_type_and_size_limits() -> None:
    definition = _load("1.001193")
    gif = {"name": "a.gif", "mime": "image/gif", "size": 10}
    huge = {"name": "a.pdf", "mime": "application/pdf", "size": 50 * 1024 * 1024}
    base = SAMPLES["1.001193"]
    errors = validate_answers(definition, {**base, "attach_birth_certificate": gif}, today=TODAY)
    assert [(e.code, e.message) for e in errors] == [
        ("attachment_type", "Loại tệp này không được nhận. Hãy dùng: PDF, JPG, PNG.")
    ]
    assert _codes(definition, {**base, "attach_birth_certificate": huge}) == {
        "attach_birth_certificate": "attachment_too_large"
    }


def test_marital_status_purpose_conditions() -> None:
    definition = _load("1.004873")
    answers = {**SAMPLES["1.004873"], "purpose": "khac", "marital_status": "da_ly_hon"}
    assert _codes(definition, answers) == {
        "purpose_detail": "required",
        "attach_divorce": "required",
    }


def test_every_definition_has_the_metadata_the_kiosk_shows() -> None:
    for path in sorted(CATALOG_DIR.glob("*.yaml")):
        definition = load_definition(path, source=path.name)
        assert path.stem == definition.code
        assert definition.level in ("toan_trinh", "mot_phan")
        assert definition.legal_basis and definition.consents and definition.fee.text
        assert any(c.required for c in definition.consents)
        fields = definition.all_fields()
        for f in fields.values():
            if "ethnicity" in f.id:
                assert f.sensitive, f.id
        if definition.code in ("2.000815", "1.004222"):  # DOMAIN.md marks code/fees *verify*
            assert any("verify" in n for n in definition.notes)
    assert {p.stem for p in CATALOG_DIR.glob("*.yaml")} == set(SAMPLES)
