"""``kiosk audit verify``, ``kiosk purge`` and ``kiosk staff add``: the data-protection commands."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from app.cli._common import context_or_exit
from kiosk.security import (
    PinPolicyError,
    StaffDirectory,
    StaffError,
    purge,
)
from kiosk.store import StoreError

EXIT_OK = 0
EXIT_BROKEN = 1  # the audit chain failed verification
EXIT_UNUSABLE = 2  # config, key, database or input problem: nothing was checked or changed


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``audit``, ``purge`` and ``staff`` commands."""
    audit = subparsers.add_parser(
        "audit",
        help="check the tamper-evident audit log",
        description="Work with the hash-chained audit log of sign-ins, submissions, "
        "deletions, exports, config changes and wipes.",
    )
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify",
        help="verify the audit chain; non-zero exit naming the first broken entry",
        description="Walk the audit chain from the first entry. Exits 0 when it is intact, "
        "1 naming the first altered, missing or cut-off entry, 2 when the store cannot be "
        "opened.",
    )
    verify.set_defaults(handler=_handle_verify)

    purge_parser = subparsers.add_parser(
        "purge",
        help="apply the retention rules",
        description="Delete delivered applications older than retention.delivered_days and "
        "drafts idle longer than retention.draft_hours (from kiosk.toml), with their "
        "attachments; one audit entry records the counts.",
    )
    purge_parser.add_argument(
        "--dry-run", action="store_true", help="only count what would be deleted"
    )
    purge_parser.set_defaults(handler=_handle_purge)

    staff = subparsers.add_parser(
        "staff",
        help="manage staff and admin accounts",
        description="Manage the accounts that sign in to the staff console with a PIN.",
    )
    staff_sub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = staff_sub.add_parser(
        "add",
        help="add a staff or admin account (the PIN is asked for, never an argument)",
        description="Add an account. The PIN (4-8 digits, not trivial) is read with a hidden "
        "prompt, twice, or as one line from standard input when it is not a terminal.",
    )
    add.add_argument("--id", dest="staff_id", required=True, help="staff id, e.g. nv01")
    add.add_argument("--name", required=True, help="display name shown on the console")
    add.add_argument("--role", choices=("staff", "admin"), default="staff", help="account role")
    add.set_defaults(handler=_handle_staff_add)


def _handle_verify(args: Any) -> int:
    context = context_or_exit(args)
    if context is None:
        return EXIT_UNUSABLE
    store = _open_store(args, context)
    if store is None:
        return EXIT_UNUSABLE
    try:
        ok, seq, reason = store.verify_audit()
        count = store.audit_event_count()
        if ok:
            ok, seq, reason = _against_portal(store, context, count)
    finally:
        store.close()
    if ok:
        print(f"ok  audit chain intact ({count} entries)")
        return EXIT_OK
    print(
        f"FAIL  audit chain broken at entry #{seq}: {reason}\n"
        f"      Nhật ký kiểm toán đã bị thay đổi tại mục #{seq}. Hãy báo ngay cho quản trị "
        "viên và không xoá dữ liệu trên máy.",
        file=sys.stderr,
    )
    return EXIT_BROKEN


def _against_portal(store: Any, context: Any, count: int) -> tuple[bool, int | None, str]:
    """Compare the log with the highest head the (configured) portal has seen from us.

    An unreachable portal is not a failure: the head it last acknowledged, kept keyed
    on this kiosk, was already compared by ``verify_audit``.
    """
    from sync import PortalError, load_credentials

    creds = load_credentials(store)
    if creds is None or creds.embedded:
        return True, None, "ok"
    from sync import PortalClient

    client = PortalClient(
        creds.portal_url,
        timeout=min(context.config.portal.timeout_s, 10.0),
        kiosk_id=creds.kiosk_id,
        token=creds.token,
        ca_bundle=context.config.portal.ca_bundle or None,
    )
    try:
        seen = client.audit_head_seen()
    except PortalError as exc:
        print(f"warn  the portal could not be asked for the head it saw ({exc})", file=sys.stderr)
        return True, None, "ok"
    finally:
        client.close()
    if seen is None:
        return True, None, "ok"
    seen_seq, seen_hash = seen
    if seen_seq > count:
        return False, count + 1, f"log shorter than the head the portal saw (#{seen_seq})"
    if seen_seq and store.audit_entry_hash(seen_seq) != seen_hash:
        return False, seen_seq, "entry differs from the one the portal saw"
    print(f"ok  the portal saw this log up to entry #{seen_seq}, and it matches")
    return True, None, "ok"


def _handle_purge(args: Any) -> int:
    context = context_or_exit(args)
    if context is None:
        return EXIT_UNUSABLE
    store = _open_store(args, context)
    if store is None:
        return EXIT_UNUSABLE
    retention = context.config.retention
    try:
        report = purge(
            store,
            delivered_days=retention.delivered_days,
            draft_hours=retention.draft_hours,
            dry_run=args.dry_run,
            actor="cli",
        )
    except StoreError as exc:
        print(f"Không xoá được dữ liệu: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        store.close()
    verb = "would delete" if report.dry_run else "deleted"
    print(
        f"{verb}: {report.applications} delivered application(s) older than "
        f"{retention.delivered_days} day(s), {report.attachments} attachment(s), "
        f"{report.drafts} draft(s) idle over {retention.draft_hours} hour(s), "
        f"{report.draft_shells} submitted-draft shell(s)"
    )
    if report.audit_seq is not None:
        print(f"audit entry #{report.audit_seq}")
    return EXIT_OK


def _handle_staff_add(args: Any) -> int:
    pin = _read_pin()
    if pin is None:
        return EXIT_UNUSABLE
    store = _open_store(args)
    if store is None:
        return EXIT_UNUSABLE
    try:
        member = StaffDirectory(store).add_staff(
            args.staff_id, args.name, args.role, pin, actor="cli"
        )
    except (StaffError, PinPolicyError) as exc:
        print(f"{exc.message} ({exc.message_en})", file=sys.stderr)
        return EXIT_UNUSABLE
    except StoreError as exc:
        print(f"Không lưu được tài khoản: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        store.close()
    print(f"added {member.role} account {member.staff_id}")
    return EXIT_OK


def _read_pin() -> str | None:
    """Read the PIN: hidden prompt twice on a terminal, else one line of stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass("Mã PIN (PIN): ")
        second = getpass.getpass("Nhập lại mã PIN (repeat PIN): ")
        if first != second:
            print("Hai lần nhập mã PIN không khớp. (The PINs do not match.)", file=sys.stderr)
            return None
        return first
    line = sys.stdin.readline()
    if not line:
        print("Chưa nhập mã PIN trên đầu vào chuẩn. (No PIN on standard input.)", file=sys.stderr)
        return None
    return line.rstrip("\r\n")


def _open_store(args: Any, context: Any = None) -> Any:
    """Open the store for a command, or print a plain message and return None."""
    context = context or context_or_exit(args)
    if context is None:
        return None
    try:
        store = context.open_store()
    except StoreError as exc:
        print(f"Không mở được cơ sở dữ liệu: {exc}", file=sys.stderr)
        return None
    if store.rescued_from is not None:
        print(
            f"Cơ sở dữ liệu bị hỏng đã được chuyển sang {store.rescued_from}; "
            "đang dùng cơ sở dữ liệu mới. Hãy báo cho quản trị viên.",
            file=sys.stderr,
        )
    return store
