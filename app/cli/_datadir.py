"""``kiosk new-data-dir``: start over with a new data key, on purpose, keeping the old data.

The kiosk never replaces a missing or wrong data key by itself (applications
would end up under two keys). When the old key is truly lost, a technician runs
this command: the old data dir and key file are moved aside, not deleted, and
the next start makes a new key for an empty data dir.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from kiosk.clock import system_clock
from kiosk.config import CONFIG_FILENAME, ConfigError, load_config
from kiosk.crypto import DataKeyError
from kiosk.paths import resolve_data_dir
from kiosk.services import key_file_for, open_context

EXIT_OK = 0
EXIT_REFUSED = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``new-data-dir`` command."""
    parser = subparsers.add_parser(
        "new-data-dir",
        help="start a new, empty data dir with a new data key (the old one is kept aside)",
        description="Use only when the data key of the current data dir is lost for good. "
        "Moves the data dir to <dir>.abandoned-<UTC time> and the key file to "
        "<key file>.abandoned-<UTC time> (nothing is deleted: if the old key turns up, move "
        "both back), keeps kiosk.toml, then creates a new data key and an empty data dir. "
        "Undelivered applications in the old data dir stay there; they are readable only "
        "with the old key.",
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help="confirm: without it the command only says what it would do",
    )
    parser.set_defaults(handler=_handle)


def _handle(args: Any) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    try:
        config = load_config(data_dir)
    except ConfigError as exc:
        print(f"Cấu hình không hợp lệ ({exc.path}): {'; '.join(exc.problems)}", file=sys.stderr)
        return EXIT_REFUSED
    key_file = key_file_for(data_dir, config)
    stamp = system_clock(config.kiosk.time_zone).now_utc().strftime("%Y%m%dT%H%M%SZ")
    moves = []
    if data_dir.exists() and any(data_dir.iterdir()):
        moves.append((data_dir, data_dir.with_name(f"{data_dir.name}.abandoned-{stamp}")))
    if key_file.exists():
        moves.append((key_file, key_file.with_name(f"{key_file.name}.abandoned-{stamp}")))
    if not args.yes:
        for src, dst in moves:
            print(f"would move {src} -> {dst}")
        print(
            "Chưa làm gì. Lệnh này bắt đầu thư mục dữ liệu mới với khoá mới; chạy lại với "
            "--yes để xác nhận. (Nothing done; run again with --yes to confirm.)"
        )
        return EXIT_REFUSED
    config_text = None
    config_path = data_dir / CONFIG_FILENAME
    if config_path.exists():
        config_text = config_path.read_bytes()
    try:
        for src, dst in moves:
            shutil.move(str(src), str(dst))
            print(f"moved {src} -> {dst}")
        data_dir.mkdir(parents=True, exist_ok=True)
        if config_text is not None:
            config_path.write_bytes(config_text)
        _forget_keyring_key(key_file, stamp)
        context = open_context(data_dir)
    except (OSError, DataKeyError) as exc:
        print(f"Không tạo được thư mục dữ liệu mới: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    store = context.open_store()
    try:
        store.audit("technician", "data_dir.created", None, {"previous_moved": bool(moves)})
    finally:
        store.close()
    print(
        f"new data dir {data_dir} with a new data key ({key_file}); "
        "the kiosk must be enrolled with its portal again (kiosk provision)"
    )
    return EXIT_OK


def _forget_keyring_key(key_file: Path, stamp: str) -> None:
    """With the OS secret store in use, move the old entry aside as the file was."""
    if os.environ.get("KIOSK_USE_KEYRING", "") != "1":
        return
    try:
        import keyring

        entry = str(key_file)
        old = keyring.get_password("commune-kiosk", entry)
        if old:
            keyring.set_password("commune-kiosk", f"{entry}.abandoned-{stamp}", old)
            keyring.delete_password("commune-kiosk", entry)
    except Exception as exc:  # no usable backend: nothing was stored there
        print(f"secret store left unchanged: {type(exc).__name__}", file=sys.stderr)
