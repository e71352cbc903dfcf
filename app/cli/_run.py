"""``kiosk run``: start the kiosk GUI (the default command)."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from app.cli._common import context_or_exit

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
    import ui
    from app._embedded import EmbeddedPortal
    from kiosk.config import ConfigError
    from kiosk.crypto import DataKeyError
    from kiosk.security import setup_logging
    from kiosk.services import open_context
    from ui.startup_error import show_startup_error

    try:
        context = open_context(args.data_dir)
    except ConfigError as exc:
        context_or_exit(args)  # prints the same problems on the terminal
        return show_startup_error(
            "Cấu hình của kiosk không hợp lệ nên kiosk chưa thể mở. "
            "Xin báo cán bộ kỹ thuật sửa tệp cấu hình.",
            [f"{exc.path}:", *exc.problems],
        )
    except DataKeyError as exc:
        return show_startup_error(
            "Không đọc được khoá bảo vệ dữ liệu nên kiosk chưa thể mở. "
            "Xin báo cán bộ kỹ thuật (xem docs/troubleshooting.md).",
            [str(exc)],
        )
    try:
        setup_logging(context.data_dir)
    except OSError as exc:  # the data dir is unusable: the window says so, logs go to stderr
        logging.basicConfig(level=logging.INFO)
        _log.error("cannot write logs under the data dir: %s", exc.strerror)
    embedded = None
    enroll = None
    url = context.config.portal.url
    if not url:
        # No portal configured: serve the reference portal on a loopback port inside the
        # app so sync visibly works with no set-up. It starts in the background.
        embedded = EmbeddedPortal(context.data_dir)
        url = embedded.url
        enroll = embedded.enroll
        _log.info("no portal configured; embedded reference portal on %s", url)
    try:
        code_: int = ui.run_gui(
            context,
            portal_url=url,
            enroll=enroll,
            after_shown=embedded.start if embedded is not None else None,
        )
        return code_
    finally:
        if embedded is not None:
            embedded.stop()
