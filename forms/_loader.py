"""Load one definition file and say exactly what is wrong with it: file, field path, reason.

Shape errors come from pydantic; cross-references (unique ids, conditions and
rules naming real fields, attachment kinds naming a required document) are
checked here, after the shape, so their path points at the offending key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from forms._schema import Condition, FieldSpec, FieldType, FormDefinition

__all__ = ["DefinitionError", "load_definition"]

_DATE_RULE_ARGS = {
    "date_not_future": ("field",),
    "date_not_before": ("field", "than"),
    "older_than": ("field", "than"),
    "min_age": ("field",),
    "id_matches_person": ("date_of_birth",),
}

# Technicians read these; pydantic's English text follows in brackets.
_VI_BY_TYPE = {
    "missing": "thiếu khóa bắt buộc",
    "extra_forbidden": "khóa không được phép (có thể viết sai tên)",
    "enum": "giá trị không hợp lệ",
    "literal_error": "giá trị không hợp lệ",
    "string_type": "cần một chuỗi văn bản",
    "bool_type": "cần true hoặc false",
    "bool_parsing": "cần true hoặc false",
    "int_type": "cần một số nguyên",
    "int_parsing": "cần một số nguyên",
    "list_type": "cần một danh sách",
    "model_type": "cần một bảng khóa/giá trị",
    "too_short": "danh sách không được rỗng",
    "string_too_short": "không được để trống",
    "string_pattern_mismatch": "sai định dạng",
    "greater_than": "giá trị quá nhỏ",
    "greater_than_equal": "giá trị quá nhỏ",
}


class DefinitionError(Exception):
    """A definition that cannot be used: ``source`` file, ``path`` inside it, ``message``."""

    def __init__(self, source: str, path: str, message: str) -> None:
        super().__init__(f"{source}: {path or '<gốc>'}: {message}")
        self.source = source
        self.path = path
        self.message = message


def load_definition(text_or_path: str | Path, *, source: str) -> FormDefinition:
    """Parse and validate one definition (JSON or YAML text, or a ``Path`` to a file).

    A ``str`` is the definition text itself; pass a ``Path`` to read a file.
    Raises DefinitionError naming ``source``, the field path and what is wrong.
    """
    if isinstance(text_or_path, Path):
        try:
            text = text_or_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DefinitionError(
                source, "", f"không đọc được tệp (cannot read file: {exc})"
            ) from exc
    else:
        text = text_or_path
    data = _parse(text, source)
    try:
        definition = FormDefinition.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        path = _format_path(err["loc"])
        vi = _VI_BY_TYPE.get(err["type"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise DefinitionError(source, path, f"{vi} ({msg})" if vi else msg) from None
    for path, message in check_references(definition):
        raise DefinitionError(source, path, message)
    return definition


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(text: str, source: str) -> dict[str, Any]:
    """JSON when it looks like JSON, otherwise YAML (a superset for our purposes)."""
    try:
        if text.lstrip().startswith("{"):
            data = json.loads(text)
        else:
            # libyaml's C loader is ~10x faster; same safe subset of YAML.
            data = yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a safe loader
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            source,
            "",
            f"JSON sai cú pháp ở dòng {exc.lineno} (invalid JSON at line {exc.lineno}: {exc.msg})",
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where_vi = f" ở dòng {mark.line + 1}" if mark is not None else ""
        where_en = f" at line {mark.line + 1}" if mark is not None else ""
        raise DefinitionError(
            source, "", f"YAML sai cú pháp{where_vi} (invalid YAML{where_en})"
        ) from None
    if not isinstance(data, dict):
        raise DefinitionError(
            source,
            "",
            "định nghĩa phải là một bảng khóa/giá trị (the definition must be a mapping)",
        )
    return data


def _format_path(loc: tuple[int | str, ...]) -> str:
    """('sections', 2, 'fields', 0, 'type') -> 'sections[2].fields[0].type'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _walk_fields(defn: FormDefinition) -> Iterator[tuple[str, FieldSpec, bool]]:
    """Every field with its path and whether it sits inside a group."""
    for i, section in enumerate(defn.sections):
        for j, f in enumerate(section.fields):
            yield f"sections[{i}].fields[{j}]", f, False
            for k, sub in enumerate(f.fields or []):
                yield f"sections[{i}].fields[{j}].fields[{k}]", sub, True


