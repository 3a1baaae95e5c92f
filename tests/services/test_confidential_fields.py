"""Confidential fields (Nghị định 56 Điều 24; issue #8 item 3) on a real database.

Chỉ xem, Tư pháp and Quản trị never receive them — not in a record, not in a list, not in a
print or a workbook — and the record says they are hidden (not empty). Cán bộ and Lãnh đạo
reveal one with a reason; the audit trail keeps who, when, which field and why, never the value.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from commune_care.db.models import AuditRecord
from commune_care.domain.access import ROLE_PERMISSIONS, AccessDenied, Permission, Role
from commune_care.domain.errors import InvalidInput
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.documents import DocumentsService
from commune_care.services.excel_export import ExcelExportService
from commune_care.services.indicators import IndicatorsService
from tests.exports.pdf_reading import Pdf
from tests.services.test_access_roles import MH_BASIS, NOTES, REASON, World, template, world

__all__ = ["template", "world"]  # the fixtures, shared with the role × action table

INFORMANT = "Bà Nguyễn Thị Tư"  # the intake of tests.services.test_cases_service
HIDDEN_TO = (Role.VIEWER, Role.JUSTICE, Role.ADMIN)
SEEN_BY = (Role.OFFICER, Role.LEADER)


def reveals(world: World) -> list[AuditRecord]:
    with world.db.session() as s:
        rows = s.scalars(select(AuditRecord).where(AuditRecord.action == "reveal")).all()
        s.expunge_all()
        return list(rows)


def audit_count(world: World) -> int:
    with world.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditRecord)) or 0)


@pytest.mark.parametrize("role", HIDDEN_TO, ids=str)
def test_a_role_without_the_permission_never_receives_them(world: World, role: Role) -> None:
    actor = world.actor(role)
    children = ChildrenService(world.db, actor)
    if Permission.VIEW_CHILDREN not in ROLE_PERMISSIONS[role]:  # Quản trị: no register at all
        with pytest.raises(AccessDenied):
            children.get(world.child_id)
    else:
        child = children.get(world.child_id)
        assert child.confidential_notes == "" and child.confidential_hidden
        (flag,) = [c for c in child.classifications if c.group_code == "sktt_van_de"]
        assert flag.basis == flag.note == "" and flag.details_hidden
        (mh,) = IndicatorsService(world.db, actor).mental_health_flags()
        assert mh.basis == "" and mh.details_hidden
    with pytest.raises(AccessDenied):
        children.reveal(world.child_id, REASON)
    cases = CasesService(world.db, actor)
    if Permission.VIEW_CASES in ROLE_PERMISSIONS[role]:
        case = cases.get(world.case_id)
        assert case.intake.informant_name == "" and not case.confidential_included
        assert INFORMANT not in cases.list()[0].model_dump_json()
    for asking in (
        lambda: cases.get(world.case_id, include_confidential=True),
        lambda: cases.reveal(world.case_id, REASON),
    ):
        with pytest.raises(AccessDenied):
            asking()
    assert reveals(world) == []


def test_prints_and_workbooks_of_a_viewer_or_justice_carry_none(
    world: World, tmp_path: Path
) -> None:
    justice = world.actor(Role.JUSTICE)
    documents = DocumentsService(world.db, justice)
    sheet = documents.render_document(documents.child_sheet(world.child_id))
    text = Pdf(sheet.data).text()
    assert "Lò Văn Pao" in text and "rối loạn lo âu" not in text and "Mẹ kế" not in text
    with pytest.raises(AccessDenied):
        documents.child_sheet(world.child_id, include_confidential=True)

    out = tmp_path / "an-danh.xlsx"
    ExcelExportService(world.db, world.actor(Role.VIEWER)).export(2026, out, anonymise=True)
    cells = " ".join(
        str(v) for ws in load_workbook(out) for row in ws.iter_rows(values_only=True) for v in row
    )
    assert "Mẹ kế" not in cells and "rối loạn lo âu" not in cells and INFORMANT not in cells


@pytest.mark.parametrize("role", SEEN_BY, ids=str)
def test_revealed_with_a_reason_and_recorded(world: World, role: Role) -> None:
    actor = world.actor(role)
    children = ChildrenService(world.db, actor)
    assert children.get(world.child_id).confidential_notes == NOTES  # the window masks it

    assert children.reveal(world.child_id, f"  {REASON}  ") == NOTES
    (flag,) = [
        c for c in children.get(world.child_id).classifications if c.group_code == "sktt_van_de"
    ]
    assert children.reveal_classification(flag.id, REASON).basis == MH_BASIS
    case = CasesService(world.db, actor).reveal(world.case_id, REASON)
    assert case.confidential_included and case.intake.informant_name == INFORMANT

    rows = reveals(world)
    assert [(r.user, r.entity, r.entity_id) for r in rows] == [
        (actor.username, "child", world.child_id),
        (actor.username, "child", world.child_id),
        (actor.username, "case", world.case_id),
    ]
    changes = [json.loads(r.changes) for r in rows]
    assert [c["field"] for c in changes] == [
        "confidential_notes",
        "mental_health_details",
        "case_confidential",
    ]
    assert all(c["reason"] == REASON for c in changes)
    trail = " ".join(r.changes for r in rows)
    assert NOTES not in trail and MH_BASIS not in trail and INFORMANT not in trail


@pytest.mark.parametrize("reason", ["", "   ", "xem", None, "lý do\u0007"])
def test_a_reveal_without_a_reason_is_refused(world: World, reason: object) -> None:
    officer = ChildrenService(world.db, world.actor(Role.OFFICER))
    before = audit_count(world)
    with pytest.raises(InvalidInput) as refused:
        officer.reveal(world.child_id, reason)  # type: ignore[arg-type]
    assert "reason" in refused.value.errors and "lý do" in refused.value.message.lower()
    with pytest.raises(InvalidInput):
        CasesService(world.db, world.actor(Role.LEADER)).reveal(world.case_id, reason)  # type: ignore[arg-type]
    assert audit_count(world) == before


def test_a_saved_document_with_confidential_details_needs_both_permissions(world: World) -> None:
    """A marked document (e.g. a case's decision printed with its details): to read it one
    needs VIEW_CONFIDENTIAL, to print it EXPORT_PERSONAL as well."""
    system = DocumentsService(world.db, "test")
    system.update_draft(
        world.draft_id,
        system.validate_draft({"doc_type": "ke_hoach", "subject": "Kế hoạch hỗ trợ",
                               "recipients": ("Lưu: VT, VHXH.",), "marking": "MẬT"}),
    )  # fmt: skip
    with pytest.raises(AccessDenied) as refused:
        DocumentsService(world.db, world.actor(Role.JUSTICE)).document(world.draft_id)
    assert refused.value.permission is Permission.VIEW_CONFIDENTIAL
    leader = DocumentsService(world.db, world.actor(Role.LEADER))
    assert Pdf(leader.render(world.draft_id).data).text()


def test_an_editor_who_may_not_see_them_keeps_them_as_stored(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving a record whose notes were hidden from the form must not wipe them."""
    monkeypatch.setitem(
        ROLE_PERMISSIONS, Role.VIEWER, ROLE_PERMISSIONS[Role.VIEWER] | {Permission.EDIT_CHILDREN}
    )
    children = ChildrenService(world.db, world.actor(Role.VIEWER))
    shown = children.get(world.child_id)
    data = children.validate(shown.model_dump(include={"full_name", "sex", "birth"}))
    children.update(world.child_id, data)
    stored = ChildrenService(world.db, "test").get(world.child_id)
    assert stored.full_name == shown.full_name and stored.confidential_notes == NOTES
