"""Demo cases, providers, services and referrals (issue #3) for the demo commune.

Called by ``generate_demo`` after the children are written, in the same transaction. It writes:

- the commune's **providers** (trạm y tế, schools, bệnh viện, Trung tâm Công tác xã hội, Công an
  xã, Hội Liên hiệp Phụ nữ, …) named after the commune and province;
- about 3 **cases** per 1,000 children (at least twenty from 1,000 children up, so that every stage
  appears), at every stage of Nghị định 56: intake only, initial assessment, emergency action with
  temporary separation, detailed assessment and meeting, plan, approval, implementation, review
  (with a new cycle or waiting to close), closed (after the review, or early with a reason) and
  reopened. Some children are unknown at intake, most of them linked to a child later. Dates are
  placed before today so that some deadlines are overdue and others on time;
- the **services** the plans' tasks gave, and counselling or social help for about 85 % of the
  children flagged with a mental-health problem or high risk (so the QĐ 1591 indicator is
  plausible, not 100 %), a health check only for some others;
- **referrals** in every status.

Every step is built as the step's DTO (all validators run) and checked against the case so far
with the rule the service applies (``order_errors``); the columns are written with the service's
own mappings, and ``CasesService._refresh`` computes stage, level, next action and due time, so
the rows are what the service itself would have written.

Determinism: one ``random.Random`` derived from the seed; each case takes a fixed block of draws.
Times are placed relative to ``today`` (events end by the evening before it), never to the clock.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from commune_care.db.models import (
    CaseCycleRecord,
    CaseLogEntryRecord,
    CasePlanTaskRecord,
    CaseRecord,
    ChildRecord,
    ChildServiceRecord,
    ClassificationRecord,
    ProviderRecord,
    ReferralRecord,
)
from commune_care.db.session import Database
from commune_care.domain.cases import (
    AbuseKind,
    CaseSnapshot,
    CycleStart,
    IntakeChannel,
    ReviewOutcome,
    RiskLevel,
    TaskFacts,
    TaskStatus,
)
from commune_care.domain.enums import Sex
from commune_care.domain.ethnicities import KINH_CODE
from commune_care.domain.groups import MENTAL_HEALTH_CODES
from commune_care.domain.schemas.cases import (
    ApprovalIn,
    ClosureIn,
    DetailedAssessmentIn,
    EmergencyIn,
    InitialAssessmentIn,
    IntakeIn,
    LogEntryIn,
    MeetingIn,
    PlanIn,
    PlanSubmissionIn,
    PlanTaskIn,
    ReopenIn,
    ReviewIn,
    TaskStatusIn,
    order_errors,
)
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.domain.schemas.support import ProviderIn, ReferralIn, ServiceIn
from commune_care.domain.support import (
    Programme,
    ProviderKind,
    ReferralStatus,
    ServiceType,
)
from commune_care.domain.textfold import fold
from commune_care.services.cases import (
    _APPROVAL,
    _CLOSURE,
    _DETAILED,
    _EMERGENCY,
    _INITIAL,
    _MEETING,
    _REVIEW,
    CasesService,
    case_code,
)
from commune_care.services.demo import _adult_name, _Draws, _province_label, _Weighted
from commune_care.services.demo_names import (
    CASE_ABUSE_PLACES,
    CASE_ACTIONS_TAKEN,
    CASE_CLOSE_REASONS,
    CASE_CONDITIONS,
    CASE_DETAIL_ITEMS,
    CASE_EMERGENCY_MEASURES,
    CASE_FAMILY_SITUATIONS,
    CASE_INFORMANT_RELATIONSHIPS,
    CASE_INITIAL_NOTES,
    CASE_LOG_TEXTS,
    CASE_MEETING_CONCLUSIONS,
    CASE_REOPEN_REASONS,
    CASE_REVIEW_NOTES,
    CASE_SAFE_PLACES,
)
from commune_care.services.support import _plain

__all__ = ["CASE_SHARE", "SCENARIOS", "DemoCasesResult", "case_count", "generate_cases"]

CASE_SHARE = 0.003  # cases per child: a commune of 100,000 children has about 300
# Every stage a demo shows, in the decree's order.
SCENARIOS = (
    "intake",
    "initial",
    "emergency",
    "detailed",
    "planned",
    "approved",
    "implementation",
    "reviewed",
    "closed",
    "reopened",
)
_SCENARIO_WEIGHTS = _Weighted(
    [
        ("intake", 3.0),
        ("initial", 5.0),
        ("emergency", 3.0),
        ("detailed", 6.0),
        ("planned", 6.0),
        ("approved", 5.0),
        ("implementation", 24.0),
        ("reviewed", 8.0),
        ("closed", 35.0),
        ("reopened", 5.0),
    ]
)
# Groups of children whom cases are about (abused, at risk, …).
_CASE_GROUPS = ("bi_xam_hai", "nguy_co", "hcdb_i", "hcdb_k", "hcdb_l", "hcdb_m", "hcdb_b", "hcdb_h")
_CHANNELS = _Weighted(
    [
        (IntakeChannel.PHONE, 35.0),
        (IntakeChannel.IN_PERSON, 30.0),
        (IntakeChannel.VIA_OTHER, 20.0),
        (IntakeChannel.HOTLINE_111, 15.0),
    ]
)
_LEVELS = _Weighted([(RiskLevel.HIGH, 35.0), (RiskLevel.MEDIUM, 40.0), (RiskLevel.LOW, 25.0)])
_ABUSE = _Weighted(
    [
        (AbuseKind.VIOLENCE, 45.0),
        (AbuseKind.NEGLECT, 20.0),
        (AbuseKind.SEXUAL_ABUSE, 12.0),
        (AbuseKind.EXPLOITATION, 8.0),
        (AbuseKind.ABANDONMENT, 5.0),
        (AbuseKind.OTHER, 10.0),
    ]
)
_REFERRAL_STATUSES = _Weighted(
    [
        (ReferralStatus.SENT, 15.0),
        (ReferralStatus.ACCEPTED, 20.0),
        (ReferralStatus.SERVED, 55.0),
        (ReferralStatus.DECLINED, 10.0),
    ]
)
_FEEDBACK = {
    ReferralStatus.ACCEPTED: (
        "Đã tiếp nhận, hẹn lịch làm việc với trẻ và gia đình trong tuần.",
        "Đã tiếp nhận hồ sơ, sẽ bố trí cán bộ phụ trách.",
    ),
    ReferralStatus.SERVED: (
        "Đã cung cấp dịch vụ; trẻ hợp tác tốt, đề nghị tiếp tục theo dõi tại cộng đồng.",
        "Đã hoàn thành các buổi hỗ trợ theo đề nghị.",
    ),
    ReferralStatus.DECLINED: (
        "Không thuộc phạm vi hỗ trợ của đơn vị; đề nghị chuyển Trung tâm Công tác xã hội.",
        "Gia đình không đồng ý đưa trẻ đến, đề nghị xã tiếp tục vận động.",
    ),
}
CASE_DRAWS = 200
MH_DRAWS = 16
MH_REACHED = 0.86  # share of the flagged children reached by counselling or social help
_H = 1.0
_D = 24.0

# A plan's possible tasks: description, service type (None: a task), provider role, budget.
_TASKS: tuple[tuple[str, ServiceType | None, str, int], ...] = (
    ("Khám sức khỏe, điều trị cho trẻ", ServiceType.HEALTH, "station", 500_000),
    ("Tư vấn, trị liệu tâm lý cho trẻ", ServiceType.COUNSELLING, "ctxh", 3_000_000),
    ("Hỗ trợ trẻ tiếp tục đi học; miễn, giảm học phí", ServiceType.EDUCATION, "school", 1_500_000),
    ("Trợ giúp pháp lý cho trẻ và gia đình", ServiceType.LEGAL_AID, "legal", 0),
    ("Trợ cấp xã hội, hỗ trợ gạo và đồ dùng thiết yếu", ServiceType.SOCIAL_ASSISTANCE, "ubnd", 2_000_000),
    ("Tư vấn kỹ năng làm cha mẹ cho gia đình", ServiceType.COUNSELLING, "women", 500_000),
    ("Theo dõi, giám sát an toàn của trẻ tại gia đình", None, "ubnd", 0),
    ("Phối hợp xác minh, xử lý người có hành vi xâm hại trẻ", None, "police", 0),
)  # fmt: skip


@dataclass(frozen=True)
class DemoCasesResult:
    cases: int
    services: int
    referrals: int
    providers: int


def case_count(children: int) -> int:
    """How many cases a commune of ``children`` children gets in the demo."""
    if children <= 0:
        return 0
    return max(round(children * CASE_SHARE), min(2 * len(SCENARIOS), children // 50))


# --- providers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Provider:
    id: int
    name: str
    kind: ProviderKind


def _provider_plan(
    d: _Draws, profile: CommuneProfileIn, schools: Sequence[str], village: str
) -> dict[str, ProviderIn]:
    commune = profile.commune_name[:1].lower() + profile.commune_name[1:]
    province = _province_label(profile.province_name)

    def phone() -> str:
        return f"02{10 + d.index(90)} {3_000_000 + d.index(1_000_000):07d}"

    here = f"{village}, {commune}" if village else commune
    plan = {
        "station": ProviderIn(name=f"Trạm Y tế {commune}", kind=ProviderKind.HEALTH_FACILITY,
                              address=here, phone=phone()),
        "hospital": ProviderIn(name=f"Bệnh viện Đa khoa {province}",
                               kind=ProviderKind.HEALTH_FACILITY, address=province, phone=phone()),
        "psychiatry": ProviderIn(name=f"Bệnh viện Tâm thần {province}",
                                 kind=ProviderKind.HEALTH_FACILITY, address=province,
                                 phone=phone()),
        "ctxh": ProviderIn(name=f"Trung tâm Công tác xã hội {province}",
                           kind=ProviderKind.SOCIAL_ASSISTANCE_FACILITY, address=province,
                           phone=phone()),
        "btxh": ProviderIn(name=f"Cơ sở Bảo trợ xã hội tổng hợp {province}",
                           kind=ProviderKind.SOCIAL_ASSISTANCE_FACILITY, address=province,
                           phone=phone()),
        "hotline": ProviderIn(name="Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
                              kind=ProviderKind.CHILD_PROTECTION_FACILITY, address="Hà Nội",
                              note="Gọi miễn phí 111, 24/7"),
        "police": ProviderIn(name=f"Công an {commune}", kind=ProviderKind.OTHER, address=here,
                             phone=phone()),
        "women": ProviderIn(name=f"Hội Liên hiệp Phụ nữ {commune}", kind=ProviderKind.COMMUNITY,
                            address=here),
        "youth": ProviderIn(name=f"Đoàn Thanh niên {commune}", kind=ProviderKind.COMMUNITY,
                            address=here),
        "legal": ProviderIn(name=f"Trung tâm Trợ giúp pháp lý nhà nước {province}",
                            kind=ProviderKind.OTHER, address=province, phone=phone()),
        "ubnd": ProviderIn(name=f"Ủy ban nhân dân {commune}", kind=ProviderKind.OTHER,
                           address=here),
    }  # fmt: skip
    for i, school in enumerate(schools):
        plan[f"school{i}"] = ProviderIn(name=school, kind=ProviderKind.SCHOOL, address=here,
                                        phone=phone())  # fmt: skip
    return plan


def _ensure_providers(
    s: Session, plan: dict[str, ProviderIn], at: datetime
) -> tuple[dict[str, _Provider], int]:
    """The planned providers; those the database has already (same folded name) are reused."""
    existing = {
        key: (pid, name, kind)
        for pid, key, name, kind in s.execute(
            select(
                ProviderRecord.id, ProviderRecord.name_key, ProviderRecord.name, ProviderRecord.kind
            )
        )
    }
    out: dict[str, _Provider] = {}
    created = 0
    for role, data in plan.items():
        key = fold(data.name)
        if key in existing:
            pid, name, kind = existing[key]
            out[role] = _Provider(pid, name, ProviderKind(kind))
            continue
        record = ProviderRecord(**_plain(data), name_key=key, created_at=at, updated_at=at)
        s.add(record)
        s.flush()
        existing[key] = (record.id, record.name, data.kind.value)
        out[role] = _Provider(record.id, data.name, data.kind)
        created += 1
    return out, created


# --- the timeline of a case ---------------------------------------------------------------------


@dataclass
class _Task:
    start: float
    end: float
    status: TaskStatus = TaskStatus.TODO
    changed: float | None = None  # when the status was set


@dataclass
class _Timeline:
    """When each step happened, in hours after the intake; ``None``: not recorded."""

    scenario: str
    d: _Draws
    order: int
    initial: float | None = None
    emergency_needed: bool = False
    emergency: float | None = None
    separation_days: int | None = None  # planned length; None: open-ended
    separated: bool = False
    detail: float | None = None
    meeting: float | None = None
    plan: float | None = None
    submit: float | None = None
    approve: float | None = None
    tasks: list[_Task] = field(default_factory=list)
    logs: list[float] = field(default_factory=list)
    review: float | None = None
    outcome: ReviewOutcome | None = None
    close: float | None = None
    early_close: bool = False
    reopen: float | None = None
    reopen_initial: float | None = None
    last: float = 0.0
    received_at: datetime = datetime.min


def _timeline(d: _Draws, scenario: str, order: int) -> _Timeline:
    t = _Timeline(scenario, d, order)
    rank = SCENARIOS.index(scenario)
    t.early_close = scenario == "closed" and d.chance(0.25)
    last = 0.0
    if rank >= 1:
        t.initial = d.between(1, 10) if d.chance(0.85) else d.between(13, 40)
        last = t.initial
        t.emergency_needed = scenario == "emergency" or (
            rank >= 3 and not t.early_close and d.chance(0.25)
        )
        if t.emergency_needed:
            late = not d.chance(0.85)
            t.emergency = max(t.initial, d.between(7, 20) if late else d.between(2, 11.5))
            t.separated = d.chance(0.7)
            t.separation_days = None if scenario == "emergency" and d.chance(0.5) else (
                3 + d.index(13)
            )  # fmt: skip
            last = t.emergency
    if t.early_close:
        t.close = last + d.between(1, 6) * _D
        last = t.close
    elif rank >= 3:
        t.detail = last + (d.between(1, 5) if d.chance(0.9) else d.between(6, 10)) * _D
        last = t.detail
        if rank >= 4 or d.chance(0.6):
            t.meeting = last + d.between(0, 2) * _D
            last = t.meeting
    if rank >= 4 and not t.early_close:
        t.plan = last + (d.between(0, 3) if d.chance(0.9) else d.between(5, 9)) * _D
        last = t.plan
        if rank >= 5 or d.chance(0.5):
            t.submit = last + d.between(0, 2) * _D
            last = t.submit
    if rank >= 5 and not t.early_close:
        assert t.submit is not None
        t.approve = t.submit + (d.between(0, 2.5) if d.chance(0.85) else d.between(4, 8)) * _D
        last = t.approve
        for _ in range(2 + d.index(3)):
            start = t.approve + d.between(0, 7) * _D
            t.tasks.append(_Task(start, start + d.between(14, 90) * _D))
    if scenario == "implementation":
        assert t.approve is not None
        ref = t.approve + d.between(10, 150) * _D
        for task in t.tasks:
            if task.end <= ref and d.chance(0.8):
                task.status, task.changed = (
                    TaskStatus.DONE,
                    min(ref, task.end + d.between(0, 3) * _D),
                )
            elif task.start <= ref:
                task.status, task.changed = TaskStatus.IN_PROGRESS, task.start
        if all(task.status is TaskStatus.TODO for task in t.tasks):
            t.tasks[0].status, t.tasks[0].changed = TaskStatus.IN_PROGRESS, t.tasks[0].start
        t.logs = sorted(t.approve + d.between(1, ref - t.approve) for _ in range(1 + d.index(4)))
        last = max([ref, *t.logs, *(x.changed or 0 for x in t.tasks)])
    if rank >= 7 and not t.early_close:
        assert t.approve is not None
        for task in t.tasks:
            if d.chance(0.9):
                task.status, task.changed = TaskStatus.DONE, task.end
            else:
                task.status = TaskStatus.CANCELLED
                task.changed = task.start + d.between(0, task.end - task.start)
        ends = max(task.end for task in t.tasks)
        t.logs = sorted(t.approve + d.between(1, ends - t.approve) for _ in range(2 + d.index(4)))
        t.review = ends + d.between(0, 20) * _D
        new_cycle = scenario == "reviewed" and d.chance(0.5)
        t.outcome = ReviewOutcome.NEW_CYCLE if new_cycle else ReviewOutcome.CLOSE
        last = t.review
    if rank >= 8 and not t.early_close:
        t.close = last + d.between(0, 10) * _D
        last = t.close
    if scenario == "reopened":
        t.reopen = last + d.between(20, 200) * _D
        last = t.reopen
        if d.chance(0.6):
            t.reopen_initial = last + d.between(1, 10) * _H
            last = t.reopen_initial
    t.last = last
    return t


# How long a case has been waiting at its stage (hours before the evening before today).
_IDLE: dict[str, tuple[float, float]] = {
    "intake": (0, 30),
    "initial": (0, 10 * _D),
    "emergency": (0, 12 * _D),
    "detailed": (0, 9 * _D),
    "planned": (0, 6 * _D),
    "approved": (0, 20 * _D),
    "implementation": (0, 5 * _D),
    "reviewed": (0, 15 * _D),
    "closed": (0, 300 * _D),
    "reopened": (0, 8 * _D),
}


# --- the generator ------------------------------------------------------------------------------


class _CasesGenerator:
    def __init__(
        self,
        s: Session,
        db: Database,
        rng: random.Random,
        profile: CommuneProfileIn,
        providers: dict[str, _Provider],
        today: date,
    ) -> None:
        self.s = s
        self.rng = rng
        self.profile = profile
        self.providers = providers
        self.today = today
        self.service = CasesService(db, user="demo")
        self.officer = profile.officer_name or "Cán bộ Lao động - Thương binh và Xã hội"
        self.chair = profile.chairman_name or "Chủ tịch Ủy ban nhân dân xã"
        self.vice = profile.vice_chairman_name or self.chair
        commune = profile.commune_name
        self.commune = commune[:1].lower() + commune[1:]
        self.services = 0
        self.referrals = 0
        self.decisions = 0
        self.seqs: dict[int, int] = {
            int(year): int(seq or 0)
            for year, seq in s.execute(
                select(CaseRecord.year, func.max(CaseRecord.seq)).group_by(CaseRecord.year)
            )
        }
        self.schools = [p for role, p in providers.items() if role.startswith("school")]

    # --- helpers ---------------------------------------------------------------------------
    def at(self, t: _Timeline, hours: float) -> datetime:
        return (t.received_at + timedelta(hours=hours)).replace(second=0, microsecond=0)

    def on(self, t: _Timeline, hours: float) -> date:
        return self.at(t, hours).date()

    def decision_no(self) -> str:
        self.decisions += 1
        return f"{self.decisions:02d}/QĐ-UBND"

    def check(self, data: BaseModel, cycle: CaseCycleRecord, logs: int) -> None:
        """The service's rule for the order of dates; a demo that breaks it is a bug here."""
        if errors := order_errors(data, _snapshot(cycle, logs)):
            raise RuntimeError(f"demo case out of order: {errors}")

    def apply(self, cycle: CaseCycleRecord, data: BaseModel, columns: Any, logs: int = 0) -> None:
        self.check(data, cycle, logs)
        CasesService._apply(cycle, data, columns)

    # --- one case --------------------------------------------------------------------------
    def case(self, t: _Timeline, child: _Child | None, linked: bool) -> CaseRecord:
        d, s = t.d, self.s
        kinds = {d.weighted(_ABUSE)}
        if d.chance(0.3):
            kinds.add(d.weighted(_ABUSE))
        channel = d.weighted(_CHANNELS)
        informant_male = d.chance(0.4)
        informant = _adult_name(d, KINH_CODE, informant_male)
        relationship = d.pick(CASE_INFORMANT_RELATIONSHIPS)
        phone = f"09{d.index(100_000_000):08d}"
        known = child is not None and not d.chance(0.18)
        age = child.age_on(t.received_at.date()) if child is not None else 4 + d.index(10)
        sex_known = d.chance(0.5)
        intake = IntakeIn(
            channel=channel,
            received_at=t.received_at,
            received_by=self.officer,
            child_id=child.id if child is not None and known else None,
            child_name="",
            child_sex=(child.sex if child is not None and sex_known else Sex.UNKNOWN),
            child_age_estimate=None if known else min(17, max(0, age + d.index(3) - 1)),
            incident_place=d.pick(CASE_ABUSE_PLACES),
            child_condition=d.pick(CASE_CONDITIONS),
            family_situation=d.pick(CASE_FAMILY_SITUATIONS),
            actions_taken=d.pick(CASE_ACTIONS_TAKEN),
            abuse_kinds=frozenset(kinds),
            informant_name="" if channel is IntakeChannel.HOTLINE_111 else informant,
            informant_relationship=(
                "Tổng đài 111 chuyển thông tin" if channel is IntakeChannel.HOTLINE_111
                else relationship
            ),
            informant_phone="" if channel is IntakeChannel.HOTLINE_111 else phone,
            informant_address=f"{self.commune}" if d.chance(0.5) else "",
        )  # fmt: skip
        year = t.received_at.year
        seq = self.seqs.get(year, 0) + 1
        self.seqs[year] = seq
        record = CaseRecord(
            code=case_code(year, seq),
            year=year,
            seq=seq,
            stage="tiep_nhan",
            cycle=1,
            created_at=t.received_at,
            updated_at=self.at(t, t.last),
            **CasesService._intake_values(intake),
        )
        s.add(record)
        s.flush()
        if child is not None and not known and linked:
            record.child_id = child.id  # the child identified later (link_child)
        cycle = CaseCycleRecord(
            case_id=record.id, number=1, started_at=t.received_at,
            start_kind=CycleStart.INTAKE.value, start_reason="",
        )  # fmt: skip
        s.add(cycle)
        logs = 0
        level = d.weighted(_LEVELS)
        if t.emergency_needed:
            level = RiskLevel.HIGH
        if t.initial is not None:
            self.apply(cycle, InitialAssessmentIn(
                assessed_on=self.on(t, t.initial), assessed_by=self.officer, level=level,
                emergency_needed=t.emergency_needed, notes=d.pick(CASE_INITIAL_NOTES),
            ), _INITIAL)  # fmt: skip
        if t.emergency is not None:
            action_at = self.at(t, t.emergency)
            start = action_at.date() if t.separated else None
            end = None
            if start is not None and t.separation_days is not None:
                end = start + timedelta(days=t.separation_days)
            self.apply(cycle, EmergencyIn(
                action_at=action_at, action_by=self.officer,
                measures=d.pick(CASE_EMERGENCY_MEASURES),
                safe_place=d.pick(CASE_SAFE_PLACES) if t.separated else "",
                separation_start=start, separation_end=end,
                decision_no=self.decision_no() if t.separated else "",
                decision_signer=self.chair if t.separated else "",
            ), _EMERGENCY)  # fmt: skip
        if t.detail is not None:
            items = {
                name: d.pick(CASE_DETAIL_ITEMS[name]) for _, name in DetailedAssessmentIn.ITEMS
            }
            self.apply(cycle, DetailedAssessmentIn(
                assessed_on=self.on(t, t.detail), assessed_by=self.officer,
                caregiver_harmed_child=d.chance(0.3), **items,
            ), _DETAILED)  # fmt: skip
        if t.meeting is not None:
            self.apply(cycle, MeetingIn(
                held_on=self.on(t, t.meeting), chaired_by=self.chair,
                participants=(
                    "Chủ tịch UBND xã, công chức văn hóa - xã hội, Công an xã, Trạm Y tế xã, "
                    "Hội Liên hiệp Phụ nữ xã, đại diện nhà trường, cha mẹ hoặc người chăm sóc trẻ"
                ),
                conclusions=d.pick(CASE_MEETING_CONCLUSIONS),
            ), _MEETING)  # fmt: skip
        tasks: list[tuple[_Task, CasePlanTaskRecord, tuple[str, ServiceType | None, str, int]]] = []
        if t.plan is not None:
            chosen = _pick_tasks(d, len(t.tasks) or 2 + d.index(3))
            plan_tasks = []
            for i, spec in enumerate(chosen):
                description, service_type, role, budget = spec
                provider = self.provider(role)
                timing = t.tasks[i] if i < len(t.tasks) else None
                start_on = end_on = None
                if timing is not None:
                    start_on, end_on = self.on(t, timing.start), self.on(t, timing.end)
                else:  # not approved yet: planned from the expected approval
                    start_on = self.on(t, t.plan) + timedelta(days=7 + d.index(7))
                    end_on = start_on + timedelta(days=14 + d.index(60))
                plan_tasks.append(PlanTaskIn(
                    description=description, service_type=service_type,
                    responsible=provider.name if provider else f"UBND {self.commune}",
                    provider=provider.name if provider and service_type else "",
                    start_on=start_on, end_on=end_on, budget_vnd=budget,
                ))  # fmt: skip
            plan = PlanIn(
                drafted_on=self.on(t, t.plan), drafted_by=self.officer,
                goals="Bảo đảm an toàn cho trẻ; hỗ trợ trẻ phục hồi sức khỏe, tâm lý và tiếp tục "
                "đi học; nâng cao năng lực bảo vệ trẻ của gia đình.",
                tasks=tuple(plan_tasks),
            )  # fmt: skip
            self.check(plan, cycle, logs)
            cycle.plan_goals, cycle.plan_drafted_on, cycle.plan_by = (
                plan.goals, plan.drafted_on, plan.drafted_by,
            )  # fmt: skip
            cycle.plan_saved_at = self.at(t, t.plan)
            for position, task in enumerate(plan.tasks, start=1):
                row = CasePlanTaskRecord(position=position, **CasesService._task_values(task))
                cycle.tasks.append(row)
                if position - 1 < len(t.tasks):
                    tasks.append((t.tasks[position - 1], row, chosen[position - 1]))
        if t.submit is not None:
            self.apply(cycle, PlanSubmissionIn(submitted_on=self.on(t, t.submit)),
                       {"submitted_on": "plan_submitted_on"})  # fmt: skip
        if t.approve is not None:
            approved_on = self.on(t, t.approve)
            self.apply(cycle, ApprovalIn(
                decision_no=self.decision_no(), approved_on=approved_on,
                signer=self.chair if d.chance(0.6) else self.vice,
            ), _APPROVAL)  # fmt: skip
        s.flush()  # the tasks get their ids: services point to them
        events: list[tuple[float, int, Any]] = [(h, 0, None) for h in t.logs]
        events += [(x.changed, 1, (x, row)) for x, row, _ in tasks if x.changed is not None]
        for hours, kind, item in sorted(events, key=lambda e: (e[0], e[1])):
            if kind == 0:
                entry = LogEntryIn(logged_on=self.on(t, hours), logged_by=self.officer,
                                   text=d.pick(CASE_LOG_TEXTS))  # fmt: skip
                self.check(entry, cycle, logs)
                s.add(CaseLogEntryRecord(
                    case_id=record.id, cycle=cycle.number, logged_on=entry.logged_on,
                    logged_by=entry.logged_by, text=entry.text, created_at=self.at(t, hours),
                ))  # fmt: skip
                logs += 1
            else:
                timing, row = item
                change = TaskStatusIn(status=timing.status, changed_on=self.on(t, hours))
                self.check(change, cycle, logs)
                row.status, row.status_on = change.status.value, change.changed_on
        if t.review is not None:
            assert t.outcome is not None
            self.apply(cycle, ReviewIn(
                reviewed_on=self.on(t, t.review), reviewed_by=self.officer,
                harm_level=RiskLevel.LOW, abuser_access=d.pick(list(RiskLevel)),
                environment_obstacles=d.pick(list(RiskLevel)),
                level=RiskLevel.LOW if t.outcome is ReviewOutcome.CLOSE else RiskLevel.MEDIUM,
                notes=d.pick(CASE_REVIEW_NOTES), outcome=t.outcome,
            ), _REVIEW, logs)  # fmt: skip
            if t.outcome is ReviewOutcome.NEW_CYCLE:
                cycle = self.new_cycle(record, cycle, datetime.combine(
                    self.on(t, t.review), datetime.min.time()), CycleStart.REVIEW, "")  # fmt: skip
                logs = 0
        if t.close is not None:
            closure = ClosureIn(
                closed_on=self.on(t, t.close),
                reason=d.pick(CASE_CLOSE_REASONS) if t.early_close else "",
            )
            self.apply(cycle, closure, _CLOSURE, logs)
            record.closed_on = closure.closed_on
        if t.reopen is not None:
            reopen = ReopenIn(reopened_at=self.at(t, t.reopen), reason=d.pick(CASE_REOPEN_REASONS))
            self.check(reopen, cycle, logs)
            cycle = self.new_cycle(record, cycle, reopen.reopened_at, CycleStart.REOPEN,
                                   reopen.reason)  # fmt: skip
            record.closed_on = None
            if t.reopen_initial is not None:
                self.apply(cycle, InitialAssessmentIn(
                    assessed_on=self.on(t, t.reopen_initial), assessed_by=self.officer,
                    level=d.weighted(_LEVELS), emergency_needed=False,
                    notes=d.pick(CASE_INITIAL_NOTES),
                ), _INITIAL)  # fmt: skip
        s.flush()
        self.service._refresh(s, record)  # stage, level, next action and due: the service's own
        if record.child_id is not None:
            self.case_services(t, record, tasks)
            self.case_referral(t, record)
        return record

    def new_cycle(
        self,
        record: CaseRecord,
        cycle: CaseCycleRecord,
        started_at: datetime,
        kind: CycleStart,
        reason: str,
    ) -> CaseCycleRecord:
        new = CaseCycleRecord(
            case_id=record.id, number=cycle.number + 1, started_at=started_at,
            start_kind=kind.value, start_reason=reason,
        )  # fmt: skip
        self.s.add(new)
        return new

    def provider(self, role: str) -> _Provider | None:
        if role == "school":
            return self.schools[0] if self.schools else None
        return self.providers.get(role)

    # --- services and referrals --------------------------------------------------------------
    def case_services(
        self,
        t: _Timeline,
        record: CaseRecord,
        tasks: list[tuple[_Task, CasePlanTaskRecord, tuple[str, ServiceType | None, str, int]]],
    ) -> None:
        """The services the plan's started tasks gave."""
        assert record.child_id is not None
        for timing, row, (description, service_type, role, _) in tasks:
            if service_type is None or timing.status in (TaskStatus.TODO, TaskStatus.CANCELLED):
                continue
            provider = self.provider(role)
            done = timing.status is TaskStatus.DONE and timing.changed is not None
            data = ServiceIn(
                child_id=record.child_id,
                type=service_type,
                setting=provider.kind.setting if provider else None,
                provider_id=provider.id if provider else None,
                provider_name="" if provider else f"UBND {self.commune}",
                description=description,
                start_date=self.on(t, timing.start),
                end_date=self.on(t, timing.changed or timing.end) if done else None,
                outcome="Đã hoàn thành theo kế hoạch." if done else "",
                case_id=record.id,
                plan_task_id=row.id,
                programme=Programme.CASE,
            )
            self.add_service(data, self.at(t, timing.start))

    def case_referral(self, t: _Timeline, record: CaseRecord) -> None:
        d = t.d
        first = t.emergency if t.emergency is not None else t.detail
        if first is None or not d.chance(0.75):
            return
        role, kind, reason = (
            ("police", None, "Đề nghị phối hợp xác minh, bảo đảm an toàn cho trẻ")
            if d.chance(0.35)
            else ("ctxh", ServiceType.COUNSELLING, "Đề nghị đánh giá và tư vấn tâm lý cho trẻ")
            if d.chance(0.6)
            else ("hospital", ServiceType.HEALTH, "Đề nghị khám, điều trị cho trẻ")
        )
        assert record.child_id is not None
        self.add_referral(d, record.child_id, role, kind, reason, self.on(t, first), record.id,
                          Programme.CASE)  # fmt: skip

    def add_service(self, data: ServiceIn, at: datetime) -> None:
        self.s.add(ChildServiceRecord(**_plain(data), created_at=at, updated_at=at))
        self.services += 1

    def add_referral(
        self,
        d: _Draws,
        child_id: int,
        role: str,
        service_type: ServiceType | None,
        reason: str,
        referred_on: date,
        case_id: int | None,
        programme: Programme,
    ) -> None:
        provider = self.provider(role)
        forced = list(ReferralStatus)  # the first ones of a demo: one of each status
        status = forced[self.referrals] if self.referrals < len(forced) else (
            d.weighted(_REFERRAL_STATUSES)
        )  # fmt: skip
        last = self.today - timedelta(days=1)
        status_date = referred_on
        if status is not ReferralStatus.SENT:
            span = max(0, (last - referred_on).days)
            status_date = referred_on + timedelta(days=min(span, 1 + d.index(14)))
        feedback = d.pick(_FEEDBACK[status]) if status in _FEEDBACK else ""
        data = ReferralIn(
            child_id=child_id,
            provider_id=provider.id if provider else None,
            to_whom="" if provider else "Cán bộ phụ trách",
            service_type=service_type,
            referred_on=referred_on,
            reason=reason,
            status=status,
            status_date=status_date,
            feedback=feedback,
            case_id=case_id,
            programme=programme,
        )
        at = datetime.combine(data.status_date or referred_on, time(9, 30))
        self.s.add(ReferralRecord(**_plain(data), created_at=at, updated_at=at))
        self.referrals += 1

    def mental_health(self, flagged: Sequence[tuple[int, date]]) -> None:
        """About 85 % of the flagged children reached by counselling or social help (during
        this year), a health check only for some others; a referral for some."""
        today = self.today
        jan1 = date(today.year, 1, 1)
        # Reached or not by an even spread (not a coin per child): about 86 % of any run of
        # flagged children, so that even a small commune is not at 0 or 100 %.
        phase = self.rng.random()
        for k, (child_id, flagged_on) in enumerate(flagged):
            d = _Draws(self.rng, MH_DRAWS)
            reached = math.floor((k + 1) * MH_REACHED + phase) > math.floor(k * MH_REACHED + phase)
            health_only = d.chance(0.5)
            start = min(today, flagged_on + timedelta(days=d.index(45)))
            if reached:
                counselling = d.chance(0.75)
                kind = ServiceType.COUNSELLING if counselling else ServiceType.SOCIAL_ASSISTANCE
                provider = self.provider(
                    ("psychiatry" if d.chance(0.3) else "ctxh")
                    if counselling
                    else "btxh"
                )  # fmt: skip
                if d.chance(0.4) and self.schools and counselling:
                    provider = self.schools[d.index(len(self.schools))]
                end = None
                if d.chance(0.4):  # finished, this year
                    low = max(start, jan1)
                    end = low + timedelta(days=int(d.u() * (today - low).days))
                description = (
                    "Tư vấn, hỗ trợ tâm lý định kỳ"
                    if counselling
                    else "Trợ giúp xã hội: hỗ trợ sinh hoạt, kết nối dịch vụ"
                )
            elif health_only:
                kind, provider, end = ServiceType.HEALTH, self.provider("station"), start
                description = "Khám sàng lọc sức khỏe tâm thần"
            else:
                continue
            self.add_service(ServiceIn(
                child_id=child_id, type=kind,
                setting=provider.kind.setting if provider else None,
                provider_id=provider.id if provider else None, description=description,
                start_date=start, end_date=end,
                outcome="Trẻ ổn định hơn, tiếp tục theo dõi." if end else "",
                programme=Programme.MENTAL_HEALTH,
            ), datetime.combine(start, time(8, 0)))  # fmt: skip
            if d.chance(0.3):
                referred = min(today - timedelta(days=1), max(flagged_on, start))
                self.add_referral(d, child_id, "psychiatry", ServiceType.COUNSELLING,
                                  "Đề nghị khám, đánh giá sức khỏe tâm thần cho trẻ", referred,
                                  None, Programme.MENTAL_HEALTH)  # fmt: skip


