"""Providers, the services a child received and referrals (issue #3, item 3).

One table of services and one of referrals serve every programme (case management, mental
health, alternative care): ``programme`` says which, ``case_id`` links a case (nullable), and
``plan_task_id`` the task of the case's plan the service carries out (a plain id, no foreign key:
a plan's tasks belong to the case module, which may rewrite them). Nothing here is ever deleted.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class ProviderRecord(Base):
    """A body or person the commune sends children to: the managed list. Deactivated, never
    deleted, once a service or referral points to it."""

    __tablename__ = "providers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150))  # textfold.fold(name): order, duplicates
    kind: Mapped[str] = mapped_column(String(30))
    address: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (Index("ix_providers_active_name", "active", "name_key"),)


class ChildServiceRecord(Base):
    """A service a child received: type, setting, provider, dates, outcome."""

    __tablename__ = "child_services"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    type: Mapped[str] = mapped_column(String(30))
    setting: Mapped[str] = mapped_column(String(30), default="")
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"))
    provider_name: Mapped[str] = mapped_column(String(150), default="")
    description: Mapped[str] = mapped_column(String(255), default="")
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    outcome: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    plan_task_id: Mapped[int | None]
    programme: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_child_services_child", "child_id", "start_date"),
        # The QĐ 1591 indicator: services of some types that overlap a period, per child —
        # answered from the index alone.
        Index("ix_child_services_type_start", "type", "start_date", "end_date", "child_id"),
        Index("ix_child_services_case", "case_id"),
        Index("ix_child_services_provider", "provider_id"),
    )


class ReferralRecord(Base):
    """A child referred to a provider or a person, and the answer (status, date, feedback)."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"))
    to_whom: Mapped[str] = mapped_column(String(150), default="")
    service_type: Mapped[str] = mapped_column(String(30), default="")
    referred_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    status_date: Mapped[date]
    feedback: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    programme: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_referrals_child", "child_id", "referred_on"),
        Index("ix_referrals_status", "status", "status_date"),
        Index("ix_referrals_case", "case_id"),
        Index("ix_referrals_provider", "provider_id"),
    )


__all__ = ["ChildServiceRecord", "ProviderRecord", "ReferralRecord"]
