"""The store's connection, transactions and small shared helpers."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.clock import Clock, parse_stamp, system_clock
from kiosk.crypto import DataCipher, DataKeyError
from kiosk.paths import DB_FILENAME
from kiosk.store._db import (
    StoreError,
    StoreFullError,
    connect,
    integrity_ok,
    migrate,
    move_aside,
    utcnow,
)
from kiosk.store._keycheck import (
    KEY_CHECK_FILENAME,
    KEY_CHECK_SETTING,
    write_key_check_file,
)

_log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
WRONG_KEY_MESSAGE = (
    "Khoá bảo vệ dữ liệu không phải khoá đã mã hoá dữ liệu của kiosk này, nên kiosk "
    "dừng lại và không ghi gì. Hãy đặt lại đúng tệp khoá cũ rồi khởi động lại; nếu khoá "
    "cũ đã mất hẳn, chạy `kiosk new-data-dir` để bắt đầu thư mục dữ liệu mới."
)


class StoreBase:
    """One connection, used by the thread that opened it; every write in ``transaction()``."""

    def __init__(
        self,
        db_path: Path,
        cipher: DataCipher,
        *,
        rescued_from: Path | None = None,
        clock: Clock | None = None,
    ):
        self.path = db_path
        self.cipher = cipher
        self.rescued_from = rescued_from
        self.clock: Clock = clock or system_clock()
        """Every timestamp the store writes, and the local date of provisional codes."""
        self._conn = connect(db_path)
        # local_date(stamp): a UTC store stamp's date in the clock's zone, for SQL that
        # counts by the local day (the dashboard); NULL stays NULL.
        self._conn.create_function("local_date", 1, self._local_date, deterministic=True)
        self._owner = threading.get_ident()
        self._depth = 0
        self.db = sqlite_utils.Database(self._conn)
        self._check_data_key()
        self.schema_version = migrate(self._conn, self.clock)
        if self.get_device(KEY_CHECK_SETTING) is None:
            self.set_device(KEY_CHECK_SETTING, cipher.check_value())
        if not (db_path.parent / KEY_CHECK_FILENAME).exists():
            with contextlib.suppress(OSError):
                write_key_check_file(db_path.parent, cipher.check_value())

    def _local_date(self, stamp: str | None) -> str | None:
        if not stamp:
            return None
        try:
            return self.clock.local_date(parse_stamp(stamp)).isoformat()
        except ValueError:
            return None

    def _check_data_key(self) -> None:
        """Refuse, before any write (migrations included), a key that did not write this data."""
        try:
            row = self._conn.execute(
                "SELECT value FROM device WHERE key = ?", (KEY_CHECK_SETTING,)
            ).fetchone()
        except sqlite3.OperationalError:  # a new database: no device table yet
            return
        if row is not None and not hmac.compare_digest(str(row[0]), self.cipher.check_value()):
            self._conn.close()
            raise DataKeyError(
                f"the data key does not match the key-check value stored in {self.path}",
                WRONG_KEY_MESSAGE,
            )

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, cipher: DataCipher, *, clock: Clock | None = None) -> Any:
        """Open (creating) ``<data_dir>/kiosk.db``; a corrupt file is moved aside and replaced.

        The caller learns of a rescue through ``store.rescued_from`` and must alert staff.

        Raises:
            StoreError: the data dir cannot be created or written.
        """
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data dir {data_dir}: {exc}") from exc
        db_path = data_dir / DB_FILENAME
        rescued: Path | None = None
        if db_path.exists():
            ok, problem = _probe(db_path)
            if not ok:
                rescued = move_aside(db_path, clock or system_clock())
                _log.error(
                    "database failed its integrity check (%s); moved to %s", problem, rescued
                )
        try:
            return cls(db_path, cipher, rescued_from=rescued, clock=clock)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database {db_path}: {exc}") from exc

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()

    # -- transactions ------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a unit of work atomically: ``BEGIN IMMEDIATE`` outermost, a savepoint when nested.

        Raises:
            StoreFullError: the disk filled up; nothing of the unit of work was kept.
        """
        if threading.get_ident() != self._owner:
            raise RuntimeError("a Store is used only by the thread that opened it")
        outer = self._depth == 0
        name = f"sp{self._depth}"
        self._conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self._conn
        except BaseException as exc:
            self._depth -= 1
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK" if outer else f"ROLLBACK TO {name}")
                if not outer:
                    self._conn.execute(f"RELEASE {name}")
            if isinstance(exc, sqlite3.OperationalError) and _is_full(exc):
                raise StoreFullError("the disk is full") from exc
            raise
        else:
            self._depth -= 1
            try:
                self._conn.execute("COMMIT" if outer else f"RELEASE {name}")
            except sqlite3.OperationalError as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if _is_full(exc):
                    raise StoreFullError("the disk is full") from exc
                raise

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run a read query and return its rows."""
        return self._conn.execute(sql, params).fetchall()

    def integrity_check(self) -> tuple[bool, str]:
        """Run SQLite's quick integrity check."""
        return integrity_ok(self._conn)

    # -- at-rest encryption (the data key; sealing to the portal is ``wire.seal_json``) ----

    def encrypt_json(self, value: Any, aad: str) -> bytes:
        """Serialise ``value`` as JSON and encrypt it at rest (data key), bound to ``aad``."""
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        return self.cipher.encrypt(data, aad)

    def decrypt_json(self, blob: bytes, aad: str) -> Any:
        """Decrypt and parse a blob made by :meth:`encrypt_json`."""
        return json.loads(self.cipher.decrypt(blob, aad))

    # -- device settings ---------------------------------------------------------------

    def get_device(self, key: str, default: str | None = None) -> str | None:
        """Read a device setting (kiosk id, token, portal URL...)."""
        row = self._conn.execute("SELECT value FROM device WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_device(self, key: str, value: str) -> None:
        """Write a device setting."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO device (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- audit -------------------------------------------------------------------------

    def audit(
        self,
        actor: str,
        action: str,
        subject: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> int:
        """Append a hash-chained audit event (in the caller's transaction when there is one).

        ``detail`` must hold no personal data: ids, codes and counts only.
        """
        with self.transaction() as conn:
            last = conn.execute(
                "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            prev = last["hash"] if last else GENESIS_HASH
            seq = (last["seq"] + 1) if last else 1
            at = self.clock.stamp()
            detail_json = json.dumps(detail or {}, sort_keys=True, ensure_ascii=False)
            digest = audit_hash(prev, seq, at, actor, action, subject, detail_json)
            conn.execute(
                "INSERT INTO audit_events"
                " (seq, at, actor, action, subject, detail, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, at, actor, action, subject, detail_json, prev, digest),
            )
            # The head anchor lets verification notice entries cut off the end of the chain.
            conn.execute(
                "INSERT INTO device (key, value) VALUES ('audit_head', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (f"{seq}:{digest}",),
            )
            return seq

    def verify_audit(self) -> tuple[bool, int | None, str]:
        """Walk the audit chain; return (ok, first broken seq, reason)."""
        prev = GENESIS_HASH
        expected_seq = 1
        for row in self._conn.execute("SELECT * FROM audit_events ORDER BY seq"):
            if row["seq"] != expected_seq:
                return False, expected_seq, "entry missing (sequence gap)"
            if row["prev_hash"] != prev:
                return False, row["seq"], "previous-hash link broken"
            digest = audit_hash(
                prev,
                row["seq"],
                row["at"],
                row["actor"],
                row["action"],
                row["subject"],
                row["detail"],
            )
            if digest != row["hash"]:
                return False, row["seq"], "entry content altered"
            prev = row["hash"]
            expected_seq += 1
        anchor = self.get_device("audit_head")
        if anchor is not None:
            head_seq, _, head_hash = anchor.partition(":")
            last_seq = expected_seq - 1
            if int(head_seq) > last_seq:
                return False, last_seq + 1, "entries removed from the end"
            if int(head_seq) == last_seq and head_hash != prev:
                return False, last_seq, "last entry replaced (head anchor mismatch)"
            if int(head_seq) < last_seq:
                return False, int(head_seq) + 1, "entries added outside the audit API"
        return True, None, "ok"

    def audit_head(self) -> tuple[int, str] | None:
        """The chain's head (sequence, hash), to anchor off the kiosk (e.g. sent to the portal)."""
        anchor = self.get_device("audit_head")
        if anchor is None:
            return None
        seq, _, digest = anchor.partition(":")
        return int(seq), digest


def audit_hash(
    prev: str, seq: int, at: str, actor: str, action: str, subject: str | None, detail: str
) -> str:
    """SHA-256 over the previous hash and the entry's canonical fields."""
    body = json.dumps([prev, seq, at, actor, action, subject, detail], ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()


def _probe(db_path: Path) -> tuple[bool, str]:
    """Cheap open-time probe: the header and schema must read back.

    A full ``quick_check`` reads the whole file (hundreds of ms on a big store),
    so it runs in ``kiosk doctor`` and as a background job after start-up instead.
    """
    try:
        conn = sqlite3.connect(str(db_path))
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            conn.execute("SELECT name FROM sqlite_master LIMIT 50").fetchall()
            return True, "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)


def _is_full(exc: sqlite3.OperationalError) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(exc)


__all__ = ["GENESIS_HASH", "StoreBase", "StoreError", "StoreFullError", "audit_hash", "utcnow"]
