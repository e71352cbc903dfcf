"""Fee payments notified by the bank, kiosk payment references, and the SMS outbox (issue 20).

Revision ID: 0004_payments_sms
Revises: 0005 (re-chained after 0003_results and 0005_fleet landed on main)
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_payments_sms"
down_revision = "0005"


def upgrade() -> None:
    op.create_table(
        "payments",
        sa.Column("transaction_id", sa.Text(), primary_key=True),
        sa.Column("official_code", sa.Text(), nullable=False, index=True),
        sa.Column("amount_vnd", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("paid_at", sa.Text(), nullable=False),
        sa.Column("received_at", sa.Text(), nullable=False),
    )
    op.create_table(
        "payment_refs",
        sa.Column("reference", sa.Text(), primary_key=True),
        sa.Column("official_code", sa.Text(), nullable=False),
    )
    op.create_table(
        "sms_outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("official_code", sa.Text(), nullable=False, index=True),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("done_at", sa.Text()),
        sa.Column("detail", sa.Text()),
    )
    op.create_index("ix_sms_outbox_state", "sms_outbox", ["state", "id"])


def downgrade() -> None:
    op.drop_index("ix_sms_outbox_state", table_name="sms_outbox")
    op.drop_table("sms_outbox")
    op.drop_table("payment_refs")
    op.drop_table("payments")
