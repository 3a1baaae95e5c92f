"""Who may do what (issue #8, items 2 and 8): the five roles × one representative operation of
every permission, through the services on a real SQLite file.

An allowed operation works; a refused one raises ``AccessDenied`` (a ``UserError``: the message
says which account, which roles, what is missing) and leaves the database byte-for-byte as it
was. The expected answer is read from ``ROLE_PERMISSIONS`` — the table the issue's role
descriptions are written into (docs/decisions/access-control.md) — so changing the table
changes the tests, and an operation that silently needs a second permission fails here.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.access import (
    ROLE_PERMISSIONS,
    AccessDenied,
    Actor,
    Permission,
    Role,
)
from commune_care.domain.adoption import ChildSituation
from commune_care.domain.care import CarerRegistration
from commune_care.domain.dates import PartialDate
from commune_care.domain.documents import DocumentType, SignerRole
from commune_care.domain.enums import Sex
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.adoption import ProposalIn
from commune_care.domain.schemas.care import CarerIn
from commune_care.domain.schemas.cases import PlanSubmissionIn
from commune_care.domain.schemas.children import ChildIn, ClassificationIn
from commune_care.domain.support import ServiceType
from commune_care.services.adoption import AdoptionService
from commune_care.services.backup import BackupService
from commune_care.services.care import CareService
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.documents import DocumentsService
from commune_care.services.excel_export import ExcelExportService
from commune_care.services.indicators import IndicatorsService
from commune_care.services.register_stats import RegisterStatsService
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
from tests.services.test_backup_service import FAST, PASSWORD
from tests.services.test_cases_service import (
    approval,
    detailed,
    emergency,
    initial,
    intake,
    meeting,
    plan,
)

NOTES = "Mẹ kế đánh cháu, cháu kể với cô giáo chủ nhiệm"
MH_BASIS = "Giấy khám của Bệnh viện Tâm thần tỉnh: rối loạn lo âu"
REASON = "Lập kế hoạch hỗ trợ cho cháu"

# Permissions whose services belong to the accounts and audit-trail work of issue #8.
ELSEWHERE = {Permission.MANAGE_ACCOUNTS, Permission.VIEW_AUDIT}


@dataclass
class World:
    """One commune: a child with confidential notes and a mental-health flag, a case whose
    plan waits for approval, a draft document and an encrypted backup."""

    db: Database
    folder: Path
    child_id: int
    case_id: int
    draft_id: int
    backup: Path

    def actor(self, role: Role) -> Actor:
        return Actor(username=f"nv_{role.value}", roles=frozenset({role}), full_name="Nhân viên")


def _build(folder: Path) -> dict[str, Any]:
    db = Database(folder / "commune.sqlite3")
    migrate(db)
    CommuneService(db, "test").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    children = ChildrenService(db, "test")
    child = children.create(
        ChildIn(
            full_name="Lò Văn Pao",
            sex=Sex.MALE,
            birth=PartialDate(2015, 3, 4),
            confidential_notes=NOTES,
        )
    )
    children.classify(
        child.id,
        ClassificationIn(
            group_code="sktt_van_de", start_date=date(2025, 1, 5), basis=MH_BASIS, note="Hay khóc"
        ),
    )
    cases = CasesService(db, "test")
    case_id = cases.open_intake(intake(child_id=child.id)).id
    cases.record_initial_assessment(case_id, initial())
    cases.record_emergency(case_id, emergency())
    cases.record_detailed_assessment(case_id, detailed())
    cases.record_meeting(case_id, meeting())
    cases.save_plan(case_id, plan())
    cases.submit_plan(case_id, PlanSubmissionIn(submitted_on=date(2026, 3, 9)))
    documents = DocumentsService(db, "test")
    draft = documents.create_draft(
        documents.validate_draft(
            {
                "doc_type": DocumentType.KE_HOACH,
                "subject": "Kế hoạch năm 2026",
                "recipients": ("Như trên;", "Lưu: VT, VHXH."),
            }
        )
    )
    usb = folder / "usb"
    usb.mkdir()
    backup = _backups(db, folder, "test").backup_to(usb, PASSWORD)
    db.dispose()
    return {"child_id": child.id, "case_id": case_id, "draft_id": draft.id,
            "backup": Path(backup.path).name}  # fmt: skip


def _backups(db: Database, folder: Path, user: str | Actor) -> BackupService:
    return BackupService(
        db, user, backups_dir=folder / "backups", work_dir=folder / "work", kdf=FAST
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Built once: each test gets a copy of the folder (a fresh, identical database)."""
    folder = tmp_path_factory.mktemp("world")
    return folder, _build(folder)


@pytest.fixture
def world(template: tuple[Path, dict[str, Any]], tmp_path: Path) -> Iterator[World]:
    source, ids = template
    folder = tmp_path / "world"
    shutil.copytree(source, folder)
    db = Database(folder / "commune.sqlite3")
    yield World(
        db=db, folder=folder, child_id=ids["child_id"], case_id=ids["case_id"],
        draft_id=ids["draft_id"], backup=folder / "usb" / ids["backup"],
    )  # fmt: skip
    db.dispose()


def dump(db: Database) -> list[str]:
    """Everything stored, as SQL text: equal dumps mean nothing was written."""
    db.dispose()  # every pooled connection closed: the file holds all that was committed
    with sqlite3.connect(db.path) as conn:
        return list(conn.iterdump())


