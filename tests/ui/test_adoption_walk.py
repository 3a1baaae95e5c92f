"""One adoption walked through the UI (issue #4, item 5 and the "Nhận con nuôi" page of item 7):
a child of the register proposed → public notice → a married couple asks to adopt (a
grandmother is refused first) → the file → the opinions of Điều 21 (the father dead, the mother
agrees) → opinions collected → registration (refused while a condition is not confirmed) → the
first post-adoption report; typing Vietnamese and answering each dialog, with the list, the
to-do list and the deadlines checked along the way."""

from __future__ import annotations

from datetime import date, timedelta

from commune_care.domain.adoption import (
    AdopterCondition,
    AdopterKind,
    AdopterRelation,
    AdoptionStage,
    ChildSituation,
    ConsentAnswer,
    ConsentRole,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate, format_date
from commune_care.domain.enums import ParentStatus, Sex
from commune_care.domain.schemas.adoption import AdoptionFilter
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.schemas.todo import DueItem
from commune_care.domain.support import Programme
from commune_care.ui.pages.adoption_page import AdoptionPage
from commune_care.ui.pages.case_page import StepState
from tests.ui.test_case_page import answer, visible_text
from tests.ui.typing_helpers import type_text

REASON = "Cha mất, mẹ đi làm ăn xa không có khả năng nuôi dưỡng; bà nội già yếu"


def _cell(page: AdoptionPage, column: int, row: int = 0) -> str:
    item = page.list_view.table.item(row, column)
    return item.text() if item is not None else ""


def test_a_child_proposed_registered_and_the_first_report_through_the_ui(qtbot, ctx, modal):
    child = ctx.children.create(
        ChildIn(
            full_name="Hoàng Văn Đức",
            sex=Sex.MALE,
            birth=PartialDate(2019, 3, 4),
            father_name="Hoàng Văn Tráng",
            father_status=ParentStatus.DEAD,
            mother_name="Lò Thị Hoa",
            mother_status=ParentStatus.LIVING,
        )
    )
    today = date.today()
    page = AdoptionPage(ctx)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    assert page.list_view.rows == [] and "No open referral" in page.list_view.empty_label.text()

    # --- propose the child (the child picker, then the form) -----------------------------
    def fill_proposal(d):
        def pick(picker):
            type_text(picker.search_edit, "Đức")
            picker.refresh()
            assert picker.results.count() == 1
            picker.choose_button.click()

        modal.next(pick)
        d.choose_button.click()
        assert "Hoàng Văn Đức" in d.child_label.text()
        d.situation_combo.setCurrentIndex(
            d.situation_combo.findData(ChildSituation.PARENTS_UNABLE.value)
        )
        type_text(d.reason_edit, REASON)

    modal.next(answer(fill_proposal))
    page.list_view.propose_button.click()
    assert page.showing_detail()
    detail = page.detail
    a = detail.adoption
    assert a is not None and a.child_id == child.id and a.stage is AdoptionStage.PROPOSED
    assert REASON in visible_text(detail)  # the reason is on the referral's page
    assert detail.step_views["notice"].state is StepState.NEXT
    assert detail.next_step_key() == "notice"

    # --- the public notice: record it now (Ctrl+Enter's button) ---------------------------
    modal.next(answer(lambda d: None))
    detail.next_button.click()
    end = today + timedelta(days=60)
    assert detail.adoption.notice_end == end
    assert format_date(end) in detail.next_text()
    assert detail.step_views["adopters"].state is StepState.NEXT
    limits = {row[0]: row for row in detail.deadline_rows()}
    assert limits["Niêm yết tìm người nhận con nuôi 60 ngày (Điều 15.2.b)"][1] == format_date(end)

    # The list and "Việc cần làm" know it; neither shows the reason.
    detail.back_button.click()
    assert not page.showing_detail()
    assert _cell(page, page.list_view.COL_CODE) == a.code
    assert _cell(page, page.list_view.COL_DUE) == format_date(end)
    assert [i.subject_code for i in page.list_view.todo_items] == [a.code]
    assert REASON not in visible_text(page.list_view)
    page.list_view.table.selectRow(0)
    page.list_view.open_button.click()
    assert page.showing_detail()

    # --- a grandmother may not adopt: the message on her relation, nothing saved ------------
    outcome: dict = {}

    def grandmother(d):
        d.kind_combo.setCurrentIndex(d.kind_combo.findData(AdopterKind.SINGLE.value))
        type_text(d.first_box.name_edit, "Hoàng Thị Lự")
        d.first_box.sex_combo.setCurrentIndex(d.first_box.sex_combo.findData(Sex.FEMALE.value))
        type_text(d.first_box.birth_edit, "1955")
        combo = d.first_box.relation_combo
        combo.setCurrentIndex(combo.findData(AdopterRelation.GRANDPARENT.value))

    modal.next(answer(grandmother, outcome))
    detail.rows["adopters"].button.click()
    assert outcome["saved"] is False
    assert "Điều 13.6" in outcome["errors"]["first__relation"]
    assert ctx.adoptions.get(a.id).adopters == ()

    # --- a married couple, the wife's conditions not all confirmed yet --------------------
    def couple(d):
        assert d.kind_combo.currentData() == AdopterKind.COUPLE.value
        first, second = d.first_box, d.second_box
        type_text(first.name_edit, "Nguyễn Văn Thắng")
        type_text(first.birth_edit, "12/05/1985")
        type_text(first.address_edit, "Thôn Đông, xã Hòa Cư")
        first.today_button.click()
        type_text(second.name_edit, "Trần Thị Ngọc Ánh")
        type_text(second.birth_edit, "1988")
        for condition in (AdopterCondition.CAPACITY, AdopterCondition.CHARACTER):
            second.condition_edits[condition].set_date(today)

    modal.next(answer(couple))
    detail.rows["adopters"].button.click()
    a = detail.adoption
    assert a.kind is AdopterKind.COUPLE and [p.full_name for p in a.adopters] == [
        "Nguyễn Văn Thắng",
        "Trần Thị Ngọc Ánh",
    ]
    assert a.stage is AdoptionStage.ADOPTERS_FOUND
    assert "2 of 4 conditions confirmed" in detail.step_views["adopters"].details
    assert any("Trần Thị Ngọc Ánh" in line for line in detail.check_lines())
    limits = {row[0]: row for row in detail.deadline_rows()}
    assert limits["Niêm yết tìm người nhận con nuôi 60 ngày (Điều 15.2.b)"][2].startswith(
        "Done in time"
    )

    # --- the file, then the opinions of Điều 21 ----------------------------------------------
    modal.next(answer(lambda d: None))
    detail.next_button.click()
    assert detail.adoption.stage is AdoptionStage.FILE_RECEIVED
    assert detail.step_views["consents"].state is StepState.NEXT
    assert format_date(today + timedelta(days=10)) in detail.next_text()

    def father(d):
        assert d.role_combo.currentData() == ConsentRole.FATHER.value
        assert d.answer_combo.currentData() == ConsentAnswer.DEAD.value  # from the register
        assert d.name_edit.text() == "Hoàng Văn Tráng"
        type_text(d.basis_edit, "Trích lục khai tử số 15/TLKT")

    modal.next(answer(father))
    detail.rows["consents"].button.click()

    outcome = {}
    modal.next(answer(lambda d: None, outcome))  # the mother, not counselled yet
    detail.rows["consents"].button.click()
    assert outcome["saved"] is False and "tư vấn" in outcome["errors"]["counselled"]

    def mother(d):
        assert d.role_combo.currentData() == ConsentRole.MOTHER.value
        assert d.name_edit.text() == "Lò Thị Hoa"
        d.counselled_check.setChecked(True)

    modal.next(answer(mother))
    detail.rows["consents"].button.click()
    assert [c.role for c in detail.adoption.consents] == [ConsentRole.FATHER, ConsentRole.MOTHER]
    assert detail.step_views["opinions"].state is StepState.NEXT

    modal.next(answer(lambda d: None))
    detail.next_button.click()
    a = detail.adoption
    assert a.stage is AdoptionStage.OPINIONS and a.consents_on == today
    assert detail.step_views["register"].state is StepState.NEXT
    assert format_date(today + timedelta(days=20)) in detail.next_text()

    # --- registration refused while the wife's conditions are not confirmed -------------------
    outcome = {}
    modal.next(answer(lambda d: type_text(d.number_edit, "05/2026/CN"), outcome))
    detail.next_button.click()
    assert outcome["saved"] is False
    assert "Trần Thị Ngọc Ánh" in outcome["banner"] and "Điều 14.1.c" in outcome["banner"]
    assert ctx.adoptions.get(a.id).registration is None

    modal.next(answer(lambda d: d.second_box.today_button.click()))
    detail.rows["adopters"].button.click()
    assert not [f for f in detail.adoption.findings if f.blocks]

    modal.next(answer(lambda d: type_text(d.number_edit, "05/2026/CN")))
    detail.next_button.click()
    a = detail.adoption
    assert a.stage is AdoptionStage.REGISTERED and a.registration.certificate_no == "05/2026/CN"
    assert len(a.reports) == 6 and detail.reports_table.rowCount() == 6
    assert detail.step_views["reports"].state is StepState.NEXT
    assert "1/6" in detail.next_text()
    assert not detail.withdraw_button.isVisible() and not detail.refuse_button.isVisible()

    # --- the first report -----------------------------------------------------------------
    def report(d):
        assert d.number_combo.currentData() == 1
        type_text(d.summary_edit, "Cháu khỏe, đi học đều, đã quen với gia đình mới")

    modal.next(answer(report))
    detail.next_button.click()
    a = detail.adoption
    assert a.reports[0].received_on == today and a.reports[0].state is DeadlineState.DONE
    assert detail.reports_table.item(0, 3).text().startswith("Cháu khỏe")
    assert "2/6" in detail.next_text()

    # --- the list follows: registered, nothing due for months -----------------------------
    detail.back_button.click()
    assert page.list_view.rows == []  # open referrals only, by default
    page.list_view.apply_filter(AdoptionFilter(status=None))
    assert _cell(page, page.list_view.COL_STAGE) == AdoptionStage.REGISTERED.label
    assert page.list_view.todo_items == []
    items = ctx.adoptions.due_items(a.reports[1].due_on - timedelta(days=10))
    assert items == [
        DueItem(
            programme=Programme.ADOPTION,
            subject_kind="adoption",
            subject_id=a.id,
            subject_code=a.code,
            child_id=child.id,
            child_name="Hoàng Văn Đức",
            label="Nhận báo cáo tình hình phát triển của con nuôi lần 2/6 (Điều 23)",
            due=a.reports[1].due_on,
            state=DeadlineState.DUE_SOON,
        )
    ]
