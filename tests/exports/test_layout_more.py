"""What the engine gained for the plan, the report and the decisions: 'Kính gửi' (ô 9a), a
document issued with a decision (Mẫu 1.3), a reference under a subject, a heading that keeps
with a table without dragging it to the next page."""

from __future__ import annotations

from typing import Any

from commune_care.domain.official_document import (
    Align,
    Appendix,
    Column,
    Heading,
    Paragraph,
    Table,
)
from commune_care.exports.pdf import render_pdf
from tests.exports.pdf_reading import A4_W, LEFT, RIGHT, Pdf
from tests.exports.samples import PURPOSE, plan

FRAME_CENTRE = LEFT + (A4_W - LEFT - RIGHT) / 2


def pdf(**changes: Any) -> Pdf:
    return Pdf(render_pdf(plan(**changes)).data)


def test_one_addressee_on_one_centred_line_under_the_subject() -> None:
    doc = pdf(type_name="BÁO CÁO", addressees=("Sở Y tế tỉnh Quảng Ngãi",))
    page = doc.pages[0]
    line = page.find("Kính gửi: Sở Y tế tỉnh Quảng Ngãi")
    assert line.size == 14 and line.regular
    assert abs(line.centre - FRAME_CENTRE) < 1
    subject_rule = page.rule_under(page.find("trên địa bàn xã Hòa Cư"))
    assert line.top > subject_rule["top"]
    assert line.bottom < page.find("Thực hiện Kế hoạch số 116").top
    doc.close()


def test_several_addressees_each_on_its_line_the_dashes_under_the_colon() -> None:
    doc = pdf(addressees=("Sở Y tế tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi"))
    page = doc.pages[0]
    label = page.find("Kính gửi:")
    first = page.find("- Sở Y tế tỉnh Quảng Ngãi;")
    second = page.find("- Ủy ban nhân dân tỉnh Quảng Ngãi.")
    assert abs(first.x0 - second.x0) < 0.5 and first.x0 >= label.x1 - 0.5
    assert first.top > label.top and second.top > first.top
    doc.close()


def test_a_document_issued_with_a_decision_has_the_header_without_a_number() -> None:
    attached = Appendix(title="Hỗ trợ, can thiệp đối với trẻ em Đinh Thị Ánh", type_name="Kế hoạch",
                        blocks=(Paragraph(text=PURPOSE),))  # fmt: skip
    doc = pdf(type_name="QUYẾT ĐỊNH", symbol="QĐ-UBND", marking="MẬT",
              issuer="Chủ tịch Ủy ban nhân dân xã Hòa Cư", appendices=(attached,))  # fmt: skip
    page = doc.pages[-1]
    assert page.has("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and page.has("XÃ HÒA CƯ")
    assert not page.has("Số:") and not page.has("Hòa Cư, ngày")
    kind = page.find("KẾ HOẠCH")
    assert kind.bold and kind.size == 14 and abs(kind.centre - FRAME_CENTRE) < 1
    reference = page.find("(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2024")
    assert reference.italic and reference.top > kind.bottom
    assert page.has("Ủy ban nhân dân xã Hòa Cư)")
    assert page.find("MẬT").bold  # the marking on the attached document too
    numbers = [c for c in page.chars() if c["bottom"] <= 20 * 72 / 25.4]
    assert not numbers  # its first page carries no number
    doc.close()


def test_a_reference_under_the_subject_above_its_rule() -> None:
    doc = pdf(reference="(Kèm theo Quyết định số 09/QĐ-UBND ngày 12 tháng 7 năm 2026)")
    page = doc.pages[0]
    reference = page.find("(Kèm theo Quyết định số 09/QĐ-UBND")
    assert reference.italic and reference.top > page.find("trên địa bàn xã Hòa Cư").bottom
    assert page.rule_under(reference)
    doc.close()


def test_a_heading_before_a_short_table_stays_with_its_first_rows() -> None:
    rows = tuple((str(i), f"Hoạt động {i}", str(i)) for i in range(1, 20))
    table = Table(columns=(Column(title="STT", width=1, align=Align.CENTER),
                           Column(title="Nội dung", width=5), Column(title="Số", width=1)),
                  rows=rows)  # fmt: skip
    filler = [Paragraph(text=PURPOSE) for _ in range(6)]
    doc = pdf(blocks=[*filler, Heading(level=1, text="Các hoạt động"), table])
    first = doc.pages[0]
    heading = first.find("I. CÁC HOẠT ĐỘNG")
    assert first.has("Hoạt động 1")  # the table starts under its heading, on the same page
    assert first.find("Hoạt động 1").top > heading.bottom
    doc.close()
