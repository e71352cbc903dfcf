"""``kiosk sync``, ``provision``, ``portal``, ``dev seed``: delivery, enrolment, reference portal.

Exit codes: 0 done; 1 something is still undelivered (or failed); 2 the kiosk's
data or config cannot be opened, or bad arguments; 3 the kiosk is not enrolled
with the configured portal (run ``kiosk provision``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli._common import context_or_exit
from app.cli._dev import register_sample

_NOT_ENROLLED = 3


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``sync``, ``provision``, ``portal`` and ``dev`` commands."""
    sync = subparsers.add_parser(
        "sync",
        help="deliver queued applications to the portal",
        description="Deliver queued applications to the portal, exactly once. With no portal "
        "configured, the embedded reference portal is used.",
    )
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pass over the items due now")
    mode.add_argument(
        "--until-empty", action="store_true", help="keep going until nothing is queued"
    )
    sync.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        metavar="S",
        help="give up after S seconds with --until-empty (default 300)",
    )
    sync.add_argument(
        "--chunk-size",
        type=int,
        default=None,
        metavar="BYTES",
        help="attachment upload chunk size (default 1 MiB)",
    )
    sync.add_argument(
        "--progress",
        action="store_true",
        help="print one line per item event: item <id> <state> <progress>",
    )
    sync.set_defaults(handler=_sync)
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    status = sync_sub.add_parser(
        "status",
        help="counts of delivered, pending and failed items",
        description="Show the outbox counts.",
    )
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=_status)

    provision = subparsers.add_parser(
        "provision",
        help="enrol this kiosk with a portal",
        description="Enrol this kiosk with the portal using a one-time code from the portal's "
        "administrator; the kiosk id and token are stored (the token encrypted).",
    )
    provision.add_argument("--portal", required=True, metavar="URL", help="https:// portal URL")
    provision.add_argument("--code", required=True, metavar="ONE_TIME_CODE")
    provision.set_defaults(handler=_provision)

    portal = subparsers.add_parser("portal", help="the reference portal (tests, demos)")
    portal_sub = portal.add_subparsers(dest="portal_command", metavar="ACTION", required=True)
    serve = portal_sub.add_parser(
        "serve",
        help="run the reference portal",
        description="Serve the reference portal until interrupted.",
    )
    serve.add_argument("--port", type=int, required=True, metavar="P")
    serve.add_argument(
        "--db",
        required=True,
        metavar="PATH|URL",
        help="a SQLite file, or postgresql://user@host:port/dbname",
    )
    serve.add_argument(
        "--workers", type=int, default=1, metavar="N", help="server processes (default 1)"
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--enroll-code", default=None, metavar="CODE")
    serve.add_argument(
        "--faults",
        default=None,
        metavar="SPEC",
        help="e.g. drop=0.2,error=0.1,timeout=0.05,lost_reply=0.05[,hold=S][,seed=N]",
    )
    serve.add_argument("--agency-id", default=None, help="first part of official codes")
    serve.add_argument(
        "--accept-unsealed",
        action="store_true",
        help="also store applications whose payload is in clear (old kiosks, protocol tests); "
        "by default only sealed payloads are accepted",
    )
    serve.set_defaults(handler=_portal_serve)
    stats = portal_sub.add_parser(
        "stats",
        help="counts of stored applications and duplicates",
        description="Print the portal's counts.",
    )
    stats.add_argument("--db", required=True, metavar="PATH|URL")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=_portal_stats)
    advance = portal_sub.add_parser(
        "set-status",
        help="advance an application's status (admin)",
        description="Set the status (1..10) of an application.",
    )
    advance.add_argument("--db", required=True, metavar="PATH|URL")
    advance.add_argument("--code", required=True, help="official application code")
    advance.add_argument("--status", required=True, type=int, choices=range(1, 11), metavar="N")
    advance.add_argument("--note", default=None, help="supplement request note (status 5)")
    advance.add_argument("--e-result", action="store_true", help="the e-result is available")
    advance.add_argument(
        "--decision",
        default=None,
        help="with --status 9: the decision printed on the signed result (docs/results.md)",
    )
    advance.set_defaults(handler=_portal_set_status)

    dev = subparsers.add_parser("dev", help="developer tools")
    dev_sub = dev.add_subparsers(dest="dev_command", metavar="ACTION", required=True)
    seed = dev_sub.add_parser(
        "seed",
        help="create synthetic applications and drafts",
        description="Create N submitted birth registrations (synthetic "
        "Vietnamese residents, small attachments) and M open drafts.",
    )
    seed.add_argument("--count", type=int, required=True, metavar="N")
    seed.add_argument("--drafts", type=int, default=0, metavar="M")
    seed.add_argument(
        "--resident",
        type=Path,
        default=None,
        metavar="FILE.json",
        help="JSON with full_name, id_number, phone, date_of_birth, sex, address",
    )
    seed.add_argument("--seed", type=int, default=None, help="random seed (repeatable data)")
    seed.add_argument("--attachment-size", type=int, default=None, metavar="BYTES")
    seed.set_defaults(handler=_dev_seed)
    register_sample(dev_sub)


