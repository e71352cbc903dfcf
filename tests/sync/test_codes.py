"""The portal's application code: the DOMAIN.md example, system prefixes, real dates only."""

from __future__ import annotations

import datetime as dt

import pytest

from sync import is_official_code, official_code_date


@pytest.mark.parametrize(
    "code",
    [
        "000.00.01.H26-260930-0012",  # Hanoi's example (Circular 01/2018, 4-digit sequence)
        "000.00.01.H26-260930-010012",  # a 2-digit system code before the sequence
        "01.000.00.01.H26-260930-0012",  # ... or before the agency id
        "H26-240229-0001",  # one segment; 29 February of a leap year
        "000.00.15.H26.01-251231-12345",  # more dot segments, a longer sequence
        "G01.123-260101-9999",
    ],
)
def test_official_codes_are_accepted(code: str) -> None:
    assert is_official_code(code)


@pytest.mark.parametrize(
    "code",
    [
        "000.00.01.H26-261301-0012",  # month 13
        "000.00.01.H26-260230-0012",  # 30 February
        "000.00.01.H26-250229-0012",  # 29 February of a common year
        "000.00.01.H26-260900-0012",  # day 0
        "000.00.01.H26-260930-012",  # a 3-digit sequence
        "000.00.01.H26-26093-00012",  # a 5-digit date
        "000.00.01.H26260930-0012",
        "-260930-0012",
        "000..01.H26-260930-0012",  # an empty segment
        "000.00.01.H26-260930-0012 ",
        "000.00.01.H26-260930-0012\n",
        "TT-AB12-260930-0001-extra",
        "",
    ],
)
def test_malformed_codes_and_impossible_dates_are_refused(code: str) -> None:
    assert not is_official_code(code)


def test_the_code_carries_its_date() -> None:
    assert official_code_date("000.00.01.H26-260930-0012") == dt.date(2026, 9, 30)
    assert official_code_date("nonsense") is None
