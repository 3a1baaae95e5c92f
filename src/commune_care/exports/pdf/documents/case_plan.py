"""Kế hoạch hỗ trợ, can thiệp (Mẫu 04) of a case and the Quyết định phê duyệt (Mẫu 05).

The official text of both forms is not known ([U] in ``shared/reference/nd56-forms.md``). The plan
holds what Nghị định 56 Điều 28.3 requires — the services and tasks with their start and expected
end, who carries each out, the providers, the budget of each — with the goals (TT 14/2020 Điều
9.3.a) and the monitoring (Điều 9.3.g). The decision follows Nghị định 30/2020 Mẫu 1.2 (authority,
căn cứ, QUYẾT ĐỊNH:, Điều 1 …) and carries the plan as the document it approves (Mẫu 1.3's
"văn bản được ban hành, phê duyệt kèm theo quyết định"), since Điều 28.2.c speaks of "Dự thảo
Quyết định phê duyệt và kế hoạch hỗ trợ, can thiệp theo Mẫu số 05".

Confidential fields (Điều 24: the intake's narrative, the kind of abuse, the assessments) are left
out unless asked; the document then carries the marking ('MẬT' or the one chosen). The informant
never appears: a plan does not need them.
"""

from __future__ import annotations

from datetime import date

from commune_care.domain.cases import TaskStatus
from commune_care.domain.document_templates import APPROVAL
from commune_care.domain.document_texts import lines, money_words, vn_money, vn_number
from commune_care.domain.documents import DocumentType, date_words
from commune_care.domain.official_document import (
    Align,
    Appendix,
    Block,
    Column,
    FieldItem,
    Fields,
    Heading,
    OfficialDocument,
    Paragraph,
    Signer,
    Table,
)
from commune_care.domain.schemas.cases import (
    CaseOut,
    DetailedAssessmentIn,
    PlanOut,
    PlanTaskOut,
)
from commune_care.domain.schemas.children import ChildOut
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.domain.schemas.document_forms import DocumentForm
from commune_care.domain.textfold import fold
from commune_care.exports.pdf.documents.common import (
    article,
    commune_parts,
    decision_opening,
    dmy,
    paragraphs,
    recipients,
)

__all__ = [
    "PLAN_TITLE",
    "approval_decision",
    "case_plan",
    "case_plan_blocks",
    "child_residence",
    "plan_subject",
]

PLAN_TITLE = "Kế hoạch hỗ trợ, can thiệp"  # the form's name (Điều 28.1)
MAKER = "NGƯỜI LẬP KẾ HOẠCH"
SIGN_NOTE = "(Ký, ghi rõ họ tên)"
DEFAULT_MARKING = "MẬT"
# Weights of the 165 mm of a portrait page: a date (10 characters at 11 pt) fits on one line.
TASK_COLUMNS = (
    Column(title="STT", width=0.7, align=Align.CENTER),
    Column(title="Dịch vụ, công việc", width=2.6),
    Column(title="Cơ quan, tổ chức, cá nhân thực hiện", width=1.9),
    Column(title="Cơ sở cung cấp dịch vụ", width=1.8),
    Column(title="Bắt đầu", width=1.55, align=Align.CENTER),
    Column(title="Dự kiến kết thúc", width=1.55, align=Align.CENTER),
    Column(title="Kinh phí (đồng)", width=1.45, align=Align.RIGHT),
)


def plan_subject(child_name: str) -> str:
    return f"Hỗ trợ, can thiệp đối với trẻ em {child_name}"


def child_residence(child: ChildOut | None, profile: CommuneProfileIn) -> str:
    """'Thôn Đông, xã Hòa Cư': the address, then the village and the commune unless the
    address already names them."""
    commune = profile.commune_name[:1].lower() + profile.commune_name[1:]
    parts: list[str] = []
    for part in ((child.address, child.village_name) if child else ()) + (commune,):
        if part and fold(part) not in fold(", ".join(parts)):
            parts.append(part)
    return ", ".join(parts)


