"""The audit trail as the page, the history tabs and the CLI read it (issue #8)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from commune_care.domain.schemas.text import clean_text

FILTER_TEXT_MAX = 200


class AuditFilter(BaseModel):
    """What the officer narrows the trail to; empty means "any"."""

    model_config = ConfigDict(frozen=True)

    user: str = ""
    action: str = ""
    entity: str = ""
    entity_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""  # found in the user, the object or the changes, diacritics ignored

    @field_validator("user", "action", "entity", "text", mode="before")
    @classmethod
    def _clean(cls, value: object) -> str:
        return clean_text(value, label="Nội dung tìm", max_length=FILTER_TEXT_MAX)

    @model_validator(mode="after")
    def _dates_in_order(self) -> AuditFilter:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("“Từ ngày” phải trước hoặc bằng “đến ngày”.")
        return self


class FieldChange(BaseModel):
    """One field of an entry: its old and new value as text ("" when there is none)."""

    model_config = ConfigDict(frozen=True)

    field: str
    label: str
    old: str
    new: str


class AuditEntryOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    at: datetime
    user: str
    action: str  # the stored code ("update")
    action_label: str  # "Sửa hồ sơ"
    entity: str
    entity_label: str
    entity_id: int | None
    summary: str
    changes: tuple[FieldChange, ...] = ()


class AuditVerification(BaseModel):
    """The result of checking the hash chain, worded for the officer."""

    model_config = ConfigDict(frozen=True)

    intact: bool
    checked: int
    total: int
    last_id: int | None = None
    last_at: datetime | None = None
    broken_id: int | None = None
    broken_at: datetime | str | None = None
    problem: str = ""  # Breakage value: edited, inserted, missing, reordered
    message: str  # one Vietnamese paragraph: the summary, or the first broken entry
