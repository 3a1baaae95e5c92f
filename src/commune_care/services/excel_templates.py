"""The provinces' own Excel templates ("Mẫu của cấp trên", issue #6 item 2): read a template
file, propose the mapping, save it with a copy of the file, rename, delete, and check a saved
template again before an export fills it.

A template is checked at every export: the stored copy must be whole (its SHA-256) and its
header must still read as when the mapping was saved; replacing the file of a template checks the
new file's header against the mapping the same way, so a province's changed form is noticed
before anything is written.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_care.db.models import ExcelTemplateRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.errors import InvalidInput, NotFound, UserError
from commune_care.domain.excel_templates import (
    MAX_NAME,
    MAX_TEMPLATE_BYTES,
    ExcelTemplate,
    TemplateColumn,
    TemplateDataset,
    TemplateField,
    TemplateLayout,
    template_name_key,
)
from commune_care.domain.groups import GROUP_BY_CODE
from commune_care.domain.textfold import collapse_spaces, to_nfc
from commune_care.exports.xlsx.errors import WorkbookError
from commune_care.exports.xlsx.template_sheet import layout_of_rows, read_template_layout
from commune_care.services import audit

__all__ = ["ExcelTemplatesService", "layout_of_stored_file"]

ENTITY = "excel_template"


def _out(r: ExcelTemplateRecord) -> ExcelTemplate:
    columns = tuple(
        TemplateColumn(int(c["column"]), str(c["label"]), TemplateField(c["field"]))
        for c in json.loads(r.columns)
    )
    header = tuple(range(r.header_first, r.header_last + 1))
    return ExcelTemplate(
        r.id, r.name, TemplateDataset(r.dataset), r.group_code, r.file_name, r.file_sha256,
        r.sheet, header, r.data_first, columns, r.updated_at,
    )  # fmt: skip


def _columns_json(columns: Sequence[TemplateColumn]) -> str:
    return json.dumps(
        [{"column": c.column, "label": c.label, "field": c.field.value} for c in columns],
        ensure_ascii=False,
    )


def layout_of_stored_file(data: bytes, file_name: str, sheet: str) -> TemplateLayout:
    """The layout of a template's stored copy, read the way the officer's file was."""
    from openpyxl import load_workbook

    from commune_care.exports.xlsx.header import HEADER_SCAN_ROWS

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # the copy was damaged: any failure of the parser is that
        raise WorkbookError(
            f"Bản lưu của tệp mẫu «{file_name}» bị hỏng. Hãy chọn lại tệp mẫu (nút «Sửa…»)."
        ) from None
    try:
        if sheet not in book.sheetnames:
            raise WorkbookError(
                f"Tệp mẫu «{file_name}» không còn trang tính «{sheet}». Hãy chọn lại trang tính "
                "của mẫu (nút «Sửa…»)."
            )
        rows = [
            (n, tuple(v))
            for n, v in enumerate(
                book[sheet].iter_rows(max_row=HEADER_SCAN_ROWS + 62, values_only=True), 1
            )
        ]
        return layout_of_rows(rows, file_name, book.sheetnames, sheet)
    finally:
        book.close()


class ExcelTemplatesService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    # --- reading a file ------------------------------------------------------------------------
    def inspect(self, path: str | Path, sheet: str | None = None) -> TemplateLayout:
        """Where the list of ``sheet`` is, and the field each column seems to hold."""
        require(self.actor, Permission.EXPORT_PERSONAL)
        path = Path(path)
        if path.exists() and path.is_file() and path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise WorkbookError(
                f"Tệp «{path.name}» quá lớn cho một mẫu ({path.stat().st_size // 1_048_576} MB, "
                f"tối đa {MAX_TEMPLATE_BYTES // 1_048_576} MB). Mẫu chỉ cần dòng tiêu đề, dòng "
                "tiêu đề cột và dòng ký tên: hãy xóa dữ liệu cũ trong tệp rồi chọn lại."
            )
        return read_template_layout(path, sheet)

    # --- the saved templates -------------------------------------------------------------------
    def list(self) -> list[ExcelTemplate]:
        require(self.actor, Permission.EXPORT_STATISTICS)
        with self.db.session() as s:
            records = s.scalars(select(ExcelTemplateRecord).order_by(ExcelTemplateRecord.name))
            return [_out(r) for r in records]

    def get(self, name_or_id: str | int) -> ExcelTemplate:
        require(self.actor, Permission.EXPORT_STATISTICS)
        with self.db.session() as s:
            return _out(self._record(s, name_or_id))

    def file_data(self, template_id: int) -> bytes:
        require(self.actor, Permission.EXPORT_STATISTICS)
        with self.db.session() as s:
            return bytes(self._record(s, template_id).file_data)

    def _record(self, s: Session, name_or_id: str | int) -> ExcelTemplateRecord:
        if isinstance(name_or_id, int):
            record = s.get(ExcelTemplateRecord, name_or_id)
        else:
            key = template_name_key(name_or_id)
            record = s.scalar(
                select(ExcelTemplateRecord).where(ExcelTemplateRecord.name_key == key)
            )
        if record is None:
            names = ", ".join(f"«{n}»" for n in s.scalars(select(ExcelTemplateRecord.name)))
            raise NotFound(
                f"Không có mẫu Excel «{name_or_id}». "
                + (f"Các mẫu đã lưu: {names}." if names else "Chưa lưu mẫu nào.")
            )
        return record

    def _clean_name(self, s: Session, name: str, own_id: int | None) -> tuple[str, str]:
        name = collapse_spaces(to_nfc(name))
        if not name:
            raise InvalidInput({"name": "Hãy đặt tên cho mẫu, ví dụ «Mẫu danh sách của tỉnh»."})
        if len(name) > MAX_NAME:
            raise InvalidInput({"name": f"Tên mẫu dài quá {MAX_NAME} ký tự. Hãy đặt tên ngắn hơn."})
        key = template_name_key(name)
        other = s.scalar(select(ExcelTemplateRecord).where(ExcelTemplateRecord.name_key == key))
        if other is not None and other.id != own_id:
            raise InvalidInput(
                {"name": f"Đã có mẫu tên «{other.name}». Hãy đặt tên khác hoặc sửa mẫu đó."}
            )
        return name, key

    @staticmethod
    def _check_mapping(columns: Sequence[TemplateColumn], dataset: TemplateDataset,
                       group_code: str) -> None:  # fmt: skip
        fields = [c.field for c in columns if c.field is not TemplateField.EMPTY]
        if not {TemplateField.FULL_NAME, TemplateField.CODE} & set(fields):
            raise InvalidInput(
                {"columns": "Hãy chọn cột nào ghi «Họ và tên» (hoặc «Mã trẻ»): mỗi dòng của danh "
                 "sách phải cho biết là trẻ nào."}
            )  # fmt: skip
        twice = sorted({f.label for f in fields if fields.count(f) > 1})
        if twice:
            raise InvalidInput(
                {"columns": "Mỗi thông tin chỉ ghi vào một cột; đang chọn hai cột cho: "
                 f"{', '.join(twice)}. Hãy đổi một cột thành «(để trống)»."}
            )  # fmt: skip
        if dataset is TemplateDataset.GROUP and group_code not in GROUP_BY_CODE:
            raise InvalidInput({"group": "Hãy chọn nhóm trẻ em của danh sách."})

    @staticmethod
    def _read_file(path: Path) -> bytes:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise WorkbookError(
                f"Không đọc được tệp «{path.name}» ({exc.strerror}). Nếu tệp đang mở trong Excel, "
                "hãy đóng Excel rồi thử lại."
            ) from None
        if len(data) > MAX_TEMPLATE_BYTES:
            raise WorkbookError(
                f"Tệp «{path.name}» quá lớn cho một mẫu (tối đa "
                f"{MAX_TEMPLATE_BYTES // 1_048_576} MB). Hãy xóa dữ liệu cũ trong tệp rồi chọn lại."
            )
        return data

    @staticmethod
    def _same_header(layout: TemplateLayout, columns: Sequence[TemplateColumn],
                     header_rows: Sequence[int], what: str) -> None:  # fmt: skip
        """Refuse a file whose header is not the one the mapping was made for."""
        if tuple(layout.header_rows) != tuple(header_rows):
            raise UserError(
                f"{what}: dòng tiêu đề cột nay ở dòng {', '.join(map(str, layout.header_rows))} "
                f"(khi lưu mẫu là dòng {', '.join(map(str, header_rows))}). Mẫu đã thay đổi; hãy "
                "mở «Sửa…» để ghép lại các cột."
            )
        now = {c.column: c.label for c in layout.columns}
        for c in columns:
            if now.get(c.column, "") != c.label:
                from commune_care.exports.xlsx.columns import column_letter

                was = now.get(c.column) or "trống"
                raise UserError(
                    f"{what}: cột {column_letter(c.column - 1)} nay là «{was}», khi lưu mẫu là "
                    f"«{c.label}». Mẫu đã thay đổi; hãy mở «Sửa…» để ghép lại các cột."
                )

    def stored_layout(self, template_id: int) -> TemplateLayout:
        """The layout of a saved template's own copy, with the fields it was saved with."""
        require(self.actor, Permission.EXPORT_STATISTICS)
        template, data = self.checked(template_id)
        layout = layout_of_stored_file(data, template.file_name, template.sheet)
        return replace(layout, columns=template.columns)

    def save(
        self,
        name: str,
        path: str | Path | None,
        layout: TemplateLayout,
        columns: Sequence[TemplateColumn],
        dataset: TemplateDataset = TemplateDataset.CHILDREN,
        group_code: str = "",
        template_id: int | None = None,
    ) -> ExcelTemplate:
        """Save a new template (or ``template_id`` again) from the file at ``path`` whose
        ``layout`` the officer saw, with the mapping ``columns`` they chose; ``path`` None
        keeps a saved template's own file. The file is read again now: if it changed since,
        its header must still be the one they mapped."""
        require(self.actor, Permission.EXPORT_PERSONAL)
        if tuple(c.column for c in columns) != tuple(c.column for c in layout.columns):
            raise InvalidInput({"columns": "Cách ghép cột không khớp với các cột của mẫu."})
        group_code = group_code if dataset is TemplateDataset.GROUP else ""
        self._check_mapping(columns, dataset, group_code)
        if path is None:
            if template_id is None:
                raise InvalidInput({"file": "Hãy chọn tệp mẫu Excel (.xlsx) của cấp trên."})
            data, file_name = self.file_data(template_id), self.get(template_id).file_name
        else:
            path = Path(path)
            data, file_name = self._read_file(path), path.name
        now_layout = layout_of_stored_file(data, file_name, layout.sheet)
        self._same_header(now_layout, columns, layout.header_rows,
                          f"Tệp «{file_name}» đã thay đổi sau khi mở")  # fmt: skip
        now = datetime.now()
        with self.db.session() as s:
            clean, key = self._clean_name(s, name, template_id)
            values = {
                "name": clean, "name_key": key, "dataset": dataset.value,
                "group_code": group_code, "sheet": layout.sheet,
                "header_first": layout.header_rows[0], "header_last": layout.header_rows[-1],
                "data_first": layout.data_first, "columns": _columns_json(columns),
                "file_name": file_name, "file_sha256": hashlib.sha256(data).hexdigest(),
            }  # fmt: skip
            if template_id is None:
                record = ExcelTemplateRecord(**values, file_data=data, created_by=self.user,
                                             created_at=now, updated_at=now)  # fmt: skip
                s.add(record)
                s.flush()
                audit.record(s, self.user, "create", ENTITY, record.id, audit.diff({}, values))
            else:
                record = self._record(s, template_id)
                old = {k: getattr(record, k) for k in values}
                for k, v in values.items():
                    setattr(record, k, v)
                record.file_data = data
                record.updated_at = now
                audit.record(s, self.user, "update", ENTITY, record.id, audit.diff(old, values))
            s.flush()
            return _out(record)

    def rename(self, template_id: int, name: str) -> ExcelTemplate:
        require(self.actor, Permission.EXPORT_PERSONAL)
        with self.db.session() as s:
            record = self._record(s, template_id)
            clean, key = self._clean_name(s, name, template_id)
            if clean != record.name:
                audit.record(s, self.user, "update", ENTITY, record.id,
                             {"name": [record.name, clean]})  # fmt: skip
                record.name, record.name_key = clean, key
                record.updated_at = datetime.now()
            s.flush()
            return _out(record)

    def delete(self, template_id: int) -> None:
        require(self.actor, Permission.EXPORT_PERSONAL)
        with self.db.session() as s:
            record = self._record(s, template_id)
            audit.record(s, self.user, "delete", ENTITY, record.id,
                         {"name": [record.name, None], "file_name": [record.file_name, None]})  # fmt: skip
            s.delete(record)

    # --- before an export ------------------------------------------------------------------------
    def checked(self, name_or_id: str | int) -> tuple[ExcelTemplate, bytes]:
        """The template and its file, after checking that the file is whole and its header
        still the one the mapping was made for."""
        require(self.actor, Permission.EXPORT_STATISTICS)
        with self.db.session() as s:
            record = self._record(s, name_or_id)
            template, data = _out(record), bytes(record.file_data)
        what = f"Mẫu «{template.name}» (tệp «{template.file_name}»)"
        if hashlib.sha256(data).hexdigest() != template.file_sha256:
            raise UserError(
                f"{what}: bản lưu của tệp mẫu đã bị thay đổi hoặc hỏng. Hãy mở «Sửa…» và chọn "
                "lại tệp mẫu."
            )
        layout = layout_of_stored_file(data, template.file_name, template.sheet)
        self._same_header(layout, template.columns, template.header_rows, what)
        return template, data
