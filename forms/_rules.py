"""Checks that need more than one value or outside data: cross-field rules, ID numbers, addresses.

Personal IDs and addresses are checked by ``forms._idnumber`` and
``forms._address`` when those modules are present; the fallbacks here keep the
forms usable (and honest about what they checked) without them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from forms._fields import FieldError, is_empty, parse_stored_date
from forms._schema import FormDefinition, Rule
from forms._text import fold

__all__ = ["address_problems", "evaluate_rules", "personal_id_problems"]

Problem = tuple[str, str, str]  # (code, Vietnamese message, English message)


def personal_id_problems(
    id_number: str, date_of_birth: str | None, sex: str | None
) -> list[Problem]:
    """Why a 12-digit personal ID is wrong, or disagrees with a known birth date and sex.

    Codes are those of ``forms._idnumber.check_personal_id``: not_12_digits,
    bad_province, century_sex_mismatch, birth_year_mismatch.
    """
    try:
        from forms._idnumber import check_personal_id
    except ImportError:  # pragma: no cover - only while the module is missing
        return _fallback_id_check(id_number, date_of_birth, sex)
    problems = check_personal_id(id_number, date_of_birth=date_of_birth, sex=sex)
    return [(p.code, p.message, p.message_en) for p in problems]


def _fallback_id_check(  # pragma: no cover - only while forms._idnumber is missing
    id_number: str, date_of_birth: str | None, sex: str | None
) -> list[Problem]:
    """Digit 4: century and sex (0/1 = 1900s male/female, 2/3 = 2000s...); digits 5-6: year."""
    if not (len(id_number) == 12 and id_number.isdigit()):
        return [
            (
                "not_12_digits",
                "Số định danh cá nhân gồm đúng 12 chữ số.",
                "A personal ID number has exactly 12 digits.",
            )
        ]
    parsed = parse_stored_date(date_of_birth) if date_of_birth else None
    digit = int(id_number[3])
    folded = fold(sex) if sex else ""
    century_ok = parsed is None or 1900 + 100 * (digit // 2) == parsed[0] - parsed[0] % 100
    sex_ok = folded not in ("nam", "nu") or (digit % 2 == 1) == (folded == "nu")
    if not (century_ok and sex_ok):
        return [
            (
                "century_sex_mismatch",
                "Chữ số thứ tư không khớp với năm sinh hoặc giới tính.",
                "The fourth digit does not match the year of birth or the sex.",
            )
        ]
    if parsed is not None and id_number[4:6] != f"{parsed[0] % 100:02d}":
        return [
            (
                "birth_year_mismatch",
                "Chữ số thứ năm và sáu không khớp với năm sinh.",
                "Digits five and six do not match the year of birth.",
            )
        ]
    return []


def address_problems(value: Any) -> list[Problem]:
    """Why an address answer is unusable: it needs an existing 2025 province and commune."""
    if not isinstance(value, dict) or is_empty(value.get("province_code")):
        return [
            (
                "address_province_missing",
                "Vui lòng chọn tỉnh/thành phố.",
                "Please choose the province or city.",
            )
        ]
    if is_empty(value.get("commune_code")):
        return [
            (
                "address_commune_missing",
                "Vui lòng chọn xã/phường.",
                "Please choose the commune or ward.",
            )
        ]
    try:
        from forms._address import commune_name
    except ImportError:  # pragma: no cover - only while the module is missing
        return []
    if commune_name(str(value["province_code"]), str(value["commune_code"])) is None:
        return [
            (
                "address_unknown_commune",
                "Không tìm thấy xã/phường này trong tỉnh/thành phố đã chọn. Vui lòng chọn lại.",
                "This commune is not in the chosen province. Please choose again.",
            )
        ]
    return []


def evaluate_rules(
    defn: FormDefinition, answers: dict[str, Any], today: dt.date
) -> list[FieldError]:
    """Run the cross-field rules on normalised, visible answers; skip rules missing an input."""
    errors: list[FieldError] = []
    for rule in defn.rules:
        problem = _evaluate(rule, answers, today)
        if problem is not None:
            code, vi, en, target = problem
            errors.append(FieldError(target, code, rule.message or vi, rule.message_en or en))
    return errors


def _evaluate(
    rule: Rule, answers: dict[str, Any], today: dt.date
) -> tuple[str, str, str, str] | None:
    field = rule.field or ""
    if rule.rule == "one_of_required":
        names = rule.fields or []
        if names and all(is_empty(answers.get(n)) for n in names):
            return (
                "one_of_required",
                "Vui lòng điền ít nhất một trong các mục này.",
                "Please fill in at least one of these.",
                names[0],
            )
        return None
    value = answers.get(field)
    if is_empty(value):
        return None
    if rule.rule == "id_matches_person":
        dob = answers.get(rule.date_of_birth) if rule.date_of_birth else None
        sex = answers.get(rule.sex) if rule.sex else rule.sex_value
        problems = personal_id_problems(
            str(value), dob if isinstance(dob, str) else None, sex if isinstance(sex, str) else None
        )
        return (*problems[0], field) if problems else None
    parsed = parse_stored_date(value)
    if parsed is None:
        return None  # the field's own check reports the bad date
    if rule.rule == "date_not_future":
        if (parsed[1] or dt.date(parsed[0], 1, 1)) > today:
            return (
                "date_in_future",
                "Ngày này không thể ở tương lai. Vui lòng kiểm tra lại.",
                "This date cannot be in the future. Please check it.",
                field,
            )
        return None
    if rule.rule == "min_age":
        years = rule.years or 0
        if _years_between(parsed, (today.year, today), lenient=True) < years:
            return (
                "too_young",
                f"Người này phải đủ {years} tuổi trở lên.",
                f"This person must be at least {years} years old.",
                field,
            )
        return None
    other = parse_stored_date(answers.get(rule.than or ""))
    if other is None:
        return None
    if rule.rule == "date_not_before":
        if _before(parsed, other):
            return (
                "date_too_early",
                "Ngày này không thể trước ngày đã nhập ở mục liên quan.",
                "This date cannot be before the related date.",
                field,
            )
        return None
    years = rule.years or 0
    if _years_between(parsed, other, lenient=True) < years:
        return (
            "not_older_enough",
            f"Người này phải lớn hơn ít nhất {years} tuổi. Vui lòng kiểm tra năm sinh.",
            f"This person must be at least {years} years older. Please check the year of birth.",
            field,
        )
    return None


def _before(a: tuple[int, dt.date | None], b: tuple[int, dt.date | None]) -> bool:
    """a strictly before b; with only years known, compare years."""
    if a[1] is not None and b[1] is not None:
        return a[1] < b[1]
    return a[0] < b[0]


def _years_between(
    earlier: tuple[int, dt.date | None], later: tuple[int, dt.date | None], *, lenient: bool
) -> int:
    """Whole years from ``earlier`` to ``later``; year-only values give the benefit of the doubt."""
    if earlier[1] is None or later[1] is None:
        return later[0] - earlier[0] if lenient else later[0] - earlier[0] - 1
    a, b = earlier[1], later[1]
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))
