"""excel_templates: the provinces' own Excel lists the commune fills

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 17:00:00

- ``excel_templates``: one row per template — its name (``name_key`` folded, unique), the list it
  is filled with (``dataset``: children, special, group + ``group_code``), the sheet, the header
  rows and the first row of the list, the column → field mapping as JSON, and a copy of the
  template file (``file_data``, with its SHA-256) so an export never depends on a file that may
  have moved.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "excel_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_key", sa.String(length=100), nullable=False),
        sa.Column("dataset", sa.String(length=20), nullable=False),
        sa.Column("group_code", sa.String(length=30), nullable=False),
        sa.Column("sheet", sa.String(length=100), nullable=False),
        sa.Column("header_first", sa.Integer(), nullable=False),
        sa.Column("header_last", sa.Integer(), nullable=False),
        sa.Column("data_first", sa.Integer(), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_data", sa.LargeBinary(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "dataset IN ('children', 'special', 'group')",
            name=op.f("ck_excel_templates_dataset"),
        ),
        sa.CheckConstraint(
            "(dataset = 'group') = (group_code != '')", name=op.f("ck_excel_templates_group")
        ),
        sa.CheckConstraint(
            "header_first >= 1 AND header_last >= header_first",
            name=op.f("ck_excel_templates_header"),
        ),
        sa.CheckConstraint("data_first > header_last", name=op.f("ck_excel_templates_data_first")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excel_templates")),
        sa.UniqueConstraint("name_key", name=op.f("uq_excel_templates_name_key")),
    )


def downgrade() -> None:
    op.drop_table("excel_templates")
