"""Numbers and dates in Vietnamese words: the "bằng chữ" lines of civil-status declarations.

The birth-registration declaration (Circular 04/2024/TT-BTP) writes the date of birth
"bằng chữ" beside the digits. Conventions used here, as official documents write them:
- the hundreds place is read even when zero inside a number ("hai nghìn không trăm
  hai mươi lăm"), and an empty tens place before a units digit is "linh" ("một trăm
  linh năm");
- 1 after a ten above 10 is "mốt" ("hai mươi mốt"), 5 after any ten is "lăm" ("mười
  lăm"), 4 after a ten above 10 is "tư" ("hai mươi tư");
- days 1-10 of a month are "mồng ..." ("ngày mồng năm"); the fourth month is "tư".
"""

from __future__ import annotations

import datetime as dt

__all__ = ["date_in_words", "number_in_words"]

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUPS = ("", "nghìn", "triệu", "tỷ")


def _below_hundred(n: int, *, after_hundreds: bool) -> list[str]:
    """Words of 0-99; ``after_hundreds`` means a hundreds word precedes (so 5 is "linh năm")."""
    tens, units = divmod(n, 10)
    if tens == 0:
        if units == 0:
            return []
        return ["linh", _DIGITS[units]] if after_hundreds else [_DIGITS[units]]
    words = ["mười"] if tens == 1 else [_DIGITS[tens], "mươi"]
    if units == 1:
        words.append("mốt" if tens > 1 else "một")
    elif units == 4:
        words.append("tư" if tens > 1 else "bốn")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(_DIGITS[units])
    return words


def _below_thousand(n: int, *, full: bool) -> list[str]:
    """Words of 0-999; ``full`` reads a zero hundreds place ("không trăm") inside a number."""
    hundreds, rest = divmod(n, 100)
    if hundreds == 0 and not full:
        return _below_hundred(rest, after_hundreds=False)
    if rest == 0:
        return [_DIGITS[hundreds], "trăm"]
    return [_DIGITS[hundreds], "trăm", *_below_hundred(rest, after_hundreds=True)]


def number_in_words(n: int) -> str:
    """A whole number in Vietnamese words, lower case: 2025 -> "hai nghìn không trăm hai mươi lăm".

    Raises:
        ValueError: ``n`` is negative or not a whole number.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"a whole number of at least 0 is needed, got {n!r}")
    if n == 0:
        return _DIGITS[0]
    if n >= 1000**4:  # "tỷ" repeats above a billion: 10^12 = "một nghìn tỷ"
        high, low = divmod(n, 1000**3)
        rest = _groups_in_words(low, leading=False)
        return " ".join([number_in_words(high), "tỷ", *rest])
    return " ".join(_groups_in_words(n, leading=True))


def _groups_in_words(n: int, *, leading: bool) -> list[str]:
    """Words of 0 <= n < 10^12 by groups of three; ``leading`` when nothing comes before it."""
    groups = []
    while n:
        n, part = divmod(n, 1000)
        groups.append(part)
    words: list[str] = []
    started = not leading
    for index in range(len(groups) - 1, -1, -1):
        part = groups[index]
        if part == 0:
            continue
        words += _below_thousand(part, full=started)
        if _GROUPS[index]:
            words.append(_GROUPS[index])
        started = True
    return words


_MONTHS = {4: "tư"}


def date_in_words(value: dt.date | str) -> str:
    """A date as written "bằng chữ": 2025-08-05 -> "Ngày mồng năm tháng tám năm hai nghìn...".

    ``value`` is a date or an ISO "YYYY-MM-DD" string (the form's stored value).

    Raises:
        ValueError: the text is not an ISO date.
    """
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    day_words = number_in_words(day.day)
    if day.day <= 10:
        day_words = "mồng " + day_words
    month_words = _MONTHS.get(day.month) or number_in_words(day.month)
    return f"Ngày {day_words} tháng {month_words} năm {number_in_words(day.year)}"
