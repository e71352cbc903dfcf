"""``kiosk run``: start the kiosk GUI (the default command)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``run`` command."""
    parser = subparsers.add_parser(
        "run",
        help="start the kiosk (default)",
        description="Start the kiosk GUI. With no portal configured, a reference portal is "
        "started on a loopback port inside the app so sync works with no set-up.",
    )
    parser.set_defaults(handler=_handle)


def _handle(args: Any) -> int:
    from app._root import run_kiosk

    return run_kiosk(args)
