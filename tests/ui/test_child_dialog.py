"""The child form: saving, errors under their fields, warnings, duplicates, keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import ParentStatus, Sex
from commune_care.domain.schemas.children import ChildFilter, ChildIn
from commune_care.ui.dialogs.child_dialog import ChildDialog, DuplicateChoice, DuplicateDialog
from commune_care.ui.pages.children_page import ChildrenPage
from tests.ui.typing_helpers import press_key, type_text


def _dialog(qtbot, ctx, child_id=None) -> ChildDialog:
    dialog = ChildDialog(ctx, child_id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.discard())
    dialog.show()
    return dialog


def _fill(dialog: ChildDialog, name: str = "Nguyễn Văn Đức", birth: str = "07/03/2015") -> None:
    type_text(dialog.name_edit, name)
    type_text(dialog.birth_edit.line_edit, birth)


def _error(dialog: ChildDialog, field: str) -> str:
    return dialog.errors.message(field)


def test_new_child_is_saved_and_found_by_search(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    _fill(dialog)
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData(Sex.MALE.value))
    type_text(dialog.father_name_edit, "Nguyễn Văn Hùng")
    type_text(dialog.mother_name_edit, "Trần Thị Mai")
    dialog.father_status_combo.setCurrentIndex(
        dialog.father_status_combo.findData(ParentStatus.LIVING.value)
    )
    dialog.village_combo.setCurrentIndex(1)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_child_id is not None

    child = ctx.children.get(dialog.saved_child_id)
    assert child.full_name == "Nguyễn Văn Đức"
    assert child.birth == PartialDate(2015, 3, 7)
    assert child.sex is Sex.MALE
    assert child.ethnicity_name == "Kinh"  # the default for a new child
    assert child.father_status is ParentStatus.LIVING
    assert child.mother_status is ParentStatus.UNKNOWN
    assert child.village_name == "Thôn Đông"
    assert child.registered_on == date.today()

    page = ChildrenPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    type_text(page.search_edit, "nguyen van duc")
    qtbot.waitUntil(lambda: page.model.child_filter.text == "nguyen van duc", timeout=2000)
    assert page.model.rowCount() == 1
    assert page.model.child_id(0) == dialog.saved_child_id


def test_empty_name_shows_the_error_under_the_field_and_saves_nothing(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    type_text(dialog.birth_edit.line_edit, "2015")
    dialog.save()
    assert dialog.isVisible() and dialog.saved_child_id is None
    assert _error(dialog, "full_name") == "Họ và tên không được để trống."
    assert dialog.errors.label("full_name").isVisible()
    assert dialog.error_banner.isVisible()
    assert dialog.focusWidget() is dialog.name_edit
    assert ctx.children.count() == 0


def test_missing_and_future_birth_date(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    type_text(dialog.name_edit, "Lê Thị Hoa")
    dialog.save()
    assert "ngày sinh" in _error(dialog, "birth")
    type_text(dialog.birth_edit.line_edit, f"01/01/{date.today().year + 1}")
    dialog.save()
    assert _error(dialog, "birth") == "Ngày sinh ở tương lai. Hãy kiểm tra lại."
    assert dialog.focusWidget() is dialog.birth_edit.line_edit
    assert ctx.children.count() == 0


def test_impossible_birth_date_keeps_the_parse_message(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    _fill(dialog, "Lê Thị Hoa", "31/02/2015")
    dialog.save()
    assert "không có thật" in _error(dialog, "birth")
    assert ctx.children.count() == 0


def test_id_number_must_have_12_digits(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    _fill(dialog)
    type_text(dialog.id_number_edit, "12345")
    dialog.save()
    assert "12 chữ số" in _error(dialog, "id_number")
    assert _error(dialog, "full_name") == ""
    assert dialog.focusWidget() is dialog.id_number_edit
    assert ctx.children.count() == 0


def test_bad_bhyt_expiry_is_shown_under_the_card(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    _fill(dialog)
    type_text(dialog.bhyt_expiry_edit, "40/13/2027")
    dialog.save()
    assert "không có thật" in _error(dialog, "bhyt_expiry")
    assert ctx.children.count() == 0


def test_child_over_16_needs_a_reason(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    assert not dialog.over_age_field.isVisibleTo(dialog)
    _fill(dialog, "Phạm Văn Long", f"01/01/{date.today().year - 17}")
    assert dialog.over_age_field.isVisibleTo(dialog)
    dialog.save()
    assert "đủ 16 tuổi" in _error(dialog, "over_age_reason")
    assert ctx.children.count() == 0
    type_text(dialog.over_age_edit, "Khuyết tật nặng, đang theo dõi chuyển tiếp")
    dialog.save()
    assert dialog.saved_child_id is not None
    assert ctx.children.get(dialog.saved_child_id).over_age_reason.startswith("Khuyết tật")


def test_id_number_mismatch_warns_and_a_second_save_keeps_it(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    _fill(dialog)  # born 2015
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData(Sex.MALE.value))
    type_text(dialog.id_number_edit, "001310001234")  # digit 4 = 3: a girl; 10: born 2010
    dialog.save()
    assert dialog.warning_banner.isVisible()
    text = dialog.warning_banner.text()
    assert "Chữ số thứ 4" in text and "năm sinh 2010" in text
    assert dialog.save_button.text() == dialog.tr("Save anyway")
    assert ctx.children.count() == 0
    dialog.save()
    assert dialog.saved_child_id is not None
    assert ctx.children.count() == 1


def _existing(ctx) -> int:
    data = ChildIn(
        full_name="Nguyễn Văn Đức",
        birth=PartialDate(2015, 3, 7),
        father_name="Nguyễn Văn Hùng",
        mother_name="Trần Thị Mai",
    )
    return ctx.children.create(data).id


def test_duplicate_shows_matches_with_reasons_and_back_saves_nothing(qtbot, ctx, modal):
    existing = _existing(ctx)
    dialog = _dialog(qtbot, ctx)
    _fill(dialog, "nguyễn  văn đức")
    seen = {}

    def inspect(widget):
        assert isinstance(widget, DuplicateDialog)
        seen["rows"] = widget.table.rowCount()
        seen["code"] = widget.table.item(0, 0).text()
        seen["reasons"] = widget.table.item(0, 5).text()
        widget.back_button.click()

    modal.next(inspect)
    dialog.save()
    assert seen == {"rows": 1, "code": "TE000001", "reasons": "Trùng họ tên và ngày sinh"}
    assert dialog.isVisible() and dialog.saved_child_id is None
    assert ctx.children.count() == 1
    assert existing == 1


def test_duplicate_save_anyway_creates_a_second_record(qtbot, ctx, modal):
    _existing(ctx)
    dialog = _dialog(qtbot, ctx)
    _fill(dialog)
    modal.next(lambda w: w.save_button.click())
    dialog.save()
    assert dialog.saved_child_id is not None
    assert ctx.children.count() == 1 + 1
    assert ctx.children.count(ChildFilter(text="nguyen van duc")) == 2


def test_duplicate_open_existing_returns_its_id(qtbot, ctx, modal):
    existing = _existing(ctx)
    dialog = _dialog(qtbot, ctx)
    _fill(dialog)
    modal.next(lambda w: w.open_button.click())
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.opened_existing_id == existing
    assert dialog.saved_child_id is None
    assert ctx.children.count() == 1


def test_duplicate_choice_can_be_stubbed(qtbot, ctx):
    _existing(ctx)
    dialog = _dialog(qtbot, ctx)
    _fill(dialog)
    dialog.ask_duplicate = lambda exc: (DuplicateChoice.BACK, None)
    dialog.save()
    assert dialog.saved_child_id is None and ctx.children.count() == 1


def test_enter_saves(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    _fill(dialog)
    press_key(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.saved_child_id is not None


def test_esc_closes_an_untouched_form_at_once(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    press_key(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_esc_asks_before_discarding_typed_text(qtbot, ctx, modal):
    dialog = _dialog(qtbot, ctx)
    type_text(dialog.name_edit, "Hà")
    modal.next(modal.no)
    press_key(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    modal.next(modal.yes)
    press_key(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ctx.children.count() == 0


def test_edit_loads_the_child_and_saves_changes(qtbot, ctx):
    child_id = _existing(ctx)
    ctx.children.update(
        child_id,
        ChildIn(
            full_name="Nguyễn Văn Đức",
            birth=PartialDate(2015, 3, 7, estimated=True),
            father_name="Nguyễn Văn Hùng",
            mother_name="Trần Thị Mai",
            confidential_notes="Bí mật",
        ),
    )
    dialog = _dialog(qtbot, ctx, child_id)
    assert dialog.name_edit.text() == "Nguyễn Văn Đức"
    assert dialog.birth_edit.text() == "07/03/2015"
    assert dialog.birth_edit.estimated_box.isChecked()
    assert dialog.confidential_edit.toPlainText() == "Bí mật"
    assert not dialog.is_dirty()
    type_text(dialog.school_edit, "Trường Tiểu học Hòa Cư")
    dialog.save()
    assert dialog.saved_child_id == child_id
    assert ctx.children.get(child_id).school == "Trường Tiểu học Hòa Cư"
    assert ctx.children.count() == 1
