"""Danh sách trẻ em: the children of a group or a village as a landscape table that runs over
as many pages as it needs, its header row on each; the total by sex; signed by the officer who
made it and by the commune's leader."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from commune_care.domain.enums import Sex
from commune_care.domain.groups import GROUP_BY_CODE, group_label
from commune_care.domain.official_document import (
    Align,
    Column,
    OfficialDocument,
    Paragraph,
    Signer,
    Table,
)
from commune_care.domain.schemas.children import ChildSummary
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.exports.pdf.documents.common import commune_parts, dmy

TITLE = "DANH SÁCH"
MAKER = "NGƯỜI LẬP DANH SÁCH"
# Widths in mm of the 252 mm of a landscape page: a code and a date fit on one line at 12 pt.
COLUMNS = (
    Column(title="STT", width=11, align=Align.CENTER),
    Column(title="Mã", width=21, align=Align.CENTER),
    Column(title="Họ và tên", width=40),
    Column(title="Ngày sinh", width=23, align=Align.CENTER),
    Column(title="Giới tính", width=13, align=Align.CENTER),
    Column(title="Thôn/bản", width=25),
    Column(title="Họ tên cha", width=34),
    Column(title="Họ tên mẹ", width=34),
    Column(title="Nhóm đối tượng", width=35),
    Column(title="Ghi chú", width=16),
)
# Short names of the groups for a list's column; the law's words are on the record sheet.
SHORT_GROUP_NAMES = {
    "hcdb_a": "Mồ côi cả cha và mẹ",
    "hcdb_b": "Bị bỏ rơi",
    "hcdb_c": "Không nơi nương tựa",
    "hcdb_d": "Khuyết tật",
    "hcdb_dd": "Nhiễm HIV/AIDS",
    "hcdb_e": "Vi phạm pháp luật",
    "hcdb_g": "Nghiện ma túy",
    "hcdb_h": "Bỏ học kiếm sống",
    "hcdb_i": "Bị tổn hại do bạo lực",
    "hcdb_k": "Bị bóc lột",
    "hcdb_l": "Bị xâm hại tình dục",
    "hcdb_m": "Bị mua bán",
    "hcdb_n": "Bệnh hiểm nghèo, hộ nghèo/cận nghèo",
    "hcdb_o": "Di cư, lánh nạn, tị nạn",
    "nguy_co": "Nguy cơ bị bạo lực, bóc lột, bỏ rơi",
    "bi_xam_hai": "Bị xâm hại",
    "sktt_van_de": "Có vấn đề sức khỏe tâm thần",
    "sktt_nguy_co_cao": "Nguy cơ cao rối loạn sức khỏe tâm thần",
    "mo_coi_cha_hoac_me": "Mồ côi cha hoặc mẹ",
}


def short_group(code: str) -> str:
    group = GROUP_BY_CODE.get(code)
    name = SHORT_GROUP_NAMES.get(code) or group_label(code)
    return f"{group.letter}) {name}" if group is not None and group.letter else name


def _row(n: int, child: ChildSummary) -> tuple[str, ...]:
    note = "Đã lưu trữ" if child.archived else ""
    return (
        str(n),
        child.code,
        child.full_name,
        child.birth.display() if child.birth else "",
        child.sex.label,
        child.village_name,
        child.father_name,
        child.mother_name,
        "; ".join(short_group(code) for code in child.group_codes),
        note,
    )


def children_list(
    children: Sequence[ChildSummary],
    profile: CommuneProfileIn,
    subject: str,
    signer: Signer | None = None,
    on: date | None = None,
) -> OfficialDocument:
    """``subject``: what the list is, e.g. 'Trẻ em mồ côi cả cha và mẹ trên địa bàn xã Hòa Cư'."""
    on = on or date.today()
    girls = sum(1 for c in children if c.sex is Sex.FEMALE)
    boys = sum(1 for c in children if c.sex is Sex.MALE)
    total = f"Tổng số: {len(children)} trẻ em (nam: {boys}; nữ: {girls}"
    others = len(children) - boys - girls
    total += f"; không rõ: {others})." if others else ")."
    blocks = (
        Paragraph(text=f"(Tính đến ngày {dmy(on)})", align=Align.CENTER, indent=False,
                  italic=True),
        Table(columns=COLUMNS, rows=tuple(_row(n, c) for n, c in enumerate(children, 1))),
        Paragraph(text=total),
    )  # fmt: skip
    maker = Signer(authority=(MAKER,), name=profile.officer_name)
    signers = (signer, maker) if signer is not None else (maker,)
    return OfficialDocument.model_validate(
        {
            **commune_parts(profile),
            "issued_on": on,
            "type_name": TITLE,
            "subject": subject,
            "blocks": blocks,
            "signers": signers,
            "landscape": True,
        }
    )


__all__ = ["children_list"]
