"""Báo cáo kết quả thực hiện for a year: sent to the upper level ('Kính gửi'), the figures of
the register in sentences and tables — children by group, sex, age band and Kinh / ethnic
minority (Phụ lục I), the two targets of QĐ 1591/QĐ-TTg, the cases of support and intervention,
the services by type and setting (Phụ lục II) — and the parts the officer writes (direction,
activities, assessment, next year, proposals).

Every number comes from ``YearFigures`` (``services/reports.py``); this module only writes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from commune_care.domain.document_templates import REPORT
from commune_care.domain.document_texts import lines, vn_number, vn_percent
from commune_care.domain.documents import DocumentType
from commune_care.domain.official_document import (
    Align,
    Appendix,
    Block,
    Column,
    Heading,
    OfficialDocument,
    Paragraph,
    Signer,
    Table,
)
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.domain.schemas.document_forms import DocumentForm
from commune_care.domain.schemas.reports import ChildBreakdown, YearFigures
from commune_care.domain.support import ORPHANS_IN_CARE_TARGET_PCT
from commune_care.exports.pdf.documents.common import commune_parts, dmy, paragraphs, recipients

__all__ = [
    "ORPHANS_TARGET",
    "activities_table",
    "children_table",
    "indicator_rows",
    "services_table",
    "year_report",
]

ORPHANS_TARGET = ORPHANS_IN_CARE_TARGET_PCT  # QĐ 1591/QĐ-TTg; the figures carry the commune's
N = vn_number


def _parts(pairs: Sequence[tuple[str, int]], always: int = 0) -> str:
    """'nam: 12; nữ: 10' — the first ``always`` pairs even at 0, the others only when not."""
    return "; ".join(f"{k}: {N(v)}" for i, (k, v) in enumerate(pairs) if v or i < always)


def _children_sentence(f: YearFigures) -> str:
    c = f.children
    sexes = _parts((("nam", c.male), ("nữ", c.female), ("không rõ giới tính", c.sex_unknown)), 2)
    bands = [(label.lower(), n) for label, n in zip(f.band_labels, c.by_band, strict=True)]
    ages = _parts((*bands, ("chưa có ngày sinh", c.without_birth)), len(bands))
    ethnic = _parts(
        (("người Kinh", c.kinh), ("người dân tộc thiểu số", c.minority),
         ("chưa ghi dân tộc", c.ethnicity_unknown)), 2,
    )  # fmt: skip
    return (
        f"Tính đến ngày {dmy(f.on)}, toàn xã có {N(c.total)} trẻ em dưới 16 tuổi đang được quản "
        f"lý ({sexes}). Chia theo độ tuổi: {ages}. Chia theo dân tộc: {ethnic}. Số trẻ em của "
        "từng nhóm đối tượng, chia theo giới tính, độ tuổi và dân tộc tại Phụ lục I."
    )


def _group(f: YearFigures, code: str) -> ChildBreakdown | None:
    return next((g for g in f.groups if g.key == code), None)


def _mental_sentence(f: YearFigures) -> str:
    m = f.mental_health
    if not m.flagged_children:
        return (
            "Trong năm, trên địa bàn xã chưa ghi nhận trẻ em có vấn đề sức khỏe tâm thần, trẻ em "
            "có nguy cơ cao rối loạn sức khỏe tâm thần."
        )
    types = ", ".join(t.label.lower() for t in m.reached_types)
    verdict = "đạt chỉ tiêu" if (m.reached_pct or 0) >= m.target_pct else "chưa đạt chỉ tiêu"
    missing = m.flagged_children - m.reached_children
    rest = f"; còn {N(missing)} em chưa được tiếp cận dịch vụ" if missing else ""
    return (
        f"Trong năm, toàn xã có {N(m.flagged_children)} trẻ em có vấn đề sức khỏe tâm thần, trẻ "
        f"em có nguy cơ cao rối loạn sức khỏe tâm thần; {N(m.reached_children)} em "
        f"({vn_percent(m.reached_pct)}) đã được tiếp cận các dịch vụ tư vấn, hỗ trợ tâm lý, dịch "
        f"vụ xã hội phù hợp ({types}), {verdict} {m.target_pct}% của Chương "
        f"trình{rest}."
    )


def _orphans_sentence(f: YearFigures) -> str:
    o = f.orphans
    if not o.total:
        return f"Tính đến ngày {dmy(f.on)}, trên địa bàn xã không có trẻ em mồ côi."
    verdict = "đạt chỉ tiêu" if (o.in_care_pct or 0) >= o.target_pct else "chưa đạt chỉ tiêu"
    missing = o.total - o.in_care
    rest = f"; còn {N(missing)} em chưa được chăm sóc thay thế" if missing else ""
    return (
        f"Tính đến ngày {dmy(f.on)}, toàn xã có {N(o.total)} trẻ em mồ côi (mồ côi cả cha và "
        f"mẹ: {N(o.both_parents)}, trong đó {N(o.both_parents_in_care)} em được chăm sóc thay "
        f"thế; mồ côi cha hoặc mẹ: {N(o.one_parent)}, trong đó {N(o.one_parent_in_care)} em); "
        f"{N(o.in_care)} em ({vn_percent(o.in_care_pct)}) đang được chăm sóc thay thế, {verdict} "
        f"{o.target_pct}% của Chương trình{rest}."
    )


def indicator_rows(f: YearFigures) -> tuple[tuple[str, ...], ...]:
    """The targets of QĐ 1591 and how far the commune reached them."""
    m = f.mental_health

    def verdict(pct: float | None, target: int) -> str:
        if pct is None:
            return "-"
        return "Đạt" if pct >= target else "Chưa đạt"

    rows = [
        (
            "1",
            "Trẻ em có vấn đề sức khỏe tâm thần, trẻ em có nguy cơ cao rối loạn sức khỏe tâm "
            "thần được tiếp cận dịch vụ tư vấn, hỗ trợ tâm lý, dịch vụ xã hội phù hợp",
            N(m.flagged_children),
            N(m.reached_children),
            vn_percent(m.reached_pct),
            f"{m.target_pct}%",
            verdict(m.reached_pct, m.target_pct),
        )
    ]
    o = f.orphans
    rows.append(
        (
            "2",
            "Trẻ em mồ côi được chăm sóc thay thế (người thân thích, cá nhân, gia đình không phải "
            "người thân thích, nhận con nuôi, cơ sở trợ giúp xã hội)",
            N(o.total),
            N(o.in_care),
            vn_percent(o.in_care_pct),
            f"{o.target_pct}%",
            verdict(o.in_care_pct, o.target_pct),
        )
    )
    return tuple(rows)


INDICATOR_COLUMNS = (
    Column(title="STT", width=0.6, align=Align.CENTER),
    Column(title="Nội dung", width=4.1),
    Column(title="Số trẻ em thuộc đối tượng", width=1.25, align=Align.RIGHT),
    Column(title="Số trẻ em đạt", width=1.05, align=Align.RIGHT),
    Column(title="Tỷ lệ", width=0.95, align=Align.RIGHT),
    Column(title="Chỉ tiêu", width=0.9, align=Align.RIGHT),
    Column(title="Kết quả", width=1.05, align=Align.CENTER),
)


def _cases_rows(f: YearFigures) -> tuple[tuple[str, ...], ...]:
    c = f.cases
    return (
        ("1", "Hồ sơ tiếp nhận mới trong năm", N(c.opened)),
        ("", "- Mức độ nguy cơ cao", N(c.opened_high)),
        ("", "- Mức độ nguy cơ trung bình", N(c.opened_medium)),
        ("", "- Mức độ nguy cơ thấp", N(c.opened_low)),
        ("", "- Chưa đánh giá nguy cơ", N(c.opened_unassessed)),
        ("2", "Hồ sơ đã đóng (kết thúc hỗ trợ, can thiệp) trong năm", N(c.closed)),
        ("3", f"Hồ sơ đang thực hiện đến ngày {dmy(c.period_end)}", N(c.open_at_end)),
        ("4", "Hồ sơ có bước bị chậm so với thời hạn của Nghị định 56/2017/NĐ-CP trong năm",
         N(c.missed_deadline)),
        ("5", f"Hồ sơ đang quá hạn tại ngày {dmy(c.period_end)}", N(c.overdue_at_end)),
    )  # fmt: skip


CASES_COLUMNS = (
    Column(title="STT", width=0.5, align=Align.CENTER),
    Column(title="Nội dung", width=6.0),
    Column(title="Số hồ sơ", width=1.3, align=Align.RIGHT),
)


def _cases_sentence(f: YearFigures) -> str:
    c = f.cases
    return (
        f"Trong năm, Ủy ban nhân dân xã tiếp nhận {N(c.opened)} hồ sơ trẻ em bị xâm hại hoặc có "
        f"nguy cơ bị bạo lực, bóc lột, bỏ rơi; đã đóng {N(c.closed)} hồ sơ; đến ngày "
        f"{dmy(c.period_end)} còn {N(c.open_at_end)} hồ sơ đang thực hiện, trong đó "
        f"{N(c.overdue_at_end)} hồ sơ đang quá hạn."
    )


def _services_sentence(f: YearFigures) -> str:
    total = f.services.total
    top = sorted((r for r in f.services.rows if r.total), key=lambda r: -r.total)[:3]
    most = "; ".join(f"{r.label.lower()}: {N(r.total)} lượt" for r in top)
    detail = f" ({most})" if most else ""
    return (
        f"Trong năm, {N(total.total)} lượt dịch vụ được cung cấp cho {N(total.children)} trẻ "
        f"em{detail}. Số lượt dịch vụ theo loại dịch vụ và nơi cung cấp tại Phụ lục II."
    )


def _optional(columns: list[Column], rows: list[list[str]], title: str, values: list[int],
              width: float = 1.0) -> None:  # fmt: skip
    """Add a column only when some row has a number in it ('Không rõ giới tính')."""
    if any(values):
        columns.append(Column(title=title, width=width, align=Align.RIGHT))
        for row, value in zip(rows, values, strict=True):
            row.append(N(value))


def children_table(f: YearFigures) -> Table:
    """Phụ lục I: each group (and all children) by sex, age band and ethnicity."""
    lines_ = [*f.groups, f.children]
    columns = [
        Column(title="STT", width=0.55, align=Align.CENTER),
        Column(title="Nhóm đối tượng", width=5.4),
        Column(title="Tổng số", width=1.0, align=Align.RIGHT),
        Column(title="Nam", width=0.9, align=Align.RIGHT),
        Column(title="Nữ", width=0.9, align=Align.RIGHT),
    ]
    rows = [
        [str(n) if n <= len(f.groups) else "", b.label, N(b.total), N(b.male), N(b.female)]
        for n, b in enumerate(lines_, start=1)
    ]
    _optional(columns, rows, "Không rõ giới tính", [b.sex_unknown for b in lines_])
    for i, label in enumerate(f.band_labels):
        columns.append(Column(title=label, width=1.05, align=Align.RIGHT))
        for row, b in zip(rows, lines_, strict=True):
            row.append(N(b.by_band[i]))
    _optional(columns, rows, "Chưa có ngày sinh", [b.without_birth for b in lines_])
    columns += [
        Column(title="Kinh", width=0.95, align=Align.RIGHT),
        Column(title="Dân tộc thiểu số", width=1.05, align=Align.RIGHT),
    ]
    for row, b in zip(rows, lines_, strict=True):
        row += [N(b.kinh), N(b.minority)]
    _optional(columns, rows, "Chưa ghi dân tộc", [b.ethnicity_unknown for b in lines_])
    return Table(columns=tuple(columns), rows=tuple(tuple(r) for r in rows), size=11, totals=1)


def _activities_sentence(f: YearFigures) -> str:
    total = f.programme.activities_total
    if not total.sessions:
        return "Trong năm, chưa ghi nhận hoạt động truyền thông, tập huấn, thăm hỏi, hỗ trợ nào."
    budget = f", tổng kinh phí {N(total.budget_vnd)} đồng" if total.budget_vnd else ""
    return (
        f"Trong năm, xã tổ chức {N(total.sessions)} hoạt động với {N(total.participants)} lượt "
        f"người tham gia, trong đó {N(total.children)} lượt trẻ em, {N(total.parents)} lượt cha "
        f"mẹ, người chăm sóc trẻ em và {N(total.staff)} lượt cán bộ{budget}:"
    )


ACTIVITY_COLUMNS = (
    Column(title="STT", width=0.75, align=Align.CENTER),
    Column(title="Loại hoạt động", width=2.4),
    Column(title="Số hoạt động", width=1.1, align=Align.RIGHT),
    Column(title="Lượt người tham gia", width=1.2, align=Align.RIGHT),
    Column(title="Trẻ em", width=1.0, align=Align.RIGHT),
    Column(title="Cha mẹ, người chăm sóc", width=1.3, align=Align.RIGHT),
    Column(title="Cán bộ", width=1.0, align=Align.RIGHT),
    Column(title="Kinh phí (đồng)", width=1.6, align=Align.RIGHT),
)


def activities_table(f: YearFigures) -> Table:
    """The year's activities by kind, with the total line."""
    p = f.programme
    rows = tuple(
        (
            str(n) if r.kind is not None else "",
            r.label,
            N(r.sessions),
            N(r.participants),
            N(r.children),
            N(r.parents),
            N(r.staff),
            N(r.budget_vnd),
        )
        for n, r in enumerate((*p.activities, p.activities_total), start=1)
    )
    return Table(columns=ACTIVITY_COLUMNS, rows=rows, size=11, totals=1)


