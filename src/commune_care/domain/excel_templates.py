"""A province's own Excel list ("mẫu của cấp trên") filled by the app: which of our fields each
of its columns holds, and which list of children it is.

A template is bound to one list of children, one line per child (``TemplateDataset``): every
child under management, the children in special circumstances (any group of Điều 10 Luật Trẻ em),
or the children of one group. The summary tables of our own workbook are forms with fixed rows
(groups × sex × age), not lists: a column mapping cannot describe them, so they keep our layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from commune_care.domain.groups import group_label
from commune_care.domain.textfold import fold

__all__ = [
    "MAX_TEMPLATE_BYTES",
    "ExcelTemplate",
    "TemplateColumn",
    "TemplateDataset",
    "TemplateField",
    "TemplateLayout",
    "template_name_key",
]

MAX_TEMPLATE_BYTES = 10 * 1024 * 1024  # a template is a form, not a data file
MAX_NAME = 100


class TemplateField(StrEnum):
    """What the app writes in a column of the template. ``EMPTY``: nothing (left as it is)."""

    EMPTY = ""
    NUMBER = "stt"
    CODE = "code"
    FULL_NAME = "full_name"
    BIRTH = "birth"
    BIRTH_YEAR = "birth_year"
    BIRTH_MALE = "birth_male"
    BIRTH_FEMALE = "birth_female"
    AGE = "age"
    SEX = "sex"
    MALE_MARK = "male_mark"
    FEMALE_MARK = "female_mark"
    ETHNICITY = "ethnicity"
    VILLAGE = "village"
    ADDRESS = "address"
    ID_NUMBER = "id_number"
    SCHOOL = "school"
    SCHOOL_CLASS = "school_class"
    FATHER_NAME = "father_name"
    MOTHER_NAME = "mother_name"
    CAREGIVER_NAME = "caregiver_name"
    PARENTS = "parents"
    GROUPS = "groups"
    CIRCUMSTANCES = "circumstances"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def personal(self) -> bool:
        """Left empty in an anonymised export (the name column gets the child's code)."""
        return self in _PERSONAL


_LABELS = {
    TemplateField.EMPTY: "(để trống)",
    TemplateField.NUMBER: "Số thứ tự (STT)",
    TemplateField.CODE: "Mã trẻ",
    TemplateField.FULL_NAME: "Họ và tên (bản ẩn danh: mã trẻ)",
    TemplateField.BIRTH: "Ngày sinh (dd/mm/yyyy)",
    TemplateField.BIRTH_YEAR: "Năm sinh",
    TemplateField.BIRTH_MALE: "Ngày sinh ở cột «Nam» (trẻ nam)",
    TemplateField.BIRTH_FEMALE: "Ngày sinh ở cột «Nữ» (trẻ nữ)",
    TemplateField.AGE: "Tuổi",
    TemplateField.SEX: "Giới tính (Nam/Nữ)",
    TemplateField.MALE_MARK: "Dấu «x» nếu là trẻ nam",
    TemplateField.FEMALE_MARK: "Dấu «x» nếu là trẻ nữ",
    TemplateField.ETHNICITY: "Dân tộc",
    TemplateField.VILLAGE: "Thôn/ấp/bản/tổ dân phố",
    TemplateField.ADDRESS: "Địa chỉ",
    TemplateField.ID_NUMBER: "Số định danh cá nhân",
    TemplateField.SCHOOL: "Trường",
    TemplateField.SCHOOL_CLASS: "Lớp",
    TemplateField.FATHER_NAME: "Họ tên cha",
    TemplateField.MOTHER_NAME: "Họ tên mẹ",
    TemplateField.CAREGIVER_NAME: "Họ tên người chăm sóc/nuôi dưỡng",
    TemplateField.PARENTS: "Họ tên cha/mẹ/người nuôi dưỡng",
    TemplateField.GROUPS: "Đối tượng (nhóm trẻ em)",
    TemplateField.CIRCUMSTANCES: "Hoàn cảnh (nhóm trẻ em, hộ nghèo/cận nghèo)",
    TemplateField.NOTES: "Ghi chú",
}
_PERSONAL = frozenset(
    {
        TemplateField.FULL_NAME, TemplateField.ADDRESS, TemplateField.ID_NUMBER,
        TemplateField.SCHOOL, TemplateField.SCHOOL_CLASS, TemplateField.FATHER_NAME,
        TemplateField.MOTHER_NAME, TemplateField.CAREGIVER_NAME, TemplateField.PARENTS,
        TemplateField.NOTES,
    }
)  # fmt: skip


class TemplateDataset(StrEnum):
    """The list of children a template is filled with, on the day of the figures."""

    CHILDREN = "children"  # every child under management (not archived)
    SPECIAL = "special"  # with a group of Điều 10 khoản 1 Luật Trẻ em on that day
    GROUP = "group"  # with one given group on that day

    @property
    def label(self) -> str:
        return {
            TemplateDataset.CHILDREN: "Danh sách trẻ em đang quản lý",
            TemplateDataset.SPECIAL: "Trẻ em có hoàn cảnh đặc biệt (mọi nhóm)",
            TemplateDataset.GROUP: "Trẻ em của một nhóm",
        }[self]


@dataclass(frozen=True, slots=True)
class TemplateColumn:
    """A column of the template's table: its number (1-based), its header as shown
    ("Ngày sinh / Nam" for a two-level header) and what goes in it."""

    column: int
    label: str
    field: TemplateField = TemplateField.EMPTY


def template_name_key(name: str) -> str:
    """Two names that differ only in accents, case or spaces are the same template."""
    return " ".join(fold(name).split())


@dataclass(frozen=True)
class TemplateLayout:
    """A sheet of a template file as found: where its header is, where the list starts, and
    the field each column seems to hold (what the mapping dialog shows and the officer
    corrects)."""

    file_name: str
    sheets: tuple[str, ...]
    sheet: str
    header_rows: tuple[int, ...]  # 1-based: one row, or the two rows of a two-level header
    data_first: int  # the first row of the list (under a row of column numbers, if any)
    columns: tuple[TemplateColumn, ...]
    has_totals: bool  # a "Tổng cộng" line under the list

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(c.label for c in self.columns)


@dataclass(frozen=True)
class ExcelTemplate:
    """A saved template: the mapping and where the list goes. The file itself is kept in the
    database (``file_sha256`` checks it), so moving or deleting the downloaded file changes
    nothing."""

    id: int
    name: str
    dataset: TemplateDataset
    group_code: str  # the group of a ``GROUP`` template, else ""
    file_name: str
    file_sha256: str
    sheet: str
    header_rows: tuple[int, ...]
    data_first: int
    columns: tuple[TemplateColumn, ...]
    updated_at: datetime

    @property
    def list_label(self) -> str:
        if self.dataset is TemplateDataset.GROUP:
            return f"{self.dataset.label}: {group_label(self.group_code)}"
        return self.dataset.label

    @property
    def mapped(self) -> tuple[TemplateColumn, ...]:
        return tuple(c for c in self.columns if c.field is not TemplateField.EMPTY)
