"""The register of outgoing documents (sổ văn bản đi, issue #5 item 2).

A document is drafted without a number and numbered when it is issued: numbers run per calendar
year and per type from 01 (Nghị định 30/2020 Phụ lục I, mục II.3.a), and the database itself
refuses a number given twice in a year (``uq_documents_year_type_number``) or a status that does
not match the number. A cancelled document keeps its number, which is never given again; no row
is ever deleted. ``content`` is the whole document (``OfficialDocument`` as JSON), so it is laid
out again, identical, at any time; the columns are what the register lists and filters on.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class DocumentRecord(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(30))  # DocumentType code
    status: Mapped[str] = mapped_column(String(20))  # DocumentStatus code
    year: Mapped[int | None]  # the year of issue: numbers restart on 1 January
    number: Mapped[int | None]
    issued_on: Mapped[date | None]
    subject: Mapped[str] = mapped_column(String(500))
    recipients: Mapped[str] = mapped_column(Text, default="")  # one "Nơi nhận" line per line
    signer_role: Mapped[str] = mapped_column(String(20), default="")  # SignerRole code or ""
    signer_title: Mapped[str] = mapped_column(String(255), default="")  # authority lines, \n
    signer_name: Mapped[str] = mapped_column(String(150), default="")
    entity_kind: Mapped[str] = mapped_column(String(20), default="")  # EntityKind code or ""
    entity_id: Mapped[int | None]
    template: Mapped[str] = mapped_column(String(40), default="")  # what built the content
    marking: Mapped[str] = mapped_column(String(50), default="")  # "MẬT" or another restriction
    content: Mapped[str] = mapped_column(Text, default="")  # OfficialDocument as JSON
    cancelled_on: Mapped[date | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("year", "doc_type", "number", name="uq_documents_year_type_number"),
        # Check constraints are named by the convention: ck_documents_<name>.
        CheckConstraint("status IN ('du_thao', 'da_ban_hanh', 'da_huy')", name="status"),
        CheckConstraint(
            "(number IS NULL) = (year IS NULL) AND (number IS NULL) = (issued_on IS NULL)"
            " AND (number IS NULL OR number >= 1)",
            name="number_year",
        ),
        CheckConstraint(
            "(status = 'du_thao' AND number IS NULL) OR (status = 'da_ban_hanh' AND number IS NOT"
            " NULL) OR status = 'da_huy'",
            name="status_number",
        ),
        Index("ix_documents_entity", "entity_kind", "entity_id"),
        Index("ix_documents_status_created", "status", "created_at"),
    )


__all__ = ["DocumentRecord"]
