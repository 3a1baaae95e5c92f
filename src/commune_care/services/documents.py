"""Outgoing documents: the register (sổ văn bản đi) and the documents built from the data.

The register: a document is drafted unnumbered, issued with the next number of its type in the
year of issue (or a number the officer gives, if free), cancelled with a reason — keeping its
number, never given again — and never deleted. Each change is one unit of work with its audit
row. The document itself (``OfficialDocument``) is stored as JSON; the register's columns (type,
number, date, subject, Nơi nhận, signer, marking) are laid over it when it is rendered, and the
whole is frozen when it is issued.

Documents from the data: the child's record sheet (Phiếu thông tin trẻ em) and the list of
children of a group or a village (Danh sách trẻ em); rendering goes through ``exports.pdf``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import and_, extract, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commune_care.db.models import CaseRecord, ChildRecord, CommuneProfileRecord
from commune_care.db.models.care import PlacementRecord
from commune_care.db.models.document import DocumentRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require, require_any
from commune_care.domain.cases import DeadlineState
from commune_care.domain.documents import (
    DocumentStatus,
    DocumentType,
    EntityKind,
    SignerRole,
    number_symbol,
)
from commune_care.domain.errors import InvalidInput, NotFound, SetupRequired
from commune_care.domain.groups import GROUP_BY_CODE
from commune_care.domain.official_document import OfficialDocument, Signer
from commune_care.domain.schemas.children import ChildFilter, HistoryEntry
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.domain.schemas.documents import (
    KEEP_LINE,
    CancelIn,
    DocumentDraftIn,
    DocumentFilter,
    DocumentOut,
    IssueIn,
)
from commune_care.domain.schemas.todo import DueItem
from commune_care.domain.support import Programme
from commune_care.exports.pdf.documents import child_sheet, children_list

if TYPE_CHECKING:
    from commune_care.exports.pdf.render import RenderedPdf
from commune_care.exports.pdf.documents.common import commune_parts
from commune_care.services import audit
from commune_care.services.children import ChildrenService, without_confidential
from commune_care.services.commune import CommuneService

__all__ = ["DocumentsService", "SignerChoice"]

_M = TypeVar("_M", bound=BaseModel)
ENTITY = "document"


class SignerChoice(BaseModel):
    """Who signs a document: the Chủ tịch or a Phó Chủ tịch (KT.), on behalf of the committee
    (TM.) or not. The name comes from the commune profile unless given."""

    role: SignerRole = SignerRole.CHAIRMAN
    on_behalf: bool = True
    name: str | None = None


def _validate(model: type[_M], values: Mapping[str, Any]) -> _M:
    try:
        return model.model_validate(dict(values))
    except ValidationError as exc:
        raise InvalidInput.from_pydantic(exc) from None


def _lower_first(text: str) -> str:
    """'Xã Hòa Cư' → 'xã Hòa Cư' (a name inside a sentence)."""
    return text[:1].lower() + text[1:]


def _out(r: DocumentRecord) -> DocumentOut:
    doc_type = DocumentType(r.doc_type)
    status = DocumentStatus(r.status)
    return DocumentOut.model_construct(
        id=r.id,
        doc_type=doc_type,
        type_label=doc_type.label,
        status=status,
        status_label=status.label,
        year=r.year,
        number=r.number,
        symbol=doc_type.symbol(),
        issued_on=r.issued_on,
        subject=r.subject,
        recipients=tuple(line for line in r.recipients.split("\n") if line),
        signer_role=SignerRole(r.signer_role) if r.signer_role else None,
        signer_title=tuple(line for line in r.signer_title.split("\n") if line),
        signer_name=r.signer_name,
        entity_kind=EntityKind(r.entity_kind) if r.entity_kind else None,
        entity_id=r.entity_id,
        template=r.template,
        marking=r.marking,
        cancelled_on=r.cancelled_on,
        cancel_reason=r.cancel_reason,
        created_by=r.created_by,
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


def _draft_columns(data: DocumentDraftIn) -> dict[str, Any]:
    return {
        "doc_type": data.doc_type.value,
        "subject": data.subject,
        "recipients": "\n".join(data.recipients),
        "entity_kind": data.entity_kind.value if data.entity_kind else "",
        "entity_id": data.entity_id,
        "template": data.template,
        "marking": data.marking,
    }


def _with_register(record: DocumentRecord, content: OfficialDocument,
                   signer: Signer | None = None) -> OfficialDocument:  # fmt: skip
    """The stored document with the register's fields laid over its header and closing."""
    doc_type = DocumentType(record.doc_type)
    signers = list(content.signers)
    if signer is None and record.signer_title:
        signer = Signer(authority=tuple(record.signer_title.split("\n")), name=record.signer_name)
    if signer is not None:
        signers[0:1] = [signer]
    return content.model_copy(
        update={
            "type_name": doc_type.type_name,
            "symbol": doc_type.symbol(),
            "number": record.number,
            "issued_on": record.issued_on,
            "year": record.year or date.today().year,
            "subject": record.subject,
            "recipients": tuple(line for line in record.recipients.split("\n") if line),
            "signers": tuple(signers),
            "marking": record.marking,
        }
    )


