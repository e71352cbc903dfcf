"""Crash and fault safety: kill -9 during autosave, and a full disk.

A child process autosaves one draft in a loop and prints each revision only
after ``save_draft`` returned (the acknowledgement). The parent SIGKILLs it at
random points; every restarted child must find the database intact and the
draft at or past the last acknowledged revision, with a matching payload.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.crypto import DataCipher
from kiosk.store import StoreFullError, open_store

ROOT = Path(__file__).resolve().parents[2]
KILLS = 25

CHILD = r"""
import sys
from pathlib import Path
from kiosk.crypto import DataCipher
from kiosk.store import open_store

data_dir, draft_id, key_hex = sys.argv[1], sys.argv[2], sys.argv[3]
store = open_store(Path(data_dir), DataCipher(bytes.fromhex(key_hex)))
draft = store.get_draft(draft_id)
integrity = store.query("PRAGMA integrity_check")[0][0]
seen = draft.payload.get("answers", {}).get("n", 0)
print(f"start {draft.revision} {seen} {integrity} {store.rescued_from is not None}", flush=True)
rev = draft.revision
while True:
    n = rev + 1
    # Payloads of varying size so a save touches a varying number of pages.
    body = {"answers": {"n": n, "note": "đăng ký khai sinh " * (50 + (n * 37) % 600)}}
    rev = store.save_draft(draft_id, body)
    if rev != n:
        print(f"mismatch {rev} {n}", flush=True)
        sys.exit(3)
    print(rev, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
@pytest.mark.timeout(120)
def test_kill_9_during_autosave_loses_no_acknowledged_save(data_dir: Path) -> None:
    key = secrets.token_bytes(32)
    store = open_store(data_dir, DataCipher(key))
    draft_id = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self").id
    store.close()
    seed = secrets.randbits(32)
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    last_ack = 0
    starts = 0
    for kill in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), draft_id, key.hex()],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None
        lines: list[str] = []
        try:
            # Kill after a random number of acknowledgements (0: right after opening).
            target = rng.randint(0, 40)
            while len(lines) < target + 1:
                line = proc.stdout.readline().decode()
                if not line:
                    break
                lines.append(line.strip())
            proc.send_signal(signal.SIGKILL)
            rest, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        lines += rest.decode().split()
        context = f"seed={seed} kill={kill} lines={lines[:3]} stderr={err.decode()[-500:]}"
        assert lines and lines[0].startswith("start"), context
        _, revision, seen, integrity, rescued = lines[0].split()
        assert integrity == "ok" and rescued == "False", context
        assert int(revision) >= last_ack, f"acknowledged save lost: {context}"
        assert int(seen) == int(revision), f"payload and revision disagree: {context}"
        assert not any(line.startswith("mismatch") for line in lines), context
        starts += 1
        acks = [int(line) for line in lines[1:] if line.isdigit()]
        if acks:
            last_ack = max(last_ack, *acks)
    assert starts == KILLS and last_ack > 0

    final = open_store(data_dir, DataCipher(key))
    try:
        assert final.rescued_from is None
        assert final.query("PRAGMA integrity_check")[0][0] == "ok"
        draft = final.get_draft(draft_id)
        assert draft.revision >= last_ack, f"seed={seed}"
        assert draft.payload["answers"]["n"] == draft.revision
    finally:
        final.close()


def test_full_disk_raises_store_full_and_keeps_previous_data(data_dir: Path) -> None:
    store = open_store(data_dir, DataCipher(secrets.token_bytes(32)))
    try:
        draft = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
        kept = {"answers": {"child_full_name": "Trần Đức Lương"}}
        revision = store.save_draft(draft.id, kept)
        audit_before = store.query("SELECT COUNT(*) FROM audit_events")[0][0]
        pages = store.query("PRAGMA page_count")[0][0]
        # SQLite reports SQLITE_FULL once the file would grow past max_page_count:
        # the same error a full disk gives, without needing root or a tiny filesystem.
        store.query(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreFullError):
            store.save_draft(draft.id, {"answers": {"note": os.urandom(200_000).hex()}})
        with pytest.raises(StoreFullError):
            store.audit("nv01", "test.event", None, {"pad": "x" * 200_000})
        # Nothing of the failed units of work was kept; the previous save is intact.
        again = store.get_draft(draft.id)
        assert again.revision == revision and again.payload == kept
        assert store.query("SELECT COUNT(*) FROM audit_events")[0][0] == audit_before
        assert store.verify_audit()[0]
        # Once space is back, the store works again on the same connection.
        store.query("PRAGMA max_page_count = 1073741823")
        assert store.save_draft(draft.id, {"answers": {"n": 2}}) == revision + 1
        assert store.integrity_check()[0]
    finally:
        store.close()
