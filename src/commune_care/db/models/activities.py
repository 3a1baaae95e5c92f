"""The programme's activities, sponsorships (nhận đỡ đầu) and social-assistance payments
(Nghị định 20/2021/NĐ-CP) — issue #9, item 3.

Nothing is deleted: a row entered by mistake is archived (``archived``) and leaves the lists and
the figures. The base level of social assistance is dated data (``assistance_levels``); each
payment keeps the base and coefficient it was computed with, so a later change of the level
never rewrites what was paid.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class ActivityRecord(Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20))  # ActivityKind code
    title: Mapped[str] = mapped_column(String(255))
    place: Mapped[str] = mapped_column(String(255), default="")
    organiser: Mapped[str] = mapped_column(String(150), default="")
    participants_total: Mapped[int] = mapped_column(default=0)
    participants_children: Mapped[int] = mapped_column(default=0)
    participants_parents: Mapped[int] = mapped_column(default=0)
    participants_staff: Mapped[int] = mapped_column(default=0)
    budget_vnd: Mapped[int | None]
    budget_source: Mapped[str] = mapped_column(String(20), default="")  # FundingSource or ""
    note: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint(
            "participants_children >= 0 AND participants_parents >= 0 AND participants_staff >= 0"
            " AND participants_total >= participants_children + participants_parents"
            " + participants_staff",
            name="participants",
        ),
        Index("ix_activities_archived_held", "archived", "held_on"),
    )


class ActivityChildRecord(Base):
    """A child concerned by an activity (a link to the child's record)."""

    __tablename__ = "activity_children"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), primary_key=True)

    __table_args__ = (Index("ix_activity_children_child", "child_id"),)


class SponsorshipRecord(Base):
    __tablename__ = "sponsorships"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    sponsor: Mapped[str] = mapped_column(String(150))
    sponsor_contact: Mapped[str] = mapped_column(String(255), default="")
    support: Mapped[str] = mapped_column(String(255))
    monthly_vnd: Mapped[int | None]
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        Index("ix_sponsorships_child", "child_id"),
        Index("ix_sponsorships_archived_start", "archived", "start_date"),
    )


class AssistanceLevelRecord(Base):
    """Mức chuẩn trợ giúp xã hội from ``effective_from`` until the next row's day."""

    __tablename__ = "assistance_levels"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[date] = mapped_column(unique=True)
    base_vnd: Mapped[int]
    legal_basis: Mapped[str] = mapped_column(String(255), default="")

    __table_args__ = (CheckConstraint("base_vnd > 0", name="base_positive"),)


class AssistancePaymentRecord(Base):
    """One month of social assistance paid for a child: base × coefficient = amount."""

    __tablename__ = "assistance_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    category: Mapped[str] = mapped_column(String(20))  # AssistanceCategory code
    month: Mapped[date]  # the first day of the month paid for
    base_vnd: Mapped[int]
    coefficient: Mapped[str] = mapped_column(String(10))  # Decimal as text: "2.5"
    amount_vnd: Mapped[int]
    paid_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint("amount_vnd >= 0 AND base_vnd > 0", name="amounts"),
        # A month is paid once per child; an archived (mistaken) row does not count.
        Index(
            "uq_assistance_payments_child_month",
            "child_id",
            "month",
            unique=True,
            sqlite_where=text("archived = 0"),
        ),
        Index("ix_assistance_payments_month", "archived", "month"),
    )


__all__ = [
    "ActivityChildRecord",
    "ActivityRecord",
    "AssistanceLevelRecord",
    "AssistancePaymentRecord",
    "SponsorshipRecord",
]
