"""Fees counted from the answers (``fee.tariff``), checked against the published tariffs.

Expected amounts are worked out here from the circulars' words, not from the code:
Circular 281/2016/TT-BTC: 8,000 đồng per extract copy; Circular 226/2016/TT-BTC,
art. 4: certifying a copy 2,000 đồng a page, 1,000 đồng a page from the third,
at most 200,000 đồng a copy.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
import yaml

import forms
from forms import DefinitionError, fee_due, load_catalog

CATALOG = load_catalog()


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, 8000),  # the form's default: one copy
        ({"copies_count": 1}, 8000),
        ({"copies_count": 3}, 24000),
        ({"copies_count": "5"}, 40000),
        ({"copies_count": 20}, 160000),
        ({"copies_count": 0}, None),
        ({"copies_count": 2.5}, None),
        ({"copies_count": math.nan}, None),
        ({"copies_count": "hai"}, None),
        ({"copies_count": True}, None),
    ],
)
def test_extract_copies_cost_8000_each(answers: dict[str, Any], expected: int | None) -> None:
    assert fee_due(CATALOG.get("2.000635"), answers) == expected


def _certified(pages: int) -> int:
    """One certified copy of ``pages`` pages, straight from the circular's wording."""
    amount = sum(2000 if page <= 2 else 1000 for page in range(1, pages + 1))
    return min(amount, 200000)


@pytest.mark.parametrize("pages", [1, 2, 3, 4, 10, 197, 198, 199, 500])
def test_certified_copy_pages_follow_the_circular(pages: int) -> None:
    answers = {"copy_items": [{"item_name": "Giấy tờ", "item_pages": pages, "item_copies": 1}]}
    assert fee_due(CATALOG.get("2.000815"), answers) == _certified(pages)


def test_certified_copies_add_up_over_documents_and_copies() -> None:
    answers = forms.SAMPLE_SETS["2.000815"]["hai loại giấy tờ"]
    # 1 page x 3 copies, 12 pages x 2 copies.
    assert fee_due(CATALOG.get("2.000815"), answers) == 3 * _certified(1) + 2 * _certified(12)
    assert _certified(1) == 2000 and _certified(12) == 14000
    assert fee_due(CATALOG.get("2.000815"), {"copy_items": []}) is None
    missing = {"copy_items": [{"item_pages": 3}]}
    assert fee_due(CATALOG.get("2.000815"), missing) is None


def test_flat_fees_and_free_procedures_are_unchanged() -> None:
    assert fee_due(CATALOG.get("1.004222"), {}) == 0  # 0 đồng online (Hà Nội)
    assert fee_due(CATALOG.get("1.001193"), {}) == 0
    assert fee_due(CATALOG.get("1.004873"), {}) is None  # no amount known


def test_the_two_tariffs_are_no_longer_marked_verify() -> None:
    for code in ("2.000635", "2.000815"):
        definition = CATALOG.get(code)
        assert definition.fee.tariff is not None
        assert definition.unverified("fee") == []


def test_a_tariff_must_count_number_fields_of_its_group() -> None:
    raw = yaml.safe_load(
        (forms.bundled_catalog_dir() / "2.000815.yaml").read_text(encoding="utf-8")
    )
    raw["fee"]["tariff"]["units_field"] = "item_name"
    with pytest.raises(DefinitionError, match="not a number field"):
        forms.load_definition(yaml.safe_dump(raw, allow_unicode=True), source="test")
    raw["fee"]["tariff"]["units_field"] = "requester_phone"
    with pytest.raises(DefinitionError, match="not a number field"):
        forms.load_definition(yaml.safe_dump(raw, allow_unicode=True), source="test")
