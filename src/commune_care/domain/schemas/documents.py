"""DTOs of the register of outgoing documents (sổ văn bản đi): a draft, its issue (number, date,
signer), its cancellation; what the register lists."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator, model_validator

from commune_care.domain.documents import (
    DocumentStatus,
    DocumentType,
    EntityKind,
    SignerRole,
    authority_lines,
    number_symbol,
)
from commune_care.domain.official_document import OfficialDocument
from commune_care.domain.schemas.text import clean_text

SUBJECT_MAX = 500
RECIPIENT_MAX = 255
RECIPIENTS_MAX_LINES = 40
NAME_MAX = 150
REASON_MAX = 1000
MARKING_MAX = 50
YEAR_MIN, YEAR_MAX = 1900, 9999
KEEP_LINE = "Lưu"  # the last line of Nơi nhận: "Lưu: VT, VHXH"


def _recipients(value: Any) -> tuple[str, ...]:
    """Lines from a list or one text (one per line); the dash and the end punctuation go, the
    engine writes them."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        raise ValueError("Nơi nhận: mỗi nơi một dòng.")
    lines = []
    for raw in value:
        text = clean_text(raw, label="Một dòng của «Nơi nhận»", max_length=RECIPIENT_MAX)
        text = text.lstrip("-–•+ ").rstrip(";.,").strip()
        if text:
            lines.append(text)
    if len(lines) > RECIPIENTS_MAX_LINES:
        raise ValueError(f"Nơi nhận có {len(lines)} dòng; tối đa {RECIPIENTS_MAX_LINES} dòng.")
    return tuple(lines)


class DocumentDraftIn(BaseModel):
    """A document as drafted: no number yet. ``content`` is the document laid out (built by a
    template from the data, or edited); the register's own fields override its header."""

    model_config = ConfigDict(frozen=True)

    doc_type: DocumentType
    subject: str
    recipients: tuple[str, ...] = ()
    entity_kind: EntityKind | None = None
    entity_id: int | None = None
    template: str = ""
    marking: str = ""
    content: OfficialDocument | None = None

    @field_validator("subject", mode="before")
    @classmethod
    def _subject(cls, value: Any) -> str:
        text = clean_text(value, label="Trích yếu", max_length=SUBJECT_MAX)
        if not text:
            raise ValueError("Hãy nhập trích yếu nội dung văn bản (văn bản về việc gì).")
        return text

    @field_validator("recipients", mode="before")
    @classmethod
    def _recipients(cls, value: Any) -> tuple[str, ...]:
        return _recipients(value)

    @field_validator("marking", mode="before")
    @classmethod
    def _marking(cls, value: Any) -> str:
        return clean_text(value, label="Dấu mức độ mật", max_length=MARKING_MAX).upper()

    @field_validator("template", mode="before")
    @classmethod
    def _template(cls, value: Any) -> str:
        text = clean_text(value, label="Mẫu", max_length=40)
        if text and not (text.isascii() and text.replace("_", "").isalnum()):
            raise ValueError("Mã mẫu văn bản chỉ gồm chữ không dấu, số và dấu gạch dưới.")
        return text

    @model_validator(mode="after")
    def _entity(self) -> DocumentDraftIn:
        if (self.entity_kind is None) != (self.entity_id is None):
            raise ValueError(
                "Văn bản gắn với một hồ sơ, một trẻ, một trường hợp chăm sóc thay thế hoặc một "
                "năm: hãy chọn cả loại và đối tượng, hoặc bỏ trống cả hai."
            )
        if self.entity_kind is EntityKind.YEAR and not (
            YEAR_MIN <= (self.entity_id or 0) <= YEAR_MAX
        ):
            raise ValueError(f"Năm {self.entity_id} không hợp lệ; hãy nhập năm có 4 chữ số.")
        return self


class IssueIn(BaseModel):
    """Issuing a draft: the date, who signs, and the number (None: the next one of its type
    in that year)."""

    model_config = ConfigDict(frozen=True)

    issued_on: date
    signer_role: SignerRole
    on_behalf: bool = True  # "TM. ỦY BAN NHÂN DÂN": a document of the committee as a body
    signer_name: str
    number: int | None = None

    @field_validator("issued_on")
    @classmethod
    def _date(cls, value: date) -> date:
        if value > date.today():
            raise ValueError("Ngày ban hành ở tương lai. Hãy kiểm tra lại.")
        if value.year < YEAR_MIN:
            raise ValueError(f"Năm {value.year} không hợp lệ. Hãy kiểm tra lại ngày ban hành.")
        return value

    @field_validator("signer_name", mode="before")
    @classmethod
    def _name(cls, value: Any) -> str:
        text = clean_text(value, label="Họ tên người ký", max_length=NAME_MAX)
        if not text:
            raise ValueError(
                "Hãy nhập họ tên người ký (hoặc nhập tên Chủ tịch, Phó Chủ tịch trong Cài đặt)."
            )
        return text

    @field_validator("number")
    @classmethod
    def _number(cls, value: int | None, info: ValidationInfo) -> int | None:
        if value is not None and value < 1:
            raise ValueError("Số văn bản bắt đầu từ 01. Hãy để trống để lấy số tiếp theo.")
        return value

    @property
    def authority(self) -> tuple[str, ...]:
        return authority_lines(self.signer_role, self.on_behalf)


class CancelIn(BaseModel):
    model_config = ConfigDict(frozen=True)

    reason: str
    cancelled_on: date

    @field_validator("reason", mode="before")
    @classmethod
    def _reason(cls, value: Any) -> str:
        text = clean_text(value, label="Lý do hủy", max_length=REASON_MAX, multiline=True)
        if not text:
            raise ValueError("Hãy ghi lý do hủy văn bản (số của văn bản vẫn được giữ lại).")
        return text

    @field_validator("cancelled_on")
    @classmethod
    def _date(cls, value: date) -> date:
        if value > date.today():
            raise ValueError("Ngày hủy ở tương lai. Hãy kiểm tra lại.")
        return value


class DocumentOut(BaseModel):
    """A row of the register (without the document's content)."""

    model_config = ConfigDict(frozen=True)

    id: int
    doc_type: DocumentType
    type_label: str
    status: DocumentStatus
    status_label: str
    year: int | None
    number: int | None
    symbol: str  # 'KH-UBND'
    issued_on: date | None
    subject: str
    recipients: tuple[str, ...]
    signer_role: SignerRole | None
    signer_title: tuple[str, ...]
    signer_name: str
    entity_kind: EntityKind | None
    entity_id: int | None
    template: str
    marking: str
    cancelled_on: date | None
    cancel_reason: str
    created_by: str
    created_at: datetime
    updated_at: datetime

    @property
    def number_symbol(self) -> str:
        """'05/KH-UBND'; '' while a draft."""
        return number_symbol(self.number, self.symbol) if self.number is not None else ""

    @property
    def signer_label(self) -> str:
        """'Lê Văn Sơn (Phó Chủ tịch)'."""
        if not self.signer_name:
            return ""
        role = f" ({self.signer_role.label})" if self.signer_role else ""
        return f"{self.signer_name}{role}"


class DocumentFilter(BaseModel):
    """What the register shows. ``year``: documents issued in that year, and drafts made in it."""

    model_config = ConfigDict(frozen=True)

    year: int | None = None
    doc_type: DocumentType | None = None
    status: DocumentStatus | None = None
    entity_kind: EntityKind | None = None
    entity_id: int | None = None


__all__ = [
    "CancelIn",
    "DocumentDraftIn",
    "DocumentFilter",
    "DocumentOut",
    "IssueIn",
]
