"""The child page's "Support & intervention" and "Services" tabs on a real database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from commune_care.domain.cases import IntakeChannel
from commune_care.domain.dates import PartialDate, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.cases import IntakeIn
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.schemas.support import ProviderIn
from commune_care.domain.support import ProviderKind, ReferralStatus, ServiceType
from commune_care.ui.dialogs.child_dialog import select_data
from commune_care.ui.dialogs.service_dialogs import (
    EndServiceDialog,
    ReferralDialog,
    ReferralStatusDialog,
    ServiceDialog,
)
from commune_care.ui.pages.child_page import ChildPage
from commune_care.ui.pages.child_support_tabs import ChildCasesTab, ChildServicesTab
from tests.ui.typing_helpers import press_key, type_text

TODAY = date.today()


def _child(ctx, name: str = "Đinh Văn Khải") -> int:
    village = ctx.commune.villages()[2]
    data = ChildIn(full_name=name, sex=Sex.MALE, birth=PartialDate(2012, 9, 1),
                   village_id=village.id)  # fmt: skip
    return ctx.children.create(data).id


def _intake(ctx, child_id: int, days_ago: int):
    return ctx.cases.open_intake(
        IntakeIn(
            channel=IntakeChannel.HOTLINE_111,
            received_at=datetime.now() - timedelta(days=days_ago),
            received_by="Trần Thị Hạnh",
            child_id=child_id,
            child_condition="Trẻ bị đánh",
        )
    )


def _page(qtbot, ctx, child_id: int) -> ChildPage:
    page = ChildPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_child(child_id)
    return page


def _cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_tabs_are_registered_before_history(qtbot, ctx):
    page = _page(qtbot, ctx, _child(ctx))
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[2:] == [page.tr("Support && intervention"), page.tr("Services"),
                          page.tr("Alternative care"), page.tr("History")]  # fmt: skip
    assert isinstance(page.cases_tab, ChildCasesTab)
    assert isinstance(page.services_tab, ChildServicesTab)
    assert not page.cases_tab.rows and page.cases_tab.table.rowCount() == 0


def test_cases_tab_lists_the_child_cases_and_opens_one(qtbot, ctx):
    child_id = _child(ctx)
    other = _child(ctx, "Lò Thị Mai")
    older = _intake(ctx, child_id, 30)
    newer = _intake(ctx, child_id, 1)
    _intake(ctx, other, 2)
    page = _page(qtbot, ctx, child_id)
    page.tabs.setCurrentWidget(page.cases_tab)
    tab = page.cases_tab
    assert tab.table.rowCount() == 2
    summaries = ctx.cases.for_child(child_id)
    first = _cells(tab.table, 0)
    assert first[0] == newer.code == summaries[0].code
    assert first[1] == f"{summaries[0].opened_at:%d/%m/%Y %H:%M}"
    assert first[3] == summaries[0].stage.label
    assert first[4] == summaries[0].next_action_label
    assert _cells(tab.table, 1)[0] == older.code
    assert summaries[1].overdue  # 30 days without an initial assessment
    assert _cells(tab.table, 1)[6] == summaries[1].next_state.label
    assert tab.table.item(1, 6).foreground().color().name() == "#b3261e"

    with qtbot.waitSignal(tab.open_case, timeout=1000) as signal:
        tab.table.selectRow(1)
        press_key(tab.table, Qt.Key.Key_Return)
    assert signal.args == [older.id]
    with qtbot.waitSignal(tab.open_case, timeout=1000) as signal:
        tab.table.selectRow(0)
        tab.open_button.click()
    assert signal.args == [newer.id]


def test_add_service_and_referral_through_the_tab(qtbot, ctx, modal):
    child_id = _child(ctx)
    case = _intake(ctx, child_id, 3)
    provider = ctx.support.create_provider(
        ProviderIn(name="Trung tâm CTXH tỉnh", kind=ProviderKind.SOCIAL_ASSISTANCE_FACILITY)
    )
    page = _page(qtbot, ctx, child_id)
    page.tabs.setCurrentWidget(page.services_tab)
    tab = page.services_tab
    assert tab.services_empty.isVisible() and tab.referrals_empty.isVisible()
    assert not tab.edit_service_button.isEnabled() and not tab.status_button.isEnabled()

    def fill_service(dialog):
        assert isinstance(dialog, ServiceDialog)
        select_data(dialog.type_combo, ServiceType.COUNSELLING.value)
        select_data(dialog.provider.combo, provider.id)
        dialog.start_edit.clear()
        type_text(dialog.start_edit, format_date(TODAY - timedelta(days=2)))
        type_text(dialog.outcome_edit, "Trẻ bình tĩnh hơn")
        select_data(dialog.case_combo, case.id)
        dialog.save_button.click()

    modal.next(fill_service)
    tab.add_service_button.click()
    assert tab.services_table.rowCount() == 1
    row = _cells(tab.services_table, 0)
    assert row == [
        "Tư vấn / trị liệu tâm lý",
        "Cơ sở trợ giúp xã hội",
        "Trung tâm CTXH tỉnh",
        tab.tr("{0} – ongoing").format(format_date(TODAY - timedelta(days=2))),
        "Trẻ bình tĩnh hơn",
        case.code,
    ]
    assert tab.end_service_button.isEnabled()  # the new row is selected

    def end(dialog):
        assert isinstance(dialog, EndServiceDialog)
        dialog.save_button.click()  # today, the outcome kept

    modal.next(end)
    tab.end_service_button.click()
    assert _cells(tab.services_table, 0)[3] == (
        f"{format_date(TODAY - timedelta(days=2))} – {format_date(TODAY)}"
    )
    assert not tab.end_service_button.isEnabled()

    def fill_referral(dialog):
        assert isinstance(dialog, ReferralDialog)
        type_text(dialog.recipient.name_edit, "Bác sĩ Nguyễn Thị Thu")
        type_text(dialog.reason_edit, "Khám tâm lý chuyên sâu")
        dialog.save_button.click()

    modal.next(fill_referral)
    tab.add_referral_button.click()
    assert _cells(tab.referrals_table, 0) == [
        "Bác sĩ Nguyễn Thị Thu",
        format_date(TODAY),
        "Khám tâm lý chuyên sâu",
        "Đã gửi",
        "",
    ]

    def answer(dialog):
        assert isinstance(dialog, ReferralStatusDialog)
        select_data(dialog.status_combo, ReferralStatus.DECLINED.value)
        type_text(dialog.feedback_edit, "Không nhận trẻ dưới 14 tuổi")
        dialog.save_button.click()

    modal.next(answer)
    tab.status_button.click()
    assert _cells(tab.referrals_table, 0)[3:] == ["Từ chối", "Không nhận trẻ dưới 14 tuổi"]
    (referral,) = ctx.support.referrals_for_child(child_id)
    assert referral.status is ReferralStatus.DECLINED


def test_archived_child_takes_no_new_service(qtbot, ctx):
    child_id = _child(ctx)
    ctx.support.add_service(
        ctx.support.validate_service({"child_id": child_id, "type": "y_te", "start_date": TODAY})
    )
    ctx.children.archive(child_id, "Đăng ký trùng")
    page = _page(qtbot, ctx, child_id)
    page.tabs.setCurrentWidget(page.services_tab)
    tab = page.services_tab
    assert tab.archived_label.isVisible()
    assert not tab.add_service_button.isEnabled() and not tab.add_referral_button.isEnabled()
    assert tab.services_table.rowCount() == 1  # what was recorded stays visible
    tab.services_table.selectRow(0)
    assert tab.end_service_button.isEnabled()  # and can still be completed


def test_main_window_opens_the_case_from_the_child_page(qtbot, ctx):
    from commune_care.ui.main_window import MainWindow

    child_id = _child(ctx)
    _intake(ctx, child_id, 1)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_child(child_id)
    tab = window.child_page.cases_tab
    window.child_page.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    press_key(tab.table, Qt.Key.Key_Return)
    assert window.current_page_key() == "case"
    qtbot.wait(50)  # let the case page finish what it queued (scrolling) while it exists