# --- one representative operation per permission --------------------------------------------
def _edit_child(w: World, a: Actor) -> object:
    svc = ChildrenService(w.db, a)
    data = svc.get(w.child_id).model_dump(include=set(ChildIn.model_fields))
    return svc.update(w.child_id, svc.validate(data | {"full_name": "Lò Văn Páo"}))


def _export_statistics(w: World, a: Actor) -> object:
    out = w.folder / "thong-ke.xlsx"
    summary = ExcelExportService(w.db, a).export(2026, out, anonymise=True)
    assert out.exists()
    return summary


def _issue(w: World, a: Actor) -> object:
    svc = DocumentsService(w.db, a)
    values = {"issued_on": date.today(), "signer_role": SignerRole.CHAIRMAN,
              "signer_name": "Nguyễn Văn Bình"}  # fmt: skip
    return svc.issue(w.draft_id, svc.validate_issue(values))


def _restore(w: World, a: Actor) -> object:
    prepared = _backups(w.db, w.folder, a).prepare_restore(w.backup, PASSWORD)
    prepared.discard()  # checked and ready; the data in use is not touched
    return prepared


OPERATIONS: dict[Permission, Callable[[World, Actor], object]] = {
    Permission.VIEW_STATISTICS: lambda w, a: RegisterStatsService(w.db, a).counts(),
    Permission.VIEW_CHILDREN: lambda w, a: ChildrenService(w.db, a).search("pao"),
    Permission.EDIT_CHILDREN: _edit_child,
    Permission.VIEW_CASES: lambda w, a: CasesService(w.db, a).list(),
    Permission.EDIT_CASES: lambda w, a: CasesService(w.db, a).open_intake(intake()),
    Permission.VIEW_CARE: lambda w, a: CareService(w.db, a).carers(),
    Permission.EDIT_CARE: lambda w, a: CareService(w.db, a).register_carer(
        CarerIn(
            full_name="Trần Thị Bình",
            birth="15/06/1958",
            registration=CarerRegistration.RELATIVE_NOTICE,
            registered_on=date(2025, 1, 6),
        )
    ),
    Permission.VIEW_ADOPTION: lambda w, a: AdoptionService(w.db, a).list(),
    Permission.EDIT_ADOPTION: lambda w, a: AdoptionService(w.db, a).propose(
        ProposalIn(
            child_id=w.child_id,
            situation=ChildSituation.ORPHAN,
            proposed_on=date(2025, 6, 1),
            proposed_by="Trần Thị Hạnh",
            reason="Trẻ mồ côi cả cha và mẹ, không có người nuôi dưỡng",
        )
    ),
    Permission.APPROVE: lambda w, a: CasesService(w.db, a).approve_plan(w.case_id, approval()),
    Permission.VIEW_CONFIDENTIAL: lambda w, a: ChildrenService(w.db, a).reveal(w.child_id, REASON),
    Permission.DRAFT_DOCUMENTS: lambda w, a: DocumentsService(w.db, a).update_draft(
        w.draft_id,
        DocumentsService.validate_draft(
            {
                "doc_type": DocumentType.KE_HOACH,
                "subject": "Kế hoạch năm 2026 (sửa)",
                "recipients": ("Như trên;", "Lưu: VT, VHXH."),
            }
        ),
    ),
    Permission.ISSUE_DOCUMENTS: _issue,
    Permission.EXPORT_PERSONAL: lambda w, a: DocumentsService(w.db, a).child_sheet(w.child_id),
    Permission.EXPORT_STATISTICS: _export_statistics,
    Permission.EDIT_SETTINGS: lambda w, a: IndicatorsService(
        w.db, a
    ).set_mental_health_reached_types([ServiceType.COUNSELLING]),
    Permission.BACKUP: lambda w, a: _backups(w.db, w.folder, a).backup_to(
        w.folder / "usb", PASSWORD
    ),
    Permission.RESTORE: _restore,
}


def test_every_permission_has_an_operation() -> None:
    assert set(OPERATIONS) | ELSEWHERE == set(Permission)


@pytest.mark.parametrize("permission", list(OPERATIONS), ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_role_may_or_may_not(world: World, role: Role, permission: Permission) -> None:
    actor = world.actor(role)
    operation = OPERATIONS[permission]
    if permission in ROLE_PERMISSIONS[role]:
        assert operation(world, actor) is not None
        return
    before = dump(world.db)
    with pytest.raises(AccessDenied) as refused:
        operation(world, actor)
    assert dump(world.db) == before
    assert isinstance(refused.value, UserError)
    message = refused.value.message
    assert actor.username in message and role.label in message
    assert refused.value.permission.label in message
    assert not (world.folder / "thong-ke.xlsx").exists()


def test_a_plain_name_acts_as_the_system_with_every_permission(world: World) -> None:
    """The CLI, the demo and the older tests pass a name: nothing changes for them."""
    svc = CasesService(world.db, "cli-user")
    assert svc.actor.permissions == frozenset(Permission) and svc.user == "cli-user"
    assert svc.approve_plan(world.case_id, approval()).stage is not None


def test_a_role_never_sees_another_programme_in_the_todo(world: World) -> None:
    """Tư pháp has no case work: their "Việc cần làm" leaves the cases out instead of failing."""
    from commune_care.services.todo import TodoService

    justice = world.actor(Role.JUSTICE)
    todo = TodoService(CasesService(world.db, justice), [AdoptionService(world.db, justice),
                                                         CareService(world.db, justice)])  # fmt: skip
    assert all(e.programme.value != "case" for e in todo.items())
    everything = TodoService(CasesService(world.db, "test"), [])
    assert any(e.programme.value == "case" for e in everything.items())
