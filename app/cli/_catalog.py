"""``kiosk catalog``: find procedures the way residents type them; list broken definitions."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from forms import Catalog, load_catalog


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``catalog`` commands."""
    parser = subparsers.add_parser("catalog", help="search and check the procedure catalog")
    sub = parser.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    search = sub.add_parser(
        "search",
        help="find procedures by name, synonym or code (diacritics optional)",
        description="Search the bundled catalog, best match first.",
    )
    search.add_argument("query", metavar="QUERY", help='e.g. "lam giay khai sinh" or 1.001193')
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="at most N results")
    search.set_defaults(handler=_search)
    check = sub.add_parser(
        "check",
        help="load every definition; report broken ones, fields without a citation, verify items",
        description="Exit non-zero when any bundled definition is broken or has a field that "
        "cites no item of its official form. Facts still marked verify are listed for staff.",
    )
    check.set_defaults(handler=_check)


def _catalog() -> Catalog:
    return load_catalog()


def _search(args: Any) -> int:
    catalog = _catalog()
    hits = catalog.search(args.query, limit=max(args.limit, 0))
    if args.json:
        rows = [
            {"code": h.code, "name": h.name, "score": h.score, "version": h.version} for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not hits:
        print("Không tìm thấy thủ tục phù hợp. (No matching procedure.)")
        return 0
    for h in hits:
        print(f"{h.score:5.3f}  {h.code:<10} {h.name}")
    return 0


def _check(args: Any) -> int:
    catalog = _catalog()
    uncited = 0
    for code in catalog.codes():
        definition = catalog.get(code)
        missing = definition.fields_without_citation()
        uncited += len(missing)
        status = "OK " if not missing else "LỖI"
        print(f"{status} {code}  {', '.join(catalog.versions(code))}  {definition.name}")
        for field_id in missing:
            print(
                f"LỖI {code}: trường {field_id} không trích dẫn mục nào của biểu mẫu "
                f"(field {field_id} has no citation)",
                file=sys.stderr,
            )
        for item in definition.verify:
            print(f"    verify {item.what}: {item.note}")
    for err in catalog.unavailable:
        print(f"LỖI {err.source}: {err.path or '<gốc>'}: {err.message}", file=sys.stderr)
    return 1 if catalog.unavailable or uncited else 0
