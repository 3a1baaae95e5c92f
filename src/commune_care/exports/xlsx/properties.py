"""Who made a workbook and when, in its document properties (File ▸ Info in Excel), so a copy
found later can be traced to the audit trail (issue #8)."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def stamp(workbook: Any, prepared_by: str, at: datetime, title: str = "") -> None:
    """Set the creator, last-modified-by, dates, title and a line saying where it came from."""
    props = workbook.properties
    props.creator = prepared_by
    props.lastModifiedBy = prepared_by
    props.created = at
    props.modified = at
    if title:
        props.title = title
    props.description = (
        f"Tệp do «{prepared_by}» lập lúc {at.strftime('%d/%m/%Y %H:%M')} bằng commune_care"
    )
