from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class AuditRecord(Base):
    """One change or event, with the old and new value of each field (JSON). Append-only."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None]
    changes: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)
