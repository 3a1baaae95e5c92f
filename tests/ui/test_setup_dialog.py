"""The first-run set-up: a commune picked by typing, saved and read back; wrong input shown on
its field with nothing written; Cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit

from commune_care.db.session import Database
from commune_care.domain.enums import VillageKind
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.setup_dialog import SetupDialog
from commune_care.ui.widgets.commune_form import CommuneForm, PlaceCombo
from tests.conftest import SAMPLE_PROFILE
from tests.ui.typing_helpers import press_key, type_text


@pytest.fixture
def first_start(empty_db: Database) -> AppContext:
    return AppContext.for_database(empty_db, str(empty_db.path), user="test")


def _dialog(qtbot, ctx: AppContext) -> SetupDialog:
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.discard())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _pick(combo: PlaceCombo, typed: str) -> None:
    """Type part of a name and take the first suggestion, as with the keyboard."""
    type_text(combo.lineEdit(), typed)
    popup = combo.completer().popup()
    assert popup.isVisible(), f"no suggestion for {typed!r}"
    press_key(popup, Qt.Key.Key_Down)
    press_key(popup, Qt.Key.Key_Return)


def _type_village(qtbot, form: CommuneForm, name: str, kind: VillageKind) -> None:
    form.add_village_button.click()  # starts editing the new row's name
    editors = [e for e in form.villages_table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    type_text(editor, name)
    press_key(editor, Qt.Key.Key_Return)  # the view commits it a moment later
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: form.villages_table.state() != editing, timeout=2000)
    row = form.village_count() - 1
    form.villages_table.item(row, form.COL_KIND).setText(kind.value)


def test_a_commune_picked_by_typing_is_saved_and_read_back(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    form = dialog.form
    _pick(form.province_combo, "quang ngai")  # no diacritics, any case
    assert form.province_combo.currentText() == "Quảng Ngãi"
    _pick(form.commune_combo, "duc pho")
    assert form.commune_combo.currentText() == "Phường Đức Phổ"
    # The name, the agency's second line and the place are filled in from the pick.
    assert form.name_edit.text() == "Phường Đức Phổ"
    assert form.agency_parent_edit.text() == "ỦY BAN NHÂN DÂN"
    assert form.agency_name_edit.text() == "PHƯỜNG ĐỨC PHỔ"
    assert form.place_edit.text() == "Đức Phổ"
    type_text(form.officer_edit, "Trần Thị Hạnh")
    type_text(form.chairman_edit, "Nguyễn Văn Bình")
    type_text(form.vice_chairman_edit, "Lê Văn Sơn")
    type_text(form.recipient_edit, "Sở Y tế tỉnh Quảng Ngãi")
    _type_village(qtbot, form, "Tổ dân phố Đông Hòa", VillageKind.TO_DAN_PHO)
    _type_village(qtbot, form, "Thôn Nà Hừ", VillageKind.THON)

    press_key(form.recipient_edit, Qt.Key.Key_Return)  # Enter saves

    assert dialog.result() == QDialog.DialogCode.Accepted
    commune = first_start.commune
    assert commune.is_set_up()
    profile = commune.profile()
    assert profile is not None and profile == dialog.saved_profile
    assert (profile.province_code, profile.province_name) == ("51", "Quảng Ngãi")
    assert (profile.commune_code, profile.commune_name) == ("21439", "Phường Đức Phổ")
    assert (profile.agency_parent, profile.agency_name) == ("ỦY BAN NHÂN DÂN", "PHƯỜNG ĐỨC PHỔ")
    assert profile.place_name == "Đức Phổ"
    assert profile.officer_name == "Trần Thị Hạnh"
    assert profile.chairman_name == "Nguyễn Văn Bình"
    assert profile.vice_chairman_name == "Lê Văn Sơn"
    assert profile.upper_recipient == "Sở Y tế tỉnh Quảng Ngãi"
    assert [(v.name, v.kind) for v in profile.villages] == [
        ("Tổ dân phố Đông Hòa", VillageKind.TO_DAN_PHO),
        ("Thôn Nà Hừ", VillageKind.THON),
    ]


def test_searching_ignores_case_diacritics_and_d(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    form = dialog.form
    completer = form.province_combo.completer()
    type_text(form.province_combo.lineEdit(), "dak lak")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Đắk Lắk"
    # Typing the whole name without diacritics and leaving the field picks it too.
    form.province_combo.setEditText("cao bang")
    form.province_combo.snap_to_item()
    assert form.province_combo.currentText() == "Cao Bằng"
    assert form.commune_combo.count() > 0
    type_text(form.commune_combo.lineEdit(), "xa ")  # any part of the name
    assert form.commune_combo.completer().completionCount() > 1


def test_a_commune_not_in_the_list_is_typed_by_hand(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    form = dialog.form
    _pick(form.province_combo, "quang ngai")
    type_text(form.name_edit, "Xã Hòa Cư")
    assert form.agency_name_edit.text() == "XÃ HÒA CƯ"
    assert form.place_edit.text() == "Hòa Cư"
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = first_start.commune.profile()
    assert profile is not None
    assert (profile.commune_code, profile.commune_name) == ("", "Xã Hòa Cư")


def test_a_line_rewritten_by_the_officer_is_not_refilled(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    form = dialog.form
    type_text(form.name_edit, "Xã Hòa")
    form.agency_name_edit.setText("UBND XÃ HÒA")
    type_text(form.name_edit, " Cư")
    assert form.agency_name_edit.text() == "UBND XÃ HÒA"  # the officer's, kept
    assert form.place_edit.text() == "Hòa Cư"  # still the filled-in one: follows


def test_empty_required_fields_are_shown_on_their_fields_and_nothing_is_saved(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    form = dialog.form
    form.agency_parent_edit.clear()
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.saved_profile is None
    assert form.error_text("province_name") == "Tỉnh/thành phố không được để trống."
    assert form.error_text("commune_name") == "Tên xã không được để trống."
    assert form.error_text("agency_parent") == "Dòng cơ quan thứ nhất không được để trống."
    assert form.error_text("agency_name") == "Dòng cơ quan thứ hai không được để trống."
    assert form.error_text("place_name") == "Địa danh ghi ngày tháng không được để trống."
    assert form.errors.label("commune_name").isVisible()
    assert form.error_banner.isVisible()
    assert form.error_text("officer_name") == ""  # optional
    assert not first_start.commune.is_set_up()

    # Corrected, it saves and the messages are gone.
    form.province_combo.setEditText("Quảng Ngãi")
    form.agency_parent_edit.setText("ỦY BAN NHÂN DÂN")
    type_text(form.name_edit, "Xã Hòa Cư")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert form.error_text("commune_name") == ""
    assert first_start.commune.is_set_up()


def test_the_same_village_twice_is_refused_and_nothing_is_written(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    form = dialog.form
    form.load(SAMPLE_PROFILE)
    _type_village(qtbot, form, "Thôn Đông", VillageKind.THON)
    _type_village(qtbot, form, "thôn  đông", VillageKind.THON)
    dialog.save()
    assert dialog.isVisible() and dialog.saved_profile is None
    assert form.error_text("villages") == "Thôn «thôn đông» bị nhập hai lần. Hãy xóa một dòng."
    # Nothing half-written: neither the profile nor any village.
    assert not first_start.commune.is_set_up()
    assert first_start.commune.villages(include_inactive=True) == []

    form.villages_table.selectRow(1)
    form.remove_village_button.click()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [v.name for v in first_start.commune.villages()] == ["Thôn Đông"]


def test_a_new_village_left_without_a_name_is_skipped(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    dialog.form.load(SAMPLE_PROFILE)
    dialog.form.add_village("Bản Nà Hừ", VillageKind.BAN)
    dialog.form.add_village("   ")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [v.name for v in first_start.commune.villages()] == ["Bản Nà Hừ"]


def test_cancel_untouched_returns_rejected_without_asking(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not first_start.commune.is_set_up()


def test_cancel_after_typing_asks_first(qtbot, first_start, modal):
    dialog = _dialog(qtbot, first_start)
    type_text(dialog.form.name_edit, "Xã Hòa Cư")
    modal.next(modal.no)
    dialog.cancel_button.click()
    assert dialog.isVisible()  # stayed, with what was typed
    assert dialog.form.name_edit.text() == "Xã Hòa Cư"
    modal.next(modal.yes)
    press_key(dialog.form.name_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not first_start.commune.is_set_up()


def test_tab_goes_down_the_form(qtbot, first_start):
    dialog = _dialog(qtbot, first_start)
    form = dialog.form
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    order = [
        form.province_combo,
        form.commune_combo,
        form.name_edit,
        form.agency_parent_edit,
        form.agency_name_edit,
        form.place_edit,
        form.officer_edit,
        form.chairman_edit,
        form.vice_chairman_edit,
        form.recipient_edit,
        form.villages_table,
    ]
    form.province_combo.setFocus()
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is expected or focused.parent() is expected, (expected, focused)
