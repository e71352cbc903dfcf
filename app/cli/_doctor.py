"""``kiosk doctor``: check that this machine can run the kiosk, one plain line per check."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from typing import Any

from app.cli._common import context_or_exit
from app.cli._doctor_base import (
    MAX_SKEW_S,
    MIN_FREE_MB,
    PROBE_TIMEOUT_S,
    Check,
    Options,
    ProbeRunner,
)
from app.cli._doctor_build import check_build
from app.cli._doctor_hw import check_disk, hardware_checks, print_test_slip
from app.cli._doctor_net import check_clock, check_tls
from app.cli._doctor_time import check_holidays
from kiosk.fleethealth import record_doctor_checks
from kiosk.services import KioskContext

__all__ = ["Check", "Options", "register", "run_doctor"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``doctor`` command."""
    parser = subparsers.add_parser(
        "doctor",
        help="check Qt, fonts, disk, database, portal, TLS, clock, printer, camera, speech",
        description="Check this machine: Qt platform, bundled fonts, data dir, free disk, "
        "database, portal, TLS certificate, clock skew against the portal, printer, camera, "
        "speech engine, and list USB input devices (a wedge scanner cannot be detected). One "
        "line per check: ok, warn (hardware the kiosk can run without: printer, camera, "
        "voice), info, or FAIL. Exits non-zero when any check fails (with --strict, also on "
        "a warn). With --scan, read one ID-card QR payload from standard input instead and "
        "print the parsed card as JSON (to test a scanner). With --print-test, print a test "
        "slip on the thermal receipt printer instead.",
    )
    parser.add_argument(
        "--scan", action="store_true", help="parse one ID-card scan read from standard input"
    )
    parser.add_argument(
        "--print-test",
        action="store_true",
        help="print a test slip on the thermal receipt printer ([printer] thermal) and exit",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail on warn lines too (a missing printer, camera or voice): for a finished kiosk",
    )
    parser.add_argument(
        "--min-free-mb",
        type=int,
        default=MIN_FREE_MB,
        metavar="MB",
        help=f"fail when the data dir's disk has less free space (default {MIN_FREE_MB})",
    )
    parser.add_argument(
        "--max-skew",
        type=float,
        default=MAX_SKEW_S,
        metavar="S",
        help=f"fail when the clock differs from the portal's by more (default {MAX_SKEW_S:g})",
    )
    parser.add_argument(
        "--probe-timeout",
        type=float,
        default=PROBE_TIMEOUT_S,
        metavar="S",
        help=f"how long the printer, camera and speech probes may take (default "
        f"{PROBE_TIMEOUT_S:g})",
    )
    parser.add_argument(
        "--build-dir",
        default="",
        metavar="DIR",
        help="check this build against its kiosk-build.json (default: the running build)",
    )
    parser.set_defaults(handler=_handle)


def _handle(args: Any) -> int:
    if args.scan:
        return _scan()
    if args.print_test:
        context = context_or_exit(args)
        return 1 if context is None else print_test_slip(context)
    key_problem = data_key_problem(args)
    if key_problem is not None:
        print(Check("data key", "FAIL", key_problem).line())
        print("1 check(s) failed")
        return 1
    context = context_or_exit(args)
    if context is None:
        print("FAIL  config: the configuration is unusable (see above)")
        return 1
    options = Options(
        strict=args.strict,
        min_free_mb=args.min_free_mb,
        max_skew_s=args.max_skew,
        probe_timeout_s=args.probe_timeout,
        build_dir=args.build_dir,
    )
    return run_doctor(context, options)


def data_key_problem(args: Any) -> str | None:
    """What is wrong with the data key (missing beside data, wrong, unreadable), if anything."""
    from kiosk.config import ConfigError
    from kiosk.crypto import DataKeyError
    from kiosk.services import open_context

    try:
        open_context(getattr(args, "data_dir", None), getattr(args, "config", None))
    except ConfigError:
        return None  # reported by the config line
    except DataKeyError as exc:
        return f"{exc} — {exc.message}"
    return None


