"""What every document of the commune shares: the agency's lines, the issuing body's name, the
place of the date line — all from the commune profile."""

from __future__ import annotations

from typing import Any

from commune_care.domain.dates import format_date
from commune_care.domain.document_texts import lines
from commune_care.domain.documents import issuer_name
from commune_care.domain.official_document import Align, Block, Heading, Paragraph, Run
from commune_care.domain.schemas.commune import CommuneProfileIn


def commune_parts(profile: CommuneProfileIn) -> dict[str, Any]:
    """``agency``, ``issuer`` and ``place`` for :class:`OfficialDocument`: 'ỦY BAN NHÂN DÂN' /
    'XÃ HÒA CƯ', 'Ủy ban nhân dân xã Hòa Cư', 'Hòa Cư'."""
    agency = tuple(line for line in (profile.agency_parent, profile.agency_name) if line)
    return {
        "agency": agency,
        "issuer": issuer_name(profile.commune_name),
        "place": profile.place_name,
    }


def dmy(value: Any) -> str:
    return format_date(value)


def paragraphs(text: str) -> list[Block]:
    """An edited text as body paragraphs, one per line (justified, first line indented)."""
    return [Paragraph(text=line) for line in lines(text)]


def titled(text: str) -> list[Block]:
    """A text whose first line is a heading ('Trạm Y tế xã') and the rest its paragraphs: one
    body of 'Tổ chức thực hiện'. Nothing when the text is empty."""
    parts = lines(text)
    if not parts:
        return []
    return [Heading(level=2, text=parts[0]), *(Paragraph(text=line) for line in parts[1:])]


def recipients(text: str) -> tuple[str, ...]:
    """Nơi nhận from an edited text, one per line."""
    return tuple(lines(text))


def with_ending(items: list[str], last: str = ".") -> list[str]:
    """Each line ending ';' and the last ``last`` (căn cứ lines: Phụ lục I, mục II.6.a)."""
    cleaned = [item.rstrip(" ;.,") for item in items]
    return [f"{item}{last if n == len(cleaned) - 1 else ';'}" for n, item in enumerate(cleaned)]


def decision_opening(authority: str, basis: str, proposal: str) -> list[Block]:
    """Mẫu 1.2: the authority issuing (capitals, bold, centred), the căn cứ lines (italic, one
    a line, ';' after each and '.' after the last), 'QUYẾT ĐỊNH:' (capitals, bold, centred)."""
    grounds = lines(basis) + lines(proposal)
    out: list[Block] = []
    if authority.strip():
        out.append(Paragraph(text=authority.upper(), align=Align.CENTER, indent=False,
                             bold=True, keep_with_next=True))  # fmt: skip
    out += [Paragraph(text=line, italic=True) for line in with_ending(grounds)]
    out.append(Paragraph(text="QUYẾT ĐỊNH:", align=Align.CENTER, indent=False, bold=True,
                         keep_with_next=True))  # fmt: skip
    return out


def article(number: int, text: str) -> list[Block]:
    """'Điều 1. …' — the word and number bold (mục II.6.đ), the text upright; a text of several
    lines goes on in paragraphs of its own."""
    parts = lines(text)
    if not parts:
        return []
    first = Paragraph(runs=(Run(text=f"Điều {number}. ", bold=True), Run(text=parts[0])))
    return [first, *(Paragraph(text=line) for line in parts[1:])]


__all__ = [
    "article",
    "commune_parts",
    "decision_opening",
    "dmy",
    "paragraphs",
    "recipients",
    "titled",
    "with_ending",
]