def _support_sentence(f: YearFigures) -> str:
    p = f.programme
    sponsor = (
        f"{N(p.sponsored_children)} trẻ em được {N(p.sponsors)} cá nhân, tổ chức nhận đỡ đầu"
        + (f" (giá trị khoảng {N(p.sponsorship_vnd)} đồng)" if p.sponsorship_vnd else "")
        if p.sponsorships
        else "chưa có trẻ em được nhận đỡ đầu"
    )
    paid = (
        f"{N(p.payment_children)} trẻ em được trợ cấp xã hội hằng tháng theo Nghị định số "
        f"20/2021/NĐ-CP ({N(p.payment_months)} tháng, {N(p.payment_vnd)} đồng)"
        if p.payment_months
        else "chưa ghi nhận chi trả trợ cấp xã hội hằng tháng cho trẻ em"
    )
    return f"Trong năm, {sponsor}; {paid}."


def services_table(f: YearFigures) -> Table:
    """Phụ lục II: services of the period by type (rows) and setting (columns)."""
    s = f.services
    columns = [
        Column(title="STT", width=0.55, align=Align.CENTER),
        Column(title="Loại dịch vụ", width=2.6),
        *(Column(title=st.label, width=1.35, align=Align.RIGHT) for st in s.settings),
        Column(title="Chưa ghi nơi cung cấp", width=1.2, align=Align.RIGHT),
        Column(title="Tổng số lượt", width=1.05, align=Align.RIGHT),
        Column(title="Số trẻ em được cung cấp", width=1.25, align=Align.RIGHT),
    ]
    rows = [
        (
            str(n) if r.type is not None else "",
            r.label,
            *(N(v) for v in r.by_setting),
            N(r.unspecified),
            N(r.total),
            N(r.children),
        )
        for n, r in enumerate((*s.rows, s.total), start=1)
    ]
    return Table(columns=tuple(columns), rows=tuple(rows), size=11, totals=1)


