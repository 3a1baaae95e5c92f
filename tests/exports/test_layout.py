"""The layout engine, read back from the PDF as a reader would (pdfplumber; pdftotext once):
each element of Nghị định 30/2020 Phụ lục I (DOMAIN.md §6) with its size, weight, slant and
place; the margins; page numbers; the closing block kept together; tables over pages."""

from __future__ import annotations

import itertools
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date

import pytest

from commune_care.domain.documents import (
    SignerRole,
    appendix_reference,
    authority_lines,
    date_words,
    number_symbol,
    place_and_date,
    point_letter,
    roman,
)
from commune_care.domain.official_document import (
    Appendix,
    Heading,
    OfficialDocument,
    Paragraph,
    Run,
    Signer,
    Table,
)
from commune_care.exports.pdf import render_pdf
from commune_care.exports.pdf.closing import recipient_lines
from tests.exports.pdf_reading import A4_H, A4_W, BOTTOM, LEFT, MM, RIGHT, TOL, TOP, Page, Pdf
from tests.exports.samples import (
    DUTY,
    ENDING,
    INTRO,
    PURPOSE,
    SIGNER_NAME,
    activities,
    long_plan,
    plan,
)

FRAME_CENTRE = LEFT + (A4_W - LEFT - RIGHT) / 2
INDENT = 1.27 * 10 * MM  # 1.27 cm


@pytest.fixture(scope="module")
def pdf() -> Iterator[Pdf]:
    """The sample plan with an appendix and a confidentiality marking."""
    appendix = Appendix(number="I", title="Danh sách hoạt động", blocks=(activities(5),))
    result = Pdf(render_pdf(plan(appendices=(appendix,), marking="Mật")).data)
    yield result
    result.close()


@pytest.fixture(scope="module")
def first(pdf: Pdf) -> Page:
    return pdf.pages[0]


# --- the words of the decree ------------------------------------------------------------------


def test_dates_numbers_and_signers_are_written_as_the_decree_says() -> None:
    assert date_words(date(2024, 3, 5)) == "ngày 05 tháng 3 năm 2024"
    assert date_words(date(2024, 1, 15)) == "ngày 15 tháng 01 năm 2024"
    assert date_words(date(2024, 2, 9)) == "ngày 09 tháng 02 năm 2024"
    assert date_words(date(2024, 12, 31)) == "ngày 31 tháng 12 năm 2024"
    assert place_and_date("Hòa Cư", date(2024, 3, 5)) == "Hòa Cư, ngày 05 tháng 3 năm 2024"
    blank = date_words(None, 2025)
    assert blank.startswith("ngày\u00a0") and blank.endswith("năm 2025")
    assert number_symbol(5, "KH-UBND") == "05/KH-UBND"
    assert number_symbol(123, "QĐ-UBND") == "123/QĐ-UBND"
    assert [roman(n) for n in (1, 4, 9, 14)] == ["I", "IV", "IX", "XIV"]
    assert "".join(point_letter(n) for n in range(1, 8)) == "abcdđeg"  # no f; đ after d
    assert authority_lines(SignerRole.CHAIRMAN, on_behalf=True) == (
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    )
    assert authority_lines(SignerRole.VICE_CHAIRMAN, on_behalf=True) == (
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    )
    assert authority_lines(SignerRole.VICE_CHAIRMAN, on_behalf=False) == (
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    )
    assert recipient_lines(["UBND huyện;", "- Lưu: VT, VHXH."]) == [
        "- UBND huyện;",
        "- Lưu: VT, VHXH.",
    ]
    assert appendix_reference(
        "KẾ HOẠCH", 5, "KH-UBND", date(2024, 3, 5), "Ủy ban nhân dân xã Hòa Cư"
    ) == (
        "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 3 năm 2024 của Ủy ban nhân dân xã Hòa Cư)"
    )


# --- text and fonts ---------------------------------------------------------------------------


