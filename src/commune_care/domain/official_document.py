"""The plain model of an official document, which the PDF engine (``exports/pdf``) lays out in the
Nghị định 30/2020 Phụ lục I format.

Every later document — the year's plan and report, Mẫu 04/05/12, the child's record sheet, the
lists — is a function that builds an :class:`OfficialDocument` from data; the engine knows
nothing about children or cases. The model is plain data (pydantic, frozen), so it can be stored
as JSON in the register of outgoing documents and laid out again, identical, at any time.

All text is NFC-normalised on the way in (NFD input renders as NFC) and is plain text: the engine
escapes it; emphasis is given by the flags of a block or by :class:`Run` pieces.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from commune_care.domain.documents import (
    SignerRole,
    appendix_reference,
    authority_lines,
    number_symbol,
    place_and_date,
)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


def _nfc_keep_spaces(value: Any) -> Any:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


Text = Annotated[str, BeforeValidator(_nfc)]
# A run of a paragraph keeps its spaces: 'Căn cứ ' + 'Luật Trẻ em' (bold).
RunText = Annotated[str, BeforeValidator(_nfc_keep_spaces)]


class Align(StrEnum):
    JUSTIFY = "justify"
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Run(_Part):
    """A piece of a paragraph with its own emphasis."""

    text: RunText
    bold: bool = False
    italic: bool = False


class Paragraph(_Part):
    """Body text: justified, first line indented (Phụ lục I, mục II.6.e) unless told otherwise.
    ``runs`` replace ``text`` when a paragraph mixes emphasis."""

    kind: Literal["paragraph"] = "paragraph"
    text: Text = ""
    runs: tuple[Run, ...] = ()
    align: Align = Align.JUSTIFY
    indent: bool = True
    bold: bool = False
    italic: bool = False
    keep_with_next: bool = False


class Heading(_Part):
    """A heading of the body: level 1 'I. MỤC ĐÍCH, YÊU CẦU' (capitals, bold), level 2 '1. Mục
    đích' (bold), level 3 'a) …' (upright). ``number`` None: the engine numbers them (I, II …;
    1, 2 … again under each level 1; a, b, c, d, đ … under each level 2)."""

    kind: Literal["heading"] = "heading"
    level: Literal[1, 2, 3]
    text: Text
    number: Text | None = None


class Column(_Part):
    title: Text
    width: float = Field(default=1.0, gt=0)  # share of the table's width
    align: Align = Align.LEFT


class Table(_Part):
    """A table whose header row is repeated on every page it runs over. ``landscape``: a wide
    table on landscape pages of its own inside a portrait document."""

    kind: Literal["table"] = "table"
    columns: tuple[Column, ...]
    rows: tuple[tuple[Text, ...], ...] = ()
    size: float = Field(default=12, ge=8, le=14)
    totals: int = Field(default=0, ge=0)  # the last N rows are totals, in bold
    landscape: bool = False

    @model_validator(mode="after")
    def _row_width(self) -> Table:
        for i, row in enumerate(self.rows, start=1):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"Dòng {i} của bảng có {len(row)} ô, bảng có {len(self.columns)} cột."
                )
        return self


class FieldItem(_Part):
    label: Text
    value: Text = ""


class Fields(_Part):
    """Label and value pairs, one per line, values aligned (a record sheet)."""

    kind: Literal["fields"] = "fields"
    items: tuple[FieldItem, ...]


class Spacer(_Part):
    kind: Literal["spacer"] = "spacer"
    height: float = Field(default=6, ge=0)  # points


class PageBreak(_Part):
    kind: Literal["page_break"] = "page_break"


Block = Annotated[
    Paragraph | Heading | Table | Fields | Spacer | PageBreak, Field(discriminator="kind")
]


class Signer(_Part):
    """The signature block: the authority lines in capitals ('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ
    TỊCH', 'PHÓ CHỦ TỊCH'), room for the signature and seal, the name. ``note`` is an italic line
    under the authority ('(Ký, ghi rõ họ tên)' on forms)."""

    authority: tuple[Text, ...]
    name: Text = ""
    note: Text = ""

    @classmethod
    def commune(cls, role: SignerRole, name: str, on_behalf: bool = True) -> Signer:
        return cls(authority=authority_lines(role, on_behalf), name=name)


class Appendix(_Part):
    """'Phụ lục I' (number '' when there is only one), its title in capitals, the reference to
    the document it goes with, then its own blocks on pages numbered on their own.

    With ``type_name`` it is instead a document issued with a decision (Phụ lục III, Mẫu 1.3,
    "Mẫu văn bản được ban hành, phê duyệt kèm theo quyết định"): the header without a number
    or a date, the type name ('KẾ HOẠCH'), ``title`` as its subject (bold, as written), the
    reference ('(Kèm theo Quyết định số …)') and the short rule."""

    number: Text = ""
    title: Text
    type_name: Text = ""
    blocks: tuple[Block, ...] = ()
    landscape: bool = False


class OfficialDocument(_Part):
    """One document as Nghị định 30/2020 lays it out.

    - ``agency_parent`` (upright) and ``agency`` (bold) are the lines top left, in capitals
      ('ỦY BAN NHÂN DÂN', 'XÃ HÒA CƯ'); ``issuer`` is the same body in words ('Ủy ban nhân dân
      xã Hòa Cư') for the appendices' reference.
    - ``symbol`` 'KH-UBND' gives the 'Số: 05/KH-UBND' line ('' for none); ``number`` None
      leaves the number blank (a draft); ``issued_on`` None leaves the day and month blank.
    - ``type_name`` 'KẾ HOẠCH' and ``subject`` stand centred under the header.
    - ``recipients`` are the 'Nơi nhận' lines without dash or final punctuation ('UBND huyện',
      …, 'Lưu: VT, VHXH'); ``signers``: one (right, beside Nơi nhận) or two (left and right).
    - ``marking``: 'MẬT' or another restriction, framed under the number.
    - ``landscape``: the whole document on landscape pages (a list that is a wide table).
    - ``addressees``: 'Kính gửi' (ô 9a) under the subject, for a report or a submission sent
      to the upper level; Nơi nhận then starts with 'Như trên'.
    - ``reference``: an italic line under the subject, above its rule: the decision a document
      goes with ('(Kèm theo Quyết định số 09/QĐ-UBND …)', Phụ lục III Mẫu 1.3).
    - ``template`` and ``texts``: what the document was built from — the template's code and
      the texts the officer edited, by field — kept with it in the register, so that the next
      one (next year's plan) starts from them. The engine does not print them.
    """

    agency_parent: tuple[Text, ...] = ()
    agency: tuple[Text, ...]
    issuer: Text = ""
    symbol: Text = ""
    number: int | None = Field(default=None, ge=1)
    place: Text
    issued_on: date | None = None
    year: int | None = None  # the year printed in a blank date; issued_on's or this year's
    type_name: Text = ""
    subject: Text = ""
    blocks: tuple[Block, ...] = ()
    recipients: tuple[Text, ...] = ()
    signers: tuple[Signer, ...] = Field(default=(), max_length=2)
    marking: Text = ""
    appendices: tuple[Appendix, ...] = ()
    landscape: bool = False
    addressees: tuple[Text, ...] = ()
    reference: Text = ""
    template: Text = ""
    texts: dict[str, Text] = Field(default_factory=dict)

    @property
    def number_line(self) -> str:
        """'Số: 05/KH-UBND', or '' when the document carries no number."""
        return f"Số: {number_symbol(self.number, self.symbol)}" if self.symbol else ""

    @property
    def date_line(self) -> str:
        return place_and_date(self.place, self.issued_on, self.year)

    def appendix_number(self, index: int) -> str:
        """'Phụ lục I' … ; a single appendix without a number is just 'Phụ lục'."""
        appendix = self.appendices[index]
        return f"Phụ lục {appendix.number}".strip()

    @property
    def appendix_reference(self) -> str:
        return appendix_reference(
            self.type_name or "văn bản", self.number, self.symbol, self.issued_on, self.issuer,
            self.year,
        )  # fmt: skip


__all__ = [
    "Align",
    "Appendix",
    "Block",
    "Column",
    "FieldItem",
    "Fields",
    "Heading",
    "OfficialDocument",
    "PageBreak",
    "Paragraph",
    "Run",
    "Signer",
    "Spacer",
    "Table",
    "Text",
]
