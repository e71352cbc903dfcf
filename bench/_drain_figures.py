"""Drain under faults: ``kiosk sync --until-empty --timeout 60`` through a portal that drops 15 %
of connections, answers 10 % with 5xx and loses 15 % of replies, beside the same 150 without faults.

Everything is the real thing: the CLI in its own process (as a technician runs it), the
reference portal in this process on a loopback port, faults injected at the socket.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._core import Figure

FAULT_MIX = "drop=0.15,error=0.1,lost_reply=0.15"
COUNT = 150
TIMEOUT_S = 60
CODE = "BENCH-DRAIN"


def drain_once(faults: str | None, *, count: int = COUNT, seed: int = 1) -> dict[str, float]:
    """Seed ``count`` applications, provision, then time ``kiosk sync --until-empty``.

    Returns seconds, exit code, stored applications and duplicates at the portal.
    """
    import portal as reference
    from portal._sockets import listen

    tmp = Path(tempfile.mkdtemp(prefix="bench-drain-"))
    env = {
        **os.environ,
        "KIOSK_DATA_DIR": str(tmp / "kiosk"),
        "KIOSK_KEY_FILE": str(tmp / "keys" / "data.key"),
    }
    kiosk = [str(Path(sys.executable).with_name("kiosk"))]
    clean = reference.start_portal_in_thread(tmp / "portal.db", enroll_code=CODE)
    running = None
    try:
        for args in (
            ["dev", "seed", "--count", str(count), "--seed", str(seed)],
            ["provision", "--portal", clean.url, "--code", CODE],
        ):
            subprocess.run([*kiosk, *args], env=env, check=True, capture_output=True)  # noqa: S603
        port = clean.port
        clean.stop()
        # The same portal (database, port) again, now with the faults.
        running = reference.start_portal_in_thread(
            tmp / "portal.db",
            faults=f"{faults},seed={seed}" if faults else None,
            sock=listen("127.0.0.1", port),
        )
        t0 = time.perf_counter()
        done = subprocess.run(  # noqa: S603 - our own CLI
            [*kiosk, "sync", "--until-empty", "--timeout", str(TIMEOUT_S)],
            env=env,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - t0
        report = json.loads(done.stdout.strip().splitlines()[-1])
        stats = reference.PortalDB(tmp / "portal.db").stats()
        return {
            "seconds": seconds,
            "exit": float(done.returncode),
            "stored": float(stats["applications"]),
            "duplicates": float(stats["duplicates"]),
            "retried": float(report.get("retried", 0)),
            "quick_retries": float(report.get("quick_retries", 0)),
        }
    finally:
        if running is not None:
            running.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def drain() -> list[Figure]:
    """The drain line: faulty time beside the fault-free time (target ≤ 60 s, 0 duplicates)."""
    calm = drain_once(None)
    rough = drain_once(FAULT_MIX)
    ok = rough["exit"] == 0 and rough["stored"] == COUNT and rough["duplicates"] == 0
    return [
        Figure(
            f"sync drain, {COUNT} apps through {FAULT_MIX}",
            rough["seconds"],
            calm["seconds"],
            "s",
            f"≤ {TIMEOUT_S} s, 0 duplicates",
            note=(
                f"{'emptied' if ok else 'NOT emptied'}: exit {rough['exit']:.0f}, "
                f"{rough['stored']:.0f} stored, {rough['duplicates']:.0f} duplicates, "
                f"{rough['quick_retries']:.0f} quick retries, {rough['retried']:.0f} items "
                f"to backoff; floor = the same {COUNT} without faults"
            ),
        )
    ]
