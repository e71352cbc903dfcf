"""The data key's check value, kept with the data: a file in the data dir and a device row.

Read before the store is opened (nothing may be written under a wrong key),
so the database copy is read through a read-only connection.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path

from kiosk.paths import DB_FILENAME

KEY_CHECK_FILENAME = "data-key.check"
KEY_CHECK_SETTING = "data_key_check"


def stored_key_check(data_dir: Path) -> str | None:
    """The key-check value recorded in ``data_dir`` (file first, then the database), if any."""
    path = data_dir / KEY_CHECK_FILENAME
    with contextlib.suppress(OSError, ValueError):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and isinstance(doc.get("kcv"), str):
            return str(doc["kcv"])
    return _db_key_check(data_dir / DB_FILENAME)


def _db_key_check(db_path: Path) -> str | None:
    if not db_path.exists():
        return None
    try:
        # immutable: no -wal/-shm files are made, nothing is written. A value still in
        # the WAL is missed here; the store's own check (a normal connection) catches it.
        uri = f"{db_path.resolve().as_uri()}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT value FROM device WHERE key = ?", (KEY_CHECK_SETTING,)
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def write_key_check_file(data_dir: Path, kcv: str) -> None:
    """Record the key-check value in ``data_dir`` (atomically, mode 0600)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / KEY_CHECK_FILENAME
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"v": 1, "kcv": kcv}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
