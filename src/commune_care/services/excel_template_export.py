"""Export a list of children through a province's own template (issue #6 item 2): the template
is checked (``ExcelTemplatesService.checked``), the children of its list on the day of the
figures are streamed from one query, each line built from the template's mapping, and a copy of
the template is filled (``exports/xlsx/template_fill``) into a temporary file renamed at the end.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, exists, func, select

from commune_care.db.models import ChildRecord, ClassificationRecord, VillageRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.dates import PartialDate, age_on
from commune_care.domain.enums import Household, Sex
from commune_care.domain.errors import UserError
from commune_care.domain.ethnicities import ethnicity_name
from commune_care.domain.excel_templates import ExcelTemplate, TemplateDataset, TemplateField
from commune_care.domain.groups import GROUP_BY_CODE, SPECIAL_CIRCUMSTANCE_CODES
from commune_care.domain.periods import ReportPeriod
from commune_care.exports.xlsx.template_fill import fill_template
from commune_care.services.excel_export import ExcelExportCancelled, birth_cell
from commune_care.services.excel_templates import ExcelTemplatesService

__all__ = ["TemplateExportService", "TemplateExportSummary"]

F = TemplateField
STREAM = 2_000


@dataclass(frozen=True)
class TemplateExportSummary:
    path: Path
    template: str
    list_label: str
    period: ReportPeriod
    on: date
    anonymised: bool
    rows: int
    totals_row: int | None


def _active(on: date) -> Any:
    cl = ClassificationRecord
    return (cl.start_date <= on) & ((cl.end_date.is_(None)) | (cl.end_date >= on))


def _in_list(stmt: Any, template: ExcelTemplate, on: date) -> Any:
    """``stmt`` narrowed to the template's list (any select over the children)."""
    cl = ClassificationRecord
    if template.dataset is TemplateDataset.CHILDREN:
        return stmt
    codes = (
        sorted(SPECIAL_CIRCUMSTANCE_CODES)
        if template.dataset is TemplateDataset.SPECIAL
        else [template.group_code]
    )
    return stmt.where(
        exists().where(cl.child_id == ChildRecord.id, cl.group_code.in_(codes), _active(on))
    )


def _names(codes: Sequence[str]) -> list[str]:
    return [GROUP_BY_CODE[g].name for g in codes if g in GROUP_BY_CODE]


def _parents(r: Any) -> str:
    parts = []
    if r.father_name:
        parts.append(f"Cha: {r.father_name}")
    if r.mother_name:
        parts.append(f"Mẹ: {r.mother_name}")
    if r.caregiver_name and r.caregiver_name not in (r.father_name, r.mother_name):
        parts.append(f"Người nuôi dưỡng: {r.caregiver_name}")
    return "; ".join(parts)


class _Line:
    """The value of each field for one child (``value``), as the default workbook writes it."""

    def __init__(self, r: Any, number: int, on: date, anonymise: bool) -> None:
        self.r, self.number, self.on, self.anonymise = r, number, on, anonymise
        self.codes = sorted(set((r.codes or "").split(",")) - {""})

    def birth(self) -> Any:
        r = self.r
        return birth_cell(r.birth_year, r.birth_month, r.birth_day, r.birth_estimated)

    def age(self) -> Any:
        r = self.r
        if r.birth_year is None:
            return None
        return age_on(PartialDate(r.birth_year, r.birth_month, r.birth_day), self.on)

    def value(self, field: TemplateField) -> Any:
        r = self.r
        if self.anonymise and field.personal:
            return r.code if field is F.FULL_NAME else None
        male, female = r.sex == Sex.MALE.value, r.sex == Sex.FEMALE.value
        match field:
            case F.NUMBER:
                return self.number
            case F.CODE:
                return r.code
            case F.FULL_NAME:
                return r.full_name
            case F.BIRTH:
                return self.birth()
            case F.BIRTH_YEAR:
                return r.birth_year
            case F.BIRTH_MALE:
                return self.birth() if male else None
            case F.BIRTH_FEMALE:
                return self.birth() if female else None
            case F.AGE:
                return self.age()
            case F.SEX:
                return "Nam" if male else "Nữ" if female else None
            case F.MALE_MARK:
                return "x" if male else None
            case F.FEMALE_MARK:
                return "x" if female else None
            case F.ETHNICITY:
                return ethnicity_name(r.ethnicity_code) if r.ethnicity_code else None
            case F.VILLAGE:
                return r.village
            case F.ADDRESS:
                return r.address
            case F.ID_NUMBER:
                return r.id_number
            case F.SCHOOL:
                return r.school
            case F.SCHOOL_CLASS:
                return r.school_class
            case F.FATHER_NAME:
                return r.father_name
            case F.MOTHER_NAME:
                return r.mother_name
            case F.CAREGIVER_NAME:
                return r.caregiver_name
            case F.PARENTS:
                return _parents(r)
            case F.GROUPS:
                return "; ".join(_names(self.codes))
            case F.CIRCUMSTANCES:
                household = Household(r.household).label if r.household else ""
                return "; ".join(_names(self.codes) + ([household] if household else []))
            case F.NOTES:
                return r.notes
        return None


