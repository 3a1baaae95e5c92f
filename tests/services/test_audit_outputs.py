"""Every export, print, backup and restore leaves an audit line with the user and the time,
and the files themselves say who made them and when (issue #8, items 4 and 6): PDF metadata
read back with pdfplumber, workbook properties read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pdfplumber
from openpyxl import load_workbook

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.audit import AuditFilter
from commune_care.services.audit_trail import AuditTrailService
from commune_care.services.children import ChildrenService
from commune_care.services.documents import DocumentsService
from commune_care.services.excel_export import ExcelExportService

USER = "hạnh.tt"


def outputs(db: Database) -> list[tuple[str, str, str, str]]:
    entries = AuditTrailService(db).page()
    return [
        (e.action, e.entity, e.user, e.summary) for e in entries if e.entity in ("pdf", "excel")
    ]


def a_child(db: Database) -> int:
    children = ChildrenService(db, user=USER)
    return children.create(
        children.validate({"full_name": "Nguyễn Văn Đức", "birth": PartialDate(2015, 3, 7)})
    ).id


def test_a_saved_pdf_is_recorded_and_says_who_made_it(db: Database, tmp_path: Path) -> None:
    child_id = a_child(db)
    documents = DocumentsService(db, user=USER)
    pdf = documents.render_document(documents.child_sheet(child_id))
    before = datetime.now() - timedelta(seconds=1)
    out = tmp_path / "phieu.pdf"
    documents.save_pdf(pdf.data, out, "Phiếu thông tin trẻ em Nguyễn Văn Đức")
    with pdfplumber.open(out) as read:
        meta = read.metadata
    assert meta["Author"] == USER
    assert f"tệp do «{USER}» lập lúc" in meta["Subject"] and meta["Creator"] == "commune_care"
    assert meta["Subject"].startswith("Ủy ban nhân dân xã Hòa Cư — ")
    assert outputs(db) == [
        ("export", "pdf", USER, f"Lưu tệp PDF «Phiếu thông tin trẻ em Nguyễn Văn Đức» vào «{out}»")
    ]
    entry = AuditTrailService(db).page(AuditFilter(action="export"))[0]
    assert entry.at >= before
    assert {c.field: c.new for c in entry.changes}["file"] == str(out)


def test_a_failed_save_records_nothing(db: Database, tmp_path: Path) -> None:
    documents = DocumentsService(db, user=USER)
    try:
        documents.save_pdf(b"%PDF-1.4", tmp_path / "khong-co" / "x.pdf", "x")
    except Exception as exc:  # the typed error of an unwritable folder
        assert "Không ghi được tệp" in str(exc)
    assert outputs(db) == []


def test_a_print_is_recorded(db: Database) -> None:
    DocumentsService(db, user=USER).record_print("Danh sách trẻ em", 3)
    assert outputs(db) == [("print", "pdf", USER, "In «Danh sách trẻ em» (3 trang)")]
    assert AuditTrailService(db).verify().intact


def test_an_excel_export_is_recorded_and_says_who_made_it(db: Database, tmp_path: Path) -> None:
    a_child(db)
    out = tmp_path / "so-lieu.xlsx"
    ExcelExportService(db, user=USER).export(2026, out, anonymise=True, today=date(2026, 11, 20))
    book = load_workbook(out)
    assert book.properties.creator == USER and book.properties.lastModifiedBy == USER
    assert book.properties.created is not None
    assert abs(book.properties.created - datetime.now()) < timedelta(hours=1)
    assert USER in (book.properties.description or "")
    [(action, entity, user, summary)] = outputs(db)
    assert (action, entity, user) == ("export", "excel", USER)
    assert summary == f"Xuất tệp Excel số liệu năm 2026 (ẩn danh) ra «{out}»"