# -- sync ----------------------------------------------------------------------------------


def _open(args: Any, services: bool = False) -> tuple[Any, Any] | None:
    context = context_or_exit(args)
    if context is None:
        return None
    from kiosk.services import KioskServices, StoreExecutor, load_kiosk_catalog

    if services:

        def factory() -> Any:
            store = context.open_store()
            return KioskServices(store, context.config, load_kiosk_catalog(store))

        executor = StoreExecutor(factory)
    else:
        executor = StoreExecutor(context.open_store)
    try:
        executor.ready()
    except Exception as exc:
        print(f"Không mở được dữ liệu của kiosk: {exc}", file=sys.stderr)
        executor.shutdown()
        return None
    return context, executor


def _close(executor: Any) -> None:
    executor.shutdown(lambda target: (target.store if hasattr(target, "store") else target).close())


def _sync(args: Any) -> int:
    opened = _open(args)
    if opened is None:
        return 2
    context, executor = opened
    portal = None
    try:
        import sync

        client, portal = _client(sync, context, executor)
        if client is None:
            print(
                "Kiosk chưa được đăng ký với cổng dịch vụ công. Hãy chạy: kiosk provision "
                "--portal URL --code MÃ (the kiosk is not enrolled: run kiosk provision).",
                file=sys.stderr,
            )
            return _NOT_ENROLLED
        worker = sync.OutboxWorker(
            executor,
            client,
            chunk_size=args.chunk_size or sync.CHUNK_SIZE,
            on_item=_print_item if args.progress else None,
        )
        report = worker.run_until_empty(args.timeout) if args.until_empty else worker.run_once()
        print(json.dumps(report.counts(), ensure_ascii=False))
        if report.not_enrolled:
            return _NOT_ENROLLED
        return 1 if report.pending or (args.until_empty and report.failed) else 0
    finally:
        if portal is not None:
            portal.stop()
        _close(executor)


def _print_item(app_id: str, state: str, progress: float) -> None:
    print(f"item {app_id} {state} {progress:.3f}", flush=True)


def _client(sync: Any, context: Any, executor: Any) -> tuple[Any, Any]:
    """The portal client to use, and the embedded portal if one had to be started."""
    config = context.config.portal
    creds = executor.call(sync.load_credentials)
    if config.url:
        if creds is None or creds.portal_url != config.url:
            return None, None
        return _from_creds(sync, creds, config), None
    if creds is not None and not creds.embedded:
        return _from_creds(sync, creds, config), None
    from app._embedded import embedded_wrap_key
    from portal import start_embedded_portal

    portal = start_embedded_portal(context.data_dir, wrap_key=embedded_wrap_key(context.key))
    try:
        client = sync.ensure_enrolled(
            executor, portal.url, portal.enroll_code, timeout=config.timeout_s
        )
    except BaseException:
        portal.stop()
        raise
    return client, portal


def _from_creds(sync: Any, creds: Any, config: Any) -> Any:
    return sync.PortalClient(
        creds.portal_url,
        timeout=config.timeout_s,
        kiosk_id=creds.kiosk_id,
        token=creds.token,
        ca_bundle=config.ca_bundle or None,
    )


