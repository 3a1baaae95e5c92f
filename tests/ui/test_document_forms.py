"""The documents the officer edits in the app: the year's plan from the register's page (year,
texts, saved as a draft, the preview with its signer, issued from the preview), a wrong text
shown and nothing written, a draft edited again; the case page's Mẫu 04 and Mẫu 05; the marking
chosen in the preview."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from commune_care.domain.dates import PartialDate
from commune_care.domain.document_templates import APPROVAL, PLACEMENT, PLAN
from commune_care.domain.documents import DocumentStatus, EntityKind
from commune_care.domain.enums import Sex
from commune_care.services.cases import CasesService
from commune_care.ui.pages.case_page import CasePage
from commune_care.ui.pages.documents_page import DocumentsPage
from commune_care.ui.pages.placement_page import PlacementPage
from tests.exports.pdf_reading import Pdf
from tests.services.test_care_service import Commune
from tests.services.test_care_service import placement as care_placement
from tests.services.test_cases_service import walk_to_approval
from tests.ui.typing_helpers import type_text

THIS_YEAR = date.today().year


def _page(qtbot: Any, ctx: Any) -> DocumentsPage:
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 640)
    page.show()
    return page


def _text(data: bytes) -> str:
    pdf = Pdf(data)
    text = " ".join(pdf.text().split())
    pdf.close()
    return text


def test_new_plan_edited_saved_previewed_and_issued(qtbot: Any, ctx: Any, modal: Any) -> None:
    page = _page(qtbot, ctx)
    assert page.plan_button.isEnabled() and not page.edit_button.isEnabled()
    seen: dict[str, Any] = {}

    def year(dialog: Any) -> None:
        dialog.spin.setValue(THIS_YEAR)
        modal.next(texts)
        dialog.accept()

    def texts(dialog: Any) -> None:
        assert dialog.windowTitle().startswith("Thực hiện Chương trình chăm sóc sức khỏe")
        purpose = dialog.editors["purpose"]
        assert isinstance(purpose, QPlainTextEdit)
        purpose.setPlainText("")
        type_text(purpose, "Mọi trẻ em mồ côi của xã được chăm sóc thay thế.")
        subject = dialog.editors["subject"]
        subject.setText("")  # a plan needs its subject: refused, nothing written
        dialog.accept()
        seen["error"] = dialog.error_label.text()
        assert dialog.isVisible() and ctx.documents.list() == []
        dialog.reset("subject")
        assert subject.text().startswith("Thực hiện Chương trình")
        modal.next(preview)
        dialog.accept()

    def preview(dialog: Any) -> None:
        seen["pages"] = dialog.pages
        seen["signer"] = dialog.signer_combo.currentData()
        seen["draft_text"] = _text(dialog.data)
        modal.next(issue)
        dialog.issue_button.click()
        seen["issued_text"] = _text(dialog.data)
        seen["signer_shown"] = dialog.signer_combo.isVisible()
        dialog.reject()

    def issue(dialog: Any) -> None:
        dialog.accept()

    modal.next(year)
    saved = page.forms.new_plan()
    assert saved is not None
    assert "trích yếu" in seen["error"].lower()
    assert seen["pages"] >= 3
    assert seen["signer"][1]  # a plan: TM. ỦY BAN NHÂN DÂN
    assert "Mọi trẻ em mồ côi của xã được chăm sóc thay thế." in seen["draft_text"]
    assert "Lê Văn Sơn" in seen["draft_text"]  # proposed: the Phó Chủ tịch, as in the seeds
    assert "Số: 01/KH-UBND" in seen["issued_text"] and not seen["signer_shown"]
    doc = ctx.documents.get(saved.id)
    assert doc.status is DocumentStatus.ISSUED and doc.template == PLAN
    assert (doc.entity_kind, doc.entity_id) == (EntityKind.YEAR, THIS_YEAR)
    assert page.selected_document() is not None and page.selected_document().id == saved.id


def test_a_draft_is_edited_again_from_the_register(qtbot: Any, ctx: Any, modal: Any) -> None:
    page = _page(qtbot, ctx)
    forms = page.forms.forms
    draft = forms.save(forms.plan_form(THIS_YEAR))
    page.reload()
    page.select_document(draft.id)
    assert page.edit_button.isEnabled()

    def texts(dialog: Any) -> None:
        budget = dialog.editors["budget"]
        budget.setPlainText("Kinh phí từ ngân sách xã.")
        modal.next(lambda preview: preview.reject())
        dialog.accept()

    modal.next(texts)
    page.edit_selected()
    assert ctx.documents.list()[0].id == draft.id  # the same draft, not a new one
    assert forms.form_of(draft.id).text("budget") == "Kinh phí từ ngân sách xã."


def test_case_page_prints_the_plan_and_drafts_its_decision(
    qtbot: Any, ctx: Any, modal: Any
) -> None:
    cases: CasesService = ctx.cases
    case_id = walk_to_approval(cases)
    child = ctx.children.create(ctx.children.validate(
        {"full_name": "Đinh Thị Ngọc Ánh", "birth": PartialDate(2016, 9, 1), "sex": Sex.FEMALE}))  # fmt: skip
    cases.link_child(case_id, child.id)
    page = CasePage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    page.show_case(case_id)
    assert page.print_plan_button.isVisibleTo(page) and page.decision_button.isVisibleTo(page)

    preview = page.case_documents.make_case_plan_preview(case_id, "HS2026-0001")
    qtbot.addWidget(preview)
    assert preview.confidential_check.isVisibleTo(preview)
    assert "Còn vết bầm tím ở lưng" not in _text(preview.data)
    preview.confidential_check.setChecked(True)
    preview.marking_combo.setEditText("Lưu hành nội bộ")
    preview._marking_edited()
    text = _text(preview.data)
    assert "Còn vết bầm tím ở lưng" in text and "LƯU HÀNH NỘI BỘ" in text
    preview.reject()

    seen: dict[str, Any] = {}

    def texts(dialog: Any) -> None:
        assert dialog.confidential_check.isVisible() and not dialog.confidential_check.isChecked()
        modal.next(preview_decision)
        dialog.accept()

    def preview_decision(dialog: Any) -> None:
        seen["text"] = _text(dialog.data)
        seen["signer"] = dialog.signer_combo.currentData()
        dialog.reject()

    modal.next(texts)
    page.approval_decision()
    assert "QUYẾT ĐỊNH:" in seen["text"] and "Đinh Thị Ngọc Ánh" in seen["text"]
    assert "Còn vết bầm tím ở lưng" not in seen["text"]
    assert not seen["signer"][1]  # the Chủ tịch's own decision: no TM.
    [doc] = ctx.documents.list()
    assert (doc.template, doc.entity_kind, doc.entity_id) == (APPROVAL, EntityKind.CASE, case_id)


def test_placement_page_prints_its_decision(qtbot: Any, ctx: Any, modal: Any, db: Any) -> None:
    c = Commune(db)
    carer_id = c.carer(name="Lò Thị Mỷ", birth="15/06/1958")
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An")
    placed = c.care.decide_placement(care_placement(child, carer_id))
    page = PlacementPage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    page.show_placement(placed.id)
    assert page.print_decision_button.isEnabled()
    seen: dict[str, Any] = {}

    def texts(dialog: Any) -> None:
        seen["note"] = dialog.form.note
        assert not dialog.confidential_check.isVisible()
        modal.next(preview)
        dialog.accept()

    def preview(dialog: Any) -> None:
        seen["text"] = _text(dialog.data)
        dialog.reject()

    modal.next(texts)
    page.print_decision()
    assert "05/QĐ-UBND" in seen["note"]
    assert "Giao trẻ em Nguyễn Văn An" in seen["text"] and "Lò Thị Mỷ" in seen["text"]
    [doc] = ctx.documents.list()
    assert (doc.template, doc.entity_kind, doc.entity_id) == (
        PLACEMENT, EntityKind.PLACEMENT, placed.id,
    )  # fmt: skip

    other = c.child("Trần Văn Bình")
    facility = c.care.decide_placement(
        care_placement(other, None, form="co_so_tro_giup_xa_hoi", provider_id=c.facility(),
                       relationship="", non_relative_reason="Không có người thân thích"),
        confirm_warnings=True,
    )  # fmt: skip
    page.show_placement(facility.id)
    assert not page.print_decision_button.isEnabled()
