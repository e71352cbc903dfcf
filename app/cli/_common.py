"""Helpers shared by the CLI commands: opening the context and store, plain error output."""

from __future__ import annotations

import sys
from typing import Any

from kiosk.config import ConfigError
from kiosk.crypto import DataKeyError
from kiosk.services import KioskContext, open_context


def context_or_exit(args: Any) -> KioskContext | None:
    """Open the kiosk context for a command; print a plain message and return None on failure."""
    try:
        return open_context(getattr(args, "data_dir", None), getattr(args, "config", None))
    except ConfigError as exc:
        print(f"Cấu hình không hợp lệ ({exc.path}):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return None
    except DataKeyError as exc:
        print(exc.message, file=sys.stderr)
        print(f"  ({exc})", file=sys.stderr)
        return None