def _status(args: Any) -> int:
    opened = _open(args)
    if opened is None:
        return 2
    _, executor = opened
    try:
        import sync

        counts = executor.call(lambda store: store.outbox_counts())
        creds = executor.call(sync.load_credentials)
    finally:
        _close(executor)
    out = {
        "delivered": counts["delivered"],
        "pending": counts["pending"],
        "failed": counts["failed"],
        "retrying": counts.get("retrying", 0),
        "enrolled": creds is not None,
        "portal_url": creds.portal_url if creds else None,
    }
    if args.json:
        print(json.dumps(out))
    else:
        print(f"Đã gửi (delivered): {out['delivered']}")
        print(f"Đang chờ gửi (pending): {out['pending']} (đang thử lại: {out['retrying']})")
        print(f"Cần sửa (needs correction): {out['failed']}")
    return 0


def _provision(args: Any) -> int:
    opened = _open(args)
    if opened is None:
        return 2
    context, executor = opened
    try:
        import sync

        try:
            client = sync.enrol(
                executor,
                args.portal,
                args.code,
                timeout=context.config.portal.timeout_s,
                ca_bundle=context.config.portal.ca_bundle or None,
            )
        except sync.InsecurePortalError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        except sync.EnrolRefusedError:
            print(
                "Cổng từ chối mã đăng ký (sai hoặc đã dùng). Xin mã mới từ quản trị cổng. "
                "(The portal refused the code: wrong or already used.)",
                file=sys.stderr,
            )
            return 1
        except sync.TransientError as exc:
            print(
                f"Không kết nối được cổng: {exc}. Kiểm tra mạng rồi thử lại. "
                "(Cannot reach the portal; check the network and try again.)",
                file=sys.stderr,
            )
            return 1
        print(
            f"Đã đăng ký với cổng {client.base_url}; mã kiosk {client.kiosk_id}. "
            f"(Enrolled; kiosk id {client.kiosk_id}.)"
        )
        return 0
    finally:
        _close(executor)


# -- portal --------------------------------------------------------------------------------


def _portal_serve(args: Any) -> int:
    from portal import FaultPlan, FaultSpecError, serve_portal

    try:
        faults = FaultPlan.parse(args.faults)
    except FaultSpecError as exc:
        print(f"--faults: {exc}", file=sys.stderr)
        return 2
    print(f"Reference portal on http://{args.host}:{args.port} (db {args.db})", flush=True)
    serve_portal(
        args.host,
        args.port,
        args.db,
        enroll_code=args.enroll_code,
        faults=faults,
        agency_id=args.agency_id,
        workers=args.workers,
        require_sealed=not args.accept_unsealed,
    )
    return 0


def _portal_stats(args: Any) -> int:
    from portal import PortalDB

    if "://" not in args.db and not Path(args.db).exists():
        print(f"Không có cơ sở dữ liệu cổng ở {args.db} (no portal database).", file=sys.stderr)
        return 2
    db = PortalDB(args.db)
    try:
        stats = db.stats()
    finally:
        db.close()
    if args.json:
        print(json.dumps(stats))
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return 0


def _portal_set_status(args: Any) -> int:
    from portal import PortalDB

    db = PortalDB(args.db)
    try:
        if args.status == 9:  # result ready: its signed result is issued on first request
            from portal import mark_result_ready

            found = mark_result_ready(db, args.code, decision=args.decision)
        else:
            found = db.set_status(
                args.code, args.status, note=args.note, e_result=True if args.e_result else None
            )
    finally:
        db.close()
    if not found:
        print(f"Không có hồ sơ {args.code} (no such application).", file=sys.stderr)
        return 1
    return 0


# -- dev -----------------------------------------------------------------------------------


def _dev_seed(args: Any) -> int:
    resident = None
    if args.resident is not None:
        try:
            resident = json.loads(args.resident.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"--resident: không đọc được tệp ({exc})", file=sys.stderr)
            return 2
        missing = [k for k in ("full_name", "id_number") if not resident.get(k)]
        if missing:
            print(f"--resident: thiếu {', '.join(missing)} (missing fields)", file=sys.stderr)
            return 2
    opened = _open(args, services=True)
    if opened is None:
        return 2
    _, executor = opened
    try:
        from sync import seed_applications

        result = executor.call(
            lambda services: seed_applications(
                services,
                count=args.count,
                drafts=args.drafts,
                resident=resident,
                seed_value=args.seed,
                attachment_size=args.attachment_size,
            ),
            timeout=None,
        )
    finally:
        _close(executor)
    print(json.dumps(result))
    return 0
