"""Facts the definitions still mark *verify*: shown to staff, never to residents as sure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["UnverifiedFact", "unverified_facts"]


@dataclass(frozen=True)
class UnverifiedFact:
    """One *verify* item of one procedure definition."""

    procedure_code: str
    procedure_name: str
    what: str
    note: str


def unverified_facts(services: Any) -> list[UnverifiedFact]:
    """Every *verify* item of the current definition of each procedure in the catalog."""
    catalog = services.catalog
    out = []
    for code in catalog.codes():
        definition = catalog.get(code)
        out += [UnverifiedFact(code, definition.name, v.what, v.note) for v in definition.verify]
    return out
