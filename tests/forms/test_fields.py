"""Field normalisation and checks, example by example and as properties."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms import FieldSpec, FieldType, normalize_value, validate_field


def _field(type_: str, **kw: Any) -> FieldSpec:
    return FieldSpec.model_validate({"id": "f", "type": type_, "label": "L", "label_en": "L", **kw})


NAME = _field("person_name")
DATE = _field("date")
YEAR_DATE = _field("date", year_only=True)
PHONE = _field("phone")
PID = _field("personal_id")
EMAIL = _field("email")
YES_NO = _field("yes_no")
NUMBER = _field("number", min=1, max=5)
SELECT = _field(
    "select",
    options=[
        {"value": "Nam", "label": "Nam", "label_en": "Male"},
        {"value": "Nữ", "label": "Nữ", "label_en": "Female"},
    ],
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("nguyễn thị ánh", "Nguyễn Thị Ánh"),
        ("  NGUYỄN   VĂN   AN ", "Nguyễn Văn An"),
        (unicodedata.normalize("NFD", "đỗ thị huệ"), "Đỗ Thị Huệ"),
        ("h'hen niê", "H'hen Niê"),
    ],
)
def test_person_name(raw: str, expected: str) -> None:
    assert normalize_value(NAME, raw) == expected


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        (DATE, "5/3/2024", "2024-03-05"),
        (DATE, "05/03/2024", "2024-03-05"),
        (DATE, "05-03-2024", "2024-03-05"),
        (DATE, "05032024", "2024-03-05"),
        (DATE, "2024-03-05", "2024-03-05"),
        (DATE, dt.date(2024, 3, 5), "2024-03-05"),
        (YEAR_DATE, "1950", "1950"),
        (DATE, "31/02/2024", "31/02/2024"),  # kept as typed so the error can point at it
    ],
)
def test_date(field: FieldSpec, raw: Any, expected: str) -> None:
    assert normalize_value(field, raw) == expected


def test_date_errors() -> None:
    assert [e.code for e in validate_field(DATE, "31/02/2024", {})] == ["invalid_date"]
    assert [e.code for e in validate_field(DATE, "1950", {})] == ["year_only_not_allowed"]
    assert validate_field(YEAR_DATE, "1950", {}) == []
    assert [e.code for e in validate_field(DATE, "01/01/0203", {})] == ["invalid_date"]
    assert validate_field(DATE, "", {}) == []


@pytest.mark.parametrize(
    "raw",
    [
        "0912345678",
        "+84912345678",
        "+84 912 345 678",
        "84912345678",
        "0912.345.678",
        "0084912345678",
    ],
)
def test_phone_forms(raw: str) -> None:
    assert normalize_value(PHONE, raw) == "0912345678"
    assert validate_field(PHONE, raw, {}) == []


@pytest.mark.parametrize("raw", ["091234567", "1912345678", "09123456789", "abc"])
def test_bad_phones(raw: str) -> None:
    errors = validate_field(PHONE, raw, {})
    assert [e.code for e in errors] == ["invalid_phone"]
    assert errors[0].message.startswith("Số điện thoại gồm 10 chữ số")
    assert errors[0].message_en.startswith("A phone number has 10 digits")


def test_personal_id() -> None:
    assert normalize_value(PID, "001 190 012 345") == "001190012345"
    assert validate_field(PID, "001190012345", {}) == []
    assert [e.code for e in validate_field(PID, "00119001234", {})] == ["not_12_digits"]
    assert [e.code for e in validate_field(PID, "00119001234x", {})] == ["not_12_digits"]


def test_personal_id_province_digits() -> None:
    assert [e.code for e in validate_field(PID, "003190012345", {})] == ["bad_province"]


ADDRESS = _field("address")


def test_address_from_legacy_text_converts_to_2025_commune() -> None:
    value = normalize_value(ADDRESS, "Số 12 phố Phó Đức Chính, Trúc Bạch, Ba Đình, Hà Nội")
    assert value["province_code"] == "01"
    assert value["commune_name"] == "Phường Ba Đình"
    assert value["street"] == "Số 12 phố Phó Đức Chính"
    assert validate_field(ADDRESS, value, {}) == []


def test_address_from_a_split_ward_asks_which_commune() -> None:
    text = "Số 12 phố Đội Cấn, phường Đội Cấn, quận Ba Đình, Hà Nội"
    value = normalize_value(ADDRESS, text)
    assert value["province_code"] == "01" and "commune_code" not in value
    assert len(value["candidates"]) >= 2 and value["printed"] == text
    codes = [e.code for e in validate_field(ADDRESS, value, {})]
    assert codes == ["address_commune_missing"]


def test_address_checks() -> None:
    codes = [e.code for e in validate_field(ADDRESS, "không rõ ở đâu", {})]
    assert codes == ["address_province_missing"]
    no_commune = {"province_code": "01", "commune_code": ""}
    assert [e.code for e in validate_field(ADDRESS, no_commune, {})] == ["address_commune_missing"]
    elsewhere = {"province_code": "79", "commune_code": "00004"}
    assert [e.code for e in validate_field(ADDRESS, elsewhere, {})] == ["address_unknown_commune"]


def test_email_select_yes_no_number() -> None:
    assert normalize_value(EMAIL, " An@Gmail.COM ") == "An@gmail.com"
    assert [e.code for e in validate_field(EMAIL, "an@", {})] == ["invalid_email"]
    assert normalize_value(SELECT, "nu") == "Nữ"
    assert normalize_value(SELECT, "female") == "Nữ"
    assert [e.code for e in validate_field(SELECT, "khác", {})] == ["invalid_option"]
    assert normalize_value(YES_NO, "Có") is True and normalize_value(YES_NO, "khong") is False
    assert [e.code for e in validate_field(YES_NO, "có lẽ", {})] == ["invalid_yes_no"]
    assert normalize_value(NUMBER, "2") == 2 and normalize_value(NUMBER, "2,5") == 2.5
    assert [e.code for e in validate_field(NUMBER, "9", {})] == ["too_large"]
    assert [e.code for e in validate_field(NUMBER, "nhiều", {})] == ["invalid_number"]


def test_required_if_and_messages() -> None:
    field = _field("text", required_if={"field": "other", "equals": True})
    assert validate_field(field, "", {"other": False}) == []
    errors = validate_field(field, "", {"other": "có"})
    assert [(e.code, e.message, e.message_en) for e in errors] == [
        ("required", "Vui lòng điền mục «L».", "Please fill in “L”.")
    ]


ALL_FIELDS = [NAME, DATE, YEAR_DATE, PHONE, PID, EMAIL, YES_NO, NUMBER, SELECT, _field("text")]
ANY_INPUT = st.one_of(
    st.text(),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
)


@given(st.sampled_from(ALL_FIELDS), ANY_INPUT)
def test_normalize_never_raises_and_is_idempotent(field: FieldSpec, raw: Any) -> None:
    once = normalize_value(field, raw)
    assert normalize_value(field, once) == once
    for error in validate_field(field, raw, {}):
        assert error.message and error.message_en and error.field_id == "f"


@given(st.sampled_from(ALL_FIELDS), st.text())
def test_nfc_and_nfd_input_normalise_alike(field: FieldSpec, raw: str) -> None:
    nfc = normalize_value(field, unicodedata.normalize("NFC", raw))
    nfd = normalize_value(field, unicodedata.normalize("NFD", raw))
    assert nfc == nfd


@given(st.text())
def test_stored_text_is_nfc(raw: str) -> None:
    value = normalize_value(NAME, raw)
    assert value is None or value == unicodedata.normalize("NFC", value)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_any_real_date_round_trips(day: dt.date) -> None:
    assert normalize_value(DATE, f"{day.day}/{day.month}/{day.year}") == day.isoformat()
    assert validate_field(DATE, day.strftime("%d/%m/%Y"), {}) == []


def test_group_field_type_is_listed() -> None:
    assert FieldType("group") is FieldType.GROUP