def test_text_comes_back_with_its_diacritics(pdf: Pdf) -> None:
    text = pdf.text()
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN",
        "XÃ HÒA CƯ",
        "Số: 05/KH-UBND",
        "Hòa Cư, ngày 05 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "I. MỤC ĐÍCH, YÊU CẦU 1",
        "1. Mục đích",
        "a) Phấn đấu 80% trẻ em có vấn đề sức khỏe tâm thần được hỗ trợ.",
        "II. MỤC ĐÍCH, YÊU CẦU 2",
        "Nơi nhận:",
        "- UBND huyện;",
        "- Lưu: VT, VHXH.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        SIGNER_NAME,
        "MẬT",
        "Phụ lục I",
        "DANH SÁCH HOẠT ĐỘNG",
    ):
        assert expected in text, expected
    assert unicodedata.is_normalized("NFC", text)
    # poppler reads the same words (what pdftotext, search and copy-paste give a user).
    poppler = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf.data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "Hòa Cư, ngày 05 tháng 3 năm 2024" in poppler
    assert "Tô Văn Mít" in poppler and "Độc lập - Tự do - Hạnh phúc" in poppler


def test_fonts_are_the_bundled_family_all_embedded(pdf: Pdf) -> None:
    fonts = pdf.fonts()
    assert fonts and all(fonts.values()), fonts
    faces = {name.split("+")[-1] for name in fonts}
    assert faces == {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }


# --- the header -------------------------------------------------------------------------------


def test_quoc_hieu_and_tieu_ngu_top_right_with_a_rule_as_long_as_the_tieu_ngu(first: Page) -> None:
    qh = first.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    tn = first.find("Độc lập - Tự do - Hạnh phúc")
    assert 12 <= qh.size <= 13 and qh.bold and qh.upright
    assert 13 <= tn.size <= 14 and tn.bold and tn.upright
    assert abs(qh.top - TOP) < 4  # at the very top of the page
    assert qh.x0 > A4_W / 2 - 40 and qh.x1 <= A4_W - RIGHT + TOL  # on the right
    assert abs(tn.centre - qh.centre) < 1  # centred under the Quốc hiệu
    assert 0 < tn.top - qh.bottom < 4  # single spacing
    rule = first.rule_under(tn)
    assert abs(rule["x0"] - tn.x0) < 1 and abs(rule["x1"] - tn.x1) < 1
    assert rule["linewidth"] > 0


def test_agency_top_left_bold_with_a_short_rule_and_the_number_under_it(first: Page) -> None:
    qh = first.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    top_line = first.find("ỦY BAN NHÂN DÂN")
    name = first.find("XÃ HÒA CƯ")
    for line in (top_line, name):
        assert 12 <= line.size <= 13 and line.bold and line.upright
        assert line.x0 >= LEFT - TOL and line.x1 < qh.x0  # left of the Quốc hiệu
    assert abs(top_line.baseline - qh.baseline) < 0.5  # the first lines are level
    assert abs(top_line.centre - name.centre) < 1
    rule = first.rule_under(name)
    ratio = (rule["x1"] - rule["x0"]) / max(top_line.width, name.width)
    assert 1 / 3 <= ratio <= 1 / 2, ratio
    assert abs((rule["x0"] + rule["x1"]) / 2 - name.centre) < 1  # centred under the name
    number = first.find("Số: 05/KH-UBND")
    assert number.size == 13 and number.regular
    assert abs(number.centre - name.centre) < 1 and number.top > rule["top"]


def test_place_and_date_italic_level_with_the_number(first: Page) -> None:
    number = first.find("Số: 05/KH-UBND")
    day = first.find("Hòa Cư, ngày 05 tháng 3 năm 2024")
    qh = first.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert 13 <= day.size <= 14 and day.italic and not any("Bold" in f for f in day.fonts)
    assert abs(day.baseline - number.baseline) < 0.5
    assert abs(day.centre - qh.centre) < 1


def test_marking_framed_under_the_number(first: Page) -> None:
    number = first.find("Số: 05/KH-UBND")
    mark = first.find("MẬT")
    assert mark.bold and 13 <= mark.size <= 14 and mark.top > number.bottom
    assert abs(mark.centre - number.centre) < 1
    frames = [
        r for r in first.page.rects
        if r["x0"] < mark.x0 and r["x1"] > mark.x1 and r["top"] < mark.top
        and r["bottom"] > mark.bottom
    ]  # fmt: skip
    assert frames


