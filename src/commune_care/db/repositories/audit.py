"""Queries over the audit trail: a keyset-paged, filtered list (newest first) that stays fast at
a million rows, the chain in id order for verification, and the values the filters offer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import cast

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from commune_care.db.models import AuditRecord
from commune_care.domain.audit_chain import ChainEntry
from commune_care.domain.schemas.audit import AuditFilter
from commune_care.domain.textfold import fold

A = AuditRecord
# id, at, user, action, entity, entity_id, changes
EntryRow = tuple[int, datetime, str, str, str, int | None, str]
_COLUMNS = (A.id, A.at, A.user, A.action, A.entity, A.entity_id, A.changes)
CHAIN_BATCH = 20_000  # rows read at a time while verifying: bounded memory at any size


def _first_id_at_or_after(s: Session, moment: datetime) -> int | None:
    """The first entry written at or after ``moment`` (through the time index; entries are
    written in time order, so everything after it in id order is too)."""
    return s.scalar(select(A.id).where(A.at >= moment).order_by(A.at, A.id).limit(1))


def _conditions(s: Session, wanted: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if wanted.user:
        where.append(A.user == wanted.user)
    if wanted.action:
        where.append(A.action == wanted.action)
    if wanted.entity:
        where.append(A.entity == wanted.entity)
    if wanted.entity_id is not None:
        where.append(A.entity_id == wanted.entity_id)
    if wanted.date_from:
        start = datetime.combine(wanted.date_from, time.min)
        where.append(A.at >= start)
        first = _first_id_at_or_after(s, start)
        where.append(A.id >= (first if first is not None else _after_last(s)))
    if wanted.date_to:
        end = datetime.combine(wanted.date_to + timedelta(days=1), time.min)
        where.append(A.at < end)
        after = _first_id_at_or_after(s, end)
        if after is not None:
            where.append(A.id < after)
    if wanted.text:
        where.append(A.search_key.contains(fold(wanted.text), autoescape=True))
    return where


def _after_last(s: Session) -> int:
    return int(s.scalar(select(func.max(A.id))) or 0) + 1


def page(
    s: Session, wanted: AuditFilter, before_id: int | None = None, limit: int = 200
) -> list[EntryRow]:
    """Up to ``limit`` entries matching ``wanted``, newest first, older than ``before_id``
    (keyset paging: each page costs the same however deep it is)."""
    where = _conditions(s, wanted)
    if before_id is not None:
        where.append(A.id < before_id)
    query = select(*_COLUMNS).where(and_(True, *where)).order_by(A.id.desc()).limit(limit)
    return [cast(EntryRow, tuple(r)) for r in s.execute(query)]


def entry(s: Session, entry_id: int) -> EntryRow | None:
    row = s.execute(select(*_COLUMNS).where(A.id == entry_id)).first()
    return cast(EntryRow, tuple(row)) if row is not None else None


def count(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(A)) or 0)


def chain_entries(s: Session) -> Iterator[ChainEntry]:
    """Every entry in id order, as stored (the time as its text: no type conversion), read in
    batches by keyset so a million rows never sit in memory at once."""
    conn = s.connection()
    after = 0
    while True:
        rows = conn.exec_driver_sql(
            "SELECT id, at, user, action, entity, entity_id, changes, prev_hash, hash "
            "FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
            (after, CHAIN_BATCH),
        ).fetchall()
        if not rows:
            return
        for r in rows:
            yield ChainEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8])
        after = rows[-1][0]


def id_of_hash(s: Session, digest: str) -> int | None:
    """The entry whose hash is ``digest`` (a scan: only run once, at a break)."""
    if not digest:
        return None
    return s.scalar(select(A.id).where(A.hash == digest).limit(1))


_DISTINCT = (
    "WITH RECURSIVE seen(value) AS ("
    " SELECT min({col}) FROM audit_log"
    " UNION ALL SELECT (SELECT min({col}) FROM audit_log WHERE {col} > seen.value)"
    " FROM seen WHERE seen.value IS NOT NULL"
    ") SELECT value FROM seen WHERE value IS NOT NULL"
)


def distinct_values(s: Session, column: str) -> list[str]:
    """The users, actions or kinds of object the trail holds (for the filter lists): a skip
    scan through the column's index — one seek per value, not a read of a million rows."""
    col = {"user": '"user"', "action": "action", "entity": "entity"}[column]
    rows = s.connection().exec_driver_sql(_DISTINCT.format(col=col)).fetchall()
    return [str(r[0]) for r in rows if r[0]]


def earliest_day(s: Session) -> date | None:
    first = s.scalar(select(func.min(A.at)))
    return first.date() if first else None
