"""``kiosk logs export`` and ``kiosk outbox export|import``: the technician's rescue commands."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.cli._common import context_or_exit
from kiosk.services import (
    TransferError,
    catalog_index,
    check_passphrase,
    export_outbox,
    import_outbox,
)
from kiosk.store import StoreError

EXIT_OK = 0
EXIT_PARTIAL = 1  # some applications could not be imported (each is named)
EXIT_UNUSABLE = 2  # config, key, store, folder or passphrase problem: nothing was changed

PASSPHRASE_ENV = "KIOSK_EXPORT_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``logs`` and ``outbox`` commands."""
    logs = subparsers.add_parser(
        "logs", help="export the kiosk's logs", description="Work with the rotating logs."
    )
    logs_sub = logs.add_subparsers(dest="logs_command", metavar="ACTION", required=True)
    export_logs = logs_sub.add_parser(
        "export",
        help="copy the rotating logs (personal data masked) to a folder",
        description="Copy <data dir>/logs/kiosk.log* into a new folder under DIR, passing "
        "every line through the personal-data mask once more.",
    )
    export_logs.add_argument("--to", required=True, type=Path, metavar="DIR")
    export_logs.set_defaults(handler=_handle_logs_export)

    outbox = subparsers.add_parser(
        "outbox",
        help="carry undelivered applications to another kiosk",
        description="Move applications that have not reached the portal from a broken "
        "kiosk to a working one, encrypted with a passphrase (see docs/staff-console.md).",
    )
    outbox_sub = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    export = outbox_sub.add_parser(
        "export",
        help="write every undelivered application, encrypted, to a new folder under DIR",
        description="Write every undelivered application to a new folder under DIR, "
        "encrypted with a passphrase. This kiosk then stops sending them (use --keep-sending "
        f"to let it go on). The passphrase comes from --passphrase-file, ${PASSPHRASE_ENV} "
        "or a prompt.",
    )
    export.add_argument("--to", required=True, type=Path, metavar="DIR")
    export.add_argument("--passphrase-file", type=Path, metavar="FILE")
    export.add_argument(
        "--keep-sending",
        action="store_true",
        help="this kiosk keeps trying to send the exported applications too",
    )
    export.set_defaults(handler=_handle_outbox_export)
    imp = outbox_sub.add_parser(
        "import",
        help="queue the applications of an export on this kiosk",
        description="Queue the applications of the export in DIR (or of every export "
        "directly inside DIR) with their original ids and idempotency keys; applications "
        "already on this kiosk are skipped, so importing twice is harmless.",
    )
    imp.add_argument("source", type=Path, metavar="DIR")
    imp.add_argument("--passphrase-file", type=Path, metavar="FILE")
    imp.set_defaults(handler=_handle_outbox_import)


# -- logs ----------------------------------------------------------------------------------


def _handle_logs_export(args: Any) -> int:
    context = context_or_exit(args)
    if context is None:
        return EXIT_UNUSABLE
    source = context.data_dir / "logs"
    files = sorted(source.glob("*.log*")) if source.is_dir() else []
    if not files:
        print(f"Không có tệp nhật ký trong {source}.", file=sys.stderr)
        return EXIT_UNUSABLE
    stamp = context.clock.now_utc().strftime("%Y%m%dT%H%M%SZ")
    target = args.to / f"kiosk-logs-{stamp}"
    try:
        target.mkdir(parents=True)
        for path in files:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            masked = "".join(mask_log_line(line) + "\n" for line in lines)
            (target / path.name).write_text(masked, encoding="utf-8")
    except OSError as exc:
        print(f"Không ghi được vào {target}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"Đã xuất {len(files)} tệp nhật ký vào {target}")
    return EXIT_OK


def mask_log_line(line: str) -> str:
    """One log line with personal data masked; JSON lines stay valid JSON."""
    try:
        from kiosk.security import mask_text
    except ImportError:  # pragma: no cover - security ships with the kiosk
        return line
    try:
        entry = json.loads(line)
    except ValueError:
        return mask_text(line)
    if not isinstance(entry, dict):
        return mask_text(line)
    for key in ("msg", "exc"):
        if isinstance(entry.get(key), str):
            entry[key] = mask_text(entry[key])
    extra = entry.get("extra")
    if isinstance(extra, dict):
        entry["extra"] = {k: mask_text(v) if isinstance(v, str) else v for k, v in extra.items()}
    return json.dumps(entry, ensure_ascii=False)


# -- outbox --------------------------------------------------------------------------------


def _passphrase(args: Any, *, confirm: bool) -> str | None:
    """The export passphrase from a file, the environment, or a prompt (asked twice on export)."""
    if args.passphrase_file is not None:
        try:
            return str(args.passphrase_file.read_text(encoding="utf-8")).strip("\r\n")
        except OSError as exc:
            print(f"Không đọc được tệp mật khẩu: {exc}", file=sys.stderr)
            return None
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        print(f"Cần mật khẩu: dùng --passphrase-file hoặc biến ${PASSPHRASE_ENV}.", file=sys.stderr)
        return None
    first = getpass.getpass("Mật khẩu bản xuất: ")
    if confirm and getpass.getpass("Nhập lại mật khẩu: ") != first:
        print("Hai lần nhập mật khẩu không khớp.", file=sys.stderr)
        return None
    return first


def _handle_outbox_export(args: Any) -> int:
    passphrase = _passphrase(args, confirm=True)
    if passphrase is None:
        return EXIT_UNUSABLE
    try:
        check_passphrase(passphrase)
    except TransferError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    context = context_or_exit(args)
    if context is None:
        return EXIT_UNUSABLE
    try:
        store = context.open_store()
    except StoreError as exc:
        print(f"Không mở được dữ liệu: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        report = export_outbox(store, args.to, passphrase, hold=not args.keep_sending)
    except TransferError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        store.close()
    print(f"Đã xuất {len(report.done)} hồ sơ chưa gửi vào {report.folder}")
    if report.done and not args.keep_sending:
        print("Máy này sẽ không tự gửi các hồ sơ đó nữa; hãy nhập chúng vào máy khác.")
    return EXIT_OK


def _handle_outbox_import(args: Any) -> int:
    passphrase = _passphrase(args, confirm=False)
    if passphrase is None:
        return EXIT_UNUSABLE
    context = context_or_exit(args)
    if context is None:
        return EXIT_UNUSABLE
    try:
        store = context.open_store()
    except StoreError as exc:
        print(f"Không mở được dữ liệu: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        import forms

        report = import_outbox(
            store, args.source, passphrase, index=catalog_index(forms.load_catalog())
        )
    except TransferError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        store.close()
    print(f"Đã nhận {len(report.done)} hồ sơ; bỏ qua {len(report.skipped)} hồ sơ đã có trên máy.")
    for app_id, reason in report.failed:
        print(f"  - không nhận được hồ sơ {app_id}: {reason}", file=sys.stderr)
    if report.done:
        print("Hồ sơ sẽ được gửi lên cổng ở lần đồng bộ tới (hoặc chạy: kiosk sync).")
    return EXIT_PARTIAL if report.failed else EXIT_OK