def run_doctor(context: KioskContext, options: Options) -> int:
    """Run every check, print one line each and a summary; return the exit status."""
    probes = ProbeRunner(timeout_s=options.probe_timeout_s)
    # The Qt probes run in children side by side while the other checks run here.
    probes.start("printers")
    probes.start("camera")
    if context.config.ui.voice:
        probes.start("speech")
    checks: list[Callable[[], Check | list[Check]]] = [
        lambda: check_qt_platform(context),
        lambda: check_fonts(context),
        lambda: check_data_dir(context),
        lambda: check_disk(context, options),
        lambda: check_database(context),
        lambda: check_portal(context),
        lambda: check_tls(context, options),
        lambda: check_clock(context, options),
        lambda: check_holidays(context),
        lambda: hardware_checks(context, options, probes),
        lambda: check_build(options),
    ]
    names = [
        "qt platform", "fonts", "data dir", "disk", "database", "portal", "tls", "clock",
        "holidays", "hardware", "build",
    ]  # fmt: skip
    failed = warned = 0
    seen: list[Check] = []
    try:
        for name, run in zip(names, checks, strict=True):
            try:
                outcome = run()
            except Exception as exc:  # a check that crashes is a failed check, not a crash
                outcome = Check(name, "FAIL", f"{type(exc).__name__}: {exc}")
            for result in outcome if isinstance(outcome, list) else [outcome]:
                if result.status == "warn" and options.strict:
                    result = Check(result.name, "FAIL", result.detail)
                failed += not result.ok
                warned += result.status == "warn"
                print(result.line(), flush=True)
                seen.append(result)
    finally:
        probes.close()
    # The running kiosk's health report carries doctor's last warnings (issue 21).
    record_doctor_checks(
        context.data_dir,
        [(c.name, c.status, c.detail) for c in seen],
        context.clock.now_utc().strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    if failed:
        print(f"{failed} check(s) failed")
    elif warned:
        print(
            f"all checks passed, {warned} warning(s): hardware the kiosk can run without "
            "(--strict fails on them)"
        )
    else:
        print("all checks passed")
    return 0 if not failed else 1


def check_qt_platform(context: KioskContext) -> Check:
    """Start Qt in a child process (a missing platform plugin aborts the process)."""
    env = dict(os.environ)
    proc = subprocess.run(
        [sys.executable, "-m", "ui.diagnostics", "platform"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        reason = next((ln for ln in lines if "could not" in ln.lower()), lines[-1] if lines else "")
        hint = ""
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            hint = " (no display: run under the kiosk session, or QT_QPA_PLATFORM=offscreen)"
        return Check("qt platform", "FAIL", f"Qt cannot start: {reason.strip()}{hint}")
    return Check("qt platform", "ok", proc.stdout.strip())


def check_fonts(context: KioskContext) -> Check:
    """The bundled font exists, has its licence, and covers Vietnamese letters."""
    from reportlab.pdfbase.ttfonts import TTFont

    import resources

    font_dir = resources.path("fonts")
    fonts = sorted(font_dir.glob("*.ttf")) if font_dir.is_dir() else []
    if not fonts:
        return Check("fonts", "FAIL", f"no bundled font in {font_dir}")
    licences = list(font_dir.glob("LICENSE*"))
    if not licences:
        return Check("fonts", "FAIL", f"font licence missing in {font_dir}")
    sample = "ĂÂĐÊÔƠƯăâđêôơư ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    for font in fonts:
        face = TTFont(font.stem, str(font)).face
        missing = [ch for ch in sample if ch != " " and ord(ch) not in face.charToGlyph]
        if missing:
            return Check("fonts", "FAIL", f"{font.name} lacks {''.join(missing[:10])}")
    return Check("fonts", "ok", f"{len(fonts)} font file(s) cover Vietnamese: {fonts[0].name}")


def check_data_dir(context: KioskContext) -> Check:
    """The data dir exists (or can be created) and a file can be written and synced in it."""
    data_dir = context.data_dir
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / f".doctor-{uuid.uuid4().hex}"
        with open(probe, "wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        return Check("data dir", "FAIL", f"{data_dir} is not writable: {exc.strerror}")
    free = _free_mb(data_dir)
    return Check("data dir", "ok", f"{data_dir} is writable ({free} MB free)")


DAMAGED_DATABASE_ADVICE = (
    "the kiosk takes no new applications until this is fixed. What to do: stop the kiosk; "
    "copy the whole data dir somewhere safe first; run `kiosk outbox export --to DIR` to "
    "carry the undelivered applications out; then move kiosk.db aside (the kiosk starts "
    "with an empty database) and `kiosk outbox import DIR` to queue them again "
    "(docs/troubleshooting.md)"
)


def check_database(context: KioskContext) -> Check:
    """The database opens, migrates and passes SQLite's integrity check (and says what to do)."""
    from kiosk.services import check_integrity

    store = context.open_store()
    try:
        detail = f"{store.path.name} ok, schema version {store.schema_version}"
        rescued = store.rescued_from
    finally:
        store.close()
    if rescued is not None:
        return Check(
            "database",
            "FAIL",
            f"the previous database was corrupt and was moved to {rescued}; "
            "a fresh one was created",
        )
    ok, problem = check_integrity(context.data_dir, context.clock)  # also clears a stale flag
    if not ok:
        return Check(
            "database", "FAIL", f"integrity check failed ({problem}): {DAMAGED_DATABASE_ADVICE}"
        )
    return Check("database", "ok", detail)


def check_portal(context: KioskContext) -> Check:
    """The configured portal answers its health endpoint; none configured means embedded."""
    url = context.config.portal.url
    if not url:
        return Check(
            "portal",
            "ok",
            "no portal configured: `kiosk run` starts the embedded reference portal "
            "on a loopback port",
        )
    import sync  # the CLI is the composition root; the core itself makes no HTTP calls

    client = sync.PortalClient(
        url,
        timeout=min(context.config.portal.timeout_s, 10.0),
        ca_bundle=context.config.portal.ca_bundle or None,
    )
    if not client.health():
        return Check(
            "portal",
            "FAIL",
            f"{url} does not answer its health check (network down, wrong URL or TLS problem); "
            "applications stay queued on this kiosk until it does",
        )
    return Check("portal", "ok", f"{url} answers its health check")


def _free_mb(path: Any) -> int:
    stats = os.statvfs(path)
    return int(stats.f_bavail * stats.f_frsize // (1024 * 1024))


def _scan() -> int:
    from kiosk.idcard import CardError, parse_card

    payload = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    try:
        card = parse_card(payload)
    except CardError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print(json.dumps(card.to_json(), ensure_ascii=False, indent=2))
    return 0