def year_report(
    form: DocumentForm,
    figures: YearFigures,
    profile: CommuneProfileIn,
    signer: Signer | None = None,
) -> OfficialDocument:
    t = form.texts
    year = figures.year
    blocks: list[Block] = [
        *paragraphs(t.get("intro", "")),
        Heading(level=1, text="Tình hình trẻ em trên địa bàn"),
        Paragraph(text=_children_sentence(figures)),
        *paragraphs(t.get("children_note", "")),
        Heading(level=1, text="Kết quả thực hiện"),
        Heading(level=2, text="Công tác chỉ đạo, triển khai"),
        *paragraphs(t.get("direction", "")),
        Heading(level=2, text="Chăm sóc sức khỏe tâm thần trẻ em"),
        Paragraph(text=_mental_sentence(figures)),
        *paragraphs(t.get("mental_health_note", "")),
        Heading(level=2, text="Chăm sóc trẻ em mồ côi"),
        Paragraph(text=_orphans_sentence(figures)),
        *paragraphs(t.get("orphans_note", "")),
        Paragraph(text="Kết quả thực hiện các chỉ tiêu của Chương trình:", keep_with_next=True),
        Table(columns=INDICATOR_COLUMNS, rows=indicator_rows(figures), size=11),
        Heading(level=2, text="Hỗ trợ, can thiệp trẻ em bị xâm hại hoặc có nguy cơ"),
        Paragraph(text=_cases_sentence(figures)),
        Table(columns=CASES_COLUMNS, rows=_cases_rows(figures), size=11),
        *paragraphs(t.get("cases_note", "")),
        Heading(level=2, text="Cung cấp dịch vụ cho trẻ em"),
        Paragraph(text=_services_sentence(figures)),
        *paragraphs(t.get("services_note", "")),
        Heading(level=2, text="Hoạt động truyền thông, tập huấn, thăm hỏi, hỗ trợ"),
        Paragraph(text=_activities_sentence(figures), keep_with_next=True),
        activities_table(figures),
        Paragraph(text=_support_sentence(figures)),
        *paragraphs(t.get("activities", "")),
        Heading(level=1, text="Đánh giá chung"),
        Heading(level=2, text="Ưu điểm"),
        *paragraphs(t.get("strengths", "")),
        Heading(level=2, text="Tồn tại, hạn chế và nguyên nhân"),
        *paragraphs(t.get("limits", "")),
        Heading(level=1, text=f"Phương hướng, nhiệm vụ năm {year + 1}"),
        *paragraphs(t.get("next_year", "")),
        Heading(level=1, text="Đề xuất, kiến nghị"),
        *paragraphs(t.get("proposals", "")),
        *paragraphs(t.get("closing", "")),
    ]
    note = Paragraph(
        text="Ghi chú: một trẻ em có thể thuộc nhiều nhóm đối tượng; dòng cuối là tổng số trẻ em "
        f"dưới 16 tuổi đang được quản lý trên địa bàn xã. Tuổi tính đến ngày {dmy(figures.on)}.",
        italic=True,
    )
    period = f"(Từ ngày {dmy(figures.period_start)} đến ngày {dmy(figures.period_end)})"
    appendices = (
        Appendix(
            number="I",
            title="Số trẻ em theo nhóm đối tượng, giới tính, độ tuổi và dân tộc",
            blocks=(
                Paragraph(
                    text=f"(Tính đến ngày {dmy(figures.on)})",
                    align=Align.CENTER,
                    indent=False,
                    italic=True,
                ),
                children_table(figures),
                note,
            ),
            landscape=True,
        ),
        Appendix(
            number="II",
            title="Dịch vụ đã cung cấp cho trẻ em theo loại dịch vụ và nơi cung cấp",
            blocks=(
                Paragraph(text=period, align=Align.CENTER, indent=False, italic=True),
                services_table(figures),
            ),
            landscape=True,
        ),
    )
    doc_type = DocumentType.BAO_CAO
    return OfficialDocument.model_validate(
        {
            **commune_parts(profile),
            "symbol": doc_type.symbol(),
            "year": form.year,
            "type_name": doc_type.type_name,
            "subject": " ".join(lines(t.get("subject", ""))),
            "addressees": tuple(lines(t.get("addressees", ""))),
            "blocks": tuple(blocks),
            "recipients": recipients(t.get("recipients", "")),
            "signers": (signer,) if signer is not None else (),
            "appendices": appendices,
            "template": REPORT,
            "texts": t,
        }
    )
