"""The documents the officer edits before printing — the year's plan, the year's report, the
decision approving a case's plan (Mẫu 05) — and the plan of a case printed alone (Mẫu 04).

A form (``DocumentForm``) holds a document's texts field by field, prefilled from the template
(``domain/document_templates.py``), the commune profile, the figures of the register and the
last document of the same kind in the register: last year's plan gives its edited texts to this
year's (its year moved on), the last decision its căn cứ and articles. The officer edits; the
form is laid out (``exports/pdf/documents``) and saved as a draft in the register (sổ văn bản
đi) with what it belongs to (the year, the case) and its texts, so it can be edited again,
issued with a number, and next year's starts from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import case as sql_case
from sqlalchemy import select

from commune_care.db.models.document import DocumentRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require, require_any
from commune_care.domain.dates import format_date
from commune_care.domain.document_templates import (
    APPROVAL,
    CASE_PLAN_MONITORING,
    PLACEMENT,
    PLAN,
    REPORT,
    TemplateField,
    template_fields,
)
from commune_care.domain.document_texts import fill, lines, shift_year, vn_number, vn_percent
from commune_care.domain.documents import (
    DocumentStatus,
    DocumentType,
    EntityKind,
    SignerRole,
    issuer_name,
    number_symbol,
)
from commune_care.domain.errors import InvalidInput, NotFound, SetupRequired
from commune_care.domain.official_document import OfficialDocument
from commune_care.domain.schemas.care import PlacementOut
from commune_care.domain.schemas.cases import CaseOut
from commune_care.domain.schemas.children import ChildOut
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.domain.schemas.document_forms import DocumentForm, FormField
from commune_care.domain.schemas.documents import DocumentOut
from commune_care.domain.support import MENTAL_HEALTH_TARGET_PCT
from commune_care.exports.pdf.documents.case_plan import (
    approval_decision,
    case_plan,
    child_residence,
)
from commune_care.exports.pdf.documents.placement_decision import (
    placement_article_1,
    placement_basis,
    placement_decision,
)
from commune_care.exports.pdf.documents.year_plan import year_plan
from commune_care.exports.pdf.documents.year_report import year_report
from commune_care.services.care import CareService
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.documents import DocumentsService, SignerChoice
from commune_care.services.indicators import IndicatorsService
from commune_care.services.reports import ReportsService

__all__ = ["DocumentFormsService", "plan_figures_day"]

_DOC_TYPES = {
    PLAN: DocumentType.KE_HOACH,
    REPORT: DocumentType.BAO_CAO,
    APPROVAL: DocumentType.QUYET_DINH,
    PLACEMENT: DocumentType.QUYET_DINH,
}
_WHAT = {
    PLAN: "Kế hoạch",
    REPORT: "Báo cáo",
    APPROVAL: "Quyết định",
    PLACEMENT: "Quyết định",
}
_ENTITY = {
    PLAN: EntityKind.YEAR,
    REPORT: EntityKind.YEAR,
    APPROVAL: EntityKind.CASE,
    PLACEMENT: EntityKind.PLACEMENT,
}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def plan_figures_day(year: int, today: date) -> date:
    """The day of a plan's figures: today for this year's plan or a later one; the last day of
    the year before for a plan of a past year (as it would have been written)."""
    return today if year >= today.year else date(year - 1, 12, 31)


def _at_least(pct: int, n: int) -> int:
    """The smallest number of children that is at least ``pct`` per cent of ``n``."""
    return -(-pct * n // 100)


class DocumentFormsService:
    """Forms of the documents built from the data, and their drafts in the register."""

    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail
        self.documents = DocumentsService(db, self.actor)

    # --- forms -----------------------------------------------------------------------------
    def plan_form(self, year: int, today: date | None = None) -> DocumentForm:
        """This year's plan: the draft of ``year`` if there is one; else a new form from last
        year's plan (its texts, the year moved on) or from the template."""
        require(self.actor, Permission.DRAFT_DOCUMENTS)
        today = today or date.today()
        if not 1900 <= year <= today.year + 1:
            raise InvalidInput(
                {"year": f"Năm {year} không hợp lệ. Kế hoạch được lập cho năm nay ({today.year}) "
                 "hoặc năm sau, hay một năm trước đó."}
            )  # fmt: skip
        draft = self._draft(PLAN, EntityKind.YEAR, year)
        if draft is not None:
            return self.form_of(draft.id, today)
        values = self._plan_values(year, today)
        previous = self._previous(PLAN, before_year=year)
        texts: dict[str, str] = {}
        source = ""
        if previous is not None:
            old_year = previous.entity_id or year - 1
            stored = OfficialDocument.model_validate_json(previous.content).texts
            texts = {k: shift_year(v, old_year, year) for k, v in stored.items()}
            source = self._describe(previous)
        return self._form(PLAN, EntityKind.YEAR, year, year, values, texts, source)

    def report_form(self, year: int, today: date | None = None) -> DocumentForm:
        """The year's report: the draft of ``year`` if there is one; else a new form (the
        parts that do not change taken from last year's report)."""
        require(self.actor, Permission.DRAFT_DOCUMENTS)
        today = today or date.today()
        if not 1900 <= year <= today.year:
            raise InvalidInput(
                {"year": f"Năm {year} chưa bắt đầu hoặc không hợp lệ: chưa có số liệu để báo "
                 f"cáo. Hãy chọn năm {today.year} hoặc một năm trước."}
            )  # fmt: skip
        draft = self._draft(REPORT, EntityKind.YEAR, year)
        if draft is not None:
            return self.form_of(draft.id, today)
        values = self._report_values(year, today)
        previous = self._previous(REPORT, before_year=year)
        texts: dict[str, str] = {}
        source = ""
        if previous is not None:
            old_year = previous.entity_id or year - 1
            stored = OfficialDocument.model_validate_json(previous.content).texts
            texts = {k: shift_year(v, old_year, year) for k, v in stored.items()}
            source = self._describe(previous)
        return self._form(REPORT, EntityKind.YEAR, year, year, values, texts, source)

    def approval_form(self, case_id: int, today: date | None = None) -> DocumentForm:
        """The decision approving the plan of the case's current cycle (Mẫu 05): its draft if
        there is one, else a new form whose fixed texts come from the last such decision."""
        require(self.actor, Permission.DRAFT_DOCUMENTS)
        today = today or date.today()
        case = CasesService(self.db, self.actor).get(case_id)
        if case.current.plan is None:
            raise InvalidInput(
                {"__all__": f"Hồ sơ {case.code} chưa có kế hoạch hỗ trợ, can thiệp (Mẫu 04). Hãy "
                 "lập kế hoạch trước khi soạn quyết định phê duyệt."}
            )  # fmt: skip
        draft = self._draft(APPROVAL, EntityKind.CASE, case_id)
        if draft is not None:
            return self.form_of(draft.id, today)
        values = self._approval_values(case)
        form = self._decision_form(APPROVAL, EntityKind.CASE, case_id, today.year, values)
        return form.model_copy(update={"note": self._approval_note(case)})

    def placement_form(self, placement_id: int, today: date | None = None) -> DocumentForm:
        """Mẫu 12 of a placement with a relative or a person or family not a relative: its
        draft if there is one, else a new form whose fixed texts come from the last one."""
        require(self.actor, Permission.DRAFT_DOCUMENTS)
        today = today or date.today()
        placement = CareService(self.db, self.actor).placement(placement_id)
        if not placement.form.is_family:
            raise InvalidInput(
                {"__all__": f"Trường hợp {placement.code} là {placement.form.label.lower()}: "
                 "Mẫu số 12 chỉ dùng cho việc giao trẻ em cho cá nhân, gia đình nhận chăm sóc "
                 "thay thế."}
            )  # fmt: skip
        draft = self._draft(PLACEMENT, EntityKind.PLACEMENT, placement_id)
        if draft is not None:
            return self.form_of(draft.id, today)
        values = self._placement_values(placement)
        year = placement.decision_date.year
        form = self._decision_form(PLACEMENT, EntityKind.PLACEMENT, placement_id, year, values)
        return form.model_copy(update={"note": self._placement_note(placement)})

    def _decision_form(self, template: str, kind: EntityKind, entity_id: int, year: int,
                       values: Mapping[str, object]) -> DocumentForm:  # fmt: skip
        previous = self._previous(template)
        texts: dict[str, str] = {}
        source = ""
        if previous is not None:
            texts = dict(OfficialDocument.model_validate_json(previous.content).texts)
            source = self._describe(previous)
        return self._form(template, kind, entity_id, year, values, texts, source)

    def form_of(self, doc_id: int, today: date | None = None) -> DocumentForm:
        """The form of a document saved from one: its texts as stored, each field's standard
        text made again from today's data (what "Reset" puts back)."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        today = today or date.today()
        with self.db.session() as s:
            record = s.get(DocumentRecord, doc_id)
            if record is None:
                raise NotFound(f"Không tìm thấy văn bản số {doc_id} trong sổ văn bản đi.")
            template, entity_id = record.template, record.entity_id
            content = OfficialDocument.model_validate_json(record.content)
            marking, status = record.marking, record.status
        if template not in _DOC_TYPES or entity_id is None:
            raise InvalidInput(
                {"__all__": "Văn bản này không được lập từ mẫu của phần mềm, không sửa nội dung "
                 "ở đây được."}
            )  # fmt: skip
        note = ""
        if template == APPROVAL:
            case = CasesService(self.db, self.actor).get(entity_id)
            values, note = self._approval_values(case), self._approval_note(case)
            kind, year = EntityKind.CASE, content.year
        elif template == PLACEMENT:
            placement = CareService(self.db, self.actor).placement(entity_id)
            values, note = self._placement_values(placement), self._placement_note(placement)
            kind, year = EntityKind.PLACEMENT, content.year
        elif template == PLAN:
            values, kind, year = self._plan_values(entity_id, today), EntityKind.YEAR, entity_id
        else:
            values, kind, year = self._report_values(entity_id, today), EntityKind.YEAR, entity_id
        form = self._form(template, kind, entity_id, year, values, content.texts, "", keep=True)
        return form.model_copy(
            update={
                "doc_id": doc_id if status == DocumentStatus.DRAFT.value else None,
                "include_confidential": bool(marking),
                "marking": marking,
                "note": note,
            }
        )

    def existing(self, template: str, kind: EntityKind, entity_id: int) -> list[DocumentOut]:
        """The documents of this template for the year or the case, cancelled ones aside."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        return [
            d
            for d in self.documents.list()
            if d.template == template and d.entity_kind is kind and d.entity_id == entity_id
            and d.status is not DocumentStatus.CANCELLED
        ]  # fmt: skip

    @staticmethod
    def validate(form: DocumentForm, texts: Mapping[str, str],
                 include_confidential: bool | None = None,
                 marking: str | None = None) -> DocumentForm:  # fmt: skip
        """The form with the officer's texts, or ``InvalidInput`` naming the field."""
        try:
            return form.with_texts(texts, include_confidential, marking)
        except ValueError as exc:
            raise InvalidInput({"__all__": str(exc)}) from None

    # --- documents -------------------------------------------------------------------------
    def proposed_signer(self, template: str) -> SignerChoice:
        """Plans and reports: the committee (TM.), signed by the Phó Chủ tịch as in the seeds
        when the profile names one; a decision of the Chủ tịch (Mẫu 05, 12): no TM."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        profile = self._profile()
        if template in (PLAN, REPORT):
            role = SignerRole.VICE_CHAIRMAN if profile.vice_chairman_name else SignerRole.CHAIRMAN
            return SignerChoice(role=role, on_behalf=True)
        return SignerChoice(role=SignerRole.CHAIRMAN, on_behalf=False)

    def build(self, form: DocumentForm, signer: SignerChoice | None = None,
              today: date | None = None) -> OfficialDocument:  # fmt: skip
        """The document laid out from the form, signed as ``signer`` (the proposed signer when
        None)."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        profile = self._profile()
        chosen = self.documents.default_signer(signer or self.proposed_signer(form.template))
        if form.template == PLAN:
            return year_plan(form, profile, chosen)
        if form.template == REPORT:
            figures = ReportsService(self.db, self.actor).year_figures(form.entity_id, today)
            return year_report(form, figures, profile, chosen)
        if form.template == APPROVAL:
            case = CasesService(self.db, self.actor).get(
                form.entity_id, include_confidential=form.include_confidential
            )
            return approval_decision(form, case, self._child(case), profile, chosen, today)
        if form.template == PLACEMENT:
            return placement_decision(form, profile, chosen, today)
        raise InvalidInput({"__all__": f"Mẫu văn bản «{form.template}» không có trong phần mềm."})

    def save(self, form: DocumentForm, today: date | None = None) -> DocumentOut:
        """Save the form as a draft in the register (a new one, or the draft it edits)."""
        require(self.actor, Permission.DRAFT_DOCUMENTS)
        content = self.build(form, today=today)
        marking = (form.marking or "MẬT") if form.include_confidential else ""
        draft = self.documents.validate_draft(
            {
                "doc_type": _DOC_TYPES[form.template],
                "subject": content.subject,
                "recipients": content.recipients,
                "entity_kind": form.entity_kind,
                "entity_id": form.entity_id,
                "template": form.template,
                "marking": marking,
                "content": content,
            }
        )
        if form.doc_id is not None:
            return self.documents.update_draft(form.doc_id, draft)
        return self.documents.create_draft(draft)

    def plan_document(self, year: int, today: date | None = None) -> tuple[OfficialDocument,
                                                                            DocumentOut | None]:  # fmt: skip
        """The plan of ``year`` as it prints: the one in the register (issued first, else the
        draft), or one built from a new form."""
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        return self._year_document(PLAN, year, today)

    def report_document(self, year: int, today: date | None = None) -> tuple[OfficialDocument,
                                                                              DocumentOut | None]:  # fmt: skip
        require_any(self.actor, Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
        return self._year_document(REPORT, year, today)

    def case_plan(self, case_id: int, include_confidential: bool = False,
                  marking: str = "") -> OfficialDocument:  # fmt: skip
        """Mẫu 04 of the case's current cycle, printed alone; confidential details only when
        asked (marked 'MẬT' or ``marking``)."""
        require(self.actor, Permission.EXPORT_PERSONAL)
        case = CasesService(self.db, self.actor).get(
            case_id, include_confidential=include_confidential
        )
        if case.current.plan is None:
            raise InvalidInput(
                {"__all__": f"Hồ sơ {case.code} chưa có kế hoạch hỗ trợ, can thiệp để in."}
            )
        monitoring = CASE_PLAN_MONITORING
        previous = self._previous(APPROVAL)
        if previous is not None:
            texts = OfficialDocument.model_validate_json(previous.content).texts
            monitoring = texts.get("monitoring") or monitoring
        return case_plan(case, self._child(case), self._profile(), monitoring,
                         include_confidential, marking)  # fmt: skip

    # --- the values a template is filled with ----------------------------------------------
    def _common_values(self, profile: CommuneProfileIn) -> dict[str, object]:
        upper = profile.upper_recipient
        return {
            "commune": _lower_first(profile.commune_name),
            "committee": issuer_name(profile.commune_name),
            "upper": upper or "……",
            "upper_report": f"{upper} (b/c)" if upper else "",
            "authority": f"Chủ tịch Ủy ban nhân dân {_lower_first(profile.commune_name)}",
        }

    def _plan_values(self, year: int, today: date) -> dict[str, object]:
        profile = self._profile()
        return {
            **self._common_values(profile),
            "year": year,
            "figures": self.plan_figures(year, today),
        }

    def plan_figures(self, year: int, today: date | None = None) -> str:
        """The paragraph of the commune's figures under the plan's targets: the children under
        management, those the two targets of QĐ 1591 are about, last year's result, this
        year's aim in numbers of children."""
        require(self.actor, Permission.VIEW_STATISTICS)
        today = today or date.today()
        on = plan_figures_day(year, today)
        c = ReportsService(self.db, self.actor).plan_counts(on)
        indicators = IndicatorsService(self.db, self.actor)
        flagged, orphans = c.mental_health, c.orphans
        out = [
            f"Tính đến ngày {format_date(on)}, toàn xã có {vn_number(c.total)} trẻ em dưới 16 "
            f"tuổi đang được quản lý (nam: {vn_number(c.male)}; nữ: {vn_number(c.female)}), "
            f"trong đó {vn_number(flagged)} trẻ em có vấn đề sức khỏe tâm thần, trẻ em có nguy "
            f"cơ cao rối loạn sức khỏe tâm thần và {vn_number(orphans.total)} trẻ em mồ côi (mồ "
            f"côi cả cha và mẹ: {vn_number(orphans.both_parents)}; mồ côi cha hoặc mẹ: "
            f"{vn_number(orphans.one_parent)}), {vn_number(orphans.in_care)} em đang được chăm "
            "sóc thay thế."
        ]
        last_year = year - 1
        last_end = min(date(last_year, 12, 31), today)
        if last_end >= date(last_year, 1, 1):
            last = indicators.mental_health(date(last_year, 1, 1), last_end)
            if last.flagged_children:
                out.append(
                    f"Năm {last_year}, {vn_number(last.reached_children)}/"
                    f"{vn_number(last.flagged_children)} trẻ em có vấn đề sức khỏe tâm thần, trẻ "
                    "em có nguy cơ cao rối loạn sức khỏe tâm thần đã được tiếp cận dịch vụ tư "
                    "vấn, hỗ trợ tâm lý, dịch vụ xã hội phù hợp (đạt "
                    f"{vn_percent(last.reached_pct)})."
                )
        if flagged or orphans.total:
            out.append(
                f"Năm {year}, phấn đấu ít nhất "
                f"{vn_number(_at_least(MENTAL_HEALTH_TARGET_PCT, flagged))} trẻ em có vấn đề "
                "sức khỏe tâm thần, trẻ em có nguy cơ cao rối loạn sức khỏe tâm thần được tiếp "
                f"cận dịch vụ và {vn_number(orphans.total)} trẻ em mồ côi được chăm sóc thay thế."
            )
        return "\n".join(out)

    def _report_values(self, year: int, today: date) -> dict[str, object]:
        profile = self._profile()
        plans = self.existing(PLAN, EntityKind.YEAR, year)
        issued = [d for d in plans if d.status is DocumentStatus.ISSUED]
        if issued:
            plan = issued[0]
            assert plan.issued_on is not None
            reference = (
                f"Kế hoạch số {plan.number_symbol} ngày {format_date(plan.issued_on)} của "
                f"{issuer_name(profile.commune_name)}"
            )
        else:
            reference = f"Kế hoạch số ……/KH-UBND ngày …… của {issuer_name(profile.commune_name)}"
        on = min(date(year, 12, 31), today)
        return {
            **self._common_values(profile),
            "year": year,
            "on": format_date(on),
            "plan_reference": reference,
        }

    def _approval_values(self, case: CaseOut) -> dict[str, object]:
        profile = self._profile()
        child = self._child(case)
        name = child.full_name if child else case.child_name
        plan = case.current.plan
        total = sum(t.budget_vnd for t in plan.tasks) if plan else 0
        birth = f", sinh ngày {child.birth.display()}" if child and child.birth else ""
        budget = f" Tổng kinh phí thực hiện: {vn_number(total)} đồng." if total else ""
        who = f"{name}{birth}, nơi cư trú: {child_residence(child, profile)}"
        return {
            **self._common_values(profile),
            "child": name,
            "case_code": case.code,
            "budget": budget,
            "child_full": who,
        }

    def _placement_values(self, placement: PlacementOut) -> dict[str, object]:
        profile = self._profile()
        child = ChildrenService(self.db, self.actor).get(placement.child_id)
        carer = None
        if placement.carer_id is not None:
            carer = CareService(self.db, self.actor).carer(placement.carer_id)
        return {
            **self._common_values(profile),
            "article_1": placement_article_1(placement, child, carer, profile),
            "basis_case": placement_basis(placement, carer),
        }

    @staticmethod
    def _approval_note(case: CaseOut) -> str:
        approval = case.current.approval
        if approval is None:
            return ""
        return (
            f"Hồ sơ {case.code} đã ghi quyết định phê duyệt số {approval.decision_no} ngày "
            f"{format_date(approval.approved_on)}. Khi cấp số trong sổ văn bản đi, hãy dùng đúng "
            "số và ngày đó."
        )

    @staticmethod
    def _placement_note(placement: PlacementOut) -> str:
        if not placement.decision_number:
            return ""
        return (
            f"Trường hợp {placement.code} đã ghi quyết định số {placement.decision_number} ngày "
            f"{format_date(placement.decision_date)}. Khi cấp số trong sổ văn bản đi, hãy dùng "
            "đúng số và ngày đó."
        )

    # --- helpers ---------------------------------------------------------------------------
    def _form(self, template: str, kind: EntityKind, entity_id: int, year: int | None,
              values: Mapping[str, object], texts: Mapping[str, str], source: str,
              keep: bool = False) -> DocumentForm:  # fmt: skip
        """The fields of ``template``: each its standard text filled with ``values``; ``texts``
        (an earlier document's) replace the reusable ones, or every one when ``keep`` (the
        document's own)."""
        fields = []
        for spec in template_fields(template):
            standard = self._standard(spec, values)
            taken = spec.key in texts and (keep or spec.reuse)
            fields.append(
                FormField(
                    key=spec.key,
                    text=texts[spec.key] if taken else standard,
                    standard=standard,
                    reused=taken and not keep,
                    multiline=spec.multiline,
                )
            )
        return DocumentForm(
            template=template,
            doc_type=_DOC_TYPES[template],
            entity_kind=kind,
            entity_id=entity_id,
            year=year,
            fields=tuple(fields),
            reused_from=source,
        )

    @staticmethod
    def _standard(spec: TemplateField, values: Mapping[str, object]) -> str:
        text = fill(spec.default, values)
        return "\n".join(lines(text)) if spec.multiline else " ".join(lines(text))

    def _draft(self, template: str, kind: EntityKind, entity_id: int) -> DocumentOut | None:
        drafts = [
            d for d in self.existing(template, kind, entity_id)
            if d.status is DocumentStatus.DRAFT
        ]  # fmt: skip
        return drafts[0] if drafts else None

    def _previous(self, template: str, before_year: int | None = None) -> DocumentRecord | None:
        """The last document of ``template`` not cancelled (for a year: of an earlier year,
        the latest year first), an issued one before a draft."""
        r = DocumentRecord
        issued_first = sql_case((r.status == DocumentStatus.ISSUED.value, 0), else_=1)
        stmt = select(r).where(r.template == template, r.status != DocumentStatus.CANCELLED.value)
        if before_year is not None:
            stmt = stmt.where(r.entity_kind == EntityKind.YEAR.value, r.entity_id < before_year)
            stmt = stmt.order_by(r.entity_id.desc(), issued_first, r.updated_at.desc())
        else:
            stmt = stmt.order_by(issued_first, r.updated_at.desc(), r.id.desc())
        with self.db.session() as s:
            record = s.scalars(stmt.limit(1)).first()
            if record is not None:
                s.expunge(record)
            return record

    @staticmethod
    def _describe(record: DocumentRecord) -> str:
        what = _WHAT.get(record.template, "Văn bản")
        doc_type = DocumentType(record.doc_type)
        if record.number is not None and record.issued_on is not None:
            return (
                f"{what} số {number_symbol(record.number, doc_type.symbol())} ngày "
                f"{format_date(record.issued_on)}"
            )
        year = f" năm {record.entity_id}" if record.entity_kind == EntityKind.YEAR.value else ""
        return f"Dự thảo {what.lower()}{year}"

    def _year_document(self, template: str, year: int,
                       today: date | None) -> tuple[OfficialDocument, DocumentOut | None]:  # fmt: skip
        docs = self.existing(template, EntityKind.YEAR, year)
        docs.sort(key=lambda d: d.status is not DocumentStatus.ISSUED)
        if docs:
            return self.documents.document(docs[0].id), docs[0]
        form = self.plan_form(year, today) if template == PLAN else self.report_form(year, today)
        return self.build(form, today=today), None

    def _profile(self) -> CommuneProfileIn:
        profile = CommuneService(self.db, self.actor).profile()
        if profile is None:
            raise SetupRequired()
        return profile

    def _child(self, case: CaseOut) -> ChildOut | None:
        if case.child_id is None:
            return None
        return ChildrenService(self.db, self.actor).get(case.child_id)
