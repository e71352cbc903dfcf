"""Fleet simulation: N kiosks file k applications each through a portal outage of T seconds.

Each simulated kiosk is the real thing minus the screen: its own encrypted store
(its own outbox), its own enrolment (one-time code, token, portal key), the real
``PortalClient`` (quick retries, Retry-After gate) and ``OutboxWorker`` (backoff,
recovery spread) driven by ``sync_round``, the same loop round the app's
``SyncController`` runs, woken when a resident submits as the app's flow does.
Kiosks are threads of this process; the portal is ``kiosk portal serve`` in its
own processes (``--workers``), on PostgreSQL when a URL is given.

Timeline: residents file applications at random moments over ``steady + outage +
tail`` seconds; the portal is stopped ``steady`` seconds in (connections refused)
and started again ``outage`` seconds later. Reported: applications stored and
duplicates at the portal (must be exactly N×k and 0), completed requests per
second at the recovery peak against the steady rate before the outage (5-second
windows), p95 request latency, and the time from the portal's return until
every outbox is empty.

    python -m bench.fleet --kiosks 1000 --apps 5 --outage 60 --db postgresql://…
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

_SHM = "/dev/shm"  # noqa: S108 - mkdtemp makes a private directory in it
STEP_S = 5.0  # width of the windows that "requests per second" is measured over


@dataclass
class Meter:
    """Completed requests (time, latency) from every kiosk's session."""

    started: float = field(default_factory=time.monotonic)
    times: list[float] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    stored: list[float] = field(default_factory=list)  # when each submission was answered
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hook(self, resp: requests.Response, *args: Any, **kwargs: Any) -> None:
        now = time.monotonic() - self.started
        submitted = resp.request.method == "POST" and (resp.request.path_url or "").endswith(
            "/v1/applications"
        )
        with self.lock:
            self.times.append(now)
            self.latencies.append(resp.elapsed.total_seconds())
            if submitted and resp.status_code in (200, 201):
                self.stored.append(now)

    def rate(self, start: float, end: float) -> float:
        """Mean completed requests per second in [start, end)."""
        with self.lock:
            n = sum(1 for t in self.times if start <= t < end)
        return n / max(end - start, 1e-9)

    def peak(self, start: float, end: float) -> float:
        """The highest rate over any STEP_S window starting in [start, end)."""
        best, t = 0.0, start
        while t < end:
            best = max(best, self.rate(t, t + STEP_S))
            t += 1.0
        return best

    def peak_stored(self, start: float, end: float) -> float:
        """The most applications answered per second over any STEP_S window in [start, end)."""
        with self.lock:
            stored = list(self.stored)
        best, t = 0.0, start
        while t < end:
            best = max(best, sum(1 for s in stored if t <= s < t + STEP_S) / STEP_S)
            t += 1.0
        return best

    def p95(self, start: float = 0.0, end: float = float("inf")) -> float:
        """The 95th percentile latency of requests completed in [start, end)."""
        with self.lock:
            ordered = sorted(
                lat for t, lat in zip(self.times, self.latencies, strict=True) if start <= t < end
            )
        return ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0


