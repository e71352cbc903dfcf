"""The procedure catalog: every loaded version of every procedure, the broken ones set aside.

Bundled definition files plus updates pulled from the portal. Loading never
raises for a bad definition: it lands in ``Catalog.unavailable`` with its
file, path and reason, and the rest of the catalog keeps working. Every version
stays loaded so a draft can be finished on the version it was started with.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from forms._fields import is_empty, normalize_value
from forms._loader import DefinitionError, load_definition
from forms._schema import FieldSpec, FieldType, FormDefinition
from forms._search import SearchHit, SearchIndex

__all__ = ["Catalog", "bundled_catalog_dir", "load_catalog", "migrate_answers", "version_key"]

_SUFFIXES = (".yaml", ".yml", ".json")


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for versions: "2025.10" after "2025.9"; numbers before text in each part."""
    parts = re.split(r"[.\-_]", version)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


class Catalog:
    """Definitions by code and version, the unavailable ones, and search over the newest."""

    def __init__(
        self,
        definitions: Iterable[FormDefinition] = (),
        unavailable: Iterable[DefinitionError] = (),
    ) -> None:
        self._by_code: dict[str, dict[str, FormDefinition]] = {}
        self.unavailable: list[DefinitionError] = list(unavailable)
        for definition in definitions:
            self.add(definition)
        self._index: SearchIndex | None = None

    def add(self, definition: FormDefinition) -> None:
        """Add (or replace) one version: a portal update or a draft's saved definition."""
        self._by_code.setdefault(definition.code, {})[definition.version] = definition
        self._index = None

    def get(self, code: str, version: str | None = None) -> FormDefinition:
        """The given version of a procedure, or its newest one. Raises KeyError if not loaded."""
        versions = self._by_code.get(code)
        if not versions:
            raise KeyError(code)
        if version is None:
            return versions[max(versions, key=version_key)]
        return versions[version]

    def versions(self, code: str) -> list[str]:
        """Every loaded version of a procedure, oldest first."""
        return sorted(self._by_code.get(code, {}), key=version_key)

    def codes(self) -> list[str]:
        """Codes of every available procedure, sorted."""
        return sorted(self._by_code)

    def latest(self) -> list[FormDefinition]:
        """The newest version of every available procedure, in code order."""
        return [self.get(code) for code in self.codes()]

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self._by_code)

    def search(self, query: str, *, limit: int = 10) -> list[SearchHit]:
        """Procedures matching ``query`` (names, synonyms, codes), best first."""
        if self._index is None:
            self._index = SearchIndex(self.latest())
        return self._index.search(query, limit=limit)


def bundled_catalog_dir() -> Path:
    """Where the bundled definitions live (checkout, wheel or frozen build)."""
    return Path(str(importlib.resources.files("resources") / "catalog"))


def load_catalog(
    directory: Path | str | None = None, *, extra: Iterable[tuple[str, str]] = ()
) -> Catalog:
    """Load every definition file in ``directory`` (default: bundled catalog), then ``extra``.

    ``extra`` holds (source, definition text) pairs, e.g. definitions pulled from
    the portal; one with the same code and version as a file replaces it. Never
    raises for a bad definition: see ``Catalog.unavailable``.
    """
    folder = Path(directory) if directory is not None else bundled_catalog_dir()
    catalog = Catalog()
    files = sorted(p for p in folder.iterdir() if p.suffix in _SUFFIXES) if folder.is_dir() else []
    for path in files:
        try:
            definition = load_definition(path, source=path.name)
        except DefinitionError as exc:
            catalog.unavailable.append(exc)
            continue
        if definition.version in catalog._by_code.get(definition.code, {}):
            catalog.unavailable.append(
                DefinitionError(
                    path.name,
                    "version",
                    f"mã {definition.code} phiên bản {definition.version} đã có ở tệp khác "
                    "(this code and version are already defined in another file)",
                )
            )
            continue
        catalog.add(definition)
    for source, text in extra:
        try:
            catalog.add(load_definition(text, source=source))
        except DefinitionError as exc:
            catalog.unavailable.append(exc)
    return catalog


def migrate_answers(
    old_def: FormDefinition, new_def: FormDefinition, answers: dict[str, Any]
) -> tuple[dict[str, Any], bool]:
    """Carry a draft's answers to a newer definition: fields whose id and type still match.

    Returns (answers for the new version, whether every non-empty answer carried
    over). When the flag is False the caller keeps the old version for submission.
    """
    old_fields = old_def.all_fields()
    new_fields = new_def.all_fields()
    carried: dict[str, Any] = {}
    complete = True
    for field_id, value in answers.items():
        if is_empty(value):
            continue
        old, new = old_fields.get(field_id), new_fields.get(field_id)
        mapped = _map_value(old, new, value) if old is not None and new is not None else None
        if mapped is None:
            complete = False
        else:
            carried[field_id] = mapped
    return carried, complete


def _map_value(old: FieldSpec, new: FieldSpec, value: Any) -> Any:
    """The value under the new field, or None when it does not fit there."""
    if old.type is not new.type:
        return None
    if new.type is FieldType.SELECT:
        values = {o.value for o in new.options or []}
        return value if normalize_value(new, value) in values else None
    if new.type is FieldType.DATE and not new.year_only:
        text = normalize_value(new, value)
        return None if isinstance(text, str) and len(text) == 4 else value
    if new.type is FieldType.GROUP:
        if not isinstance(value, list):
            return None
        old_subs = {s.id: s for s in old.fields or []}
        new_subs = {s.id: s for s in new.fields or []}
        items = []
        for item in value:
            if not isinstance(item, dict):
                return None
            out = {}
            for key, sub_value in item.items():
                if is_empty(sub_value):
                    continue
                o, n = old_subs.get(key), new_subs.get(key)
                mapped = _map_value(o, n, sub_value) if o is not None and n is not None else None
                if mapped is None:
                    return None
                out[key] = mapped
            items.append(out)
        return items
    return value
