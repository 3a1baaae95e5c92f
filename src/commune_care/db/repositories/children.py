"""Queries over the register: filtered and sorted ids for the lazy list, rows by id, search,
candidates for the duplicate check. Plain SQL expressions: fast at 100,000 children."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    column,
    func,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ClassificationRecord, VillageRecord
from commune_care.db.repositories import indicators as ind
from commune_care.domain.dates import PartialDate, add_years, age_on
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.rules import CHILD_AGE_LIMIT
from commune_care.domain.schemas.children import ChildFilter, ChildSubset, ChildSummary
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


# --- search-as-you-type: the first page of matches in name order ---------------------------
#
# Measured at 100,000 children (benchmarks/run.py; DECISIONS.md "Search speed"). The generic query,
# ``id IN (FTS MATCH) ORDER BY sort_key LIMIT 50``, costs what the whole match set costs: SQLite
# copies every matching rowid into a temporary b-tree, then walks the name index — 6–9 ms for
# "nguyen" (60 % of rows), "ng" or "t", and a word that matches nothing walks all 100,000 index
# entries (5 ms). Looking each match up by rowid and sorting instead costs ~1 µs a match (25 ms for
# "nguyen"). So a search in name order with a LIMIT (ChildrenService.search) picks its plan by the
# size of the match set, counted by FTS but never past FEW_MATCHES:
#
# 1. fewer than FEW_MATCHES: FTS first, each match looked up by rowid, sorted (≤ ~2 ms);
# 2. more: walk the name order from the top (ix_children_search_window, migration 0002, holds
#    search_key too) and test each row's search_key in SQL, stopping at LIMIT: a word in 60 % of
#    rows has its first 50 matches within ~80 rows (0.2 ms). The walk stops after WINDOW_ROWS rows,
#    enough for 100 matches of a word spread evenly at FEW_MATCHES;
# 3. when those rows hold fewer than LIMIT (a large set bunched late in the alphabet, like the
#    given name "yen"), the generic query, which suits large sets (~4 ms for "yen" in all, most
#    of it the walk testing the "yen" inside every "nguyen").
#
# The row test is FTS's own rule, "every word is the prefix of a token": a word after a space
# passes at once; a word that is not even a substring fails at once; a key that is not ASCII
# ("bjørn": ø belongs to the token) is asked of FTS, row by row; otherwise (a word after ' - ( . …,
# or only inside a word) GLOB '*[^a-z0-9]word*' decides, which for an ASCII key is exactly
# unicode61's split into tokens. Folded Vietnamese names, codes and numbers are ASCII.
# The window bound only sets how far the walk goes: any prefix of the name order gives exact rows.
FEW_MATCHES = 2000
WINDOW_ROWS = 5000

_COUNT_MATCHES = text(
    "SELECT count(*) FROM (SELECT 1 FROM children_fts WHERE children_fts MATCH :match LIMIT :cap)"
)
# CROSS JOIN fixes the join order: FTS first, then each match by its rowid.
_FTS_FIRST = text(
    "SELECT children.id FROM children_fts CROSS JOIN children ON children.id = children_fts.rowid "
    "WHERE children_fts MATCH :match AND children.archived = :archived "
    "ORDER BY children.sort_key, children.id LIMIT :limit"
)
_WINDOW_END = text(
    "SELECT sort_key FROM children WHERE archived = :archived "
    "ORDER BY sort_key, id LIMIT 1 OFFSET :rows"
)
_FTS_ROW = (
    "EXISTS (SELECT 1 FROM children_fts "
    "WHERE children_fts MATCH :match AND children_fts.rowid = children.id)"
)


def _word_test(i: int) -> str:
    """SQL true when word i starts a token of search_key (the CASE fixes the order of tests)."""
    return (
        f"CASE WHEN instr(' ' || search_key, :sw{i}) > 0 THEN 1 "  # starts a space-separated word
        f"WHEN instr(search_key, :w{i}) = 0 THEN 0 "  # not even inside a word
        f"WHEN length(search_key) <> length(CAST(search_key AS BLOB)) THEN {_FTS_ROW} "  # not ASCII
        f"ELSE (' ' || search_key) GLOB :g{i} END"  # after another separator (' - . …)
    )


def _window_query(words: int, bounded: bool) -> Any:
    # ORDER BY sort_key alone: that order is the covering index's (archived, sort_key, search_key);
    # ties of sort_key are put in id order afterwards (ChildRepository._first_matches).
    return text(
        "SELECT id, sort_key FROM children WHERE archived = :archived "
        + ("AND sort_key <= :window_end " if bounded else "")
        + "".join(f"AND {_word_test(i)} " for i in range(words))
        + "ORDER BY sort_key LIMIT :limit"
    )


def _ties_query(words: int) -> Any:
    return text(
        "SELECT id FROM children WHERE archived = :archived AND sort_key = :last "
        + "".join(f"AND {_word_test(i)} " for i in range(words))
        + "ORDER BY id"
    )


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


def subset_ids(s: Session, subset: ChildSubset, year: int, on: date) -> Select[Any]:
    """The ids of the children behind a programme figure (``ChildSubset``): the indicators'
    own queries (db/repositories/indicators.py), so the list and the number always agree."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    if subset in (ChildSubset.MENTAL_HEALTH, ChildSubset.MENTAL_HEALTH_REACHED,
                  ChildSubset.MENTAL_HEALTH_NOT_REACHED):  # fmt: skip
        flagged = ind.flagged_in(start, end).subquery()
        stmt = select(flagged.c.child_id)
        if subset is ChildSubset.MENTAL_HEALTH:
            return stmt
        reached = ind.served(flagged.c.child_id, ind.stored_reached_types(s), start, end)
        reached = reached.correlate(flagged)
        return stmt.where(reached if subset is ChildSubset.MENTAL_HEALTH_REACHED else ~reached)
    if subset in (ChildSubset.ORPHANS, ChildSubset.ORPHANS_IN_CARE,
                  ChildSubset.ORPHANS_NOT_IN_CARE):  # fmt: skip
        day = min(end, on)
        orphans = ind.orphans_on(day).subquery()
        stmt = select(orphans.c.child_id)
        if subset is ChildSubset.ORPHANS:
            return stmt
        cared = ind.in_care(orphans.c.child_id, day).correlate(orphans)
        return stmt.where(cared if subset is ChildSubset.ORPHANS_IN_CARE else ~cared)
    if subset is ChildSubset.SPONSORED:
        return ind.sponsored_ids(start, end)
    return ind.assisted_ids(start, end)


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
        if flt.subset is not None:
            clauses.append(c.id.in_(subset_ids(self.session, flt.subset, flt.subset_year(), on)))
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
        if (
            limit is not None
            and sort is ChildSort.NAME
            and not descending
            and flt == ChildFilter(text=flt.text, archived=flt.archived, on=flt.on)
            and (words := fold_words(flt.text))
        ):
            return self._first_matches(words, flt.archived, limit)
        stmt = self._ordered_ids(flt, sort, descending)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(self.session.scalars(stmt))

    def _first_matches(self, words: list[str], archived: bool, limit: int) -> list[int]:
        """The first ``limit`` children in name order whose search_key matches every word
        (the plans are explained above FEW_MATCHES)."""
        if limit <= 0:
            return []
        run = self.session.execute
        match = " AND ".join(f'"{w}"*' for w in words)
        params: dict[str, Any] = {"match": match, "archived": archived, "limit": limit}
        if run(_COUNT_MATCHES, {"match": match, "cap": FEW_MATCHES}).scalar_one() < FEW_MATCHES:
            return list(run(_FTS_FIRST, params).scalars())
        window_end = run(_WINDOW_END, {"archived": archived, "rows": WINDOW_ROWS}).scalar()
        for i, word in enumerate(words):
            params.update({f"w{i}": word, f"sw{i}": f" {word}", f"g{i}": f"*[^a-z0-9]{word}*"})
        if window_end is not None:
            params["window_end"] = window_end
        window = _window_query(len(words), window_end is not None)
        rows = sorted((key, cid) for cid, key in run(window, params))  # (sort_key, id) order
        if len(rows) < limit:
            if window_end is None:  # the walk went through the whole list: these are all
                return [cid for _key, cid in rows]
            flt = ChildFilter(text=" ".join(words), archived=archived)
            stmt = self._ordered_ids(flt, ChildSort.NAME, False)
            return list(self.session.scalars(stmt.limit(limit)))
        # Rows that share the last sort_key may have been cut by the LIMIT in the index's order
        # (search_key, not id): take that sort_key's matches again, in id order.
        last = rows[-1][0]
        head = [cid for key, cid in rows if key < last]
        ties = run(_ties_query(len(words)), {**params, "last": last}).scalars()
        return head + list(ties)[: limit - len(head)]

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

    def duplicate_candidates_many(
        self, name_keys: Sequence[str], id_numbers: Sequence[str]
    ) -> list[Any]:
        """Every child (archived included) whose folded name is one of ``name_keys`` or whose
        số định danh is one of ``id_numbers``: the candidates of a whole import in a few
        queries. Rows carry id, code, full_name and the columns ``DuplicateKeys`` reads."""
        c = ChildRecord
        columns = (
            c.id, c.code, c.full_name, c.name_key, c.parents_key, c.id_number, c.birth_year,
            c.birth_month, c.birth_day, c.birth_estimated, c.village_id,
        )  # fmt: skip
        rows: dict[int, Any] = {}
        chunk = 500  # bound parameters per query stay far below SQLite's limit
        searches = (
            (sorted(set(name_keys)), c.name_key),
            (sorted({n for n in id_numbers if n}), c.id_number),
        )
        for keys, key_column in searches:
            for start in range(0, len(keys), chunk):
                stmt = select(*columns).where(key_column.in_(keys[start : start + chunk]))
                for row in self.session.execute(stmt):
                    rows[row.id] = row
        return [rows[i] for i in sorted(rows)]