class _Inline:
    """An executor that runs store work on the calling thread (each kiosk's own)."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def call(self, fn: Any, timeout: float | None = None) -> Any:
        return fn(self.store)


class Portal:
    """``kiosk portal serve`` in its own processes; ``stop()``/``start()`` make the outage."""

    def __init__(self, db: str, workers: int, codes: list[str]) -> None:
        self.db, self.workers = db, workers
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        from portal import PortalDB

        store = PortalDB(db)  # migrate, then one enrolment code per kiosk
        for code in codes:
            store.add_enroll_code(code)
        store.close()

    def start(self) -> None:
        kiosk = str(Path(sys.executable).with_name("kiosk"))
        self.proc = subprocess.Popen(  # noqa: S603 - our own CLI
            [
                kiosk,
                "portal",
                "serve",
                "--db",
                self.db,
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: the outage kills them all
        )
        # Three minutes: on a busy machine two server processes take a while to import.
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/v1/health", timeout=5).ok:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("the portal did not start")

    def stop(self) -> None:
        """An outage as a power cut or a dead link looks: every server process gone at once,
        connections refused until it is back."""
        if self.proc is not None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(30)
            self.proc = None


class SimKiosk:
    """One kiosk: store, enrolment, client, worker, and the app's loop in a thread."""

    def __init__(
        self,
        index: int,
        root: Path,
        url: str,
        code: str,
        meter: Meter,
        filings: list[float],
        t0: float,
        interval_s: float,
    ) -> None:
        self.index, self.root, self.url, self.code = index, root, url, code
        self.meter, self.filings, self.t0 = meter, sorted(filings), t0
        self.interval_s = interval_s
        self.wake = threading.Event()
        self.stop = threading.Event()
        self.ready = threading.Event()
        self.go = threading.Event()
        self.empty_at: float | None = None
        self.error: str | None = None
        self.thread = threading.Thread(target=self._run, name=f"kiosk-{index}", daemon=True)

    def _run(self) -> None:
        try:
            self._loop()
        except Exception as exc:  # reported, never silent
            self.error = repr(exc)

    def _loop(self) -> None:
        from kiosk.crypto import DataCipher
        from kiosk.store import AttachmentInput, open_store
        from sync import OutboxWorker, enrol
        from sync._loop import sync_round

        store = open_store(self.root, DataCipher(os.urandom(32)))
        executor = _Inline(store)
        client = enrol(executor, self.url, self.code, timeout=15)
        client.session.hooks["response"].append(self.meter.hook)
        worker = OutboxWorker(executor, client, rng=random.Random(self.index))
        rng = random.Random(self.index)
        worker.run_once()  # the first pass's catalog and status pulls, before the clock starts
        self.ready.set()
        self.go.wait()
        pending = list(self.filings)
        wait = 0.0
        while not self.stop.is_set():
            now = time.monotonic() - self.t0
            while pending and pending[0] <= now:  # a resident submits; the app wakes sync
                pending.pop(0)
                store.submit_application(
                    draft_id=None,
                    procedure_code="1.001193",
                    definition_version="2025.1",
                    level="toan_trinh",
                    mode="self",
                    staff_id=None,
                    payload={
                        "procedure_code": "1.001193",
                        "definition_version": "2025.1",
                        "level": "toan_trinh",
                        "answers": {"child_full_name": "Nguyễn Văn An"},
                    },
                    receipt={},
                    code_prefix=f"TT-SIM{self.index}",
                    attachments=[
                        AttachmentInput("giay_chung_sinh", "application/pdf", rng.randbytes(2000))
                    ],
                )
                self.empty_at = None
                wait = 0.0
            if wait <= 0:
                done = sync_round(worker, client, self.interval_s)
                wait = done.wait_s
                left = store.outbox_counts()["pending"]
                if not pending and left == 0 and self.empty_at is None:
                    self.empty_at = time.monotonic() - self.t0
                continue
            next_filing = pending[0] - now if pending else wait
            step = min(wait, max(next_filing, 0.0))
            started = time.monotonic()
            self.wake.wait(step)
            wait -= time.monotonic() - started
        client.close()
        store.close()


