"""Alternative care (issue #4): the carers of the registry, their household members and the
dated checklist of Điều 63.2, the placements and their follow-ups.

Nothing here is deleted: a carer stops (status, date, reason), a member leaves (end date,
reason), a placement ends (date, reason, decision); a checklist is re-checked as new rows.
``placements.adoption_id`` is a plain id (the adoption module's table is not this module's).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class CarerRecord(Base):
    """A person or family who registered (Mẫu số 08) or, for a relative, notified the commune;
    the worker's verification (Mẫu số 11) and the Chủ tịch's approval are kept on the row (their
    earlier values in the audit trail)."""

    __tablename__ = "carers"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    registration: Mapped[str] = mapped_column(String(30))
    full_name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100))  # textfold.fold(full_name)
    sex: Mapped[str] = mapped_column(String(10))
    birth_year: Mapped[int | None]
    birth_month: Mapped[int | None]
    birth_day: Mapped[int | None]
    id_number: Mapped[str] = mapped_column(String(12), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    phone: Mapped[str] = mapped_column(String(30), default="")
    occupation: Mapped[str] = mapped_column(String(150), default="")
    registered_on: Mapped[date]
    wishes: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    status_date: Mapped[date]
    status_reason: Mapped[str] = mapped_column(String(255), default="")
    verified_on: Mapped[date | None]
    verified_by: Mapped[str] = mapped_column(String(150), default="")
    verification_result: Mapped[str] = mapped_column(String(30), default="")
    verification_note: Mapped[str] = mapped_column(Text, default="")
    approved_on: Mapped[date | None]
    approved_by: Mapped[str] = mapped_column(String(150), default="")
    approval_number: Mapped[str] = mapped_column(String(50), default="")
    approval_note: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_carers_name_status", "name_key", "status"),
        Index("ix_carers_status_name", "status", "name_key"),
    )


class CarerMemberRecord(Base):
    """A member of a carer's household, from a day (and until a day, with the reason)."""

    __tablename__ = "carer_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    carer_id: Mapped[int] = mapped_column(ForeignKey("carers.id"))
    full_name: Mapped[str] = mapped_column(String(100))
    relationship: Mapped[str] = mapped_column(String(50))
    birth_year: Mapped[int | None]
    birth_month: Mapped[int | None]
    birth_day: Mapped[int | None]
    agrees: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(String(255), default="")
    added_on: Mapped[date]
    ended_on: Mapped[date | None]
    end_reason: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_carer_members_carer", "carer_id", "added_on"),)


class CarerConditionRecord(Base):
    """One condition of Luật Trẻ em Điều 63.2 as checked on a day: met or not, by whom."""

    __tablename__ = "carer_conditions"

    id: Mapped[int] = mapped_column(primary_key=True)
    carer_id: Mapped[int] = mapped_column(ForeignKey("carers.id"))
    condition: Mapped[str] = mapped_column(String(30))
    met: Mapped[bool]
    checked_on: Mapped[date]
    checked_by: Mapped[str] = mapped_column(String(150))
    note: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_carer_conditions_carer", "carer_id", "condition", "checked_on"),)


class PlacementRecord(Base):
    """A child's episode of alternative care: the decision, the carer (a person or family of the
    registry, a facility of the providers list, or the adopters), start and end."""

    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # "CSTT2026-0001"
    year: Mapped[int]
    seq: Mapped[int]
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    form: Mapped[str] = mapped_column(String(30))
    term: Mapped[str] = mapped_column(String(20))
    carer_id: Mapped[int | None] = mapped_column(ForeignKey("carers.id"))
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"))
    adoption_id: Mapped[int | None]
    carer_name: Mapped[str] = mapped_column(String(255))  # as shown when decided
    relationship: Mapped[str] = mapped_column(String(50), default="")
    decision_number: Mapped[str] = mapped_column(String(50))
    decision_date: Mapped[date]
    decision_signer: Mapped[str] = mapped_column(String(150), default="")
    start_date: Mapped[date]
    handover_date: Mapped[date | None]
    handover_due: Mapped[date | None]
    non_relative_reason: Mapped[str] = mapped_column(Text, default="")
    child_view: Mapped[str] = mapped_column(Text, default="")
    child_view_date: Mapped[date | None]
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    confirmed_warnings: Mapped[str] = mapped_column(Text, default="")  # JSON list
    end_date: Mapped[date | None]
    end_reason: Mapped[str] = mapped_column(String(30), default="")
    end_note: Mapped[str] = mapped_column(Text, default="")
    end_request_date: Mapped[date | None]
    end_decision_number: Mapped[str] = mapped_column(String(50), default="")
    end_decision_date: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_placements_year_seq"),
        # A child's placements by start; with end_date, "in care on day D" from the index alone.
        Index("ix_placements_child_start", "child_id", "start_date", "end_date"),
        # The current placements (end_date IS NULL), by start.
        Index("ix_placements_current", "end_date", "start_date"),
        Index("ix_placements_carer", "carer_id"),
        Index("ix_placements_provider", "provider_id"),
        Index("ix_placements_case", "case_id"),
        Index("ix_placements_adoption", "adoption_id"),
    )


class PlacementFollowUpRecord(Base):
    """A follow-up done: the scheduled one (``kind``, ``seq``) or one more (``seq`` NULL)."""

    __tablename__ = "placement_follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"))
    kind: Mapped[str] = mapped_column(String(30))
    seq: Mapped[int | None]
    due_on: Mapped[date | None]  # the scheduled day when it was recorded
    done_on: Mapped[date]
    done_by: Mapped[str] = mapped_column(String(150))
    findings: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (Index("ix_placement_follow_ups_placement", "placement_id", "kind", "seq"),)


__all__ = [
    "CarerConditionRecord",
    "CarerMemberRecord",
    "CarerRecord",
    "PlacementFollowUpRecord",
    "PlacementRecord",
]
