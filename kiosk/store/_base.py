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

from kiosk.clock import Clock, parse_stamp, system_clock
from kiosk.crypto import DataCipher, DataKeyError
from kiosk.paths import DB_FILENAME
from kiosk.store._anchor import AUDIT_HEAD_SETTING, GENESIS_HASH, keyed_anchor
from kiosk.store._db import (
    StoreError,
    StoreFullError,
    connect,
    integrity_ok,
    migrate,
    move_aside,
    utcnow,
)
from kiosk.store._devicemac import (
    AUTHENTICATED_DEVICE_SETTINGS,
    DEVICE_MAC_MIGRATION,
    adopt_device_settings,
    device_value_ok,
    mac_key_of,
    write_device_mac,
)
from kiosk.store._keycheck import (
    KEY_CHECK_FILENAME,
    KEY_CHECK_SETTING,
    write_key_check_file,
)
from kiosk.store._lib import sqlite_utils
from kiosk.store._staffmac import STAFF_MAC_MIGRATION, adopt_staff_rows

_log = logging.getLogger(__name__)

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
        before = _applied_migrations(self._conn)
        self.schema_version = migrate(self._conn, self.clock)
        if STAFF_MAC_MIGRATION not in before:
            # Rows and the audit head written before they were keyed are adopted once,
            # in the start that adds the keys (a new database starts with a keyed genesis).
            with self.transaction() as conn:
                adopt_staff_rows(conn, cipher)
                self._adopt_audit_anchor(conn)
        if DEVICE_MAC_MIGRATION not in before:
            with self.transaction() as conn:
                adopt_device_settings(conn, cipher)
        if self.get_device(KEY_CHECK_SETTING) is None:
            self.set_device(KEY_CHECK_SETTING, cipher.check_value())
        if not (db_path.parent / KEY_CHECK_FILENAME).exists():
            with contextlib.suppress(OSError):
                write_key_check_file(db_path.parent, cipher.check_value())

    def _adopt_audit_anchor(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT value FROM device WHERE key = ?", (AUDIT_HEAD_SETTING,))
        found = row.fetchone()
        if found is None:
            last = conn.execute("SELECT COUNT(*) FROM audit_events").fetchone()[0]
            if last == 0:
                self._set_audit_anchor(conn, 0, GENESIS_HASH)
            return  # entries but no anchor: left for verification to report
        seq, _, digest = str(found[0]).partition(":")
        if seq.isdigit() and ":" not in digest:  # an unkeyed anchor of an older kiosk
            self._set_audit_anchor(conn, int(seq), digest)

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
        """Read a device setting (kiosk id, token, portal URL...).

        A portal setting (:data:`AUTHENTICATED_DEVICE_SETTINGS`) whose MAC is missing or
        wrong reads as ``default``: it was not written by this kiosk's data key.
        """
        row = self._conn.execute("SELECT value FROM device WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        value = str(row[0])
        if key in AUTHENTICATED_DEVICE_SETTINGS:
            mac = self._conn.execute(
                "SELECT value FROM device WHERE key = ?", (mac_key_of(key),)
            ).fetchone()
            if not device_value_ok(self.cipher, key, value, mac[0] if mac else None):
                _log.error("device setting %s failed its MAC check; it is not used", key)
                return default
        return value

    def set_device(self, key: str, value: str) -> None:
        """Write a device setting (with its MAC for a portal setting), in one transaction."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO device (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            if key in AUTHENTICATED_DEVICE_SETTINGS:
                write_device_mac(conn, self.cipher, key, value)

    # -- audit -------------------------------------------------------------------------

    def audit_times(self, action: str, since: str) -> list[str]:
        """When (UTC ISO times, oldest first) ``action`` was audited at or after ``since``.

        The staff console lists residents' help calls (``help.requested``) with this.
        """
        rows = self._conn.execute(
            "SELECT at FROM audit_events WHERE action = ? AND at >= ? ORDER BY seq",
            (action, since),
        ).fetchall()
        return [str(row["at"]) for row in rows]

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
            # The head anchor, keyed with the data key, lets verification notice entries cut
            # off the end, and a log emptied or rewritten by someone without the key.
            self._set_audit_anchor(conn, seq, digest)
            return seq

    def _set_audit_anchor(self, conn: sqlite3.Connection, seq: int, digest: str) -> None:
        conn.execute(
            "INSERT INTO device (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (AUDIT_HEAD_SETTING, keyed_anchor(self.cipher, seq, digest)),
        )


def audit_hash(
    prev: str, seq: int, at: str, actor: str, action: str, subject: str | None, detail: str
) -> str:
    """SHA-256 over the previous hash and the entry's canonical fields."""
    body = json.dumps([prev, seq, at, actor, action, subject, detail], ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()


def _applied_migrations(conn: sqlite3.Connection) -> set[int]:
    """The migrations applied so far (none for a new database).

    Adoption steps run in the start that applies their migration, whatever other
    migrations came before or after it (numbers may be applied out of order).
    """
    try:
        rows = conn.execute("SELECT version FROM schema_migrations").fetchall()
    except sqlite3.OperationalError:
        return set()
    return {int(row[0]) for row in rows}


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
