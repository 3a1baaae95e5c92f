"""The managed list of providers: add, edit, bad input, a provider in use is deactivated but
never deleted, one never used is deleted; reached from Settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.schemas.support import ProviderIn
from commune_care.domain.support import ProviderKind
from commune_care.ui.dialogs.child_dialog import select_data
from commune_care.ui.dialogs.providers_dialog import INACTIVE_COLOR, ProviderDialog, ProvidersDialog
from commune_care.ui.pages.settings_page import SettingsPage
from tests.ui.typing_helpers import press_key, type_text


def _dialog(qtbot, ctx) -> ProvidersDialog:
    dialog = ProvidersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _names(dialog: ProvidersDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def _select(dialog: ProvidersDialog, name: str) -> None:
    dialog.table.selectRow(_names(dialog).index(name))


def _used_provider(ctx, name: str) -> int:
    provider = ctx.support.create_provider(ProviderIn(name=name, kind=ProviderKind.SCHOOL))
    village = ctx.commune.villages()[0]
    child = ctx.children.create(
        ChildIn(full_name="Lê Văn Tú", sex=Sex.MALE, birth=PartialDate(2014), village_id=village.id)
    )
    ctx.support.add_service(
        ctx.support.validate_service(
            {"child_id": child.id, "type": "giao_duc", "provider_id": provider.id,
             "start_date": date.today()}
        )
    )  # fmt: skip
    return provider.id


def test_add_and_edit_a_provider(qtbot, ctx, modal):
    dialog = _dialog(qtbot, ctx)
    assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisible()

    def fill(editor):
        assert isinstance(editor, ProviderDialog)
        type_text(editor.name_edit, "Hội Liên hiệp Phụ nữ xã")
        select_data(editor.kind_combo, ProviderKind.COMMUNITY.value)
        type_text(editor.address_edit, "Thôn Đông, xã Hòa Cư")
        type_text(editor.phone_edit, "0912 345 678")
        editor.save_button.click()

    modal.next(fill)
    dialog.add_button.click()
    (provider,) = ctx.support.providers()
    assert provider.name == "Hội Liên hiệp Phụ nữ xã"
    assert provider.kind is ProviderKind.COMMUNITY
    assert provider.address == "Thôn Đông, xã Hòa Cư" and provider.phone == "0912 345 678"
    assert dialog.changed and dialog.created_id == provider.id
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row == ["Hội Liên hiệp Phụ nữ xã", "Tổ chức tại cộng đồng", "Thôn Đông, xã Hòa Cư",
                   "0912 345 678", dialog.tr("Not used yet")]  # fmt: skip

    def rename(editor):
        assert editor.name_edit.text() == "Hội Liên hiệp Phụ nữ xã"
        editor.name_edit.clear()
        type_text(editor.name_edit, "Hội LHPN xã Hòa Cư")
        editor.save_button.click()

    modal.next(rename)
    press_key(dialog.table, Qt.Key.Key_Return)  # Enter on the list edits the provider
    assert ctx.support.provider(provider.id).name == "Hội LHPN xã Hòa Cư"
    assert _names(dialog) == ["Hội LHPN xã Hòa Cư"]
    assert dialog.isVisible()  # Enter did not close the list


def test_bad_provider_shows_messages_and_saves_nothing(qtbot, ctx):
    ctx.support.create_provider(ProviderIn(name="Trạm Y tế xã", kind=ProviderKind.HEALTH_FACILITY))
    editor = ProviderDialog(ctx)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.phone_edit, "09a")
    editor.save_button.click()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.errors.message("name") == "Tên nơi cung cấp dịch vụ không được để trống."
    assert "chỉ được gồm chữ số" in editor.errors.message("phone")
    # Same name, other accents and case: refused.
    type_text(editor.name_edit, "TRAM Y TE XA")
    editor.phone_edit.clear()
    editor.save_button.click()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.errors.message("name").startswith("Đã có nơi cung cấp dịch vụ tên «Trạm Y tế xã»")
    assert [p.name for p in ctx.support.providers(include_inactive=True)] == ["Trạm Y tế xã"]


def test_provider_in_use_cannot_be_deleted_but_can_be_deactivated(qtbot, ctx, modal):
    used_id = _used_provider(ctx, "Trường Tiểu học Hòa Cư")
    dialog = _dialog(qtbot, ctx)
    _select(dialog, "Trường Tiểu học Hòa Cư")
    assert dialog.table.item(0, 4).text() == dialog.tr("In use")

    def refused(box):
        assert isinstance(box, QMessageBox)
        assert "Trường Tiểu học Hòa Cư" in box.text()
        box.accept()

    modal.next(refused)
    dialog.delete_button.click()
    assert ctx.support.provider(used_id).active

    modal.next(modal.no)  # "Stop using this provider?" — No changes nothing
    dialog.deactivate_button.click()
    assert ctx.support.provider(used_id).active

    modal.next(modal.yes)
    dialog.deactivate_button.click()
    assert not ctx.support.provider(used_id).active
    # Still listed, greyed, and no longer offered for new records.
    assert _names(dialog) == ["Trường Tiểu học Hòa Cư"]
    assert dialog.table.item(0, 4).text() == dialog.tr("No longer used")
    assert dialog.table.item(0, 0).foreground().color() == INACTIVE_COLOR
    assert ctx.support.providers() == []
    assert not dialog.deactivate_button.isEnabled() and dialog.reactivate_button.isEnabled()

    dialog.reactivate_button.click()
    assert ctx.support.provider(used_id).active
    assert dialog.table.item(0, 4).text() == dialog.tr("In use")


def test_provider_never_used_is_deleted_after_confirmation(qtbot, ctx, modal):
    ctx.support.create_provider(ProviderIn(name="Nhập nhầm", kind=ProviderKind.OTHER))
    ctx.support.create_provider(ProviderIn(name="Công an xã", kind=ProviderKind.OTHER))
    dialog = _dialog(qtbot, ctx)
    _select(dialog, "Nhập nhầm")
    modal.next(modal.no)
    dialog.delete_button.click()
    assert len(ctx.support.providers()) == 2
    modal.next(modal.yes)
    dialog.delete_button.click()
    assert [p.name for p in ctx.support.providers(include_inactive=True)] == ["Công an xã"]
    assert _names(dialog) == ["Công an xã"]


def test_settings_page_opens_the_providers_list(qtbot, ctx, modal):
    ctx.support.create_provider(ProviderIn(name="Trạm Y tế xã", kind=ProviderKind.HEALTH_FACILITY))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    seen: list[list[str]] = []

    def look(dialog):
        assert isinstance(dialog, ProvidersDialog)
        seen.append(_names(dialog))
        dialog.close_button.click()

    modal.next(look)
    page.providers_button.click()
    assert seen == [["Trạm Y tế xã"]]
