"""Recording changes in the audit trail, in the same unit of work as the change itself."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from commune_care.db.models import AuditRecord
from commune_care.db.session import Database
from commune_care.domain.audit_chain import GENESIS, chain
from commune_care.domain.audit_labels import action_label, parse_changes, search_key
from commune_care.domain.schemas.children import HistoryEntry


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    """field → [old, new] for every field whose value changed."""
    return {
        key: [_plain(old.get(key)), _plain(new.get(key))]
        for key in sorted(set(old) | set(new))
        if _plain(old.get(key)) != _plain(new.get(key))
    }


def row(
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The column values of one audit row (for a bulk insert; ``record`` adds one)."""
    plain = {k: _plain(v) for k, v in (changes or {}).items()}
    return {
        "at": at or datetime.now(),
        "user": user,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": json.dumps(plain, ensure_ascii=False, default=str),
        "search_key": search_key(user, action, entity, plain),
    }


def record(
    session: Session,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: Mapping[str, Any] | None = None,
) -> None:
    """Write one audit row, chained to the last one, in the caller's unit of work."""
    append(session, [row(user, action, entity, entity_id, changes)])


def record_output(
    db: Database, user: str, action: str, entity: str, summary: str, details: Mapping[str, Any]
) -> None:
    """An export, a print or another output that changes no record: its own unit of work,
    written once the file is (a failed export leaves no line)."""
    with db.session() as s:
        record(s, user, action, entity, None, {"summary": summary, **details})


def append(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write audit rows (``row``'s values) at the end of the chain: the one way rows reach the
    audit table. The session's pending changes are flushed first, so this unit of work holds
    SQLite's write lock (writers are serialised) while the last hash is read; the new rows get
    the ids after it, so a writer that slipped in between would collide on the key rather
    than fork the chain. One read of the last hash, chained in Python, one multi-row INSERT."""
    if not rows:
        return
    session.flush()
    conn = session.connection()
    last = conn.execute(
        select(AuditRecord.id, AuditRecord.hash).order_by(AuditRecord.id.desc()).limit(1)
    ).first()
    last_id, last_hash = (int(last[0]), str(last[1] or "")) if last else (0, GENESIS)
    numbered = ({**r, "id": last_id + n} for n, r in enumerate(rows, start=1))
    conn.execute(insert(cast(Table, AuditRecord.__table__)), list(chain(numbered, last_hash)))


def history(session: Session, entity: str, entity_id: int) -> list[HistoryEntry]:
    """One record's entries, newest first, each with its old → new value per field."""
    rows = session.scalars(
        select(AuditRecord)
        .where(AuditRecord.entity == entity, AuditRecord.entity_id == entity_id)
        .order_by(AuditRecord.id.desc())
    )
    entries = []
    for row in rows:
        summary, fields = parse_changes(row.changes, row.entity)
        if not summary and row.action in {"update", "reclassify"}:
            summary = ", ".join(f.label for f in fields)
        entries.append(
            HistoryEntry(
                at=row.at,
                user=row.user,
                action=action_label(row.action, row.entity),
                summary=summary,
                changes=fields,
            )
        )
    return entries
