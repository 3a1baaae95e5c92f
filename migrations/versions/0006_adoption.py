"""adoption: adoption referrals (Luật Nuôi con nuôi 52/2010/QH12; issue #4)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 13:33:37

- ``adoptions``: a child proposed for adoption (the reason, the situation of Điều 15.2) and each
  one-per-referral step as columns: the 60-day public notice, the file received, the opinions
  collected, the registration (certificate number and date, handover), the written refusal, the
  withdrawal; ``stage``, ``next_action`` and ``next_due`` are what the lists read. ``code``
  "CN2026-0001" is unique, numbered per year (``year``, ``seq``).
- ``adopters``: the people who ask to adopt (one, or two for a married couple, grouped by
  ``application``), with the dated checklist of the conditions of Điều 14; withdrawn with a date
  and reason, never deleted.
- ``adoption_consents``: the opinions of Điều 21, one per role (father, mother, guardian, child).
- ``adoption_reports``: the six reports of Điều 23, due every 6 months for 3 years.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('adoptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('situation', sa.String(length=30), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=False),
    sa.Column('proposed_by', sa.String(length=100), nullable=False),
    sa.Column('notice_start', sa.Date(), nullable=True),
    sa.Column('notice_place', sa.String(length=255), nullable=False),
    sa.Column('notice_note', sa.Text(), nullable=False),
    sa.Column('file_received_on', sa.Date(), nullable=True),
    sa.Column('file_received_by', sa.String(length=100), nullable=False),
    sa.Column('file_note', sa.Text(), nullable=False),
    sa.Column('opinions_on', sa.Date(), nullable=True),
    sa.Column('opinions_by', sa.String(length=100), nullable=False),
    sa.Column('opinions_note', sa.Text(), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('certificate_no', sa.String(length=50), nullable=False),
    sa.Column('handover_on', sa.Date(), nullable=True),
    sa.Column('registration_note', sa.Text(), nullable=False),
    sa.Column('refused_on', sa.Date(), nullable=True),
    sa.Column('refusal_no', sa.String(length=50), nullable=False),
    sa.Column('refusal_reasons', sa.Text(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdrawal_reason', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('next_action', sa.String(length=20), nullable=False),
    sa.Column('next_due', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_adoptions_child_id_children')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adoptions')),
    sa.UniqueConstraint('code', name=op.f('uq_adoptions_code')),
    sa.UniqueConstraint('year', 'seq', name='uq_adoptions_year_seq')
    )
    with op.batch_alter_table('adoptions', schema=None) as batch_op:
        batch_op.create_index('ix_adoptions_child', ['child_id', 'proposed_on'], unique=False)
        batch_op.create_index('ix_adoptions_stage_due', ['stage', 'next_due'], unique=False)

    op.create_table('adopters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('adoption_id', sa.Integer(), nullable=False),
    sa.Column('application', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.Column('birth_month', sa.Integer(), nullable=True),
    sa.Column('birth_day', sa.Integer(), nullable=True),
    sa.Column('id_number', sa.String(length=12), nullable=False),
    sa.Column('address', sa.String(length=255), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('capacity_on', sa.Date(), nullable=True),
    sa.Column('means_on', sa.Date(), nullable=True),
    sa.Column('character_on', sa.Date(), nullable=True),
    sa.Column('not_barred_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdrawal_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['adoption_id'], ['adoptions.id'], name=op.f('fk_adopters_adoption_id_adoptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adopters')),
    sa.UniqueConstraint('adoption_id', 'application', 'position', name='uq_adopters_position')
    )
    op.create_table('adoption_consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('adoption_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('person_name', sa.String(length=100), nullable=False),
    sa.Column('answer', sa.String(length=20), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('counselled', sa.Boolean(), nullable=False),
    sa.Column('basis', sa.String(length=255), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['adoption_id'], ['adoptions.id'], name=op.f('fk_adoption_consents_adoption_id_adoptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adoption_consents')),
    sa.UniqueConstraint('adoption_id', 'role', name='uq_adoption_consents_role')
    )
    op.create_table('adoption_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('adoption_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['adoption_id'], ['adoptions.id'], name=op.f('fk_adoption_reports_adoption_id_adoptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adoption_reports')),
    sa.UniqueConstraint('adoption_id', 'number', name='uq_adoption_reports_number')
    )
    with op.batch_alter_table('adoption_reports', schema=None) as batch_op:
        batch_op.create_index('ix_adoption_reports_due', ['received_on', 'due_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('adoption_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_adoption_reports_due')

    op.drop_table('adoption_reports')
    op.drop_table('adoption_consents')
    op.drop_table('adopters')
    with op.batch_alter_table('adoptions', schema=None) as batch_op:
        batch_op.drop_index('ix_adoptions_stage_due')
        batch_op.drop_index('ix_adoptions_child')

    op.drop_table('adoptions')
