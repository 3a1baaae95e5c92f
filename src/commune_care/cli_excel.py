"""The Excel part of the command line: ``export excel`` for a year or any period, through our
layout or a province's template (``--template NAME``), and ``excel-templates`` to list, add and
delete the saved templates. Kept apart from ``cli.py``, which wires them in."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from commune_care.domain.dates import DateParseError, parse_date
from commune_care.domain.periods import ReportPeriod

if TYPE_CHECKING:
    from commune_care.db.session import Database

__all__ = ["PeriodError", "add_period_arguments", "add_templates_command", "cmd_export_excel",
           "cmd_templates", "period_of"]  # fmt: skip

Printer = Callable[[Any], None]


class PeriodError(Exception):
    """Period options that do not go together; the message is Vietnamese."""


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _number(low: int, high: int, what: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = 0
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{what} «{text}» không có; hãy ghi một số từ {low} đến {high}."
            )
        return value

    return parse


def add_period_arguments(parser: argparse.ArgumentParser, year_type: Any) -> None:
    parser.add_argument(
        "--year", type=year_type, default=None, metavar="Y", help="năm (mặc định: năm nay)"
    )
    parser.add_argument(
        "--quarter", type=_number(1, 4, "Quý"), default=None, metavar="N",
        help="quý N (1–4) của năm --year",
    )  # fmt: skip
    parser.add_argument(
        "--half", type=_number(1, 2, "Nửa năm"), default=None, metavar="N",
        help="1: 6 tháng đầu năm, 2: 6 tháng cuối năm --year",
    )  # fmt: skip
    parser.add_argument("--from", dest="date_from", type=_day, default=None,
                        metavar="DD/MM/YYYY", help="từ ngày (cùng với --to)")  # fmt: skip
    parser.add_argument("--to", dest="date_to", type=_day, default=None, metavar="DD/MM/YYYY",
                        help="đến ngày (cùng với --from)")  # fmt: skip


def period_of(args: argparse.Namespace, today: date) -> int | ReportPeriod:
    """The period the options name: a year (an int, which keeps the year's own checks), a
    quarter or a half of it, or two days."""
    dates = (args.date_from, args.date_to)
    if any(d is not None for d in dates):
        if None in dates:
            raise PeriodError("Cần cả --from và --to (ví dụ --from 01/01/2026 --to 30/06/2026).")
        if args.year is not None or args.quarter is not None or args.half is not None:
            raise PeriodError("Dùng --from/--to hoặc --year/--quarter/--half, không dùng cả hai.")
        return ReportPeriod.between(args.date_from, args.date_to)
    if args.quarter is not None and args.half is not None:
        raise PeriodError("Chọn --quarter hoặc --half, không chọn cả hai.")
    year = args.year or today.year
    if args.quarter is not None:
        return ReportPeriod.of_quarter(year, args.quarter)
    if args.half is not None:
        return ReportPeriod.of_half(year, args.half)
    return year


def _period_json(period: ReportPeriod) -> dict[str, Any]:
    return {"from": period.start.isoformat(), "to": period.end.isoformat(), "title": period.title}


def cmd_export_excel(db: Database, args: argparse.Namespace, out: Path, printer: Printer) -> None:
    from commune_care.services.excel_export import ExcelExportService
    from commune_care.services.excel_template_export import TemplateExportService

    period = period_of(args, date.today())
    if args.template:
        summary = TemplateExportService(db).export(args.template, period, out, args.anonymise)
        printer(
            {
                "file": str(summary.path.resolve()),
                "template": summary.template,
                "list": summary.list_label,
                "period": _period_json(summary.period),
                "on": summary.on.isoformat(),
                "anonymised": summary.anonymised,
                "rows": summary.rows,
                "totals_row": summary.totals_row,
                "bytes": summary.path.stat().st_size,
            }
        )
        return
    result = ExcelExportService(db).export(period, out, anonymise=args.anonymise)
    printer(
        {
            "file": str(result.path.resolve()),
            "year": result.year,
            "period": _period_json(result.period or ReportPeriod.of_year(result.year)),
            "on": result.on.isoformat(),
            "anonymised": result.anonymised,
            "sheets": result.rows,
            "bytes": result.path.stat().st_size,
        }
    )


# --- excel-templates ---------------------------------------------------------------------------


def _template_json(t: Any) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "list": t.list_label,
        "dataset": t.dataset.value,
        "group": t.group_code or None,
        "file_name": t.file_name,
        "sheet": t.sheet,
        "header_rows": list(t.header_rows),
        "data_first_row": t.data_first,
        "columns": [
            {"column": c.column, "label": c.label, "field": c.field.value or None}
            for c in t.columns
        ],
        "updated_at": t.updated_at.isoformat(timespec="seconds"),
    }


def add_templates_command(commands: Any, parser_class: Any, add_db: Callable[..., None],
                          handler: Callable[..., int]) -> None:  # fmt: skip
    """``excel-templates list|add|delete``; each runs through ``handler(db, args)``."""
    from commune_care.domain.excel_templates import TemplateDataset

    top = commands.add_parser(
        "excel-templates",
        help="các mẫu Excel của cấp trên đã lưu",
        description="Mẫu Excel của cấp trên (Sở Y tế): danh sách mẫu đã lưu, thêm một mẫu từ "
        "tệp .xlsx (cột được ghép theo tiêu đề cột), xóa mẫu. Xuất theo mẫu: «export excel "
        "--template TÊN».",
    )
    sub = top.add_subparsers(dest="templates_command", metavar="VIỆC", required=True,
                             parser_class=parser_class)  # fmt: skip
    listing = sub.add_parser("list", help="liệt kê các mẫu đã lưu (JSON)")
    add_db(listing)
    listing.set_defaults(handler=handler, writes=False)
    add = sub.add_parser(
        "add",
        help="lưu một mẫu từ tệp .xlsx, cột ghép theo tiêu đề",
        description="Tìm dòng tiêu đề cột của trang tính, ghép mỗi cột với một thông tin của "
        "phần mềm theo tiêu đề (có dấu hoặc không dấu) và lưu mẫu cùng một bản sao của tệp. "
        "Sửa cách ghép cột trong phần mềm: Văn bản → Xuất Excel… → Sửa….",
    )
    add.add_argument("file", metavar="FILE.xlsx", help="tệp mẫu của cấp trên")
    add.add_argument("--name", required=True, help="tên mẫu, ví dụ «Mẫu Sở Y tế»")
    add.add_argument("--sheet", default=None, help="trang tính (mặc định: trang mở đầu tiên)")
    add.add_argument("--list", dest="dataset", default=TemplateDataset.CHILDREN.value,
                     choices=[d.value for d in TemplateDataset],
                     help="danh sách ghi vào mẫu: children (mọi trẻ đang quản lý), special (trẻ "
                     "em có hoàn cảnh đặc biệt), group (một nhóm, cùng với --group)")  # fmt: skip
    add.add_argument("--group", default="", metavar="CODE", help="mã nhóm, ví dụ hcdb_a")
    add_db(add)
    add.set_defaults(handler=handler, writes=True)
    delete = sub.add_parser("delete", help="xóa một mẫu đã lưu")
    delete.add_argument("name", metavar="NAME", help="tên mẫu")
    add_db(delete)
    delete.set_defaults(handler=handler, writes=True)


def cmd_templates(db: Database, args: argparse.Namespace, printer: Printer) -> None:
    from commune_care.domain.excel_templates import TemplateDataset
    from commune_care.services.excel_templates import ExcelTemplatesService

    service = ExcelTemplatesService(db)
    if args.templates_command == "list":
        printer([_template_json(t) for t in service.list()])
    elif args.templates_command == "add":
        path = Path(args.file).expanduser()
        layout = service.inspect(path, args.sheet)
        template = service.save(args.name, path, layout, layout.columns,
                                TemplateDataset(args.dataset), args.group)  # fmt: skip
        printer(_template_json(template))
    else:
        template = service.get(args.name)
        service.delete(template.id)
        printer({"deleted": template.name})
