"""The walk of issue #4 through the UI on a real database: register a family (Mẫu 08) with a
household member → the Điều 63.2 checklist → the worker's verification (Mẫu 11) → the Chủ
tịch's approval → a placement decision (Mẫu 12) whose warning — the child's sister is cared for
elsewhere — is first declined, then confirmed → the first follow-up (Mẫu 13). At each step:
what the screen shows, and what the service has stored."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from commune_care.domain.care import (
    CareForm,
    CarerCondition,
    CarerKind,
    CarerStatus,
    CareTerm,
    FollowUpKind,
    VerificationResult,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.care import CarerFilter
from commune_care.ui.dialogs.care import (
    ApprovalDialog,
    CarerFormDialog,
    CarerRecordDialog,
    ConditionsDialog,
    FollowUpDialog,
    MemberDialog,
    PlacementDialog,
    VerificationDialog,
    WarningsDialog,
)
from commune_care.ui.dialogs.child_dialog import select_data
from commune_care.ui.main_window import MainWindow
from commune_care.ui.pages.care_page import CarePage
from tests.ui.care_data import OFFICER, TODAY, carer, child, counts, days_ago, guard, place
from tests.ui.typing_helpers import type_text

FAMILY = "Đỗ Thị Thanh Tâm"


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _date(edit, value) -> None:
    edit.clear()
    type_text(edit, format_date(value))


def test_from_registering_a_carer_to_the_first_follow_up(qtbot, ctx, modal):
    modal = guard(modal)
    grandmother = carer(ctx, "Phạm Thị Lụa", "02/02/1955")
    sister = child(ctx, "Võ Thị Hoa", years=12, father="Võ Văn Tài", mother="Lê Thị Mến")
    place(ctx, sister, grandmother, relationship="Bà ngoại")
    child_id = child(ctx, "Võ Minh Khang", years=9, father="Võ Văn Tài", mother="Lê Thị Mến")
    village = ctx.commune.villages()[1]
    window = _window(qtbot, ctx)
    window.show_page("care")
    page: CarePage = window.care_page
    assert window.current_page_key() == "care"
    assert page.model.rowCount() == 1  # the sister's placement

    # --- 1. register the family, with a member of the household --------------------------
    def fill_member(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog) and dialog.carer is None
        type_text(dialog.name_edit, "Nguyễn Văn Lâm")
        type_text(dialog.relationship_combo.lineEdit(), "Chồng")
        type_text(dialog.birth_edit.line_edit, "1977")
        assert dialog.agrees_box.isChecked()
        dialog.save_button.click()

    def fill_carer(dialog: QWidget) -> None:
        assert isinstance(dialog, CarerFormDialog) and dialog.carer is None
        select_data(dialog.kind_combo, CarerKind.FAMILY.value)
        assert dialog.name_label.text() == dialog.tr("Representative's full name *")
        assert dialog.registered_label.text() == dialog.tr("Date of the application *")
        type_text(dialog.name_edit, FAMILY)
        select_data(dialog.sex_combo, Sex.FEMALE.value)
        type_text(dialog.birth_edit.line_edit, "14/08/1979")
        type_text(dialog.id_edit, "051179001234")
        select_data(dialog.village_combo, village.id)
        type_text(dialog.address_edit, "Tổ 3, Thôn Tây")
        type_text(dialog.phone_edit, "0912 345 678")
        type_text(dialog.occupation_edit, "Giáo viên")
        _date(dialog.registered_edit, days_ago(90))
        type_text(dialog.wishes_edit, "Nhận chăm sóc một trẻ dưới 12 tuổi.")
        modal.next(fill_member)
        dialog.add_member_button.click()
        assert dialog.members_table.rowCount() == 1
        assert dialog.members_table.item(0, 0).text() == "Nguyễn Văn Lâm"
        modal.next(record_steps)  # saving opens the carer's record
        dialog.save_button.click()

    # --- 2–4. conditions, verification, approval on the carer's record -------------------
    def fill_conditions(dialog: QWidget) -> None:
        assert isinstance(dialog, ConditionsDialog)
        assert dialog.by_edit.text() == OFFICER  # the commune's officer by default
        _date(dialog.checked_edit, days_ago(80))
        dialog.mark_all_met()
        type_text(dialog.notes[CarerCondition.HOUSING_MEANS], "Nhà cấp 4, có phòng riêng")
        dialog.save_button.click()

    def fill_verification(dialog: QWidget) -> None:
        assert isinstance(dialog, VerificationDialog)
        assert dialog.conditions_label.text() == dialog.tr("All 8 conditions of Điều 63.2 are met.")
        _date(dialog.verified_edit, days_ago(75))
        select_data(dialog.result_combo, VerificationResult.ELIGIBLE.value)
        type_text(dialog.note_edit, "Gia đình hòa thuận, đủ điều kiện chăm sóc trẻ.")
        dialog.save_button.click()

    def fill_approval(dialog: QWidget) -> None:
        assert isinstance(dialog, ApprovalDialog)
        assert dialog.by_edit.text() == "Nguyễn Văn Bình"  # the Chủ tịch of the profile
        _date(dialog.approved_edit, days_ago(70))
        type_text(dialog.number_edit, "15/QĐ-UBND")
        dialog.save_button.click()

    def record_steps(record: QWidget) -> None:
        assert isinstance(record, CarerRecordDialog)
        assert record.name_label.text() == FAMILY
        assert record.status_badge.text() == CarerStatus.REGISTERED.label
        assert record.tabs.tabText(1) == record.tr("Household ({0})").format(1)
        assert record.conditions_step.state_label.text() == record.tr("To do")
        assert not record.approval_step.button.isEnabled()  # not verified yet
        modal.next(fill_conditions)
        record.conditions_step.button.click()
        assert record.conditions_step.state_label.text() == record.tr("Done")
        assert record.verification_step.state_label.text() == record.tr("To do")
        modal.next(fill_verification)
        record.verification_step.button.click()
        assert record.status_badge.text() == CarerStatus.ELIGIBLE.label
        assert record.approval_step.state_label.text() == record.tr("To do")
        modal.next(fill_approval)
        record.approval_step.button.click()
        assert record.approval_step.state_label.text() == record.tr("Done")
        assert "15/QĐ-UBND" in record.approval_step.details_label.text()
        assert record.changed
        record.close_button.click()

    modal.next(fill_carer)
    page.register_button.click()

    (saved,) = ctx.care.carers(CarerFilter(text="do thi thanh tam"))
    assert saved.full_name == FAMILY and saved.kind is CarerKind.FAMILY
    assert saved.birth == PartialDate(1979, 8, 14) and saved.id_number == "051179001234"
    assert saved.village_id == village.id and saved.registered_on == days_ago(90)
    assert [(m.full_name, m.relationship, m.agrees) for m in saved.members] == [
        ("Nguyễn Văn Lâm", "Chồng", True)
    ]
    assert saved.unmet_conditions == ()
    assert {c.checked_on for c in saved.conditions} == {days_ago(80)}
    housing = next(c for c in saved.conditions if c.condition is CarerCondition.HOUSING_MEANS)
    assert housing.note == "Nhà cấp 4, có phòng riêng" and housing.checked_by == OFFICER
    assert saved.verification is not None and saved.verification.verified_on == days_ago(75)
    assert saved.status is CarerStatus.ELIGIBLE
    assert saved.approval is not None and saved.approval.document_number == "15/QĐ-UBND"
    # the registry shows the family, found without accents
    assert page.tabs.currentIndex() == page.TAB_CARERS
    row = next(r for r in range(page.carers_table.rowCount())
               if page.carers_table.item(r, 0).text() == FAMILY)  # fmt: skip
    assert page.carers_table.item(row, 3).text() == CarerStatus.ELIGIBLE.label
    assert page.carers_table.item(row, 5).text() == "1"

    # --- 5. the placement decision: the sister's placement is a warning ------------------
    def fill_placement(dialog: QWidget) -> None:
        assert isinstance(dialog, PlacementDialog)
        dialog.pick_child = lambda: child_id
        dialog.child_button.click()
        assert "Võ Minh Khang" in dialog.child_label.text()
        assert dialog.view_requirement.text().startswith(dialog.tr("Required: the child is {0}")
                                                         .split("{0}")[0])  # fmt: skip
        select_data(dialog.form_combo, CareForm.NON_RELATIVE.value)
        assert not dialog.reason_row.isHidden()
        select_data(dialog.term_combo, CareTerm.LONG_TERM.value)
        dialog.carer_picker.select(saved.id)
        assert dialog.carer_picker.carer() is not None
        type_text(dialog.reason_edit, "Bà ngoại đã nhận chị gái, không đủ sức chăm thêm một trẻ.")
        type_text(dialog.number_edit, "21/QĐ-UBND")
        _date(dialog.decision_date_edit, days_ago(45))
        _date(dialog.handover_edit, days_ago(40))
        type_text(dialog.view_edit, "Em muốn ở với cô Tâm, gần trường.")
        _date(dialog.view_date_edit, days_ago(50))
        modal.next(go_back)
        dialog.save_button.click()
        assert dialog.isVisible() and dialog.saved is None  # back to the form
        assert ctx.care.placements_of(child_id) == []
        modal.next(save_anyway)
        dialog.save_button.click()

    def go_back(warnings: QWidget) -> None:
        assert isinstance(warnings, WarningsDialog)
        assert len(warnings.warnings) == 1
        assert "Võ Thị Hoa" in warnings.text() and "Phạm Thị Lụa" in warnings.text()
        assert ctx.care.placements_of(child_id) == []  # nothing written while asking
        warnings.back_button.click()

    def save_anyway(warnings: QWidget) -> None:
        assert isinstance(warnings, WarningsDialog)
        warnings.save_button.click()

    before = counts(ctx)
    modal.next(fill_placement)
    page.new_button.click()
    assert counts(ctx)["placements"] == before["placements"] + 1

    (placed,) = ctx.care.placements_of(child_id)
    assert placed.form is CareForm.NON_RELATIVE and placed.term is CareTerm.LONG_TERM
    assert placed.carer_id == saved.id and placed.carer_name == FAMILY
    assert placed.decision_number == "21/QĐ-UBND" and placed.decision_date == days_ago(45)
    assert placed.decision_signer == "Nguyễn Văn Bình"
    assert placed.handover_date == days_ago(40) and placed.start_date == days_ago(45)
    assert placed.child_view == "Em muốn ở với cô Tâm, gần trường."
    assert placed.child_view_date == days_ago(50)
    assert placed.non_relative_reason.startswith("Bà ngoại đã nhận chị gái")
    assert len(placed.confirmed_warnings) == 1 and "Võ Thị Hoa" in placed.confirmed_warnings[0]

    # the placement's page is shown
    assert window.current_page_key() == "placement"
    pp = window.placement_page
    assert pp.code_label.text() == placed.code
    assert pp.child_button.text() == "Võ Minh Khang" and pp.carer_button.text() == FAMILY
    assert "Võ Thị Hoa" in pp.values["warnings"].text()
    assert pp.values["handover"].text() == format_date(days_ago(40))
    first = pp.follow_ups[0]
    assert (first.kind, first.seq, first.months) == (FollowUpKind.WORKER_VISIT, 1, 1)
    assert first.state is DeadlineState.OVERDUE  # one month after the handover: passed
    assert pp.schedule_table.item(0, pp.COL_STATE).text() == DeadlineState.OVERDUE.label
    assert DeadlineState.OVERDUE.label in pp.next_label.text()
    assert pp.tabs.tabText(0) == pp.tr("Follow-up schedule ({0} done, {1} overdue)").format(0, 1)

    # --- 6. the first follow-up ----------------------------------------------------------
    def fill_follow_up(dialog: QWidget) -> None:
        assert isinstance(dialog, FollowUpDialog)
        assert dialog.selected_slot() == (FollowUpKind.WORKER_VISIT, 1)  # the overdue one
        assert dialog.by_edit.text() == OFFICER
        assert dialog.done_edit.date() == TODAY
        type_text(dialog.findings_edit, "Trẻ ăn ngủ tốt, đi học đều; gia đình quan tâm, trẻ vui.")
        type_text(dialog.next_edit, "Thăm lại sau 2 tháng.")
        dialog.save_button.click()

    modal.next(fill_follow_up)
    pp.follow_up_button.click()

    done = ctx.care.follow_ups(placed.id)[0]
    assert done.done and done.kind is FollowUpKind.WORKER_VISIT and done.seq == 1
    assert done.done_on == TODAY and done.done_by == OFFICER and done.late
    assert done.findings.startswith("Trẻ ăn ngủ tốt") and done.next_steps == "Thăm lại sau 2 tháng."
    state = pp.schedule_table.item(0, pp.COL_STATE).text()
    assert state == pp.tr("{0} (late)").format(DeadlineState.DONE.label)
    assert pp.schedule_table.item(0, pp.COL_FINDINGS).text().startswith("Trẻ ăn ngủ tốt")
    assert pp.tabs.tabText(0) == pp.tr("Follow-up schedule ({0} done)").format(1)
    actions = [pp.history_table.item(r, 2).text() for r in range(pp.history_table.rowCount())]
    assert len(actions) == 2  # the decision and the follow-up, newest first

    # back on the list: the placement is there, its first visit no longer due
    pp.back_button.click()
    assert window.current_page_key() == "care"
    row = page.model.row_of(placed.id)
    assert row is not None
    assert page.model.placement(row).next_due != first.due
    assert all(i.subject_id != placed.id or "01 tháng" not in i.label for i in page.due_items)
