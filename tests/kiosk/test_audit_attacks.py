"""Issue 19, attack 4: the audit log against someone who can write the database, not the key.

Deleting the anchor, cutting the tail and repointing the anchor, or deleting
everything used to verify as "intact" (4 of 4). The head is now keyed with the
data key and reported to the portal with each sync, so a log rolled back to an
older copy fails too.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import main
from kiosk.clock import system_clock
from kiosk.services import KioskServices, StoreExecutor, load_kiosk_catalog, open_context
from kiosk.store._base import audit_hash
from portal import start_portal_in_thread
from sync import Backoff, ManualClock, OutboxWorker, enrol

GENESIS = "0" * 64


def _seed(data_dir: Path, n: int = 6) -> None:
    store = open_context(data_dir).open_store()
    try:
        for i in range(n):
            store.audit("nv01", "test.event", f"s{i}", {"n": i})
    finally:
        store.close()


def _rehash_from(conn: sqlite3.Connection) -> str:
    """Recompute every entry's hash in order (the format is public); return the last."""
    prev = GENESIS
    for row in conn.execute("SELECT * FROM audit_events ORDER BY seq").fetchall():
        digest = audit_hash(prev, row[0], row[1], row[2], row[3], row[4], row[5])
        conn.execute(
            "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0])
        )
        prev = digest
    return prev


def _anchor(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT value FROM device WHERE key = 'audit_head'").fetchone()[0])


def _cut_tail_and_repoint(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_events WHERE seq > 3")
    last = conn.execute("SELECT hash FROM audit_events WHERE seq = 3").fetchone()[0]
    conn.execute("UPDATE device SET value = ? WHERE key = 'audit_head'", (f"3:{last}",))


def _cut_tail_and_keep_the_mac(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_events WHERE seq > 3")
    last = conn.execute("SELECT hash FROM audit_events WHERE seq = 3").fetchone()[0]
    mac = _anchor(conn).rsplit(":", 1)[1]
    conn.execute("UPDATE device SET value = ? WHERE key = 'audit_head'", (f"3:{last}:{mac}",))


def _rewrite_an_entry_and_every_hash(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 2")
    last = _rehash_from(conn)
    mac = _anchor(conn).rsplit(":", 1)[1]
    conn.execute("UPDATE device SET value = ? WHERE key = 'audit_head'", (f"6:{last}:{mac}",))


def _empty_and_write_a_genesis_anchor(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_events")
    conn.execute("UPDATE device SET value = ? WHERE key = 'audit_head'", (f"0:{GENESIS}",))


TAMPERINGS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "anchor deleted": lambda c: c.execute("DELETE FROM device WHERE key = 'audit_head'"),
    "tail cut, anchor repointed": _cut_tail_and_repoint,
    "tail cut, anchor repointed keeping its mac": _cut_tail_and_keep_the_mac,
    "everything deleted": lambda c: (
        c.execute("DELETE FROM audit_events"),
        c.execute("DELETE FROM device WHERE key = 'audit_head'"),
    ),
    "entries deleted, anchor kept": lambda c: c.execute("DELETE FROM audit_events"),
    "emptied with a genesis anchor": _empty_and_write_a_genesis_anchor,
    "entry edited, every hash recomputed": _rewrite_an_entry_and_every_hash,
    "last entry edited, its hash recomputed": lambda c: (
        c.execute("UPDATE audit_events SET action = 'x' WHERE seq = 6"),
        _rehash_from(c),
    ),
}


def test_no_tampered_log_verifies(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(data_dir)
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 0
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    verified = []
    for name, tamper in TAMPERINGS.items():
        shutil.rmtree(data_dir)
        shutil.copytree(pristine, data_dir)
        conn = sqlite3.connect(data_dir / "kiosk.db")
        tamper(conn)
        conn.commit()
        conn.close()
        capsys.readouterr()
        if main(["--data-dir", str(data_dir), "audit", "verify"]) == 0:
            verified.append(name)
        out = capsys.readouterr()
        assert "Traceback" not in out.err
    print(f"{len(verified)} of {len(TAMPERINGS)} tampered audit logs verify")
    assert verified == []


def test_a_new_kiosk_verifies_with_an_empty_log(data_dir: Path) -> None:
    open_context(data_dir).open_store().close()
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 0


def _services(context: object) -> Callable[[], KioskServices]:
    def make() -> KioskServices:
        store = context.open_store()  # type: ignore[attr-defined]
        return KioskServices(store, context.config, load_kiosk_catalog(store))  # type: ignore[attr-defined]

    return make


def test_a_log_rolled_back_below_what_the_portal_saw_fails(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    portal = start_portal_in_thread(tmp_path / "portal.db", enroll_code="AUDIT-1")
    context = open_context(data_dir)
    executor = StoreExecutor(_services(context))
    executor.ready()
    try:
        client = enrol(executor, portal.url, "AUDIT-1", timeout=5)
        # The kiosk is enrolled with a real portal (the config names it).
        (data_dir / "kiosk.toml").write_text(f'[portal]\nurl = "{portal.url}"\n')
        executor.call(lambda svc: svc.store.audit("nv01", "test.event", "early"))
        executor.shutdown(lambda svc: svc.store.close())
        backup = tmp_path / "backup.db"
        shutil.copy(data_dir / "kiosk.db", backup)  # an old copy, taken now

        executor = StoreExecutor(_services(context))
        executor.ready()
        for i in range(5):
            executor.call(lambda svc, i=i: svc.store.audit("nv01", "test.event", f"later{i}"))
        clock = ManualClock(system_clock().now_utc() + timedelta(minutes=5))
        worker = OutboxWorker(executor, client, clock=clock, backoff=Backoff(base_s=0))
        report = worker.run_once()
        assert not report.errors, report.errors
        head = executor.call(lambda svc: svc.store.audit_head())
        seen = client.audit_head_seen()
        assert seen == head and head is not None and head[0] >= 6
        executor.shutdown(lambda svc: svc.store.close())
        capsys.readouterr()
        assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 0
        assert "the portal saw this log up to entry" in capsys.readouterr().out

        # Roll the database back to the old copy: locally consistent, keyed anchor and all.
        for suffix in ("-wal", "-shm"):
            Path(str(data_dir / "kiosk.db") + suffix).unlink(missing_ok=True)
        shutil.copy(backup, data_dir / "kiosk.db")
        assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 1
        err = capsys.readouterr().err
        assert "shorter than the head the portal saw" in err

        # The next sync's report is a regression the portal counts (for the fleet page).
        executor = StoreExecutor(_services(open_context(data_dir)))
        executor.ready()
        OutboxWorker(executor, client, clock=clock, backoff=Backoff(base_s=0)).run_once()
        from portal import PortalDB
        from portal._audit_heads import audit_head_of

        db = PortalDB(tmp_path / "portal.db")
        try:
            held = audit_head_of(db, client.kiosk_id or "")
        finally:
            db.close()
        assert held is not None and held["regressions"] == 1 and held["max_seq"] == head[0]
        # And the kiosk now knows it too, even with the portal unreachable.
        store = executor.call(lambda svc: svc.store)
        ok = executor.call(lambda svc: svc.store.verify_audit())
        assert store is not None and ok[0] is False and "portal saw" in ok[2]
    finally:
        executor.shutdown(lambda svc: svc.store.close())
        portal.stop()
    assert json  # (json kept for readers who print the reports)
