"""What an import of children from an Excel list reads, shows and reports.

Plain frozen dataclasses (not pydantic models): a preview holds one ``ImportRow`` per line of a
sheet of up to ``MAX_DATA_ROWS`` lines, and each row's child has already been validated as a
``ChildIn``, the register's own input DTO.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from commune_care.domain.schemas.children import ChildIn, ClassificationIn

MAX_DATA_ROWS = 20_000  # lines below the header that an import reads at most


class ImportField(StrEnum):
    """Where a column of the sheet goes. ``IGNORE``: nowhere."""

    IGNORE = ""
    FULL_NAME = "full_name"
    BIRTH = "birth"
    BIRTH_DAY = "birth_day"
    BIRTH_MONTH = "birth_month"
    BIRTH_YEAR = "birth_year"
    AGE = "age"
    SEX = "sex"
    SEX_MALE = "sex_male"
    SEX_FEMALE = "sex_female"
    ID_NUMBER = "id_number"
    ETHNICITY = "ethnicity"
    VILLAGE = "village"
    ADDRESS = "address"
    SCHOOL = "school"
    SCHOOL_CLASS = "school_class"
    FATHER_NAME = "father_name"
    MOTHER_NAME = "mother_name"
    CAREGIVER_NAME = "caregiver_name"
    CAREGIVER_RELATIONSHIP = "caregiver_relationship"
    CAREGIVER_PHONE = "caregiver_phone"
    BHYT_NUMBER = "bhyt_number"
    GROUPS = "groups"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]

    @property
    def repeatable(self) -> bool:
        """May several columns go here (their values are joined)?"""
        return self in (ImportField.GROUPS, ImportField.NOTES, ImportField.IGNORE)


_FIELD_LABELS = {
    ImportField.IGNORE: "(không nhập)",
    ImportField.FULL_NAME: "Họ và tên",
    ImportField.BIRTH: "Ngày sinh / năm sinh",
    ImportField.BIRTH_DAY: "Ngày sinh (chỉ ngày)",
    ImportField.BIRTH_MONTH: "Tháng sinh",
    ImportField.BIRTH_YEAR: "Năm sinh (chỉ năm)",
    ImportField.AGE: "Tuổi (năm sinh ước tính)",
    ImportField.SEX: "Giới tính",
    ImportField.SEX_MALE: "Cột «Nam» (đánh dấu hoặc ngày sinh)",
    ImportField.SEX_FEMALE: "Cột «Nữ» (đánh dấu hoặc ngày sinh)",
    ImportField.ID_NUMBER: "Số định danh cá nhân",
    ImportField.ETHNICITY: "Dân tộc",
    ImportField.VILLAGE: "Thôn/bản/tổ dân phố",
    ImportField.ADDRESS: "Địa chỉ",
    ImportField.SCHOOL: "Trường",
    ImportField.SCHOOL_CLASS: "Lớp",
    ImportField.FATHER_NAME: "Họ tên cha",
    ImportField.MOTHER_NAME: "Họ tên mẹ",
    ImportField.CAREGIVER_NAME: "Người chăm sóc",
    ImportField.CAREGIVER_RELATIONSHIP: "Quan hệ của người chăm sóc với trẻ",
    ImportField.CAREGIVER_PHONE: "Số điện thoại",
    ImportField.BHYT_NUMBER: "Số thẻ BHYT",
    ImportField.GROUPS: "Đối tượng / hoàn cảnh (nhóm)",
    ImportField.NOTES: "Ghi chú",
}


class RowStatus(StrEnum):
    READY = "ready"  # valid, not a duplicate: imported
    DUPLICATE = "duplicate"  # probably a child already registered or an earlier line
    REJECTED = "rejected"  # invalid: the reasons say what to correct
    SKIPPED = "skipped"  # a total, a heading, a column-number line: not a child

    @property
    def label(self) -> str:
        return {
            RowStatus.READY: "Sẽ nhập",
            RowStatus.DUPLICATE: "Trùng",
            RowStatus.REJECTED: "Bị từ chối",
            RowStatus.SKIPPED: "Bỏ qua",
        }[self]


class SheetState(StrEnum):
    VISIBLE = "visible"
    HIDDEN = "hidden"
    VERY_HIDDEN = "veryHidden"


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    state: SheetState = SheetState.VISIBLE
    is_worksheet: bool = True  # False: a chart sheet (nothing to import)

    @property
    def hidden(self) -> bool:
        return self.state is not SheetState.VISIBLE


@dataclass(frozen=True, slots=True)
class SourceColumn:
    index: int  # 0-based position in the sheet's rows
    letter: str  # A, B, … AA
    label: str  # the header text (both levels of a two-row header, joined by " / ")
    samples: tuple[str, ...] = ()  # the first values below the header, as text


@dataclass(frozen=True)
class SheetLayout:
    """Where a sheet's list is: the header row(s), the columns and where each goes."""

    path: str
    file_name: str
    sheet: str
    sheets: tuple[SheetInfo, ...]
    header_rows: tuple[int, ...]  # 1-based row numbers (one, or two for a two-level header)
    columns: tuple[SourceColumn, ...]
    mapping: tuple[ImportField, ...]  # one per column
    guessed: tuple[ImportField, ...]  # what the headers alone suggest
    signature: str  # the template: a digest of the folded header labels
    mapping_source: str  # "saved" (this template was imported before) or "guessed"

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    def with_mapping(self, mapping: tuple[ImportField, ...]) -> SheetLayout:
        if len(mapping) != len(self.columns):
            raise ValueError("mapping length")
        return SheetLayout(
            self.path, self.file_name, self.sheet, self.sheets, self.header_rows, self.columns,
            mapping, self.guessed, self.signature, self.mapping_source,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ImportRow:
    row: int  # the row number in the sheet (1-based, as Excel shows it)
    status: RowStatus
    cells: tuple[object, ...]  # the values as read (the error workbook repeats them)
    name: str = ""  # the name as written, for lists
    reasons: tuple[str, ...] = ()  # why rejected, duplicate or skipped (Vietnamese)
    warnings: tuple[str, ...] = ()  # imported anyway, worth a look
    child: ChildIn | None = None  # READY and DUPLICATE rows
    groups: tuple[ClassificationIn, ...] = ()
    duplicate_of: str = ""  # a child's code, or "dòng N"


@dataclass(frozen=True)
class ImportPreview:
    layout: SheetLayout
    rows: tuple[ImportRow, ...]
    notes: tuple[str, ...] = ()  # about the whole sheet (formulas without values, …)
    unknown_villages: tuple[tuple[str, int], ...] = ()  # (name as written, rows)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    @property
    def ready(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.READY)

    @property
    def problems(self) -> tuple[ImportRow, ...]:
        """The rows the error workbook lists: rejected and duplicates."""
        bad = (RowStatus.REJECTED, RowStatus.DUPLICATE)
        return tuple(r for r in self.rows if r.status in bad)


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    sheet: str
    rows_read: int
    imported: int
    duplicates: int
    rejected: int
    skipped: int
    classifications: int = 0
    dry_run: bool = False
    first_code: str = ""
    last_code: str = ""
    seconds: float = 0.0
    codes: tuple[str, ...] = field(default=(), repr=False)
    rows: tuple[ImportRow, ...] = field(default=(), repr=False)  # every row, final status
