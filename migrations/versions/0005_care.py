"""care: alternative care — carers, household members, the Điều 63.2 checklist, placements,
follow-ups (issue #4)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:32:26

- ``carers``: people and families who registered (Mẫu số 08) or, for relatives, notified the
  commune; status, the worker's verification (Mẫu số 11) and the Chủ tịch's approval.
  ``ix_carers_name_status`` / ``ix_carers_status_name``: the registry by name, filtered by status.
- ``carer_members``: members of a carer's household, from and until a day.
- ``carer_conditions``: the conditions of Luật Trẻ em Điều 63.2, one row per condition and check.
- ``placements``: a child's episodes of alternative care (decision Mẫu số 12, carer or facility
  or adopters, start and end with the reason, Mẫu số 15/16). ``ix_placements_child_start``
  (child_id, start_date, end_date) answers "a child's placements" and "in care on a day" from the
  index; ``ix_placements_current`` (end_date, start_date) the open ones. ``adoption_id`` is a
  plain id (the adoption module's table).
- ``placement_follow_ups``: follow-ups done (Mẫu số 13, the carer's reports, the reviews).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "carers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("registration", sa.String(length=30), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("name_key", sa.String(length=100), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("birth_month", sa.Integer(), nullable=True),
        sa.Column("birth_day", sa.Integer(), nullable=True),
        sa.Column("id_number", sa.String(length=12), nullable=False),
        sa.Column("address", sa.String(length=255), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("occupation", sa.String(length=150), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("wishes", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("status_reason", sa.String(length=255), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("verified_by", sa.String(length=150), nullable=False),
        sa.Column("verification_result", sa.String(length=30), nullable=False),
        sa.Column("verification_note", sa.Text(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("approved_by", sa.String(length=150), nullable=False),
        sa.Column("approval_number", sa.String(length=50), nullable=False),
        sa.Column("approval_note", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["village_id"], ["villages.id"], name=op.f("fk_carers_village_id_villages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carers")),
    )
    with op.batch_alter_table("carers", schema=None) as batch_op:
        batch_op.create_index("ix_carers_name_status", ["name_key", "status"], unique=False)
        batch_op.create_index("ix_carers_status_name", ["status", "name_key"], unique=False)

    op.create_table(
        "carer_conditions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("carer_id", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(length=30), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("checked_by", sa.String(length=150), nullable=False),
        sa.Column("note", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carer_id"], ["carers.id"], name=op.f("fk_carer_conditions_carer_id_carers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carer_conditions")),
    )
    with op.batch_alter_table("carer_conditions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_carer_conditions_carer", ["carer_id", "condition", "checked_on"], unique=False
        )

    op.create_table(
        "carer_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("carer_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("relationship", sa.String(length=50), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("birth_month", sa.Integer(), nullable=True),
        sa.Column("birth_day", sa.Integer(), nullable=True),
        sa.Column("agrees", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=255), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carer_id"], ["carers.id"], name=op.f("fk_carer_members_carer_id_carers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carer_members")),
    )
    with op.batch_alter_table("carer_members", schema=None) as batch_op:
        batch_op.create_index("ix_carer_members_carer", ["carer_id", "added_on"], unique=False)

    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=30), nullable=False),
        sa.Column("term", sa.String(length=20), nullable=False),
        sa.Column("carer_id", sa.Integer(), nullable=True),
        sa.Column("provider_id", sa.Integer(), nullable=True),
        sa.Column("adoption_id", sa.Integer(), nullable=True),
        sa.Column("carer_name", sa.String(length=255), nullable=False),
        sa.Column("relationship", sa.String(length=50), nullable=False),
        sa.Column("decision_number", sa.String(length=50), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("decision_signer", sa.String(length=150), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("handover_date", sa.Date(), nullable=True),
        sa.Column("handover_due", sa.Date(), nullable=True),
        sa.Column("non_relative_reason", sa.Text(), nullable=False),
        sa.Column("child_view", sa.Text(), nullable=False),
        sa.Column("child_view_date", sa.Date(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("confirmed_warnings", sa.Text(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=30), nullable=False),
        sa.Column("end_note", sa.Text(), nullable=False),
        sa.Column("end_request_date", sa.Date(), nullable=True),
        sa.Column("end_decision_number", sa.String(length=50), nullable=False),
        sa.Column("end_decision_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carer_id"], ["carers.id"], name=op.f("fk_placements_carer_id_carers")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_placements_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["children.id"], name=op.f("fk_placements_child_id_children")
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["providers.id"], name=op.f("fk_placements_provider_id_providers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
        sa.UniqueConstraint("code", name=op.f("uq_placements_code")),
        sa.UniqueConstraint("year", "seq", name="uq_placements_year_seq"),
    )
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.create_index("ix_placements_adoption", ["adoption_id"], unique=False)
        batch_op.create_index("ix_placements_carer", ["carer_id"], unique=False)
        batch_op.create_index("ix_placements_case", ["case_id"], unique=False)
        batch_op.create_index(
            "ix_placements_child_start", ["child_id", "start_date", "end_date"], unique=False
        )
        batch_op.create_index("ix_placements_current", ["end_date", "start_date"], unique=False)
        batch_op.create_index("ix_placements_provider", ["provider_id"], unique=False)

    op.create_table(
        "placement_follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("done_by", sa.String(length=150), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_follow_ups_placement_id_placements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_follow_ups")),
    )
    with op.batch_alter_table("placement_follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            "ix_placement_follow_ups_placement", ["placement_id", "kind", "seq"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("placement_follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_placement_follow_ups_placement")

    op.drop_table("placement_follow_ups")
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_index("ix_placements_provider")
        batch_op.drop_index("ix_placements_current")
        batch_op.drop_index("ix_placements_child_start")
        batch_op.drop_index("ix_placements_case")
        batch_op.drop_index("ix_placements_carer")
        batch_op.drop_index("ix_placements_adoption")

    op.drop_table("placements")
    with op.batch_alter_table("carer_members", schema=None) as batch_op:
        batch_op.drop_index("ix_carer_members_carer")

    op.drop_table("carer_members")
    with op.batch_alter_table("carer_conditions", schema=None) as batch_op:
        batch_op.drop_index("ix_carer_conditions_carer")

    op.drop_table("carer_conditions")
    with op.batch_alter_table("carers", schema=None) as batch_op:
        batch_op.drop_index("ix_carers_status_name")
        batch_op.drop_index("ix_carers_name_status")

    op.drop_table("carers")
