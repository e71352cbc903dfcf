"""Whole-form behaviour: which fields show, which are required now, and every error at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from forms._fields import FieldError, check_value, is_empty, normalize_value
from forms._rules import address_problems, evaluate_rules
from forms._schema import Condition, FieldSpec, FieldType, FormDefinition, Section
from forms._text import fold

__all__ = [
    "condition_holds",
    "is_required",
    "is_visible",
    "normalize_answers",
    "validate_answers",
    "validate_field",
    "visible_fields",
    "visible_sections",
]

_DEFAULT_ACCEPT = ["application/pdf", "image/jpeg", "image/png"]
_DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def _same(value: Any, expected: Any) -> bool:
    """Loose equality for conditions: booleans by meaning, text by folded key, numbers by value."""
    if isinstance(expected, bool):
        if isinstance(value, bool):
            return value is expected
        return isinstance(value, str) and fold(value) in (
            ("co", "yes", "true") if expected else ("khong", "no", "false")
        )
    if isinstance(expected, str) and isinstance(value, str):
        return fold(value) == fold(expected)
    if isinstance(value, bool):
        return False
    return bool(value == expected)


def condition_holds(cond: Condition, answers: dict[str, Any]) -> bool:
    """Evaluate a declarative condition against the answers (raw or normalised)."""
    if cond.all is not None:
        return all(condition_holds(c, answers) for c in cond.all)
    if cond.any is not None:
        return any(condition_holds(c, answers) for c in cond.any)
    value = answers.get(cond.field or "")
    if cond.filled is not None:
        return (not is_empty(value)) is cond.filled
    if cond.equals is not None:
        return _same(value, cond.equals)
    if cond.not_equals is not None:
        return not _same(value, cond.not_equals)
    return any(_same(value, option) for option in cond.in_ or [])


def is_visible(field: FieldSpec | Section, answers: dict[str, Any]) -> bool:
    """Whether a field (or section) shows, given the answers so far."""
    return field.visible_if is None or condition_holds(field.visible_if, answers)


def is_required(field: FieldSpec, answers: dict[str, Any]) -> bool:
    """Whether a visible field must be answered, given the answers so far."""
    return field.required or (
        field.required_if is not None and condition_holds(field.required_if, answers)
    )


def visible_sections(definition: FormDefinition, answers: dict[str, Any]) -> list[Section]:
    """Sections that show, in order."""
    return [s for s in definition.sections if is_visible(s, answers)]


def visible_fields(definition: FormDefinition, answers: dict[str, Any]) -> list[FieldSpec]:
    """Top-level fields that show (in visible sections), in form order."""
    return [
        f for s in visible_sections(definition, answers) for f in s.fields if is_visible(f, answers)
    ]


def normalize_answers(definition: FormDefinition, answers: dict[str, Any]) -> dict[str, Any]:
    """Every known answer in canonical form; keys the definition does not know are dropped."""
    fields = definition.all_fields()
    return {k: normalize_value(fields[k], v) for k, v in answers.items() if k in fields}


def validate_field(
    field: FieldSpec,
    value: Any,
    answers: dict[str, Any],
    *,
    definition: FormDefinition | None = None,
    field_id: str | None = None,
) -> list[FieldError]:
    """Errors for one field: required / required-if, then its type's checks (groups item by item).

    ``definition`` supplies attachment limits from its required documents;
    ``field_id`` overrides the id reported (used for ``group[0].sub``).
    """
    fid = field_id or field.id
    value = normalize_value(field, value)
    if is_empty(value):
        if is_required(field, answers):
            return [
                FieldError(
                    fid,
                    "required",
                    f"Vui lòng điền mục «{field.label}».",
                    f"Please fill in “{field.label_en}”.",
                )
            ]
        return []
    if field.type is FieldType.GROUP:
        return _validate_group(field, value, answers, definition, fid)
    if field.type is FieldType.ADDRESS:
        return [FieldError(fid, c, vi, en) for c, vi, en in address_problems(value)]
    if field.type is FieldType.ATTACHMENT:
        return _validate_attachment(field, value, definition, fid)
    return check_value(field, value, fid)


def _validate_group(
    field: FieldSpec,
    items: Any,
    answers: dict[str, Any],
    definition: FormDefinition | None,
    fid: str,
) -> list[FieldError]:
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return [FieldError(fid, "invalid_group", "Danh sách chưa đúng.", "The list is not valid.")]
    if field.min_items is not None and len(items) < field.min_items:
        return [
            FieldError(
                fid,
                "too_few_items",
                f"Cần ít nhất {field.min_items} mục.",
                f"At least {field.min_items} entries are needed.",
            )
        ]
    if field.max_items is not None and len(items) > field.max_items:
        return [
            FieldError(
                fid,
                "too_many_items",
                f"Tối đa {field.max_items} mục.",
                f"At most {field.max_items} entries.",
            )
        ]
    errors: list[FieldError] = []
    for n, item in enumerate(items):
        scope = {**answers, **item}
        for sub in field.fields or []:
            if is_visible(sub, scope):
                errors += validate_field(
                    sub,
                    item.get(sub.id),
                    scope,
                    definition=definition,
                    field_id=f"{fid}[{n}].{sub.id}",
                )
    return errors


def _validate_attachment(
    field: FieldSpec, value: Any, definition: FormDefinition | None, fid: str
) -> list[FieldError]:
    """An attachment answer is a dict with at least ``name``, ``mime`` and ``size`` (bytes).

    ``{"handed_to_staff": true}`` says the resident hands the paper to staff at the
    counter instead: the document is there, on paper.
    """
    if isinstance(value, dict) and value.get("handed_to_staff") is True:
        return []
    spec = field.attachment
    doc = definition.document(spec.kind) if definition is not None and spec is not None else None
    accept = (spec.accept if spec and spec.accept else None) or (
        doc.accept if doc else _DEFAULT_ACCEPT
    )
    limit = (spec.max_bytes if spec and spec.max_bytes else None) or (
        doc.max_bytes if doc else _DEFAULT_MAX_BYTES
    )
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("size"), int)
        or not value.get("mime")
    ):
        return [
            FieldError(
                fid,
                "invalid_attachment",
                "Tệp đính kèm chưa đúng. Vui lòng chọn lại tệp.",
                "The attachment is not valid. Please choose the file again.",
            )
        ]
    if value["mime"] not in accept:
        kinds = ", ".join(_short_type(m) for m in accept)
        return [
            FieldError(
                fid,
                "attachment_type",
                f"Loại tệp này không được nhận. Hãy dùng: {kinds}.",
                f"This file type is not accepted. Use: {kinds}.",
            )
        ]
    if value["size"] > limit:
        mb = f"{limit / (1024 * 1024):g}"
        return [
            FieldError(
                fid,
                "attachment_too_large",
                f"Tệp quá lớn: tối đa {mb} MB. Hãy chụp lại ảnh nhỏ hơn.",
                f"The file is too large: at most {mb} MB. Take a smaller picture.",
            )
        ]
    return []


def _short_type(mime: str) -> str:
    return {"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG"}.get(mime, mime)


def validate_answers(
    definition: FormDefinition, answers: dict[str, Any], *, today: dt.date
) -> list[FieldError]:
    """Every error on the form, in form order: fields that show, then the cross-field rules.

    Hidden fields are neither required nor checked, and rules only see visible answers.
    """
    normalized = normalize_answers(definition, answers)
    errors: list[FieldError] = []
    visible: dict[str, Any] = {}
    for field in visible_fields(definition, normalized):
        value = normalized.get(field.id)
        visible[field.id] = value
        errors += validate_field(field, value, normalized, definition=definition)
    bad = {e.field_id for e in errors}
    errors += [e for e in evaluate_rules(definition, visible, today) if e.field_id not in bad]
    return errors