def _pick_tasks(d: _Draws, n: int) -> list[tuple[str, ServiceType | None, str, int]]:
    """``n`` different tasks; a case always has a health check or counselling first."""
    first = _TASKS[d.index(2)]
    rest = [x for x in _TASKS if x is not first]
    random.Random(int(d.u() * 2**32)).shuffle(rest)
    return [first, *rest[: n - 1]]


def _snapshot(cycle: CaseCycleRecord, logs: int) -> CaseSnapshot:
    """What the service's ``_snapshot`` reads, from a cycle not written yet."""
    return CaseSnapshot(
        started_at=cycle.started_at,
        start=CycleStart(cycle.start_kind),
        initial_on=cycle.initial_on,
        emergency_needed=cycle.initial_emergency,
        emergency_at=cycle.emergency_at,
        separation_start=cycle.separation_start,
        separation_end=cycle.separation_end,
        detail_on=cycle.detail_on,
        meeting_on=cycle.meeting_on,
        plan_drafted_on=cycle.plan_drafted_on,
        plan_submitted_on=cycle.plan_submitted_on,
        approval_on=cycle.approval_on,
        tasks=tuple(TaskFacts(TaskStatus(x.status), x.end_on) for x in cycle.tasks),
        log_entries=logs,
        review_on=cycle.review_on,
        review_outcome=ReviewOutcome(cycle.review_outcome) if cycle.review_outcome else None,
        closed_on=cycle.closed_on,
    )


