"""documents: the register of outgoing documents (sổ văn bản đi)

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-30 09:00:00

- ``documents``: one row per outgoing document — type, status (draft, issued, cancelled), the
  number and year once issued, the date of issue, subject, Nơi nhận, the signer, what it belongs
  to (``entity_kind`` + ``entity_id``: a case, a child, a placement, a year), the confidentiality
  marking and the whole document as JSON (``content``).
- ``uq_documents_year_type_number``: a number is given once per type in a year, enforced by the
  database; drafts have no number (NULLs never collide). Check constraints tie the status to the
  number: a draft has none, an issued document has one, a cancelled one keeps what it had.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("signer_role", sa.String(length=20), nullable=False),
        sa.Column("signer_title", sa.String(length=255), nullable=False),
        sa.Column("signer_name", sa.String(length=150), nullable=False),
        sa.Column("entity_kind", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("template", sa.String(length=40), nullable=False),
        sa.Column("marking", sa.String(length=50), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('du_thao', 'da_ban_hanh', 'da_huy')",
            name=op.f("ck_documents_status"),
        ),
        sa.CheckConstraint(
            "(number IS NULL) = (year IS NULL) AND (number IS NULL) = (issued_on IS NULL)"
            " AND (number IS NULL OR number >= 1)",
            name=op.f("ck_documents_number_year"),
        ),
        sa.CheckConstraint(
            "(status = 'du_thao' AND number IS NULL) OR (status = 'da_ban_hanh' AND number IS NOT"
            " NULL) OR status = 'da_huy'",
            name=op.f("ck_documents_status_number"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("year", "doc_type", "number", name="uq_documents_year_type_number"),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_entity", ["entity_kind", "entity_id"], unique=False)
        batch_op.create_index("ix_documents_status_created", ["status", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_status_created")
        batch_op.drop_index("ix_documents_entity")
    op.drop_table("documents")
