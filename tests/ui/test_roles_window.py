"""The window obeys the roles (issue #8): a "Chỉ xem" account finds no edit action, the sections
it may not open are not in the column, confidential fields are hidden; an officer sees them
masked and reveals one with a reason; a refusal that reaches the window is a plain message."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from commune_care.db.session import Database
from commune_care.domain.access import AccessDenied, Actor, Permission, Role
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import ChildIn, ClassificationIn
from commune_care.ui.context import AppContext
from commune_care.ui.feedback import show_problem
from commune_care.ui.main_window import MainWindow
from commune_care.ui.widgets.confidential import RevealDialog, hidden_text, mask_text
from tests.services.test_cases_service import intake
from tests.ui.conftest import ModalDriver
from tests.ui.typing_helpers import type_text

NOTES = "Mẹ kế đánh cháu, cháu kể với cô giáo"
BASIS = "Giấy khám của Bệnh viện Tâm thần tỉnh"


def actor(role: Role) -> Actor:
    return Actor(username=f"nv_{role.value}", roles=frozenset({role}), full_name="Nhân viên")


@pytest.fixture
def records(ctx: AppContext) -> tuple[int, int]:
    """A child with confidential notes and a mental-health flag, and a case about them."""
    child = ctx.children.create(
        ChildIn(full_name="Lò Văn Pao", sex=Sex.MALE, birth=PartialDate(2015, 3, 4),
                confidential_notes=NOTES)
    )  # fmt: skip
    ctx.children.classify(
        child.id,
        ClassificationIn(group_code="sktt_van_de", start_date=date(2025, 1, 5), basis=BASIS),
    )
    case = ctx.cases.open_intake(intake(child_id=child.id))
    return child.id, case.id


def window_as(qtbot, db: Database, role: Role) -> MainWindow:
    window = MainWindow(AppContext.for_database(db, str(db.path), user=actor(role)))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_sections(window: MainWindow) -> list[str]:
    from commune_care.ui.main_window import PAGE_ROLE

    items = [window.nav.item(r) for r in range(window.nav.count())]
    return [i.data(PAGE_ROLE) for i in items if not i.isHidden()]


def test_a_read_only_window_hides_the_edit_actions(qtbot, db, records) -> None:
    child_id, case_id = records
    window = window_as(qtbot, db, Role.VIEWER)
    assert visible_sections(window) == [
        "home", "todo", "children", "cases", "mental_health", "care", "adoption", "activities",
    ]  # fmt: skip
    assert window.current_page_key() == "children"
    page = window.children_page
    assert page.model.rowCount() == 1  # the list is there
    for button in (page.add_button, page.edit_button, page.import_button):
        assert not button.isVisible()
    assert page.open_button.isVisible()
    # Menu actions: there, disabled, and the tooltip says why.
    for action, permission in (
        (window.add_child_action, Permission.EDIT_CHILDREN),
        (window.backup_action, Permission.BACKUP),
        (window.restore_action, Permission.RESTORE),
    ):
        assert not action.isEnabled()
        assert permission.label in action.toolTip()
    assert window.find_action.isEnabled()

    window.open_child(child_id)
    child_page = window.child_page
    assert window.current_page_key() == "child"
    for button in (child_page.edit_button, child_page.archive_button, child_page.restore_button):
        assert not button.isVisible()
    tab = child_page.classification_tab
    assert not tab.add_button.isVisible() and not tab.reveal_button.isVisible()
    assert tab.table.item(0, 4).text() == hidden_text()  # the mental-health basis
    notes = child_page.info_tab.confidential
    assert notes.label.text() == hidden_text() and not notes.show_button.isVisible()
    assert NOTES not in notes.label.text()

    window.open_case(case_id)
    case_page = window.case_page
    assert not case_page.confidential_button.isEnabled()
    assert Permission.VIEW_CONFIDENTIAL.label in case_page.confidential_button.toolTip()
    assert all(not row.button.isVisible() for row in case_page.rows.values())
    assert not case_page.next_button.isVisible() and not case_page.link_button.isVisible()
    window.show_page("activities")
    activities = window.stack.currentWidget()
    assert not activities.activities_tab.add_button.isVisible()
    assert not activities.levels_button.isVisible()


def test_justice_sees_adoption_and_the_register_not_the_cases(qtbot, db, records) -> None:
    child_id, case_id = records
    window = window_as(qtbot, db, Role.JUSTICE)
    assert visible_sections(window) == [
        "home", "todo", "children", "adoption", "activities", "documents",
    ]  # fmt: skip
    window.open_child(child_id)
    page = window.child_page
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == [page.tr("Details"), page.tr("Classification"), page.tr("History")]
    assert window.child_page.info_tab.confidential.label.text() == hidden_text()
    window.open_case(case_id)  # reached by no button; refused quietly if called
    assert window.current_page_key() == "child"


def test_an_administrator_starts_on_the_home_page(qtbot, db, records) -> None:
    window = window_as(qtbot, db, Role.ADMIN)
    assert visible_sections(window) == ["home", "todo", "settings", "audit"]  # todo: USB backup
    assert window.current_page_key() == "home"
    assert window.backup_action.isEnabled() and window.restore_action.isEnabled()
    assert not window.add_child_action.isEnabled()


def test_an_officer_reveals_the_notes_with_a_reason(qtbot, db, records, modal: ModalDriver) -> None:
    child_id, _case_id = records
    window = window_as(qtbot, db, Role.OFFICER)
    window.open_child(child_id)
    notes = window.child_page.info_tab.confidential
    assert notes.label.text() == mask_text() and notes.show_button.isVisible()

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, RevealDialog)
        assert not dialog.ok_button.isEnabled()  # no reason, no button
        type_text(dialog.reason_edit, "xem")  # too short: the dialog says why and stays
        dialog.ok_button.click()
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert "lý do" in dialog.error_label.text().lower()
        dialog.reason_edit.clear()
        type_text(dialog.reason_edit, "Lập kế hoạch hỗ trợ")
        dialog.ok_button.click()

    modal.next(answer)
    notes.show_button.click()
    assert notes.label.text() == NOTES
    reveals = [
        e for e in window.ctx.children.history(child_id) if e.action == "Xem thông tin bảo mật"
    ]
    assert len(reveals) == 1 and reveals[0].user == "nv_can_bo"


def test_a_refusal_reaching_the_window_is_a_plain_message(qtbot, modal: ModalDriver) -> None:
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.icon() is QMessageBox.Icon.Warning  # a user's message, not the bug dialog
        seen.append(box.text())
        box.accept()

    modal.next(read)
    show_problem(None, AccessDenied(actor(Role.VIEWER), Permission.EDIT_CHILDREN))
    assert seen and "không có quyền thêm, sửa hồ sơ trẻ em" in seen[0]
