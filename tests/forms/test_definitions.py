"""Every bundled definition loads and accepts a realistic sample; specific bad values give specific errors."""

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
        "mother_id_number": "personal_id_mismatch",
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