@dataclass(frozen=True)
class _Child:
    id: int
    sex: Sex
    birth_latest: date

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_latest.year
        if (day.month, day.day) < (self.birth_latest.month, self.birth_latest.day):
            years -= 1
        return max(0, years)


def _case_children(s: Session, first_id: int, today: date) -> list[_Child]:
    """Children of this run a case could be about: in a protection group, 3 years old or more,
    not archived; any child of 3 or more when there are none."""
    c, cl = ChildRecord, ClassificationRecord
    base = select(c.id, c.sex, c.birth_latest).where(
        c.id >= first_id,
        c.archived.is_(False),
        c.birth_latest <= today - timedelta(days=3 * 366),
    )
    in_group = exists().where(cl.child_id == c.id, cl.group_code.in_(_CASE_GROUPS))
    rows = s.execute(base.where(in_group).order_by(c.id)).all()
    if not rows:
        rows = s.execute(base.order_by(c.id).limit(500)).all()
    return [_Child(cid, Sex(sex), born) for cid, sex, born in rows if born is not None]


def _flagged_children(s: Session, first_id: int) -> list[tuple[int, date]]:
    """Children of this run with a mental-health flag (not archived), with its first day."""
    c, cl = ChildRecord, ClassificationRecord
    stmt = (
        select(cl.child_id, func.min(cl.start_date))
        .join(c, c.id == cl.child_id)
        .where(
            cl.child_id >= first_id,
            cl.group_code.in_(sorted(MENTAL_HEALTH_CODES)),
            c.archived.is_(False),
        )
        .group_by(cl.child_id)
        .order_by(cl.child_id)
    )
    return [(cid, start) for cid, start in s.execute(stmt)]


