"""``kiosk config validate`` and ``show``: check a configuration file before deploying it;
see what is in effect and where each setting came from (``--origin``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.config import CONFIG_FILENAME, ConfigError, load_config
from kiosk.paths import resolve_data_dir


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``config`` commands."""
    parser = subparsers.add_parser("config", help="check the configuration file")
    sub = parser.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    validate = sub.add_parser(
        "validate",
        help="report every unknown key, wrong type and bad value",
        description=f"Validate PATH (default: <data dir>/{CONFIG_FILENAME}).",
    )
    validate.add_argument("path", nargs="?", type=Path, default=None)
    validate.set_defaults(handler=_validate)
    show = sub.add_parser(
        "show",
        help="print the effective configuration",
        description="Print every setting in effect; with --origin, where each came from: "
        "default, portal:<serial> (the signed document from the portal) or kiosk.toml.",
    )
    show.add_argument("--origin", action="store_true", help="say where each setting came from")
    show.set_defaults(handler=_show)


def _show(args: Any) -> int:
    from kiosk.fleetconfig import origins

    data_dir = resolve_data_dir(args.data_dir)
    try:
        rows = origins(data_dir)
    except ConfigError as exc:
        print(f"{exc.path}: cấu hình không hợp lệ (invalid configuration)", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    width = max(len(key) for key, _, _ in rows)
    for key, value, origin in rows:
        shown = json.dumps(value, ensure_ascii=False)
        print(f"{key:<{width}}  {shown}" + (f"  [{origin}]" if args.origin else ""))
    return 0


def _validate(args: Any) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    path = args.path or data_dir / CONFIG_FILENAME
    try:
        load_config(data_dir, path)
    except ConfigError as exc:
        print(f"{exc.path}: cấu hình không hợp lệ (invalid configuration)", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"{path}: hợp lệ (valid)")
    return 0
