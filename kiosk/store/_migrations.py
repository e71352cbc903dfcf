"""Versioned schema migrations. Append only: never edit a migration that has shipped."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Run each statement of ``script`` inside the caller's transaction.

    ``executescript`` would commit first, breaking the migration's atomicity.
    The scripts here hold no triggers, so splitting on ``;`` is safe.
    """
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _m001_initial(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE device (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE catalog (
            procedure_code TEXT NOT NULL,
            version TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('bundled', 'portal')),
            definition TEXT NOT NULL,
            etag TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (procedure_code, version)
        );
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            draft_code TEXT NOT NULL UNIQUE,
            procedure_code TEXT NOT NULL,
            definition_version TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('self', 'assisted')),
            staff_id TEXT,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'submitted')),
            resume_key TEXT,
            search_key BLOB,
            payload BLOB NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX drafts_updated ON drafts (state, updated_at);
        CREATE TABLE applications (
            id TEXT PRIMARY KEY,
            draft_id TEXT REFERENCES drafts (id) ON DELETE SET NULL,
            provisional_code TEXT NOT NULL UNIQUE,
            official_code TEXT UNIQUE,
            procedure_code TEXT NOT NULL,
            definition_version TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('toan_trinh', 'mot_phan')),
            mode TEXT NOT NULL CHECK (mode IN ('self', 'assisted')),
            staff_id TEXT,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'delivered', 'needs_correction')),
            portal_status INTEGER,
            portal_status_at TEXT,
            due_at TEXT,
            supplement_note TEXT,
            e_result INTEGER NOT NULL DEFAULT 0,
            correction TEXT,
            payload BLOB,
            receipt BLOB NOT NULL,
            submitted_at TEXT NOT NULL,
            delivered_at TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX applications_state ON applications (state, submitted_at);
        CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            application_id TEXT REFERENCES applications (id) ON DELETE CASCADE,
            draft_id TEXT REFERENCES drafts (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB,
            uploaded_bytes INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            CHECK (application_id IS NOT NULL OR draft_id IS NOT NULL)
        );
        CREATE INDEX attachments_app ON attachments (application_id);
        CREATE INDEX attachments_draft ON attachments (draft_id);
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            application_id TEXT NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
            idempotency_key TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'delivered', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            progress REAL NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
        CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            draft_id TEXT REFERENCES drafts (id) ON DELETE SET NULL,
            application_id TEXT REFERENCES applications (id) ON DELETE CASCADE,
            purpose TEXT NOT NULL,
            text_version TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            accepted INTEGER NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE TABLE audit_events (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT,
            detail TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TABLE staff (
            staff_id TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
            pin_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE intake_log (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL CHECK (channel IN ('paper', 'online')),
            procedure_code TEXT,
            recorded_at TEXT NOT NULL
        );
        """,
    )


def _m002_blind_search(conn: sqlite3.Connection) -> None:
    # Keyed hashes of folded name words and ID/phone numbers: staff can find a
    # draft or application by name without any name being stored in plaintext.
    _run(
        conn,
        """
        CREATE TABLE draft_search (
            token TEXT NOT NULL,
            draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
            PRIMARY KEY (token, draft_id)
        ) WITHOUT ROWID;
        CREATE INDEX draft_search_ref ON draft_search (draft_id);
        CREATE TABLE application_search (
            token TEXT NOT NULL,
            application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
            PRIMARY KEY (token, application_id)
        ) WITHOUT ROWID;
        CREATE INDEX application_search_ref ON application_search (application_id);
        """,
    )


def _m003_list_order(conn: sqlite3.Connection) -> None:
    # The staff console lists every application newest first.
    _run(conn, "CREATE INDEX applications_submitted ON applications (submitted_at)")


def _m004_search_by_recency(conn: sqlite3.Connection) -> None:
    # A common given name matches thousands of applications: keeping the submission
    # time beside each token lets the staff search read the newest 50 from the index.
    _run(
        conn,
        """
        ALTER TABLE application_search ADD COLUMN submitted_at TEXT;
        UPDATE application_search SET submitted_at = (
            SELECT submitted_at FROM applications a WHERE a.id = application_search.application_id);
        CREATE INDEX application_search_recent ON application_search (token, submitted_at)
        """,
    )


def _m005_consent_language_and_withdrawal(conn: sqlite3.Connection) -> None:
    # A consent record proves what the resident read: the language of the text whose
    # hash is kept, and whether the row gives or withdraws consent (Decree 13/2023).
    _run(
        conn,
        """
        ALTER TABLE consents ADD COLUMN language TEXT NOT NULL DEFAULT 'vi';
        ALTER TABLE consents ADD COLUMN event TEXT NOT NULL DEFAULT 'given'
            CHECK (event IN ('given', 'withdrawn'));
        ALTER TABLE consents ADD COLUMN actor TEXT
        """,
    )


def _m006_staff_mac(conn: sqlite3.Connection) -> None:
    # Role, PIN hash and lock state are authenticated with the data key (issue 19); the
    # rows already there get their MAC in the same start (``adopt_staff_rows``).
    _run(conn, "ALTER TABLE staff ADD COLUMN mac TEXT")


def _m008_payments(conn: sqlite3.Connection) -> None:
    # Issue 20: the fee's payment as the portal reported it (NULL = not paid yet);
    # kiosk/store/_payments.py writes these columns.
    _run(
        conn,
        """
        ALTER TABLE applications ADD COLUMN paid_amount_vnd INTEGER;
        ALTER TABLE applications ADD COLUMN paid_at TEXT
        """,
    )


def _m010_device_mac(conn: sqlite3.Connection) -> None:
    # No new column: the MACs are companion rows of ``device`` ("<name>.mac"), written
    # for the settings already there in the same start (``adopt_device_settings``).
    del conn


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial schema", _m001_initial),
    (2, "blind search index", _m002_blind_search),
    (3, "index applications by submission time", _m003_list_order),
    (4, "search tokens carry the submission time", _m004_search_by_recency),
    (5, "consent records: language shown, withdrawal", _m005_consent_language_and_withdrawal),
    (6, "staff rows carry a MAC under the data key", _m006_staff_mac),
    (8, "fee payments reported by the portal", _m008_payments),
    (10, "portal settings carry a MAC under the data key", _m010_device_mac),
]