def test_type_and_subject_bold_centred_with_a_short_rule(first: Page) -> None:
    kind = first.find("KẾ HOẠCH")
    assert 13 <= kind.size <= 14 and kind.bold and kind.upright
    assert abs(kind.centre - FRAME_CENTRE) < 1
    number = first.find("Số: 05/KH-UBND")
    assert kind.top > number.bottom
    head = first.find("Thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em")
    tail = first.find("trên địa bàn xã Hòa Cư")  # the subject wraps: its last line
    for piece in (head, tail):
        assert 13 <= piece.size <= 14 and piece.bold
    assert head.top > kind.bottom
    lines = [ln for ln in first.page.extract_text_lines() if kind.bottom < ln["top"] < tail.bottom]
    widest = max(ln["x1"] - ln["x0"] for ln in lines)
    for ln in lines:
        assert abs((ln["x0"] + ln["x1"]) / 2 - FRAME_CENTRE) < 1.5
    rule = first.rule_under(tail)
    assert 1 / 3 <= (rule["x1"] - rule["x0"]) / widest <= 1 / 2
    assert abs((rule["x0"] + rule["x1"]) / 2 - FRAME_CENTRE) < 1


# --- the body ---------------------------------------------------------------------------------


def test_body_justified_indented_and_spaced(first: Page) -> None:
    lines = [
        ln for ln in first.page.extract_text_lines(return_chars=True)
        if ln["chars"][0]["size"] >= 13 and not any("Bold" in c["fontname"] for c in ln["chars"])
    ]  # fmt: skip
    start = next(i for i, ln in enumerate(lines) if ln["text"].startswith("Thực hiện Kế hoạch"))
    paragraph = lines[start : start + 4]  # INTRO takes four lines at 14 pt
    assert all(ln["chars"][0]["size"] == 14 for ln in paragraph)
    assert abs(paragraph[0]["x0"] - (LEFT + INDENT)) < TOL  # first line indented 1.27 cm
    for ln in paragraph[1:]:
        assert abs(ln["x0"] - LEFT) < TOL  # the others at the margin
    for ln in paragraph[:-1]:
        assert abs(ln["x1"] - (A4_W - RIGHT)) < 1.0  # justified: every full line to the margin
    steps = [b["top"] - a["top"] for a, b in itertools.pairwise(paragraph)]
    size = 14
    assert all(1.15 * size - 0.2 <= step <= 1.5 * 1.15 * size for step in steps)  # single–1.5
    purpose = [ln for ln in lines if ln["text"].startswith("Trẻ em có vấn đề về sức khỏe")]
    assert len(purpose) >= 2
    gap = purpose[1]["top"] - purpose[0]["top"]
    # From one paragraph's first line to the next: its three lines plus ≥ 6 pt.
    assert gap >= 3 * steps[0] + 6 - 0.1
    assert " ".join(ln["text"] for ln in paragraph) == INTRO


def test_headings_numbered_and_styled(first: Page) -> None:
    level1 = first.find("I. MỤC ĐÍCH, YÊU CẦU 1")
    level2 = first.find("1. Mục đích")
    level3 = first.find("a) Phấn đấu 80%")
    assert level1.bold and level1.upright and level1.size == 14
    assert level2.bold and level2.upright and level2.size == 14
    assert level3.regular and level3.size == 14  # a point: upright, not bold
    for heading in (level1, level2, level3):
        assert abs(heading.x0 - (LEFT + INDENT)) < TOL


def test_page_numbers_from_page_two_centred_in_the_top_margin(pdf: Pdf) -> None:
    assert len(pdf.pages) >= 3
    first, second = pdf.pages[0], pdf.pages[1]
    assert not [c for c in first.chars() if c["bottom"] <= TOP]
    numbers = [c for c in second.chars() if c["bottom"] <= TOP]
    assert "".join(c["text"] for c in numbers) == "2"
    digit = numbers[0]
    assert 13 <= digit["size"] <= 14 and "Bold" not in digit["fontname"]
    assert "Italic" not in digit["fontname"]
    assert abs((digit["x0"] + digit["x1"]) / 2 - FRAME_CENTRE) < 1
    assert digit["top"] > TOP * 0.2 and digit["bottom"] < TOP * 0.8  # inside the margin


