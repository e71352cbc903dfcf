"""``kiosk update status|check|rollback``: the kiosk's own signed updates, by hand.

The running kiosk checks and installs by itself (``[update]`` in kiosk.toml); these
commands let a technician see where it stands, check at once, or roll back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.config import ConfigError, UpdateSection, load_config
from kiosk.paths import resolve_data_dir
from kiosk.version import current_version


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``update`` commands."""
    update = subparsers.add_parser(
        "update",
        help="the kiosk's signed updates: status, check now, roll back",
        description="Signed updates from the technicians' repository ([update] in kiosk.toml).",
    )
    sub = update.add_subparsers(dest="update_command", metavar="ACTION", required=True)
    status = sub.add_parser(
        "status",
        help="the running version, the installed ones, the last check and any rollback",
    )
    status.set_defaults(handler=_handle_status)
    check = sub.add_parser(
        "check",
        help="check the repository now and download a newer build (installed between residents)",
        description="Check now, download and verify a newer build and stage it; the running "
        "kiosk installs it at its next quiet moment (or at its next start).",
    )
    check.set_defaults(handler=_handle_check)
    rollback = sub.add_parser(
        "rollback",
        help="go back to the previous version (takes effect when the kiosk restarts)",
    )
    rollback.set_defaults(handler=_handle_rollback)
    for parser in (status, check, rollback):
        parser.add_argument(
            "--install-dir",
            type=Path,
            default=None,
            metavar="DIR",
            help="the install folder (default: [update] install_dir)",
        )


def _section(args: Any) -> UpdateSection | None:
    try:
        return load_config(resolve_data_dir(args.data_dir)).update
    except ConfigError as exc:
        print(f"Cấu hình không hợp lệ ({exc.path}):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return None


def _updater(args: Any, section: UpdateSection) -> Any:
    from update import InstallLayout, KioskUpdater

    root = args.install_dir or Path(section.install_dir)
    return KioskUpdater(
        InstallLayout(root),
        section.repository_url,
        trusted_root=Path(section.root_file) if section.root_file else None,
        timeout_s=section.timeout_s,
        ca_bundle=section.ca_bundle or None,
    )


def _handle_status(args: Any) -> int:
    print(f"running version: {current_version()}")
    section = _section(args)
    if section is None:
        return 1
    print(f"updates: {'on, from ' + section.repository_url if section.enabled else 'off'}")
    updater = _updater(args, section)
    layout = updater.layout
    state = updater.state()
    print(f"install dir: {layout.root}")
    print(f"current: {layout.current() or '-'}   installed: {', '.join(layout.installed()) or '-'}")
    print(f"previous (rollback target): {state.previous or '-'}")
    print(f"staged (installs between residents): {state.staged or '-'}")
    if state.first_start:
        print(f"first start pending: {state.first_start} (its doctor decides whether it stays)")
    print(f"last check: {state.last_check or 'never'}")
    if state.last_error:
        print(f"last error: {state.last_error}")
    if state.rolled_back:
        back = state.rolled_back
        print(f"rolled back: {back.get('from')} -> {back.get('to')}: {back.get('reason')}")
    return 0


def _handle_check(args: Any) -> int:
    section = _section(args)
    if section is None:
        return 1
    if not section.repository_url:
        print("no [update] repository_url in kiosk.toml", file=sys.stderr)
        return 1
    updater = _updater(args, section)
    staged = updater.check_and_download()
    state = updater.state()
    if state.last_error:
        print(f"check failed: {state.last_error}", file=sys.stderr)
        return 1
    print(f"staged {staged}: installed between residents" if staged else "up to date")
    return 0


def _handle_rollback(args: Any) -> int:
    from update import UpdateError

    section = _section(args)
    if section is None:
        return 1
    try:
        version = _updater(args, section).rollback()
    except UpdateError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"current now points at {version}: restart the kiosk (systemctl restart commune-kiosk)")
    return 0
