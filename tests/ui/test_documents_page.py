"""Sổ văn bản đi on a real database: the register with its filters, a draft issued and a
document cancelled through their dialogs (bad input shown, nothing written), and the preview —
pages drawn, the signer chosen, printed on A4 at full size, saved as PDF; the child's record
sheet and the list of children from the same page."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPageSize
from PySide6.QtPrintSupport import QPrinter

from commune_care.domain.dates import PartialDate
from commune_care.domain.documents import DocumentStatus, DocumentType, SignerRole
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.schemas.children import ChildFilter, ClassificationIn
from commune_care.domain.schemas.documents import DocumentFilter
from commune_care.services.documents import DocumentsService
from commune_care.ui.models.document_table_model import DocumentTableModel as M
from commune_care.ui.pages.documents_page import DocumentsPage, file_name
from tests.exports.pdf_reading import A4_H, A4_W, Pdf
from tests.exports.samples import plan
from tests.ui.typing_helpers import type_text

THIS_YEAR = date.today().year
SECRET = "Mẹ kế đánh trẻ, đã báo Công an xã"


def _page(qtbot: Any, ctx: Any) -> DocumentsPage:
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 640)
    page.show()
    return page


def _column(page: DocumentsPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def _register(documents: DocumentsService) -> dict[str, int]:
    """A plan issued last year, a report issued this year, a decision still a draft."""
    ids = {}
    for key, doc_type, subject in (
        ("old", DocumentType.KE_HOACH, "Kế hoạch chăm sóc trẻ em năm trước"),
        ("report", DocumentType.BAO_CAO, "Kết quả công tác trẻ em năm nay"),
        ("draft", DocumentType.QUYET_DINH, "Phê duyệt kế hoạch hỗ trợ, can thiệp"),
    ):
        values = {"doc_type": doc_type, "subject": subject, "content": plan(),
                  "recipients": ["UBND huyện", "Lưu: VT, VHXH"]}  # fmt: skip
        ids[key] = documents.create_draft(documents.validate_draft(values)).id
    for key, day in (("old", date(THIS_YEAR - 1, 12, 2)), ("report", date(THIS_YEAR, 1, 6))):
        documents.issue(
            ids[key],
            documents.validate_issue({"issued_on": day, "signer_role": SignerRole.CHAIRMAN,
                                      "signer_name": "Nguyễn Văn Bình"}),
        )  # fmt: skip
    return ids


def _rows(ctx: Any, sql: str) -> list[tuple[Any, ...]]:
    path = ctx.children.db.path
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_register_lists_this_year_and_filters(qtbot: Any, ctx: Any) -> None:
    documents = ctx.documents
    ids = _register(documents)
    page = _page(qtbot, ctx)
    assert page.year_combo.currentData() == THIS_YEAR
    assert _column(page, M.COL_SYMBOL) == ["(draft) QĐ-UBND", "01/BC-UBND"]
    assert _column(page, M.COL_NUMBER) == ["—", "01"]
    assert _column(page, M.COL_DATE) == ["", f"06/01/{THIS_YEAR}"]
    assert _column(page, M.COL_SIGNER) == ["", "Nguyễn Văn Bình (Chủ tịch)"]
    assert _column(page, M.COL_STATUS) == ["Dự thảo", "Đã ban hành"]
    assert page.count_label.text() == "2 documents"
    status = page.model.index(0, M.COL_STATUS).data(Qt.ItemDataRole.BackgroundRole)
    assert status.color() == QColor("#ffe9b3")

    page.apply_filter(DocumentFilter(year=THIS_YEAR - 1))
    assert _column(page, M.COL_SYMBOL) == ["01/KH-UBND"]
    page.apply_filter(DocumentFilter(doc_type=DocumentType.BAO_CAO))
    assert page.year_combo.currentData() is None and _column(page, M.COL_SYMBOL) == ["01/BC-UBND"]
    page.apply_filter(DocumentFilter(status=DocumentStatus.DRAFT))
    assert [page.model.document(r).id for r in range(page.model.rowCount())] == [ids["draft"]]
    page.apply_filter(DocumentFilter(doc_type=DocumentType.THONG_BAO))
    assert (
        page.model.rowCount() == 0 and page.empty_label.text() == "No document matches the filters."
    )
    page.clear_filters()
    assert page.model.rowCount() == 2

    # the buttons follow the selection: a draft can be issued, an issued one only cancelled
    page.select_document(ids["draft"])
    assert page.issue_button.isEnabled() and page.cancel_button.isEnabled()
    page.select_document(ids["report"])
    assert not page.issue_button.isEnabled() and page.cancel_button.isEnabled()
    assert page.preview_button.isEnabled()


def test_issue_and_cancel_through_the_dialogs(qtbot: Any, ctx: Any, modal: Any) -> None:
    documents = ctx.documents
    ids = _register(documents)
    page = _page(qtbot, ctx)
    page.select_document(ids["draft"])

    def issue(dialog: Any) -> None:
        assert dialog.name_edit.text() == "Nguyễn Văn Bình"  # the profile's Chủ tịch
        dialog.signer_combo.setCurrentIndex(3)  # Phó Chủ tịch, not on behalf of the committee
        assert dialog.name_edit.text() == "Lê Văn Sơn"
        assert dialog.number_spin.specialValueText() == "next: 01/QĐ-UBND"
        dialog.date_edit.setText("")
        type_text(dialog.date_edit, "05/03/" + str(THIS_YEAR + 1))  # in the future
        dialog.accept()
        assert "tương lai" in dialog.error_label.text() and dialog.isVisible()
        dialog.date_edit.setText("")
        type_text(dialog.date_edit, f"05/03/{THIS_YEAR}")
        dialog.number_spin.setValue(7)
        dialog.accept()

    before = _rows(ctx, "SELECT count(*) FROM audit_log")
    modal.next(issue)
    page.issue_selected()
    issued = documents.get(ids["draft"])
    assert issued.number_symbol == "07/QĐ-UBND" and issued.signer_name == "Lê Văn Sơn"
    assert issued.signer_title == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert _rows(ctx, "SELECT count(*) FROM audit_log")[0][0] == before[0][0] + 1
    assert page.selected_document() is not None
    assert page.selected_document().id == ids["draft"]
    assert page.model.index(page.model.row_of(ids["draft"]), M.COL_SYMBOL).data() == "07/QĐ-UBND"

    def cancel_without_reason(dialog: Any) -> None:
        dialog.accept()
        assert "lý do" in dialog.error_label.text().lower()
        dialog.reject()

    modal.next(cancel_without_reason)
    page.cancel_selected()
    assert documents.get(ids["draft"]).status is DocumentStatus.ISSUED

    def cancel(dialog: Any) -> None:
        type_text(dialog.reason_edit, "Ban hành nhầm, thay bằng quyết định khác")
        dialog.accept()

    modal.next(cancel)
    page.cancel_selected()
    cancelled = documents.get(ids["draft"])
    assert cancelled.status is DocumentStatus.CANCELLED and cancelled.number == 7
    row = page.model.row_of(ids["draft"])
    assert page.model.index(row, M.COL_STATUS).data().startswith("Đã hủy: Ban hành nhầm")
    assert not page.cancel_button.isEnabled() and not page.issue_button.isEnabled()


def test_preview_chooses_the_signer_prints_on_a4_and_saves(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    documents = ctx.documents
    ids = _register(documents)
    page = _page(qtbot, ctx)
    page.select_document(ids["draft"])
    dialog = page.make_preview(page.selected_document())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages == 2 and dialog.pages_label.text() == "2 pages"
    assert dialog.signer_combo.isVisible()
    assert not dialog.signer_combo.currentData()[1]  # a decision: the Chủ tịch's own, no TM.
    text = Pdf(dialog.data).text()
    assert "CHỦ TỊCH" in text and "TM. ỦY BAN" not in text and "Nguyễn Văn Bình" in text
    dialog.signer_combo.setCurrentIndex(1)  # TM. UBND, Phó Chủ tịch
    text = Pdf(dialog.data).text()
    assert "TM. ỦY BAN NHÂN DÂN" in text and "KT. CHỦ TỊCH" in text and "Lê Văn Sơn" in text
    # the pages are drawn: the first one is white paper with black text
    shot = dialog.view.grab().toImage()
    first = dialog.view.page_rects()[0]
    assert shot.pixelColor(first.left() + 5, first.top() + 5) == QColor("white")
    assert any(
        shot.pixelColor(x, y).lightness() < 100
        for x in range(first.left(), first.right(), 3)
        for y in range(first.top() + first.height() // 10, first.top() + first.height() // 5, 3)
    )
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(50))
    assert dialog.view.sizeHint().width() < 500

    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert dialog.print_to(printer) == 2
    paper = Pdf(printed.read_bytes())
    assert len(paper.pages) == 2
    for sheet in paper.pages:  # A4, the page image over the whole sheet: no scaling
        assert abs(sheet.width - A4_W) < 1 and abs(sheet.height - A4_H) < 1
        images = sheet.page.images
        assert (
            images
            and abs(images[0]["width"] - A4_W) < 1.5
            and abs(images[0]["height"] - A4_H) < 1.5
        )
    paper.close()

    target = tmp_path / "quyết định"
    assert dialog.save_to(target)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == dialog.data
    dialog.reject()

    issued = page.make_preview(documents.get(ids["report"]))
    qtbot.addWidget(issued)
    assert not issued.offers_signer  # an issued document keeps its signer
    assert "Số: 01/BC-UBND" in Pdf(issued.data).text()
    issued.reject()
    assert file_name("Quyết định 07/QĐ-UBND") == "Quyết định 07-QĐ-UBND.pdf"
    assert file_name('a:b*?"<>|') == "a-b------.pdf"


def test_record_sheet_and_list_from_the_page(qtbot: Any, ctx: Any, modal: Any) -> None:
    children = ctx.children
    child = children.create(
        children.validate({"full_name": "Hoàng Thị Mai Anh", "birth": PartialDate(2013, 2, 3),
                           "sex": Sex.FEMALE, "confidential_notes": SECRET}),
    )  # fmt: skip
    children.classify(child.id, ClassificationIn(group_code="hcdb_d", start_date=date(2024, 1, 2)))
    page = _page(qtbot, ctx)

    sheet = page.child_sheet_preview(child.id, child.full_name)
    qtbot.addWidget(sheet)
    assert not sheet.offers_signer and sheet.confidential_check.isVisibleTo(sheet)
    text = Pdf(sheet.data).text()
    assert "Hoàng Thị Mai Anh" in text and SECRET not in text
    sheet.confidential_check.setChecked(True)
    text = Pdf(sheet.data).text()
    assert SECRET in text and "MẬT" in text
    sheet.reject()

    def choose_group(dialog: Any) -> None:
        dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("hcdb_d"))
        dialog.accept()

    modal.next(choose_group)
    dialog = page.make_list_dialog()
    dialog.exec()
    assert dialog.child_filter == ChildFilter(group_code="hcdb_d", status=ChildStatus.ACTIVE)
    listing = page.children_list_preview(dialog.child_filter)
    qtbot.addWidget(listing)
    result = Pdf(listing.data)
    assert result.pages[0].width > result.pages[0].height  # landscape
    text = result.text()
    assert "DANH SÁCH" in text and "Hoàng Thị Mai Anh" in text and SECRET not in text
    assert "Trẻ em khuyết tật trên địa bàn xã Hòa Cư" in text
    listing.reject()
