"""Numbers and dates in Vietnamese words, checked against tables other people published.

- Humanizer (Humanizr/Humanizer, MIT), src/Humanizer.Tests.Shared/Localisation/vi/
  NumberToWordsTests.cs: the cases below copy its expectations where its convention and
  ours agree (it drops a zero hundreds place, "một nghìn linh năm", which official
  Vietnamese documents write "một nghìn không trăm linh năm"; it spells "tỉ", legal texts
  "tỷ"). Those cases are listed separately with the official form.
- trinhvuduc/number_to_vietnamese_words README: 2001, 2023, 1000000001.
- Dates "bằng chữ" as civil-status books write them (days 1-10 "mồng", month 4 "tư").
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms import date_in_words, number_in_words

HUMANIZER_SAME = [
    (0, "không"), (1, "một"), (2, "hai"), (3, "ba"), (4, "bốn"), (5, "năm"), (6, "sáu"),
    (7, "bảy"), (8, "tám"), (9, "chín"), (10, "mười"), (11, "mười một"), (14, "mười bốn"),
    (15, "mười lăm"), (21, "hai mươi mốt"), (24, "hai mươi tư"), (25, "hai mươi lăm"),
    (50, "năm mươi"), (55, "năm mươi lăm"), (100, "một trăm"), (105, "một trăm linh năm"),
    (110, "một trăm mười"), (114, "một trăm mười bốn"), (115, "một trăm mười lăm"),
    (134, "một trăm ba mươi tư"), (500, "năm trăm"), (505, "năm trăm linh năm"),
    (555, "năm trăm năm mươi lăm"), (1000, "một nghìn"),
    (1115, "một nghìn một trăm mười lăm"), (10115, "mười nghìn một trăm mười lăm"),
    (11115, "mười một nghìn một trăm mười lăm"), (1000000, "một triệu"),
    (1000000000, "một tỉ"),
    (1111111111111111, "một triệu một trăm mười một nghìn một trăm mười một tỉ một trăm "
     "mười một triệu một trăm mười một nghìn một trăm mười một"),
]  # fmt: skip

# Humanizer's cases with a zero hundreds place, in the official (full) reading.
OFFICIAL_ZERO_HUNDREDS = [
    (1005, "một nghìn không trăm linh năm"),
    (10005, "mười nghìn không trăm linh năm"),
    (30005, "ba mươi nghìn không trăm linh năm"),
    (100005, "một trăm nghìn không trăm linh năm"),
    (100001005, "một trăm triệu không trăm linh một nghìn không trăm linh năm"),
    # trinhvuduc/number_to_vietnamese_words README
    (2001, "hai nghìn không trăm linh một"),
    (2023, "hai nghìn không trăm hai mươi ba"),
    (1000000001, "một tỷ không trăm linh một"),
]


@pytest.mark.parametrize(("number", "words"), HUMANIZER_SAME)
def test_number_in_words_matches_humanizer(number: int, words: str) -> None:
    assert number_in_words(number) == words.replace("tỉ", "tỷ")


@pytest.mark.parametrize(("number", "words"), OFFICIAL_ZERO_HUNDREDS)
def test_zero_hundreds_are_read_inside_a_number(number: int, words: str) -> None:
    assert number_in_words(number) == words


@pytest.mark.parametrize(
    ("day", "words"),
    [
        ("2025-08-05", "Ngày mồng năm tháng tám năm hai nghìn không trăm hai mươi lăm"),
        ("2024-03-10", "Ngày mồng mười tháng ba năm hai nghìn không trăm hai mươi tư"),
        ("1990-04-24", "Ngày hai mươi tư tháng tư năm một nghìn chín trăm chín mươi"),
        ("2000-12-31", "Ngày ba mươi mốt tháng mười hai năm hai nghìn"),
        ("2015-01-01", "Ngày mồng một tháng một năm hai nghìn không trăm mười lăm"),
        ("2021-11-15", "Ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi mốt"),
        ("2005-06-21", "Ngày hai mươi mốt tháng sáu năm hai nghìn không trăm linh năm"),
    ],
)
def test_date_in_words(day: str, words: str) -> None:
    assert date_in_words(day) == words
    assert date_in_words(dt.date.fromisoformat(day)) == words


@pytest.mark.parametrize("bad", [-1, 1.5, True])
def test_number_in_words_refuses_what_is_not_a_count(bad: object) -> None:
    with pytest.raises(ValueError):
        number_in_words(bad)  # type: ignore[arg-type]


def _words_to_number(text: str) -> int:
    """An independent reader of the words (for the round trip): sums by place words."""
    digits = {
        w: i
        for i, w in enumerate(
            ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
        )
    }
    digits.update({"mốt": 1, "tư": 4, "lăm": 5})
    total, group, current = 0, 0, 0
    big = {"nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9}
    for word in text.split():
        if word in digits:
            current = digits[word]
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group += current * 10
            current = 0
        elif word == "trăm":
            group += current * 100
            current = 0
        elif word == "linh":
            current = 0
        elif word in big:
            if word == "tỷ":
                total = (total + group + current) * big[word]
            else:
                total += (group + current) * big[word]
            group, current = 0, 0
    return total + group + current


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_words_read_back_to_the_number(n: int) -> None:
    words = number_in_words(n)
    assert "  " not in words and words == words.strip()
    assert _words_to_number(words) == n
