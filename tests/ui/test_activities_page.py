"""The activities page and its dialogs (issue #9): a bad activity shows its Vietnamese message
under the field and writes nothing; a good one is listed and counted; archived, it leaves the
list; social-assistance months show what they come to before they are saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from commune_care.domain.activities import ActivityKind
from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.activities import ActivityFilter
from commune_care.ui.dialogs.activity_dialogs import (
    ActivityDialog,
    AssistanceLevelsDialog,
    PaymentsDialog,
    SponsorshipDialog,
)
from commune_care.ui.dialogs.child_dialog import select_data
from commune_care.ui.pages.activities_page import ActivitiesPage
from tests.ui.typing_helpers import type_text

YEAR = date.today().year


def test_a_bad_activity_is_refused_and_a_good_one_listed(qtbot, ctx, modal):
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.activities_tab.table.rowCount() == 0

    dialog = ActivityDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    select_data(dialog.kind_combo, ActivityKind.COMMUNICATION.value)
    dialog.children_spin.setValue(30)
    dialog.total_spin.setValue(10)  # fewer than the children
    dialog.save_button.click()
    assert dialog.result() == 0
    assert "Tên hoạt động không được để trống" in dialog.errors.message("title")
    type_text(dialog.title_edit, "Truyền thông phòng, chống đuối nước")
    dialog.save_button.click()
    assert "ít hơn số trẻ em" in dialog.errors.message("participants_total")
    assert ctx.activities.activities(ActivityFilter(year=YEAR)) == []

    dialog.total_spin.setValue(0)  # the sum
    type_text(dialog.budget_edit, "2.000.000")
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.participants_total == 30
    page.reload()
    table = page.activities_tab.table
    assert table.rowCount() == 1 and table.item(0, 2).text().startswith("Truyền thông phòng")
    assert page.activities_tab.summary_label.text().startswith("1 activities, 30 participants")

    table.selectRow(0)
    modal.next(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # "Lưu trữ…?"
    page.activities_tab.archive_button.click()
    assert table.rowCount() == 0
    page.activities_tab.archived_check.setChecked(True)
    assert table.rowCount() == 1 and page.activities_tab.archive_button.text() == "Restore"


def test_sponsorship_and_payments_dialogs(qtbot, ctx):
    children = ctx.children
    kid = children.create(
        children.validate({"full_name": "Lò Văn Pao", "birth": PartialDate(YEAR - 6, 3, 1)})
    )
    sponsor = SponsorshipDialog(ctx)
    qtbot.addWidget(sponsor)
    type_text(sponsor.sponsor_edit, "Hội Phụ nữ xã")
    sponsor.save_button.click()
    assert "Trẻ được nhận đỡ đầu" in sponsor.errors.message("child_id")
    sponsor.child_id = kid.id  # as the child picker sets it
    type_text(sponsor.support_edit, "Học bổng")
    type_text(sponsor.money_edit, "500.000")
    sponsor.save_button.click()
    assert sponsor.saved is not None and sponsor.saved.monthly_vnd == 500_000

    pay = PaymentsDialog(ctx)
    qtbot.addWidget(pay)
    pay.child_id = kid.id
    select_data(pay.category_combo, "d5_k1")
    pay.first_edit.setText(f"01/{YEAR}")
    pay.last_edit.setText(f"02/{YEAR}")
    pay.update_preview()
    assert pay.preview_label.text().startswith("2 month(s)")
    assert "750.000" in pay.preview_label.text()  # 500.000 × 1,5 (6 years old)
    pay.save_button.click()
    assert pay.saved is not None and [p.amount_vnd for p in pay.saved] == [750_000, 750_000]

    levels = AssistanceLevelsDialog(ctx)
    qtbot.addWidget(levels)
    assert levels.table.rowCount() == 2
    levels.base_edit.setText("không biết")
    levels.from_edit.set_date(date(2030, 1, 1))
    levels.add_button.click()
    assert "số tiền" in levels.errors.message("base_vnd")
    assert levels.table.rowCount() == 2
