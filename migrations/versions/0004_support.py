"""support: providers, services a child received, referrals; who identified a classification

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:30:00

- ``providers``: the commune's managed list of bodies and persons services and referrals go to
  (deactivated, never deleted once in use).
- ``child_services``: a service a child received (type, setting, provider, dates, outcome), for
  every programme; ``case_id`` → ``cases`` when it belongs to a case, ``plan_task_id`` the task of
  the case's plan it carries out (a plain id). ``ix_child_services_type_start`` (type,
  start_date, end_date, child_id) answers the QĐ 1591 indicator from the index alone.
- ``referrals``: a child referred to a provider or a person, with status, status date and
  feedback; ``ix_referrals_status`` lists the open ones.
- ``classifications.identified_by``: who identified a group (the mental-health follow-up asks
  who, when and on what basis); NULL for rows saved before this version.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('providers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('name_key', sa.String(length=150), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=255), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_providers'))
    )
    with op.batch_alter_table('providers', schema=None) as batch_op:
        batch_op.create_index('ix_providers_active_name', ['active', 'name_key'], unique=False)

    op.create_table('child_services',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('setting', sa.String(length=30), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=True),
    sa.Column('provider_name', sa.String(length=150), nullable=False),
    sa.Column('description', sa.String(length=255), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('plan_task_id', sa.Integer(), nullable=True),
    sa.Column('programme', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_child_services_case_id_cases')),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_child_services_child_id_children')),
    sa.ForeignKeyConstraint(['provider_id'], ['providers.id'], name=op.f('fk_child_services_provider_id_providers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child_services'))
    )
    with op.batch_alter_table('child_services', schema=None) as batch_op:
        batch_op.create_index('ix_child_services_case', ['case_id'], unique=False)
        batch_op.create_index('ix_child_services_child', ['child_id', 'start_date'], unique=False)
        batch_op.create_index('ix_child_services_provider', ['provider_id'], unique=False)
        batch_op.create_index('ix_child_services_type_start', ['type', 'start_date', 'end_date', 'child_id'], unique=False)

    op.create_table('referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=True),
    sa.Column('to_whom', sa.String(length=150), nullable=False),
    sa.Column('service_type', sa.String(length=30), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('programme', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_referrals_case_id_cases')),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_referrals_child_id_children')),
    sa.ForeignKeyConstraint(['provider_id'], ['providers.id'], name=op.f('fk_referrals_provider_id_providers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index('ix_referrals_case', ['case_id'], unique=False)
        batch_op.create_index('ix_referrals_child', ['child_id', 'referred_on'], unique=False)
        batch_op.create_index('ix_referrals_provider', ['provider_id'], unique=False)
        batch_op.create_index('ix_referrals_status', ['status', 'status_date'], unique=False)

    # A nullable column: SQLite adds it in place (ALTER TABLE ADD COLUMN), no table copy.
    op.add_column('classifications', sa.Column('identified_by', sa.String(length=150), nullable=True))


def downgrade() -> None:
    # Drops the column with a copy of the table (batch mode); its indexes are kept.
    with op.batch_alter_table('classifications', schema=None) as batch_op:
        batch_op.drop_column('identified_by')

    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index('ix_referrals_status')
        batch_op.drop_index('ix_referrals_provider')
        batch_op.drop_index('ix_referrals_child')
        batch_op.drop_index('ix_referrals_case')
    op.drop_table('referrals')

    with op.batch_alter_table('child_services', schema=None) as batch_op:
        batch_op.drop_index('ix_child_services_type_start')
        batch_op.drop_index('ix_child_services_provider')
        batch_op.drop_index('ix_child_services_child')
        batch_op.drop_index('ix_child_services_case')
    op.drop_table('child_services')

    with op.batch_alter_table('providers', schema=None) as batch_op:
        batch_op.drop_index('ix_providers_active_name')
    op.drop_table('providers')
