"""The fleet (issue 21): each kiosk's latest health report and the signed configuration documents.

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003_results"


def upgrade() -> None:
    op.create_table(
        "kiosk_health",
        sa.Column("kiosk_id", sa.Text(), primary_key=True),
        sa.Column("report", sa.Text(), nullable=False),
        sa.Column("received_at", sa.Text(), nullable=False),
    )
    op.create_table(
        "config_documents",
        sa.Column("serial", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("envelope", sa.Text(), nullable=False),
        sa.Column("published_at", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("config_documents")
    op.drop_table("kiosk_health")
