"""The ``kiosk`` command: one entry point, a global ``--data-dir``, and a subcommand per task.

Each subcommand lives in its own module exposing ``register(subparsers)``; the
handler it sets receives the parsed arguments and returns the exit code.
This package is the composition root: it is the one place in ``kiosk`` allowed
to start the GUI (``ui``) and the portal client/server (``sync``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli import (
    _audit,
    _catalog,
    _config,
    _consent,
    _datadir,
    _doctor,
    _maintenance,
    _run,
    _sync,
)
from app.cli._failures import disable_core_dumps, run_reporting_known_failures

__all__ = ["build_parser", "main"]

_MODULES = [_run, _doctor, _catalog, _config, _audit, _sync, _maintenance, _datadir, _consent]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (also used by the test that every command is documented)."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Commune service-point kiosk: file administrative-procedure applications.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help="where the kiosk keeps all its data (default: $KIOSK_DATA_DIR, "
        "else the platform's user data dir)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kiosk`` command; ``kiosk`` alone is ``kiosk run``.

    Core dumps are disabled first (they would hold decrypted data); disk full, a
    locked database and data-key problems end as one plain line and an exit code.
    """
    disable_core_dumps()
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        args = parser.parse_args([*args_list, "run"])
    handler = args.handler
    code: int = run_reporting_known_failures(lambda: int(handler(args)))
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
