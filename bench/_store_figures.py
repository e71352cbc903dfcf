"""Store figures: autosave commit latency, and a 100,000-application store."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from bench._core import Figure, percentile, timed
from kiosk.crypto import DataCipher
from kiosk.store import open_store

_KEY = b"k" * 32
CACHE = Path("build/bench-cache")
SEED_VERSION = "v3"


def autosave(samples: int = 300) -> list[Figure]:
    """Draft autosave commit p95 (encrypt + UPDATE + blind index, FULL sync) vs a raw insert."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-autosave-"))
    try:
        store = open_store(tmp / "kiosk", DataCipher(_KEY))
        draft = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
        answers = {"child_full_name": "Nguyễn Thị Ánh Tuyết", "mother_full_name": "Trần Thị Hoà"}
        counter = iter(range(10**9))

        def save() -> None:
            answers["note"] = f"gõ {next(counter)}"
            with store.transaction():
                store.save_draft(draft.id, {"answers": answers, "entered_by": {}})
                store.index_draft(draft.id, answers.values())

        ours = timed(save, samples)
        store.close()
        raw = sqlite3.connect(tmp / "raw.db", isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            raw.execute(f"PRAGMA {pragma}")
        raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)")
        body = json.dumps(answers, ensure_ascii=False).encode()

        def insert() -> None:
            raw.execute("INSERT INTO t (payload) VALUES (?)", (body,))

        floor = timed(insert, samples)
        raw.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [
        Figure(
            "autosave commit p95",
            percentile(ours, 95),
            percentile(floor, 95),
            "ms",
            note="encrypted UPDATE + blind index vs raw INSERT, WAL + synchronous=FULL",
        ),
    ]


def _seed_100k(path: Path, count: int = 100_000) -> None:
    """Build (once, cached) a store with ``count`` encrypted applications of synthetic residents.

    Rows are written in bulk with the store's own encryption and blind index; the
    figures measure reading such a store, not filing 100,000 applications.
    """
    import uuid

    from faker import Faker

    fake = Faker("vi_VN")
    Faker.seed(7)
    names = [fake.name() for _ in range(5000)]
    store = open_store(path, DataCipher(_KEY))
    batch = 5000
    for start in range(0, count, batch):
        apps, outbox, tokens = [], [], []
        for i in range(start, min(count, start + batch)):
            app_id = str(uuid.uuid4())
            name = names[i % len(names)]
            at = f"2026-{1 + i * 11 // count:02d}-{1 + i % 28:02d}T08:{i % 60:02d}:00.{i:06d}Z"
            apps.append(
                (
                    app_id,
                    f"TT-BNCH-{i:06d}",
                    "1.001193",
                    "1",
                    "toan_trinh",
                    "self",
                    store.encrypt_json(
                        {"answers": {"requester_full_name": name}}, f"applications:{app_id}"
                    ),
                    store.encrypt_json({"filer_name": name}, f"receipts:{app_id}"),
                    at,
                    at,
                )
            )
            outbox.append((app_id, str(uuid.uuid4()), at, at, at))
            tokens.extend((t, app_id, at) for t in store.search_tokens([name]))
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO applications (id, provisional_code, procedure_code,"
                " definition_version, level, mode, payload, receipt, submitted_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                apps,
            )
            conn.executemany(
                "INSERT INTO outbox (application_id, idempotency_key, next_attempt_at,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                outbox,
            )
            conn.executemany(
                "INSERT OR IGNORE INTO application_search (token, application_id, submitted_at)"
                " VALUES (?, ?, ?)",
                tokens,
            )
    store.close()


def store_scale() -> list[Figure]:
    """Open, first page and name search on 100,000 applications vs the same raw SQL."""
    path = CACHE / f"store-100k-{SEED_VERSION}"
    if not (path / "kiosk.db").exists():
        print("  seeding 100,000 applications (cached in build/bench-cache)...", flush=True)
        started = time.perf_counter()
        _seed_100k(path)
        print(f"  seeded in {time.perf_counter() - started:.0f} s", flush=True)
    cipher = DataCipher(_KEY)
    opens = []
    for _ in range(5):
        t0 = time.perf_counter()
        store = open_store(path, cipher)
        opens.append((time.perf_counter() - t0) * 1000)
        store.close()
    raw_opens = []
    for _ in range(5):
        t0 = time.perf_counter()
        conn = sqlite3.connect(path / "kiosk.db")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("SELECT version FROM schema_migrations").fetchall()
        raw_opens.append((time.perf_counter() - t0) * 1000)
        conn.close()
    store = open_store(path, cipher)
    page = timed(lambda: store.list_applications(limit=50), 20)
    probe = store.get_application(store.list_applications(limit=1)[0].id).receipt["filer_name"]
    word = probe.split()[-1]
    search = timed(lambda: [store.get_application(i) for i in store.search_applications(word)], 20)
    token = sorted(store.search_tokens([word]))[0]
    store.close()
    conn = sqlite3.connect(path / "kiosk.db")
    raw_page = timed(
        lambda: conn.execute(
            "SELECT * FROM applications ORDER BY submitted_at DESC LIMIT 50"
        ).fetchall(),
        20,
    )
    raw_search = timed(
        lambda: conn.execute(
            "SELECT a.* FROM application_search s JOIN applications a ON a.id = s.application_id"
            " WHERE s.token = ? ORDER BY s.submitted_at DESC LIMIT 50",
            (token,),
        ).fetchall(),
        20,
    )
    conn.close()
    return [
        Figure(
            "100k store: open", percentile(opens, 50), percentile(raw_opens, 50), "ms", "< 50 ms"
        ),
        Figure(
            "100k store: staff list first page",
            percentile(page, 50),
            percentile(raw_page, 50),
            "ms",
            "< 50 ms",
        ),
        Figure(
            "100k store: search by name",
            percentile(search, 50),
            percentile(raw_search, 50),
            "ms",
            "< 50 ms",
            note="a given name shared by many residents; up to 50 rows decrypted",
        ),
    ]