def check_references(defn: FormDefinition) -> list[tuple[str, str]]:
    """Cross-reference problems as (path, message), in file order; empty when the file is sound."""
    problems: list[tuple[str, str]] = []
    fields: dict[str, FieldSpec] = {}
    for path, f, in_group in _walk_fields(defn):
        if f.id in fields:
            problems.append((f"{path}.id", f"mã trường '{f.id}' bị trùng (duplicate field id)"))
        fields[f.id] = f
        if in_group and f.type is FieldType.GROUP:
            problems.append(
                (f"{path}.type", "không lồng nhóm trong nhóm (groups cannot be nested)")
            )
    seen_sections: set[str] = set()
    for i, section in enumerate(defn.sections):
        if section.id in seen_sections:
            problems.append(
                (f"sections[{i}].id", f"mã mục '{section.id}' bị trùng (duplicate section id)")
            )
        seen_sections.add(section.id)
        if section.visible_if is not None:
            problems += _condition_refs(section.visible_if, f"sections[{i}].visible_if", fields)
    kinds = [d.kind for d in defn.required_documents]
    for i, kind in enumerate(kinds):
        if kind in kinds[:i]:
            problems.append(
                (
                    f"required_documents[{i}].kind",
                    f"loại giấy tờ '{kind}' bị trùng (duplicate kind)",
                )
            )
    consent_ids = [c.id for c in defn.consents]
    for i, cid in enumerate(consent_ids):
        if cid in consent_ids[:i]:
            problems.append(
                (f"consents[{i}].id", f"mã đồng ý '{cid}' bị trùng (duplicate consent id)")
            )
    for path, f, _ in _walk_fields(defn):
        for key in ("visible_if", "required_if"):
            cond = getattr(f, key)
            if cond is not None:
                problems += _condition_refs(cond, f"{path}.{key}", fields)
        if f.attachment is not None and f.attachment.kind not in kinds:
            problems.append(
                (
                    f"{path}.attachment.kind",
                    f"không có giấy tờ loại '{f.attachment.kind}' trong required_documents "
                    f"(no required document of kind '{f.attachment.kind}')",
                )
            )
        for ref in [*(f.suggest_from or []), *([f.place_address] if f.place_address else [])]:
            if ref not in fields:
                problems.append((f"{path}", f"không có trường '{ref}' (no field '{ref}')"))
        if f.place_address and fields.get(f.place_address, f).type is not FieldType.ADDRESS:
            problems.append(
                (f"{path}.place_address", "cần một trường địa chỉ (needs an address field)")
            )
        people = {s.person for s in defn.sections if s.person}
        for option in f.options or []:
            if option.person and option.person not in people:
                problems.append(
                    (f"{path}.options", f"không có mục của '{option.person}' (no such person)")
                )
        if (
            f.default is not None
            and f.options
            and str(f.default) not in {o.value for o in f.options}
        ):
            problems.append(
                (f"{path}.default", f"'{f.default}' không có trong options (not an option)")
            )
    for i, rule in enumerate(defn.rules):
        for key in ("field", "than", "date_of_birth", "sex"):
            ref = getattr(rule, key)
            if ref is not None and ref not in fields:
                problems.append(
                    (f"rules[{i}].{key}", f"không có trường '{ref}' (no field '{ref}')")
                )
            elif (
                ref is not None
                and key in _DATE_RULE_ARGS.get(rule.rule, ())
                and fields[ref].type is not FieldType.DATE
            ):
                problems.append(
                    (f"rules[{i}].{key}", f"trường '{ref}' không phải kiểu ngày (not a date field)")
                )
        for j, ref in enumerate(rule.fields or []):
            if ref not in fields:
                problems.append(
                    (f"rules[{i}].fields[{j}]", f"không có trường '{ref}' (no field '{ref}')")
                )
        if (
            rule.rule == "id_matches_person"
            and rule.field in fields
            and fields[rule.field].type is not FieldType.PERSONAL_ID
        ):
            problems.append(
                (
                    f"rules[{i}].field",
                    f"trường '{rule.field}' không phải số định danh (not a personal_id field)",
                )
            )
    return problems


def _condition_refs(
    cond: Condition, path: str, fields: dict[str, FieldSpec]
) -> list[tuple[str, str]]:
    """Unknown fields named by a (possibly nested) condition."""
    if cond.all is not None or cond.any is not None:
        key = "all" if cond.all is not None else "any"
        out: list[tuple[str, str]] = []
        for n, sub in enumerate(cond.all or cond.any or []):
            out += _condition_refs(sub, f"{path}.{key}[{n}]", fields)
        return out
    if cond.field not in fields:
        return [(f"{path}.field", f"không có trường '{cond.field}' (no field '{cond.field}')")]
    return []
