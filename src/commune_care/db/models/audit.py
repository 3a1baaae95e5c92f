from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class AuditRecord(Base):
    """One change or event, with the old and new value of each field (JSON). Append-only:
    triggers refuse UPDATE and DELETE, and each row is chained to the previous by a hash."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None]
    changes: Mapped[str] = mapped_column(Text, default="{}")
    # The hash chain (domain/audit_chain.py): the previous entry's hash and this one's.
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
    # Folded words for the text filter (domain/audit_labels.search_key); derived, not hashed.
    search_key: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        # The trail page's filters walk these in id order (the rowid ends every index).
        Index("ix_audit_log_user", "user"),
        Index("ix_audit_log_kind", "entity"),
        Index("ix_audit_log_action", "action"),
        Index("ix_audit_log_at", "at"),
    )
