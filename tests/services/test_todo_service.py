"""The shared "Việc cần làm" list merges every programme's due work, soonest first."""

from __future__ import annotations

from datetime import date, datetime

from commune_care.domain.cases import DeadlineState, NextAction
from commune_care.domain.schemas.todo import DueItem, TodoEntry
from commune_care.domain.support import Programme
from commune_care.services.cases import CasesService
from commune_care.services.todo import TodoService
from tests.services.test_cases_service import intake

NOW = datetime(2026, 11, 23, 9, 0)


class FakeCareSource:
    """Another programme's service as the todo list sees it: it only reports due items."""

    def __init__(self, items: list[DueItem]) -> None:
        self.items = items
        self.asked: list[date | None] = []

    def due_items(self, today: date | None = None) -> list[DueItem]:
        self.asked.append(today)
        return self.items


def due(day: date, code: str, state: DeadlineState) -> DueItem:
    return DueItem(
        programme=Programme.ALTERNATIVE_CARE,
        subject_kind="placement",
        subject_id=7,
        subject_code=code,
        child_id=3,
        child_name="Lò Thị Hoa",
        label="Thăm, theo dõi trẻ (Mẫu 13)",
        due=day,
        state=state,
    )


def test_case_steps_and_other_programmes_merge_soonest_first(db):
    cases = CasesService(db, user="tester", clock=lambda: NOW)
    opened = cases.open_intake(intake(at=datetime(2026, 11, 23, 8, 0)))
    care = FakeCareSource(
        [
            due(date(2026, 11, 20), "CS-2026-001", DeadlineState.OVERDUE),
            due(date(2026, 12, 15), "CS-2026-002", DeadlineState.ON_TIME),
        ]
    )
    todo = TodoService(cases, [care])

    entries = todo.items(NOW)

    assert [e.subject_code for e in entries] == ["CS-2026-001", opened.code, "CS-2026-002"]
    assert care.asked == [NOW.date()]
    first, case_step, _ = entries
    assert first.overdue and first.all_day and first.due == datetime(2026, 11, 20, 23, 59, 59)
    assert case_step.subject_kind == "case" and case_step.subject_id == opened.id
    assert case_step.label == NextAction.INITIAL_ASSESSMENT.label
    assert not case_step.all_day  # the 12-hour clock keeps its hour


def test_filter_by_programme(db):
    cases = CasesService(db, user="tester", clock=lambda: NOW)
    cases.open_intake(intake(at=datetime(2026, 11, 23, 8, 0)))
    todo = TodoService(
        cases, [FakeCareSource([due(date(2026, 12, 1), "CS", DeadlineState.ON_TIME)])]
    )

    assert {e.programme for e in todo.items(NOW, Programme.CASE)} == {Programme.CASE}
    assert [e.subject_code for e in todo.items(NOW, Programme.ALTERNATIVE_CARE)] == ["CS"]


def test_entry_of_a_due_item_keeps_the_child():
    entry = TodoEntry.of_due(due(date(2026, 12, 1), "CS", DeadlineState.DUE_SOON))
    assert entry.child_id == 3 and entry.subject_kind == "placement" and not entry.overdue


def test_documents_and_the_backup_join_the_list_in_order_of_urgency(db) -> None:
    """Real services: the USB backup overdue since the 18th, a case step overdue since the 20th,
    a placement follow-up due next month, a draft awaiting its number (no day: last)."""
    from commune_care.domain.documents import DocumentType
    from commune_care.domain.schemas.backup import BackupResult
    from commune_care.services.backup import BackupService
    from commune_care.services.documents import DocumentsService

    cases = CasesService(db, user="test", clock=lambda: NOW)
    case = cases.open_intake(intake(at=datetime(2026, 11, 20, 8, 0)))  # 12 hours long gone
    documents = DocumentsService(db, user="test")
    draft = documents.create_draft(
        documents.validate_draft(
            {
                "doc_type": DocumentType.KE_HOACH,
                "subject": "Kế hoạch 2027",
                "recipients": ["UBND xã", "Lưu: VT"],
            }
        )
    )
    backup = BackupService(db, user="test")
    backup.record_backup(BackupResult(
        path="/media/usb/a.ccbak", bytes=1, seconds=1.0, verified=True,
        created_at=datetime(2026, 11, 11, 10, 0), sha256="0" * 64, counts={}, kdf_seconds=0.1,
        other_drive=True))  # fmt: skip
    care = FakeCareSource([due(date(2026, 12, 10), "CSTT2026-0001", DeadlineState.ON_TIME)])
    entries = TodoService(cases, [care, documents, backup]).items(NOW)
    assert [e.subject_kind for e in entries] == ["backup", "case", "placement", "document"]
    assert entries[0].overdue and entries[0].due == datetime(2026, 11, 18, 23, 59, 59)
    assert entries[0].area_label == "Sao lưu dữ liệu"
    assert entries[1].subject_id == case.id and entries[1].overdue
    assert entries[3].subject_id == draft.id and entries[3].due is None
    assert "Kế hoạch 2027" in entries[3].label and entries[3].area_label == "Văn bản"

    # A backup yesterday: nothing to do; two days before the reminder: due soon.
    assert backup.due_items(date(2026, 11, 12)) == []
    (soon,) = backup.due_items(date(2026, 11, 16))
    assert soon.state is DeadlineState.DUE_SOON
    # An issued document leaves the list.
    from commune_care.domain.documents import SignerRole

    documents.issue(draft.id, documents.validate_issue(
        {"issued_on": date(2026, 11, 20), "signer_role": SignerRole.CHAIRMAN,
         "signer_name": "Nguyễn Văn Bình"}))  # fmt: skip
    assert documents.due_items() == []
