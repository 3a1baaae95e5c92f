"""The "Nhận con nuôi" section: the list and its filters, "Việc cần làm", a referral's steps in
order with what is next, the section in the main window, and bad input refused in the dialogs
with the message on the field and nothing saved."""

from __future__ import annotations

from datetime import timedelta

from commune_care.domain.adoption import AdoptionStage, AdoptionStatus, ConsentRole
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.adoption import AdoptionFilter
from commune_care.ui.main_window import MainWindow
from commune_care.ui.pages.adoption_page import AdoptionPage
from commune_care.ui.pages.case_page import StepState
from tests.services.test_adoption_service import REASON, ago, make_child, to_stage
from tests.ui.test_case_page import answer, visible_text


def _page(qtbot, ctx) -> AdoptionPage:
    page = AdoptionPage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    return page


def _several(ctx):
    svc, children = ctx.adoptions, ctx.children
    made = {
        "proposed": to_stage(svc, make_child(children, "A Pao"), AdoptionStage.PROPOSED),
        "notice": to_stage(svc, make_child(children, "B Lử"), AdoptionStage.NOTICE),
        "file": to_stage(svc, make_child(children, "C Dợ"), AdoptionStage.FILE_RECEIVED),
        "registered": to_stage(svc, make_child(children, "E Say"), AdoptionStage.REGISTERED),
    }
    return made


def test_the_list_filters_and_the_to_do_list(qtbot, ctx):
    made = _several(ctx)
    page = _page(qtbot, ctx)
    view = page.list_view
    codes = [r.code for r in view.rows]
    assert set(codes) == {made[k].code for k in ("proposed", "notice", "file")}
    assert codes[-1] == made["proposed"].code  # nothing due: last
    assert view.count_label.text() == "3 referrals"
    assert REASON not in visible_text(view)
    view.overdue_check.setChecked(True)
    assert {r.code for r in view.rows} == {made["notice"].code, made["file"].code}
    states = {view.table.item(r, view.COL_STATE).text() for r in range(view.table.rowCount())}
    assert states == {DeadlineState.OVERDUE.label}
    view.apply_filter(AdoptionFilter(status=AdoptionStatus.REGISTERED))
    assert [r.code for r in view.rows] == [made["registered"].code]
    view.apply_filter(AdoptionFilter(status=AdoptionStatus.REFUSED))
    assert view.rows == [] and "No referral matches" in view.empty_label.text()
    view.clear_filters()
    assert len(view.rows) == 3
    # "Việc cần làm": the notice ended and the opinions overdue.
    assert {i.subject_code for i in view.todo_items} == {made["notice"].code, made["file"].code}
    assert view.tabs.tabText(1) == "To do (2, 2 overdue)"
    opened: list[int] = []
    view.open_adoption.connect(opened.append)
    view.tabs.setCurrentIndex(1)
    view.todo_table.selectRow(0)
    view.open_button.click()
    assert opened == [view.todo_items[0].subject_id]


def test_each_stage_shows_its_next_step(qtbot, ctx):
    made = _several(ctx)
    page = _page(qtbot, ctx)
    detail = page.detail
    expected = {
        "proposed": "notice",
        "notice": "adopters",
        "file": "consents",
        "registered": "reports",
    }
    for name, key in expected.items():
        page.show_adoption(made[name].id)
        assert detail.next_step_key() == key, name
        assert detail.step_views[key].state is StepState.NEXT
    page.show_adoption(made["notice"].id)
    assert "60 ngày niêm yết" in detail.next_text()  # the 60 days are over
    assert detail.withdraw_button.isVisibleTo(detail)
    assert not detail.refuse_button.isVisibleTo(detail)
    page.show_adoption(made["file"].id)
    assert detail.refuse_button.isVisibleTo(detail)
    assert "Still to record: Cha đẻ, Mẹ đẻ" in detail.step_views["consents"].details
    assert not detail.withdraw_adopters_button.isVisibleTo(detail)
    page.show_adoption(made["registered"].id)
    rows = detail.deadline_rows()
    assert rows and all(row[2].startswith("Done") for row in rows)


