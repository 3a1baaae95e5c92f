"""Settings: the saved profile shown, edits saved, a failed save losing nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commune_care import __version__
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import VillageKind
from commune_care.domain.schemas.children import ChildIn
from commune_care.ui.pages.settings_page import SettingsPage
from tests.conftest import SAMPLE_PROFILE
from tests.ui.typing_helpers import press_key, type_text


def _page(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def _villages(page: SettingsPage) -> list[tuple[str, VillageKind, bool]]:
    form = page.form
    return [form.village_row(r)[:3] for r in range(form.village_count())]


def _row_of(page: SettingsPage, name: str) -> int:
    form = page.form
    return next(r for r in range(form.village_count()) if form.village_row(r)[0] == name)


def test_the_saved_profile_is_shown(qtbot, ctx):
    page = _page(qtbot, ctx)
    form = page.form
    assert form.province_combo.currentText() == "Quảng Ngãi"
    assert form.commune_combo.currentText() == ""  # Hòa Cư was typed by hand: not in the list
    assert form.commune_combo.count() > 0  # the province's communes are offered
    assert form.name_edit.text() == "Xã Hòa Cư"
    assert form.agency_parent_edit.text() == "ỦY BAN NHÂN DÂN"
    assert form.agency_name_edit.text() == "XÃ HÒA CƯ"
    assert form.place_edit.text() == "Hòa Cư"
    assert form.officer_edit.text() == "Trần Thị Hạnh"
    assert form.chairman_edit.text() == "Nguyễn Văn Bình"
    assert form.vice_chairman_edit.text() == "Lê Văn Sơn"
    assert form.recipient_edit.text() == "Sở Y tế tỉnh Quảng Ngãi"
    assert _villages(page) == [
        ("Thôn Đông", VillageKind.THON, True),
        ("Thôn Tây", VillageKind.THON, True),
        ("Bản Nà Hừ", VillageKind.BAN, True),
    ]
    assert page.database_value.text() == ctx.database_label
    assert page.version_value.text() == __version__
    assert not page.is_dirty()
    # Nothing changed: the profile values read back are the saved ones.
    assert ctx.commune.validate_profile(form.profile_values()) == SAMPLE_PROFILE


def test_edits_are_saved(qtbot, ctx):
    page = _page(qtbot, ctx)
    form = page.form
    form.officer_edit.clear()
    type_text(form.officer_edit, "Hà Thị Thu Trang")
    form.villages_table.item(_row_of(page, "Thôn Tây"), form.COL_NAME).setText("Thôn Tây Hòa")
    form.add_village("Tổ dân phố Quyết Tiến", VillageKind.TO_DAN_PHO)
    form.villages_table.selectRow(form.village_count() - 1)
    form.up_button.click()
    assert page.is_dirty()
    assert page.status_label.text() == "Changes not saved yet."

    with qtbot.waitSignal(page.profile_saved, timeout=1000):
        page.save_button.click()

    profile = ctx.commune.profile()
    assert profile is not None and profile.officer_name == "Hà Thị Thu Trang"
    assert profile.commune_name == "Xã Hòa Cư"
    assert [(v.name, v.kind) for v in ctx.commune.villages()] == [
        ("Thôn Đông", VillageKind.THON),
        ("Thôn Tây Hòa", VillageKind.THON),
        ("Tổ dân phố Quyết Tiến", VillageKind.TO_DAN_PHO),
        ("Bản Nà Hừ", VillageKind.BAN),
    ]
    assert page.status_label.text().startswith("Saved at")
    assert not page.is_dirty()
    assert [row[0] for row in _villages(page)][2] == "Tổ dân phố Quyết Tiến"


def test_a_failed_save_keeps_the_saved_profile_and_what_was_typed(qtbot, ctx):
    before_profile = ctx.commune.profile()
    page = _page(qtbot, ctx)
    form = page.form
    type_text(form.chairman_edit, " Mới")
    form.name_edit.clear()
    form.place_edit.setText("   ")
    with qtbot.assertNotEmitted(page.profile_saved):
        page.save()
    assert form.error_text("commune_name") == "Tên xã không được để trống."
    assert form.error_text("place_name") == "Địa danh ghi ngày tháng không được để trống."
    assert page.status_label.text().startswith("Not saved")
    assert ctx.commune.profile() == before_profile  # nothing written
    assert form.chairman_edit.text() == "Nguyễn Văn Bình Mới"  # nothing lost on screen
    assert page.is_dirty()


def test_a_village_renamed_to_a_duplicate_saves_nothing(qtbot, ctx):
    before_profile = ctx.commune.profile()
    page = _page(qtbot, ctx)
    form = page.form
    type_text(form.officer_edit, " (mới)")
    form.villages_table.item(_row_of(page, "Bản Nà Hừ"), form.COL_NAME).setText("THÔN ĐÔNG")
    page.save()
    assert "bị nhập hai lần" in form.error_text("villages")
    assert form.errors.label("villages").isVisible()
    assert ctx.commune.profile() == before_profile  # the profile was not saved either


def test_a_village_renamed_to_nothing_is_an_error(qtbot, ctx):
    page = _page(qtbot, ctx)
    form = page.form
    form.villages_table.item(1, form.COL_NAME).setText("  ")
    page.save()
    assert form.error_text("villages") == "Row 2: Tên thôn/bản/tổ dân phố không được để trống."
    assert [v.name for v in ctx.commune.villages()] == ["Thôn Đông", "Thôn Tây", "Bản Nà Hừ"]


def test_removing_villages(qtbot, ctx):
    """A village with children is only marked not in use (kept for their records); one
    without children is removed."""
    tay = next(v for v in ctx.commune.villages() if v.name == "Thôn Tây")
    ctx.children.create(ChildIn(full_name="Lò Văn Páo", birth=PartialDate(2016), village_id=tay.id))
    page = _page(qtbot, ctx)
    form = page.form
    assert form.villages_table.item(1, form.COL_CHILDREN).text() == "1"

    form.villages_table.selectRow(_row_of(page, "Thôn Tây"))
    form.remove_village_button.click()
    assert form.village_count() == 3
    assert form.village_row(_row_of(page, "Thôn Tây"))[2] is False  # not in use
    assert "Thôn Tây" in form.villages_note.text()
    form.villages_table.selectRow(_row_of(page, "Bản Nà Hừ"))
    form.remove_village_button.click()
    assert form.village_count() == 2
    assert page.save()

    assert [v.name for v in ctx.commune.villages()] == ["Thôn Đông"]
    everything = {v.name: v.active for v in ctx.commune.villages(include_inactive=True)}
    assert everything == {"Thôn Đông": True, "Thôn Tây": False}
    # Shown again, the retired village is there, unticked; ticking it brings it back.
    assert _villages(page) == [
        ("Thôn Đông", VillageKind.THON, True),
        ("Thôn Tây", VillageKind.THON, False),
    ]
    form.villages_table.item(1, form.COL_ACTIVE).setCheckState(Qt.CheckState.Checked)
    assert page.save()
    assert [v.name for v in ctx.commune.villages()] == ["Thôn Đông", "Thôn Tây"]


def test_enter_in_a_field_saves(qtbot, ctx):
    page = _page(qtbot, ctx)
    form = page.form
    form.recipient_edit.setText("UBND tỉnh Quảng Ngãi")
    with qtbot.waitSignal(page.profile_saved, timeout=1000):
        press_key(form.recipient_edit, Qt.Key.Key_Return)
    profile = ctx.commune.profile()
    assert profile is not None and profile.upper_recipient == "UBND tỉnh Quảng Ngãi"


def test_picking_another_commune_updates_the_lines_that_were_filled_in(qtbot, ctx):
    page = _page(qtbot, ctx)
    form = page.form
    row = form.commune_combo.find_text("Phường Đức Phổ")
    form.commune_combo.setCurrentIndex(row)
    assert form.name_edit.text() == "Phường Đức Phổ"
    assert form.agency_name_edit.text() == "PHƯỜNG ĐỨC PHỔ"
    assert form.place_edit.text() == "Đức Phổ"
    assert page.save()
    profile = ctx.commune.profile()
    assert profile is not None
    assert (profile.commune_code, profile.commune_name) == ("21439", "Phường Đức Phổ")
    # Another province: its communes are offered, the old pick is dropped.
    form.province_combo.setCurrentIndex(form.province_combo.find_text("thanh pho ha noi"))
    assert form.commune_combo.currentText() == ""
    assert form.commune_combo.find_text("Phường Ba Đình") >= 0
    assert form.commune_combo.find_text("Phường Đức Phổ") < 0


def test_undo_changes_shows_the_saved_profile_again(qtbot, ctx):
    page = _page(qtbot, ctx)
    page.form.officer_edit.setText("Ai đó")
    page.form.add_village("Thôn Mới")
    page.revert_button.click()
    assert page.form.officer_edit.text() == "Trần Thị Hạnh"
    assert page.form.village_count() == 3
    assert not page.is_dirty()


def test_the_profile_is_read_when_the_page_is_first_shown(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.form.name_edit.text() == ""  # building the window reads nothing
    page.show()
    assert page.form.name_edit.text() == "Xã Hòa Cư"
    page.form.officer_edit.setText("Đang sửa")
    page.hide()
    page.show()  # coming back to the page keeps what was typed
    assert page.form.officer_edit.text() == "Đang sửa"


def test_the_targets_are_shown_saved_and_used(qtbot, ctx):
    page = _page(qtbot, ctx)
    assert (page.mental_target_spin.value(), page.orphans_target_spin.value()) == (80, 100)
    page.mental_target_spin.setValue(70)
    assert page.is_dirty()
    page.save_button.click()
    assert ctx.indicators.targets().mental_health_pct == 70
    assert not page.is_dirty()
    page.reload()
    assert page.mental_target_spin.value() == 70
