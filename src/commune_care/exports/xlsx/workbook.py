"""Open a workbook safely and stream the rows of one sheet.

openpyxl in read-only mode with the values Excel stored for formulas (``data_only``): memory
stays flat however long the sheet is. The file is checked first (``safety``); whatever a damaged
file makes openpyxl raise while reading is turned into a ``WorkbookError`` — this is where an
untrusted file meets a third-party parser, so no exception of the parser's may escape as a crash.
"""

from __future__ import annotations

import logging
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from openpyxl import load_workbook

from commune_care.domain.schemas.children_import import SheetInfo, SheetState
from commune_care.exports.xlsx.errors import WorkbookError
from commune_care.exports.xlsx.formulas import uncached_formula_cells
from commune_care.exports.xlsx.safety import check_workbook_file

log = logging.getLogger("commune_care.exports.xlsx")

# openpyxl warns about every extension it does not keep (data validation, slicers…): noise here.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")

Row = tuple[Any, ...]


def _damaged(name: str) -> WorkbookError:
    return WorkbookError(
        f"Tệp «{name}» bị hỏng ở giữa chừng, không đọc hết được. Hãy mở tệp bằng Excel, lưu lại "
        "(hoặc chép lại tệp từ nơi gửi) rồi chọn lại."
    )


_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError)


class Workbook:
    """An open .xlsx file: its sheets, and the rows of each. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        check_workbook_file(path)
        self.path = path
        self.name = path.name
        self._file: BinaryIO | None = path.open("rb")
        try:
            # A file object, not the path: openpyxl would refuse a name not ending in .xlsx.
            self._book: Any = load_workbook(
                self._file, read_only=True, data_only=True, keep_links=False
            )
        except Exception as exc:  # any failure of the parser on an untrusted file
            self.close()
            log.info("openpyxl could not open %s: %r", path, exc)
            raise WorkbookError(
                f"Tệp «{self.name}» không mở được như một tệp Excel .xlsx (tệp hỏng hoặc do "
                "chương trình khác tạo ra không đúng chuẩn). Hãy mở bằng Excel, lưu lại rồi chọn lại."
            ) from None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        book = getattr(self, "_book", None)
        if book is not None:
            try:
                book.close()
            except Exception:  # closing a damaged archive must not hide the real error
                log.debug("closing workbook failed", exc_info=True)
            self._book = None
        if self._file is not None:
            self._file.close()
            self._file = None

    # --- sheets -------------------------------------------------------------------------------
    @property
    def sheets(self) -> tuple[SheetInfo, ...]:
        result = []
        for title in self._book.sheetnames:
            sheet = self._book[title]
            state = getattr(sheet, "sheet_state", "visible")
            try:
                sheet_state = SheetState(state)
            except ValueError:
                sheet_state = SheetState.VISIBLE
            result.append(SheetInfo(title, sheet_state, hasattr(sheet, "iter_rows")))
        return tuple(result)

    def default_sheet(self) -> str:
        """The sheet Excel opens on when it is visible, else the first visible worksheet."""
        sheets = [s for s in self.sheets if s.is_worksheet]
        if not sheets:
            raise WorkbookError(f"Tệp «{self.name}» không có trang tính nào chứa dữ liệu.")
        try:
            active = self._book.active
        except Exception:
            active = None
        for s in sheets:
            if active is not None and s.name == getattr(active, "title", None) and not s.hidden:
                return s.name
        visible = [s for s in sheets if not s.hidden]
        return (visible or sheets)[0].name

    def _sheet(self, name: str) -> Any:
        if name not in self._book.sheetnames:
            names = ", ".join(f"«{s.name}»" for s in self.sheets)
            raise WorkbookError(
                f"Tệp «{self.name}» không có trang tính «{name}». Các trang tính: {names}."
            )
        sheet = self._book[name]
        if not hasattr(sheet, "iter_rows"):
            raise WorkbookError(f"Trang «{name}» là biểu đồ, không có ô dữ liệu để nhập.")
        return sheet

    def estimated_rows(self, name: str) -> int | None:
        """The last row the sheet says it uses (its <dimension>), which may be wrong or absent."""
        try:
            value = self._sheet(name).max_row
        except WorkbookError:
            raise
        except Exception:
            return None
        return int(value) if isinstance(value, int) else None

    def rows(self, name: str) -> Iterator[tuple[int, Row]]:
        """(row number, values) for every row from the first, empty rows included as ``()``.
        Row tuples have different lengths: each ends at its last written cell."""
        sheet = self._sheet(name)
        try:
            sheet.reset_dimensions()  # a wrong <dimension> would cut the sheet short
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, tuple(values)
        except _READ_ERRORS as exc:
            log.info("reading %s!%s failed: %r", self.path, name, exc)
            raise _damaged(self.name) from None
        except Exception as exc:  # anything else a malformed file makes the parser raise
            log.warning("unexpected parser failure on %s!%s", self.path, name, exc_info=True)
            raise _damaged(self.name) from exc

    def uncached_formulas(self, name: str) -> set[tuple[int, int]]:
        """(row, column) of formula cells with no stored value (they read as empty)."""
        part = getattr(self._sheet(name), "_worksheet_path", None)
        if not isinstance(part, str):
            return set()
        return uncached_formula_cells(self.path, part)


def open_workbook(path: str | Path) -> Workbook:
    return Workbook(Path(path))
