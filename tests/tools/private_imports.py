"""An import-linter contract: no package imports another package's private modules.

Each package's API is its ``__init__.py``: ``ui`` may import ``sync`` but not
``sync._worker``, nor ``kiosk.store._base``. A module is private when any part of
its dotted name after the top-level package starts with an underscore. Imports
inside one top-level package are free. Configured in ``pyproject.toml``::

    [[tool.importlinter.contracts]]
    type = "private_modules"
    packages = ["app", "forms", ...]
"""

from __future__ import annotations

from typing import Any

from importlinter import Contract, ContractCheck, fields, output


def _is_private(module: str) -> bool:
    return any(part.startswith("_") and part != "__init__" for part in module.split(".")[1:])


class PrivateModulesContract(Contract):
    """Imports across top-level packages reach only public modules."""

    packages = fields.ListField(subfield=fields.StringField())
    ignore_imports = fields.ListField(subfield=fields.StringField(), required=False)

    def check(self, graph: Any, verbose: bool) -> ContractCheck:
        roots = set(self.packages)
        allowed = {tuple(item.split(" -> ")) for item in self.ignore_imports or []}
        broken: list[dict[str, Any]] = []
        for importer in sorted(graph.modules):
            top = importer.split(".")[0]
            if top not in roots:
                continue
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                target = imported.split(".")[0]
                if target == top or target not in roots or not _is_private(imported):
                    continue
                if (importer, imported) in allowed:
                    continue
                lines = [
                    d["line_number"]
                    for d in graph.get_import_details(importer=importer, imported=imported)
                ]
                broken.append({"importer": importer, "imported": imported, "lines": lines})
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["broken"]:
            where = ", ".join(f"l.{n}" for n in item["lines"])
            output.print_error(f"{item['importer']} -> {item['imported']} ({where})")
        output.new_line()
