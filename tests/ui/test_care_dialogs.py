"""The alternative-care forms on a real database: a blocked decision names what to fix at its
fields and writes nothing; warnings are listed and confirmed; a change of carer ends the
current placement in the same save; the carer's steps refuse what the law does not allow."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from commune_care.domain.care import (
    CareForm,
    CarerCondition,
    CarerRegistration,
    CarerStatus,
    CareTerm,
    EndReason,
    VerificationResult,
)
from commune_care.domain.dates import format_date
from commune_care.domain.schemas.care import PlacementFilter
from commune_care.ui.dialogs.care import (
    CarerFormDialog,
    ConditionsDialog,
    EndPlacementDialog,
    HandoverDialog,
    PlacementDialog,
    VerificationDialog,
    WarningsDialog,
)
from commune_care.ui.dialogs.child_dialog import select_data
from commune_care.ui.pages.placement_page import PlacementPage
from tests.ui.care_data import (
    TODAY,
    carer,
    child,
    counts,
    days_ago,
    eligible,
    facility,
    guard,
    place,
)
from tests.ui.typing_helpers import type_text


def _show(qtbot, widget):
    # done(0) first: closing a form with typed text would ask "Discard changes?"
    done = getattr(widget, "done", None)
    qtbot.addWidget(widget, before_close_func=(lambda w: w.done(0)) if done else None)
    widget.show()
    return widget


def _date(edit, value) -> None:
    edit.clear()
    type_text(edit, format_date(value))


def _fill_decision(dialog: PlacementDialog, form: CareForm, number: str = "30/QĐ-UBND") -> None:
    select_data(dialog.form_combo, form.value)
    select_data(dialog.term_combo, CareTerm.TEMPORARY.value)
    type_text(dialog.number_edit, number)
    _date(dialog.decision_date_edit, days_ago(3))


# --- the placement decision ----------------------------------------------------------------------
def test_a_blocked_decision_names_what_to_fix_at_each_field_and_writes_nothing(qtbot, ctx):
    child_id = child(ctx, "Lò Văn Páo", years=9)
    young = carer(ctx, "Hà Thị Én", f"01/01/{TODAY.year - 24}",
                  registration=CarerRegistration.APPLICATION)  # fmt: skip
    eligible(ctx, young)
    older = carer(ctx, "Lường Thị Xuân", "05/05/1975", registration=CarerRegistration.APPLICATION)
    eligible(ctx, older)
    before = counts(ctx)

    dialog = _show(qtbot, PlacementDialog(ctx, child_id=child_id))
    assert dialog.child_button.isHidden()  # the child was given
    assert dialog.view_requirement.text() == dialog.tr(
        "Required: the child is {0} years old on the day of the decision (from {1}, the child's"
        " view and its date must be recorded)."
    ).format(9, 7)
    _fill_decision(dialog, CareForm.NON_RELATIVE)
    dialog.carer_picker.select(young)
    type_text(dialog.reason_edit, "Trẻ không còn người thân thích.")
    dialog.save_button.click()

    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    carer_message = dialog.errors.message("carer_id")
    assert "Hà Thị Én" in carer_message and "20 tuổi" in carer_message
    view_message = dialog.errors.message("child_view")
    assert "Lò Văn Páo đã 9 tuổi" in view_message and "đủ 7 tuổi" in view_message
    assert dialog.carer_picker.combo.property("invalid")  # marked red
    assert dialog.error_banner.isVisible()
    assert counts(ctx) == before  # nothing at all written

    # put right: an older carer, the child's view → saved (the approval was recorded)
    dialog.carer_picker.select(older)
    type_text(dialog.view_edit, "Em đồng ý ở với cô Xuân.")
    _date(dialog.view_date_edit, days_ago(5))
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (saved,) = ctx.care.placements_of(child_id)
    assert saved.carer_id == older and saved.child_view == "Em đồng ý ở với cô Xuân."
    assert saved.term is CareTerm.TEMPORARY and saved.confirmed_warnings == ()


def test_missing_fields_are_named_at_their_fields(qtbot, ctx):
    before = counts(ctx)
    dialog = _show(qtbot, PlacementDialog(ctx))
    assert dialog.child_label.text() == dialog.tr("No child chosen yet.")
    dialog.number_edit.clear()
    dialog.save_button.click()
    assert dialog.errors.message("child_id") == dialog.tr("Choose the child to place (“Choose…”).")
    assert dialog.errors.message("form")  # the form of care is required
    assert dialog.errors.message("term")
    assert "Số quyết định" in dialog.errors.message("decision_number")
    assert counts(ctx) == before


def test_a_facility_needs_the_reason_and_its_reminder_is_confirmed(qtbot, ctx, modal):
    modal = guard(modal)
    child_id = child(ctx, "Giàng A Sử", years=5)
    centre = facility(ctx)
    dialog = _show(qtbot, PlacementDialog(ctx, child_id=child_id))
    _fill_decision(dialog, CareForm.FACILITY)
    assert dialog.carer_row.isHidden() and not dialog.facility_row.isHidden()
    assert not dialog.handover_edit.isEnabled()  # no handover followed for a facility
    select_data(dialog.facility_combo, centre)
    before = counts(ctx)
    dialog.save_button.click()
    assert "người thân thích" in dialog.errors.message("non_relative_reason")
    assert counts(ctx) == before

    type_text(dialog.reason_edit, "Chưa tìm được gia đình nhận chăm sóc.")
    seen: list[str] = []

    def confirm(widget: QWidget) -> None:
        assert isinstance(widget, WarningsDialog)
        seen.extend(widget.warnings)
        assert counts(ctx) == before
        widget.save_button.click()

    modal.next(confirm)
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(seen) == 1 and "biện pháp tạm thời" in seen[0]
    (saved,) = ctx.care.placements_of(child_id)
    assert saved.form is CareForm.FACILITY and saved.provider_id == centre
    assert saved.carer_id is None and saved.handover_due is None
    assert saved.confirmed_warnings == tuple(seen)


def test_a_change_of_carer_ends_the_current_placement_in_the_same_save(qtbot, ctx, modal):
    modal = guard(modal)
    child_id = child(ctx, "Mùa Thị Dợ", years=10)
    first = carer(ctx, "Mùa Thị Chở", "03/03/1950")
    second = carer(ctx, "Mùa Văn Lử", "04/04/1980")
    eligible(ctx, second, approve=False)
    current = ctx.care.placement(place(ctx, child_id, first, relationship="Bà nội"))
    page = _show(qtbot, PlacementPage(ctx))
    page.show_placement(current.id)
    assert page.change_button.isEnabled()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PlacementDialog) and dialog.change_from is not None
        assert dialog.child_button.isHidden()
        assert dialog.form_combo.currentData() == CareForm.RELATIVE.value
        dialog.carer_picker.select(second)
        type_text(dialog.relationship_combo.lineEdit(), "Chú ruột")
        type_text(dialog.number_edit, "40/QĐ-UBND")
        _date(dialog.decision_date_edit, days_ago(2))
        type_text(dialog.view_edit, "Em muốn về ở với chú.")
        _date(dialog.view_date_edit, days_ago(4))
        assert dialog.end_reason_combo.currentData() == EndReason.CHANGE_CARER.value
        before = counts(ctx)
        dialog.save_button.click()  # no decision to end (Mẫu 16) yet
        assert "Mẫu số 16" in dialog.errors.message("end_decision_number")
        assert counts(ctx) == before
        type_text(dialog.end_number_edit, "39/QĐ-UBND")
        _date(dialog.end_decision_edit, days_ago(2))
        dialog.save_button.click()

    modal.next(fill)
    page.change_button.click()

    old = ctx.care.placement(current.id)
    assert old.end_date == days_ago(3)  # the day before the new care starts
    assert old.end_reason is EndReason.CHANGE_CARER and old.end_decision_number == "39/QĐ-UBND"
    new = ctx.care.current_placement(child_id)
    assert new is not None and new.carer_id == second and new.relationship == "Chú ruột"
    assert page.placement is not None and page.placement.id == new.id  # the new one is shown


def test_ending_a_placement_asks_for_the_request_and_the_decision(qtbot, ctx):
    child_id = child(ctx, "Thào Thị Mỷ", years=8)
    relative = carer(ctx)
    current = ctx.care.placement(place(ctx, child_id, relative))
    dialog = _show(qtbot, EndPlacementDialog(ctx, current))
    select_data(dialog.reason_combo, EndReason.CARER_REQUEST.value)
    assert dialog.request_edit.isEnabled()
    assert dialog.basis_label.text() == EndReason.CARER_REQUEST.basis
    before = counts(ctx)
    dialog.save_button.click()
    assert "Mẫu số 15" in dialog.errors.message("request_date")
    assert "Mẫu số 16" in dialog.errors.message("decision_number")
    assert counts(ctx) == before
    _date(dialog.request_edit, days_ago(10))
    type_text(dialog.number_edit, "44/QĐ-UBND")
    _date(dialog.decision_edit, days_ago(1))
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    ended = ctx.care.placement(current.id)
    assert ended.end_date == TODAY and ended.end_reason is EndReason.CARER_REQUEST
    assert ended.end_request_date == days_ago(10) and ended.end_decision_date == days_ago(1)
    assert ctx.care.placements(PlacementFilter(current=True)) == []


def test_a_handover_before_the_decision_is_refused(qtbot, ctx):
    child_id = child(ctx, "Sùng Văn Nhè", years=4)
    relative = carer(ctx)
    current = ctx.care.placement(place(ctx, child_id, relative, handover_date=None,
                                       child_view="", child_view_date=None))  # fmt: skip
    dialog = _show(qtbot, HandoverDialog(ctx, current))
    _date(dialog.handover_edit, days_ago(101))
    before = counts(ctx)
    dialog.save_button.click()
    assert "trước ngày quyết định" in dialog.errors.message("handover_date")
    assert counts(ctx) == before
    _date(dialog.handover_edit, days_ago(90))
    dialog.save_button.click()
    assert ctx.care.placement(current.id).handover_date == days_ago(90)


# --- the carers' registry --------------------------------------------------------------------
def test_a_carer_with_a_wrong_id_and_no_birth_is_not_registered(qtbot, ctx):
    dialog = _show(qtbot, CarerFormDialog(ctx))
    type_text(dialog.name_edit, "Vàng Thị Sua")
    type_text(dialog.id_edit, "12345")
    type_text(dialog.birth_edit.line_edit, "31/02/1980")
    before = counts(ctx)
    dialog.save_button.click()
    assert "12 chữ số" in dialog.errors.message("id_number")
    assert dialog.errors.message("birth")  # not a date
    assert counts(ctx) == before
    dialog.birth_edit.line_edit.clear()
    dialog.save_button.click()
    assert "ngày sinh" in dialog.errors.message("birth")
    assert ctx.care.carers() == []


def test_the_same_name_and_year_asks_before_registering_again(qtbot, ctx, modal):
    modal = guard(modal)
    carer(ctx, "Vàng Thị Sua", "1980", registration=CarerRegistration.APPLICATION)
    dialog = _show(qtbot, CarerFormDialog(ctx))
    type_text(dialog.name_edit, "Vàng Thị Sua")
    type_text(dialog.birth_edit.line_edit, "05/1980")

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, WarningsDialog)
        assert widget.windowTitle() == widget.tr("This carer may already be registered")
        assert "Vàng Thị Sua sinh năm 1980" in widget.text()
        widget.back_button.click()

    modal.next(answer)
    dialog.save_button.click()
    assert dialog.isVisible() and len(ctx.care.carers()) == 1

    modal.next(lambda widget: widget.save_button.click())  # type: ignore[attr-defined]
    dialog.save_button.click()
    assert len(ctx.care.carers()) == 2


def test_eligible_needs_every_condition_met(qtbot, ctx):
    carer_id = carer(ctx, "Hờ Thị Dua", "1979", registration=CarerRegistration.APPLICATION)
    out = ctx.care.carer(carer_id)
    conditions = _show(qtbot, ConditionsDialog(ctx, out))
    conditions.mark_all_met()
    conditions.set_answer(CarerCondition.HOUSING_MEANS, False, "Nhà tạm, dột nát")
    conditions.save_button.click()
    assert conditions.result() == QDialog.DialogCode.Accepted

    out = ctx.care.carer(carer_id)
    dialog = _show(qtbot, VerificationDialog(ctx, out))
    unmet = dialog.tr("{0} of 8 conditions of Điều 63.2 not met or not checked yet:").format(1)
    assert dialog.conditions_label.text().startswith(unmet)
    assert "b) Có chỗ ở" in dialog.conditions_label.text()
    select_data(dialog.result_combo, VerificationResult.ELIGIBLE.value)
    before = counts(ctx)
    dialog.save_button.click()
    assert "Điều 63.2" in dialog.errors.message("result")
    assert counts(ctx) == before
    select_data(dialog.result_combo, VerificationResult.NOT_ELIGIBLE.value)
    type_text(dialog.note_edit, "Chưa có chỗ ở phù hợp.")
    dialog.save_button.click()
    assert ctx.care.carer(carer_id).status is CarerStatus.NOT_ELIGIBLE
