"""Adoption referrals (Luật Nuôi con nuôi 52/2010/QH12; issue #4, item 5).

``adoptions`` holds one referral: the child proposed and why, and each one-per-referral step as
columns (public notice, file received, opinions collected, registration, refusal, withdrawal),
plus what the lists filter and sort on (``stage``, ``next_action``, ``next_due``), recomputed by
the service at every step. ``adopters`` holds the people who ask to adopt the child (one person
or a married couple: one *application* of one or two rows), each with the dated checklist of the
conditions of Điều 14; an application withdrawn before the file is received is kept with its
date and reason. ``adoption_consents`` holds the opinions of Điều 21 (one per role),
``adoption_reports`` the six post-adoption reports of Điều 23, created at the registration.
Nothing here is ever deleted.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class AdoptionRecord(Base):
    """One child proposed for adoption, and the steps of the referral."""

    __tablename__ = "adoptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # CN2026-0001
    year: Mapped[int]
    seq: Mapped[int]
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    situation: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text)
    proposed_on: Mapped[date]
    proposed_by: Mapped[str] = mapped_column(String(100))
    # Điều 15.2.b: public notice at the commune office, 60 days
    notice_start: Mapped[date | None]
    notice_place: Mapped[str] = mapped_column(String(255), default="")
    notice_note: Mapped[str] = mapped_column(Text, default="")
    # Điều 17–19: the complete, valid file received
    file_received_on: Mapped[date | None]
    file_received_by: Mapped[str] = mapped_column(String(100), default="")
    file_note: Mapped[str] = mapped_column(Text, default="")
    # Điều 20: opinions collected
    opinions_on: Mapped[date | None]
    opinions_by: Mapped[str] = mapped_column(String(100), default="")
    opinions_note: Mapped[str] = mapped_column(Text, default="")
    # Điều 22.1: registered, certificate (Giấy chứng nhận nuôi con nuôi), handover
    registered_on: Mapped[date | None]
    certificate_no: Mapped[str] = mapped_column(String(50), default="")
    handover_on: Mapped[date | None]
    registration_note: Mapped[str] = mapped_column(Text, default="")
    # Điều 22.2: refused in writing, with the reasons
    refused_on: Mapped[date | None]
    refusal_no: Mapped[str] = mapped_column(String(50), default="")
    refusal_reasons: Mapped[str] = mapped_column(Text, default="")
    # withdrawn before the end (the family gave up, the child went home, …)
    withdrawn_on: Mapped[date | None]
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    # What the lists read; recomputed at every step, never from the clock.
    stage: Mapped[str] = mapped_column(String(20))
    next_action: Mapped[str] = mapped_column(String(20), default="")
    next_due: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_adoptions_year_seq"),
        Index("ix_adoptions_child", "child_id", "proposed_on"),
        Index("ix_adoptions_stage_due", "stage", "next_due"),
    )


class AdopterRecord(Base):
    """A person who asks to adopt the child: one row, or two for a married couple (the same
    ``application``). The conditions of Điều 14 are dates: empty until confirmed."""

    __tablename__ = "adopters"

    id: Mapped[int] = mapped_column(primary_key=True)
    adoption_id: Mapped[int] = mapped_column(ForeignKey("adoptions.id"))
    application: Mapped[int]  # 1, 2, … — a new one after one is withdrawn
    position: Mapped[int]  # 1, or 2 for the spouse
    kind: Mapped[str] = mapped_column(String(20))  # one person / a married couple
    applied_on: Mapped[date]
    full_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(10))
    birth_year: Mapped[int]
    birth_month: Mapped[int | None]
    birth_day: Mapped[int | None]
    id_number: Mapped[str] = mapped_column(String(12), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    relation: Mapped[str] = mapped_column(String(20))
    capacity_on: Mapped[date | None]  # Điều 14.1.a
    means_on: Mapped[date | None]  # Điều 14.1.c
    character_on: Mapped[date | None]  # Điều 14.1.d
    not_barred_on: Mapped[date | None]  # Điều 14.2
    note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_on: Mapped[date | None]
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("adoption_id", "application", "position", name="uq_adopters_position"),
    )


class AdoptionConsentRecord(Base):
    """The opinion of one person of Điều 21 (or why a birth parent cannot be asked)."""

    __tablename__ = "adoption_consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    adoption_id: Mapped[int] = mapped_column(ForeignKey("adoptions.id"))
    role: Mapped[str] = mapped_column(String(20))
    person_name: Mapped[str] = mapped_column(String(100), default="")
    answer: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[date | None]
    counselled: Mapped[bool] = mapped_column(default=False)
    basis: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("adoption_id", "role", name="uq_adoption_consents_role"),)


class AdoptionReportRecord(Base):
    """One of the six reports of Điều 23: due every 6 months for 3 years from the handover."""

    __tablename__ = "adoption_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    adoption_id: Mapped[int] = mapped_column(ForeignKey("adoptions.id"))
    number: Mapped[int]  # 1 … 6
    due_on: Mapped[date]
    received_on: Mapped[date | None]
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("adoption_id", "number", name="uq_adoption_reports_number"),
        Index("ix_adoption_reports_due", "received_on", "due_on"),
    )


__all__ = ["AdopterRecord", "AdoptionConsentRecord", "AdoptionRecord", "AdoptionReportRecord"]
