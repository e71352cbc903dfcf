"""``kiosk run``: start the kiosk GUI (the default command)."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from kiosk.cli._common import context_or_exit

_log = logging.getLogger(__name__)


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
    context = context_or_exit(args)
    if context is None:
        return 2
    import ui  # the composition root may start the GUI

    code: int = ui.run_gui(context)
    return code
