"""The reference portal's first schema (the tables it had before Alembic, adopted as they are).

Revision ID: 0001
Revises:
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None

_TEXT, _INT = sa.Text(), sa.Integer()


def _tables() -> list[tuple[str, list[Any]]]:
    return [
        (
            "meta",
            [sa.Column("key", _TEXT, primary_key=True), sa.Column("value", _TEXT, nullable=False)],
        ),
        (
            "enroll_codes",
            [
                sa.Column("code_hash", _TEXT, primary_key=True),
                sa.Column("created_at", _TEXT, nullable=False),
                sa.Column("device_id", _TEXT),
                sa.Column("kiosk_id", _TEXT),
                sa.Column("used_at", _TEXT),
            ],
        ),
        (
            "kiosks",
            [
                sa.Column("kiosk_id", _TEXT, primary_key=True),
                sa.Column("device_id", _TEXT),
                sa.Column("name", _TEXT),
                sa.Column("token_hash", _TEXT, nullable=False),
                sa.Column("enrolled_at", _TEXT, nullable=False),
            ],
        ),
        (
            "applications",
            [
                sa.Column("id", _INT, primary_key=True, autoincrement=True),
                sa.Column("official_code", _TEXT, nullable=False, unique=True),
                sa.Column("kiosk_id", _TEXT, nullable=False),
                sa.Column("kiosk_application_id", _TEXT, nullable=False),
                sa.Column("idempotency_key", _TEXT, nullable=False),
                sa.Column("procedure_code", _TEXT, nullable=False),
                sa.Column("definition_version", _TEXT),
                sa.Column("payload", _TEXT, nullable=False),
                sa.Column("sealed", _INT, nullable=False, server_default="0"),
                sa.Column("attachments", _TEXT, nullable=False, server_default="[]"),
                sa.Column("status", _INT, nullable=False),
                sa.Column("due_at", _TEXT),
                sa.Column("supplement_note", _TEXT),
                sa.Column("e_result", _INT, nullable=False, server_default="0"),
                sa.Column("received_at", _TEXT, nullable=False),
                sa.Column("updated_at", _TEXT, nullable=False),
                # One kiosk's application is stored once, whichever process takes the request.
                sa.UniqueConstraint(
                    "kiosk_id", "kiosk_application_id", name="applications_kiosk_app"
                ),
            ],
        ),
        (
            "idempotency",
            [
                sa.Column("kiosk_id", _TEXT, primary_key=True),
                sa.Column("key", _TEXT, primary_key=True),
                sa.Column("application_id", _INT, nullable=False),
            ],
        ),
        # The official code's daily sequence: one row per day, incremented atomically.
        (
            "daily_seq",
            [sa.Column("day", _TEXT, primary_key=True), sa.Column("n", _INT, nullable=False)],
        ),
        (
            "submissions",
            [
                sa.Column("id", _INT, primary_key=True, autoincrement=True),
                sa.Column("kiosk_id", _TEXT, nullable=False),
                sa.Column("kiosk_application_id", _TEXT, nullable=False),
                sa.Column("duplicate", _INT, nullable=False),
                sa.Column("at", _TEXT, nullable=False),
            ],
        ),
        (
            "uploads",
            [
                sa.Column("upload_id", _TEXT, primary_key=True),
                sa.Column("kiosk_id", _TEXT, nullable=False),
                sa.Column("attachment_id", _TEXT, nullable=False),
                sa.Column("kiosk_application_id", _TEXT),
                sa.Column("size", _INT, nullable=False),
                sa.Column("sha256", _TEXT, nullable=False),
                sa.Column("mime", _TEXT),
                sa.Column("kind", _TEXT),
                sa.Column("committed", _INT, nullable=False, server_default="0"),
                sa.Column("complete", _INT, nullable=False, server_default="0"),
                sa.Column("created_at", _TEXT, nullable=False),
                sa.UniqueConstraint("kiosk_id", "attachment_id"),
            ],
        ),
        (
            "upload_chunks",
            [
                sa.Column("upload_id", _TEXT, primary_key=True),
                sa.Column("offset", _INT, primary_key=True),
                sa.Column("data", sa.LargeBinary(), nullable=False),
            ],
        ),
        (
            "catalog",
            [
                sa.Column("procedure_code", _TEXT, primary_key=True),
                sa.Column("version", _TEXT, primary_key=True),
                sa.Column("definition", _TEXT, nullable=False),
            ],
        ),
    ]


def upgrade() -> None:
    # A portal file made before Alembic already has these tables: keep them and their data.
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    for name, columns in _tables():
        if name not in existing:
            op.create_table(name, *columns)
    indexes = {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("applications")}
    if "applications_kiosk_app" not in indexes and "applications" in existing:
        op.create_index(
            "applications_kiosk_app",
            "applications",
            ["kiosk_id", "kiosk_application_id"],
            unique=True,
        )
    if "applications_app_id" not in indexes:
        op.create_index("applications_app_id", "applications", ["kiosk_application_id"])
