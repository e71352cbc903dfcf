"""Signed electronic results (issue 20): the issued PDFs and their hand-overs.

Revision ID: 0003_results
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_results"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "results",
        sa.Column("official_code", sa.Text(), primary_key=True),
        sa.Column("decision", sa.Text(), nullable=False),
        # Keyed HMACs of the applicants' ID numbers (JSON list), never the numbers.
        sa.Column("applicant_index", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("sha256", sa.Text(), nullable=True),
        sa.Column("ready_at", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.Text(), nullable=True),
        sa.Column("refused_proofs", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "result_handovers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("official_code", sa.Text(), nullable=False, index=True),
        sa.Column("kiosk_id", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Text(), nullable=True),
        sa.Column("document_type", sa.Text(), nullable=True),
        sa.Column("document_last4", sa.Text(), nullable=True),
        sa.Column("result_sha256", sa.Text(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("result_handovers")
    op.drop_table("results")
