"""Malformed definitions: each names the file, the exact path inside it, and what is wrong."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from forms import DefinitionError, load_catalog, load_definition


def _minimal() -> dict[str, Any]:
    return {
        "code": "9.000001",
        "version": "1",
        "name": "Thủ tục thử",
        "name_en": "Test procedure",
        "level": "mot_phan",
        "fee": {"text": "Miễn phí", "text_en": "Free"},
        "processing_time": {"text": "Trong ngày", "text_en": "Same day", "processing_days": 0},
        "legal_basis": [{"citation": "Luật thử"}],
        "required_documents": [{"kind": "giay_to", "name": "Giấy tờ", "name_en": "Paper"}],
        "pictogram": "doc",
        "addressee": "Ủy ban nhân dân {commune}",
        "consents": [
            {
                "id": "xu_ly",
                "version": "1",
                "purpose": "Giải quyết",
                "purpose_en": "Processing",
                "text": "Tôi đồng ý.",
                "text_en": "I agree.",
                "data_types": ["họ tên"],
                "processors": "UBND",
                "rights": "Truy cập, sửa, xóa",
            }
        ],
        "sections": [
            {
                "id": "main",
                "title": "Chính",
                "title_en": "Main",
                "fields": [
                    {
                        "id": "full_name",
                        "type": "person_name",
                        "label": "Họ tên",
                        "label_en": "Name",
                    },
                    {"id": "dob", "type": "date", "label": "Ngày sinh", "label_en": "Born"},
                ],
            },
            {
                "id": "other",
                "title": "Khác",
                "title_en": "Other",
                "fields": [
                    {
                        "id": "kind",
                        "type": "select",
                        "label": "Loại",
                        "label_en": "Kind",
                        "options": [{"value": "a", "label": "A", "label_en": "A"}],
                    },
                ],
            },
        ],
    }


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """Set a dotted path with [n] indexes; value ... deletes the key."""
    out = copy.deepcopy(data)
    node: Any = out
    parts = path.replace("[", ".").replace("]", "").split(".")
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    last = parts[-1]
    if value is ...:
        del node[last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return out


def test_minimal_definition_loads() -> None:
    assert load_definition(json.dumps(_minimal()), source="min.json").code == "9.000001"


CASES = [
    (
        "unknown field type",
        "sections[1].fields[0].type",
        "bogus",
        "sections[1].fields[0].type",
        "giá trị không hợp lệ",
    ),
    (
        "misspelt key",
        "sections[0].fields[0].requird",
        True,
        "sections[0].fields[0].requird",
        "khóa không được phép (có thể viết sai tên) (Extra inputs are not permitted)",
    ),
    ("missing name", "name", ..., "name", "thiếu khóa bắt buộc (Field required)"),
    (
        "select without options",
        "sections[1].fields[0].options",
        ...,
        "sections[1].fields[0]",
        "trường chọn cần 'options' (a select field needs 'options')",
    ),
    (
        "bad level",
        "level",
        "online",
        "level",
        "giá trị không hợp lệ (Input should be 'toan_trinh' or 'mot_phan')",
    ),
    (
        "negative processing days",
        "processing_time.processing_days",
        -1,
        "processing_time.processing_days",
        "giá trị quá nhỏ (Input should be greater than or equal to 0)",
    ),
    (
        "bad code",
        "code",
        "khai-sinh",
        "code",
        "sai định dạng (String should match pattern '^[0-9]+(\\.[0-9]+)+$')",
    ),
    (
        "duplicate field id",
        "sections[1].fields[0].id",
        "dob",
        "sections[1].fields[0].id",
        "mã trường 'dob' bị trùng (duplicate field id)",
    ),
    (
        "condition on unknown field",
        "sections[1].fields[0].visible_if",
        {"field": "nope", "equals": "x"},
        "sections[1].fields[0].visible_if.field",
        "không có trường 'nope' (no field 'nope')",
    ),
    (
        "condition with two operators",
        "sections[1].fields[0].visible_if",
        {"field": "dob", "equals": "x", "filled": True},
        "sections[1].fields[0].visible_if",
        "cần đúng một trong equals, not_equals, in, filled "
        "(exactly one of equals, not_equals, in, filled)",
    ),
    (
        "rule on a non-date field",
        "rules",
        [{"rule": "date_not_future", "field": "full_name"}],
        "rules[0].field",
        "trường 'full_name' không phải kiểu ngày (not a date field)",
    ),
    (
        "rule missing argument",
        "rules",
        [{"rule": "older_than", "field": "dob", "than": "dob"}],
        "rules[0]",
        "quy tắc older_than thiếu years (rule older_than needs years)",
    ),
    (
        "unknown rule",
        "rules",
        [{"rule": "sometimes", "field": "dob"}],
        "rules[0].rule",
        "giá trị không hợp lệ",
    ),
    (
        "attachment of an unlisted kind",
        "sections[1].fields[0]",
        {
            "id": "scan",
            "type": "attachment",
            "label": "Tệp",
            "label_en": "File",
            "attachment": {"kind": "ho_chieu"},
        },
        "sections[1].fields[0].attachment.kind",
        "không có giấy tờ loại 'ho_chieu' trong required_documents "
        "(no required document of kind 'ho_chieu')",
    ),
    (
        "empty sections",
        "sections",
        [],
        "sections",
        "danh sách không được rỗng (List should have at least 1 item after validation, not 0)",
    ),
    (
        "year_only on text",
        "sections[0].fields[0].year_only",
        True,
        "sections[0].fields[0]",
        "'year_only' chỉ dùng cho ngày (year_only is for date fields)",
    ),
    (
        "group nested in group",
        "sections[1].fields[0]",
        {
            "id": "g",
            "type": "group",
            "label": "G",
            "label_en": "G",
            "fields": [
                {
                    "id": "h",
                    "type": "group",
                    "label": "H",
                    "label_en": "H",
                    "fields": [{"id": "x", "type": "text", "label": "X", "label_en": "X"}],
                }
            ],
        },
        "sections[1].fields[0].fields[0].type",
        "không lồng nhóm trong nhóm (groups cannot be nested)",
    ),
    (
        "bad default option",
        "sections[1].fields[0].default",
        "z",
        "sections[1].fields[0].default",
        "'z' không có trong options (not an option)",
    ),
]


@pytest.mark.parametrize(
    ("what", "key", "value", "path", "message"), CASES, ids=[c[0] for c in CASES]
)
def test_malformed_definition_error(
    what: str, key: str, value: Any, path: str, message: str
) -> None:
    text = json.dumps(_set(_minimal(), key, value), ensure_ascii=False)
    with pytest.raises(DefinitionError) as info:
        load_definition(text, source="broken.json")
    err = info.value
    assert (err.source, err.path) == ("broken.json", path)
    if message.endswith(")") or "(" in message:
        assert err.message == message
    else:
        assert err.message.startswith(message)
    assert "broken.json" in str(err) and path in str(err)


def test_yaml_syntax_error_names_the_line() -> None:
    with pytest.raises(DefinitionError) as info:
        load_definition("code: '1.1'\nname: [unclosed\n", source="bad.yaml")
    assert info.value.path == ""
    assert info.value.message.startswith("YAML sai cú pháp ở dòng 3")


def test_top_level_list_is_rejected() -> None:
    with pytest.raises(DefinitionError, match="bảng khóa/giá trị"):
        load_definition("[1, 2]", source="list.yaml")


def test_bad_file_makes_only_its_procedure_unavailable(tmp_path: Path) -> None:
    good = _minimal()
    (tmp_path / "good.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "bad.json").write_text(json.dumps(_set(good, "level", "x")), encoding="utf-8")
    (tmp_path / "garbage.yaml").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "readme.txt").write_text("ignored", encoding="utf-8")
    portal_bad = json.dumps(_set(good, "sections[0].fields[0].type", "nope"))
    catalog = load_catalog(tmp_path, extra=[("portal:9.000002", portal_bad)])
    assert catalog.codes() == ["9.000001"]
    assert sorted((e.source, e.path) for e in catalog.unavailable) == [
        ("bad.json", "level"),
        ("garbage.yaml", ""),
        ("portal:9.000002", "sections[0].fields[0].type"),
    ]
    assert catalog.search("thu tuc thu")[0].code == "9.000001"


def test_duplicate_code_and_version_in_two_files(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(_minimal()), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(_minimal()), encoding="utf-8")
    catalog = load_catalog(tmp_path)
    assert [(e.source, e.path) for e in catalog.unavailable] == [("b.json", "version")]
    assert len(catalog) == 1
