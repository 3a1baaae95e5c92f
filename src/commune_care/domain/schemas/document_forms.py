"""A document the officer edits before it is printed and registered: its template, what it
belongs to, and its texts field by field (``domain/document_templates.py``)."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from commune_care.domain.document_templates import FIELD_LABELS
from commune_care.domain.documents import DocumentType, EntityKind
from commune_care.domain.schemas.text import clean_text

FIELD_MAX = 20_000  # characters of one field: a long section of a plan
MARKING_MAX = 50


class FormField(BaseModel):
    """One text of the document. ``standard``: the template's text for this document (what
    "Reset" puts back); ``reused``: the text was taken from an earlier document."""

    model_config = ConfigDict(frozen=True)

    key: str
    text: str
    standard: str
    reused: bool = False
    multiline: bool = True


class DocumentForm(BaseModel):
    """The texts of one document before it is laid out. ``doc_id``: the draft in the register
    it edits (None: not saved yet). ``reused_from``: the earlier document whose texts it took
    ('Kế hoạch số 05/KH-UBND (năm 2024)'), '' when it starts from the template. ``note``: what
    the officer should know before issuing it (the number a decision was recorded under)."""

    model_config = ConfigDict(frozen=True)

    template: str
    doc_type: DocumentType
    entity_kind: EntityKind
    entity_id: int
    year: int | None = None
    doc_id: int | None = None
    fields: tuple[FormField, ...]
    include_confidential: bool = False
    marking: str = ""
    reused_from: str = ""
    note: str = ""  # what the officer should know before issuing it (Vietnamese)

    def text(self, key: str) -> str:
        for field in self.fields:
            if field.key == key:
                return field.text
        return ""

    @property
    def texts(self) -> dict[str, str]:
        return {f.key: f.text for f in self.fields}

    def with_texts(
        self,
        texts: Mapping[str, str],
        include_confidential: bool | None = None,
        marking: str | None = None,
    ) -> DocumentForm:
        """The same form with the texts the officer typed (cleaned: NFC, no control
        characters, within the length). Raises ``ValueError`` with a Vietnamese message."""
        fields = []
        for field in self.fields:
            raw = texts.get(field.key, field.text)
            label = FIELD_LABELS.get(field.key, field.key)
            text = clean_text(raw, label=f"«{label}»", max_length=FIELD_MAX,
                              multiline=field.multiline)  # fmt: skip
            fields.append(field.model_copy(update={"text": text.strip()}))
        update: dict[str, object] = {"fields": tuple(fields)}
        if include_confidential is not None:
            update["include_confidential"] = include_confidential
        if marking is not None:
            update["marking"] = clean_text(marking, label="Dấu mức độ mật",
                                           max_length=MARKING_MAX).upper()  # fmt: skip
        return self.model_copy(update=update)


__all__ = ["DocumentForm", "FormField"]
