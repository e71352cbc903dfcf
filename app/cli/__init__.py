"""The ``kiosk`` command: one entry point, a global ``--data-dir``, and a subcommand per task.

Each subcommand lives in its own module exposing ``register(subparsers)``; the
handler it sets receives the parsed arguments and returns the exit code.
This package is the composition root: it is the one place in ``kiosk`` allowed
to start the GUI (``ui``) and the portal client/server (``sync``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app.cli._failures import disable_core_dumps, run_reporting_known_failures

__all__ = ["build_parser", "main"]

_MODULES = [
    "_run",
    "_doctor",
    "_catalog",
    "_config",
    "_audit",
    "_sync",
    "_maintenance",
    "_datadir",
    "_consent",
    "_fleet",
    "_release",
    "_update",
]


def _run_only(args: Sequence[str]) -> bool:
    """``kiosk [--data-dir DIR] [run]``: the other commands' modules (sync, requests,
    the doctor's probes) are not imported, so the window paints sooner (issue 17)."""
    words = list(args)
    if any(w in ("-h", "--help") for w in words):
        return False
    rest = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word == "--data-dir":
            skip = True
        elif not word.startswith("--data-dir="):
            rest.append(word)
    return rest in ([], ["run"])


def build_parser(modules: Sequence[str] = tuple(_MODULES)) -> argparse.ArgumentParser:
    """The full argument parser (also used by the test that every command is documented);
    ``modules`` limits it to those commands."""
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
    parser.add_argument("--version", action="version", version=_version_line())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(f"app.cli.{name}").register(sub)
    return parser


def _version_line() -> str:
    from kiosk.version import current_version

    return f"kiosk {current_version()}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kiosk`` command; ``kiosk`` alone is ``kiosk run``.

    Core dumps are disabled first (they would hold decrypted data); disk full, a
    locked database and data-key problems end as one plain line and an exit code.
    """
    disable_core_dumps()
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(["_run"] if _run_only(args_list) else _MODULES)
    args = parser.parse_args(args_list)
    if args.command is None:
        args = parser.parse_args([*args_list, "run"])
    handler = args.handler
    code: int = run_reporting_known_failures(lambda: int(handler(args)))
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
