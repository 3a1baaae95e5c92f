"""Kế hoạch thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi năm
YYYY — laid out like the real plans of the seeds (000, 002): the opening, I. Mục đích, yêu cầu
(1. Mục đích, 2. Yêu cầu), II. Nội dung (the two targets of QĐ 1591 and the commune's figures),
III. Các nhiệm vụ và giải pháp của Chương trình, IV. Kinh phí thực hiện, V. Tổ chức thực hiện
(one numbered body each), the closing paragraph, Nơi nhận, the signer.

Built from the texts of the form (``DocumentForm``): every part is the officer's text."""

from __future__ import annotations

from commune_care.domain.document_templates import PLAN, PLAN_ORG_KEYS
from commune_care.domain.documents import DocumentType
from commune_care.domain.official_document import Block, Heading, OfficialDocument, Signer
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.domain.schemas.document_forms import DocumentForm
from commune_care.exports.pdf.documents.common import (
    commune_parts,
    paragraphs,
    recipients,
    titled,
)

__all__ = ["year_plan"]


def year_plan(
    form: DocumentForm, profile: CommuneProfileIn, signer: Signer | None = None
) -> OfficialDocument:
    t = form.texts
    blocks: list[Block] = [
        *paragraphs(t.get("intro", "")),
        Heading(level=1, text="Mục đích, yêu cầu"),
        Heading(level=2, text="Mục đích"),
        *paragraphs(t.get("purpose", "")),
        Heading(level=2, text="Yêu cầu"),
        *paragraphs(t.get("requirements", "")),
        Heading(level=1, text="Nội dung"),
        *paragraphs(t.get("targets", "")),
        *paragraphs(t.get("figures", "")),
        Heading(level=1, text="Các nhiệm vụ và giải pháp của Chương trình"),
        *paragraphs(t.get("tasks", "")),
        Heading(level=1, text="Kinh phí thực hiện"),
        *paragraphs(t.get("budget", "")),
        Heading(level=1, text="Tổ chức thực hiện"),
    ]
    for key in PLAN_ORG_KEYS:
        blocks += titled(t.get(key, ""))
    blocks += paragraphs(t.get("closing", ""))
    doc_type = DocumentType.KE_HOACH
    return OfficialDocument.model_validate(
        {
            **commune_parts(profile),
            "symbol": doc_type.symbol(),
            "year": form.year,
            "type_name": doc_type.type_name,
            "subject": t.get("subject", ""),
            "blocks": tuple(blocks),
            "recipients": recipients(t.get("recipients", "")),
            "signers": (signer,) if signer is not None else (),
            "template": PLAN,
            "texts": t,
        }
    )
