"""Documents the layout tests render: a plan like the seeds, and helpers to make it longer."""

from __future__ import annotations

from datetime import date
from typing import Any

from commune_care.domain.documents import SignerRole
from commune_care.domain.official_document import (
    Align,
    Appendix,
    Column,
    Heading,
    OfficialDocument,
    Paragraph,
    Signer,
    Table,
)

AGENCY = ("ỦY BAN NHÂN DÂN", "XÃ HÒA CƯ")
ISSUER = "Ủy ban nhân dân xã Hòa Cư"
SUBJECT = (
    "Thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi năm 2024 "
    "trên địa bàn xã Hòa Cư"
)
INTRO = (
    "Thực hiện Kế hoạch số 116/KH-UBND, ngày 15/3/2024 của UBND huyện Cao Lộc về việc thực hiện "
    "chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi năm 2024 trên địa "
    "bàn huyện Cao Lộc. UBND xã xây dựng Kế hoạch thực hiện Chương trình năm 2024 trên địa bàn "
    "xã Hòa Cư, cụ thể như sau:"
)
PURPOSE = (
    "Trẻ em có vấn đề về sức khỏe tâm thần, trẻ em mồ côi đều được chăm sóc sức khỏe tâm thần, "
    "được tiếp cận các dịch vụ hỗ trợ phù hợp nhằm thực hiện các quyền của trẻ em, chăm sóc phát "
    "triển toàn diện trẻ em."
)
DUTY = (
    "- Cân đối ngân sách và tham mưu cho UBND xã bố trí kinh phí đảm bảo thực hiện các nhiệm vụ "
    "theo kế hoạch."
)
ENDING = (
    "Trên đây là Kế hoạch thực hiện Chương trình chăm sóc sức khoẻ tâm thần trẻ em, chăm sóc trẻ "
    "em mồ côi năm 2024 trên địa bàn xã Hòa Cư./."
)
RECIPIENTS = (
    "UBND huyện",
    "TT Đảng uỷ, TT HĐND xã",
    "CT, PCT UBND xã",
    "UBMTTQVN và các đoàn thể xã",
    "Các đơn vị trường học trên địa bàn xã",
    "Trạm y tế xã",
    "Lưu: VT, VHXH",
)
SIGNER_NAME = "Tô Văn Mít"


def section(n: int = 1) -> list[Any]:
    """One section of a plan: I. …, 1. …, paragraphs, a) …, a duty."""
    return [
        Heading(level=1, text=f"Mục đích, yêu cầu {n}"),
        Heading(level=2, text="Mục đích"),
        Paragraph(text=PURPOSE),
        Paragraph(text=PURPOSE),
        Heading(level=3, text="Phấn đấu 80% trẻ em có vấn đề sức khỏe tâm thần được hỗ trợ."),
        Paragraph(text=DUTY),
        Heading(level=2, text="Yêu cầu"),
        Paragraph(text=PURPOSE),
    ]


def activities(rows: int) -> Table:
    return Table(
        columns=(
            Column(title="STT", width=0.6, align=Align.CENTER),
            Column(title="Nội dung hoạt động", width=4),
            Column(title="Số lượt", width=1, align=Align.RIGHT),
        ),
        rows=tuple((str(i), f"Truyền thông về chăm sóc trẻ em tại thôn {i}", str(i * 3))
                   for i in range(1, rows + 1)),
    )  # fmt: skip


def plan(blocks: list[Any] | None = None, **changes: Any) -> OfficialDocument:
    values: dict[str, Any] = {
        "agency": AGENCY,
        "issuer": ISSUER,
        "symbol": "KH-UBND",
        "number": 5,
        "place": "Hòa Cư",
        "issued_on": date(2024, 3, 5),
        "type_name": "KẾ HOẠCH",
        "subject": SUBJECT,
        "blocks": tuple(
            blocks
            if blocks is not None
            else [Paragraph(text=INTRO), *section(1), *section(2), Paragraph(text=ENDING)]
        ),
        "recipients": RECIPIENTS,
        "signers": (Signer.commune(SignerRole.VICE_CHAIRMAN, SIGNER_NAME),),
    }
    values.update(changes)
    return OfficialDocument.model_validate(values)


def long_plan(sections: int) -> OfficialDocument:
    blocks: list[Any] = [Paragraph(text=INTRO)]
    for n in range(1, sections + 1):
        blocks += section(n)
        if n % 4 == 0:
            blocks.append(activities(12))
    blocks.append(Paragraph(text=ENDING))
    appendix = Appendix(number="I", title="Các hoạt động trong năm", blocks=(activities(60),))
    return plan(blocks, appendices=(appendix,))