def test_a_stopped_referral_shows_why_and_nothing_more_to_do(qtbot, ctx, modal):
    made = _several(ctx)
    page = _page(qtbot, ctx)
    page.show_adoption(made["file"].id)
    detail = page.detail

    def fill(d):
        d.date_edit.set_date(ago(1))
        d.reason_edit.setPlainText("Mẹ của trẻ đã đón trẻ về nuôi")

    modal.next(answer(fill))
    detail.withdraw_button.click()
    a = detail.adoption
    assert a.stage is AdoptionStage.WITHDRAWN
    assert "Mẹ của trẻ đã đón trẻ về nuôi" in detail.next_text()
    assert detail.next_step_key() is None and not detail.next_button.isVisibleTo(detail)
    skipped = [k for k, v in detail.step_views.items() if v.state is StepState.SKIPPED]
    assert skipped == ["consents", "opinions", "register", "reports"]
    assert all(not row.button.isVisibleTo(detail) for row in detail.rows.values())


def test_bad_input_is_shown_on_its_field_and_nothing_is_saved(qtbot, ctx, modal):
    made = _several(ctx)
    page = _page(qtbot, ctx)

    outcome: dict = {}
    modal.next(answer(lambda d: d.reason_edit.setPlainText(REASON), outcome))
    page.list_view.propose_button.click()
    assert outcome["saved"] is False and outcome["errors"]["child_id"]
    assert len(ctx.adoptions.list(AdoptionFilter(status=None))) == 4

    page.show_adoption(made["file"].id)
    detail = page.detail

    def early(d):
        d.role_combo.setCurrentIndex(d.role_combo.findData(ConsentRole.GUARDIAN.value))
        d.answer_combo.setCurrentIndex(0)  # agreed
        d.name_edit.setText("Lò Văn Sáng")
        d.date_edit.set_date(ago(31))  # the file came 30 days ago
        d.counselled_check.setChecked(True)

    outcome = {}
    modal.next(answer(early, outcome))
    detail.rows["consents"].button.click()
    assert "trước ngày nhận đủ hồ sơ" in outcome["errors"]["given_on"]
    assert ctx.adoptions.get(made["file"].id).consents == ()

    page.show_adoption(made["registered"].id)
    outcome = {}

    def before_handover(d):
        d.date_edit.set_date(ago(20))
        d.summary_edit.setPlainText("Cháu khỏe")

    modal.next(answer(before_handover, outcome))
    detail.rows["reports"].button.click()
    assert "trước ngày giao nhận" in outcome["errors"]["received_on"]
    assert ctx.adoptions.get(made["registered"].id).reports[0].received_on is None


def test_the_section_in_the_main_window(qtbot, ctx):
    child_id = make_child(ctx.children, "Vàng Thị Mai", PartialDate(2016, 4, 5))
    a = to_stage(ctx.adoptions, child_id, AdoptionStage.NOTICE)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    position = titles.index(window.tr("Adoption"))
    assert titles.index(window.tr("Mental health")) < position < titles.index(window.tr("Settings"))
    assert titles.index(window.tr("Support & intervention")) < position
    window.show_page("adoption")
    assert window.current_page_key() == "adoption"
    page = window.adoption_page
    assert [r.id for r in page.list_view.rows] == [a.id]
    page.list_view.table.selectRow(0)
    page.list_view.open_button.click()
    assert page.showing_detail() and page.detail.adoption.id == a.id
    page.detail.child_button.click()
    assert window.current_page_key() == "child"
    assert window.child_page.child.id == child_id
    window.show_page("adoption")
    assert window.current_page_key() == "adoption" and page.showing_detail()
    page.detail.back_button.click()
    assert not page.showing_detail()


def test_report_dates_in_the_schedule(qtbot, ctx):
    a = to_stage(ctx.adoptions, make_child(ctx.children), AdoptionStage.REGISTERED)
    page = _page(qtbot, ctx)
    page.show_adoption(a.id)
    table = page.detail.reports_table
    assert table.rowCount() == 6
    assert table.item(0, 1).text() == a.reports[0].due_on.strftime("%d/%m/%Y")
    assert (a.reports[1].due_on - a.reports[0].due_on) > timedelta(days=180)
