"""Each kiosk's audit-log head as the portal saw it (issue 19): an anchor kept off the kiosk.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    if "audit_heads" in set(sa.inspect(op.get_bind()).get_table_names()):
        return  # a portal file from a build that created it before Alembic
    op.create_table(
        "audit_heads",
        sa.Column("kiosk_id", sa.Text(), primary_key=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.Column("max_seq", sa.BigInteger(), nullable=False),
        sa.Column("max_hash", sa.Text(), nullable=False),
        sa.Column("regressions", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("reported_at", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_heads")
