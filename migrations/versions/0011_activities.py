"""activities: the programme's activities, sponsorships and social-assistance payments

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 16:45:00

- ``activities`` (+ ``activity_children``, the children concerned): date, kind, title, place,
  organiser, participants (total ≥ children + parents + staff, checked by the database), budget
  and its source; archived, never deleted.
- ``sponsorships``: nhận đỡ đầu — sponsor, child, what and how much a month, from / to.
- ``assistance_levels``: mức chuẩn trợ giúp xã hội by the day it applies from (Nghị định
  20/2021/NĐ-CP Điều 4: 360.000 đ from 01/07/2021; Nghị định 76/2024/NĐ-CP: 500.000 đ from
  01/07/2024), written here and editable in the app.
- ``ix_children_stats (archived, status, sex, birth_latest)``: the home page's counts by status,
  sex and age band scan this narrow index instead of the children's rows.
- ``assistance_payments``: one row per child and month paid — category, base, coefficient and
  amount as computed then; a month is paid once per child (a partial unique index ignores the
  archived rows).
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# As shipped (domain/activities.DEFAULT_ASSISTANCE_LEVELS, copied: a migration never imports the
# app's code, which may change after it).
LEVELS = (
    (date(2021, 7, 1), 360_000, "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021, Điều 4"),
    (date(2024, 7, 1), 500_000, "Nghị định số 76/2024/NĐ-CP ngày 01/7/2024"),
)


def upgrade() -> None:
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.create_index(
            "ix_children_stats", ["archived", "status", "sex", "birth_latest"], unique=False
        )
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("place", sa.String(length=255), nullable=False),
        sa.Column("organiser", sa.String(length=150), nullable=False),
        sa.Column("participants_total", sa.Integer(), nullable=False),
        sa.Column("participants_children", sa.Integer(), nullable=False),
        sa.Column("participants_parents", sa.Integer(), nullable=False),
        sa.Column("participants_staff", sa.Integer(), nullable=False),
        sa.Column("budget_vnd", sa.Integer(), nullable=True),
        sa.Column("budget_source", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "participants_children >= 0 AND participants_parents >= 0 AND participants_staff >= 0"
            " AND participants_total >= participants_children + participants_parents"
            " + participants_staff",
            name=op.f("ck_activities_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index("ix_activities_archived_held", ["archived", "held_on"], unique=False)

    op.create_table(
        "activity_children",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"],
            name=op.f("fk_activity_children_activity_id_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_activity_children_child_id_children")
        ),
        sa.PrimaryKeyConstraint("activity_id", "child_id", name=op.f("pk_activity_children")),
    )  # fmt: skip
    with op.batch_alter_table("activity_children", schema=None) as batch_op:
        batch_op.create_index("ix_activity_children_child", ["child_id"], unique=False)

    op.create_table(
        "sponsorships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("sponsor", sa.String(length=150), nullable=False),
        sa.Column("sponsor_contact", sa.String(length=255), nullable=False),
        sa.Column("support", sa.String(length=255), nullable=False),
        sa.Column("monthly_vnd", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_sponsorships_dates")
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_sponsorships_child_id_children")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sponsorships")),
    )
    with op.batch_alter_table("sponsorships", schema=None) as batch_op:
        batch_op.create_index("ix_sponsorships_child", ["child_id"], unique=False)
        batch_op.create_index(
            "ix_sponsorships_archived_start", ["archived", "start_date"], unique=False
        )

    levels = op.create_table(
        "assistance_levels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("base_vnd", sa.Integer(), nullable=False),
        sa.Column("legal_basis", sa.String(length=255), nullable=False),
        sa.CheckConstraint("base_vnd > 0", name=op.f("ck_assistance_levels_base_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistance_levels")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_assistance_levels_effective_from")),
    )
    op.bulk_insert(
        levels,
        [{"effective_from": d, "base_vnd": v, "legal_basis": basis} for d, v, basis in LEVELS],
    )

    op.create_table(
        "assistance_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("base_vnd", sa.Integer(), nullable=False),
        sa.Column("coefficient", sa.String(length=10), nullable=False),
        sa.Column("amount_vnd", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "amount_vnd >= 0 AND base_vnd > 0", name=op.f("ck_assistance_payments_amounts")
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_assistance_payments_child_id_children")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistance_payments")),
    )
    with op.batch_alter_table("assistance_payments", schema=None) as batch_op:
        batch_op.create_index(
            "uq_assistance_payments_child_month", ["child_id", "month"], unique=True,
            sqlite_where=sa.text("archived = 0"),
        )  # fmt: skip
        batch_op.create_index("ix_assistance_payments_month", ["archived", "month"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assistance_payments", schema=None) as batch_op:
        batch_op.drop_index("ix_assistance_payments_month")
        batch_op.drop_index("uq_assistance_payments_child_month")
    op.drop_table("assistance_payments")
    op.drop_table("assistance_levels")
    with op.batch_alter_table("sponsorships", schema=None) as batch_op:
        batch_op.drop_index("ix_sponsorships_archived_start")
        batch_op.drop_index("ix_sponsorships_child")
    op.drop_table("sponsorships")
    with op.batch_alter_table("activity_children", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_children_child")
    op.drop_table("activity_children")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_archived_held")
    op.drop_table("activities")
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.drop_index("ix_children_stats")
