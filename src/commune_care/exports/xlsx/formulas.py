"""Formulas that have no value stored with them.

A workbook keeps, beside each formula, the value Excel last computed for it; openpyxl's
``data_only`` mode reads that value and nothing else. A file written by a program that does not
calculate (a script, some web exports) has formulas with no stored value: they read as empty
cells, and an import would say "name missing" where the truth is "this is a formula Excel never
computed". This module finds those cells by scanning the sheet's XML once, in chunks, so the
import can say so.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl.utils import column_index_from_string

_CHUNK = 1 << 20
_LIMIT = 10_000  # cells reported at most
# A cell whose first child is a formula, then its value if any: <c r="B7" …><f>…</f><v>…</v></c>.
_FORMULA_CELL = re.compile(
    rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]+)"[^>]*>\s*<f\b[^>]*(?:/>|>[^<]*</f>)\s*(<v>\s*[^<\s][^<]*</v>)?'
)


def uncached_formula_cells(path: Path, part: str) -> set[tuple[int, int]]:
    """(row, column) — both 1-based — of the formula cells without a stored value in the sheet
    stored at ``part`` inside the .xlsx ``path``; empty when the part cannot be read."""
    found: set[tuple[int, int]] = set()

    def scan(data: bytes) -> None:
        if b"<f" not in data:
            return
        for m in _FORMULA_CELL.finditer(data):
            if m.group(3) is None and len(found) < _LIMIT:
                found.add((int(m.group(2)), column_index_from_string(m.group(1).decode())))

    try:
        with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as stream:
            buffer = b""
            while chunk := stream.read(_CHUNK):
                buffer += chunk
                cut = buffer.rfind(b"<c ")  # the last cell may be cut: keep it for the next round
                if cut > 0:
                    scan(buffer[:cut])
                    buffer = buffer[cut:]
            scan(buffer)
    except (KeyError, OSError, zipfile.BadZipFile, EOFError, ValueError):
        return found
    return found
