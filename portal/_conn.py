"""The reference portal's database connection: SQLAlchemy Core on SQLite or PostgreSQL.

One data-access layer for both. SQLite (a file path; the embedded default) is
opened in WAL mode and every unit of work is ``BEGIN IMMEDIATE``, so several
server processes serialise their writes in the database. PostgreSQL
(``postgresql://…``) runs at READ COMMITTED; the verbs that must not race take
row locks (``FOR UPDATE``) or a transaction-scoped advisory lock, and uniqueness
is always a constraint, so correctness never depends on a lock in Python.
The schema is Alembic's (``portal/migrations``), upgraded at every open.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, event, text
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(db: Path | str) -> str:
    """A SQLAlchemy URL for ``db``: a URL as given (``postgresql://`` uses psycopg 3), or a
    SQLite file path."""
    text_db = str(db)
    if "://" not in text_db:
        Path(text_db).parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{Path(text_db).resolve()}"
    url = make_url(text_db)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


class PortalConnection:
    """A pool of connections to the portal's database; safe to share between threads."""

    def __init__(self, db: Path | str, *, agency_id: str | None = None) -> None:
        self.url = database_url(db)
        self.path = db
        sqlite = self.url.startswith("sqlite")
        self.postgres = not sqlite
        self.engine = create_engine(
            self.url,
            pool_pre_ping=self.postgres,
            **({"connect_args": {"timeout": 30, "check_same_thread": False}} if sqlite else {}),
        )
        # Reads take no write lock: on SQLite they run on their own (deferred) connections,
        # which WAL lets read while a writer holds the lock.
        self.reader = self.engine
        if sqlite:
            _sqlite_pragmas(self.engine)
            _sqlite_immediate(self.engine)
            self.reader = create_engine(
                self.url, connect_args={"timeout": 30, "check_same_thread": False}
            )
            _sqlite_pragmas(self.reader)
        self._migrate()
        if agency_id:
            with self.transaction() as conn:
                self._set_meta(conn, "agency_id", agency_id)

    def _migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
        self.reader.dispose()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work (``BEGIN IMMEDIATE`` on SQLite)."""
        with self.engine.begin() as conn:
            yield conn

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Rec]:
        with self.reader.connect() as conn:
            return run(conn, sql, params).fetchall()

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        conn.execute(
            text(
                "INSERT INTO meta (key, value) VALUES (:k, :v)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": value},
        )

    def _lock_suffix(self) -> str:
        """``FOR UPDATE`` on PostgreSQL (SQLite's ``BEGIN IMMEDIATE`` already serialises)."""
        return " FOR UPDATE" if self.postgres else ""

    def _advisory_lock(self, conn: Connection, key: str) -> None:
        """Serialise transactions about ``key`` across processes (PostgreSQL; SQLite's writes
        are serialised already)."""
        if self.postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})


def _sqlite_pragmas(engine: Any) -> None:
    """WAL, a long busy timeout, and transactions under our control (no implicit BEGIN)."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi: Any, _record: Any) -> None:
        dbapi.isolation_level = None
        cur = dbapi.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()


def _sqlite_immediate(engine: Any) -> None:
    """``BEGIN IMMEDIATE`` for every write transaction (pysqlite's own BEGIN is deferred,
    which lets two processes both read and then deadlock on the upgrade to a write)."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class Rec(dict[str, Any]):
    """A row: by column name, or by position like a tuple (also where two columns share a
    name, as PostgreSQL's unnamed aggregates do)."""

    def __init__(self, keys: Any, values: tuple[Any, ...]) -> None:
        super().__init__(zip(keys, values, strict=True))
        self._values = values

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return self._values[key]
        return super().__getitem__(key)


class Rows:
    """The rows (fetched at once) and row count of one statement."""

    def __init__(self, result: Any) -> None:
        self.rowcount = result.rowcount
        self._rows = []
        if result.returns_rows:
            keys = list(result.keys())
            self._rows = [Rec(keys, tuple(row)) for row in result]

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Rec]:
        return self._rows

    def __iter__(self) -> Iterator[Rec]:
        return iter(self._rows)


def run(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> Rows:
    """Execute ``sql`` with ``?`` placeholders (the same text on SQLite and PostgreSQL)."""
    numbers = iter(range(len(params)))
    named = re.sub(r"\?", lambda _: f":p{next(numbers)}", sql)
    return Rows(conn.execute(text(named), {f"p{i}": v for i, v in enumerate(params)}))
