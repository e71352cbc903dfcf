"""``kiosk consent show|withdraw``: a resident's consent records and their withdrawal.

Staff answer a resident's request (Decree 13/2023: the right to withdraw consent)
by the application's code; the withdrawal is a new consent record plus an audit
entry, and the original record stays as proof of what was agreed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli._common import context_or_exit


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``consent`` commands."""
    consent = subparsers.add_parser(
        "consent",
        help="show or withdraw a resident's consents",
        description="Consent records of an application, found by its receipt code.",
    )
    sub = consent.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="list an application's consent records")
    show.add_argument("code", metavar="CODE", help="provisional or official application code")
    show.set_defaults(handler=_handle_show)
    withdraw = sub.add_parser(
        "withdraw",
        help="record that the resident withdrew consent to one purpose",
        description="Record a withdrawal of consent (the purpose id, e.g. nhan_tin).",
    )
    withdraw.add_argument("code", metavar="CODE", help="provisional or official application code")
    withdraw.add_argument("--purpose", required=True, metavar="ID", help="consent purpose id")
    withdraw.add_argument("--staff", required=True, metavar="STAFF_ID", help="who records it")
    withdraw.set_defaults(handler=_handle_withdraw)


def _services(args: Any) -> Any:
    from kiosk.services import KioskServices, load_kiosk_catalog

    context = context_or_exit(args)
    if context is None:
        return None
    store = context.open_store()
    return KioskServices(store, context.config, load_kiosk_catalog(store))


def _handle_show(args: Any) -> int:
    services = _services(args)
    if services is None:
        return 2
    try:
        record = services.lookup(args.code)
        if record is None:
            print(f"Không tìm thấy hồ sơ {args.code}.", file=sys.stderr)
            return 1
        for row in services.store.consents_of(record.id):
            state = (
                "rút lại"
                if row["event"] == "withdrawn"
                else ("đồng ý" if row["accepted"] else "không đồng ý")
            )
            print(
                f"{row['recorded_at']}  {row['purpose']:<14} v{row['text_version']} "
                f"[{row['language']}] {state}  sha256:{row['text_sha256'][:16]}"
            )
        return 0
    finally:
        services.store.close()


def _handle_withdraw(args: Any) -> int:
    services = _services(args)
    if services is None:
        return 2
    try:
        record = services.lookup(args.code)
        if record is None:
            print(f"Không tìm thấy hồ sơ {args.code}.", file=sys.stderr)
            return 1
        if not services.withdraw_consent(record.id, args.purpose, actor=args.staff):
            print(
                f"Hồ sơ {args.code} không có sự đồng ý «{args.purpose}» để rút lại.",
                file=sys.stderr,
            )
            return 1
        print(f"Đã ghi nhận việc rút lại sự đồng ý «{args.purpose}» cho hồ sơ {args.code}.")
        return 0
    finally:
        services.store.close()
