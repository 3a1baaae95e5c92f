"""The programme's activities and sponsorships (issue #9, item 3), and what they add up to in a
year (the report's tables, the Excel "Hoạt động" sheet). Archived, never deleted."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord
from commune_care.db.models.activities import (
    ActivityChildRecord,
    ActivityRecord,
    SponsorshipRecord,
)
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.activities import ActivityKind, FundingSource, format_money
from commune_care.domain.dates import format_date
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.schemas.activities import (
    ActivityChild,
    ActivityFilter,
    ActivityIn,
    ActivityKindCount,
    ActivityOut,
    ProgrammeYearCounts,
    SponsorshipIn,
    SponsorshipOut,
)
from commune_care.services import audit
from commune_care.services.assistance import payment_totals

__all__ = ["ActivitiesService"]


def validate(model: type[Any], values: Mapping[str, Any]) -> Any:
    try:
        return model.model_validate(dict(values))
    except ValidationError as exc:
        raise InvalidInput.from_pydantic(exc) from None


def _columns(data: BaseModel, exclude: set[str]) -> dict[str, Any]:
    values = data.model_dump(exclude=exclude)
    for key, value in values.items():
        if isinstance(value, FundingSource | ActivityKind):
            values[key] = value.value
    if "budget_source" in values and values["budget_source"] is None:
        values["budget_source"] = ""
    return values


def _months_in(start: date, end: date, period_start: date, period_end: date) -> int:
    """Calendar months of ``period`` that the running span ``start`` … ``end`` touches."""
    first, last = max(start, period_start), min(end, period_end)
    if last < first:
        return 0
    return (last.year - first.year) * 12 + last.month - first.month + 1


class ActivitiesService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    @staticmethod
    def validate_activity(values: Mapping[str, Any]) -> ActivityIn:
        result: ActivityIn = validate(ActivityIn, values)
        return result

    @staticmethod
    def validate_sponsorship(values: Mapping[str, Any]) -> SponsorshipIn:
        result: SponsorshipIn = validate(SponsorshipIn, values)
        return result

    # --- activities ---------------------------------------------------------------------------
    def activities(self, flt: ActivityFilter | None = None) -> builtins.list[ActivityOut]:
        """Newest first."""
        require(self.actor, Permission.VIEW_CHILDREN)
        flt = flt or ActivityFilter()
        a = ActivityRecord
        stmt = select(a).where(a.archived.is_(flt.archived))
        if flt.year is not None:
            stmt = stmt.where(
                a.held_on >= date(flt.year, 1, 1), a.held_on <= date(flt.year, 12, 31)
            )
        if flt.kind is not None:
            stmt = stmt.where(a.kind == flt.kind.value)
        with self.db.session() as s:
            records = list(s.scalars(stmt.order_by(a.held_on.desc(), a.id.desc())))
            children = self._children_of(s, [r.id for r in records])
            return [self._out(r, children.get(r.id, ())) for r in records]

    def activity(self, activity_id: int) -> ActivityOut:
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            record = self._activity(s, activity_id)
            return self._out(record, self._children_of(s, [record.id]).get(record.id, ()))

    def years(self) -> builtins.list[int]:
        """Years with activities, sponsorships or payments (this year always), latest first."""
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            held = s.scalars(select(extract("year", ActivityRecord.held_on)).distinct())
            years = {int(y) for y in held if y is not None} | {date.today().year}
        return sorted(years, reverse=True)

    def add_activity(self, data: ActivityIn) -> ActivityOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        now = datetime.now()
        with self.db.session() as s:
            self._check_children(s, data.child_ids)
            record = ActivityRecord(
                **_columns(data, {"child_ids"}), archived=False, created_at=now, updated_at=now
            )
            s.add(record)
            s.flush()
            s.add_all(
                ActivityChildRecord(activity_id=record.id, child_id=c) for c in data.child_ids
            )
            audit.record(s, self.user, "create", "activity", record.id, {
                **_columns(data, set()), "summary": _activity_summary(data)})  # fmt: skip
            s.flush()
            return self._out(record, self._children_of(s, [record.id]).get(record.id, ()))

    def update_activity(self, activity_id: int, data: ActivityIn) -> ActivityOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = self._activity(s, activity_id)
            self._check_children(s, data.child_ids, allow_archived=self._linked(s, activity_id))
            new = _columns(data, {"child_ids"})
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            record.updated_at = datetime.now()
            before = self._linked(s, activity_id)
            after = set(data.child_ids)
            for child_id in before - after:
                link = s.get(ActivityChildRecord, (activity_id, child_id))
                if link is not None:
                    s.delete(link)
            s.add_all(
                ActivityChildRecord(activity_id=activity_id, child_id=c)
                for c in data.child_ids if c not in before
            )  # fmt: skip
            changes: dict[str, Any] = audit.diff(old, new)
            if before != after:
                changes["child_ids"] = [sorted(before), sorted(after)]
            if changes:
                changes["summary"] = _activity_summary(data)
                audit.record(s, self.user, "update", "activity", activity_id, changes)
            s.flush()
            return self._out(record, self._children_of(s, [record.id]).get(record.id, ()))

    def set_activity_archived(self, activity_id: int, archived: bool) -> ActivityOut:
        """Archive an activity entered by mistake (it leaves the lists and figures), or bring
        it back."""
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = self._activity(s, activity_id)
            if record.archived != archived:
                record.archived = archived
                record.updated_at = datetime.now()
                audit.record(s, self.user, "archive" if archived else "restore", "activity",
                             activity_id, {"summary": record.title})  # fmt: skip
            return self._out(record, self._children_of(s, [record.id]).get(record.id, ()))

    # --- sponsorships -------------------------------------------------------------------------
    def sponsorships(
        self,
        year: int | None = None,
        child_id: int | None = None,
        archived: bool = False,
    ) -> builtins.list[SponsorshipOut]:
        """Running on some day of ``year`` (all when None); current first, then by start."""
        require(self.actor, Permission.VIEW_CHILDREN)
        sp = SponsorshipRecord
        stmt = (
            select(sp, ChildRecord.code, ChildRecord.full_name)
            .join(ChildRecord, ChildRecord.id == sp.child_id)
            .where(sp.archived.is_(archived))
        )
        if year is not None:
            stmt = stmt.where(
                sp.start_date <= date(year, 12, 31),
                or_(sp.end_date.is_(None), sp.end_date >= date(year, 1, 1)),
            )
        if child_id is not None:
            stmt = stmt.where(sp.child_id == child_id)
        stmt = stmt.order_by(sp.end_date.is_(None).desc(), sp.start_date.desc(), sp.id.desc())
        with self.db.session() as s:
            return [_sponsorship_out(r, code, name) for r, code, name in s.execute(stmt)]

    def sponsorship(self, sponsorship_id: int) -> SponsorshipOut:
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            record = self._sponsorship(s, sponsorship_id)
            child = s.get(ChildRecord, record.child_id)
            assert child is not None
            return _sponsorship_out(record, child.code, child.full_name)

    def add_sponsorship(self, data: SponsorshipIn) -> SponsorshipOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        now = datetime.now()
        with self.db.session() as s:
            child = self._child(s, data.child_id, "child_id")
            record = SponsorshipRecord(**data.model_dump(), archived=False, created_at=now,
                                       updated_at=now)  # fmt: skip
            s.add(record)
            s.flush()
            audit.record(s, self.user, "create", "sponsorship", record.id, {
                **data.model_dump(), "summary": _sponsorship_summary(data, child.full_name)})  # fmt: skip
            return _sponsorship_out(record, child.code, child.full_name)

    def update_sponsorship(self, sponsorship_id: int, data: SponsorshipIn) -> SponsorshipOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = self._sponsorship(s, sponsorship_id)
            if data.child_id != record.child_id:
                raise InvalidInput({"child_id": "Không chuyển được việc đỡ đầu sang trẻ khác. "
                                    "Hãy ghi một việc đỡ đầu mới cho trẻ đó."})  # fmt: skip
            child = s.get(ChildRecord, record.child_id)
            assert child is not None
            new = data.model_dump()
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            changes = audit.diff(old, new)
            if changes:
                record.updated_at = datetime.now()
                audit.record(s, self.user, "update", "sponsorship", sponsorship_id, {
                    **changes, "summary": _sponsorship_summary(data, child.full_name)})  # fmt: skip
            return _sponsorship_out(record, child.code, child.full_name)

    def set_sponsorship_archived(self, sponsorship_id: int, archived: bool) -> SponsorshipOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = self._sponsorship(s, sponsorship_id)
            child = s.get(ChildRecord, record.child_id)
            assert child is not None
            if record.archived != archived:
                record.archived = archived
                record.updated_at = datetime.now()
                audit.record(s, self.user, "archive" if archived else "restore", "sponsorship",
                             sponsorship_id, {"summary": f"{record.sponsor} — {child.full_name}"})  # fmt: skip
            return _sponsorship_out(record, child.code, child.full_name)

    # --- the year's figures -----------------------------------------------------------------------
    def year_counts(self, start: date, end: date) -> ProgrammeYearCounts:
        """Activities held in ``start`` … ``end`` by kind; sponsorships running on some day of it
        (their monthly amounts × the months they ran in it); social assistance paid for its
        months. Archived rows are not counted."""
        require(self.actor, Permission.VIEW_STATISTICS)
        a, sp = ActivityRecord, SponsorshipRecord
        with self.db.session() as s:
            by_kind = {
                row[0]: row[1:]
                for row in s.execute(
                    select(
                        a.kind, func.count(), func.sum(a.participants_total),
                        func.sum(a.participants_children), func.sum(a.participants_parents),
                        func.sum(a.participants_staff), func.sum(func.coalesce(a.budget_vnd, 0)),
                    )
                    .where(a.archived.is_(False), a.held_on >= start, a.held_on <= end)
                    .group_by(a.kind)
                )
            }  # fmt: skip
            running = list(
                s.execute(
                    select(sp.child_id, sp.sponsor, sp.monthly_vnd, sp.start_date, sp.end_date)
                    .join(ChildRecord, ChildRecord.id == sp.child_id)
                    .where(sp.archived.is_(False), ChildRecord.archived.is_(False),
                           sp.start_date <= end, or_(sp.end_date.is_(None), sp.end_date >= start))
                )
            )  # fmt: skip
            paid = payment_totals(s, start, end)
        rows = []
        for kind in ActivityKind:
            n, total, children, parents, staff, budget = by_kind.get(kind.value, (0,) * 6)
            rows.append(ActivityKindCount(
                kind=kind, label=kind.label, sessions=int(n), participants=int(total or 0),
                children=int(children or 0), parents=int(parents or 0), staff=int(staff or 0),
                budget_vnd=int(budget or 0)))  # fmt: skip
        sum_row = ActivityKindCount(
            kind=None, label="Tổng số", sessions=sum(r.sessions for r in rows),
            participants=sum(r.participants for r in rows),
            children=sum(r.children for r in rows), parents=sum(r.parents for r in rows),
            staff=sum(r.staff for r in rows), budget_vnd=sum(r.budget_vnd for r in rows),
        )  # fmt: skip
        return ProgrammeYearCounts(
            period_start=start,
            period_end=end,
            activities=tuple(rows),
            activities_total=sum_row,
            sponsorships=len(running),
            sponsored_children=len({r.child_id for r in running}),
            sponsors=len({r.sponsor.casefold() for r in running}),
            sponsorship_vnd=sum(
                (r.monthly_vnd or 0) * _months_in(r.start_date, r.end_date or end, start, end)
                for r in running
            ),
            payment_children=paid.children,
            payment_months=paid.months,
            payment_vnd=paid.amount_vnd,
        )

    # --- helpers -----------------------------------------------------------------------------------
    @staticmethod
    def _activity(s: Session, activity_id: int) -> ActivityRecord:
        record = s.get(ActivityRecord, activity_id)
        if record is None:
            raise NotFound(f"Không tìm thấy hoạt động số {activity_id}. Có thể dữ liệu đã thay "
                           "đổi; hãy tải lại danh sách.")  # fmt: skip
        return record

    @staticmethod
    def _sponsorship(s: Session, sponsorship_id: int) -> SponsorshipRecord:
        record = s.get(SponsorshipRecord, sponsorship_id)
        if record is None:
            raise NotFound(f"Không tìm thấy việc nhận đỡ đầu số {sponsorship_id}. Hãy tải lại "
                           "danh sách.")  # fmt: skip
        return record

    @staticmethod
    def _child(s: Session, child_id: int, field: str) -> ChildRecord:
        child = s.get(ChildRecord, child_id)
        if child is None:
            raise InvalidInput({field: "Không tìm thấy trẻ em đã chọn. Hãy chọn lại."})
        if child.archived:
            raise InvalidInput({field: f"Hồ sơ của {child.full_name} ({child.code}) đã được lưu "
                                "trữ. Hãy khôi phục hồ sơ trước khi ghi thêm."})  # fmt: skip
        return child

    def _check_children(
        self, s: Session, child_ids: tuple[int, ...], allow_archived: set[int] | None = None
    ) -> None:
        """Every child exists; an archived one only if it was already linked (kept on edit)."""
        if not child_ids:
            return
        found = dict(
            s.execute(
                select(ChildRecord.id, ChildRecord.archived).where(ChildRecord.id.in_(child_ids))
            ).all()
        )
        missing = [c for c in child_ids if c not in found]
        if missing:
            raise InvalidInput({"child_ids": "Một số trẻ em đã chọn không còn trong sổ. Hãy "
                                "chọn lại danh sách trẻ em liên quan."})  # fmt: skip
        keep = allow_archived or set()
        archived = [c for c in child_ids if found[c] and c not in keep]
        if archived:
            raise InvalidInput({"child_ids": "Có trẻ em đã chọn có hồ sơ đã lưu trữ. Hãy bỏ trẻ "
                                "đó hoặc khôi phục hồ sơ trước."})  # fmt: skip

    @staticmethod
    def _linked(s: Session, activity_id: int) -> set[int]:
        return set(
            s.scalars(
                select(ActivityChildRecord.child_id).where(
                    ActivityChildRecord.activity_id == activity_id
                )
            )
        )

    @staticmethod
    def _children_of(s: Session, activity_ids: list[int]) -> dict[int, tuple[ActivityChild, ...]]:
        if not activity_ids:
            return {}
        result: dict[int, list[ActivityChild]] = {}
        link = ActivityChildRecord
        for chunk in range(0, len(activity_ids), 500):
            rows = s.execute(
                select(link.activity_id, ChildRecord.id, ChildRecord.code, ChildRecord.full_name)
                .join(ChildRecord, ChildRecord.id == link.child_id)
                .where(link.activity_id.in_(activity_ids[chunk : chunk + 500]))
                .order_by(ChildRecord.sort_key, ChildRecord.id)
            )
            for activity_id, child_id, code, name in rows:
                result.setdefault(activity_id, []).append(
                    ActivityChild(id=child_id, code=code, full_name=name)
                )
        return {k: tuple(v) for k, v in result.items()}

    @staticmethod
    def _out(r: ActivityRecord, children: tuple[ActivityChild, ...]) -> ActivityOut:
        kind = ActivityKind(r.kind)
        source = FundingSource(r.budget_source) if r.budget_source else None
        return ActivityOut(
            id=r.id, held_on=r.held_on, kind=kind, kind_label=kind.label, title=r.title,
            place=r.place, organiser=r.organiser, participants_total=r.participants_total,
            participants_children=r.participants_children,
            participants_parents=r.participants_parents,
            participants_staff=r.participants_staff, children=children,
            budget_vnd=r.budget_vnd, budget_source=source,
            budget_source_label=source.label if source else "", note=r.note,
            archived=r.archived, created_at=r.created_at, updated_at=r.updated_at,
        )  # fmt: skip


def _activity_summary(data: ActivityIn) -> str:
    return f"{data.kind.label}: {data.title} ({format_date(data.held_on)})"


def _sponsorship_summary(data: SponsorshipIn, child_name: str) -> str:
    money = f", {format_money(data.monthly_vnd)} đ/tháng" if data.monthly_vnd else ""
    return f"{data.sponsor} nhận đỡ đầu {child_name}: {data.support}{money}"


def _sponsorship_out(r: SponsorshipRecord, code: str, name: str) -> SponsorshipOut:
    return SponsorshipOut(
        id=r.id, child_id=r.child_id, sponsor=r.sponsor, sponsor_contact=r.sponsor_contact,
        support=r.support, monthly_vnd=r.monthly_vnd, start_date=r.start_date,
        end_date=r.end_date, note=r.note, child_code=code, child_name=name, archived=r.archived,
        created_at=r.created_at, updated_at=r.updated_at,
    )  # fmt: skip
