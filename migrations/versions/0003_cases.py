"""cases: support and intervention cases (Nghị định 56/2017 Điều 25–32)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:46:09

- ``cases``: the intake (Mẫu 01) and what the lists filter and sort on (stage, level, next
  deadline). ``child_id`` may stay empty while the child is unknown; ``code`` "HS2026-0001" is
  unique, numbered per year (``year``, ``seq``).
- ``case_cycles``: one row per round of assessment → plan → approval → implementation → review,
  with the dated one-per-cycle steps as columns (Mẫu 02, 07, 03 + meeting, 04, 05, 06).
- ``case_plan_tasks``: the services and tasks of a cycle's plan; ``case_log_entries``: the
  implementation log.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=True),
    sa.Column('child_name', sa.String(length=100), nullable=False),
    sa.Column('child_sex', sa.String(length=10), nullable=False),
    sa.Column('child_age_estimate', sa.Integer(), nullable=True),
    sa.Column('intake_channel', sa.String(length=20), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_by', sa.String(length=100), nullable=False),
    sa.Column('informant_name', sa.String(length=100), nullable=False),
    sa.Column('informant_phone', sa.String(length=20), nullable=False),
    sa.Column('informant_relationship', sa.String(length=100), nullable=False),
    sa.Column('informant_address', sa.String(length=255), nullable=False),
    sa.Column('incident_place', sa.String(length=255), nullable=False),
    sa.Column('child_condition', sa.Text(), nullable=False),
    sa.Column('family_situation', sa.Text(), nullable=False),
    sa.Column('actions_taken', sa.Text(), nullable=False),
    sa.Column('abuse_kinds', sa.String(length=200), nullable=False),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('cycle', sa.Integer(), nullable=False),
    sa.Column('next_action', sa.String(length=40), nullable=False),
    sa.Column('next_due_at', sa.DateTime(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_cases_child_id_children')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('code', name=op.f('uq_cases_code')),
    sa.UniqueConstraint('year', 'seq', name='uq_cases_year_seq')
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_child', ['child_id'], unique=False)
        batch_op.create_index('ix_cases_level_due', ['level', 'next_due_at'], unique=False)
        batch_op.create_index('ix_cases_open_due', ['closed_on', 'next_due_at'], unique=False)
        batch_op.create_index('ix_cases_received', ['received_at'], unique=False)
        batch_op.create_index('ix_cases_stage_due', ['stage', 'next_due_at'], unique=False)

    op.create_table('case_cycles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('start_kind', sa.String(length=20), nullable=False),
    sa.Column('start_reason', sa.String(length=500), nullable=False),
    sa.Column('initial_on', sa.Date(), nullable=True),
    sa.Column('initial_by', sa.String(length=100), nullable=False),
    sa.Column('initial_level', sa.String(length=20), nullable=False),
    sa.Column('initial_emergency', sa.Boolean(), nullable=True),
    sa.Column('initial_notes', sa.Text(), nullable=False),
    sa.Column('emergency_at', sa.DateTime(), nullable=True),
    sa.Column('emergency_by', sa.String(length=100), nullable=False),
    sa.Column('emergency_action', sa.Text(), nullable=False),
    sa.Column('safe_place', sa.String(length=255), nullable=False),
    sa.Column('separation_start', sa.Date(), nullable=True),
    sa.Column('separation_end', sa.Date(), nullable=True),
    sa.Column('separation_decision_no', sa.String(length=50), nullable=False),
    sa.Column('separation_signer', sa.String(length=100), nullable=False),
    sa.Column('detail_on', sa.Date(), nullable=True),
    sa.Column('detail_by', sa.String(length=100), nullable=False),
    sa.Column('detail_condition', sa.Text(), nullable=False),
    sa.Column('detail_family', sa.Text(), nullable=False),
    sa.Column('detail_risk_factors', sa.Text(), nullable=False),
    sa.Column('detail_learning', sa.Text(), nullable=False),
    sa.Column('detail_community', sa.Text(), nullable=False),
    sa.Column('detail_needs', sa.Text(), nullable=False),
    sa.Column('detail_child_views', sa.Text(), nullable=False),
    sa.Column('detail_parent_views', sa.Text(), nullable=False),
    sa.Column('caregiver_harmed_child', sa.Boolean(), nullable=False),
    sa.Column('meeting_on', sa.Date(), nullable=True),
    sa.Column('meeting_chair', sa.String(length=100), nullable=False),
    sa.Column('meeting_participants', sa.Text(), nullable=False),
    sa.Column('meeting_conclusions', sa.Text(), nullable=False),
    sa.Column('plan_goals', sa.Text(), nullable=False),
    sa.Column('plan_drafted_on', sa.Date(), nullable=True),
    sa.Column('plan_by', sa.String(length=100), nullable=False),
    sa.Column('plan_saved_at', sa.DateTime(), nullable=True),
    sa.Column('plan_submitted_on', sa.Date(), nullable=True),
    sa.Column('approval_decision_no', sa.String(length=50), nullable=False),
    sa.Column('approval_on', sa.Date(), nullable=True),
    sa.Column('approval_signer', sa.String(length=100), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('review_by', sa.String(length=100), nullable=False),
    sa.Column('review_harm', sa.String(length=20), nullable=False),
    sa.Column('review_abuser_access', sa.String(length=20), nullable=False),
    sa.Column('review_environment', sa.String(length=20), nullable=False),
    sa.Column('review_level', sa.String(length=20), nullable=False),
    sa.Column('review_notes', sa.Text(), nullable=False),
    sa.Column('review_outcome', sa.String(length=20), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_reason', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_cycles_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_cycles')),
    sa.UniqueConstraint('case_id', 'number', name='uq_case_cycles_case_number')
    )

    op.create_table('case_log_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('cycle', sa.Integer(), nullable=False),
    sa.Column('logged_on', sa.Date(), nullable=False),
    sa.Column('logged_by', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_log_entries_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_log_entries'))
    )
    with op.batch_alter_table('case_log_entries', schema=None) as batch_op:
        batch_op.create_index('ix_case_log_entries_case', ['case_id', 'logged_on'], unique=False)

    op.create_table('case_plan_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('service_type', sa.String(length=40), nullable=False),
    sa.Column('responsible', sa.String(length=150), nullable=False),
    sa.Column('provider', sa.String(length=150), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('budget_vnd', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['cycle_id'], ['case_cycles.id'], name=op.f('fk_case_plan_tasks_cycle_id_case_cycles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_plan_tasks'))
    )
    with op.batch_alter_table('case_plan_tasks', schema=None) as batch_op:
        batch_op.create_index('ix_case_plan_tasks_cycle', ['cycle_id', 'position'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_plan_tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_case_plan_tasks_cycle')
    op.drop_table('case_plan_tasks')

    with op.batch_alter_table('case_log_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_case_log_entries_case')
    op.drop_table('case_log_entries')

    op.drop_table('case_cycles')

    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_stage_due')
        batch_op.drop_index('ix_cases_received')
        batch_op.drop_index('ix_cases_open_due')
        batch_op.drop_index('ix_cases_level_due')
        batch_op.drop_index('ix_cases_child')
    op.drop_table('cases')
