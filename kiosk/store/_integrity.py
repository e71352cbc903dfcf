"""SQLite's ``quick_check`` on its own read-only connection, and the flag it leaves on failure.

A corrupt page can sit in the middle of ``kiosk.db`` while the header and schema
read fine, so opening succeeds and the kiosk would go on writing into a damaged
file. The check runs in the background after start and daily (``IntegrityWatch``
in ``kiosk.services``); a failure leaves ``integrity-failed.json`` in the data
dir, which makes the kiosk stop taking new applications (what is stored stays
readable) and ``kiosk doctor`` say what to do, until a check passes again.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path

from kiosk.paths import DB_FILENAME

INTEGRITY_FLAG = "integrity-failed.json"


def quick_check(db_path: Path) -> tuple[bool, str]:
    """Run ``PRAGMA quick_check`` on a separate read-only connection; (ok, first problem)."""
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return False, " ".join(str(exc).split())
    first = " ".join(str(rows[0][0]).split()) if rows else "no result"  # one line for doctor
    return first == "ok", first


def record_integrity(data_dir: Path, ok: bool, problem: str, at: str) -> None:
    """Leave (or, after a passing check, remove) the failure flag in ``data_dir``."""
    flag = data_dir / INTEGRITY_FLAG
    if ok:
        with contextlib.suppress(FileNotFoundError):
            flag.unlink()
        return
    tmp = flag.with_name(flag.name + ".tmp")
    with contextlib.suppress(OSError):
        tmp.write_text(json.dumps({"at": at, "problem": problem[:500]}), encoding="utf-8")
        os.replace(tmp, flag)


def integrity_problem(data_dir: Path) -> str | None:
    """The problem the last failed check found, or ``None`` when none is recorded."""
    flag = data_dir / INTEGRITY_FLAG
    if not flag.exists():
        return None
    try:
        doc = json.loads(flag.read_text(encoding="utf-8"))
        return f"{doc.get('problem', '?')} (checked {doc.get('at', '?')})"
    except (OSError, ValueError):
        return "integrity check failed"


def database_path(data_dir: Path) -> Path:
    """Where the store keeps ``kiosk.db``."""
    return data_dir / DB_FILENAME


def failure_kind(exc: BaseException) -> str | None:
    """``"full"`` or ``"locked"`` for the store's (and SQLite's) errors of those kinds, else None.

    Lets the CLI word known failures without importing SQLite itself.
    """
    from kiosk.store._db import StoreError, StoreFullError

    if isinstance(exc, StoreFullError):
        return "full"
    if isinstance(exc, sqlite3.OperationalError | StoreError):
        text = str(exc).lower()
        if "full" in text:
            return "full"
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
            return "locked"
    return None
