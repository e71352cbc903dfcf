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
    """Why a 12-digit personal ID is wrong, or disagrees with a known birth date and sex."""
    if not (len(id_number) == 12 and id_number.isdigit()):
        return [
            (
                "invalid_personal_id",
                "Số định danh cá nhân gồm đúng 12 chữ số. Vui lòng kiểm tra lại trên thẻ căn cước.",
                "A personal ID number has exactly 12 digits. Please check it on the ID card.",
            )
        ]
    try:
        from forms._idnumber import check_personal_id  # the ID-number engineer's module
    except ImportError:
        return _fallback_id_check(id_number, date_of_birth, sex)
    try:
        result = check_personal_id(id_number, date_of_birth=date_of_birth, sex=sex)
    except ValueError as exc:
        return [("personal_id_mismatch", str(exc), str(exc))]
    return _adapt_id_result(result)


def _adapt_id_result(result: Any) -> list[Problem]:
    """Accept the shapes ``check_personal_id`` may return: a list, or an object with errors."""
    if result is None or result is True:
        return []
    if result is False:
        return [
            (
                "invalid_personal_id",
                "Số định danh cá nhân không hợp lệ.",
                "The personal ID number is not valid.",
            )
        ]
    items = getattr(result, "problems", None) or getattr(result, "errors", None)
    if items is None:
        items = result if isinstance(result, list | tuple) else []
    out: list[Problem] = []
    for item in items:
        code = getattr(item, "code", "personal_id_mismatch")
        vi = getattr(item, "message", None) or str(item)
        en = getattr(item, "message_en", None) or vi
        out.append((str(code), str(vi), str(en)))
    return out


def _fallback_id_check(id_number: str, date_of_birth: str | None, sex: str | None) -> list[Problem]:
    """Digit 4: century and sex (0/1 = 1900s male/female, 2/3 = 2000s...); digits 5-6: year."""
    parsed = parse_stored_date(date_of_birth) if date_of_birth else None
    century_digit = int(id_number[3])
    if parsed is not None:
        year = parsed[0]
        century_ok = year < 1900 or century_digit - century_digit % 2 == (year // 100 - 19) * 2
        if not century_ok or id_number[4:6] != f"{year % 100:02d}":
            return [
                (
                    "personal_id_mismatch",
                    "Số định danh không khớp với năm sinh. "
                    "Vui lòng kiểm tra lại số hoặc ngày sinh.",
                    "The ID number does not match the year of birth. "
                    "Please check the number or the date.",
                )
            ]
    folded = fold(sex) if sex else ""
    if folded in ("nam", "nu") and century_digit % 2 != (1 if folded == "nu" else 0):
        return [
            (
                "personal_id_mismatch",
                "Số định danh không khớp với giới tính. Vui lòng kiểm tra lại.",
                "The ID number does not match the sex. Please check it.",
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
        from forms._address import list_communes  # the address engineer's module
    except ImportError:
        return []
    try:
        communes = list_communes(str(value["province_code"]))
    except (KeyError, ValueError, LookupError):
        return [
            (
                "address_unknown_province",
                "Không tìm thấy tỉnh/thành phố này. Vui lòng chọn lại.",
                "This province is not known. Please choose again.",
            )
        ]
    codes = {
        str(
            getattr(c, "code", None)
            or getattr(c, "commune_code", None)
            or (c.get("code") if isinstance(c, dict) else c)
        )
        for c in communes
    }
    if str(value["commune_code"]) not in codes:
        return [
            (
                "address_unknown_commune",
                "Xã/phường không thuộc tỉnh/thành phố đã chọn. Vui lòng chọn lại.",
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
