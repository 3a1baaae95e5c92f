"""Quyết định giao, nhận trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế (Mẫu 12, Nghị định
56/2017 Điều 42.7) from a placement of care by a relative or by a person or family who is not a
relative.

The form's own text is not known ([U] in ``shared/reference/nd56-forms.md``): the decision follows
Nghị định 30/2020 Mẫu 1.2 (authority, căn cứ, QUYẾT ĐỊNH:, Điều 1 …) with what the decree and the
law require — who is placed with whom, in which form, from when (Điều 1); the carer's duties, the
handover within 15 working days and the follow-ups (Điều 2); who carries it out (Điều 3). Every
text can be rewritten in the form; the fixed ones are kept for the next decision.
"""

from __future__ import annotations

from datetime import date

from commune_care.domain.care import CareForm, CarerKind, CarerRegistration
from commune_care.domain.dates import format_date
from commune_care.domain.document_templates import PLACEMENT
from commune_care.domain.document_texts import lines
from commune_care.domain.documents import DocumentType
from commune_care.domain.enums import Sex
from commune_care.domain.official_document import Block, OfficialDocument, Signer
from commune_care.domain.schemas.care import CarerOut, PlacementOut
from commune_care.domain.schemas.children import ChildOut
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.domain.schemas.document_forms import DocumentForm
from commune_care.domain.textfold import fold
from commune_care.exports.pdf.documents.case_plan import child_residence
from commune_care.exports.pdf.documents.common import (
    article,
    commune_parts,
    decision_opening,
    recipients,
)

__all__ = ["placement_article_1", "placement_basis", "placement_decision"]


def _title(sex: Sex) -> str:
    return {Sex.MALE: "ông", Sex.FEMALE: "bà"}.get(sex, "ông/bà")


def _child_title(sex: Sex) -> str:
    return {Sex.MALE: "nam", Sex.FEMALE: "nữ"}.get(sex, "")


def _carer_residence(carer: CarerOut, profile: CommuneProfileIn) -> str:
    commune = profile.commune_name[:1].lower() + profile.commune_name[1:]
    parts: list[str] = []
    for part in (carer.address, carer.village_name, commune):
        if part and fold(part) not in fold(", ".join(parts)):
            parts.append(part)
    return ", ".join(parts)


def _parents(child: ChildOut) -> str:
    names = [
        f"{title} {name}"
        for title, name in (("ông", child.father_name), ("bà", child.mother_name))
        if name
    ]
    return f", con của {' và '.join(names)}" if names else ""


def _carer(placement: PlacementOut, carer: CarerOut | None, profile: CommuneProfileIn) -> str:
    """'bà Lò Thị Mỷ, sinh năm 1975, số định danh cá nhân …, nơi cư trú: …, là bà ngoại của
    trẻ' — or 'gia đình ông …' (its representative) for a family."""
    if carer is None:
        return placement.carer_name
    who = f"{_title(carer.sex)} {carer.full_name}"
    if carer.kind is CarerKind.FAMILY:
        who = f"gia đình {who} (người đại diện)"
    parts = [who]
    if carer.birth is not None:
        parts.append(f"sinh năm {carer.birth.year}")
    if carer.id_number:
        parts.append(f"số định danh cá nhân {carer.id_number}")
    parts.append(f"nơi cư trú: {_carer_residence(carer, profile)}")
    text = ", ".join(parts)
    if placement.form is CareForm.RELATIVE and placement.relationship:
        text += f", là {placement.relationship.lower()} của trẻ"
    return text


def placement_article_1(
    placement: PlacementOut, child: ChildOut, carer: CarerOut | None, profile: CommuneProfileIn
) -> str:
    """Who is placed with whom, in which form, from when."""
    sex = _child_title(child.sex)
    birth = f"sinh ngày {child.birth.display()}" if child.birth else ""
    identity = ", ".join(
        p for p in (sex and f"giới tính {sex}", birth, child.ethnicity_name and
                    f"dân tộc {child.ethnicity_name}") if p
    )  # fmt: skip
    identity = f", {identity}" if identity else ""
    form = placement.form.label[:1].lower() + placement.form.label[1:]
    return (
        f"Giao trẻ em {child.full_name}{identity}, nơi cư trú: {child_residence(child, profile)}"
        f"{_parents(child)}, cho {_carer(placement, carer, profile)} nhận chăm sóc thay thế. "
        f"Hình thức: {form} ({placement.term.label.lower()}), kể từ ngày "
        f"{format_date(placement.start_date)}."
    )


def placement_basis(placement: PlacementOut, carer: CarerOut | None) -> str:
    """The grounds of this placement, one a line: the carer's application (Mẫu 08) or the
    relative's notice, the verification (Mẫu 11), the child's view (Điều 60.3)."""
    out: list[str] = []
    if carer is not None:
        if carer.registration is CarerRegistration.APPLICATION:
            out.append(
                f"Căn cứ Đơn đăng ký nhận chăm sóc thay thế của {_title(carer.sex)} "
                f"{carer.full_name} ngày {format_date(carer.registered_on)}"
            )
        else:
            out.append(
                f"Căn cứ thông báo nhận chăm sóc thay thế của người thân thích "
                f"{_title(carer.sex)} {carer.full_name} ngày {format_date(carer.registered_on)}"
            )
        if carer.verification is not None:
            out.append(
                "Căn cứ Báo cáo xác minh điều kiện của cá nhân, gia đình nhận chăm sóc thay thế "
                f"ngày {format_date(carer.verification.verified_on)}"
            )
    if placement.child_view_date is not None:
        out.append(f"Căn cứ ý kiến của trẻ em ngày {format_date(placement.child_view_date)}")
    return "\n".join(out)


def placement_decision(
    form: DocumentForm,
    profile: CommuneProfileIn,
    signer: Signer | None = None,
    on: date | None = None,
) -> OfficialDocument:
    """Mẫu 12 laid out from the texts of its form."""
    t = form.texts
    basis = "\n".join(part for part in (t.get("basis", ""), t.get("basis_case", "")) if part)
    blocks: list[Block] = decision_opening(t.get("authority", ""), basis, t.get("proposal", ""))
    for number, key in enumerate(("article_1", "article_2", "article_3"), start=1):
        blocks += article(number, t.get(key, ""))
    doc_type = DocumentType.QUYET_DINH
    commune = profile.commune_name[:1].lower() + profile.commune_name[1:]
    return OfficialDocument.model_validate(
        {
            **commune_parts(profile),
            "issuer": f"Chủ tịch Ủy ban nhân dân {commune}",
            "symbol": doc_type.symbol(),
            "year": form.year or (on or date.today()).year,
            "type_name": doc_type.type_name,
            "subject": " ".join(lines(t.get("subject", ""))),
            "blocks": tuple(blocks),
            "recipients": recipients(t.get("recipients", "")),
            "signers": (signer,) if signer is not None else (),
            "template": PLACEMENT,
            "texts": t,
        }
    )
