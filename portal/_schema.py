"""The reference portal's tables (created if missing at every start)."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS enroll_codes (
    code_hash TEXT PRIMARY KEY, created_at TEXT NOT NULL,
    device_id TEXT, kiosk_id TEXT, used_at TEXT);
CREATE TABLE IF NOT EXISTS kiosks (
    kiosk_id TEXT PRIMARY KEY, device_id TEXT, name TEXT,
    token_hash TEXT NOT NULL, enrolled_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS applications (
    id INTEGER PRIMARY KEY,
    official_code TEXT NOT NULL UNIQUE,
    kiosk_id TEXT NOT NULL,
    kiosk_application_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    procedure_code TEXT NOT NULL,
    definition_version TEXT,
    payload TEXT NOT NULL,
    sealed INTEGER NOT NULL DEFAULT 0,
    attachments TEXT NOT NULL DEFAULT '[]',
    status INTEGER NOT NULL,
    due_at TEXT,
    supplement_note TEXT,
    e_result INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS applications_kiosk_app
    ON applications (kiosk_id, kiosk_application_id);
CREATE INDEX IF NOT EXISTS applications_app_id ON applications (kiosk_application_id);
CREATE TABLE IF NOT EXISTS idempotency (
    kiosk_id TEXT NOT NULL, key TEXT NOT NULL, application_id INTEGER NOT NULL,
    PRIMARY KEY (kiosk_id, key));
CREATE TABLE IF NOT EXISTS daily_seq (day TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY, kiosk_id TEXT NOT NULL, kiosk_application_id TEXT NOT NULL,
    duplicate INTEGER NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS uploads (
    upload_id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, attachment_id TEXT NOT NULL,
    kiosk_application_id TEXT, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    mime TEXT, kind TEXT, committed INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
    UNIQUE (kiosk_id, attachment_id));
CREATE TABLE IF NOT EXISTS upload_chunks (
    upload_id TEXT NOT NULL, offset INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (upload_id, offset));
CREATE TABLE IF NOT EXISTS catalog (
    procedure_code TEXT NOT NULL, version TEXT NOT NULL, definition TEXT NOT NULL,
    PRIMARY KEY (procedure_code, version));
"""
