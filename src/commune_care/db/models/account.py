from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class AccountRecord(Base):
    """A person who logs in. ``username_key`` (the name in lower case) is unique, so names
    differ by more than case; ``password_hash`` is an Argon2id string and leaves this table
    only to be verified."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32))
    username_key: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    roles: Mapped[str] = mapped_column(String(100))  # role codes, comma-separated
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    must_change_password: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]

    __table_args__ = (
        CheckConstraint("failed_attempts >= 0", name="failed_attempts"),
        CheckConstraint("roles <> ''", name="roles"),
    )


__all__ = ["AccountRecord"]
