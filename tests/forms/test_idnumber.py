"""Personal ID number checks: length, province code, century/sex digit, birth year."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms import PERSONAL_ID_MESSAGES, check_personal_id
from forms._idnumber import PROVINCE_CODES


def test_a_good_number_has_no_problems() -> None:
    assert check_personal_id("001090012345") == []
    assert check_personal_id("001090012345", date_of_birth=dt.date(1990, 5, 1), sex="Nam") == []
    assert check_personal_id("079305001234", date_of_birth="2005-07-09", sex="Nữ") == []
    assert check_personal_id(" 001090012345 ", date_of_birth="01/05/1990") == []


@pytest.mark.parametrize(
    "number",
    ["", "00109001234", "0010900123456", "00109001234a", "001 090 012 345", "١٢٣٤٥٦٧٨٩٠١٢"],
)
def test_not_12_digits(number: str) -> None:
    assert check_personal_id(number) == ["not_12_digits"]


@pytest.mark.parametrize("prefix", ["000", "003", "005", "097", "100", "999"])
def test_bad_province(prefix: str) -> None:
    assert check_personal_id(prefix + "090012345") == ["bad_province"]


def test_province_codes_are_the_63_old_provinces() -> None:
    from vietnamadminunits.parser import parser_legacy

    legacy = {"0" + v["provinceCode"] for v in parser_legacy.DICT_PROVINCE.values()}
    assert len(PROVINCE_CODES) == 63
    assert set(PROVINCE_CODES) == legacy
    assert PROVINCE_CODES["001"] == "Hà Nội"
    assert PROVINCE_CODES["079"] == "Hồ Chí Minh"
    assert max(PROVINCE_CODES) == "096"


@pytest.mark.parametrize(
    ("number", "dob", "sex", "expected"),
    [
        ("001090012345", "1990-01-01", "Nữ", ["century_sex_mismatch"]),
        ("001190012345", "1990-01-01", "Nam", ["century_sex_mismatch"]),
        ("001190012345", "1990-01-01", "nu", []),
        ("001290012345", "1990-01-01", None, ["century_sex_mismatch"]),
        ("001205012345", "2005", "Nam", []),
        ("001005012345", "2005", "Nam", ["century_sex_mismatch"]),
        ("001091012345", "1990-01-01", "Nam", ["birth_year_mismatch"]),
        ("001291012345", "1990-01-01", "Nữ", ["century_sex_mismatch", "birth_year_mismatch"]),
        ("002090012345", "not a date", "Khác", []),
        ("001090012345", None, None, []),
    ],
)
def test_century_sex_and_year(
    number: str, dob: str | None, sex: str | None, expected: list[str]
) -> None:
    assert check_personal_id(number, date_of_birth=dob, sex=sex) == expected


def test_problems_carry_messages() -> None:
    [problem] = check_personal_id("12345")
    assert problem.code == "not_12_digits"
    assert "12 chữ số" in problem.message
    assert "12 digits" in problem.message_en
    for code, message in PERSONAL_ID_MESSAGES.items():
        assert message.vi.endswith(".") and message.en.endswith(".")
        assert code in {
            "not_12_digits",
            "bad_province",
            "century_sex_mismatch",
            "birth_year_mismatch",
        }


@given(
    number=st.text(max_size=20),
    dob=st.one_of(st.none(), st.dates(), st.text(max_size=12)),
    sex=st.one_of(st.none(), st.text(max_size=5)),
)
def test_never_raises(number: str, dob: dt.date | str | None, sex: str | None) -> None:
    problems = check_personal_id(number, date_of_birth=dob, sex=sex)
    assert set(problems) <= set(PERSONAL_ID_MESSAGES)


@given(
    province=st.sampled_from(sorted(PROVINCE_CODES)),
    born=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    female=st.booleans(),
    tail=st.from_regex(r"[0-9]{6}", fullmatch=True),
)
def test_numbers_built_by_the_rules_pass(
    province: str, born: dt.date, female: bool, tail: str
) -> None:
    digit = 2 * ((born.year - 1900) // 100) + int(female)
    number = f"{province}{digit}{born.year % 100:02d}{tail}"
    assert check_personal_id(number, date_of_birth=born, sex="Nữ" if female else "Nam") == []
