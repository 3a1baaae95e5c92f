"""The year's plan, the year's report, Mẫu 04 and Mẫu 05 from a real database, read back from
the PDF as a reader would: the seeds' headings and wording with diacritics, the commune's
figures and the table numbers equal to what the services compute, 'Kính gửi', the signer's
block, last year's texts reused, nothing confidential unless asked, a plan of 30 pages."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.document_templates import APPROVAL, PLACEMENT, PLAN, REPORT
from commune_care.domain.document_texts import vn_number, vn_percent
from commune_care.domain.documents import DocumentStatus, EntityKind, SignerRole
from commune_care.domain.enums import ParentStatus, Sex
from commune_care.domain.errors import InvalidInput
from commune_care.domain.schemas.reports import YearFigures
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.document_forms import DocumentFormsService
from commune_care.services.documents import SignerChoice
from commune_care.services.reports import ReportsService
from tests.exports.pdf_reading import A4_W, LEFT, RIGHT, TOP, Pdf
from tests.services.test_care_service import Commune
from tests.services.test_care_service import placement as care_placement
from tests.services.test_cases_service import SECRETS, walk_to_approval
from tests.services.test_report_figures import TODAY, register  # noqa: F401 (a fixture)

FRAME_CENTRE = LEFT + (A4_W - LEFT - RIGHT) / 2
PLAN_TODAY = date(2026, 2, 10)


@pytest.fixture
def forms(db: Database) -> DocumentFormsService:
    return DocumentFormsService(db, user="test")


def pdf_of(forms: DocumentFormsService, doc: object) -> Pdf:
    return Pdf(forms.documents.render_document(doc).data)  # type: ignore[arg-type]


def flat(pdf: Pdf) -> str:
    """The text of every page with lines joined: wrapped sentences read whole."""
    return " ".join(pdf.text().split())


def line_with(pdf: Pdf, start: str) -> str:
    """The text line of the PDF that starts with ``start``."""
    for page in pdf.pages:
        for line in page.text().splitlines():
            if line.startswith(start):
                return line
    raise AssertionError(f"no line starts with «{start}»")


# --- the year's plan --------------------------------------------------------------------------


def test_plan_is_laid_out_like_the_seeds(forms: DocumentFormsService) -> None:
    form = forms.plan_form(2026, today=PLAN_TODAY)
    assert form.reused_from == "" and not any(f.reused for f in form.fields)
    pdf = pdf_of(forms, forms.build(form))
    text = flat(pdf)
    assert unicodedata.is_normalized("NFC", text)
    for expected in (
        "XÃ HÒA CƯ",
        "/KH-UBND",
        "Hòa Cư, ngày",
        "năm 2026",
        "KẾ HOẠCH",
        "Thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi",
        "Quyết định số 1591/QĐ-TTg ngày 08/12/2023",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "2. Yêu cầu",
        "II. NỘI DUNG",
        "1. Phấn đấu 80% trẻ em có vấn đề sức khỏe tâm thần",
        "2. Phấn đấu 100% trẻ em mồ côi được chăm sóc thay thế",
        "III. CÁC NHIỆM VỤ VÀ GIẢI PHÁP CỦA CHƯƠNG TRÌNH",
        "IV. KINH PHÍ THỰC HIỆN",
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Công chức Văn hóa - Xã hội phụ trách công tác trẻ em",
        "2. Trạm Y tế xã",
        "3. Các trường học trên địa bàn xã",
        "4. Công chức Tư pháp - Hộ tịch",
        "5. Công chức Tài chính - Kế toán",
        "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể",
        "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
        "Nơi nhận:",
        "- Sở Y tế tỉnh Quảng Ngãi (b/c);",
        "- Lưu: VT, VHXH.",
    ):
        assert expected in text, expected
    first = pdf.pages[0]
    for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"):
        found = first.find(heading)
        assert found.bold and found.size == 14
    last = pdf.pages[-1]
    # Plans are the committee's: TM. and, as in the seeds, the Phó Chủ tịch (KT.).
    for line in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Sơn"):
        found = last.find(line)
        assert found.bold and found.x0 > A4_W / 2 - 20, line
    assert last.find("Nơi nhận:").x1 < A4_W / 2
    assert not [c for page in pdf.pages for c in page.outside_margins()]
    pdf.close()


def test_plan_figures_are_the_services_figures(
    forms: DocumentFormsService, children: ChildrenService, db: Database
) -> None:
    for n, sex in enumerate((Sex.MALE, Sex.FEMALE, Sex.FEMALE)):
        child = children.create(
            children.validate({"full_name": f"Trẻ Thứ {n}", "birth": PartialDate(2015), "sex": sex,
                               "father_status": ParentStatus.DEAD}), allow_duplicate=True,
        )  # fmt: skip
        if n:
            children.classify(child.id, children.validate_classification(
                {"group_code": "mo_coi_cha_hoac_me", "start_date": date(2025, 1, 1)}))  # fmt: skip
    figures = forms.plan_figures(2026, PLAN_TODAY)
    assert figures.startswith("Tính đến ngày 10/02/2026, toàn xã có 3 trẻ em dưới 16 tuổi")
    assert "(nam: 1; nữ: 2)" in figures and "2 trẻ em mồ côi" in figures
    assert "mồ côi cha hoặc mẹ: 2" in figures
    assert "Năm 2026, phấn đấu ít nhất 0 trẻ em" in figures
    form = forms.plan_form(2026, today=PLAN_TODAY)
    assert form.text("figures") == figures
    pdf = pdf_of(forms, forms.build(form))
    assert "toàn xã có 3 trẻ em dưới 16 tuổi" in flat(pdf)
    pdf.close()


def test_next_years_plan_starts_from_last_years_edited_texts(
    forms: DocumentFormsService,
) -> None:
    documents = forms.documents
    last = forms.plan_form(2025, today=PLAN_TODAY)
    purpose = (
        "Năm 2025, mọi trẻ em mồ côi của xã được chăm sóc thay thế (Kế hoạch số 116/KH-UBND "
        "ngày 15/3/2025 của tỉnh; giai đoạn 2025 - 2030)."
    )
    edited = forms.validate(last, {"purpose": purpose, "budget": "Ngân sách xã năm 2025."})
    saved = forms.save(edited, today=PLAN_TODAY)
    assert (saved.template, saved.entity_kind, saved.entity_id) == (PLAN, EntityKind.YEAR, 2025)
    assert saved.status is DocumentStatus.DRAFT and saved.doc_type.abbreviation == "KH"
    issued = documents.issue(saved.id, documents.validate_issue({
        "issued_on": date(2025, 3, 5), "signer_role": SignerRole.VICE_CHAIRMAN,
        "signer_name": "Lê Văn Sơn"}))  # fmt: skip
    assert issued.number_symbol == "01/KH-UBND"

    new = forms.plan_form(2026, today=PLAN_TODAY)
    assert new.doc_id is None and new.reused_from == "Kế hoạch số 01/KH-UBND ngày 05/03/2025"
    assert new.text("purpose") == (
        "Năm 2026, mọi trẻ em mồ côi của xã được chăm sóc thay thế (Kế hoạch số 116/KH-UBND "
        "ngày 15/3/2025 của tỉnh; giai đoạn 2025 - 2030)."
    )
    assert new.text("budget") == "Ngân sách xã năm 2026."
    reused = {f.key for f in new.fields if f.reused}
    assert {"purpose", "budget", "subject", "tasks", "recipients"} <= reused
    assert "figures" not in reused  # the figures are this year's
    assert "năm 2026" in new.text("subject")
    standard = next(f for f in new.fields if f.key == "purpose").standard
    assert standard.startswith("Trẻ em có vấn đề về sức khỏe tâm thần")

    # Saved, it is this year's draft: asked again, the form edits that draft.
    draft = forms.save(new, today=PLAN_TODAY)
    again = forms.plan_form(2026, today=PLAN_TODAY)
    assert again.doc_id == draft.id and again.text("purpose") == new.text("purpose")
    changed = forms.validate(again, {"purpose": "Mục đích đã sửa."})
    assert forms.save(changed, today=PLAN_TODAY).id == draft.id
    pdf = Pdf(documents.render(draft.id, SignerChoice(role=SignerRole.CHAIRMAN)).data)
    text = flat(pdf)
    assert "Mục đích đã sửa." in text and "Nguyễn Văn Bình" in text
    pdf.close()
    assert len(forms.existing(PLAN, EntityKind.YEAR, 2026)) == 1


def test_a_plan_of_30_pages(forms: DocumentFormsService) -> None:
    form = forms.plan_form(2026, today=PLAN_TODAY)
    task = form.text("tasks").splitlines()[1][3:]
    tasks = "\n".join(f"{n}. {task}" for n in range(1, 40))  # under 20,000 characters each
    bodies = {key: f"{form.text(key).splitlines()[0]}\n" + "\n".join(f"- {task}" for _ in range(38))
              for key in ("org_vhxh", "org_health", "org_schools", "org_justice")}  # fmt: skip
    long = forms.validate(form, {"tasks": tasks, **bodies})
    result = forms.documents.render_document(forms.build(long))
    assert result.pages >= 30
    pdf = Pdf(result.data)
    numbers = ["".join(c["text"] for c in p.chars() if c["bottom"] <= TOP) for p in pdf.pages]
    assert numbers == [""] + [str(n) for n in range(2, result.pages + 1)]
    last = pdf.pages[-1]
    assert last.has("Nơi nhận:") and last.has("Lê Văn Sơn") and last.has("Trên đây là Kế hoạch")
    assert not [c for page in pdf.pages for c in page.outside_margins()]
    pdf.close()


def test_nfd_text_comes_out_nfc(forms: DocumentFormsService) -> None:
    form = forms.plan_form(2026, today=PLAN_TODAY)
    nfd = unicodedata.normalize("NFD", "Tăng cường truyền thông ở thôn Đồng Mỏ")
    pdf = pdf_of(forms, forms.build(forms.validate(form, {"tasks": nfd})))
    assert "Tăng cường truyền thông ở thôn Đồng Mỏ" in flat(pdf)
    pdf.close()


def test_a_field_too_long_or_with_control_characters_is_refused(
    forms: DocumentFormsService,
) -> None:
    form = forms.plan_form(2026, today=PLAN_TODAY)
    with pytest.raises(InvalidInput) as info:
        forms.validate(form, {"purpose": "x" * 20_001})
    assert "«Mục đích»" in info.value.errors["__all__"]
    with pytest.raises(InvalidInput):
        forms.validate(form, {"subject": "Hai\ndòng"})
    with pytest.raises(InvalidInput):
        forms.plan_form(2031, today=PLAN_TODAY)
    assert forms.documents.list() == []  # nothing written


# --- the year's report ------------------------------------------------------------------------


def numbers(*values: int) -> str:
    return " ".join(vn_number(v) for v in values)


@pytest.mark.usefixtures("register")
def test_report_tables_equal_the_services_figures(
    forms: DocumentFormsService, db: Database
) -> None:
    figures: YearFigures = ReportsService(db).year_figures(2025, today=TODAY)
    form = forms.report_form(2025, today=TODAY)
    pdf = pdf_of(forms, forms.build(form, today=TODAY))
    text = flat(pdf)
    first = pdf.pages[0]
    # Sent to the upper level: 'Kính gửi' under the subject, centred, upright 14.
    kinh_gui = first.find("Kính gửi: Sở Y tế tỉnh Quảng Ngãi")
    assert kinh_gui.size == 14 and kinh_gui.regular
    assert kinh_gui.top > first.find("BÁO CÁO").bottom
    assert abs(kinh_gui.centre - FRAME_CENTRE) < 1
    assert "/BC-UBND" in text and "- Như trên;" in text
    c = figures.children
    assert f"toàn xã có {vn_number(c.total)} trẻ em dưới 16 tuổi" in text
    # Phụ lục I: every group's row, and the total, as the service counts them.
    for n, row in enumerate((*figures.groups, c), start=1):
        # A long label wraps in its cell: the numbers stand on its first line.
        start = f"{n} {row.label[:24]}" if row.key != "all" else row.label
        cells = [row.total, row.male, row.female, row.sex_unknown, *row.by_band,
                 row.without_birth, row.kinh, row.minority, row.ethnicity_unknown]  # fmt: skip
        assert line_with(pdf, start).endswith(f" {numbers(*cells)}"), start
    # The indicators of QĐ 1591.
    m = figures.mental_health
    row = line_with(pdf, "1 Trẻ em có vấn đề sức khỏe tâm thần")
    verdict = "Đạt" if (m.reached_pct or 0) >= 80 else "Chưa đạt"
    assert row.endswith(
        f"{numbers(m.flagged_children, m.reached_children)} {vn_percent(m.reached_pct)} 80% "
        f"{verdict}"
    )
    # Cases and services.
    assert line_with(pdf, "1 Hồ sơ tiếp nhận mới") == f"1 Hồ sơ tiếp nhận mới trong năm "\
        f"{figures.cases.opened}"  # fmt: skip
    s = figures.services.total
    services_total = f"Tổng số {numbers(*s.by_setting, s.unspecified, s.total, s.children)}"
    assert services_total in pdf.pages[-1].text().splitlines()
    for heading in ("I. TÌNH HÌNH TRẺ EM TRÊN ĐỊA BÀN", "II. KẾT QUẢ THỰC HIỆN",
                    "2. Chăm sóc sức khỏe tâm thần trẻ em", "3. Chăm sóc trẻ em mồ côi",
                    "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
                    "V. ĐỀ XUẤT, KIẾN NGHỊ", "Phụ lục I", "Phụ lục II"):  # fmt: skip
        assert heading in text, heading
    assert "(Kèm theo Báo cáo số" in text
    landscape = [p for p in pdf.pages if p.width > p.height]
    assert landscape and all(not p.outside_margins() for p in pdf.pages if p not in landscape)
    pdf.close()


def test_report_of_a_year_refers_to_that_years_issued_plan(
    forms: DocumentFormsService,
) -> None:
    plan = forms.save(forms.plan_form(2026, today=PLAN_TODAY), today=PLAN_TODAY)
    forms.documents.issue(plan.id, forms.documents.validate_issue({
        "issued_on": date(2026, 2, 10), "signer_role": SignerRole.VICE_CHAIRMAN,
        "signer_name": "Lê Văn Sơn"}))  # fmt: skip
    form = forms.report_form(2026, today=date(2026, 11, 20))
    assert "Kế hoạch số 01/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân xã Hòa Cư" in (
        form.text("intro")
    )
    saved = forms.save(form, today=date(2026, 11, 20))
    assert (saved.template, saved.entity_id, saved.doc_type.abbreviation) == (REPORT, 2026, "BC")
    with pytest.raises(InvalidInput):
        forms.report_form(2027, today=date(2026, 11, 20))


# --- Mẫu 04 and Mẫu 05 ------------------------------------------------------------------------


@pytest.fixture
def approved_case(db: Database, children: ChildrenService) -> int:
    cases = CasesService(db, user="test")
    case_id = walk_to_approval(cases)
    child = children.create(children.validate({
        "full_name": "Đinh Thị Ngọc Ánh", "birth": PartialDate(2016, 9, 1), "sex": Sex.FEMALE,
        "mother_name": "Đinh Thị Lụa", "address": "Số 4, Thôn Đông"}))  # fmt: skip
    cases.link_child(case_id, child.id)
    return case_id


DETAILS = ("Còn vết bầm tím ở lưng", "Cháu muốn ở với bà", "Bạo lực")


def test_decision_05_with_its_plan_leaves_confidential_details_out(
    forms: DocumentFormsService, approved_case: int
) -> None:
    form = forms.approval_form(approved_case)
    assert form.template == APPROVAL and form.entity_kind is EntityKind.CASE
    pdf = pdf_of(forms, forms.build(form))
    text = flat(pdf)
    for expected in (
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt Kế hoạch hỗ trợ, can thiệp đối với trẻ em Đinh Thị Ngọc Ánh",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA CƯ",
        "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;",
        "Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017",
        "(người làm công tác bảo vệ trẻ em cấp xã).",
        "QUYẾT ĐỊNH:",
        "sinh ngày 01/09/2016, nơi cư trú: Số 4, Thôn Đông, xã Hòa Cư",
        "Tổng kinh phí thực hiện: 1.700.000 đồng.",
        "- Như Điều 3;",
        "/QĐ-UBND",
        # The plan it approves, attached.
        "(Kèm theo Quyết định số",
        "Hỗ trợ, can thiệp đối với trẻ em Đinh Thị Ngọc Ánh",
        "I. THÔNG TIN VỀ TRẺ EM",
        "Khám sức khỏe",
        "Trung tâm",
        "Tổng cộng 1.700.000",
        "Bằng chữ: Một triệu bảy trăm nghìn đồng",
        "Mẫu số 06",
    ):
        assert expected in text, expected
    first = pdf.pages[0]
    basis = first.find("Căn cứ Luật Trẻ em")
    assert basis.italic and not basis.bold
    decide = first.find("QUYẾT ĐỊNH:")
    assert decide.bold and abs(decide.centre - FRAME_CENTRE) < 1
    article = first.find("Điều 1.")
    assert article.bold and not first.find("Phê duyệt Kế hoạch").bold
    # The Chủ tịch's own decision: no TM.
    assert "TM. ỦY BAN NHÂN DÂN" not in text
    assert first.has("CHỦ TỊCH") and "Nguyễn Văn Bình" in text
    attached = next(p for p in pdf.pages if p.has("(Kèm theo Quyết định số"))
    assert attached.has("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and not attached.has("Số:")
    for secret in (*SECRETS, *DETAILS):
        assert secret not in text, secret
    assert "MẬT" not in text
    pdf.close()

    asked = forms.validate(form, {}, include_confidential=True)
    pdf = pdf_of(forms, forms.build(asked))
    text = flat(pdf)
    for detail in DETAILS:
        assert detail in text, detail
    for informant in ("Bà Nguyễn Thị Tư", "0912345678"):
        assert informant not in text  # a plan never needs the informant
    marked = [p for p in pdf.pages if p.has("MẬT")]
    assert pdf.pages[0] in marked and attached.page.page_number - 1 in {
        p.page.page_number - 1 for p in marked
    }
    pdf.close()
    saved = forms.save(asked)
    assert saved.marking == "MẬT" and (saved.entity_kind, saved.entity_id) == (
        EntityKind.CASE, approved_case,
    )  # fmt: skip
    assert forms.approval_form(approved_case).doc_id == saved.id  # the draft is edited again


def test_case_plan_04_printed_alone(forms: DocumentFormsService, approved_case: int) -> None:
    pdf = pdf_of(forms, forms.case_plan(approved_case))
    text = flat(pdf)
    for expected in ("KẾ HOẠCH", "Hỗ trợ, can thiệp đối với trẻ em Đinh Thị Ngọc Ánh",
                     "(Kèm theo Quyết định số 05/QĐ-UBND ngày 10 tháng 3 năm 2026 của Chủ tịch",
                     "Hòa Cư, ngày 06 tháng 3 năm 2026", "NGƯỜI LẬP KẾ HOẠCH",
                     "(Ký, ghi rõ họ tên)", "Trần Thị Hạnh", "Tư vấn tâm lý"):  # fmt: skip
        assert expected in text, expected
    assert "Số:" not in text and "MẬT" not in text
    for secret in (*SECRETS, *DETAILS):
        assert secret not in text
    pdf.close()
    marked = pdf_of(forms, forms.case_plan(approved_case, True, "Lưu hành nội bộ"))
    assert "LƯU HÀNH NỘI BỘ" in flat(marked) and DETAILS[0] in flat(marked)
    marked.close()


def test_no_decision_before_there_is_a_plan(forms: DocumentFormsService, db: Database) -> None:
    from tests.services.test_cases_service import intake

    case_id = CasesService(db, user="test").open_intake(intake(at=datetime(2026, 3, 2, 8))).id
    with pytest.raises(InvalidInput) as info:
        forms.approval_form(case_id)
    assert "chưa có kế hoạch" in info.value.errors["__all__"]
    with pytest.raises(InvalidInput):
        forms.case_plan(case_id)


def test_the_next_decision_takes_the_last_ones_fixed_texts(
    forms: DocumentFormsService, approved_case: int, db: Database
) -> None:
    form = forms.approval_form(approved_case)
    basis = form.text("basis") + "\nCăn cứ Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh"
    forms.save(forms.validate(form, {"basis": basis, "article_1": "Điều một đã sửa."}))
    other = walk_to_approval(CasesService(db, user="test"))
    new = forms.approval_form(other)
    assert new.text("basis") == basis  # the commune's căn cứ, kept
    assert new.text("article_1").startswith("Phê duyệt Kế hoạch")  # the case's own, made again
    assert new.reused_from.startswith("Dự thảo quyết định")


# --- Mẫu 12 -----------------------------------------------------------------------------------


@pytest.fixture
def placed(db: Database) -> tuple[Commune, int]:
    c = Commune(db)
    carer_id = c.carer(name="Lò Thị Mỷ", birth="15/06/1958", sex="nu", address="Thôn Tây")
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An", father="Nguyễn Văn Đạt", mother="Lò Thị Hoa")
    out = c.care.decide_placement(care_placement(child, carer_id, relationship="Bà ngoại"))
    return c, out.id


def test_decision_12_places_the_child_with_the_carer(
    forms: DocumentFormsService, placed: tuple[Commune, int]
) -> None:
    _c, placement_id = placed
    form = forms.placement_form(placement_id)
    assert (form.template, form.entity_kind, form.entity_id) == (
        PLACEMENT, EntityKind.PLACEMENT, placement_id,
    )  # fmt: skip
    assert "05/QĐ-UBND ngày 03/02/2025" in form.note
    pdf = pdf_of(forms, forms.build(form))
    text = flat(pdf)
    for expected in (
        "QUYẾT ĐỊNH",
        "Về việc giao, nhận trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA CƯ",
        "Căn cứ Nghị định số 56/2017/NĐ-CP",
        "Căn cứ thông báo nhận chăm sóc thay thế của người thân thích bà Lò Thị Mỷ ngày "
        "06/01/2025;",
        "Căn cứ Báo cáo xác minh điều kiện của cá nhân, gia đình nhận chăm sóc thay thế ngày "
        "20/01/2025;",
        "Căn cứ ý kiến của trẻ em ngày 28/01/2025;",
        "Giao trẻ em Nguyễn Văn An",
        "con của ông Nguyễn Văn Đạt và bà Lò Thị Hoa",
        "cho bà Lò Thị Mỷ, sinh năm 1958",
        "là bà ngoại của trẻ",
        "chăm sóc thay thế bởi người thân thích (dài hạn), kể từ ngày 03/02/2025",
        "15 ngày làm việc",
        "Điều 64 Luật Trẻ em",
        "- Như Điều 3;",
    ):
        assert expected in text, expected
    assert "TM. ỦY BAN NHÂN DÂN" not in text and "Nguyễn Văn Bình" in text
    assert pdf.pages[0].find("Điều 1.").bold
    pdf.close()
    saved = forms.save(form)
    assert (saved.entity_kind, saved.entity_id, saved.template) == (
        EntityKind.PLACEMENT, placement_id, PLACEMENT,
    )  # fmt: skip
    assert forms.placement_form(placement_id).doc_id == saved.id


def test_no_mau_12_for_a_facility_and_no_register_entry_for_a_missing_placement(
    forms: DocumentFormsService, db: Database
) -> None:
    c = Commune(db)
    child = c.child("Trần Văn Bình")
    facility = c.care.decide_placement(
        care_placement(child, None, form="co_so_tro_giup_xa_hoi", provider_id=c.facility(),
                       relationship="", non_relative_reason="Không có người thân thích"),
        confirm_warnings=True,
    )  # fmt: skip
    with pytest.raises(InvalidInput) as info:
        forms.placement_form(facility.id)
    assert "Mẫu số 12" in info.value.errors["__all__"]
    documents = forms.documents
    with pytest.raises(InvalidInput) as info:
        documents.create_draft(documents.validate_draft(
            {"doc_type": "quyet_dinh", "subject": "Giao trẻ", "entity_kind": "placement",
             "entity_id": 999}))  # fmt: skip
    assert "999" in info.value.errors["entity_id"]


def test_report_counts_orphans_in_alternative_care(
    forms: DocumentFormsService, placed: tuple[Commune, int], db: Database
) -> None:
    c, placement_id = placed
    child_id = c.care.placement(placement_id).child_id
    c.children.classify(child_id, c.children.validate_classification(
        {"group_code": "hcdb_a", "start_date": date(2025, 1, 5)}))  # fmt: skip
    alone = c.child("Lê Thị Cúc")
    c.children.classify(alone, c.children.validate_classification(
        {"group_code": "mo_coi_cha_hoac_me", "start_date": date(2025, 1, 5)}))  # fmt: skip
    today = date(2026, 1, 10)
    figures = ReportsService(db).year_figures(2025, today=today)
    o = figures.orphans
    assert (o.total, o.in_care, o.both_parents_in_care) == (2, 1, 1)
    pdf = pdf_of(forms, forms.build(forms.report_form(2025, today=today), today=today))
    text = flat(pdf)
    assert "toàn xã có 2 trẻ em mồ côi" in text and "1 em (50%) đang được chăm sóc thay thế" in text
    assert line_with(pdf, "2 Trẻ em mồ côi được chăm sóc thay thế").endswith(
        "2 1 50% 100% Chưa đạt"
    )
    pdf.close()
    plan = forms.plan_figures(2026, today)
    assert "2 trẻ em mồ côi" in plan and "1 em đang được chăm sóc thay thế" in plan