def test_no_text_outside_the_margins(pdf: Pdf) -> None:
    for page in pdf.pages:
        assert page.chars()
        assert not page.outside_margins()  # the page number, in the top margin, aside


def test_noi_nhan_and_signer_level_and_on_one_page(pdf: Pdf) -> None:
    page = next(p for p in pdf.pages if p.has("Nơi nhận:"))
    title = page.find("Nơi nhận:")
    assert title.size == 12 and title.bold and title.italic
    assert abs(title.x0 - LEFT) < TOL  # at the left margin
    first_item, keep = page.find("- UBND huyện;"), page.find("- Lưu: VT, VHXH.")
    for item in (first_item, keep):
        assert item.size == 11 and item.regular and abs(item.x0 - LEFT) < TOL
    authority = page.find("TM. ỦY BAN NHÂN DÂN")
    assert abs(authority.baseline - title.baseline) < 1  # level with the authority line
    lines = [authority, page.find("KT. CHỦ TỊCH"), page.find("PHÓ CHỦ TỊCH")]
    name = page.find(SIGNER_NAME)
    for line in (*lines, name):
        assert 13 <= line.size <= 14 and line.bold and line.upright
        assert line.x0 > A4_W / 2 - 20  # on the right
        assert abs(line.centre - lines[0].centre) < 1  # centred on one another
    assert name.top - lines[-1].bottom > 20 * MM  # room for the signature and the seal
    assert page.has(ENDING[:40])  # with the last paragraph


def test_appendix_title_reference_and_its_own_page_numbers(pdf: Pdf) -> None:
    page = next(p for p in pdf.pages if p.has("Phụ lục I"))
    label = page.find("Phụ lục I")
    assert label.size == 14 and label.bold and abs(label.centre - FRAME_CENTRE) < 1
    title = page.find("DANH SÁCH HOẠT ĐỘNG")
    assert title.bold and 13 <= title.size <= 14
    reference = page.find("(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 3 năm 2024")
    assert reference.italic and 13 <= reference.size <= 14
    assert "của Ủy ban nhân dân xã Hòa Cư)" in page.text().replace("\n", " ")
    assert not [c for c in page.chars() if c["bottom"] <= TOP]  # its page 1: no number
    assert not page.has("CỘNG HÒA XÃ HỘI")  # no header of its own


def test_a_draft_leaves_number_and_day_blank() -> None:
    draft = Pdf(render_pdf(plan(number=None, issued_on=None, year=2025)).data)
    page = draft.pages[0]
    number = page.find("/KH-UBND")
    assert page.find("Số:").x1 < number.x0 - 10  # room to write the number by hand
    assert page.has("năm 2025") and page.has("Hòa Cư, ngày")
    assert not page.has("ngày 0")
    draft.close()


def test_nfd_input_renders_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hạnh, thôn Đồng Mỏ")
    doc = plan(
        [Paragraph(text=nfd), Paragraph(runs=(Run(text="Đậm: "), Run(text=nfd, bold=True)))],
        subject=unicodedata.normalize("NFD", "Về việc hỗ trợ trẻ em"),
        signers=(Signer(authority=("CHỦ TỊCH",), name=unicodedata.normalize("NFD", "Lê Văn Sơn")),),
    )
    assert doc.subject == "Về việc hỗ trợ trẻ em"  # NFC in the model already
    result = Pdf(render_pdf(doc).data)
    text = result.text()
    assert "Nguyễn Thị Hạnh, thôn Đồng Mỏ" in text and "Về việc hỗ trợ trẻ em" in text
    assert "Lê Văn Sơn" in text and "Đậm: Nguyễn" in text
    assert not any(unicodedata.combining(ch) for ch in text)
    result.close()


