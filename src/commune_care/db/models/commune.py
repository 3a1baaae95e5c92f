from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class CommuneProfileRecord(Base):
    """The one row that describes the commune using this database."""

    __tablename__ = "commune_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    province_code: Mapped[str] = mapped_column(String(10), default="")
    province_name: Mapped[str] = mapped_column(String(150))
    commune_code: Mapped[str] = mapped_column(String(10), default="")
    commune_name: Mapped[str] = mapped_column(String(150))
    agency_parent: Mapped[str] = mapped_column(String(150))
    agency_name: Mapped[str] = mapped_column(String(150))
    place_name: Mapped[str] = mapped_column(String(150))
    officer_name: Mapped[str] = mapped_column(String(150), default="")
    chairman_name: Mapped[str] = mapped_column(String(150), default="")
    vice_chairman_name: Mapped[str] = mapped_column(String(150), default="")
    upper_recipient: Mapped[str] = mapped_column(String(150), default="")
    updated_at: Mapped[datetime]


class VillageRecord(Base):
    """A thôn / bản / tổ dân phố of the commune. Retired villages stay for old records."""

    __tablename__ = "villages"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class SettingRecord(Base):
    """Small key/value settings that belong to the data (not to the PC)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


__all__ = ["CommuneProfileRecord", "SettingRecord", "VillageRecord"]