def _parents(child: ChildOut | None) -> str:
    if child is None:
        return ""
    parts = [
        f"{label}: {name}"
        for label, name in (("cha", child.father_name), ("mẹ", child.mother_name))
        if name
    ]
    if child.caregiver_name:
        relation = (
            f" ({child.caregiver_relationship.lower()})" if child.caregiver_relationship else ""
        )
        parts.append(f"người chăm sóc: {child.caregiver_name}{relation}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _tasks(plan: PlanOut) -> list[PlanTaskOut]:
    return [t for t in plan.tasks if t.status is not TaskStatus.CANCELLED]


def _task_rows(tasks: list[PlanTaskOut]) -> tuple[tuple[str, ...], ...]:
    rows = [
        (
            str(n),
            t.description,
            t.responsible,
            t.provider,
            dmy(t.start_on),
            dmy(t.end_on),
            vn_number(t.budget_vnd) if t.budget_vnd else "",
        )
        for n, t in enumerate(tasks, start=1)
    ]
    total = sum(t.budget_vnd for t in tasks)
    rows.append(("", "Tổng cộng", "", "", "", "", vn_number(total)))
    return tuple(rows)


def _budget_sentence(total: int) -> str:
    if not total:
        return "Các dịch vụ, công việc của Kế hoạch không phát sinh kinh phí."
    return f"Tổng kinh phí thực hiện Kế hoạch: {vn_money(total)} (Bằng chữ: {money_words(total)})."


def _confidential(case: CaseOut) -> list[Block]:
    """What Điều 24 keeps confidential and a plan may need: the kind of abuse, the child's
    condition as reported, the detailed assessment (Mẫu 03) item by item."""
    intake = case.intake
    out: list[Block] = [Heading(level=1, text="Tình hình của trẻ em (thông tin mật)")]
    kinds = ", ".join(k.label for k in sorted(intake.abuse_kinds, key=lambda k: k.value))
    items: list[FieldItem] = []
    if kinds:
        items.append(FieldItem(label="Hình thức bị xâm hại, nguy cơ", value=kinds))
    if intake.child_condition:
        items.append(FieldItem(label="Tình trạng khi tiếp nhận", value=intake.child_condition))
    if items:
        out.append(Fields(items=tuple(items)))
    detailed = case.current.detailed
    if detailed is not None:
        out.append(
            Paragraph(
                text=f"Kết quả đánh giá nguy cơ cụ thể ngày {dmy(detailed.assessed_on)}:",
                keep_with_next=True,
            )
        )
        for letter, name in DetailedAssessmentIn.ITEMS:
            value = getattr(detailed, name)
            if value:
                label = DetailedAssessmentIn.TEXT[name][0]
                out.append(Paragraph(text=f"{letter}) {label}: {value}"))
    return out


def case_plan_blocks(
    case: CaseOut,
    child: ChildOut | None,
    profile: CommuneProfileIn,
    monitoring: str,
    include_confidential: bool = False,
) -> list[Block]:
    """The body of Mẫu 04: who the child is, [their situation], the goals, the services and
    tasks, the budget, the monitoring."""
    plan = case.current.plan
    if plan is None:
        raise ValueError("the case has no plan")
    level = case.level.label if case.level is not None else ""
    identity = [
        ("Họ và tên trẻ em", child.full_name if child else case.child_name),
        ("Ngày sinh", child.birth.display() if child and child.birth else ""),
        ("Giới tính", child.sex.label if child else case.intake.child_sex.label),
        ("Dân tộc", child.ethnicity_name if child else ""),
        ("Nơi cư trú", child_residence(child, profile)),
        ("Cha, mẹ, người chăm sóc", _parents(child)),
        ("Hồ sơ số", case.code),
        ("Mức độ nguy cơ", level),
        ("Ngày lập kế hoạch", dmy(plan.drafted_on)),
        ("Người lập kế hoạch", plan.drafted_by),
    ]
    blocks: list[Block] = [
        Heading(level=1, text="Thông tin về trẻ em"),
        Fields(items=tuple(FieldItem(label=k, value=v) for k, v in identity if v)),
    ]
    if include_confidential:
        blocks += _confidential(case)
    tasks = _tasks(plan)
    blocks += [Heading(level=1, text="Mục tiêu của kế hoạch"), *paragraphs(plan.goals)]
    blocks.append(Heading(level=1, text="Các dịch vụ, công việc cần thực hiện"))
    if tasks:
        blocks.append(Table(columns=TASK_COLUMNS, rows=_task_rows(tasks), size=11, totals=1))
    else:
        blocks.append(Paragraph(text="Kế hoạch chưa có dịch vụ, công việc nào."))
    blocks += [
        Heading(level=1, text="Kinh phí thực hiện"),
        Paragraph(text=_budget_sentence(sum(t.budget_vnd for t in tasks))),
        Heading(level=1, text="Giám sát, đánh giá việc thực hiện kế hoạch"),
        *paragraphs(monitoring),
    ]
    return blocks


def _approval_reference(case: CaseOut, profile: CommuneProfileIn) -> str:
    approval = case.current.approval
    if approval is None:
        return ""
    of = profile.commune_name[:1].lower() + profile.commune_name[1:]
    return (
        f"(Kèm theo Quyết định số {approval.decision_no} {date_words(approval.approved_on)} "
        f"của Chủ tịch Ủy ban nhân dân {of})"
    )


def case_plan(
    case: CaseOut,
    child: ChildOut | None,
    profile: CommuneProfileIn,
    monitoring: str,
    include_confidential: bool = False,
    marking: str = DEFAULT_MARKING,
) -> OfficialDocument:
    """Mẫu 04 printed on its own, as the officer drafts it for the Chủ tịch (Điều 28.1):
    dated the day it was drafted, no number (the decision approving it has one), signed by
    the officer who made it. Once approved, it says which decision it goes with."""
    plan = case.current.plan
    if plan is None:
        raise ValueError("the case has no plan")
    blocks = case_plan_blocks(case, child, profile, monitoring, include_confidential)
    name = child.full_name if child else case.child_name
    return OfficialDocument.model_validate(
        {
            **commune_parts(profile),
            "issued_on": plan.drafted_on,
            "type_name": DocumentType.KE_HOACH.type_name,
            "subject": plan_subject(name),
            "reference": _approval_reference(case, profile),
            "blocks": tuple(blocks),
            "signers": (Signer(authority=(MAKER,), note=SIGN_NOTE, name=plan.drafted_by),),
            "marking": (marking or DEFAULT_MARKING) if include_confidential else "",
        }
    )


def approval_decision(
    form: DocumentForm,
    case: CaseOut,
    child: ChildOut | None,
    profile: CommuneProfileIn,
    signer: Signer | None = None,
    on: date | None = None,
) -> OfficialDocument:
    """Mẫu 05: the decision of the Chủ tịch approving the case's plan, the plan attached."""
    t = form.texts
    blocks: list[Block] = decision_opening(
        t.get("authority", ""), t.get("basis", ""), t.get("proposal", "")
    )
    for number, key in enumerate(("article_1", "article_2", "article_3"), start=1):
        blocks += article(number, t.get(key, ""))
    name = child.full_name if child else case.child_name
    plan = Appendix(
        title=plan_subject(name),
        type_name="Kế hoạch",
        blocks=tuple(
            case_plan_blocks(
                case, child, profile, t.get("monitoring", ""), form.include_confidential
            )
        ),
    )
    doc_type = DocumentType.QUYET_DINH
    parts = commune_parts(profile)
    commune = profile.commune_name[:1].lower() + profile.commune_name[1:]
    return OfficialDocument.model_validate(
        {
            **parts,
            "issuer": f"Chủ tịch Ủy ban nhân dân {commune}",
            "symbol": doc_type.symbol(),
            "year": form.year or (on or date.today()).year,
            "type_name": doc_type.type_name,
            "subject": " ".join(lines(t.get("subject", ""))),
            "blocks": tuple(blocks),
            "recipients": recipients(t.get("recipients", "")),
            "signers": (signer,) if signer is not None else (),
            "marking": (form.marking or DEFAULT_MARKING) if form.include_confidential else "",
            "appendices": (plan,),
            "template": APPROVAL,
            "texts": t,
        }
    )
