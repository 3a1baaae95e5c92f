from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from commune_care.db.base import Base


class ChildRecord(Base):
    """A child of the commune's register. Never deleted: archived, with the reason."""

    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(10))
    birth_year: Mapped[int | None]
    birth_month: Mapped[int | None]
    birth_day: Mapped[int | None]
    birth_estimated: Mapped[bool] = mapped_column(default=False)
    # The latest day the birth can be: ages, age bands and the 16-year limit use it.
    birth_latest: Mapped[date | None]
    id_number: Mapped[str] = mapped_column(String(12), default="")
    ethnicity_code: Mapped[str] = mapped_column(String(2), default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    address: Mapped[str] = mapped_column(String(255), default="")
    school: Mapped[str] = mapped_column(String(150), default="")
    school_class: Mapped[str] = mapped_column(String(20), default="")
    father_name: Mapped[str] = mapped_column(String(100), default="")
    father_status: Mapped[str] = mapped_column(String(20))
    mother_name: Mapped[str] = mapped_column(String(100), default="")
    mother_status: Mapped[str] = mapped_column(String(20))
    caregiver_name: Mapped[str] = mapped_column(String(100), default="")
    caregiver_relationship: Mapped[str] = mapped_column(String(50), default="")
    caregiver_phone: Mapped[str] = mapped_column(String(20), default="")
    household: Mapped[str] = mapped_column(String(20), default="")
    bhyt_number: Mapped[str] = mapped_column(String(20), default="")
    bhyt_expiry: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20))
    status_note: Mapped[str] = mapped_column(String(255), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    confidential_notes: Mapped[str] = mapped_column(Text, default="")
    registered_on: Mapped[date]
    over_age_reason: Mapped[str] = mapped_column(String(255), default="")
    archived: Mapped[bool] = mapped_column(default=False)
    archived_at: Mapped[datetime | None]
    archive_reason: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # Folded keys (textfold.fold): search, sort by given name then full name, duplicates.
    search_key: Mapped[str] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(220))
    name_key: Mapped[str] = mapped_column(String(100))
    parents_key: Mapped[str] = mapped_column(String(220), default="")

    classifications: Mapped[list[ClassificationRecord]] = relationship(
        back_populates="child", order_by="ClassificationRecord.start_date"
    )

    __table_args__ = (
        Index("ix_children_archived_sort", "archived", "sort_key"),
        Index("ix_children_search_window", "archived", "sort_key", "search_key"),
        Index("ix_children_archived_birth", "archived", "birth_latest", "sort_key"),
        Index("ix_children_village_sort", "village_id", "archived", "sort_key"),
        Index("ix_children_name_key", "name_key"),
        Index("ix_children_id_number", "id_number"),
        # The home page's counts by status, sex and age band read this index alone instead of
        # the wide rows (migration 0011: 390 → 120 ms at 100,000 children).
        Index("ix_children_stats", "archived", "status", "sex", "birth_latest"),
    )


class ClassificationRecord(Base):
    """A child's membership of one group, from a date to a date, on a basis. Kept as history."""

    __tablename__ = "classifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"))
    group_code: Mapped[str] = mapped_column(String(30))
    subgroup: Mapped[int | None]
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    basis: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(String(255), default="")
    # Who identified it (a mental-health flag: the school, the health station…); NULL before 0004.
    identified_by: Mapped[str | None] = mapped_column(String(150))
    created_at: Mapped[datetime]

    child: Mapped[ChildRecord] = relationship(back_populates="classifications")

    __table_args__ = (
        Index("ix_classifications_group_child", "group_code", "end_date", "child_id"),
        Index("ix_classifications_child", "child_id"),
    )
