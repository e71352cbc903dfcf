"""A procedure's fee as a published tariff: what one application costs, computed from its answers.

Most fees are a flat amount (``Fee.amount_vnd``). Some are charged per unit the
resident asks for: a civil-status extract copy costs 8,000 đồng a copy (Circular
281/2016/TT-BTC), a certified copy 2,000 đồng a page, 1,000 đồng from the third
page, at most 200,000 đồng a copy (Circular 226/2016/TT-BTC). A :class:`FeeTariff`
says which number answers count the units; :func:`fee_due` does the sum.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["FeeTariff", "fee_due", "tariff_problems"]


class FeeTariff(BaseModel):
    """How the fee follows from the answers: a price per unit, counted by number fields.

    ``units_field`` counts the units (copies of an extract, pages of a document).
    With ``group`` the count is read in each item of that group field and the items
    are added up; ``copies_field`` (in the same item) multiplies an item's amount,
    e.g. pages of a document times the copies wanted. From unit ``later_from`` on,
    each unit costs ``later_unit_vnd``; ``max_per_copy_vnd`` caps one copy.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str = Field(min_length=1)
    """The unit as a receipt names it: "bản sao", "trang"."""
    unit_en: str = Field(min_length=1)
    """The same in English: "copy", "page"."""
    unit_vnd: int = Field(gt=0)
    units_field: str
    group: str | None = None
    copies_field: str | None = None
    later_from: int | None = Field(default=None, ge=2)
    later_unit_vnd: int | None = Field(default=None, ge=0)
    max_per_copy_vnd: int | None = Field(default=None, gt=0)

    def per_copy(self, units: int) -> int:
        """What one copy of ``units`` units costs, in đồng."""
        if self.later_from is not None and self.later_unit_vnd is not None:
            first = min(units, self.later_from - 1)
            amount = first * self.unit_vnd + (units - first) * self.later_unit_vnd
        else:
            amount = units * self.unit_vnd
        if self.max_per_copy_vnd is not None:
            amount = min(amount, self.max_per_copy_vnd)
        return amount


def _count(value: Any) -> int | None:
    """A number answer as a whole count of at least 1, or None (missing, text, NaN, fraction)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    if value < 1 or value != int(value):
        return None
    return int(value)


def _item_amount(tariff: FeeTariff, item: Mapping[str, Any]) -> int | None:
    units = _count(item.get(tariff.units_field))
    if units is None:
        return None
    copies = 1
    if tariff.copies_field is not None:
        counted = _count(item.get(tariff.copies_field))
        if counted is None:
            return None
        copies = counted
    return tariff.per_copy(units) * copies


def fee_due(definition: Any, answers: Mapping[str, Any]) -> int | None:
    """What filing this application online costs, in đồng; None when it cannot be told.

    A procedure without a tariff costs its flat online amount (``online_amount_vnd``,
    else ``amount_vnd``). With a tariff the amount comes from the answers, and is
    None while a counted answer is missing or not a whole number of at least 1:
    no amount is better than a wrong one on a payment code.
    """
    fee = definition.fee
    tariff: FeeTariff | None = fee.tariff
    flat = fee.online_amount_vnd if fee.online_amount_vnd is not None else fee.amount_vnd
    if tariff is None or flat == 0:
        return flat
    if tariff.group is None:
        # An unanswered count takes the field's default (the form shows "1 bản" filled in).
        fields = definition.all_fields()
        defaults = {
            name: fields[name].default
            for name in (tariff.units_field, tariff.copies_field)
            if name is not None and name in fields and name not in answers
        }
        return _item_amount(tariff, {**defaults, **answers})
    items = answers.get(tariff.group)
    if not isinstance(items, list) or not items:
        return None
    total = 0
    for item in items:
        amount = _item_amount(tariff, item) if isinstance(item, Mapping) else None
        if amount is None:
            return None
        total += amount
    return total


def tariff_problems(tariff: FeeTariff, fields: Mapping[str, Any]) -> list[str]:
    """What is wrong with a tariff's field references, given the definition's fields by id."""
    problems = []
    group = fields.get(tariff.group) if tariff.group else None
    if tariff.group and (group is None or str(group.type) != "group"):
        problems.append(f"fee.tariff.group '{tariff.group}' is not a group field")
    inside = {sub.id for sub in (group.fields or [])} if group is not None else set()
    for name in (tariff.units_field, tariff.copies_field):
        if name is None:
            continue
        spec = fields.get(name)
        if spec is None or str(spec.type) != "number":
            problems.append(f"fee.tariff field '{name}' is not a number field")
        elif tariff.group and name not in inside:
            problems.append(f"fee.tariff field '{name}' is not in group '{tariff.group}'")
    if (tariff.later_from is None) != (tariff.later_unit_vnd is None):
        problems.append("fee.tariff needs both later_from and later_unit_vnd, or neither")
    return problems