class DocumentsService:
    """The register of outgoing documents and the documents built from the data."""

    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    # --- input -----------------------------------------------------------------------------
    @staticmethod
    def validate_draft(values: Mapping[str, Any]) -> DocumentDraftIn:
        return _validate(DocumentDraftIn, values)

    @staticmethod
    def validate_issue(values: Mapping[str, Any]) -> IssueIn:
        return _validate(IssueIn, values)

    @staticmethod
    def validate_cancel(values: Mapping[str, Any]) -> CancelIn:
        return _validate(CancelIn, values)

    # --- reading ---------------------------------------------------------------------------
    def get(self, doc_id: int) -> DocumentOut:
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        with self.db.session() as s:
            return _out(self._record(s, doc_id))

    def list(self, flt: DocumentFilter | None = None) -> builtins.list[DocumentOut]:
        """Drafts first (newest first), then the numbered documents, latest first."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        flt = flt or DocumentFilter()
        stmt = select(DocumentRecord)
        if flt.year is not None:
            made_in_year = and_(
                DocumentRecord.year.is_(None),
                extract("year", DocumentRecord.created_at) == flt.year,
            )
            stmt = stmt.where(or_(DocumentRecord.year == flt.year, made_in_year))
        if flt.doc_type is not None:
            stmt = stmt.where(DocumentRecord.doc_type == flt.doc_type.value)
        if flt.status is not None:
            stmt = stmt.where(DocumentRecord.status == flt.status.value)
        if flt.entity_kind is not None:
            stmt = stmt.where(DocumentRecord.entity_kind == flt.entity_kind.value)
        if flt.entity_id is not None:
            stmt = stmt.where(DocumentRecord.entity_id == flt.entity_id)
        stmt = stmt.order_by(
            DocumentRecord.number.is_(None).desc(),
            DocumentRecord.issued_on.desc(),
            DocumentRecord.number.desc(),
            DocumentRecord.id.desc(),
        )
        with self.db.session() as s:
            return [_out(r) for r in s.scalars(stmt)]

    def due_items(self, today: date | None = None) -> builtins.list[DueItem]:
        """ "Việc cần làm": every draft still awaiting its number (no legal day: listed after
        the dated work, oldest draft first)."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        d = DocumentRecord
        stmt = (
            select(d.id, d.doc_type, d.subject, d.created_at)
            .where(d.status == DocumentStatus.DRAFT.value)
            .order_by(d.created_at, d.id)
        )
        with self.db.session() as s:
            rows = s.execute(stmt).all()
        return [
            DueItem(
                programme=Programme.OTHER,
                subject_kind="document",
                subject_id=doc_id,
                subject_code=f"{DocumentType(doc_type).type_name.capitalize()} (dự thảo)",
                child_id=None,
                child_name="",
                label=f"Cấp số, ban hành: {subject} — dự thảo từ {created.strftime('%d/%m/%Y')}",
                due=None,
                state=DeadlineState.ON_TIME,
            )
            for doc_id, doc_type, subject, created in rows
        ]

    def years(self) -> builtins.list[int]:
        """The years the register has documents in (this year always), latest first."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        with self.db.session() as s:
            issued = set(
                s.scalars(select(DocumentRecord.year).where(DocumentRecord.year.is_not(None)))
            )
            created = s.scalars(
                select(DocumentRecord.created_at).where(DocumentRecord.year.is_(None))
            )
            years = (
                {y for y in issued if y is not None}
                | {c.year for c in created}
                | {date.today().year}
            )
        return sorted(years, reverse=True)

    def next_number(self, doc_type: DocumentType, year: int) -> int:
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        with self.db.session() as s:
            return self._next_number(s, doc_type, year)

    def history(self, doc_id: int) -> builtins.list[HistoryEntry]:
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        with self.db.session() as s:
            self._record(s, doc_id)
            return audit.history(s, ENTITY, doc_id)

    def document(self, doc_id: int, signer: SignerChoice | None = None) -> OfficialDocument:
        """The document as it prints: its content with the register's fields. ``signer``
        previews a draft with that signer (an issued document keeps its own)."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        with self.db.session() as s:
            record = self._record(s, doc_id)
            if record.marking:  # saved with confidential details (Nghị định 56 Điều 24)
                require(self.actor, Permission.VIEW_CONFIDENTIAL)
            content = OfficialDocument.model_validate_json(record.content)
            chosen = None
            if signer is not None and record.status == DocumentStatus.DRAFT.value:
                chosen = self._signer(s, signer)
            return _with_register(record, content, chosen)

    def render(self, doc_id: int, signer: SignerChoice | None = None) -> RenderedPdf:
        from commune_care.exports.pdf.render import render_pdf

        doc = self.document(doc_id, signer)
        if doc.marking:
            self._require_confidential_export()
        return render_pdf(doc, prepared_by=self.user)

    # --- writing ---------------------------------------------------------------------------
    def create_draft(self, data: DocumentDraftIn) -> DocumentOut:
        """A new unnumbered document. Without ``content``, an empty document of the commune."""
        require(self.actor, Permission.DRAFT_DOCUMENTS)
        now = datetime.now()
        with self.db.session() as s:
            self._check_entity(s, data)
            content = data.content or OfficialDocument.model_validate(
                commune_parts(self._profile(s))
            )
            values = _draft_columns(data)
            record = DocumentRecord(
                **values,
                status=DocumentStatus.DRAFT.value,
                content=content.model_dump_json(),
                created_by=self.user,
                created_at=now,
                updated_at=now,
            )
            s.add(record)
            s.flush()
            audit.record(
                s,
                self.user,
                "draft",
                ENTITY,
                record.id,
                {**values, "summary": f"Dự thảo {data.doc_type.label.lower()}: {data.subject}"},
            )
            return _out(record)

    def update_draft(self, doc_id: int, data: DocumentDraftIn) -> DocumentOut:
        """Edit a draft; ``content`` None keeps the stored document."""
        require(self.actor, Permission.DRAFT_DOCUMENTS)
        with self.db.session() as s:
            record = self._record(s, doc_id)
            if record.status != DocumentStatus.DRAFT.value:
                raise InvalidInput(
                    {
                        "__all__": "Văn bản đã ban hành hoặc đã hủy thì không sửa được. Nếu cần, "
                        "hãy lập văn bản mới."
                    }
                )
            self._check_entity(s, data)
            new = _draft_columns(data)
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            changes = audit.diff(old, new)
            if data.content is not None:
                content = data.content.model_dump_json()
                if content != record.content:
                    record.content = content
                    changes["content"] = ["(nội dung)", "(nội dung đã sửa)"]
            if changes:
                record.updated_at = datetime.now()
                audit.record(s, self.user, "update", ENTITY, doc_id, changes)
            s.flush()
            return _out(record)

    def issue(self, doc_id: int, data: IssueIn) -> DocumentOut:
        """Number a draft: the next number of its type in the year of ``issued_on`` (numbers
        restart on 1 January) or ``data.number`` if no document of that type has it in that
        year. The document is frozen with its number, date and signer."""
        require(self.actor, Permission.ISSUE_DOCUMENTS)
        with self.db.session() as s:
            record = self._record(s, doc_id)
            if record.status != DocumentStatus.DRAFT.value:
                status = DocumentStatus(record.status).label.lower()
                raise InvalidInput({"__all__": f"Văn bản này {status}, không cấp số lại được."})
            doc_type = DocumentType(record.doc_type)
            lines = [line for line in record.recipients.split("\n") if line]
            if not lines or not lines[-1].startswith(KEEP_LINE):
                raise InvalidInput(
                    {
                        "recipients": "Dòng cuối của «Nơi nhận» phải là nơi lưu văn bản, ví dụ "
                        "«Lưu: VT, VHXH». Hãy thêm dòng này trước khi ban hành."
                    }
                )
            year = data.issued_on.year
            number = data.number
            if number is None:
                number = self._next_number(s, doc_type, year)
            elif self._taken(s, doc_type, year, number):
                free = self._next_number(s, doc_type, year)
                raise InvalidInput(
                    {
                        "number": f"Số {number_symbol(number, doc_type.symbol())} đã cấp cho văn "
                        f"bản khác trong năm {year}. Hãy để trống để lấy số tiếp theo "
                        f"({free:02d})."
                    }
                )
            record.status = DocumentStatus.ISSUED.value
            record.year, record.number, record.issued_on = year, number, data.issued_on
            record.signer_role = data.signer_role.value
            record.signer_title = "\n".join(data.authority)
            record.signer_name = data.signer_name
            content = OfficialDocument.model_validate_json(record.content)
            record.content = _with_register(record, content).model_dump_json()
            record.updated_at = datetime.now()
            try:
                s.flush()
            except IntegrityError:  # another writer took the number in between
                raise InvalidInput(
                    {"number": f"Số {number:02d} vừa được cấp cho văn bản khác. Hãy thử lại."}
                ) from None
            audit.record(
                s,
                self.user,
                "issue",
                ENTITY,
                doc_id,
                {
                    "summary": f"Số {number_symbol(number, doc_type.symbol())} ngày "
                    f"{data.issued_on:%d/%m/%Y}, người ký {data.signer_name}",
                    "number": number,
                    "year": year,
                    "issued_on": data.issued_on,
                    "signer_name": data.signer_name,
                },
            )
            return _out(record)

    def cancel(self, doc_id: int, data: CancelIn) -> DocumentOut:
        """Cancel a draft or an issued document. Its number stays its own, never given again;
        the row stays in the register."""
        require(self.actor, Permission.ISSUE_DOCUMENTS)
        with self.db.session() as s:
            record = self._record(s, doc_id)
            if record.status == DocumentStatus.CANCELLED.value:
                raise InvalidInput({"__all__": "Văn bản này đã hủy từ trước."})
            if record.issued_on is not None and data.cancelled_on < record.issued_on:
                raise InvalidInput(
                    {"cancelled_on": "Ngày hủy trước ngày ban hành văn bản. Hãy kiểm tra lại."}
                )
            old_status = record.status
            record.status = DocumentStatus.CANCELLED.value
            record.cancelled_on, record.cancel_reason = data.cancelled_on, data.reason
            record.updated_at = datetime.now()
            s.flush()
            audit.record(
                s,
                self.user,
                "cancel",
                ENTITY,
                doc_id,
                {
                    "summary": data.reason,
                    "status": [old_status, record.status],
                    "cancelled_on": data.cancelled_on,
                },
            )
            return _out(record)

    # --- documents built from the data -----------------------------------------------------
    def default_signer(self, choice: SignerChoice | None = None) -> Signer:
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        with self.db.session() as s:
            return self._signer(s, choice or SignerChoice())

    def child_sheet(
        self, child_id: int, include_confidential: bool = False, on: date | None = None,
        marking: str = "",
    ) -> OfficialDocument:  # fmt: skip
        """Phiếu thông tin trẻ em; confidential notes only with ``include_confidential``, the
        sheet then marked 'MẬT' (or ``marking``)."""
        if include_confidential:
            self._require_confidential_export()
        require(self.actor, Permission.EXPORT_PERSONAL)
        child = ChildrenService(self.db, self.actor).get(child_id, on)
        if not include_confidential:
            child = without_confidential(child)
        return child_sheet(child, self._commune(), on, include_confidential, marking)

    def child_sheets_pdf(
        self, child_ids: Sequence[int], include_confidential: bool = False,
        on: date | None = None,
    ) -> RenderedPdf:  # fmt: skip
        """Many record sheets in one PDF, each on its own pages, numbered on its own."""
        if include_confidential:
            self._require_confidential_export()
        require(self.actor, Permission.EXPORT_PERSONAL)
        if not child_ids:
            raise InvalidInput({"__all__": "Chưa chọn trẻ nào để in phiếu thông tin."})
        profile = self._commune()
        children = ChildrenService(self.db, self.actor)
        sheets = (children.get(i, on) for i in child_ids)
        docs = [
            child_sheet(c if include_confidential else without_confidential(c), profile, on,
                        include_confidential)
            for c in sheets
        ]  # fmt: skip
        from commune_care.exports.pdf.render import render_pdfs

        return render_pdfs(docs, title="Phiếu thông tin trẻ em", prepared_by=self.user)

    def children_list(
        self, flt: ChildFilter, subject: str | None = None,
        signer: SignerChoice | None = None, on: date | None = None,
    ) -> OfficialDocument:  # fmt: skip
        """Danh sách trẻ em of a filter (a group, a village …), in name order."""
        require(self.actor, Permission.EXPORT_PERSONAL)
        children = ChildrenService(self.db, self.actor)
        on = on or date.today()
        flt = flt.model_copy(update={"on": flt.on or on})
        rows = children.summaries(children.list_ids(flt), on)
        profile = self._commune()
        with self.db.session() as s:
            chosen = self._signer(s, signer or SignerChoice())
        return children_list(rows, profile, subject or self._list_subject(flt, profile), chosen, on)

    def render_document(self, doc: OfficialDocument) -> RenderedPdf:
        """The PDF of a document built by another service (which checked what it read)."""
        require_any(
            self.actor,
            Permission.DRAFT_DOCUMENTS,
            Permission.ISSUE_DOCUMENTS,
            Permission.EXPORT_PERSONAL,
            Permission.EXPORT_STATISTICS,
        )
        if doc.marking:
            self._require_confidential_export()
        from commune_care.exports.pdf.render import render_pdf

        return render_pdf(doc, prepared_by=self.user)

    def save_pdf(self, data: bytes, path: Path, title: str = "") -> None:
        """Write a PDF to ``path`` through a temporary file (never half a file), and record
        the export in the audit trail (who, when, what, where)."""
        path = Path(path)
        try:
            from commune_care.exports.pdf.render import write_pdf

            write_pdf(data, path)
        except OSError as exc:
            raise InvalidInput(
                {
                    "path": f"Không ghi được tệp «{path}» ({exc.strerror or exc}). Hãy chọn thư mục "
                    "khác hoặc đóng tệp nếu nó đang mở."
                }
            ) from None
        what = title or path.stem
        audit.record_output(self.db, self.user, "export", "pdf",
                            f"Lưu tệp PDF «{what}» vào «{path}»",
                            {"file": str(path), "document": what})  # fmt: skip

    def record_print(self, title: str, pages: int) -> None:
        """A document sent to the printer: recorded like an export (who, when, what)."""
        audit.record_output(self.db, self.user, "print", "pdf",
                            f"In «{title}» ({pages} trang)", {"document": title, "pages": pages})  # fmt: skip

    # --- helpers ---------------------------------------------------------------------------
    def _require_confidential_export(self) -> None:
        """A print or file with confidential content: seeing it and exporting personal data."""
        require(self.actor, Permission.VIEW_CONFIDENTIAL)
        require(self.actor, Permission.EXPORT_PERSONAL)

    def _commune(self) -> CommuneProfileIn:
        profile = CommuneService(self.db, self.actor).profile()
        if profile is None:
            raise SetupRequired()
        return profile

    def _list_subject(self, flt: ChildFilter, profile: CommuneProfileIn) -> str:
        """'Trẻ em mồ côi cả cha và mẹ trên địa bàn xã Hòa Cư', 'Trẻ em thôn Đông, xã Hòa Cư'."""
        commune = _lower_first(profile.commune_name)
        if flt.group_code and flt.group_code in GROUP_BY_CODE:
            return f"{GROUP_BY_CODE[flt.group_code].name} trên địa bàn {commune}"
        if flt.village_id is not None:
            names = {v.id: v.name for v in CommuneService(self.db).villages(True)}
            if flt.village_id in names:
                return f"Trẻ em {_lower_first(names[flt.village_id])}, {commune}"
        return f"Trẻ em trên địa bàn {commune}"

    @staticmethod
    def _profile(s: Session) -> CommuneProfileIn:
        record = s.scalar(select(CommuneProfileRecord))
        if record is None:
            raise SetupRequired()
        return CommuneProfileIn.model_validate(
            {f: getattr(record, f) for f in CommuneProfileIn.model_fields}
        )

    def _signer(self, s: Session, choice: SignerChoice) -> Signer:
        name = choice.name
        if name is None:
            profile = self._profile(s)
            chairman = choice.role is SignerRole.CHAIRMAN
            name = profile.chairman_name if chairman else profile.vice_chairman_name
        return Signer.commune(choice.role, name, choice.on_behalf)

    @staticmethod
    def _record(s: Session, doc_id: int) -> DocumentRecord:
        record = s.get(DocumentRecord, doc_id)
        if record is None:
            raise NotFound(f"Không tìm thấy văn bản số {doc_id} trong sổ văn bản đi.")
        return record

    @staticmethod
    def _next_number(s: Session, doc_type: DocumentType, year: int) -> int:
        top = s.scalar(
            select(func.max(DocumentRecord.number)).where(
                DocumentRecord.year == year, DocumentRecord.doc_type == doc_type.value
            )
        )
        return int(top or 0) + 1

    @staticmethod
    def _taken(s: Session, doc_type: DocumentType, year: int, number: int) -> bool:
        found = s.scalar(
            select(DocumentRecord.id).where(
                DocumentRecord.year == year,
                DocumentRecord.doc_type == doc_type.value,
                DocumentRecord.number == number,
            )
        )
        return found is not None

    @staticmethod
    def _check_entity(s: Session, data: DocumentDraftIn) -> None:
        kind, entity_id = data.entity_kind, data.entity_id
        if kind is EntityKind.CHILD and s.get(ChildRecord, entity_id) is None:
            raise InvalidInput({"entity_id": f"Không có trẻ số {entity_id} trong danh sách."})
        if kind is EntityKind.CASE and s.get(CaseRecord, entity_id) is None:
            raise InvalidInput({"entity_id": f"Không có hồ sơ hỗ trợ, can thiệp số {entity_id}."})
        if kind is EntityKind.PLACEMENT and s.get(PlacementRecord, entity_id) is None:
            raise InvalidInput(
                {"entity_id": f"Không có trường hợp chăm sóc thay thế số {entity_id}."}
            )
