"""One child's page: header and next step, the tabs, classification, archive and restore."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import ChildIn, ClassificationIn
from commune_care.ui.dialogs.classification_dialog import (
    ClassificationDialog,
    EndClassificationDialog,
)
from commune_care.ui.pages.child_page import ArchiveDialog, ChildPage, next_steps
from tests.ui.typing_helpers import press_key, type_text


def _child(ctx, **changes) -> int:
    village = ctx.commune.villages()[1]
    values = dict(
        full_name="Trần Thị Đào",
        sex=Sex.FEMALE,
        birth=PartialDate(2016, 2, 10),
        village_id=village.id,
        father_name="Trần Văn Hải",
        mother_name="Lò Thị Xiêm",
        school="Trường Tiểu học Hòa Cư",
        school_class="4A",
        confidential_notes="Mẹ đang điều trị tại bệnh viện tâm thần.",
        notes="Học khá.",
    )
    values.update(changes)
    return ctx.children.create(ChildIn(**values)).id


def _page(qtbot, ctx, child_id: int) -> ChildPage:
    page = ChildPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_child(child_id)
    return page


def _cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_header_details_and_next_step(qtbot, ctx):
    child_id = _child(ctx)
    page = _page(qtbot, ctx, child_id)
    assert page.name_label.text() == "Trần Thị Đào"
    assert "TE000001" in page.meta_label.text() and "Thôn Tây" in page.meta_label.text()
    assert page.status_badge.text() == "Đang quản lý"
    assert not page.archived_banner.isVisible()
    assert page.next_steps() == [page.tr("Classify the child")]
    assert page.tr("Classify the child") in page.next_label.text()

    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        page.tr("Details"), page.tr("Classification"), page.tr("Support && intervention"),
        page.tr("Services"), page.tr("Alternative care"), page.tr("History"),
    ]  # fmt: skip
    info = page.info_tab.values
    assert info["full_name"].text() == "Trần Thị Đào"
    assert info["village"].text() == "Thôn Tây"
    assert "4A" in info["school"].text()
    assert info["father"].text() == "Trần Văn Hải (Không rõ)"
    assert info["notes"].text() == "Học khá."
    # Confidential notes: their own box, not the notes box; masked until shown with a reason.
    confidential = page.info_tab.confidential
    assert confidential.masked and "Mẹ đang" not in confidential.label.text()
    box = confidential.parentWidget()
    assert box.objectName() == "confidentialBox"
    assert info["notes"].parentWidget() is not box
    confidential.ask = lambda _parent, _what, reveal: reveal("Cập nhật hồ sơ của trẻ")
    confidential.show_button.click()
    assert confidential.label.text().startswith("Mẹ đang điều trị")
    assert not confidential.show_button.isVisible()


def test_turned_16_is_shown_and_asked_for(qtbot, ctx):
    born = date.today().year - 17
    child_id = _child(ctx, birth=PartialDate(born, 1, 1), over_age_reason="Theo dõi chuyển tiếp")
    page = _page(qtbot, ctx, child_id)
    assert page.status_badge.text() == "Đủ 16 tuổi"
    assert page.next_steps()[0] == page.tr("Update the status: the child has turned 16")
    assert page.info_tab.values["over_age_reason"].text() == "Theo dõi chuyển tiếp"


def test_next_steps_from_the_data(ctx):
    child_id = _child(
        ctx,
        birth=PartialDate(2016, estimated=True),
        bhyt_number="TE1234567890",
        bhyt_expiry=date.today() - timedelta(days=1),
        id_number="001316001234",  # says born 2016, a girl: fine
    )
    ctx.children.classify(child_id, ClassificationIn(group_code="hcdb_d", start_date=date.today()))
    steps = next_steps(ctx.children.get(child_id))
    assert len(steps) == 2
    assert "date of birth" in steps[0] and "BHYT" in steps[1]
    mismatch = _child(ctx, full_name="Lê Văn Tám", sex=Sex.MALE, id_number="001316009999")
    assert any("Chữ số thứ 4" in s for s in next_steps(ctx.children.get(mismatch)))


def _choose_group(code: str, basis: str = "Giấy xác nhận khuyết tật số 12"):
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ClassificationDialog)
        dialog.select_group(code)
        assert dialog.subgroup_combo.isEnabled()
        dialog.subgroup_combo.setCurrentIndex(2)
        assert dialog.subgroup_text.text() == "Trẻ em khuyết tật nặng."
        type_text(dialog.basis_edit, basis)
        dialog.save_button.click()

    return fill


def test_add_and_end_a_classification(qtbot, ctx, modal):
    child_id = _child(ctx)
    page = _page(qtbot, ctx, child_id)
    tab = page.classification_tab
    page.tabs.setCurrentWidget(tab)
    modal.next(_choose_group("hcdb_d"))
    with qtbot.waitSignal(page.child_changed, timeout=3000):
        tab.add_button.click()
    assert tab.table.rowCount() == 1
    cells = _cells(tab.table, 0)
    assert cells[0] == "d) Trẻ em khuyết tật"
    assert cells[1] == "Trẻ em khuyết tật nặng."
    assert cells[2] == date.today().strftime("%d/%m/%Y")
    assert cells[4] == "Giấy xác nhận khuyết tật số 12"
    assert cells[5] == tab.tr("Active")
    assert page.next_steps() == [page.tr("Nothing to do")]

    tab.table.selectRow(0)
    assert tab.end_button.isEnabled()

    def end(dialog: QWidget) -> None:
        assert isinstance(dialog, EndClassificationDialog)
        dialog.end_edit.clear()
        type_text(dialog.end_edit, "01/01/2000")  # before the start
        dialog.save_button.click()
        assert "trước ngày bắt đầu" in dialog.errors.message("end_date")
        dialog.end_edit.set_date(date.today())
        press_key(dialog.end_edit, Qt.Key.Key_Return)

    modal.next(end)
    tab.end_button.click()
    assert _cells(tab.table, 0)[3] == date.today().strftime("%d/%m/%Y")
    assert ctx.children.get(child_id).classifications[0].end_date == date.today()

    history = page.history_tab.table
    actions = [history.item(r, 2).text() for r in range(history.rowCount())]
    assert actions == ["Sửa phân loại", "Thêm phân loại", "Tạo hồ sơ"]
    assert history.item(1, 3).text() == "d) Trẻ em khuyết tật"
    assert history.item(0, 0).text().startswith(date.today().strftime("%d/%m/%Y"))


def test_classification_errors_show_on_their_fields(qtbot, ctx):
    child_id = _child(ctx)
    ctx.children.classify(child_id, ClassificationIn(group_code="hcdb_d", start_date=date.today()))
    dialog = ClassificationDialog(ctx, child_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # no group
    assert dialog.errors.message("group_code")
    dialog.select_group("hcdb_d")  # overlaps the one already there
    dialog.save()
    assert "Trẻ đã thuộc nhóm" in dialog.errors.message("group_code")
    dialog.select_group("hcdb_dd")
    assert not dialog.subgroup_combo.isEnabled()
    dialog.end_edit.set_date(date.today() - timedelta(days=10))
    dialog.save()
    assert "Ngày kết thúc trước ngày bắt đầu" in dialog.errors.message("end_date")
    dialog.start_edit.setText("99/99/2020")
    dialog.save()
    assert dialog.errors.message("start_date")
    assert len(ctx.children.get(child_id).classifications) == 1


def test_edit_a_classification(qtbot, ctx, modal):
    child_id = _child(ctx)
    ctx.children.classify(child_id, ClassificationIn(group_code="hcdb_d", start_date=date.today()))
    page = _page(qtbot, ctx, child_id)
    tab = page.classification_tab
    tab.table.selectRow(0)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ClassificationDialog)
        assert dialog.selected_group().code == "hcdb_d"
        type_text(dialog.note_edit, "Đã xác minh")
        dialog.save_button.click()

    modal.next(change)
    tab.edit_button.click()
    assert ctx.children.get(child_id).classifications[0].note == "Đã xác minh"


def test_archive_and_restore(qtbot, ctx, modal):
    child_id = _child(ctx)
    page = _page(qtbot, ctx, child_id)
    assert page.archive_button.isVisible() and not page.restore_button.isVisible()

    def archive(dialog: QWidget) -> None:
        assert isinstance(dialog, ArchiveDialog)
        dialog.archive_button.click()  # no reason yet
        assert dialog.errors.message("archive_reason")
        type_text(dialog.reason_edit, "Đăng ký trùng với TE000002")
        modal.next(modal.yes)  # "Archive the record?"
        dialog.archive_button.click()

    modal.next(archive)
    with qtbot.waitSignal(page.child_changed, timeout=3000):
        page.archive_button.click()
    child = ctx.children.get(child_id)
    assert child.archived and child.archive_reason == "Đăng ký trùng với TE000002"
    assert page.archived_banner.isVisible()
    assert "TE000002" in page.archived_banner.text()
    assert page.restore_button.isVisible() and not page.archive_button.isVisible()
    assert page.history_tab.table.item(0, 2).text() == "Lưu trữ hồ sơ"

    modal.next(modal.no)
    page.restore_button.click()
    assert ctx.children.get(child_id).archived

    modal.next(modal.yes)
    page.restore_button.click()
    assert not ctx.children.get(child_id).archived
    assert not page.archived_banner.isVisible()
    assert page.history_tab.table.item(0, 2).text() == "Khôi phục hồ sơ"


def test_archive_can_be_cancelled_at_the_confirmation(qtbot, ctx, modal):
    child_id = _child(ctx)
    page = _page(qtbot, ctx, child_id)

    def archive(dialog: QWidget) -> None:
        type_text(dialog.reason_edit, "Chuyển đi")
        modal.next(modal.no)
        dialog.archive_button.click()
        dialog.reject()

    modal.next(archive)
    page.archive_button.click()
    assert not ctx.children.get(child_id).archived


def test_edit_from_the_page(qtbot, ctx, modal):
    child_id = _child(ctx)
    page = _page(qtbot, ctx, child_id)

    def edit(dialog: QWidget) -> None:
        type_text(dialog.class_edit, "B")
        dialog.save_button.click()

    modal.next(edit)
    with qtbot.waitSignal(page.child_changed, timeout=3000) as blocker:
        page.edit_button.click()
    assert blocker.args == [child_id]
    assert "4AB" in page.info_tab.values["school"].text()
    assert page.history_tab.table.item(0, 2).text() == "Sửa hồ sơ"


def test_back(qtbot, ctx):
    page = _page(qtbot, ctx, _child(ctx))
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        page.back_button.click()


def test_a_new_tab_is_one_line_and_goes_before_history(qtbot, ctx):
    page = _page(qtbot, ctx, _child(ctx))

    class ServicesTab(QLabel):
        def show_child(self, child) -> None:
            self.setText(child.code)

    page.add_tab(ServicesTab(), "Dịch vụ")
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[-2:] == ["Dịch vụ", page.tr("History")]
    assert page.tabs.widget(len(titles) - 2).text() == "TE000001"
