"""The "Việc cần làm" page: every programme's due work; a line opens its record."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from commune_care.domain.adoption import AdoptionStage
from commune_care.domain.cases import DeadlineState, NextAction
from commune_care.domain.schemas.backup import BackupResult
from commune_care.domain.support import Programme
from commune_care.ui.main_window import MainWindow
from commune_care.ui.pages.todo_page import TodoPage
from tests.services.test_adoption_service import make_child, to_stage
from tests.services.test_cases_service import intake

NOW = datetime(2026, 11, 23, 9, 0)


def backed_up(ctx, at: datetime) -> None:
    """A USB backup recorded as the backup dialog records it (the reminder's date)."""
    ctx.backup.record_backup(BackupResult(
        path="/media/usb/du-lieu.ccbak", bytes=1000, seconds=1.0, verified=True, created_at=at,
        sha256="0" * 64, counts={}, kdf_seconds=0.2, other_drive=True))  # fmt: skip


def test_lists_case_steps_and_opens_the_case(qtbot, ctx):
    backed_up(ctx, NOW)
    late = ctx.cases.open_intake(intake(at=datetime(2026, 11, 20, 8, 0)))
    recent = ctx.cases.open_intake(intake(at=datetime(2026, 11, 23, 8, 0)))
    page = TodoPage(ctx)
    qtbot.addWidget(page)
    page.now = NOW
    page.reload()

    table = page.table
    assert [e.subject_code for e in table.entries] == [late.code, recent.code]
    assert table.item(0, 1).text() == DeadlineState.OVERDUE.label
    assert table.item(0, 2).text() == Programme.CASE.label
    assert table.item(1, 5).text() == NextAction.INITIAL_ASSESSMENT.label
    assert page.count_label.text() == page.tr("{0} things to do").format(2) + page.tr(
        ", {0} overdue"
    ).format(1)

    page.overdue_check.setChecked(True)
    assert [e.subject_code for e in table.entries] == [late.code]
    page.overdue_check.setChecked(False)
    page.programme_combo.setCurrentIndex(
        page.programme_combo.findData(Programme.ALTERNATIVE_CARE.value)
    )
    assert table.entries == []
    assert page.empty_label.text() == page.tr("Nothing matches the filters.")

    page.programme_combo.setCurrentIndex(0)
    opened = []
    page.open_entry.connect(opened.append)
    assert not page.open_button.isEnabled()
    table.setCurrentCell(1, 0)
    assert page.open_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [e.subject_id for e in opened] == [recent.id]


def test_empty_page_says_nothing_is_due(qtbot, ctx):
    backed_up(ctx, datetime.now())
    page = TodoPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    assert page.table.rowCount() == 0
    assert page.empty_label.text() == page.tr("Nothing is due in any programme.")


def test_main_window_opens_a_case_from_the_list_and_back_returns(qtbot, ctx):
    case = ctx.cases.open_intake(intake(at=datetime(2026, 11, 23, 8, 0)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_page("todo")
    window.todo_page.reload()  # the window is not shown: no showEvent
    window.todo_page.table.open_row(0)
    assert window.current_page_key() == "case"
    assert window.case_page.case is not None and window.case_page.case.id == case.id
    window.back_from_case()
    assert window.current_page_key() == "todo"


def test_adoption_deadlines_are_listed_and_open_the_referral(qtbot, ctx):
    child_id = make_child(ctx.children, "B Lử")
    notice = to_stage(ctx.adoptions, child_id, AdoptionStage.NOTICE)  # its 60 days are over
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_page("todo")
    page = window.todo_page
    page.reload()
    adoption_rows = [e for e in page.table.entries if e.programme is Programme.ADOPTION]
    assert [e.subject_code for e in adoption_rows] == [notice.code]
    assert adoption_rows[0].overdue
    page.table.open_row(page.table.entries.index(adoption_rows[0]))
    assert window.current_page_key() == "adoption"
    assert window.adoption_page.showing_detail()


def test_a_placement_follow_up_opens_the_placement_and_back_returns(qtbot, ctx):
    from commune_care.domain.care import CareForm, CarerRegistration
    from commune_care.domain.schemas.care import CarerIn, PlacementIn
    from tests.services.test_adoption_service import ago

    kid = make_child(ctx.children, "Lò Văn Pao")
    aunt = ctx.care.register_carer(
        CarerIn(full_name="Lò Thị Mai", birth="1985", registration=CarerRegistration.RELATIVE_NOTICE,
                registered_on=ago(60))
    ).id  # fmt: skip
    placed = ctx.care.decide_placement(
        ctx.care.validate(PlacementIn, {
            "child_id": kid, "form": CareForm.RELATIVE, "term": "dai_han", "carer_id": aunt,
            "relationship": "Dì ruột", "decision_number": "04/QĐ-UBND", "decision_date": ago(40),
            "decision_signer": "Nguyễn Văn Chủ",
        }),
        confirm_warnings=True,
    )  # fmt: skip
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_page("todo")
    page = window.todo_page
    page.reload()
    care_rows = [e for e in page.table.entries if e.programme is Programme.ALTERNATIVE_CARE]
    assert care_rows and {e.subject_code for e in care_rows} == {placed.code}
    assert all(e.child_id == kid for e in care_rows)
    page.table.open_row(page.table.entries.index(care_rows[0]))
    assert window.current_page_key() == "placement"
    window.back_from_placement()
    assert window.current_page_key() == "todo"


def test_the_usb_backup_and_drafts_are_in_the_list_and_open_where_they_are_done(qtbot, ctx, modal):
    from commune_care.domain.documents import DocumentType
    from commune_care.ui.dialogs.backup_dialog import BackupDialog

    draft = ctx.documents.create_draft(
        ctx.documents.validate_draft({"doc_type": DocumentType.BAO_CAO, "subject": "Kết quả năm"})
    )
    backed_up(ctx, datetime(2026, 11, 10, 9, 0))  # 13 days before NOW: the reminder is overdue
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_page("todo")
    page = window.todo_page
    page.now = NOW
    page.reload()
    kinds = [e.subject_kind for e in page.table.entries]
    assert kinds == ["backup", "document"]  # the dated backup first; a draft has no day
    backup, document = page.table.entries
    assert backup.overdue and "10/11/2026" in backup.label
    assert page.table.item(0, 2).text() == "Sao lưu dữ liệu"
    assert page.table.item(1, 2).text() == "Văn bản"
    assert document.due is None and "Kết quả năm" in document.label

    page.programme_combo.setCurrentIndex(page.programme_combo.findData("document"))
    assert [e.subject_id for e in page.table.entries] == [draft.id]
    page.table.open_row(0)
    assert window.current_page_key() == "documents"
    selected = window.documents_page.selected_document()
    assert selected is not None and selected.id == draft.id

    window.show_page("todo")
    page.programme_combo.setCurrentIndex(page.programme_combo.findData("backup"))
    opened: list[object] = []
    modal.next(lambda dialog: (opened.append(type(dialog)), dialog.reject()))
    page.table.open_row(0)
    assert opened == [BackupDialog]