class TemplateExportService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    def _stmt(self, template: ExcelTemplate, on: date) -> Select[Any]:
        c, cl = ChildRecord, ClassificationRecord
        groups = (
            select(cl.child_id, func.group_concat(cl.group_code, ",").label("codes"))
            .where(_active(on))
            .group_by(cl.child_id)
            .subquery()
        )
        stmt = (
            select(c.code, c.full_name, c.birth_year, c.birth_month, c.birth_day,
                   c.birth_estimated, c.sex, c.ethnicity_code, VillageRecord.name.label("village"),
                   c.address, c.id_number, c.school, c.school_class, c.father_name,
                   c.mother_name, c.caregiver_name, c.household, c.notes, groups.c.codes)
            .outerjoin(VillageRecord, VillageRecord.id == c.village_id)
            .outerjoin(groups, groups.c.child_id == c.id)
            .where(c.archived.is_(False))
        )  # fmt: skip
        narrowed: Select[Any] = _in_list(stmt, template, on).order_by(c.sort_key, c.id)
        return narrowed

    def count(self, template: ExcelTemplate, on: date) -> int:
        require(self.actor, Permission.EXPORT_STATISTICS)
        stmt = _in_list(
            select(func.count()).select_from(ChildRecord).where(ChildRecord.archived.is_(False)),
            template, on,
        )  # fmt: skip
        with self.db.session() as s:
            return int(s.scalar(stmt) or 0)

    def export(
        self,
        template_name: str | int,
        period: int | ReportPeriod,
        out: Path,
        anonymise: bool = False,
        today: date | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> TemplateExportSummary:
        require(
            self.actor, Permission.EXPORT_STATISTICS if anonymise else Permission.EXPORT_PERSONAL
        )
        today = today or date.today()
        period = ReportPeriod.of_year(period) if isinstance(period, int) else period
        period.check_begun(today)
        on = period.figures_day(today)
        template, data = ExcelTemplatesService(self.db, self.actor).checked(template_name)
        width = max(c.column for c in template.columns)
        fields = [F.EMPTY] * width
        for col in template.columns:
            fields[col.column - 1] = col.field
        number_col = next((c.column for c in template.columns if c.field is F.NUMBER), None)
        total = self.count(template, on) + 1
        report = progress or (lambda _d, _t: None)
        stop = cancelled or (lambda: False)
        sexes = {"male": 0, "female": 0}

        def lines() -> Iterator[list[Any]]:
            number = 0
            with self.db.session() as s:
                stmt = self._stmt(template, on).execution_options(yield_per=STREAM)
                for r in s.execute(stmt):
                    number += 1
                    line = _Line(r, number, on, anonymise)
                    sexes["male"] += r.sex == Sex.MALE.value
                    sexes["female"] += r.sex == Sex.FEMALE.value
                    yield [line.value(f) for f in fields]

        def step(done: int) -> None:
            if stop():
                raise ExcelExportCancelled
            report(min(done, total - 1), total)

        def totals(count: int) -> dict[int, Any]:
            values: dict[int, Any] = {}
            who = next((i + 1 for i, f in enumerate(fields) if f in (F.FULL_NAME, F.CODE)), None)
            if who is not None:
                values[who] = count
            for i, f in enumerate(fields):
                if f in (F.BIRTH_MALE, F.MALE_MARK):
                    values[i + 1] = sexes["male"]
                elif f in (F.BIRTH_FEMALE, F.FEMALE_MARK):
                    values[i + 1] = sexes["female"]
            return values

        out = Path(out)
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx.tmp", dir=out.parent)
        except OSError as exc:
            raise UserError(f"Không ghi được tệp vào thư mục «{out.parent}»: {exc.strerror}. "
                            "Hãy chọn thư mục khác.") from None  # fmt: skip
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            report(0, total)
            if stop():
                raise ExcelExportCancelled
            header_last = template.header_rows[-1]
            result = fill_template(data, template.sheet, header_last, template.data_first, width,
                                   number_col, lines(), totals, tmp, step)  # fmt: skip
            if stop():
                raise ExcelExportCancelled
            try:
                os.replace(tmp, out)
            except OSError as exc:
                raise UserError(f"Không ghi được tệp «{out}»: {exc.strerror}. Tệp có đang mở "
                                "trong Excel không? Hãy đóng tệp hoặc chọn tên khác.") from None  # fmt: skip
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        report(total, total)
        return TemplateExportSummary(out, template.name, template.list_label, period, on,
                                     anonymise, result.rows, result.totals_row)  # fmt: skip
