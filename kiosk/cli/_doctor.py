"""``kiosk doctor``: check that this machine can run the kiosk, one plain line per check."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.cli._common import context_or_exit
from kiosk.services import KioskContext


@dataclass(frozen=True)
class Check:
    """The outcome of one check."""

    name: str
    ok: bool
    detail: str


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``doctor`` command."""
    parser = subparsers.add_parser(
        "doctor",
        help="check Qt, fonts, data dir, database and portal",
        description="Check the Qt platform, the bundled fonts, that the data dir is writable, "
        "the database's integrity and the portal's reachability. Exits non-zero when any "
        "check fails. With --scan, read one ID-card QR payload from standard input instead "
        "and print the parsed card as JSON (to test a scanner).",
    )
    parser.add_argument(
        "--scan", action="store_true", help="parse one ID-card scan read from standard input"
    )
    parser.set_defaults(handler=_handle)


def _handle(args: Any) -> int:
    if args.scan:
        return _scan()
    context = context_or_exit(args)
    if context is None:
        print("FAIL  config: the configuration or data key is unusable (see above)")
        return 1
    checks: list[Callable[[KioskContext], Check]] = [
        check_qt_platform,
        check_fonts,
        check_data_dir,
        check_database,
        check_portal,
    ]
    failed = 0
    for run in checks:
        try:
            result = run(context)
        except Exception as exc:  # a check that crashes is a failed check, not a crash
            result = Check(
                run.__name__.removeprefix("check_"), False, f"{type(exc).__name__}: {exc}"
            )
        failed += not result.ok
        print(f"{'ok  ' if result.ok else 'FAIL'}  {result.name}: {result.detail}")
    print("all checks passed" if not failed else f"{failed} check(s) failed")
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
        return Check("qt platform", False, f"Qt cannot start: {reason.strip()}{hint}")
    return Check("qt platform", True, proc.stdout.strip())


def check_fonts(context: KioskContext) -> Check:
    """The bundled font exists, has its licence, and covers Vietnamese letters."""
    from reportlab.pdfbase.ttfonts import TTFont

    import resources

    font_dir = resources.path("fonts")
    fonts = sorted(font_dir.glob("*.ttf")) if font_dir.is_dir() else []
    if not fonts:
        return Check("fonts", False, f"no bundled font in {font_dir}")
    licences = list(font_dir.glob("LICENSE*"))
    if not licences:
        return Check("fonts", False, f"font licence missing in {font_dir}")
    sample = "ĂÂĐÊÔƠƯăâđêôơư ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    for font in fonts:
        face = TTFont(font.stem, str(font)).face
        missing = [ch for ch in sample if ch != " " and ord(ch) not in face.charToGlyph]
        if missing:
            return Check("fonts", False, f"{font.name} lacks {''.join(missing[:10])}")
    return Check("fonts", True, f"{len(fonts)} font file(s) cover Vietnamese: {fonts[0].name}")


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
        return Check("data dir", False, f"{data_dir} is not writable: {exc.strerror}")
    free = _free_mb(data_dir)
    return Check("data dir", True, f"{data_dir} is writable ({free} MB free)")


def check_database(context: KioskContext) -> Check:
    """The database opens, migrates and passes SQLite's integrity check."""
    store = context.open_store()
    try:
        ok, problem = store.integrity_check()
        if not ok:
            return Check("database", False, f"integrity check failed: {problem}")
        detail = f"{store.path.name} ok, schema version {store.schema_version}"
        if store.rescued_from is not None:
            return Check(
                "database",
                False,
                f"the previous database was corrupt and was moved to {store.rescued_from}; "
                "a fresh one was created",
            )
        return Check("database", True, detail)
    finally:
        store.close()


def check_portal(context: KioskContext) -> Check:
    """The configured portal answers its health endpoint; none configured means embedded."""
    url = context.config.portal.url
    if not url:
        return Check(
            "portal",
            True,
            "no portal configured: `kiosk run` starts the embedded reference portal "
            "on a loopback port",
        )
    import sync  # the CLI is the composition root; the core itself makes no HTTP calls

    client = sync.PortalClient(url, timeout=min(context.config.portal.timeout_s, 10.0))
    if not client.health():
        return Check(
            "portal",
            False,
            f"{url} does not answer its health check (network down, wrong URL or TLS problem); "
            "applications stay queued on this kiosk until it does",
        )
    return Check("portal", True, f"{url} answers its health check")


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
