"""Opening the kiosk database: pragmas, integrity, migrations, and the corrupt-file rescue."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kiosk.clock import Clock, system_clock
from kiosk.store._migrations import MIGRATIONS

_log = logging.getLogger(__name__)


class StoreError(Exception):
    """The database cannot be used; the message says what to do, in plain words."""


class StoreFullError(StoreError):
    """The disk is full: the write was rolled back and the previous data kept."""


def utcnow() -> str:
    """The real clock's time as a store timestamp: kept for old callers only.

    New code uses ``store.clock.stamp()`` (an injected, pinnable clock);
    tests/test_clock_reads.py flags calls to this outside the clock module.
    """
    return system_clock().stamp()


def connect(path: Path | str) -> sqlite3.Connection:
    """Open a connection with the kiosk's pragmas: WAL, FULL sync, foreign keys, busy timeout.

    ``isolation_level=None`` puts transactions under our explicit control
    (``BEGIN IMMEDIATE`` in :meth:`Store.transaction`).
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30, check_same_thread=True)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA secure_delete=ON")
    return conn


def integrity_ok(conn: sqlite3.Connection) -> tuple[bool, str]:
    """Run ``PRAGMA quick_check``; return (ok, first problem)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    first = rows[0][0] if rows else "no result"
    return first == "ok", first


def migrate(conn: sqlite3.Connection, clock: Clock | None = None) -> int:
    """Apply every pending migration, each in one transaction with its bookkeeping row.

    Returns the schema version after migrating.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    applied = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    version = max(applied, default=0)
    for number, name, apply in MIGRATIONS:
        if number in applied:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            apply(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (number, name, (clock or system_clock()).stamp()),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        _log.info("applied migration %d (%s)", number, name)
        version = number
    return version


def move_aside(db_path: Path, clock: Clock | None = None) -> Path:
    """Move a corrupt database (and its WAL/SHM) aside; return where the main file went."""
    stamp = (clock or system_clock()).now_utc().strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(db_path) + suffix)
        if src.exists():
            src.rename(Path(str(target) + suffix))
    return target
