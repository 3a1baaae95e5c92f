"""Phiếu thông tin trẻ em: one child's record sheet — identity, family and carer, the groups the
child is (and was) classified in, notes. Confidential notes only when asked; the sheet is then
marked "MẬT". Not a numbered document (no "Số:"): a record of the register, signed by the officer
who made it."""

from __future__ import annotations

from datetime import date

from commune_care.domain.official_document import (
    Align,
    Column,
    FieldItem,
    Fields,
    Heading,
    OfficialDocument,
    Paragraph,
    Signer,
    Table,
)
from commune_care.domain.schemas.children import ChildOut
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.exports.pdf.documents.common import commune_parts, dmy

TITLE = "PHIẾU THÔNG TIN TRẺ EM"
MAKER = "NGƯỜI LẬP PHIẾU"
SIGN_NOTE = "(Ký, ghi rõ họ tên)"
CONFIDENTIAL_MARKING = "MẬT"


def _birth(child: ChildOut) -> str:
    if child.birth is None:
        return ""
    return f"{child.birth.display()} ({child.age} tuổi)"


def _bhyt(child: ChildOut) -> str:
    if not child.bhyt_number:
        return ""
    until = f", hạn đến {dmy(child.bhyt_expiry)}" if child.bhyt_expiry else ""
    return f"{child.bhyt_number}{until}"


def _school(child: ChildOut) -> str:
    return ", lớp ".join(part for part in (child.school, child.school_class) if part)


def _person(name: str, detail: str) -> str:
    """'Bùi Văn Hòa (còn sống)'; the detail alone when no name is known."""
    detail = detail[:1].lower() + detail[1:] if name else detail
    if name and detail:
        return f"{name} ({detail})"
    return name or detail


def _status(child: ChildOut) -> str:
    if child.archived:
        return f"Đã lưu trữ ({child.archive_reason})" if child.archive_reason else "Đã lưu trữ"
    status = child.effective_status.label
    return f"{status} ({child.status_note})" if child.status_note else status


def child_sheet(
    child: ChildOut,
    profile: CommuneProfileIn,
    on: date | None = None,
    include_confidential: bool = False,
    marking: str = CONFIDENTIAL_MARKING,
) -> OfficialDocument:
    """The sheet of ``child`` as of ``on`` (today by default); with the confidential notes it
    carries ``marking`` ('MẬT' unless another is chosen)."""
    on = on or date.today()
    identity = (
        ("Mã trẻ em", child.code),
        ("Họ và tên", child.full_name),
        ("Giới tính", child.sex.label),
        ("Ngày sinh", _birth(child)),
        ("Số định danh cá nhân", child.id_number),
        ("Dân tộc", child.ethnicity_name),
        ("Thôn/bản, tổ dân phố", child.village_name),
        ("Địa chỉ", child.address),
        ("Trường, lớp", _school(child)),
        ("Hộ nghèo, cận nghèo", child.household.label or "Không"),
        ("Thẻ bảo hiểm y tế", _bhyt(child)),
        ("Ngày đăng ký", dmy(child.registered_on)),
        ("Trạng thái", _status(child)),
    )
    family = (
        ("Cha", _person(child.father_name, child.father_status.label)),
        ("Mẹ", _person(child.mother_name, child.mother_status.label)),
        ("Người chăm sóc", _person(child.caregiver_name, child.caregiver_relationship)),
        ("Điện thoại liên hệ", child.caregiver_phone),
    )
    blocks: list[object] = [
        Heading(level=1, text="Thông tin chung"),
        Fields(items=tuple(FieldItem(label=k, value=v) for k, v in identity)),
        Heading(level=1, text="Gia đình và người chăm sóc"),
        Fields(items=tuple(FieldItem(label=k, value=v) for k, v in family)),
        Heading(level=1, text="Nhóm đối tượng"),
    ]
    if child.classifications:
        rows = tuple(
            (
                str(n),
                c.group_label + (f"\n{c.subgroup_label}" if c.subgroup_label else ""),
                dmy(c.start_date),
                dmy(c.end_date) if c.end_date else "nay",
                c.basis,
            )
            for n, c in enumerate(child.classifications, start=1)
        )
        blocks.append(
            Table(
                columns=(
                    Column(title="STT", width=0.65, align=Align.CENTER),
                    Column(title="Nhóm", width=3.2),
                    Column(title="Từ ngày", width=1.05, align=Align.CENTER),
                    Column(title="Đến ngày", width=1.05, align=Align.CENTER),
                    Column(title="Căn cứ xác định", width=2.0),
                ),
                rows=rows,
            )
        )
    else:
        blocks.append(Paragraph(text="Chưa được xác định thuộc nhóm đối tượng nào."))
    notes = child.notes
    secret = child.confidential_notes if include_confidential else ""
    if notes or secret:
        blocks.append(Heading(level=1, text="Ghi chú"))
        if notes:
            blocks += [Paragraph(text=line) for line in notes.splitlines() if line.strip()]
        if secret:
            blocks.append(Paragraph(text="Ghi chú mật:", bold=True, keep_with_next=True))
            blocks += [Paragraph(text=line) for line in secret.splitlines() if line.strip()]
    return OfficialDocument.model_validate(
        {
            **commune_parts(profile),
            "issued_on": on,
            "type_name": TITLE,
            "blocks": tuple(blocks),
            "signers": (Signer(authority=(MAKER,), note=SIGN_NOTE, name=profile.officer_name),),
            "marking": (marking or CONFIDENTIAL_MARKING) if secret else "",
        }
    )


__all__ = ["child_sheet"]
