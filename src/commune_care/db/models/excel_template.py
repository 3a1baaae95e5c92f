"""The provinces' own Excel templates the commune fills (issue #6 item 2): the mapping of each
column to one of our fields, where the list goes, and a copy of the template file itself, so an
export never depends on a downloaded file that may have moved. Deleting a template deletes its
row: it is a setting of the office, not a record of a child."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_care.db.base import Base


class ExcelTemplateRecord(Base):
    __tablename__ = "excel_templates"
    __table_args__ = (
        CheckConstraint("dataset IN ('children', 'special', 'group')", name="dataset"),
        CheckConstraint("(dataset = 'group') = (group_code != '')", name="group"),
        CheckConstraint("header_first >= 1 AND header_last >= header_first", name="header"),
        CheckConstraint("data_first > header_last", name="data_first"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), unique=True)  # folded: one per name
    dataset: Mapped[str] = mapped_column(String(20))  # TemplateDataset code
    group_code: Mapped[str] = mapped_column(String(30), default="")
    sheet: Mapped[str] = mapped_column(String(100))
    header_first: Mapped[int]
    header_last: Mapped[int]
    data_first: Mapped[int]
    columns: Mapped[str] = mapped_column(Text)  # JSON: [{"column", "label", "field"}, …]
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_data: Mapped[bytes] = mapped_column(LargeBinary)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


__all__ = ["ExcelTemplateRecord"]
