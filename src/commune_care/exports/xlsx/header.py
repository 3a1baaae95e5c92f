"""Find the header of a list below its title rows: "ỦY BAN NHÂN DÂN XÃ …", "DANH SÁCH TRẺ EM …",
dates and blank lines first, then one header row — or two, when cells are merged: "Ngày sinh"
over "Nam" | "Nữ", "Họ tên cha mẹ" over "Cha" | "Mẹ".

openpyxl's read-only mode does not report merged ranges, so a merge is recognised by its shape:
a merged upper cell holds its text in its first column and leaves the next ones empty above
their lower labels; a cell merged down over both rows leaves the lower row empty under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from commune_care.domain.import_values import cell_text
from commune_care.domain.schemas.children_import import ImportField
from commune_care.exports.xlsx.columns import MAX_LABEL, guess_column

HEADER_SCAN_ROWS = 40  # the header must start within these rows


@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # 1-based: one row, or the two rows of a two-level header
    tops: tuple[str, ...]  # the upper label of each column (merged cells spread over theirs)
    subs: tuple[str, ...]  # the lower label ("" for a one-level header)
    fields: tuple[ImportField, ...]  # the guessed field of each column (IGNORE when unknown)

    @property
    def labels(self) -> tuple[str, ...]:
        """Each column's header as shown to the user: 'Ngày sinh / Nam'."""
        return tuple(
            f"{t} / {s}" if t and s and t != s else (s or t)
            for t, s in zip(self.tops, self.subs, strict=True)
        )


def _texts(values: Sequence[Any], width: int) -> list[str]:
    out = [cell_text(v) if isinstance(v, str) else "" for v in values[:width]]
    return out + [""] * (width - len(out))


def _texty(values: Sequence[Any]) -> bool:
    """Only short text: what a header row holds (a data row has dates, numbers, long text)."""
    cells = [v for v in values if v is not None and cell_text(v)]
    return bool(cells) and all(isinstance(v, str) and len(cell_text(v)) <= MAX_LABEL for v in cells)


def _filled(values: Sequence[Any]) -> int:
    return sum(1 for v in values if v is not None and cell_text(v))


def _spread(tops: list[str], subs: list[str]) -> list[str]:
    """An upper label merged across several columns: its text is in the first one only."""
    spread = list(tops)
    for j in range(1, len(spread)):
        if not spread[j] and subs[j] and subs[j - 1] and spread[j - 1]:
            spread[j] = spread[j - 1]
    return spread


def _fields(tops: Sequence[str], subs: Sequence[str]) -> list[ImportField | None]:
    # "Ngày sinh / Nam" in one cell: the two levels as this module labels them (the workbook of
    # rejected lines has one header row written that way).
    pairs = [
        tuple(t.rsplit(" / ", 1)) if not s and " / " in t else (t, s)
        for t, s in zip(tops, subs, strict=True)
    ]
    tops, subs = [p[0] for p in pairs], [p[1] for p in pairs]
    fields: list[ImportField | None] = []
    for j, (top, sub) in enumerate(zip(tops, subs, strict=True)):
        siblings = [s for k, s in enumerate(subs) if k != j and top and tops[k] == top]
        fields.append(guess_column(top, sub, siblings))
    return fields


def _score(fields: Sequence[ImportField | None]) -> int:
    found = {f for f in fields if f is not None and f is not ImportField.IGNORE}
    return len(found) if ImportField.FULL_NAME in found else 0


def _settle(fields: Sequence[ImportField | None]) -> tuple[ImportField, ...]:
    """One column per field (the first one), except the fields that take several."""
    seen: set[ImportField] = set()
    out = []
    for field in fields:
        if field is None or (field in seen and not field.repeatable):
            out.append(ImportField.IGNORE)
            continue
        seen.add(field)
        out.append(field)
    return tuple(out)


def find_header(rows: Sequence[tuple[int, Sequence[Any]]]) -> Header | None:
    """The header among the first rows of a sheet (``(row number, values)``), or None when no
    row names at least the children's names and one more column."""
    rows = [(n, r) for n, r in rows if n <= HEADER_SCAN_ROWS + 1]
    width = max((len(r) for _, r in rows), default=0)
    best: tuple[tuple[int, int, int], Header] | None = None
    for i, (number, values) in enumerate(rows):
        if number > HEADER_SCAN_ROWS or not _texty(values) or _filled(values) < 2:
            continue
        tops = _texts(values, width)
        blank = [""] * width
        single = _fields(tops, blank)
        candidates: list[tuple[tuple[int, ...], list[str], list[str], list[ImportField | None]]]
        candidates = [((number,), tops, blank, single)]
        if i + 1 < len(rows) and rows[i + 1][0] == number + 1 and _texty(rows[i + 1][1]):
            subs = _texts(rows[i + 1][1], width)
            names = [j for j, f in enumerate(single) if f is ImportField.FULL_NAME]
            # Under a real upper "Họ và tên" (merged down) the lower cell is empty; under a
            # header row the first data row has the child's name.
            if not names or not subs[names[0]]:
                spread = _spread(tops, subs)
                candidates.append(((number, number + 1), spread, subs, _fields(spread, subs)))
        for numbers, t, s, fields in candidates:
            score = _score(fields)
            if score < 2:
                continue
            key = (score, -len(numbers), -number)
            if best is None or key > best[0]:
                best = (key, Header(numbers, tuple(t), tuple(s), _settle(fields)))
    return None if best is None else best[1]


def is_numbering_row(values: Sequence[Any]) -> bool:
    """The row of column numbers under many official headers: 1 2 3 …, (1) (2) …, A B C …"""
    cells = [cell_text(v) for v in values if v is not None and cell_text(v)]
    if len(cells) < 3:
        return False
    for text in cells:
        bare = text.strip("()[] .")
        if not (bare.isdigit() and len(bare) <= 2) and not (len(bare) == 1 and bare.isalpha()):
            return False
    return True