def test_a_thirty_page_document_numbered_on_every_page() -> None:
    result = Pdf(render_pdf(long_plan(50)).data)
    body = [p for p in result.pages if not p.has("Phụ lục I")]
    assert len(result.pages) >= 30
    appendix_start = next(i for i, p in enumerate(result.pages) if p.has("Phụ lục I"))
    for index, page in enumerate(result.pages):
        number = "".join(c["text"] for c in page.chars() if c["bottom"] <= TOP)
        expected = index + 1 if index < appendix_start else index - appendix_start + 1
        assert number == ("" if expected == 1 else str(expected)), (index, number)
    # the activities table runs onto a second appendix page with its header row again
    appendix_pages = result.pages[appendix_start:]
    assert len(appendix_pages) >= 2
    for page in appendix_pages:
        header = page.find("Nội dung hoạt động")
        assert header.bold
    assert body
    result.close()


@pytest.mark.parametrize("filler", range(5, 22))
def test_signer_and_noi_nhan_stay_with_the_last_paragraph_near_the_bottom(filler: int) -> None:
    """Whatever room the body leaves, the closing block is never split from itself nor from
    the last paragraph ("Trên đây là …./.")."""
    blocks = [Paragraph(text=PURPOSE)] * filler + [Paragraph(text=ENDING)]
    result = Pdf(render_pdf(plan(blocks)).data)
    pages = [p.text() for p in result.pages]
    holding = [i for i, t in enumerate(pages) if "Nơi nhận:" in t]
    assert len(holding) == 1
    page = pages[holding[0]]
    for text in ("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", SIGNER_NAME, "- Lưu: VT, VHXH.", "./."):
        assert text in page, (filler, text)
    result.close()


def test_table_header_repeated_on_the_next_page() -> None:
    result = Pdf(render_pdf(plan([Paragraph(text=INTRO), activities(60)])).data)
    assert len(result.pages) >= 2
    for page in result.pages[:2]:
        header = page.find("Nội dung hoạt động")
        assert header.bold
        cells = [ln for ln in page.page.extract_text_lines() if ln["top"] > header.bottom]
        assert cells and "STT" not in cells[0]["text"]
    second = result.pages[1]
    assert second.find("STT").top < second.find("Truyền thông").top
    result.close()


def test_a_wide_table_on_landscape_pages_of_its_own() -> None:
    wide = activities(40).model_copy(update={"landscape": True})
    doc = plan([Paragraph(text=INTRO), wide, Paragraph(text=DUTY), Paragraph(text=ENDING)])
    result = Pdf(render_pdf(doc).data)
    shapes = [(round(p.width), round(p.height)) for p in result.pages]
    assert shapes[0] == (round(A4_W), round(A4_H))
    assert (round(A4_H), round(A4_W)) in shapes  # landscape pages for the table
    assert shapes[-1] == (round(A4_W), round(A4_H))  # back to portrait after it
    for page in result.pages:
        if page.width > page.height:
            assert page.find("Nội dung hoạt động").bold
            for c in page.chars():
                if not (c["bottom"] <= TOP and c["text"].isdigit()):
                    assert c["x0"] >= LEFT - TOL and c["x1"] <= page.width - RIGHT + TOL
                    assert c["bottom"] <= page.height - BOTTOM + TOL
    result.close()


def test_headings_number_themselves_per_level() -> None:
    doc = plan(
        [
            Heading(level=1, text="Mục tiêu"),
            Heading(level=2, text="Mục tiêu chung"),
            Heading(level=2, text="Mục tiêu cụ thể"),
            *[Heading(level=3, text=f"Điểm {n}") for n in range(1, 7)],
            Heading(level=1, text="Nhiệm vụ"),
            Heading(level=2, text="Truyền thông"),
            Heading(level=3, text="Điểm mới"),
        ]
    )
    text = Pdf(render_pdf(doc).data).text()
    for expected in (
        "I. MỤC TIÊU", "1. Mục tiêu chung", "2. Mục tiêu cụ thể", "a) Điểm 1", "d) Điểm 4",
        "đ) Điểm 5", "e) Điểm 6", "II. NHIỆM VỤ", "1. Truyền thông", "a) Điểm mới",
    ):  # fmt: skip
        assert expected in text, expected


def test_model_refuses_rows_that_do_not_fit_the_columns_and_survives_json() -> None:
    with pytest.raises(ValueError, match="cột"):
        Table.model_validate({**activities(1).model_dump(), "rows": (("1", "2"),)})
    doc = long_plan(2)
    assert OfficialDocument.model_validate_json(doc.model_dump_json()) == doc
