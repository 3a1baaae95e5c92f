"""The programme's indicators, each a few SQL queries however many children there are.

Later issues add their figures here; ``for_year`` is the object ``commune-care indicators --year``
prints, one key per figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ClassificationRecord, SettingRecord
from commune_care.db.models.support import ChildServiceRecord
from commune_care.db.repositories import indicators as ind
from commune_care.db.repositories.children import ChildRepository
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.dates import format_date
from commune_care.domain.errors import InvalidInput
from commune_care.domain.groups import GROUP_BY_CODE, MENTAL_HEALTH_CODES
from commune_care.domain.schemas.care import OrphanIndicator
from commune_care.domain.schemas.dashboard import TARGET_LABELS, Targets
from commune_care.domain.schemas.support import MentalHealthFlagOut, MentalHealthIndicator
from commune_care.domain.support import (
    MENTAL_HEALTH_REACHED_SETTING_KEY,
    MENTAL_HEALTH_TARGET_PCT,
    MENTAL_HEALTH_TARGET_SETTING_KEY,
    ORPHANS_IN_CARE_TARGET_PCT,
    ORPHANS_TARGET_SETTING_KEY,
    ServiceType,
    format_service_types,
    percent,
)
from commune_care.services import audit
from commune_care.services.support import services_of

__all__ = ["IndicatorsService"]

_MH_CODES = sorted(MENTAL_HEALTH_CODES)
_flagged_in, _served, _orphans_on, _in_care = (
    ind.flagged_in,
    ind.served,
    ind.orphans_on,
    ind.in_care,
)
TARGET_KEYS = {
    "mental_health": (MENTAL_HEALTH_TARGET_SETTING_KEY, MENTAL_HEALTH_TARGET_PCT),
    "orphans_in_care": (ORPHANS_TARGET_SETTING_KEY, ORPHANS_IN_CARE_TARGET_PCT),
}


def _stored_target(s: Session, key: str) -> int:
    setting, default = TARGET_KEYS[key]
    record = s.get(SettingRecord, setting)
    if record is not None and record.value.strip().isdigit():
        value = int(record.value.strip())
        if 1 <= value <= 100:
            return value
    return default


class IndicatorsService:
    """The indicators of the programme for a period or a year."""

    def __init__(
        self,
        db: Database,
        user: str | Actor | None = None,
        reached_types: Iterable[ServiceType] | None = None,
    ) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail
        self._reached_types = frozenset(reached_types) if reached_types is not None else None

    # --- which services count as "reached" (QĐ 1591) -------------------------------------
    def mental_health_reached_types(self) -> frozenset[ServiceType]:
        """Given to the service, else the commune's setting, else counselling and social help."""
        require(self.actor, Permission.VIEW_STATISTICS)
        if self._reached_types is not None:
            return self._reached_types
        with self.db.session() as s:
            return self._stored_reached_types(s)

    def set_mental_health_reached_types(
        self, types: Iterable[ServiceType]
    ) -> frozenset[ServiceType]:
        """Store which service types count as reaching a flagged child (the commune's choice)."""
        require(self.actor, Permission.EDIT_SETTINGS)
        chosen = frozenset(types)
        if not chosen:
            raise InvalidInput(
                {"reached_types": "Hãy chọn ít nhất một loại dịch vụ được tính là đã tiếp cận."}
            )
        with self.db.session() as s:
            old = self._stored_reached_types(s)
            record = s.get(SettingRecord, MENTAL_HEALTH_REACHED_SETTING_KEY)
            if record is None:
                record = SettingRecord(key=MENTAL_HEALTH_REACHED_SETTING_KEY, value="")
                s.add(record)
            record.value = format_service_types(chosen)
            if old != chosen:
                summary = ", ".join(t.label for t in ServiceType if t in chosen)
                audit.record(s, self.user, "update", "setting", None, {
                    "key": MENTAL_HEALTH_REACHED_SETTING_KEY,
                    "value": [format_service_types(old), record.value],
                    "summary": f"Dịch vụ tính là đã tiếp cận (QĐ 1591): {summary}",
                })  # fmt: skip
        self._reached_types = None
        return chosen

    @staticmethod
    def _stored_reached_types(s: Session) -> frozenset[ServiceType]:
        return ind.stored_reached_types(s)

    # --- the targets (QĐ 1591: 80 % and 100 %, or the commune's own) -----------------------------
    def targets(self) -> Targets:
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            return Targets(
                mental_health_pct=_stored_target(s, "mental_health"),
                orphans_in_care_pct=_stored_target(s, "orphans_in_care"),
            )

    def set_targets(self, targets: Targets) -> Targets:
        """Store the commune's targets (an audit row for each that changed)."""
        require(self.actor, Permission.EDIT_SETTINGS)
        with self.db.session() as s:
            for key, value in (("mental_health", targets.mental_health_pct),
                               ("orphans_in_care", targets.orphans_in_care_pct)):  # fmt: skip
                setting, _default = TARGET_KEYS[key]
                old = _stored_target(s, key)
                record = s.get(SettingRecord, setting)
                if record is None:
                    record = SettingRecord(key=setting, value="")
                    s.add(record)
                record.value = str(value)
                if old != value:
                    audit.record(s, self.user, "update", "setting", None, {
                        "key": setting, "value": [old, value],
                        "summary": f"Chỉ tiêu {TARGET_LABELS[key]}: {value} %",
                    })  # fmt: skip
        return targets

    # --- mental health (QĐ 1591/QĐ-TTg) --------------------------------------------------
    def mental_health(
        self, period_start: date, period_end: date, with_list: bool = True
    ) -> MentalHealthIndicator:
        """Of the children flagged (có vấn đề sức khỏe tâm thần / nguy cơ cao) on some day of
        the period and not archived, those who received at least one service of the "reached"
        types on some day of the period; and the list of those not reached, in name order."""
        require(self.actor, Permission.VIEW_STATISTICS)
        if period_end < period_start:
            raise InvalidInput(
                {"period_end": f"Ngày cuối kỳ ({format_date(period_end)}) trước ngày đầu kỳ "
                 f"({format_date(period_start)}). Hãy kiểm tra lại."}
            )  # fmt: skip
        types = self.mental_health_reached_types()
        with self.db.session() as s:
            flagged = _flagged_in(period_start, period_end).subquery()
            reached = _served(flagged.c.child_id, types, period_start, period_end)
            # COUNT … FILTER, not SUM(EXISTS …): SQLAlchemy would read a boolean sum as True.
            counted = select(
                func.count(), func.count().filter(reached.correlate(flagged))
            ).select_from(flagged)
            total, served = s.execute(counted).one()
            target = _stored_target(s, "mental_health")
            # the names need the register's permission; the figures do not
            not_reached_ids: list[int] = []
            if with_list and self.actor.can(Permission.VIEW_CHILDREN):
                not_reached_ids = list(
                    s.scalars(
                        select(flagged.c.child_id)
                        .join(ChildRecord, ChildRecord.id == flagged.c.child_id)
                        .where(~reached.correlate(flagged))
                        .order_by(ChildRecord.sort_key, ChildRecord.id)
                    )
                )
            summaries = ChildRepository(s).summaries(not_reached_ids, period_end)
        return MentalHealthIndicator(
            period_start=period_start,
            period_end=period_end,
            flagged_children=int(total),
            reached_children=int(served),
            reached_pct=percent(int(served), int(total)),
            not_reached=tuple(summaries),
            reached_types=tuple(t for t in ServiceType if t in types),
            target_pct=target,
        )

    def mental_health_cumulative(self, start: date, ends: Sequence[date]) -> list[tuple[int, int]]:
        """``mental_health(start, end)``'s (flagged, reached) for each of ``ends`` (quarters of
        a year) from one query: per flagged child, its first flag and its first "reached"
        service that still ran on ``start`` — a child counts by ``end`` when that first flag
        began by then, and as reached when that first service did too."""
        if not ends:
            return []
        last = max(ends)
        types = sorted(t.value for t in self.mental_health_reached_types())
        cl, sv = ClassificationRecord, ChildServiceRecord
        first_flag = (
            select(cl.child_id.label("child_id"), func.min(cl.start_date).label("flagged"))
            .join(ChildRecord, ChildRecord.id == cl.child_id)
            .where(cl.group_code.in_(_MH_CODES), cl.start_date <= last,
                   or_(cl.end_date.is_(None), cl.end_date >= start),
                   ChildRecord.archived.is_(False))
            .group_by(cl.child_id)
            .subquery()
        )  # fmt: skip
        first_service = (
            select(func.min(sv.start_date))
            .where(sv.child_id == first_flag.c.child_id, sv.type.in_(types),
                   sv.start_date <= last, or_(sv.end_date.is_(None), sv.end_date >= start))
            .correlate(first_flag)
            .scalar_subquery()
        )  # fmt: skip
        with self.db.session() as s:
            rows = s.execute(select(first_flag.c.flagged, first_service)).all()
        result = []
        for end in ends:
            flagged = [served for flag, served in rows if flag <= end]
            reached = sum(1 for served in flagged if served is not None and served <= end)
            result.append((len(flagged), reached))
        return result

    def mental_health_flags(self, on: date | None = None) -> list[MentalHealthFlagOut]:
        """Every mental-health flag active on ``on`` (today by default) of a child not archived:
        who identified it, when, on what basis, and the services the child received up to that
        day. ``reached``: a service of the "reached" types given since the flag began."""
        require(self.actor, Permission.VIEW_CHILDREN)
        on = on or date.today()
        types = self.mental_health_reached_types()
        cl = ClassificationRecord
        with self.db.session() as s:
            rows = s.execute(
                select(cl)
                .join(ChildRecord, ChildRecord.id == cl.child_id)
                .where(
                    cl.group_code.in_(_MH_CODES),
                    cl.start_date <= on,
                    or_(cl.end_date.is_(None), cl.end_date >= on),
                    ChildRecord.archived.is_(False),
                )
                .order_by(ChildRecord.sort_key, cl.child_id, cl.start_date, cl.id)
            ).scalars()
            flags = list(rows)
            child_ids = list(dict.fromkeys(f.child_id for f in flags))
            children = {c.id: c for c in ChildRepository(s).summaries(child_ids, on)}
            services = services_of(s, child_ids, until=on)
        hide = not self.actor.can(Permission.VIEW_CONFIDENTIAL)  # basis, note: Điều 24
        result = []
        for flag in flags:
            received = tuple(services.get(flag.child_id, ()))
            result.append(
                MentalHealthFlagOut(
                    classification_id=flag.id,
                    child=children[flag.child_id],
                    group_code=flag.group_code,
                    group_label=GROUP_BY_CODE[flag.group_code].label,
                    identified_by=flag.identified_by or "",
                    identified_on=flag.start_date,
                    end_date=flag.end_date,
                    basis="" if hide else flag.basis,
                    note="" if hide else flag.note,
                    details_hidden=hide,
                    services=received,
                    reached=any(
                        sv.type in types and sv.overlaps(flag.start_date, on) for sv in received
                    ),
                )
            )
        return result

    # --- orphans in alternative care (QĐ 1591/QĐ-TTg) ---------------------------------------
    def orphans(self, on: date, with_list: bool = True) -> OrphanIndicator:
        """The orphans on ``on`` — of both parents (hcdb_a) and of one parent
        (mo_coi_cha_hoac_me), classified so that day, not archived, under 16 — how many had a
        placement of alternative care running that day, and those who had none (in name
        order; left empty when ``with_list`` is False, for the figures alone). A few queries
        whatever the size of the register."""
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            orphans = _orphans_on(on).subquery()
            in_care = _in_care(orphans.c.child_id, on).correlate(orphans)
            both = orphans.c.both == 1
            counted = select(
                func.count().filter(both),
                func.count().filter(both, in_care),
                func.count().filter(~both),
                func.count().filter(~both, in_care),
            ).select_from(orphans)
            both_n, both_care, one_n, one_care = s.execute(counted).one()
            target = _stored_target(s, "orphans_in_care")
            if not with_list or not self.actor.can(Permission.VIEW_CHILDREN):
                return OrphanIndicator(
                    on=on,
                    both_parents=int(both_n),
                    both_parents_in_care=int(both_care),
                    one_parent=int(one_n),
                    one_parent_in_care=int(one_care),
                    not_in_care=(),
                    target_pct=target,
                )
            missing = list(
                s.scalars(
                    select(orphans.c.child_id)
                    .join(ChildRecord, ChildRecord.id == orphans.c.child_id)
                    .where(~_in_care(orphans.c.child_id, on).correlate(orphans))
                    .order_by(ChildRecord.sort_key, ChildRecord.id)
                )
            )
            summaries = ChildRepository(s).summaries(missing, on)
        return OrphanIndicator(
            on=on,
            both_parents=int(both_n),
            both_parents_in_care=int(both_care),
            one_parent=int(one_n),
            one_parent_in_care=int(one_care),
            not_in_care=tuple(summaries),
            target_pct=target,
        )

    # --- all indicators of a year ------------------------------------------------------------
    def for_year(self, year: int, today: date | None = None) -> dict[str, Any]:
        """The year's figures as plain JSON values, one key per figure. Figures of a day (the
        orphans) are taken on 31/12 of the year, or today while the year is not over."""
        require(self.actor, Permission.VIEW_STATISTICS)
        if not 1900 <= year <= 9999:
            raise InvalidInput({"year": f"Năm {year} không hợp lệ. Hãy nhập năm có 4 chữ số."})
        mental = self.mental_health(date(year, 1, 1), date(year, 12, 31), with_list=False)
        orphans = self.orphans(min(date(year, 12, 31), today or date.today()), with_list=False)
        return {
            "year": year,
            "mental_health_children": mental.flagged_children,
            "mental_health_reached": mental.reached_children,
            "mental_health_reached_pct": mental.reached_pct,
            "mental_health_not_reached": mental.flagged_children - mental.reached_children,
            "mental_health_target_pct": mental.target_pct,
            "mental_health_reached_types": [t.value for t in mental.reached_types],
            "orphans_on": orphans.on.isoformat(),
            "orphans": orphans.total,
            "orphans_in_alternative_care": orphans.in_care,
            "orphans_in_alternative_care_pct": orphans.in_care_pct,
            "orphans_not_in_alternative_care": orphans.total - orphans.in_care,
            "orphans_in_alternative_care_target_pct": orphans.target_pct,
            "orphans_both_parents": orphans.both_parents,
            "orphans_both_parents_in_alternative_care": orphans.both_parents_in_care,
            "orphans_both_parents_in_alternative_care_pct": orphans.both_parents_pct,
            "orphans_one_parent": orphans.one_parent,
            "orphans_one_parent_in_alternative_care": orphans.one_parent_in_care,
            "orphans_one_parent_in_alternative_care_pct": orphans.one_parent_pct,
        }
