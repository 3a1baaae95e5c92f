"""Phiếu thông tin trẻ em and Danh sách trẻ em from a real database, read back from the PDF:
the child's data with its diacritics, confidential notes only when asked, the list on landscape
pages with its header row on each, many sheets in one PDF each numbered on its own."""

from __future__ import annotations

from datetime import date

import pytest

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.documents import SignerRole
from commune_care.domain.enums import ParentStatus, Sex
from commune_care.domain.errors import InvalidInput
from commune_care.domain.schemas.children import ChildFilter, ClassificationIn
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.documents import DocumentsService, SignerChoice
from tests.exports.pdf_reading import A4_H, A4_W, TOP, Pdf

ON = date(2025, 6, 2)
SECRET = "Trẻ kể bị người lớn trong nhà đánh nhiều lần"


@pytest.fixture
def documents(db: Database) -> DocumentsService:
    return DocumentsService(db, user="test")


def village(commune: CommuneService, name: str) -> int:
    return next(v.id for v in commune.villages() if v.name == name)


def add_child(children: ChildrenService, name: str, **extra: object) -> int:
    values = {"full_name": name, "birth": PartialDate(2014, 5, 2), "sex": Sex.FEMALE} | extra
    return children.create(children.validate(values), allow_duplicate=True).id


def test_record_sheet_has_the_child_and_leaves_confidential_notes_out(
    children: ChildrenService, commune: CommuneService, documents: DocumentsService
) -> None:
    child_id = add_child(
        children,
        "Nguyễn Thị Ánh Tuyết",
        village_id=village(commune, "Thôn Đông"),
        father_name="Nguyễn Văn Đạt",
        father_status=ParentStatus.DEAD,
        mother_name="Lò Thị Mỷ",
        mother_status=ParentStatus.LIVING,
        caregiver_name="Lò Văn Hùng",
        caregiver_relationship="Ông ngoại",
        school="Trường Tiểu học Hòa Cư",
        school_class="5A",
        ethnicity_code="03",
        notes="Gia đình khó khăn, đã được hỗ trợ học bổng năm 2024.",
        confidential_notes=SECRET,
    )
    children.classify(
        child_id,
        ClassificationIn(group_code="mo_coi_cha_hoac_me", start_date=date(2023, 4, 1),
                         basis="Giấy chứng tử của cha"),
    )  # fmt: skip
    sheet = Pdf(documents.render_document(documents.child_sheet(child_id, on=ON)).data)
    text = sheet.text()
    for expected in (
        "PHIẾU THÔNG TIN TRẺ EM",
        "Nguyễn Thị Ánh Tuyết",
        "02/05/2014 (11 tuổi)",
        "Thôn Đông",
        "Nguyễn Văn Đạt (đã mất)",
        "Lò Thị Mỷ (còn sống)",
        "Lò Văn Hùng (ông ngoại)",
        "Trường Tiểu học Hòa Cư, lớp 5A",
        "Trẻ em mồ côi cha hoặc mẹ",
        "01/04/2023",
        "Giấy chứng tử của cha",
        "Gia đình khó khăn",
        "Hòa Cư, ngày 02 tháng 6 năm 2025",
        "NGƯỜI LẬP PHIẾU",
        "Trần Thị Hạnh",  # the officer of the commune profile
        "XÃ HÒA CƯ",
    ):
        assert expected in text, (expected, text)
    assert SECRET not in text and "MẬT" not in text and "Ghi chú mật" not in text
    assert not [c for page in sheet.pages for c in page.outside_margins()]
    assert "Số:" not in text  # a record, not a numbered document
    sheet.close()

    secret = Pdf(
        documents.render_document(
            documents.child_sheet(child_id, include_confidential=True, on=ON)
        ).data
    )
    page = secret.pages[0]
    assert SECRET in secret.text()
    mark = page.find("MẬT")
    assert mark.bold and mark.top < page.find("PHIẾU THÔNG TIN TRẺ EM").top
    secret.close()


def test_many_sheets_in_one_pdf_each_numbered_on_its_own(
    children: ChildrenService, documents: DocumentsService
) -> None:
    ids = [add_child(children, f"Trần Văn Bình {n}", notes="Ghi chú. " * 120) for n in (1, 2)]
    result = documents.child_sheets_pdf(ids, on=ON)
    pdf = Pdf(result.data)
    assert result.pages == len(pdf.pages) == 4  # long notes: two pages each
    numbers = ["".join(c["text"] for c in p.chars() if c["bottom"] <= TOP) for p in pdf.pages]
    assert numbers == ["", "2", "", "2"]
    assert [p.has("PHIẾU THÔNG TIN TRẺ EM") for p in pdf.pages] == [True, False, True, False]
    pdf.close()
    with pytest.raises(InvalidInput):
        documents.child_sheets_pdf([])


def test_list_of_a_group_on_landscape_pages_with_its_header_on_each(
    children: ChildrenService, commune: CommuneService, documents: DocumentsService
) -> None:
    for n in range(45):
        child_id = add_child(
            children, f"Phạm Thị Ngọc Ánh {n:02d}", sex=Sex.MALE if n % 3 else Sex.FEMALE,
            village_id=village(commune, "Bản Nà Hừ"), mother_name="Hà Thị Lệ",
        )  # fmt: skip
        children.classify(
            child_id, ClassificationIn(group_code="hcdb_d", start_date=date(2024, 1, 2))
        )
    add_child(children, "Không Thuộc Nhóm")
    doc = documents.children_list(
        ChildFilter(group_code="hcdb_d"), signer=SignerChoice(role=SignerRole.CHAIRMAN), on=ON
    )
    assert doc.subject == "Trẻ em khuyết tật trên địa bàn xã Hòa Cư"
    pdf = Pdf(documents.render_document(doc).data)
    assert len(pdf.pages) >= 2
    text = pdf.text()
    assert "Không Thuộc Nhóm" not in text
    assert text.count("Phạm Thị Ngọc Ánh") == 45
    assert "Tổng số: 45 trẻ em (nam: 30; nữ: 15)." in text
    assert "d) Khuyết tật" in text and "Bản Nà Hừ" in text
    for page in pdf.pages:
        assert (round(page.width), round(page.height)) == (round(A4_H), round(A4_W))
        assert page.find("Họ và tên").bold  # the header row, on every page
        assert not page.outside_margins()
    last = pdf.pages[-1]
    for words in ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Bình", "NGƯỜI LẬP DANH SÁCH"):
        assert last.has(words), words
    # the two names stand on one line
    assert abs(last.find("Nguyễn Văn Bình").baseline - last.find("Trần Thị Hạnh").baseline) < 0.5
    pdf.close()

    by_village = documents.children_list(ChildFilter(village_id=village(commune, "Bản Nà Hừ")))
    assert by_village.subject == "Trẻ em bản Nà Hừ, xã Hòa Cư"
