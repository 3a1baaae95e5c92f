"""Import children from the Excel lists a commune already keeps (issue #6, item 3).

The steps, each a method the wizard and the CLI call in turn:

1. ``inspect(path, sheet)`` — open the file safely, choose the sheet, find the header below the
   title rows, and propose where each column goes: the mapping saved for this template (the
   header's signature) when the commune imported such a sheet before, else the guess from the
   header labels. Reads only the first rows.
2. ``preview(layout)`` — read every line with the (possibly corrected) mapping: each becomes a
   ``ChildIn`` validated by the register's own rules, or a rejected line with its reasons; then
   the register's duplicate check, against the children already registered and against earlier
   lines of the file.
3. ``import_rows(preview)`` — write every valid, non-duplicate line in ONE transaction (all or
   nothing; cancel rolls it back), checking duplicates again against the register as it is now,
   and save the mapping for the template. Audit: one summary row for the import, plus per child
   what ``ChildrenService.create``/``classify`` write.
4. ``write_problems(layout, rows, path)`` — the rejected and duplicate lines in a workbook, the
   same columns plus "Lý do".

Importing the same file again adds nobody: every line is then a duplicate of a child it added.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_care.db.models import SettingRecord, VillageRecord
from commune_care.db.repositories.children import ChildRepository
from commune_care.db.session import Database, hold_write_lock
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.errors import UserError
from commune_care.domain.import_values import cell_text
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.schemas.children_import import (
    MAX_DATA_ROWS,
    ImportField,
    ImportPreview,
    ImportRow,
    ImportSummary,
    RowStatus,
    SheetInfo,
    SheetLayout,
    SourceColumn,
)
from commune_care.exports.xlsx.columns import column_letter, signature
from commune_care.exports.xlsx.errors import WorkbookError
from commune_care.exports.xlsx.header import (
    HEADER_SCAN_ROWS,
    Header,
    find_header,
    is_numbering_row,
)
from commune_care.exports.xlsx.rejected import write_rejected_workbook
from commune_care.exports.xlsx.workbook import Workbook, open_workbook
from commune_care.services import audit
from commune_care.services.children import (
    DuplicateKeys,
    NewChild,
    duplicate_reasons,
    insert_children,
)
from commune_care.services.children_import_rows import FORMULA_HINT, RowReader, VillageMatcher

__all__ = ["ChildrenImportService", "ImportCancelled"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
SETTING_PREFIX = "import.children.template."
SAMPLES = 3
BLANK_RUN_LIMIT = 1_000  # this many blank lines in a row end the list
BATCH = 500  # lines between progress reports and cancel checks while writing
_REPORT_EVERY = 250


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Đã hủy theo yêu cầu; không có trẻ nào được nhập.")


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _never() -> bool:
    return False


def _quiet(_done: int, _total: int) -> None:
    return None


class ChildrenImportService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail
        # The duplicate keys of the last preview's children (folding 10,000 names costs a
        # second), found again by identity when that preview is imported.
        self._keys: dict[int, tuple[ChildIn, DuplicateKeys]] = {}

    def _keys_of(self, child: ChildIn) -> DuplicateKeys:
        cached = self._keys.get(id(child))
        if cached is not None and cached[0] is child:
            return cached[1]
        keys = DuplicateKeys.of(child)
        self._keys[id(child)] = (child, keys)
        return keys

    # --- 1. the file, the sheet, the header ------------------------------------------------
    def sheets(self, path: str | Path) -> tuple[SheetInfo, ...]:
        require(self.actor, Permission.EDIT_CHILDREN)
        with open_workbook(path) as book:
            return book.sheets

    def inspect(self, path: str | Path, sheet: str | None = None) -> SheetLayout:
        """Where the list is in ``sheet`` (by default the first visible sheet that has one)
        and where each of its columns goes."""
        require(self.actor, Permission.EDIT_CHILDREN)
        path = Path(path)
        with open_workbook(path) as book:
            sheets = book.sheets
            if sheet is not None:
                name, header = sheet, self._header(book, sheet)
            else:
                name, header = self._first_sheet_with_list(book)
            samples = self._samples(book, name, header.rows[-1], len(header.tops))
        labels = header.labels
        width = len(labels)
        columns = tuple(
            SourceColumn(
                i,
                column_letter(i),
                labels[i] or f"(cột {column_letter(i)})",
                tuple(s[i] for s in samples if s[i]),
            )
            for i in range(width)
        )
        sig = signature(labels)
        saved = self.saved_mapping(sig, width)
        return SheetLayout(
            path=str(path), file_name=path.name, sheet=name, sheets=sheets, header_rows=header.rows,
            columns=columns, mapping=saved or header.fields, guessed=header.fields, signature=sig,
            mapping_source="saved" if saved else "guessed",
        )  # fmt: skip

    def _first_sheet_with_list(self, book: Workbook) -> tuple[str, Header]:
        default = book.default_sheet()
        order = [default] + [
            s.name for s in book.sheets if s.is_worksheet and not s.hidden and s.name != default
        ]
        first_error: WorkbookError | None = None
        for name in order:
            try:
                return name, self._header(book, name)
            except WorkbookError as exc:
                first_error = first_error or exc
        assert first_error is not None
        raise first_error

    @staticmethod
    def _header(book: Workbook, name: str) -> Header:
        top: list[tuple[int, tuple[Any, ...]]] = []
        for number, values in book.rows(name):
            top.append((number, values))
            if number > HEADER_SCAN_ROWS:
                break
        filled = [(n, v) for n, v in top if any(cell_text(x) for x in v if x is not None)]
        if not filled:
            raise WorkbookError(
                f"Trang tính «{name}» không có dữ liệu (trống). Hãy chọn trang có danh sách trẻ em."
            )
        header = find_header(top)
        if header is None:
            raise WorkbookError(
                f"Không tìm thấy dòng tiêu đề của danh sách trong {HEADER_SCAN_ROWS} dòng đầu của "
                f"trang «{name}»: cần một dòng có cột «Họ và tên» và ít nhất một cột khác (ví dụ "
                "«Ngày sinh»). Hãy kiểm tra đúng trang tính, hoặc thêm dòng tiêu đề."
            )
        return header

    @staticmethod
    def _samples(book: Workbook, name: str, last_header_row: int, width: int) -> list[list[str]]:
        samples: list[list[str]] = []
        for number, values in book.rows(name):
            if number <= last_header_row:
                continue
            if number > last_header_row + 50 or len(samples) >= SAMPLES:
                break
            texts = [cell_text(v) for v in values[:width]] + [""] * (width - len(values))
            if any(texts) and not is_numbering_row(values):
                samples.append(texts[:width])
        return samples

    # --- mappings saved per template -------------------------------------------------------
    def saved_mapping(self, sig: str, width: int | None = None) -> tuple[ImportField, ...] | None:
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = s.get(SettingRecord, SETTING_PREFIX + sig)
            if record is None:
                return None
            try:
                stored = json.loads(record.value)
                mapping = tuple(ImportField(v) for v in stored["mapping"])
            except (ValueError, KeyError, TypeError):
                return None  # written by a later version, or damaged: guess again
        if width is not None and len(mapping) != width:
            return None
        return mapping

    def save_mapping(self, layout: SheetLayout) -> None:
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            self._store_mapping(s, layout)

    def _store_mapping(self, s: Session, layout: SheetLayout) -> None:
        key = SETTING_PREFIX + layout.signature
        value = json.dumps(
            {
                "version": 1,
                "labels": [c.label for c in layout.columns],
                "mapping": [m.value for m in layout.mapping],
                "sheet": layout.sheet,
                "file": layout.file_name,
            },
            ensure_ascii=False,
        )
        record = s.get(SettingRecord, key)
        old = json.loads(record.value).get("mapping") if record is not None else None
        if record is None:
            record = SettingRecord(key=key, value=value)
            s.add(record)
        else:
            record.value = value
        if old != [m.value for m in layout.mapping]:
            pairs = ", ".join(
                f"{c.letter} → {m.label}"
                for c, m in zip(layout.columns, layout.mapping, strict=True)
                if m is not ImportField.IGNORE
            )
            audit.record(s, self.user, "update", "setting", None, {
                "key": key,
                "summary": f"Mẫu nhập danh sách trẻ em từ Excel ({layout.file_name}): {pairs}",
            })  # fmt: skip

    # --- 2. reading every line -------------------------------------------------------------
    def preview(
        self,
        layout: SheetLayout,
        *,
        today: date | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """Every line of the list read with ``layout.mapping``, validated, duplicates marked.
        Raises ``WorkbookError`` for a file that cannot be read or a list over the limit."""
        require(self.actor, Permission.EDIT_CHILDREN)
        self._check_mapping(layout)
        today = today or date.today()
        progress, cancelled = progress or _quiet, cancelled or _never
        with self.db.session() as s:
            villages = [(v.id, v.name) for v in s.scalars(
                select(VillageRecord).order_by(VillageRecord.position, VillageRecord.id)
            )]  # fmt: skip
        rows: list[ImportRow] = []
        notes: list[str] = []
        with open_workbook(layout.path) as book:
            uncached = book.uncached_formulas(layout.sheet)
            reader = RowReader(layout, VillageMatcher(villages), today, uncached)
            total = book.estimated_rows(layout.sheet) or 0
            blank_run, first = 0, True
            for number, values in book.rows(layout.sheet):
                if number % _REPORT_EVERY == 0:
                    if cancelled():
                        raise ImportCancelled()
                    progress(number, max(total, number))
                if number < layout.first_data_row:
                    continue
                if first and is_numbering_row(values):
                    first = False
                    continue
                row = reader.read(number, values)
                if row is None:
                    blank_run += 1
                    if blank_run >= BLANK_RUN_LIMIT:
                        notes.append(
                            f"Dừng đọc ở dòng {_number(number)}: sau {_number(BLANK_RUN_LIMIT)} "
                            "dòng trống liên tiếp, phần còn lại của trang được coi là trống."
                        )
                        break
                    continue
                first, blank_run = False, 0
                rows.append(row)
                if len(rows) > MAX_DATA_ROWS:
                    raise WorkbookError(
                        f"Trang «{layout.sheet}» có hơn {_number(MAX_DATA_ROWS)} dòng dữ liệu: "
                        f"mỗi lần chỉ nhập được tối đa {_number(MAX_DATA_ROWS)} dòng. Hãy chia "
                        "danh sách thành nhiều tệp (ví dụ theo thôn) rồi nhập từng tệp. Chưa có "
                        "trẻ nào được nhập."
                    )
        formula_lines = sum(1 for r in rows if r.reasons and r.reasons[0].endswith(FORMULA_HINT))
        if formula_lines:
            notes.append(
                f"{_number(formula_lines)} dòng bị từ chối vì có ô công thức chưa có giá trị đã "
                f"tính (tệp chưa được mở và lưu bằng Excel). {FORMULA_HINT}"
            )
        if not rows:
            notes.append("Không có dòng dữ liệu nào dưới dòng tiêu đề.")
        self._keys = {}
        progress(total, total)
        with self.db.session() as s:
            rows = self._mark_duplicates(s, rows)
        unknown: dict[str, int] = {}
        village_columns = [i for i, m in enumerate(layout.mapping) if m is ImportField.VILLAGE]
        for row in rows:
            if row.status is RowStatus.REJECTED and any("Thôn/bản «" in r for r in row.reasons):
                text = next((cell_text(row.cells[i]) for i in village_columns
                             if cell_text(row.cells[i])), "")  # fmt: skip
                if text:
                    unknown[text] = unknown.get(text, 0) + 1
        return ImportPreview(layout, tuple(rows), tuple(notes), tuple(sorted(unknown.items())))

    @staticmethod
    def _check_mapping(layout: SheetLayout) -> None:
        seen: dict[ImportField, str] = {}
        for column, target in zip(layout.columns, layout.mapping, strict=True):
            if target.repeatable:
                continue
            if target in seen:
                raise WorkbookError(
                    f"Cột {seen[target]} và cột {column.letter} cùng được nhập vào «{target.label}»."
                    " Hãy chọn một cột, cột kia để «(không nhập)»."
                )
            seen[target] = column.letter
        if ImportField.FULL_NAME not in seen:
            raise WorkbookError("Hãy chọn cột chứa «Họ và tên» của trẻ.")
        birth = {ImportField.BIRTH, ImportField.BIRTH_YEAR, ImportField.SEX_MALE,
                 ImportField.SEX_FEMALE, ImportField.AGE}  # fmt: skip
        if not birth & seen.keys():
            raise WorkbookError(
                "Hãy chọn cột chứa ngày sinh hoặc năm sinh của trẻ (bắt buộc với mỗi hồ sơ)."
            )

    # --- duplicates ------------------------------------------------------------------------
    def _mark_duplicates(self, s: Session, rows: Sequence[ImportRow]) -> list[ImportRow]:
        """The register's duplicate rule (``duplicate_reasons``) against the children already
        registered, then against the earlier lines of the file that will be imported."""
        keys = {r.row: self._keys_of(r.child) for r in rows if r.child is not None}
        candidates = ChildRepository(s).duplicate_candidates_many(
            [k.name_key for k in keys.values()], [k.id_number for k in keys.values()]
        )
        by_name: dict[str, list[Any]] = {}
        by_number: dict[str, list[Any]] = {}
        for c in candidates:
            by_name.setdefault(c.name_key, []).append(c)
            if c.id_number:
                by_number.setdefault(c.id_number, []).append(c)
        earlier_name: dict[str, list[tuple[int, DuplicateKeys]]] = {}
        earlier_number: dict[str, list[tuple[int, DuplicateKeys]]] = {}
        out: list[ImportRow] = []
        for row in rows:
            if row.status not in (RowStatus.READY, RowStatus.DUPLICATE) or row.child is None:
                out.append(row)
                continue
            mine = keys[row.row]
            reasons: list[str] = []
            duplicate_of = ""
            seen: set[int] = set()
            for other in [*by_name.get(mine.name_key, ()), *by_number.get(mine.id_number, ())]:
                if other.id in seen:
                    continue
                seen.add(other.id)
                if why := duplicate_reasons(mine, DuplicateKeys.of_record(other)):
                    duplicate_of = duplicate_of or other.code
                    reasons.append(
                        f"Có thể trùng hồ sơ {other.code} «{other.full_name}»: {'; '.join(why)}."
                    )
            if not reasons:
                lines: set[int] = set()
                for line, theirs in [*earlier_name.get(mine.name_key, ()),
                                     *earlier_number.get(mine.id_number, ())]:  # fmt: skip
                    if line in lines:
                        continue
                    lines.add(line)
                    if why := duplicate_reasons(mine, theirs):
                        duplicate_of = duplicate_of or f"dòng {line}"
                        reasons.append(f"Có thể trùng dòng {line} của tệp: {'; '.join(why)}.")
            if reasons:
                out.append(replace(row, status=RowStatus.DUPLICATE, reasons=tuple(reasons),
                                   duplicate_of=duplicate_of))  # fmt: skip
                continue
            earlier_name.setdefault(mine.name_key, []).append((row.row, mine))
            if mine.id_number:
                earlier_number.setdefault(mine.id_number, []).append((row.row, mine))
            out.append(replace(row, status=RowStatus.READY, reasons=(), duplicate_of=""))
        return out

    # --- 3. writing ------------------------------------------------------------------------
    def import_rows(
        self,
        preview: ImportPreview,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportSummary:
        """Write the valid lines of ``preview`` in one transaction: all of them, or — on an
        error or a cancel — none. Duplicates are checked again against the register as it is
        at this moment."""
        require(self.actor, Permission.EDIT_CHILDREN)
        progress, cancelled = progress or _quiet, cancelled or _never
        started = time.perf_counter()
        layout = preview.layout
        with self.db.session() as s:
            # The write lock first, so no one else adds a child between the duplicate check
            # and the inserts; the summary audit row comes last, once it is known.
            hold_write_lock(s)
            rows = self._mark_duplicates(s, preview.rows)
            ready = [r for r in rows if r.status is RowStatus.READY]
            summary_text = f"Nhập từ tệp Excel «{layout.file_name}», trang «{layout.sheet}»"
            codes: list[str] = []
            classifications = 0
            progress(0, len(ready))
            for start in range(0, len(ready), BATCH):
                if cancelled():
                    raise ImportCancelled()
                batch = ready[start : start + BATCH]
                items = []
                for r in batch:
                    assert r.child is not None
                    items.append(NewChild(r.child, r.groups, f"{summary_text}, dòng {r.row}"))
                    classifications += len(r.groups)
                codes += insert_children(s, items, self.user)
                progress(start + len(batch), len(ready))
            if cancelled():
                raise ImportCancelled()
            self._store_mapping(s, layout)
            summary = self._summary(preview, rows, codes, classifications, False, started)
            audit.record(
                s, self.user, "import", "children_import", None,
                {
                    "summary": f"{summary_text}: {_number(summary.imported)} trẻ được nhập, "
                    f"{_number(summary.duplicates)} dòng trùng, {_number(summary.rejected)} dòng "
                    f"bị từ chối, {_number(summary.skipped)} dòng bỏ qua",
                    "file": layout.file_name,
                    "sheet": layout.sheet,
                    "rows_read": summary.rows_read,
                    "imported": summary.imported,
                    "duplicates": summary.duplicates,
                    "rejected": summary.rejected,
                    "skipped": summary.skipped,
                    "first_code": summary.first_code,
                    "last_code": summary.last_code,
                },
            )  # fmt: skip
        return summary

    @staticmethod
    def _summary(
        preview: ImportPreview,
        rows: Sequence[ImportRow],
        codes: Sequence[str],
        classifications: int,
        dry_run: bool,
        started: float,
    ) -> ImportSummary:
        def count(status: RowStatus) -> int:
            return sum(1 for r in rows if r.status is status)

        return ImportSummary(
            file_name=preview.layout.file_name,
            sheet=preview.layout.sheet,
            rows_read=len(rows),
            imported=len(codes) if not dry_run else count(RowStatus.READY),
            duplicates=count(RowStatus.DUPLICATE),
            rejected=count(RowStatus.REJECTED),
            skipped=count(RowStatus.SKIPPED),
            classifications=classifications,
            dry_run=dry_run,
            first_code=codes[0] if codes else "",
            last_code=codes[-1] if codes else "",
            seconds=round(time.perf_counter() - started, 3),
            codes=tuple(codes),
            rows=tuple(rows),
        )

    def dry_run(self, preview: ImportPreview) -> ImportSummary:
        """What ``import_rows`` would do now, without writing anything."""
        require(self.actor, Permission.EDIT_CHILDREN)
        started = time.perf_counter()
        groups = sum(len(r.groups) for r in preview.ready)
        return self._summary(preview, preview.rows, (), groups, True, started)

    # --- 4. the lines not imported ---------------------------------------------------------
    def write_problems(
        self, layout: SheetLayout, rows: Sequence[ImportRow], path: str | Path
    ) -> int:
        """The rejected and duplicate lines of ``rows`` with their reasons, in a workbook at
        ``path`` whose properties name the user. Not an audit entry: it holds only lines of the
        officer's own file, nothing read from the register (and a dry run writes nothing to
        the database). Returns how many lines were written."""
        bad = [r for r in rows if r.status in (RowStatus.REJECTED, RowStatus.DUPLICATE)]
        write_rejected_workbook(
            Path(path),
            layout.sheet,
            [c.label for c in layout.columns],
            [(r.row, r.cells, " ".join(r.reasons)) for r in bad],
            self.user,
        )
        return len(bad)

    # --- all steps at once (the CLI) --------------------------------------------------------
    def run(
        self,
        path: str | Path,
        sheet: str | None = None,
        *,
        dry_run: bool = False,
        errors_path: str | Path | None = None,
    ) -> tuple[ImportSummary, ImportPreview]:
        """Inspect, preview and import (or only report, ``dry_run``) with the saved or guessed
        mapping; the rejected and duplicate lines go to ``errors_path`` when given."""
        require(self.actor, Permission.EDIT_CHILDREN)
        layout = self.inspect(path, sheet)
        preview = self.preview(layout)
        summary = self.dry_run(preview) if dry_run else self.import_rows(preview)
        if errors_path is not None:
            self.write_problems(layout, summary.rows, errors_path)
        return summary, preview
