"""The reference portal's own SQLite file: kiosks, applications, uploads, catalog.

One connection, guarded by a lock, so the ASGI app and an admin call in the same
process never interleave a unit of work. Every write is one ``BEGIN IMMEDIATE``
transaction: a submission is either fully stored (with its idempotency key and
official code) or not at all.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from kiosk.clock import DEFAULT_TIME_ZONE, Clock, system_clock
from kiosk.workdays import WorkingCalendar
from portal._conn import run
from portal._files import FilesMixin, now_iso
from portal._payment_refs import remember_reference
from portal._sms import enqueue_sms

_CALENDAR = WorkingCalendar()
DEFAULT_AGENCY_ID = "000.00.01.H26"
SYSTEM_CODE = "01"
DEFAULT_PROCESSING_DAYS = 3

STATUS_LABELS = {
    1: "Mới",
    2: "Đã tiếp nhận",
    3: "Không tiếp nhận",
    4: "Đang xử lý",
    5: "Yêu cầu bổ sung",
    6: "Yêu cầu thực hiện nghĩa vụ tài chính",
    7: "Công dân rút hồ sơ",
    8: "Dừng xử lý",
    9: "Đã xử lý xong",
    10: "Đã trả kết quả",
}


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class Enrolment:
    """What a newly enrolled kiosk receives."""

    kiosk_id: str
    token: str


class PortalDB(FilesMixin):
    """The portal's store; safe to share between threads (one lock, one connection)."""

    clock: Clock = system_clock(DEFAULT_TIME_ZONE)
    """Dates official codes and due dates (Hà Nội time); tests may pin it per instance."""

    # -- meta and keys -------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        """A portal setting."""
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        """Write a portal setting."""
        with self.transaction() as conn:
            self._set_meta(conn, key, value)

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        run(
            conn,
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def agency_id(self) -> str:
        """The agency's electronic id: the first part of every official code."""
        return self.meta("agency_id") or DEFAULT_AGENCY_ID

    def keypair(self) -> tuple[bytes, bytes]:
        """The portal's sealing key pair (private PEM, public PEM), made on first use."""
        from portal._key import generate_keypair

        with self.transaction() as conn:
            rows = run(
                conn, "SELECT key, value FROM meta WHERE key IN ('private_pem', 'public_pem')"
            ).fetchall()
            found = {r[0]: r[1] for r in rows}
            if len(found) < 2:
                private, public = generate_keypair()
                self._set_meta(conn, "private_pem", private.decode())
                self._set_meta(conn, "public_pem", public.decode())
                return private, public
            return found["private_pem"].encode(), found["public_pem"].encode()

    # -- enrolment -----------------------------------------------------------------------

    def add_enroll_code(self, code: str) -> None:
        """Allow one kiosk to enrol with ``code`` (a used code stays used)."""
        with self.transaction() as conn:
            run(
                conn,
                "INSERT INTO enroll_codes (code_hash, created_at) VALUES (?, ?)"
                " ON CONFLICT DO NOTHING",
                (_hash(code), now_iso()),
            )

    def enrol(self, code: str, device_id: str | None, name: str | None) -> Enrolment | None:
        """Consume a one-time code and issue a kiosk id and token; ``None`` if the code is bad.

        The same device presenting its code again (its reply was lost) gets its
        kiosk id back with a fresh token, so enrolment is safe to retry.
        """
        token = secrets.token_urlsafe(32)
        with self.transaction() as conn:
            row = run(
                conn,
                "SELECT * FROM enroll_codes WHERE code_hash = ?" + self._lock_suffix(),  # noqa: S608
                (_hash(code),),
            ).fetchone()
            if row is None:
                return None
            if row["kiosk_id"] is not None:
                if not device_id or row["device_id"] != device_id:
                    return None
                run(
                    conn,
                    "UPDATE kiosks SET token_hash = ? WHERE kiosk_id = ?",
                    (_hash(token), row["kiosk_id"]),
                )
                return Enrolment(row["kiosk_id"], token)
            kiosk_id = str(uuid.uuid4())
            run(
                conn,
                "INSERT INTO kiosks (kiosk_id, device_id, name, token_hash, enrolled_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (kiosk_id, device_id, name, _hash(token), now_iso()),
            )
            run(
                conn,
                "UPDATE enroll_codes SET device_id = ?, kiosk_id = ?, used_at = ?"
                " WHERE code_hash = ?",
                (device_id, kiosk_id, now_iso(), _hash(code)),
            )
            return Enrolment(kiosk_id, token)

    def authenticate(self, kiosk_id: str, token: str) -> bool:
        """Whether ``token`` is the current token of ``kiosk_id``."""
        rows = self._query("SELECT token_hash FROM kiosks WHERE kiosk_id = ?", (kiosk_id,))
        return bool(rows) and hmac.compare_digest(rows[0][0], _hash(token))

    # -- applications --------------------------------------------------------------------

    def find_existing(
        self, kiosk_id: str, key: str, kiosk_application_id: str
    ) -> tuple[dict[str, Any] | None, bool]:
        """The application already stored for this key or kiosk application id.

        Returns (record or None, conflict): ``conflict`` is True when the key was
        used for a *different* kiosk application.
        """
        with self.transaction() as conn:
            found, conflict = self._existing(conn, kiosk_id, key, kiosk_application_id)
            if found is not None:
                self._log_submission(conn, kiosk_id, kiosk_application_id, duplicate=True)
            return found, conflict

    def _existing(
        self, conn: Connection, kiosk_id: str, key: str, app_id: str
    ) -> tuple[dict[str, Any] | None, bool]:
        row = run(
            conn,
            "SELECT a.* FROM idempotency i JOIN applications a ON a.id = i.application_id"
            " WHERE i.kiosk_id = ? AND i.key = ?",
            (kiosk_id, key),
        ).fetchone()
        if row is not None:
            return (dict(row), False) if row["kiosk_application_id"] == app_id else (None, True)
        row = run(
            conn,
            "SELECT * FROM applications WHERE kiosk_id = ? AND kiosk_application_id = ?",
            (kiosk_id, app_id),
        ).fetchone()
        if row is None:
            # An outbox carried from a broken kiosk (and imported on two kiosks, or after the
            # broken one delivered but lost the reply) arrives from another kiosk. Both ids
            # are random UUIDs made by the first kiosk, so matching both is the same
            # application, never a collision; the key alone could be reused by mistake.
            row = run(
                conn,
                "SELECT a.* FROM applications a WHERE a.kiosk_application_id = ?"
                " AND (a.idempotency_key = ? OR EXISTS (SELECT 1 FROM idempotency i"
                " WHERE i.application_id = a.id AND i.key = ?)) ORDER BY a.id LIMIT 1",
                (app_id, key, key),
            ).fetchone()
        if row is None:
            return None, False
        # A replay under a new key, or from another kiosk: remember the key for this kiosk
        # so the next replay is found by the first query.
        run(
            conn,
            "INSERT INTO idempotency (kiosk_id, key, application_id) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (kiosk_id, key, row["id"]),
        )
        return dict(row), False

    def store_application(
        self,
        kiosk_id: str,
        key: str,
        body: dict[str, Any],
        *,
        payload_text: str,
        sealed: bool,
    ) -> tuple[dict[str, Any], bool]:
        """Store a validated application once; return (record, duplicate).

        Two processes taking the same application at once: on PostgreSQL an advisory
        lock on its id orders them; the unique constraints are the last word either way
        (a violation is retried once and then finds the stored record).
        """
        try:
            return self._store_application(kiosk_id, key, body, payload_text, sealed)
        except IntegrityError:
            return self._store_application(kiosk_id, key, body, payload_text, sealed)

    def _store_application(
        self, kiosk_id: str, key: str, body: dict[str, Any], payload_text: str, sealed: bool
    ) -> tuple[dict[str, Any], bool]:
        app_id = body["kiosk_application_id"]
        with self.transaction() as conn:
            self._advisory_lock(conn, app_id)
            existing, conflict = self._existing(conn, kiosk_id, key, app_id)
            if existing is not None:
                self._log_submission(conn, kiosk_id, app_id, duplicate=True)
                return existing, True
            if conflict:
                raise ValueError("idempotency key reused for another application")
            now = self.clock.now_local()
            code = self._next_code(conn, now)
            days = self._processing_days(conn, body["procedure_code"])
            due = _add_working_days(now.date(), days)
            cur = run(
                conn,
                "INSERT INTO applications (official_code, kiosk_id, kiosk_application_id,"
                " idempotency_key, procedure_code, definition_version, payload, sealed,"
                " attachments, status, due_at, received_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id",
                (
                    code,
                    kiosk_id,
                    app_id,
                    key,
                    body["procedure_code"],
                    body.get("definition_version"),
                    payload_text,
                    int(sealed),
                    json.dumps(body.get("attachments") or []),
                    due.isoformat(),
                    now_iso(),
                    now_iso(),
                ),
            )
            new_id = cur.fetchone()["id"]
            run(
                conn,
                "INSERT INTO idempotency (kiosk_id, key, application_id) VALUES (?, ?, ?)",
                (kiosk_id, key, new_id),
            )
            self._log_submission(conn, kiosk_id, app_id, duplicate=False)
            enqueue_sms(conn, code)  # issue 20: "received", sent only with SMS consent
            remember_reference(conn, code, body.get("provisional_code"))  # paid before sync
            row = run(conn, "SELECT * FROM applications WHERE id = ?", (new_id,))
            return dict(row.fetchone()), False

    @staticmethod
    def _log_submission(conn: Connection, kiosk_id: str, app_id: str, *, duplicate: bool) -> None:
        run(
            conn,
            "INSERT INTO submissions (kiosk_id, kiosk_application_id, duplicate, at)"
            " VALUES (?, ?, ?, ?)",
            (kiosk_id, app_id, int(duplicate), now_iso()),
        )

    def _next_code(self, conn: Connection, now: datetime) -> str:
        day = now.strftime("%y%m%d")
        # One atomic statement: the row lock (PostgreSQL) or the write lock (SQLite) makes
        # every process get the next number, never the same one.
        n = run(
            conn,
            "INSERT INTO daily_seq (day, n) VALUES (?, 1)"
            " ON CONFLICT (day) DO UPDATE SET n = daily_seq.n + 1 RETURNING n",
            (day,),
        ).fetchone()[0]
        agency = run(conn, "SELECT value FROM meta WHERE key = 'agency_id'").fetchone()
        return f"{agency[0] if agency else DEFAULT_AGENCY_ID}-{day}-{SYSTEM_CODE}{n:04d}"

    @staticmethod
    def _processing_days(conn: Connection, procedure_code: str) -> int:
        row = run(
            conn,
            "SELECT definition FROM catalog WHERE procedure_code = ? ORDER BY version DESC",
            (procedure_code,),
        ).fetchone()
        if row is not None:
            with contextlib.suppress(ValueError, TypeError):
                definition = json.loads(row[0])
                days = (definition.get("processing_time") or {}).get("processing_days")
                if isinstance(days, int) and days >= 0:
                    return days
        return DEFAULT_PROCESSING_DAYS

    def application(self, kiosk_id: str | None, official_code: str) -> dict[str, Any] | None:
        """An application by official code (only the owning kiosk's, when ``kiosk_id`` is given)."""
        rows = self._query("SELECT * FROM applications WHERE official_code = ?", (official_code,))
        if not rows or (kiosk_id is not None and rows[0]["kiosk_id"] != kiosk_id):
            return None
        return dict(rows[0])

    def set_status(
        self,
        official_code: str,
        status: int,
        *,
        note: str | None = None,
        e_result: bool | None = None,
        due_at: str | None = None,
    ) -> bool:
        """Advance an application's status (the reference portal's admin verb)."""
        if status not in STATUS_LABELS:
            raise ValueError(f"status must be 1..10, not {status}")
        with self.transaction() as conn:
            before = run(
                conn, "SELECT status FROM applications WHERE official_code = ?", (official_code,)
            ).fetchone()
            cur = run(
                conn,
                "UPDATE applications SET status = ?, supplement_note = ?,"
                " e_result = COALESCE(?, e_result), due_at = COALESCE(?, due_at), updated_at = ?"
                " WHERE official_code = ?",
                (
                    status,
                    note,
                    None if e_result is None else int(e_result),
                    due_at,
                    now_iso(),
                    official_code,
                ),
            )
            if cur.rowcount == 1 and before is not None and before[0] != status:
                enqueue_sms(conn, official_code, status=status)  # 5 and 9 text the resident
            return cur.rowcount == 1

    def stats(self) -> dict[str, int]:
        """Counts for soak tests: stored applications, duplicates, replies to replays."""
        row = self._query(
            "SELECT COUNT(*), COUNT(DISTINCT kiosk_application_id) FROM applications"
        )[0]
        subs = self._query("SELECT COUNT(*), COALESCE(SUM(duplicate), 0) FROM submissions")[0]
        kiosks = self._query("SELECT COUNT(*) FROM kiosks")[0][0]
        uploads = self._query("SELECT COUNT(*), COALESCE(SUM(complete), 0) FROM uploads")[0]
        return {
            "applications": int(row[0]),
            "duplicates": int(row[0]) - int(row[1]),
            "submissions": int(subs[0]),
            "duplicate_replies": int(subs[1]),
            "kiosks": int(kiosks),
            "uploads": int(uploads[0]),
            "uploads_complete": int(uploads[1]),
        }


def _add_working_days(start: date, days: int) -> date:
    """``start`` plus ``days`` working days (weekends and Vietnamese public holidays skipped)."""
    return _CALENDAR.add_working_days(start, days)
