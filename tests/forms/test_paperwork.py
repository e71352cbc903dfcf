"""Issue 13's definition fixes: citations, if-known fields, time of death, both parties, CT01."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from forms import FieldType, load_catalog, load_definition, normalize_value, validate_answers
from tests.forms.samples import SAMPLE_SETS, SAMPLES, TODAY_ISO

CATALOG_DIR = Path(__file__).resolve().parents[2] / "resources" / "catalog"
TODAY = dt.date.fromisoformat(TODAY_ISO)


def _load(code: str):  # type: ignore[no-untyped-def]
    return load_definition(CATALOG_DIR / f"{code}.yaml", source=f"{code}.yaml")


def _errors(code: str, answers: dict[str, object]) -> dict[str, str]:
    return {e.field_id: e.code for e in validate_answers(_load(code), answers, today=TODAY)}


@pytest.mark.parametrize(
    ("code", "name"), [(c, n) for c, sets in sorted(SAMPLE_SETS.items()) for n in sets]
)
def test_every_sample_answer_set_validates(code: str, name: str) -> None:
    assert _errors(code, SAMPLE_SETS[code][name]) == {}


def test_every_bundled_definition_has_a_sample_set() -> None:
    assert set(SAMPLE_SETS) == set(load_catalog().codes()) == set(SAMPLES)


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_every_field_cites_its_form_item(code: str) -> None:
    definition = _load(code)
    assert definition.fields_without_citation() == []
    for field in definition.all_fields().values():
        assert field.cite and len(field.cite) > 15, field.id


def test_catalog_check_reports_a_field_without_citation(tmp_path: Path) -> None:
    raw = _load("1.001193").raw()
    del raw["sections"][0]["fields"][0]["cite"]
    raw["code"] = "9.000001"
    (tmp_path / "9.000001.json").write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    script = (
        "import sys, forms, app.cli._catalog as c; "
        f"c._catalog = lambda: forms.load_catalog({str(tmp_path)!r}); "
        "sys.exit(c._check(None))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 1
    assert "9.000001: trường requester_full_name không trích dẫn" in done.stderr


@pytest.mark.parametrize(
    ("code", "field_id"),
    [("1.004884", "previous_registration_place"), ("2.000635", "registration_place")],
)
def test_where_registered_is_optional_as_the_form_says_if_known(code: str, field_id: str) -> None:
    field = _load(code).all_fields()[field_id]
    assert "nếu biết" in field.label and not field.required and field.required_if is None
    answers = {k: v for k, v in SAMPLES[code].items() if k != field_id}
    assert _errors(code, answers) == {}


def test_time_of_death_is_a_time() -> None:
    field = _load("1.000656").all_fields()["death_time"]
    assert field.type is FieldType.TIME and not field.required
    assert normalize_value(field, "14 giờ 30 phút") == "14:30"
    assert normalize_value(field, "9h05") == "09:05"
    bad = {**SAMPLES["1.000656"], "death_time": "25:10"}
    assert _errors("1.000656", bad) == {"death_time": "invalid_time"}


def test_cause_of_death_is_flagged_sensitive_in_the_consent() -> None:
    definition = _load("1.000656")
    assert definition.all_fields()["death_cause"].sensitive
    consent = next(c for c in definition.consents if c.required)
    assert "nguyên nhân chết" in consent.sensitive_data_types
    assert "nguyên nhân chết" in consent.text and "cause of death" in consent.text_en


def test_both_marriage_parties_confirm() -> None:
    answers = {k: v for k, v in SAMPLES["1.000894"].items() if k != "commitment_groom"}
    assert _errors("1.000894", answers) == {"commitment_groom": "required"}
    refused = {**SAMPLES["1.000894"], "commitment_bride": False}
    assert _errors("1.000894", refused) == {"commitment_bride": "must_accept"}
    assert _load("1.000894").filer == ["bride", "groom"]


def test_marital_status_asks_the_requesters_date_of_birth() -> None:
    answers = {k: v for k, v in SAMPLES["1.004873"].items() if k != "requester_dob"}
    assert _errors("1.004873", answers) == {"requester_dob": "required"}


@pytest.mark.parametrize("code", ["1.004222", "1.004194"])
def test_ct01_asks_the_head_of_household_when_joining_one(code: str) -> None:
    joining = {k: v for k, v in SAMPLES[code].items() if k != "household_head_consent"}
    assert _errors(code, joining) == {"household_head_consent": "required"}
    own = {**joining, "household_role": "chu_ho"}
    assert "household_head_consent" not in _errors(code, own)


@pytest.mark.parametrize("code", ["1.004222", "1.004194"])
def test_residence_is_free_online_and_marked_verify(code: str) -> None:
    definition = _load(code)
    assert definition.fee.online_amount_vnd == 0
    assert "77/2025" in definition.fee.text
    assert definition.unverified("fee")
    assert definition.agency == "Công an {commune}"


def test_birth_date_is_written_in_words() -> None:
    assert _load("1.001193").all_fields()["child_dob"].in_words
