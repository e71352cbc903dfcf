"""Sync throughput to a loopback portal vs a raw ``requests`` upload of the same bytes."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

from bench._core import Figure
from sync._uploads import INLINE_MAX_BYTES


def _run(count: int, attachment_size: int) -> tuple[float, float, int, float]:
    """Deliver ``count`` applications with the worker and the same bytes with bare requests.

    Two portals with identical databases (copied right after enrolment, so the same
    keys and tokens) receive the same sealed payloads and sealed files: one from the
    kiosk's worker, one from plain ``requests`` calls. Returns (worker seconds, MB,
    count, raw seconds).
    """
    import sqlite3

    import portal
    import sync
    from kiosk.services import KioskServices, StoreExecutor, load_kiosk_catalog, open_context
    from sync._seed import seed

    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    os.environ["KIOSK_KEY_FILE"] = str(tmp / "data.key")
    first = portal.start_portal_in_thread(tmp / "raw.db", enroll_code="BENCH-CODE")
    second = None
    context = open_context(tmp / "kiosk")

    def factory() -> Any:
        store = context.open_store()
        return KioskServices(store, context.config, load_kiosk_catalog(store))

    executor = StoreExecutor(factory)
    try:
        executor.ready(60)
        executor.call(
            lambda s: seed(s, count=count, seed_value=1, attachment_size=attachment_size),
            timeout=600,
        )
        client = sync.ensure_enrolled(executor, first.url, "BENCH-CODE")  # seals the outbox
        src, dst = sqlite3.connect(tmp / "raw.db"), sqlite3.connect(tmp / "worker.db")
        src.backup(dst)
        src.close()
        dst.close()
        second = portal.start_portal_in_thread(tmp / "worker.db")
        requests_ = executor.call(_submissions)
        raw = _raw_upload(first.url, client, requests_)
        twin = sync.PortalClient(
            second.url, timeout=30, kiosk_id=client.kiosk_id, token=client._token
        )
        worker = sync.OutboxWorker(
            executor,
            twin,
            backoff=sync.Backoff(base_s=0),
            status_interval_s=1e9,
            catalog_interval_s=1e9,
        )
        t0 = time.perf_counter()
        report = worker.run_until_empty(timeout=600)
        ours = time.perf_counter() - t0
        counts = executor.call(lambda s: s.store.outbox_counts())
        assert counts["delivered"] == count, (counts, report)
        total_mb = (
            sum(len(json.dumps(r[2])) + sum(len(b) for _, b in r[3]) for r in requests_) / 1e6
        )
    finally:
        executor.shutdown(close=lambda s: s.store.close())
        first.stop()
        if second is not None:
            second.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return ours, total_mb, count, raw


def _submissions(services: Any) -> list[tuple[str, str, dict[str, Any], list[Any]]]:
    """(application id, idempotency key, stored payload, [(attachment row, bytes)]) per item."""
    out = []
    store = services.store
    for item in store.due_outbox(limit=100_000):
        files = [
            (a, store.attachment_content(a.id)) for a in store.attachments_of(item.application_id)
        ]
        out.append(
            (
                item.application_id,
                item.idempotency_key,
                store.application_payload(item.application_id),
                files,
            )
        )
    return out


def _raw_upload(url: str, client: Any, submissions: list[Any]) -> float:
    """The same sealed bytes with bare requests: per file one open (small files inline) and
    one PUT for larger ones, then one POST per application."""
    import wire

    session = requests.Session()
    session.headers.update(
        {"Authorization": f"Bearer {client._token}", "X-Kiosk-Id": client.kiosk_id}
    )
    t0 = time.perf_counter()
    for app_id, key, payload, files in submissions:
        refs = []
        for att, blob in files:
            digest = hashlib.sha256(blob).hexdigest()
            meta = {
                "attachment_id": att.id,
                "kiosk_application_id": app_id,
                "size": len(blob),
                "sha256": digest,
                "mime": att.mime,
                "kind": att.kind,
            }
            inline = len(blob) <= INLINE_MAX_BYTES  # the protocol's fewest requests, as ours
            if inline:
                meta["content"] = base64.b64encode(blob).decode("ascii")
            opened = session.post(f"{url}/v1/uploads", timeout=30, json=meta)
            opened.raise_for_status()
            upload_id = opened.json()["upload_id"]
            if not inline:
                session.put(
                    f"{url}/v1/uploads/{upload_id}",
                    params={"offset": 0},
                    data=blob,
                    headers={"X-Chunk-SHA256": digest, "Content-Type": "application/octet-stream"},
                    timeout=30,
                ).raise_for_status()
            refs.append(
                {
                    "attachment_id": att.id,
                    "upload_id": upload_id,
                    "sha256": digest,
                    "size": len(blob),
                    "kind": att.kind,
                    "mime": att.mime,
                }
            )
        body = wire.submission(app_id, payload, refs)
        session.post(
            f"{url}/v1/applications", json=body, timeout=30, headers={"Idempotency-Key": key}
        ).raise_for_status()
    return time.perf_counter() - t0


RUNS = 5


def throughput() -> list[Figure]:
    """Time per application with small and with 1 MB attachments against bare requests of the
    same sealed bytes (target ratio ≤ 1.43): the run with the median ratio of ``RUNS``, and
    the range of the ratios, since this machine is shared and noisy."""
    figures = []
    for label, count, size in (
        ("small attachments", 150, 20_000),
        ("1 MB attachments", 40, 1_000_000),
    ):
        runs = sorted((_run(count, size) for _ in range(RUNS)), key=lambda r: r[0] / r[3])
        ours, mb, n, raw = runs[len(runs) // 2]
        low, high = runs[0][0] / runs[0][3], runs[-1][0] / runs[-1][3]
        figures.append(
            Figure(
                f"sync, {label}: time per application",
                ours / n * 1000,
                raw / n * 1000,
                "ms",
                "ratio ≤ 1.43 (≥ 70 % of raw)",
                note=f"median of {RUNS} runs (ratios {low:.2f}–{high:.2f}); "
                f"{n / ours:.1f} apps/s, {mb / ours:.2f} MB/s vs raw {n / raw:.1f} apps/s, "
                f"{mb / raw:.2f} MB/s; chunked + sha256 + outbox bookkeeping vs bare requests",
            )
        )
    return figures
