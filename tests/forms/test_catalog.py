"""Catalog versions, answer migration between versions, and the ``kiosk catalog`` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from forms import (
    Catalog,
    FormDefinition,
    bundled_catalog_dir,
    load_catalog,
    load_definition,
    migrate_answers,
    version_key,
)
from tests.forms.samples import SAMPLES

BIRTH = bundled_catalog_dir() / "1.001193.yaml"


def _birth_raw() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(BIRTH.read_text(encoding="utf-8"))
    return data


def _as_version(data: dict[str, Any], version: str) -> FormDefinition:
    return load_definition(json.dumps({**data, "version": version}), source=f"v{version}")


def test_bundled_catalog_has_the_nine_procedures() -> None:
    catalog = load_catalog()
    assert catalog.unavailable == []
    assert set(catalog.codes()) == set(SAMPLES)


def test_versions_are_kept_and_newest_is_default() -> None:
    raw = _birth_raw()
    catalog = Catalog([_as_version(raw, "2025.9"), _as_version(raw, "2025.10")])
    assert catalog.versions("1.001193") == ["2025.9", "2025.10"]
    assert catalog.get("1.001193").version == "2025.10"
    assert catalog.get("1.001193", "2025.9").version == "2025.9"
    with pytest.raises(KeyError):
        catalog.get("1.001193", "1999")
    with pytest.raises(KeyError):
        catalog.get("9.9")
    assert version_key("2025.10") > version_key("2025.9")


def test_portal_update_adds_a_version_without_dropping_the_old(tmp_path: Path) -> None:
    raw = _birth_raw()
    newer = json.dumps({**raw, "version": "2026.1", "name": "Đăng ký khai sinh (mẫu mới)"})
    catalog = load_catalog(bundled_catalog_dir(), extra=[("portal:1.001193", newer)])
    assert catalog.versions("1.001193") == ["2025.2", "2026.1"]
    assert catalog.search("khai sinh")[0].version == "2026.1"


def test_migration_carries_matching_fields() -> None:
    raw = _birth_raw()
    old = _as_version(raw, "2025.1")
    # New version: one extra optional field; nothing removed.
    new_raw = json.loads(json.dumps(raw))
    new_raw["sections"][1]["fields"].append(
        {"id": "child_nickname", "type": "text", "label": "Tên gọi khác", "label_en": "Other name"}
    )
    new = _as_version(new_raw, "2026.1")
    answers = SAMPLES["1.001193"]
    carried, complete = migrate_answers(old, new, answers)
    assert complete is True
    assert carried == answers


def test_migration_reports_fields_that_do_not_map() -> None:
    raw = _birth_raw()
    old = _as_version(raw, "2025.1")
    new_raw = json.loads(json.dumps(raw))
    child_fields = new_raw["sections"][1]["fields"]
    # child_hometown becomes a select, child_sex loses "Nữ", child_dob disappears.
    hometown = next(f for f in child_fields if f["id"] == "child_hometown")
    hometown.update(
        type="select",
        options=[{"value": "ha_noi", "label": "Hà Nội", "label_en": "Hanoi"}],
    )
    hometown.pop("max_length")
    sex = next(f for f in child_fields if f["id"] == "child_sex")
    sex["options"] = [o for o in sex["options"] if o["value"] == "Nam"]
    new_raw["sections"][1]["fields"] = [f for f in child_fields if f["id"] != "child_dob"]
    new_raw["rules"] = [r for r in new_raw["rules"] if "child_dob" not in r.values()]
    new = _as_version(new_raw, "2026.1")
    answers = {**SAMPLES["1.001193"], "child_sex": "Nữ"}
    carried, complete = migrate_answers(old, new, answers)
    assert complete is False
    assert {"child_hometown", "child_dob", "child_sex"}.isdisjoint(carried)
    assert carried["mother_full_name"] == answers["mother_full_name"]


def test_migration_of_group_items() -> None:
    catalog = load_catalog()
    old = catalog.get("1.004222")
    carried, complete = migrate_answers(old, old, SAMPLES["1.004222"])
    assert complete and carried["members"] == SAMPLES["1.004222"]["members"]
    broken = {**SAMPLES["1.004222"], "members": [{"member_shoe_size": 42}]}
    carried, complete = migrate_answers(old, old, broken)
    assert not complete and "members" not in carried


def test_cli_catalog_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["catalog", "search", "lam giay khai sinh", "--json", "--limit", "2"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) <= 2
    assert rows[0]["code"] == "1.001193" and rows[0]["name"] == "Đăng ký khai sinh"
    assert all({"code", "name", "score"} <= set(r) for r in rows)
    assert rows == sorted(rows, key=lambda r: -r["score"])


def test_cli_catalog_search_plain_and_check(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["catalog", "search", "bao tu"]) == 0
    assert "1.000656" in capsys.readouterr().out.splitlines()[0]
    assert main(["catalog", "search", "zzzz"]) == 0
    assert "Không tìm thấy" in capsys.readouterr().out
    assert main(["catalog", "check"]) == 0
    assert capsys.readouterr().out.count("OK ") == 9
