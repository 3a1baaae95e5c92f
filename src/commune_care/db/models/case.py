"""Cases of support and intervention (hồ sơ hỗ trợ, can thiệp — Nghị định 56/2017 Điều 25–32).

A case is opened by an intake (Mẫu 01) and lives in *cycles*: cycle 1 starts at the intake; a
review that decides to go on (Mẫu 06, Điều 30.1.c) or a reopening starts the next one. The dated
one-per-cycle steps (Mẫu 02, 07, 03 + meeting, 04, 05, 06) are columns of ``case_cycles``; plan
tasks and the implementation log are rows of their own. ``cases`` carries the intake and what the
lists filter and sort on (stage, level, next deadline), recomputed by the service at each step.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commune_care.db.base import Base


class CaseRecord(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # "HS2026-0001"
    year: Mapped[int]
    seq: Mapped[int]
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"))
    # The child as known at intake when not (yet) in the register.
    child_name: Mapped[str] = mapped_column(String(100), default="")
    child_sex: Mapped[str] = mapped_column(String(10), default="khong_ro")
    child_age_estimate: Mapped[int | None]
    # Intake (Mẫu 01). Informant, place, condition, family, actions and abuse kinds: confidential.
    intake_channel: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime]
    received_by: Mapped[str] = mapped_column(String(100), default="")
    informant_name: Mapped[str] = mapped_column(String(100), default="")
    informant_phone: Mapped[str] = mapped_column(String(20), default="")
    informant_relationship: Mapped[str] = mapped_column(String(100), default="")
    informant_address: Mapped[str] = mapped_column(String(255), default="")
    incident_place: Mapped[str] = mapped_column(String(255), default="")
    child_condition: Mapped[str] = mapped_column(Text, default="")
    family_situation: Mapped[str] = mapped_column(Text, default="")
    actions_taken: Mapped[str] = mapped_column(Text, default="")
    abuse_kinds: Mapped[str] = mapped_column(String(200), default="")  # codes joined by ","
    # What the lists show, filter and sort on; kept in step by the service.
    stage: Mapped[str] = mapped_column(String(30))
    level: Mapped[str] = mapped_column(String(20), default="")
    cycle: Mapped[int] = mapped_column(default=1)
    next_action: Mapped[str] = mapped_column(String(40), default="")
    next_due_at: Mapped[datetime | None]
    closed_on: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    cycles: Mapped[list[CaseCycleRecord]] = relationship(
        back_populates="case", order_by="CaseCycleRecord.number"
    )

    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_cases_year_seq"),
        Index("ix_cases_open_due", "closed_on", "next_due_at"),
        Index("ix_cases_stage_due", "stage", "next_due_at"),
        Index("ix_cases_level_due", "level", "next_due_at"),
        Index("ix_cases_child", "child_id"),
        Index("ix_cases_received", "received_at"),
    )


class CaseCycleRecord(Base):
    """One round of assessment, plan, approval, implementation and review of a case."""

    __tablename__ = "case_cycles"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    number: Mapped[int]
    started_at: Mapped[datetime]
    start_kind: Mapped[str] = mapped_column(String(20))  # tiep_nhan | danh_gia_lai | mo_lai
    start_reason: Mapped[str] = mapped_column(String(500), default="")
    # Initial assessment (Mẫu 02).
    initial_on: Mapped[date | None]
    initial_by: Mapped[str] = mapped_column(String(100), default="")
    initial_level: Mapped[str] = mapped_column(String(20), default="")
    initial_emergency: Mapped[bool | None]
    initial_notes: Mapped[str] = mapped_column(Text, default="")
    # Emergency intervention / temporary separation (Mẫu 07).
    emergency_at: Mapped[datetime | None]
    emergency_by: Mapped[str] = mapped_column(String(100), default="")
    emergency_action: Mapped[str] = mapped_column(Text, default="")
    safe_place: Mapped[str] = mapped_column(String(255), default="")
    separation_start: Mapped[date | None]
    separation_end: Mapped[date | None]
    separation_decision_no: Mapped[str] = mapped_column(String(50), default="")
    separation_signer: Mapped[str] = mapped_column(String(100), default="")
    # Detailed assessment (Mẫu 03): the eight items of Điều 27.1 a–h.
    detail_on: Mapped[date | None]
    detail_by: Mapped[str] = mapped_column(String(100), default="")
    detail_condition: Mapped[str] = mapped_column(Text, default="")  # a
    detail_family: Mapped[str] = mapped_column(Text, default="")  # b
    detail_risk_factors: Mapped[str] = mapped_column(Text, default="")  # c
    detail_learning: Mapped[str] = mapped_column(Text, default="")  # d
    detail_community: Mapped[str] = mapped_column(Text, default="")  # đ
    detail_needs: Mapped[str] = mapped_column(Text, default="")  # e
    detail_child_views: Mapped[str] = mapped_column(Text, default="")  # g
    detail_parent_views: Mapped[str] = mapped_column(Text, default="")  # h
    caregiver_harmed_child: Mapped[bool] = mapped_column(default=False)
    # Case meeting chaired by the Chủ tịch (Điều 27.2).
    meeting_on: Mapped[date | None]
    meeting_chair: Mapped[str] = mapped_column(String(100), default="")
    meeting_participants: Mapped[str] = mapped_column(Text, default="")
    meeting_conclusions: Mapped[str] = mapped_column(Text, default="")
    # Plan (Mẫu 04), its submission, its approval (Mẫu 05).
    plan_goals: Mapped[str] = mapped_column(Text, default="")
    plan_drafted_on: Mapped[date | None]
    plan_by: Mapped[str] = mapped_column(String(100), default="")
    plan_saved_at: Mapped[datetime | None]
    plan_submitted_on: Mapped[date | None]
    approval_decision_no: Mapped[str] = mapped_column(String(50), default="")
    approval_on: Mapped[date | None]
    approval_signer: Mapped[str] = mapped_column(String(100), default="")
    # Review after the plan (Mẫu 06).
    review_on: Mapped[date | None]
    review_by: Mapped[str] = mapped_column(String(100), default="")
    review_harm: Mapped[str] = mapped_column(String(20), default="")
    review_abuser_access: Mapped[str] = mapped_column(String(20), default="")
    review_environment: Mapped[str] = mapped_column(String(20), default="")
    review_level: Mapped[str] = mapped_column(String(20), default="")
    review_notes: Mapped[str] = mapped_column(Text, default="")
    review_outcome: Mapped[str] = mapped_column(String(20), default="")
    # Closure of the case at the end of this cycle.
    closed_on: Mapped[date | None]
    close_reason: Mapped[str] = mapped_column(String(500), default="")

    case: Mapped[CaseRecord] = relationship(back_populates="cycles")
    tasks: Mapped[list[CasePlanTaskRecord]] = relationship(
        back_populates="cycle", order_by="CasePlanTaskRecord.position"
    )

    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_case_cycles_case_number"),)


class CasePlanTaskRecord(Base):
    """A service or task of a plan (Điều 28.3 a–d): who, which provider, when, how much."""

    __tablename__ = "case_plan_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("case_cycles.id"))
    position: Mapped[int]
    description: Mapped[str] = mapped_column(String(500))
    service_type: Mapped[str] = mapped_column(String(40), default="")
    responsible: Mapped[str] = mapped_column(String(150), default="")
    provider: Mapped[str] = mapped_column(String(150), default="")
    start_on: Mapped[date | None]
    end_on: Mapped[date | None]
    budget_vnd: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20))
    status_on: Mapped[date | None]

    cycle: Mapped[CaseCycleRecord] = relationship(back_populates="tasks")

    __table_args__ = (Index("ix_case_plan_tasks_cycle", "cycle_id", "position"),)


class CaseLogEntryRecord(Base):
    """One line of the implementation log: what was done, when, by whom."""

    __tablename__ = "case_log_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    cycle: Mapped[int]
    logged_on: Mapped[date]
    logged_by: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_case_log_entries_case", "case_id", "logged_on"),)