def generate_cases(
    s: Session,
    db: Database,
    seed: int,
    children: int,
    first_id: int,
    profile: CommuneProfileIn,
    schools: Sequence[str],
    village: str,
    today: date,
) -> DemoCasesResult:
    """Providers, cases, services and referrals for the ``children`` children written from
    ``first_id`` on (in the caller's transaction)."""
    if children <= 0:
        return DemoCasesResult(0, 0, 0, 0)
    rng = random.Random(f"commune-care demo cases {seed}")
    d = _Draws(rng, 40)
    at = datetime.combine(today - timedelta(days=3 * 365), time(8, 0))
    providers, created = _ensure_providers(s, _provider_plan(d, profile, schools, village), at)
    generator = _CasesGenerator(s, db, rng, profile, providers, today)

    # The timelines first (their draws), then the cases in the order they were received, so
    # that codes and ids follow the calendar.
    evening = datetime.combine(today - timedelta(days=1), time(20, 0))
    timelines = []
    for i in range(case_count(children)):
        draws = _Draws(rng, CASE_DRAWS)
        scenario = SCENARIOS[i] if i < len(SCENARIOS) else draws.weighted(_SCENARIO_WEIGHTS)
        t = _timeline(draws, scenario, i)
        low, high = _IDLE[scenario]
        idle = draws.between(low, high)
        t.received_at = (evening - timedelta(hours=t.last + idle)).replace(second=0, microsecond=0)
        timelines.append(t)
    timelines.sort(key=lambda x: (x.received_at, x.order))

    pool = _case_children(s, first_id, today)
    used: set[int] = set()
    for t in timelines:
        child = None
        if pool:
            i = t.d.index(len(pool))
            for step in range(len(pool)):  # the next child without a case, if any
                if pool[(i + step) % len(pool)].id not in used:
                    i = (i + step) % len(pool)
                    break
            child = pool[i]
            used.add(child.id)
        linked = SCENARIOS.index(t.scenario) >= 3 or t.d.chance(0.4)
        generator.case(t, child, linked)
    generator.mental_health(_flagged_children(s, first_id))
    s.flush()
    return DemoCasesResult(len(timelines), generator.services, generator.referrals, created)
