"""Sync throughput to a loopback portal vs a raw ``requests`` upload of the same bytes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests

from bench._core import Figure


def _run(count: int, attachment_size: int) -> tuple[float, float, int, float]:
    """Seed ``count`` applications, deliver them; return (seconds, MB, count, raw seconds)."""
    import sync
    from kiosk.services import KioskServices, StoreExecutor, load_kiosk_catalog, open_context
    from sync._seed import seed

    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    os.environ["KIOSK_KEY_FILE"] = str(tmp / "data.key")
    portal = sync.start_portal_in_thread(tmp / "portal.db", enroll_code="BENCH-CODE")
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
        client = sync.ensure_enrolled(executor, portal.url, "BENCH-CODE")
        bodies = executor.call(lambda s: _request_sizes(s))
        worker = sync.OutboxWorker(executor, client, backoff=sync.Backoff(base_s=0))
        t0 = time.perf_counter()
        report = worker.run_until_empty(timeout=600)
        ours = time.perf_counter() - t0
        counts = executor.call(lambda s: s.store.outbox_counts())
        assert counts["delivered"] == count, (counts, report)
        raw = _raw_upload(portal.url, client, bodies, attachment_size)
        total_mb = sum(len(b) + attachment_size for b in bodies) / 1e6
    finally:
        executor.shutdown(close=lambda s: s.store.close())
        portal.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return ours, total_mb, count, raw


def _request_sizes(services: Any) -> list[bytes]:
    """The JSON body each application's submission carries (payload as sent, unsealed size)."""
    out = []
    for item in services.store.due_outbox(limit=100_000):
        payload = services.store.application_payload(item.application_id)
        out.append(
            json.dumps(
                {"kiosk_application_id": item.application_id, "payload": payload},
                ensure_ascii=False,
            ).encode()
        )
    return out


def _raw_upload(url: str, client: Any, bodies: list[bytes], attachment_size: int) -> float:
    """The same bytes with bare requests: open + one PUT per attachment, one POST per body."""
    session = requests.Session()
    session.headers.update(
        {"Authorization": f"Bearer {client._token}", "X-Kiosk-Id": client.kiosk_id}
    )
    blob = os.urandom(attachment_size)
    digest = hashlib.sha256(blob).hexdigest()
    t0 = time.perf_counter()
    for body in bodies:
        app_id = str(uuid.uuid4())
        opened = session.post(
            f"{url}/v1/uploads",
            json={
                "attachment_id": str(uuid.uuid4()),
                "kiosk_application_id": app_id,
                "size": attachment_size,
                "sha256": digest,
            },
            timeout=30,
        )
        opened.raise_for_status()
        session.put(
            f"{url}/v1/uploads/{opened.json()['upload_id']}",
            params={"offset": 0},
            data=blob,
            headers={"X-Chunk-SHA256": digest},
            timeout=30,
        ).raise_for_status()
        doc = json.loads(body)
        doc["kiosk_application_id"] = app_id
        doc["payload"]["kiosk_application_id"] = app_id
        doc.update({"procedure_code": "1.001193", "attachments": []})
        session.post(
            f"{url}/v1/applications",
            json=doc,
            timeout=30,
            headers={"Idempotency-Key": str(uuid.uuid4())},
        ).raise_for_status()
    return time.perf_counter() - t0


def throughput() -> list[Figure]:
    """Applications/s and MB/s with small and with 1 MB attachments (target ≥ 70 % of raw)."""
    figures = []
    for label, count, size in (
        ("small attachments", 150, 20_000),
        ("1 MB attachments", 40, 1_000_000),
    ):
        ours, mb, n, raw = _run(count, size)
        figures.append(
            Figure(
                f"sync, {label}: time per application",
                ours / n * 1000,
                raw / n * 1000,
                "ms",
                "ratio ≤ 1.43 (≥ 70 % of raw)",
                note=f"{n / ours:.1f} apps/s, {mb / ours:.2f} MB/s vs raw {n / raw:.1f} apps/s, "
                f"{mb / raw:.2f} MB/s; chunked + sha256 + outbox bookkeeping vs bare requests",
            )
        )
    return figures
