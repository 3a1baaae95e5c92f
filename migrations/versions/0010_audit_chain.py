"""audit chain: the audit trail becomes tamper-evident (issue #8)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 09:00:00

- ``audit_log.prev_hash`` and ``audit_log.hash``: each entry's SHA-256 over its fields and the
  previous entry's hash (``commune_care.domain.audit_chain``). The entries already there are
  chained here, in id order, so a database upgraded from an older version verifies.
- ``audit_log.search_key``: the folded words of each entry for the trail page's text filter
  (derived from the fields, so not hashed); filled here for the entries already there.
- Indexes on ``user``, ``entity``, ``action`` and ``at``: the trail page filters a million rows
  by them, newest first (each index ends with the rowid, so no sort is needed).
- Triggers ``audit_log_no_update`` / ``audit_log_no_delete``: the trail is append-only. Someone
  who drops them with a database tool can still edit a row, and the chain shows it.

The hash function is imported from the app rather than copied: it is a contract that never
changes, and a migration that computed hashes another way would leave a trail that fails
verification.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from commune_care.domain.audit_chain import GENESIS, entry_hash
from commune_care.domain.audit_labels import search_key

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = 5_000
REFUSE_UPDATE = "Nhật ký hệ thống chỉ được ghi thêm: không được sửa dòng đã ghi."
REFUSE_DELETE = "Nhật ký hệ thống chỉ được ghi thêm: không được xóa dòng đã ghi."


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=False,
                                      server_default=""))  # fmt: skip
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=False,
                                      server_default=""))  # fmt: skip
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=False,
                                      server_default=""))  # fmt: skip
        batch_op.create_index("ix_audit_log_user", ["user"], unique=False)
        batch_op.create_index("ix_audit_log_kind", ["entity"], unique=False)
        batch_op.create_index("ix_audit_log_action", ["action"], unique=False)
        batch_op.create_index("ix_audit_log_at", ["at"], unique=False)
    _chain_existing_rows()
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSE_UPDATE}'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSE_DELETE}'); END"
    )


def _chain_existing_rows() -> None:
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT id, at, user, action, entity, entity_id, changes FROM audit_log ORDER BY id"
    ).fetchall()
    prev = GENESIS
    updates: list[dict[str, Any]] = []
    for id_, at, user, action, entity, entity_id, changes in rows:
        changes = changes or "{}"
        digest = entry_hash(at, user, action, entity, entity_id, changes, prev)
        updates.append({"id": id_, "prev_hash": prev, "hash": digest, "changes": changes,
                        "search_key": search_key(user, action, entity, _values(changes))})
        prev = digest
        if len(updates) >= BATCH:
            _write(conn, updates)
    _write(conn, updates)


def _values(changes: str) -> dict[str, Any]:
    try:
        value = json.loads(changes)
    except ValueError:
        return {"text": changes}
    return value if isinstance(value, dict) else {"text": changes}


def _write(conn: sa.Connection, updates: list[dict[str, Any]]) -> None:
    if updates:
        conn.execute(
            sa.text(
                "UPDATE audit_log SET prev_hash = :prev_hash, hash = :hash, changes = :changes, "
                "search_key = :search_key WHERE id = :id"
            ),
            updates,
        )
        updates.clear()


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_at")
        batch_op.drop_index("ix_audit_log_action")
        batch_op.drop_index("ix_audit_log_kind")
        batch_op.drop_index("ix_audit_log_user")
        batch_op.drop_column("search_key")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
