"""Bundled official lists the forms offer instead of typing (resources/lists/*.csv).

Each CSV file says where its data came from in its header comment:
``ethnic_groups.csv`` (the 54 ethnic groups, General Statistics Office decision
121-TCTK/PPCĐ) and ``hanoi_birth_facilities.csv`` (health facilities of Hà Nội
from OpenStreetMap, ODbL, built by tools/build_birth_facilities.py).
"""

from __future__ import annotations

import csv
import importlib.resources
import io
from dataclasses import dataclass
from functools import cache
from typing import Any

from forms._text import fold

__all__ = ["Place", "ethnic_groups", "list_options", "places"]


@dataclass(frozen=True, slots=True)
class Place:
    """A place offered by a picker; ``commune_code`` is empty when the source has no address."""

    name: str
    province_code: str
    commune_code: str
    commune_name: str
    street: str


def _read(name: str) -> list[dict[str, str]]:
    text = (importlib.resources.files("resources") / "lists" / name).read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(body)))


@cache
def ethnic_groups() -> tuple[tuple[str, str], ...]:
    """The 54 ethnic groups of Vietnam as (code, name), in the official order (Kinh first)."""
    return tuple((row["code"], row["name"]) for row in _read("ethnic_groups.csv"))


def list_options(name: str) -> list[dict[str, Any]]:
    """A bundled list as select options (the stored value is the official name)."""
    if name == "ethnic_groups":
        # English keeps the names unaccented, as English texts write them ("Tay", "Muong").
        return [
            {"value": label, "label": label, "label_en": fold(label).title()}
            for _code, label in ethnic_groups()
        ]
    # ValueError, so a definition naming an unknown list fails validation with a reason.
    raise ValueError(f"không có danh sách '{name}' (unknown options_from list)")


@cache
def places(name: str) -> tuple[Place, ...]:
    """A bundled list of places (``hanoi_birth_facilities``)."""
    if name != "hanoi_birth_facilities":
        raise KeyError(name)
    return tuple(
        Place(
            name=row["name"],
            province_code="01",
            commune_code=row["commune_code"],
            commune_name=row["commune_name"],
            street=row["street"],
        )
        for row in _read("hanoi_birth_facilities.csv")
    )
