"""Queries over the register: filtered and sorted ids for the lazy list, rows by id, search,
candidates for the duplicate check. Plain SQL expressions: fast at 100,000 children."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, column, func, or_, select, table
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ClassificationRecord, VillageRecord
from commune_care.domain.dates import PartialDate, add_years, age_on
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.rules import CHILD_AGE_LIMIT
from commune_care.domain.schemas.children import ChildFilter, ChildSummary
from commune_care.domain.textfold import fold_words


class ChildSort(StrEnum):
    NAME = "name"
    CODE = "code"
    BIRTH = "birth"
    VILLAGE = "village"
    STATUS = "status"


# The FTS5 index over children.search_key (created by migration 0001, kept by triggers).
_FTS = table("children_fts", column("rowid", Integer), column("children_fts"))


def fts_query(raw: str) -> str | None:
    """'Nguyễn Đức' → '"nguyen"* AND "duc"*' (every word, as a prefix); None when empty."""
    words = fold_words(raw)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def birth_of(record: ChildRecord) -> PartialDate | None:
    if record.birth_year is None:
        return None
    return PartialDate(
        record.birth_year, record.birth_month, record.birth_day, record.birth_estimated
    )


def effective_status(status: str, birth_latest: date | None, on: date) -> ChildStatus:
    """A child still 'đang quản lý' who has turned 16 shows as 'đủ 16 tuổi', not dropped."""
    stored = ChildStatus(status)
    if (
        stored is ChildStatus.ACTIVE
        and birth_latest is not None
        and birth_latest <= add_years(on, -CHILD_AGE_LIMIT)
    ):
        return ChildStatus.TURNED_16
    return stored


def _active_on(on: date) -> ColumnElement[bool]:
    c = ClassificationRecord
    return and_(c.start_date <= on, or_(c.end_date.is_(None), c.end_date >= on))


class ChildRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- filters -------------------------------------------------------------------------
    def _where(self, flt: ChildFilter) -> list[ColumnElement[bool]]:
        on = flt.on or date.today()
        c = ChildRecord
        clauses: list[ColumnElement[bool]] = [c.archived.is_(flt.archived)]
        if query := fts_query(flt.text):
            matched = select(_FTS.c.rowid).where(_FTS.c.children_fts.op("MATCH")(query))
            clauses.append(c.id.in_(matched))
        if flt.group_code:
            members = select(ClassificationRecord.child_id).where(
                ClassificationRecord.group_code == flt.group_code, _active_on(on)
            )
            clauses.append(c.id.in_(members))
        if flt.village_id is not None:
            clauses.append(c.village_id == flt.village_id)
        if flt.sex is not None:
            clauses.append(c.sex == flt.sex.value)
        if flt.age_band is not None:
            earliest, latest = flt.age_band.birth_range(on)
            clauses.append(c.birth_latest <= latest)
            if earliest is not None:
                clauses.append(c.birth_latest > earliest)
        if flt.status is not None:
            limit = add_years(on, -CHILD_AGE_LIMIT)
            active = ChildStatus.ACTIVE.value
            if flt.status is ChildStatus.TURNED_16:
                clauses.append(
                    or_(
                        c.status == ChildStatus.TURNED_16.value,
                        and_(c.status == active, c.birth_latest <= limit),
                    )
                )
            elif flt.status is ChildStatus.ACTIVE:
                clauses.append(
                    and_(c.status == active, or_(c.birth_latest.is_(None), c.birth_latest > limit))
                )
            else:
                clauses.append(c.status == flt.status.value)
        return clauses

    def _ordered_ids(self, flt: ChildFilter, sort: ChildSort, descending: bool) -> Select[int]:
        c = ChildRecord
        stmt = select(c.id).where(*self._where(flt))
        keys: list[Any]
        if sort is ChildSort.CODE:
            keys = [c.code]
        elif sort is ChildSort.BIRTH:
            keys = [c.birth_latest, c.sort_key]
        elif sort is ChildSort.VILLAGE:
            stmt = stmt.outerjoin(VillageRecord, VillageRecord.id == c.village_id)
            keys = [VillageRecord.position, VillageRecord.name, c.sort_key]
        elif sort is ChildSort.STATUS:
            keys = [c.status, c.sort_key]
        else:
            keys = [c.sort_key]
        keys.append(c.id)
        return stmt.order_by(*[k.desc() if descending else k.asc() for k in keys])

    def ids(
        self,
        flt: ChildFilter,
        sort: ChildSort = ChildSort.NAME,
        descending: bool = False,
        limit: int | None = None,
    ) -> list[int]:
        stmt = self._ordered_ids(flt, sort, descending)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(self.session.scalars(stmt))

    def count(self, flt: ChildFilter) -> int:
        stmt = select(func.count()).select_from(ChildRecord).where(*self._where(flt))
        return int(self.session.scalar(stmt) or 0)

    # --- rows ----------------------------------------------------------------------------
    def village_names(self) -> dict[int, str]:
        rows = self.session.execute(select(VillageRecord.id, VillageRecord.name))
        return {vid: name for vid, name in rows}

    def current_group_codes(self, child_ids: Sequence[int], on: date) -> dict[int, list[str]]:
        result: dict[int, list[str]] = {}
        if not child_ids:
            return result
        rows = self.session.execute(
            select(ClassificationRecord.child_id, ClassificationRecord.group_code)
            .where(ClassificationRecord.child_id.in_(child_ids), _active_on(on))
            .order_by(ClassificationRecord.child_id, ClassificationRecord.group_code)
        )
        for child_id, code in rows:
            if code not in result.setdefault(child_id, []):
                result[child_id].append(code)
        return result

    def summaries(self, child_ids: Sequence[int], on: date | None = None) -> list[ChildSummary]:
        """Rows for these ids, in the order given (ids missing from the table are skipped)."""
        on = on or date.today()
        c = ChildRecord
        records = self.session.execute(
            select(
                c.id,
                c.code,
                c.full_name,
                c.sex,
                c.birth_year,
                c.birth_month,
                c.birth_day,
                c.birth_estimated,
                c.birth_latest,
                c.village_id,
                c.father_name,
                c.mother_name,
                c.status,
                c.archived,
            ).where(c.id.in_(child_ids))
        ).all()
        villages = self.village_names()
        groups = self.current_group_codes(child_ids, on)
        by_id = {}
        for r in records:
            birth = (
                PartialDate(r.birth_year, r.birth_month, r.birth_day, r.birth_estimated)
                if r.birth_year is not None
                else None
            )
            by_id[r.id] = ChildSummary(
                id=r.id,
                code=r.code,
                full_name=r.full_name,
                sex=Sex(r.sex),
                birth=birth,
                age=age_on(birth, on) if birth else None,
                village_name=villages.get(r.village_id, "") if r.village_id else "",
                father_name=r.father_name,
                mother_name=r.mother_name,
                group_codes=tuple(groups.get(r.id, ())),
                effective_status=effective_status(r.status, r.birth_latest, on),
                archived=r.archived,
            )
        return [by_id[i] for i in child_ids if i in by_id]

    def get(self, child_id: int) -> ChildRecord | None:
        return self.session.get(ChildRecord, child_id)

    def get_by_code(self, code: str) -> ChildRecord | None:
        return self.session.scalar(select(ChildRecord).where(ChildRecord.code == code.upper()))

    # --- duplicates ----------------------------------------------------------------------
    def duplicate_candidates(
        self, name_key: str, id_number: str, exclude_id: int | None
    ) -> list[ChildRecord]:
        """Children with the same folded name or the same số định danh (archived included)."""
        c = ChildRecord
        conditions = [c.name_key == name_key]
        if id_number:
            conditions.append(c.id_number == id_number)
        stmt = select(c).where(or_(*conditions))
        if exclude_id is not None:
            stmt = stmt.where(c.id != exclude_id)
        return list(self.session.scalars(stmt.limit(50)))
