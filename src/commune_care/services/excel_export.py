"""The Excel workbook for the upper level (issue #6, item 1): six sheets for a year or any
period (a quarter, a half year, two days), from the services that own each figure, written in
openpyxl write-only mode to a temporary file that is renamed at the end, so a cancelled or
failed export leaves no half file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from commune_care.db.models import ChildRecord
from commune_care.db.models.child import ClassificationRecord
from commune_care.db.models.commune import VillageRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.dates import format_date
from commune_care.domain.enums import Sex
from commune_care.domain.errors import UserError
from commune_care.domain.ethnicities import ethnicity_name
from commune_care.domain.groups import GROUP_BY_CODE
from commune_care.domain.periods import ReportPeriod
from commune_care.domain.schemas.activities import ActivityFilter, PaymentFilter
from commune_care.domain.schemas.cases import CaseFilter
from commune_care.exports.xlsx.properties import stamp
from commune_care.exports.xlsx.report_sheet import (
    Column,
    SheetHead,
    Table,
    discard,
    forget_styles,
    write_sheet,
)
from commune_care.services import audit
from commune_care.services.activities import ActivitiesService
from commune_care.services.assistance import AssistanceService
from commune_care.services.care import CareService
from commune_care.services.cases import CasesService
from commune_care.services.commune import CommuneService
from commune_care.services.indicators import IndicatorsService
from commune_care.services.reports import ReportsService

__all__ = [
    "SHEETS",
    "ExcelExportCancelled",
    "ExcelExportService",
    "ExcelExportSummary",
    "birth_cell",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
STREAM = 2_000  # children fetched per round trip

SUMMARY, CHILDREN, MENTAL, ORPHANS, CASES, ACTIVITIES = SHEETS = (
    "Tổng hợp", "Trẻ em có HCĐB", "Sức khỏe tâm thần", "Mồ côi - Chăm sóc thay thế",
    "Hỗ trợ can thiệp", "Hoạt động",
)  # fmt: skip


class ExcelExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Đã hủy xuất tệp Excel; không có tệp nào được ghi.")


@dataclass(frozen=True)
class ExcelExportSummary:
    path: Path
    year: int
    on: date
    anonymised: bool
    rows: dict[str, int]  # data rows per sheet
    period: ReportPeriod | None = None


def _quiet(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


def birth_cell(year: int | None, month: int | None, day: int | None, estimated: bool) -> Any:
    """A real date when whole; else the text the import reads back ("03/2012", "khoảng 2012")."""
    if year is None:
        return None
    if estimated:
        return f"khoảng {year}"
    if month and day:
        return date(year, month, day)
    return f"{month:02d}/{year}" if month else year


class ExcelExportService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    # --- the children, streamed ---------------------------------------------------------
    def _children(self, on: date, anonymise: bool) -> Iterator[Sequence[Any]]:
        c, cl = ChildRecord, ClassificationRecord
        groups = (
            select(cl.child_id, func.group_concat(cl.group_code, ",").label("codes"))
            .where(cl.start_date <= on, (cl.end_date.is_(None)) | (cl.end_date >= on))
            .group_by(cl.child_id)
            .subquery()
        )
        stmt = (
            select(c.code, c.full_name, c.birth_year, c.birth_month, c.birth_day,
                   c.birth_estimated, c.sex, c.ethnicity_code, VillageRecord.name, c.address,
                   c.id_number, c.father_name, c.mother_name, groups.c.codes)
            .outerjoin(VillageRecord, VillageRecord.id == c.village_id)
            .outerjoin(groups, groups.c.child_id == c.id)
            .where(c.archived.is_(False))
            .order_by(c.sort_key, c.id)
        )  # fmt: skip
        number = 0
        with self.db.session() as s:
            for r in s.execute(stmt.execution_options(yield_per=STREAM)):
                number += 1
                codes = sorted(set((r.codes or "").split(",")) - {""})
                labels = "; ".join(GROUP_BY_CODE[g].name for g in codes if g in GROUP_BY_CODE)
                sex = (
                    "Nam" if r.sex == Sex.MALE.value else "Nữ" if r.sex == Sex.FEMALE.value else ""
                )
                birth = birth_cell(r.birth_year, r.birth_month, r.birth_day, r.birth_estimated)
                eth = ethnicity_name(r.ethnicity_code) if r.ethnicity_code else ""
                if anonymise:
                    yield (number, r.code, birth, sex, eth, r.name or "", labels)
                else:
                    yield (number, r.code, r.full_name, birth, sex, eth, r.name or "", r.address,
                           r.id_number, r.father_name, r.mother_name, labels)  # fmt: skip

    @staticmethod
    def _children_columns(anonymise: bool) -> list[Column]:
        if anonymise:
            return [Column("STT", 6, number=True), Column("Mã trẻ", 12), Column("Ngày sinh", 12),
                    Column("Giới tính", 9), Column("Dân tộc", 10), Column("Thôn", 16),
                    Column("Đối tượng", 50)]  # fmt: skip
        return [
            Column("STT", 7, number=True), Column("Mã trẻ", 11), Column("Họ và tên", 24),
            Column("Ngày sinh", 12), Column("Giới tính", 8), Column("Dân tộc", 10),
            Column("Thôn", 15, group="Nơi ở"), Column("Địa chỉ", 20, group="Nơi ở"),
            Column("Số định danh", 15), Column("Cha", 20, group="Họ tên cha mẹ"),
            Column("Mẹ", 20, group="Họ tên cha mẹ"), Column("Đối tượng", 40),
        ]  # fmt: skip

    # --- the workbook -------------------------------------------------------------------
    def export(
        self,
        year: int | ReportPeriod,
        out: Path,
        anonymise: bool = False,
        today: date | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExcelExportSummary:
        # the anonymised workbook holds codes, no names: a statistics export
        require(
            self.actor, Permission.EXPORT_STATISTICS if anonymise else Permission.EXPORT_PERSONAL
        )
        from openpyxl import Workbook

        progress, cancelled = progress or _quiet, cancelled or _never
        today = today or date.today()
        reports = ReportsService(self.db, self.actor)
        if isinstance(year, ReportPeriod):
            period = year
            figures = reports.period_figures(period, today)
        else:  # a year: its own checks and messages
            figures = reports.year_figures(year, today)
            period = ReportPeriod.of_year(year)
        on, start = figures.on, figures.period_start
        year = period.year
        # "NĂM 2026", "QUÝ II NĂM 2026", "TỪ NGÀY 01/01/2026 ĐẾN NGÀY 30/06/2026"
        titled = period.title.upper()
        during = period.in_words
        total = figures.children.total + 100  # the children sheet is nearly all the work
        profile = CommuneService(self.db, self.actor).profile()
        parent = profile.agency_parent if profile else "ỦY BAN NHÂN DÂN"
        agency = profile.agency_name if profile else ""
        period_line = period.described(today)

        def head(title: str, *notes: str) -> SheetHead:
            return SheetHead(parent, agency, title, period_line, notes)

        def who(code: str | None, name: str) -> tuple[Any, ...]:
            return (code or "",) if anonymise else (code or "", name)

        who_cols = [Column("Mã trẻ", 11)] + ([] if anonymise else [Column("Họ và tên", 24)])
        rows: dict[str, int] = {}
        out = Path(out)
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx.tmp", dir=out.parent)
        except OSError as exc:
            raise UserError(f"Không ghi được tệp vào thư mục «{out.parent}»: {exc.strerror}. "
                            "Hãy chọn thư mục khác.") from None  # fmt: skip
        os.close(fd)
        tmp = Path(tmp_name)
        wb = Workbook(write_only=True)
        try:
            progress(0, total)
            if cancelled():
                raise ExcelExportCancelled

            # Tổng hợp: children by group × sex × age band × Kinh / DTTS, then the indicators.
            bands = figures.band_labels
            cols = [Column("STT", 6, number=True), Column("Nhóm trẻ em", 46),
                    Column("Tổng số", 9, number=True),
                    Column("Nam", 8, "Giới tính", True), Column("Nữ", 8, "Giới tính", True),
                    *(Column(b, 10, "Độ tuổi", True) for b in bands),
                    Column("Kinh", 8, "Dân tộc", True), Column("DTTS", 8, "Dân tộc", True)]  # fmt: skip

            def line(n: Any, b: Any) -> tuple[Any, ...]:
                return (n, b.label, b.total, b.male, b.female, *b.by_band, b.kinh, b.minority)

            mh, orph = figures.mental_health, figures.orphans
            indicators = [
                (1, f"Trẻ em có vấn đề sức khỏe tâm thần / nguy cơ cao {during}", mh.flagged_children),
                (2, "— trong đó được tiếp cận dịch vụ", mh.reached_children),
                (3, "Tỷ lệ được tiếp cận (%) — chỉ tiêu 80 %", mh.reached_pct),
                (4, f"Trẻ em mồ côi ngày {format_date(orph.on)}", orph.total),
                (5, "— trong đó được chăm sóc thay thế", orph.in_care),
                (6, "Tỷ lệ được chăm sóc thay thế (%) — chỉ tiêu 100 %", orph.in_care_pct),
                (7, f"Hồ sơ hỗ trợ, can thiệp tiếp nhận {during}", figures.cases.opened),
                (8, f"Hồ sơ hỗ trợ, can thiệp đã đóng {during}", figures.cases.closed),
            ]  # fmt: skip
            summary = wb.create_sheet(SUMMARY)
            rows[SUMMARY] = write_sheet(summary, head(
                f"TỔNG HỢP SỐ LIỆU TRẺ EM VÀ BẢO VỆ TRẺ EM {titled}",
                f"Trẻ em dưới 16 tuổi đang quản lý ngày {format_date(on)}; "
                "một trẻ được tính trong mỗi nhóm của trẻ."), [
                Table(cols, [line(i, g) for i, g in enumerate(figures.groups, 1)],
                      totals=line("", figures.children)),
                Table([Column("STT", 6, number=True), Column("Chỉ tiêu", 46),
                       Column("Số liệu", 9, number=True)], indicators,
                      caption="Các chỉ tiêu (Quyết định 1591/QĐ-TTg)"),
            ])  # fmt: skip

            # Trẻ em có HCĐB: every child under management, with the groups; streamed.
            def child_progress(done: int) -> None:
                if cancelled():
                    raise ExcelExportCancelled
                progress(min(done, total - 1), total)

            sheet = wb.create_sheet(CHILDREN)
            n_cols = len(self._children_columns(anonymise))

            def child_totals(count: int) -> list[Any]:
                return ["", "Tổng cộng", count] + [""] * (n_cols - 3)

            rows[CHILDREN] = write_sheet(sheet, head(
                f"DANH SÁCH TRẺ EM VÀ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT {titled}",
                f"Trẻ em đang quản lý (không gồm hồ sơ đã lưu trữ); nhóm trẻ em ngày "
                f"{format_date(on)}." + (" Bản ẩn danh: chỉ có mã trẻ." if anonymise else "")),
                [Table(self._children_columns(anonymise), self._children(on, anonymise), child_totals)],
                progress=child_progress)  # fmt: skip
            if cancelled():
                raise ExcelExportCancelled
            progress(total - 100, total)

            # Sức khỏe tâm thần: the flags active on the figures day.
            flags = IndicatorsService(self.db, self.actor).mental_health_flags(on)
            mh_rows = [
                (i, *who(f.child.code, f.child.full_name), f.child.village_name, f.group_label,
                 f.identified_on, len(f.services), "Có" if f.reached else "Chưa")
                for i, f in enumerate(flags, 1)
            ]  # fmt: skip
            reached = sum(1 for f in flags if f.reached)
            mh_cols = [Column("STT", 6, number=True), *who_cols, Column("Thôn", 15),
                       Column("Nhóm", 40), Column("Ngày phát hiện", 13),
                       Column("Số dịch vụ đã nhận", 10, number=True),
                       Column("Được tiếp cận", 10)]  # fmt: skip
            mh_tot = ["", "Tổng cộng", *([""] * (len(who_cols) - 1)), "", "", "",
                      sum(len(f.services) for f in flags), reached]  # fmt: skip
            rows[MENTAL] = write_sheet(wb.create_sheet(MENTAL), head(
                f"TRẺ EM CÓ VẤN ĐỀ SỨC KHỎE TÂM THẦN {titled}",
                f"{during.capitalize()}: {mh.flagged_children} trẻ, {mh.reached_children} trẻ được tiếp cận "
                f"dịch vụ ({mh.reached_pct} %)."), [Table(mh_cols, mh_rows, mh_tot)])  # fmt: skip

            # Mồ côi - Chăm sóc thay thế: the placements running in the year.
            placements = [
                p for p in CareService(self.db, self.actor).placements(today=on)
                if p.start_date <= on and (p.end_date is None or p.end_date >= start)
            ]  # fmt: skip
            pl_rows = [
                (i, p.code, *who(p.child_code, p.child_name), p.form_label, p.term_label,
                 *(() if anonymise else (p.carer_name,)), p.decision_number, p.decision_date,
                 p.start_date, p.end_date)
                for i, p in enumerate(placements, 1)
            ]  # fmt: skip
            pl_cols = [Column("STT", 6, number=True), Column("Mã", 14), *who_cols,
                       Column("Hình thức", 22), Column("Thời hạn", 12),
                       *(() if anonymise else (Column("Người nhận chăm sóc", 24),)),
                       Column("Số", 12, "Quyết định"), Column("Ngày", 12, "Quyết định"),
                       Column("Từ ngày", 12, "Thời gian"), Column("Đến ngày", 12, "Thời gian")]  # fmt: skip
            missing = IndicatorsService(self.db, self.actor).orphans(on).not_in_care
            rows[ORPHANS] = write_sheet(wb.create_sheet(ORPHANS), head(
                f"TRẺ EM MỒ CÔI VÀ CHĂM SÓC THAY THẾ {titled}",
                f"Ngày {format_date(orph.on)}: {orph.total} trẻ em mồ côi, {orph.in_care} trẻ "
                f"được chăm sóc thay thế ({orph.in_care_pct} %)."), [
                Table(pl_cols, pl_rows, ["", "Tổng cộng", len(pl_rows),
                                         *([""] * (len(pl_cols) - 3))]),
                Table([Column("STT", 6, number=True), *who_cols, Column("Thôn", 15)],
                      [(i, *who(c.code, c.full_name), c.village_name)
                       for i, c in enumerate(missing, 1)],
                      caption="Trẻ em mồ côi chưa được chăm sóc thay thế"),
            ])  # fmt: skip

            # Hỗ trợ can thiệp: the cases' summaries (which hold no confidential field).
            cases = [
                c for c in CasesService(self.db, self.actor).list(CaseFilter(closed=None))
                if c.opened_at.date() <= on and (c.closed_on is None or c.closed_on >= start)
            ]  # fmt: skip
            cases.sort(key=lambda c: c.opened_at)
            cs_rows = [
                (i, c.code, *who(c.child_code, c.child_name), c.opened_at.date(),
                 c.channel.label, c.level.label if c.level else "", c.stage.label,
                 c.next_action_label, c.next_due.date() if c.next_due else None, c.closed_on)
                for i, c in enumerate(cases, 1)
            ]  # fmt: skip
            cs_cols = [Column("STT", 6, number=True), Column("Mã hồ sơ", 14), *who_cols,
                       Column("Ngày tiếp nhận", 13), Column("Nguồn tin", 18),
                       Column("Mức độ nguy cơ", 14), Column("Giai đoạn", 20),
                       Column("Việc tiếp theo", 28), Column("Hạn", 12),
                       Column("Ngày đóng", 12)]  # fmt: skip
            rows[CASES] = write_sheet(wb.create_sheet(CASES), head(
                f"HỖ TRỢ, CAN THIỆP TRẺ EM BỊ XÂM HẠI HOẶC CÓ NGUY CƠ {titled}",
                "Không có thông tin mật (Nghị định 56/2017/NĐ-CP, Điều 24)."), [
                Table(cs_cols, cs_rows, ["", "Tổng cộng", len(cs_rows),
                                         *([""] * (len(cs_cols) - 3))]),
            ])  # fmt: skip

            # Hoạt động: the activities held, by kind; sponsorships; social assistance paid;
            # then the services by type and setting.
            programme = figures.programme
            # the lists hold what falls in the period, as the totals above them count it
            years = range(start.year, on.year + 1)
            activities = ActivitiesService(self.db, self.actor)
            acts = sorted(
                (a for y in years for a in activities.activities(ActivityFilter(year=y))
                 if start <= a.held_on <= on),
                key=lambda a: (a.held_on, a.id))  # fmt: skip
            act_cols = [Column("STT", 6, number=True), Column("Ngày", 12), Column("Loại", 18),
                        Column("Tên hoạt động", 40), Column("Địa điểm", 22),
                        Column("Đơn vị tổ chức", 22),
                        Column("Tổng số", 9, "Người tham gia", True),
                        Column("Trẻ em", 9, "Người tham gia", True),
                        Column("Cha mẹ", 9, "Người tham gia", True),
                        Column("Cán bộ", 9, "Người tham gia", True),
                        Column("Kinh phí (đồng)", 14, number=True),
                        Column("Nguồn kinh phí", 18)]  # fmt: skip
            act_rows = [
                (i, a.held_on, a.kind_label, a.title, a.place, a.organiser, a.participants_total,
                 a.participants_children, a.participants_parents, a.participants_staff,
                 a.budget_vnd, a.budget_source_label)
                for i, a in enumerate(acts, 1)
            ]  # fmt: skip
            t = programme.activities_total
            act_tot = ["", "Tổng cộng", len(act_rows), "", "", "", t.participants, t.children,
                       t.parents, t.staff, t.budget_vnd, ""]  # fmt: skip
            kind_cols = [Column("STT", 6, number=True), Column("Loại hoạt động", 34),
                         Column("Số hoạt động", 10, number=True),
                         Column("Lượt người tham gia", 12, number=True),
                         Column("Trẻ em", 10, number=True), Column("Cha mẹ", 10, number=True),
                         Column("Cán bộ", 10, number=True),
                         Column("Kinh phí (đồng)", 14, number=True)]  # fmt: skip

            def kind_line(n: Any, r: Any) -> tuple[Any, ...]:
                return (n, r.label, r.sessions, r.participants, r.children, r.parents, r.staff,
                        r.budget_vnd)  # fmt: skip

            sponsorships = [
                x for x in activities.sponsorships()
                if x.start_date <= on and (x.end_date is None or x.end_date >= start)
            ]  # fmt: skip
            sp_rows = [
                (i, *who(x.child_code, x.child_name), x.sponsor, x.support, x.monthly_vnd,
                 x.start_date, x.end_date)
                for i, x in enumerate(sponsorships, 1)
            ]  # fmt: skip
            sp_cols = [Column("STT", 6, number=True), *who_cols, Column("Người nhận đỡ đầu", 26),
                       Column("Nội dung hỗ trợ", 30),
                       Column("Mỗi tháng (đồng)", 14, number=True), Column("Từ ngày", 12),
                       Column("Đến ngày", 12)]  # fmt: skip
            paid: dict[int, list[Any]] = {}
            assistance = AssistanceService(self.db, self.actor)
            for pay in (p for y in years for p in assistance.payments(PaymentFilter(year=y))):
                if not start <= pay.month <= on:
                    continue
                sums = paid.setdefault(pay.child_id, [pay.child_code, pay.child_name,
                                                      pay.category_label, 0, 0])  # fmt: skip
                sums[3] += 1
                sums[4] += pay.amount_vnd
            pay_rows = [
                (i, *who(code, name), category, months, amount)
                for i, (code, name, category, months, amount) in enumerate(
                    sorted(paid.values(), key=lambda v: v[0]), 1)
            ]  # fmt: skip
            pay_cols = [Column("STT", 6, number=True), *who_cols, Column("Đối tượng", 44),
                        Column("Số tháng", 9, number=True),
                        Column("Số tiền (đồng)", 14, number=True)]  # fmt: skip
            pay_tot = ["", "Tổng cộng", *([""] * (len(who_cols) - 1)), "",
                       programme.payment_months, programme.payment_vnd]  # fmt: skip

            sv = figures.services
            sv_cols = [Column("STT", 6, number=True), Column("Loại dịch vụ", 34),
                       *(Column(st.label, 12, "Nơi cung cấp", True) for st in sv.settings),
                       Column("Không rõ", 10, "Nơi cung cấp", True),
                       Column("Tổng số lượt", 10, number=True),
                       Column("Số trẻ được nhận", 10, number=True)]  # fmt: skip

            def sv_line(n: Any, r: Any) -> tuple[Any, ...]:
                return (n, r.label, *r.by_setting, r.unspecified, r.total, r.children)

            rows[ACTIVITIES] = write_sheet(wb.create_sheet(ACTIVITIES), head(
                f"CÁC HOẠT ĐỘNG, DỊCH VỤ CHO TRẺ EM {titled}",
                f"{t.sessions} hoạt động, {programme.sponsored_children} trẻ em được nhận đỡ "
                f"đầu, {programme.payment_children} trẻ em được trợ cấp xã hội hằng tháng "
                "(Nghị định số 20/2021/NĐ-CP)."), [
                Table(act_cols, act_rows, act_tot),
                Table(kind_cols, [kind_line(i, r) for i, r in enumerate(programme.activities, 1)],
                      kind_line("", t), caption="Hoạt động theo loại"),
                Table(sp_cols, sp_rows, ["", "Tổng cộng", len(sp_rows),
                                         *([""] * (len(sp_cols) - 3))],
                      caption="Trẻ em được nhận đỡ đầu"),
                Table(pay_cols, pay_rows, pay_tot,
                      caption="Trẻ em được trợ cấp xã hội hằng tháng"),
                Table(sv_cols, [sv_line(i, r) for i, r in enumerate(sv.rows, 1)],
                      sv_line("", sv.total), caption="Dịch vụ theo loại và nơi cung cấp"),
            ])  # fmt: skip
            if cancelled():
                raise ExcelExportCancelled
            stamp(wb, self.user, datetime.now(), f"Số liệu trẻ em năm {year}")
            wb.save(tmp)
            try:
                os.replace(tmp, out)
            except OSError as exc:
                raise UserError(f"Không ghi được tệp «{out}»: {exc.strerror}. Tệp có đang mở "
                                "trong Excel không? Hãy đóng tệp hoặc chọn tên khác.") from None  # fmt: skip
        except BaseException:
            discard(wb)
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        for ws in wb.worksheets:
            forget_styles(ws)
        kind = "ẩn danh" if anonymise else "có họ tên trẻ em"
        audit.record_output(
            self.db, self.user, "export", "excel",
            f"Xuất tệp Excel số liệu năm {year} ({kind}) ra «{out}»",
            {"file": str(out), "year": year, "anonymised": anonymise, "rows": sum(rows.values())},
        )  # fmt: skip
        progress(total, total)
        return ExcelExportSummary(out, year, on, anonymise, rows, period)
