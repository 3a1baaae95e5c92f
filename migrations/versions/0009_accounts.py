"""accounts: the people who log in (issue #8)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 16:40:00

- ``accounts``: user name as typed and ``username_key`` (lower case, unique: names never differ
  by case alone), full name, roles (comma-separated codes), the Argon2id password hash, active
  flag, consecutive failed logins and the end of a lock-out, must-change-password (after a
  reset), when created, last logged in and when the password was last set.
- No row is added: the first start of the app asks for the administrator (the CLI can create
  one too). The settings ``accounts.lock_minutes`` and ``accounts.min_password_length`` live in
  the ``settings`` table like the others and need no schema.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=32), nullable=False),
        sa.Column("username_key", sa.String(length=32), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("roles", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("failed_attempts >= 0", name=op.f("ck_accounts_failed_attempts")),
        sa.CheckConstraint("roles <> ''", name=op.f("ck_accounts_roles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("username_key", name=op.f("uq_accounts_username_key")),
    )


def downgrade() -> None:
    op.drop_table("accounts")