def run_fleet(
    *,
    kiosks: int,
    apps: int,
    outage_s: float,
    db: str,
    workers: int = 2,
    steady_s: float = 30.0,
    tail_s: float = 0.0,
    interval_s: float = 30.0,
    seed: int = 18,
    timeout_s: float = 900.0,
) -> dict[str, Any]:
    """Run the simulation (see the module docstring); return its figures."""
    from portal import PortalDB

    root = Path(
        # Each kiosk has its own disk; one shared disk would serialise 1,000 kiosks' fsyncs.
        tempfile.mkdtemp(prefix="fleet-", dir=_SHM if Path(_SHM).is_dir() else None)
    )
    rng = random.Random(seed)
    codes = [f"FLEET-{seed}-{i}" for i in range(kiosks)]
    portal = Portal(db, workers, codes)
    portal.start()
    meter = Meter()
    window = steady_s + outage_s + tail_s
    fleet = [
        SimKiosk(
            i,
            root / f"k{i}",
            portal.url,
            codes[i],
            meter,
            [rng.uniform(0, window) for _ in range(apps)],
            0.0,
            interval_s,
        )
        for i in range(kiosks)
    ]
    try:
        for kiosk in fleet:  # open stores and enrol, a few at a time, before the clock starts
            kiosk.thread.start()
            kiosk.ready.wait(60) if kiosk.index % 20 == 19 else None
        for kiosk in fleet:
            if not kiosk.ready.wait(120):
                raise RuntimeError(f"kiosk {kiosk.index} did not get ready: {kiosk.error}")
        _note(f"{kiosks} kiosks enrolled")
        t0 = time.monotonic()
        meter.started = t0
        with meter.lock:
            meter.times.clear()
            meter.latencies.clear()
        for kiosk in fleet:
            kiosk.t0 = t0
            kiosk.go.set()
        _sleep_until(t0 + steady_s)
        portal.stop()
        down_at = time.monotonic() - t0
        _note(f"portal down at {down_at:.1f} s")
        _sleep_until(t0 + steady_s + outage_s)
        portal.start()
        up_at = time.monotonic() - t0
        _note(f"portal up at {up_at:.1f} s")
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if (
                all(k.empty_at is not None and k.empty_at > 0 for k in fleet)
                and time.monotonic() - t0 > window
            ):
                break
            if any(k.error for k in fleet):
                break
            time.sleep(0.5)
        drained_at = max((k.empty_at or float("inf")) for k in fleet)
    finally:
        for kiosk in fleet:
            kiosk.stop.set()
            kiosk.wake.set()
        for kiosk in fleet:
            kiosk.thread.join(30)
        portal.stop()
        shutil.rmtree(root, ignore_errors=True)
    stats = PortalDB(db).stats()
    steady = meter.rate(5.0, down_at)
    peak = meter.peak(
        up_at, max(drained_at, up_at + STEP_S) if drained_at != float("inf") else up_at + 60
    )
    elapsed = drained_at if drained_at != float("inf") else float("nan")
    return {
        "kiosks": kiosks,
        "apps_per_kiosk": apps,
        "outage_s": outage_s,
        "stored": stats["applications"],
        "expected": kiosks * apps,
        "duplicates": stats["duplicates"],
        "errors": [k.error for k in fleet if k.error][:5],
        "steady_rps": steady,
        "peak_rps": peak,
        "peak_over_steady": peak / steady if steady else float("inf"),
        "p95_latency_s": meter.p95(),
        "p95_latency_steady_s": meter.p95(5.0, down_at),
        "drain_after_outage_s": drained_at - up_at,
        "apps_per_s_peak": meter.peak_stored(up_at, up_at + max(elapsed - up_at, STEP_S))
        if elapsed == elapsed
        else 0.0,
        "apps_per_s_steady": sum(1 for t in meter.stored if 5.0 <= t < down_at)
        / max(down_at - 5.0, 1e-9),
        "requests": len(meter.times),
    }


def _note(text: str) -> None:
    print(f"fleet: {text}", file=sys.stderr, flush=True)


def _sleep_until(moment: float) -> None:
    while (left := moment - time.monotonic()) > 0:
        time.sleep(min(left, 0.5))


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.fleet``: run once and print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.fleet")
    parser.add_argument("--kiosks", type=int, default=1000)
    parser.add_argument("--apps", type=int, default=5)
    parser.add_argument("--outage", type=float, default=60.0)
    parser.add_argument("--steady", type=float, default=30.0)
    parser.add_argument("--db", required=True, help="SQLite file or postgresql:// URL")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    figures = run_fleet(
        kiosks=args.kiosks,
        apps=args.apps,
        outage_s=args.outage,
        db=args.db,
        workers=args.workers,
        steady_s=args.steady,
    )
    print(json.dumps(figures, indent=2))
    ok = figures["stored"] == figures["expected"] and figures["duplicates"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
