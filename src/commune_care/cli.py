"""The command line: the same services as the app, for headless jobs, support staff and tests.

The contract other tools rely on:

- results are UTF-8 JSON on stdout (``ensure_ascii=False``), one document per run, whatever the
  console's encoding;
- errors are one clear Vietnamese message on stderr, never a traceback; exit status 2 for what
  the user can fix (bad arguments, invalid input, unknown code, missing file, newer or unusable
  database), 3 for a likely duplicate (``children add`` without ``--force``), 1 for anything
  unexpected (then the details go to the log file);
- every command opens the database given by ``--db`` (or ``COMMUNE_CARE_DB``, or the per-user
  default) and brings it to this version's schema first; commands that write create the file when
  it does not exist yet (in a folder that does), commands that only read never do. A file this
  version cannot use (newer schema, not a database, damaged, another program's) is refused and
  left byte for byte as it was.

Without a sub-command the desktop app starts (Qt is imported only then).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from commune_care import __version__, paths
from commune_care.cli_accounts import add_accounts_commands
from commune_care.cli_excel import (
    PeriodError,
    add_period_arguments,
    add_templates_command,
    cmd_export_excel,
    cmd_templates,
)

if TYPE_CHECKING:
    from commune_care.db.session import Database
    from commune_care.domain.schemas.care import PlacementOut
    from commune_care.domain.schemas.cases import CaseSummary
    from commune_care.domain.schemas.children import ChildOut, ChildSummary

log = logging.getLogger("commune_care.cli")

PROG = "commune-care"
EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USER = 2
EXIT_DUPLICATE = 3
COMMANDS = (
    "demo", "children", "cases", "care", "indicators", "activities", "export", "backup",
    "restore", "check", "excel-templates", "audit", "accounts",
)  # fmt: skip


class UsageError(Exception):
    """Bad command-line arguments; the message is Vietnamese."""


class CliError(Exception):
    """An error the user can fix, with its exit status."""

    def __init__(self, message: str, status: int = EXIT_USER) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# --- argument parsing -----------------------------------------------------------------------

_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (.*)"), r"Thiếu tham số bắt buộc: \1."),
    (re.compile(r"unrecognized arguments: (.*)"), r"Không hiểu tham số: \1."),
    (
        re.compile(r"argument (\S+): invalid choice: '?(.*?)'? \(choose from (.*)\)"),
        r"Tham số \1: giá trị «\2» không hợp lệ; hãy chọn một trong: \3.",
    ),
    (
        re.compile(r"argument (\S+): invalid (?:int|_non_negative_int) value: '?(.*?)'?$"),
        r"Tham số \1: «\2» không phải là một số nguyên không âm.",
    ),
    (re.compile(r"argument (\S+): expected one argument"), r"Tham số \1 cần một giá trị."),
    (
        re.compile(r"argument (\S+): not allowed with argument (\S+)"),
        r"Không dùng được tham số \1 cùng với \2.",
    ),
    (re.compile(r"argument (\S+): ((?:Năm|Quý|Nửa năm|Ngày) .*)$"), r"Tham số \1: \2"),
)


def _vietnamese_usage(message: str) -> str:
    for pattern, replacement in _ARGPARSE_MESSAGES:
        if pattern.search(message):
            return pattern.sub(replacement, message)
    return f"Tham số không hợp lệ: {message}."


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in Vietnamese: its help headings and -h are English otherwise."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help="in hướng dẫn này rồi thoát",
        )

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{_vietnamese_usage(message)} Xem «{self.prog} --help».")


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def _year(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if not 1900 <= value <= 9999:
        raise argparse.ArgumentTypeError(f"Năm «{text}» không hợp lệ; hãy nhập năm có 4 chữ số.")
    return value


def _add_db(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # On a sub-command the default is "not given", so that it does not overwrite a --db given
    # before the sub-command ("commune-care --db X children search ...").
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="tệp dữ liệu (.sqlite3) hoặc URL SQLAlchemy; mặc định: biến COMMUNE_CARE_DB, "
        "rồi tệp trong thư mục dữ liệu của người dùng",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Quản lý trẻ em và bảo vệ trẻ em cấp xã. Không có lệnh con: mở phần mềm.",
        epilog="Kết quả là JSON (UTF-8) trên stdout; lỗi là thông báo tiếng Việt trên stderr "
        "(mã thoát 2: lỗi người dùng sửa được, 3: có thể trùng hồ sơ, 4: nhật ký hệ thống bị thay "
        "đổi, 1: lỗi không mong muốn).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help="in số phiên bản rồi thoát",
    )
    _add_db(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)

    demo = commands.add_parser(
        "demo",
        help="tạo một xã minh họa với dữ liệu giả lập",
        description="Tạo hồ sơ xã, thôn/bản (nếu chưa có) và N trẻ em giả lập, nối tiếp dữ liệu "
        "đã có. Cùng seed cho cùng dữ liệu. In ra bản tóm tắt JSON.",
    )
    _add_db(demo)
    demo.add_argument(
        "--children", type=_non_negative_int, required=True, metavar="N", help="số trẻ em"
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="hạt giống (mặc định 1)")
    demo.set_defaults(handler=_cmd_demo, writes=True)

    children = commands.add_parser(
        "children",
        help="tìm, xem, thêm và nhập hồ sơ trẻ em",
        description="Danh sách trẻ em.",
    )
    children_commands = children.add_subparsers(
        dest="children_command", metavar="LỆNH", required=True, parser_class=_Parser
    )

    search = children_commands.add_parser(
        "search",
        help="tìm trẻ theo tên, mã, số định danh, tên cha mẹ",
        description="Tìm trẻ: mỗi từ là phần đầu một từ trong họ tên, mã, số định danh hoặc tên "
        "cha, mẹ, người chăm sóc; không phân biệt hoa thường, dấu và đ/d.",
    )
    search.add_argument("query", metavar="QUERY", help='nội dung tìm, ví dụ: "nguyen van duc"')
    _add_db(search)
    search.add_argument(
        "--limit", type=_non_negative_int, default=50, metavar="N", help="tối đa N kết quả (50)"
    )
    search.add_argument("--include-archived", action="store_true", help="tìm cả hồ sơ đã lưu trữ")
    search.add_argument("--json", action="store_true", help="in JSON thay cho bảng")
    search.set_defaults(handler=_cmd_search, writes=False)

    show = children_commands.add_parser(
        "show",
        help="xem toàn bộ hồ sơ một trẻ",
        description="Xem toàn bộ hồ sơ một trẻ theo mã (ví dụ TE000123). Ghi chú mật KHÔNG được in "
        "ra, trừ khi có --include-confidential.",
    )
    show.add_argument("code", metavar="CODE", help="mã trẻ, ví dụ TE000123")
    _add_db(show)
    show.add_argument("--json", action="store_true", help="in JSON thay cho văn bản")
    show.add_argument(
        "--include-confidential",
        action="store_true",
        help="in cả ghi chú mật (chỉ dùng khi được phép xem)",
    )
    show.set_defaults(handler=_cmd_show, writes=False)

    add = children_commands.add_parser(
        "add",
        help="thêm một trẻ",
        description="Thêm hồ sơ một trẻ. In hồ sơ đã lưu dưới dạng JSON. Nếu có thể trùng với hồ "
        "sơ đã có: không lưu, in các hồ sơ nghi trùng và thoát với mã 3 (trừ khi có --force).",
    )
    _add_db(add)
    add.add_argument("--name", required=True, help="họ và tên")
    add.add_argument("--sex", required=True, choices=("nam", "nu", "khong_ro"), help="giới tính")
    add.add_argument(
        "--birth", required=True, metavar="NGÀY", help="ngày sinh: dd/mm/yyyy, mm/yyyy hoặc yyyy"
    )
    add.add_argument("--birth-estimated", action="store_true", help="ngày sinh là ước tính")
    add.add_argument("--village", metavar="TÊN", help="tên thôn/bản/tổ dân phố đã có trong xã")
    add.add_argument("--id-number", default="", metavar="SỐ", help="số định danh cá nhân (12 số)")
    add.add_argument("--father", default="", metavar="TÊN", help="họ tên cha")
    add.add_argument("--mother", default="", metavar="TÊN", help="họ tên mẹ")
    add.add_argument("--force", action="store_true", help="lưu dù có thể trùng hồ sơ đã có")
    add.add_argument("--json", action="store_true", help="(kết quả luôn là JSON)")
    add.set_defaults(handler=_cmd_add, writes=True)

    imp = children_commands.add_parser(
        "import",
        help="nhập trẻ em từ một danh sách Excel (.xlsx)",
        description="Nhập trẻ em từ danh sách Excel xã đang giữ: tìm dòng tiêu đề, đoán cột theo "
        "tiêu đề (hoặc dùng cách ghép cột đã lưu cho mẫu này), kiểm tra từng dòng như khi thêm "
        "một trẻ, bỏ qua dòng trùng với hồ sơ đã có hoặc với dòng trước trong tệp, rồi ghi mọi "
        "dòng hợp lệ trong một lần: tất cả hoặc không gì cả. Nhập lại cùng tệp không thêm ai. In "
        "bản tóm tắt JSON (rows_read, imported, duplicates, rejected, skipped, …).",
    )
    imp.add_argument("file", metavar="FILE.xlsx", help="tệp Excel chứa danh sách")
    _add_db(imp)
    imp.add_argument("--sheet", metavar="TÊN", help="trang tính (mặc định: trang đầu có danh sách)")
    imp.add_argument(
        "--dry-run", action="store_true", help="chỉ kiểm tra và báo cáo, không ghi gì vào dữ liệu"
    )
    imp.add_argument(
        "--errors",
        metavar="OUT.xlsx",
        help="ghi các dòng bị từ chối và dòng trùng, kèm cột «Lý do», vào tệp này",
    )
    imp.add_argument("--json", action="store_true", help="(kết quả luôn là JSON)")
    imp.set_defaults(handler=_cmd_import, writes=True)

    cases = commands.add_parser(
        "cases",
        help="hồ sơ hỗ trợ, can thiệp (Nghị định 56)",
        description="Hồ sơ hỗ trợ, can thiệp. Không bao giờ in nội dung mật (thông tin tiếp nhận, "
        "người báo tin, nội dung đánh giá, hình thức xâm hại).",
    )
    cases_commands = cases.add_subparsers(
        dest="cases_command", metavar="LỆNH", required=True, parser_class=_Parser
    )
    case_list = cases_commands.add_parser(
        "list",
        help="danh sách hồ sơ, hạn gần nhất trước",
        description="Danh sách hồ sơ hỗ trợ, can thiệp: giai đoạn, việc tiếp theo và hạn của nó, "
        "hạn gần nhất trước. Mặc định: mọi hồ sơ.",
    )
    _add_db(case_list)
    which = case_list.add_mutually_exclusive_group()
    which.add_argument("--open", action="store_true", help="chỉ hồ sơ đang mở")
    which.add_argument("--closed", action="store_true", help="chỉ hồ sơ đã đóng")
    case_list.add_argument("--overdue", action="store_true", help="chỉ hồ sơ có việc quá hạn")
    case_list.add_argument(
        "--limit", type=_non_negative_int, default=None, metavar="N", help="tối đa N hồ sơ"
    )
    case_list.add_argument("--json", action="store_true", help="(kết quả luôn là JSON)")
    case_list.set_defaults(handler=_cmd_cases_list, writes=False)
    todo = cases_commands.add_parser(
        "todo",
        help="việc cần làm của mọi hồ sơ đang mở, theo hạn",
        description="Việc cần làm: việc tiếp theo của mỗi hồ sơ đang mở (và mỗi lần tạm thời "
        "cách ly đang diễn ra), hạn gần nhất trước.",
    )
    _add_db(todo)
    todo.add_argument("--json", action="store_true", help="(kết quả luôn là JSON)")
    todo.set_defaults(handler=_cmd_cases_todo, writes=False)

    care = commands.add_parser(
        "care",
        help="chăm sóc thay thế (Luật Trẻ em Điều 60–69)",
        description="Chăm sóc thay thế: các lần giao trẻ cho người thân thích, cá nhân, gia đình "
        "không phải người thân thích, cơ sở trợ giúp xã hội hoặc nhận con nuôi.",
    )
    care_commands = care.add_subparsers(
        dest="care_command", metavar="LỆNH", required=True, parser_class=_Parser
    )
    care_list = care_commands.add_parser(
        "list",
        help="danh sách các lần chăm sóc thay thế, mới nhất trước",
        description="Danh sách các lần chăm sóc thay thế: mã, trẻ, hình thức, người nhận chăm "
        "sóc, ngày bắt đầu và kết thúc, đang diễn ra hay không, việc tiếp theo và hạn. Mặc định: "
        "tất cả, ngày bắt đầu mới nhất trước.",
    )
    _add_db(care_list)
    care_which = care_list.add_mutually_exclusive_group()
    care_which.add_argument("--current", action="store_true", help="chỉ những lần đang diễn ra")
    care_which.add_argument("--ended", action="store_true", help="chỉ những lần đã chấm dứt")
    care_list.add_argument(
        "--limit", type=_non_negative_int, default=None, metavar="N", help="tối đa N dòng"
    )
    care_list.add_argument("--json", action="store_true", help="(kết quả luôn là JSON)")
    care_list.set_defaults(handler=_cmd_care_list, writes=False)

    indicators = commands.add_parser(
        "indicators",
        help="các chỉ tiêu của năm",
        description="Các chỉ tiêu của một năm, một đối tượng JSON mỗi chỉ tiêu một khóa (ví dụ tỷ "
        "lệ trẻ em có vấn đề sức khỏe tâm thần được tiếp cận dịch vụ, tỷ lệ trẻ em mồ côi được "
        "chăm sóc thay thế, QĐ 1591/QĐ-TTg).",
    )
    _add_db(indicators)
    indicators.add_argument(
        "--year", type=_year, default=None, metavar="Y", help="năm (mặc định: năm nay)"
    )
    indicators.add_argument("--json", action="store_true", help="(kết quả luôn là JSON)")
    indicators.set_defaults(handler=_cmd_indicators, writes=False)

    activities = commands.add_parser(
        "activities",
        help="hoạt động truyền thông, tập huấn, thăm hỏi, hỗ trợ",
        description="Các hoạt động của Chương trình: truyền thông, tập huấn, giáo dục kỹ năng "
        "sống, thăm hỏi tặng quà, hỗ trợ khác.",
    )
    activities_commands = activities.add_subparsers(
        dest="activities_command", metavar="LỆNH", required=True, parser_class=_Parser
    )
    activities_list = activities_commands.add_parser(
        "list",
        help="danh sách hoạt động, mới nhất trước",
        description="Danh sách hoạt động (không gồm hoạt động đã lưu trữ): ngày, loại, tên, địa "
        "điểm, đơn vị tổ chức, số người tham gia (trẻ em, cha mẹ, cán bộ), trẻ em liên quan, "
        "kinh phí và nguồn kinh phí. Mới nhất trước.",
    )
    _add_db(activities_list)
    activities_list.add_argument(
        "--year", type=_year, default=None, metavar="Y", help="chỉ các hoạt động của năm Y"
    )
    activities_list.add_argument("--json", action="store_true", help="(kết quả luôn là JSON)")
    activities_list.set_defaults(handler=_cmd_activities_list, writes=False)

    export = commands.add_parser(
        "export",
        help="xuất văn bản ra tệp PDF (thể thức Nghị định 30/2020)",
        description="Xuất văn bản ra tệp PDF theo thể thức Nghị định 30/2020/NĐ-CP. In ra JSON: "
        "tệp đã ghi và số trang.",
    )
    export_commands = export.add_subparsers(
        dest="export_command", metavar="LOẠI", required=True, parser_class=_Parser
    )
    export_child = export_commands.add_parser(
        "child",
        help="phiếu thông tin một trẻ",
        description="Phiếu thông tin trẻ em của một trẻ theo mã (ví dụ TE000123). Ghi chú mật "
        "KHÔNG có trong phiếu, trừ khi có --include-confidential (phiếu khi đó có dấu «MẬT»).",
    )
    export_child.add_argument("code", metavar="CODE", help="mã trẻ, ví dụ TE000123")
    _add_db(export_child)
    export_child.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF sẽ ghi")
    export_child.add_argument(
        "--include-confidential",
        action="store_true",
        help="đưa cả ghi chú mật vào phiếu (chỉ dùng khi được phép xem)",
    )
    export_child.set_defaults(handler=_cmd_export_child, writes=False)
    export_excel = export_commands.add_parser(
        "excel",
        help="tệp Excel số liệu của năm hoặc một kỳ gửi cấp trên",
        description="Tệp Excel của một năm (--year), một quý (--quarter), 6 tháng (--half) hoặc "
        "từ ngày đến ngày (--from/--to): Tổng hợp, Trẻ em có HCĐB, Sức khỏe tâm thần, Mồ côi - "
        "Chăm sóc thay thế, Hỗ trợ can thiệp (không có thông tin mật), Hoạt động. --template TÊN: "
        "điền danh sách trẻ em vào mẫu Excel của cấp trên đã lưu (xem «excel-templates list»). "
        "In ra JSON: tệp đã ghi và số dòng. --anonymise: chỉ có mã trẻ, không có họ tên, số định "
        "danh, địa chỉ, họ tên cha mẹ (để gửi qua thư điện tử).",
    )
    _add_db(export_excel)
    add_period_arguments(export_excel, _year)
    export_excel.add_argument(
        "--template", default=None, metavar="NAME", help="tên mẫu Excel của cấp trên đã lưu"
    )
    export_excel.add_argument("--out", required=True, metavar="FILE.xlsx", help="tệp Excel sẽ ghi")
    export_excel.add_argument(
        "--anonymise",
        action="store_true",
        help="ẩn danh: mã trẻ thay cho họ tên, không có số định danh, địa chỉ, họ tên cha mẹ",
    )
    export_excel.set_defaults(handler=_cmd_export_excel, writes=False)
    add_templates_command(commands, _Parser, _add_db, _cmd_excel_templates)
    _add_safety_commands(commands)
    from commune_care.cli_audit import add_audit_commands

    add_audit_commands(commands, _add_db, _Parser)
    add_accounts_commands(commands, _add_db)
    for kind, what, description in (
        (
            "plan",
            "kế hoạch năm của Chương trình",
            "Kế hoạch thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em "
            "mồ côi của một năm: bản trong sổ văn bản đi (bản đã ban hành, nếu không thì bản dự "
            "thảo), hoặc nếu chưa có thì bản soạn sẵn từ kế hoạch năm trước và số liệu hiện tại.",
        ),
        (
            "report",
            "báo cáo kết quả thực hiện của năm",
            "Báo cáo kết quả thực hiện của một năm, các bảng số liệu tính từ dữ liệu: bản trong "
            "sổ văn bản đi (đã ban hành, nếu không thì dự thảo), hoặc bản soạn sẵn nếu chưa có.",
        ),
    ):
        export_year = export_commands.add_parser(kind, help=what, description=description)
        _add_db(export_year)
        export_year.add_argument(
            "--year", type=_year, default=None, metavar="Y", help="năm (mặc định: năm nay)"
        )
        export_year.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF sẽ ghi")
        export_year.set_defaults(handler=_cmd_export_year, writes=False, kind=kind)
    return parser


def _add_safety_commands(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="sao lưu có mã hóa ra một thư mục (USB)",
        description="Sao lưu toàn bộ dữ liệu thành một tệp .ccbak mã hóa bằng mật khẩu (AES-256-GCM) "
        "trong thư mục DIR, tên tệp gồm tên xã, ngày và giờ. Tệp được đọc lại, giải mã và kiểm tra "
        "toàn vẹn trước khi báo xong. In JSON: path, bytes, seconds, verified, …",
    )
    _add_db(backup)
    backup.add_argument("--to", required=True, metavar="DIR", help="thư mục đích, ví dụ ổ USB")
    backup.add_argument(
        "--password-file",
        required=True,
        metavar="F",
        help="tệp văn bản chứa mật khẩu ở dòng đầu (ít nhất 8 ký tự)",
    )
    backup.add_argument("--json", action="store_true", help="in JSON thay cho một dòng văn bản")
    backup.set_defaults(handler=_cmd_backup, writes=False)

    restore = commands.add_parser(
        "restore",
        help="khôi phục dữ liệu từ một bản sao lưu .ccbak",
        description="Kiểm tra đầy đủ bản sao lưu (mật khẩu, giải mã, toàn vẹn, số bản ghi), giữ một "
        "bản của dữ liệu hiện tại trong thư mục backups, rồi thay tệp dữ liệu bằng bản sao lưu "
        "(nâng cấp nếu bản sao lưu cũ hơn). Bị từ chối thì dữ liệu hiện tại giữ nguyên.",
    )
    restore.add_argument("file", metavar="FILE", help="tệp sao lưu (.ccbak)")
    _add_db(restore)
    restore.add_argument(
        "--password-file", required=True, metavar="F", help="tệp chứa mật khẩu ở dòng đầu"
    )
    restore.add_argument(
        "--allow-other-commune",
        action="store_true",
        help="vẫn khôi phục khi bản sao lưu là của một xã khác với dữ liệu hiện tại",
    )
    restore.add_argument("--json", action="store_true", help="in JSON thay cho một dòng văn bản")
    restore.set_defaults(handler=_cmd_restore, writes=True, opens=False)

    check = commands.add_parser(
        "check",
        help="kiểm tra toàn vẹn tệp dữ liệu",
        description="Kiểm tra tệp dữ liệu bằng PRAGMA integrity_check và foreign_key_check của "
        "SQLite (--quick: quick_check), không thay đổi tệp. Mã thoát 0: không có lỗi; 2: tệp có "
        "lỗi (chi tiết trên stderr).",
    )
    _add_db(check)
    check.add_argument("--quick", action="store_true", help="chỉ quick_check (nhanh hơn)")
    check.add_argument("--json", action="store_true", help="in JSON")
    check.set_defaults(handler=_cmd_check, writes=False, opens=False)


def _wants_app(tokens: Sequence[str]) -> bool:
    """No sub-command → the desktop app (which parses its own options)."""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("--db", "--user", "--password-file"):  # the app's options with a value
            i += 2
            continue
        if token.startswith("-"):
            i += 1
            continue
        return token not in COMMANDS
    return not any(t in ("-h", "--help", "--version") for t in tokens)


# --- output ---------------------------------------------------------------------------------


def _utf8(stream: TextIO | None) -> None:
    """UTF-8 whatever the console or PYTHONIOENCODING says (cp1252 cannot write «Đức»)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):  # a closed or odd stream
            reconfigure(encoding="utf-8", errors="replace")


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def _error(message: str, prefix: bool = True) -> None:
    sys.stderr.write(f"Lỗi: {message}\n" if prefix else f"{message}\n")


# --- the database ---------------------------------------------------------------------------


def _open_database(db_arg: str | None, writes: bool) -> Database:
    from commune_care.db.engine import database_url, sqlite_path
    from commune_care.db.migrate import migrate
    from commune_care.db.session import Database

    target = paths.resolve_database(db_arg)
    path = sqlite_path(database_url(target))
    if path is not None:
        if path.is_dir():
            raise CliError(f"«{path}» là một thư mục, không phải tệp dữ liệu. Hãy chỉ đúng tệp.")
        if not path.exists() and not writes:
            raise CliError(f"Không tìm thấy tệp dữ liệu «{path}». Hãy kiểm tra đường dẫn (--db).")
        if not path.exists() and path == paths.default_database():
            path.parent.mkdir(parents=True, exist_ok=True)  # the app's own folder, at first use
        elif not path.parent.is_dir():
            raise CliError(
                f"Thư mục «{path.parent}» không tồn tại. Hãy tạo thư mục đó trước, hoặc chọn "
                "một đường dẫn khác cho tệp dữ liệu (--db)."
            )
    db = Database(target)
    try:
        migrate(db, backup_dir=paths.backups_dir())
    except BaseException:
        db.dispose()
        raise
    return db


# --- commands -------------------------------------------------------------------------------


def _cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from commune_care.services.demo import generate_demo

    summary = generate_demo(db, args.children, seed=args.seed)
    _print_json(asdict(summary))
    return EXIT_OK


def _summary_json(row: ChildSummary) -> dict[str, Any]:
    from commune_care.domain.groups import group_label

    birth = row.birth
    return {
        "id": row.id,
        "code": row.code,
        "full_name": row.full_name,
        "sex": row.sex.label,
        "sex_code": row.sex.value,
        "date_of_birth": birth.iso() if birth else None,
        "date_of_birth_display": birth.display() if birth else "",
        "birth_estimated": birth.estimated if birth else False,
        "age": row.age,
        "village": row.village_name,
        "father_name": row.father_name,
        "mother_name": row.mother_name,
        "groups": [{"code": c, "label": group_label(c)} for c in row.group_codes],
        "status": "Đã lưu trữ" if row.archived else row.effective_status.label,
        "status_code": row.effective_status.value,
        "archived": row.archived,
    }


def _cmd_search(db: Database, args: argparse.Namespace) -> int:
    from commune_care.services.children import ChildrenService

    service = ChildrenService(db)
    rows = service.search(args.query, limit=args.limit, include_archived=args.include_archived)
    items = [_summary_json(r) for r in rows]
    if args.json:
        _print_json(items)
        return EXIT_OK
    if not items:
        sys.stdout.write(f"Không tìm thấy trẻ nào với «{args.query}».\n")
        return EXIT_OK
    headers = (
        "Mã",
        "Họ và tên",
        "Giới tính",
        "Ngày sinh",
        "Tuổi",
        "Thôn/bản",
        "Nhóm",
        "Trạng thái",
    )
    table = [
        (
            i["code"],
            i["full_name"],
            i["sex"],
            i["date_of_birth_display"],
            "" if i["age"] is None else str(i["age"]),
            i["village"],
            ", ".join(g["code"] for g in i["groups"]),
            i["status"],
        )
        for i in items
    ]
    widths = [max(len(r[c]) for r in (headers, *table)) for c in range(len(headers))]
    for line in (headers, tuple("-" * w for w in widths), *table):
        cells = (v.ljust(w) for v, w in zip(line, widths, strict=True))
        sys.stdout.write("  ".join(cells).rstrip() + "\n")
    sys.stdout.write(f"{len(items)} trẻ.\n")
    return EXIT_OK


def child_json(child: ChildOut, include_confidential: bool = False) -> dict[str, Any]:
    """A ChildOut as plain JSON: dates ISO; for each closed list ``x`` the label and ``x_code``."""
    birth = child.birth
    out: dict[str, Any] = {"id": child.id, "code": child.code, "full_name": child.full_name}
    for field in ("sex", "father_status", "mother_status", "household", "status"):
        value = getattr(child, field)
        out[field] = value.label
        out[f"{field}_code"] = value.value
    out["effective_status"] = "Đã lưu trữ" if child.archived else child.effective_status.label
    out["effective_status_code"] = child.effective_status.value
    out.update(
        date_of_birth=birth.iso() if birth else None,
        date_of_birth_display=birth.display() if birth else "",
        birth_estimated=birth.estimated if birth else False,
        age=child.age,
        id_number=child.id_number,
        ethnicity_code=child.ethnicity_code,
        ethnicity=child.ethnicity_name,
        village_id=child.village_id,
        village=child.village_name,
        address=child.address,
        school=child.school,
        school_class=child.school_class,
        father_name=child.father_name,
        mother_name=child.mother_name,
        caregiver_name=child.caregiver_name,
        caregiver_relationship=child.caregiver_relationship,
        caregiver_phone=child.caregiver_phone,
        bhyt_number=child.bhyt_number,
        bhyt_expiry=child.bhyt_expiry.isoformat() if child.bhyt_expiry else None,
        status_note=child.status_note,
        notes=child.notes,
        registered_on=child.registered_on.isoformat(),
        over_age_reason=child.over_age_reason,
        archived=child.archived,
        archive_reason=child.archive_reason,
        groups=[
            {"code": c.group_code, "label": c.group_label}
            for c in child.classifications
            if c.active
        ],
        classifications=[
            {
                "id": c.id,
                "group_code": c.group_code,
                "group_label": c.group_label,
                "subgroup": c.subgroup,
                "subgroup_label": c.subgroup_label,
                "start_date": c.start_date.isoformat(),
                "end_date": c.end_date.isoformat() if c.end_date else None,
                "basis": c.basis,
                "note": c.note,
                "active": c.active,
            }
            for c in child.classifications
        ],
        warnings=list(child.warnings),
        created_at=child.created_at.isoformat(timespec="seconds"),
        updated_at=child.updated_at.isoformat(timespec="seconds"),
    )
    if include_confidential:
        out["confidential_notes"] = child.confidential_notes
    return out


_SHOW_LABELS = {
    "code": "Mã",
    "full_name": "Họ và tên",
    "sex": "Giới tính",
    "date_of_birth_display": "Ngày sinh",
    "age": "Tuổi",
    "id_number": "Số định danh cá nhân",
    "ethnicity": "Dân tộc",
    "village": "Thôn/bản",
    "address": "Địa chỉ",
    "school": "Trường",
    "school_class": "Lớp",
    "father_name": "Họ tên cha",
    "father_status": "Tình trạng của cha",
    "mother_name": "Họ tên mẹ",
    "mother_status": "Tình trạng của mẹ",
    "caregiver_name": "Người chăm sóc",
    "caregiver_relationship": "Quan hệ với trẻ",
    "caregiver_phone": "Số điện thoại",
    "household": "Hộ nghèo/cận nghèo",
    "bhyt_number": "Số thẻ BHYT",
    "bhyt_expiry": "Hạn thẻ BHYT",
    "effective_status": "Trạng thái",
    "status_note": "Ghi chú trạng thái",
    "registered_on": "Ngày đăng ký",
    "notes": "Ghi chú",
    "confidential_notes": "Ghi chú mật",
}


def _dmy(iso: str | None) -> str:
    """'2026-12-31' → '31/12/2026' (how dates are shown to people)."""
    if not iso:
        return ""
    year, month, day = iso[:10].split("-")
    return f"{day}/{month}/{year}"


def _print_child_text(data: dict[str, Any]) -> None:
    width = max(len(v) for v in _SHOW_LABELS.values())
    for key, label in _SHOW_LABELS.items():
        value = data.get(key)
        if key in ("bhyt_expiry", "registered_on"):
            value = _dmy(value)
        if value not in (None, ""):
            sys.stdout.write(f"{label.ljust(width)}  {value}\n")
    if data["classifications"]:
        sys.stdout.write("Phân loại:\n")
        for c in data["classifications"]:
            end = _dmy(c["end_date"]) if c["end_date"] else "nay"
            span = f"{_dmy(c['start_date'])} → {end}"
            sub = f" ({c['subgroup_label']})" if c["subgroup_label"] else ""
            sys.stdout.write(f"  - {c['group_label']}{sub}: {span}; {c['basis']}\n")
    for warning in data["warnings"]:
        sys.stdout.write(f"Lưu ý: {warning}\n")


def _cmd_show(db: Database, args: argparse.Namespace) -> int:
    from commune_care.services.children import ChildrenService

    child = ChildrenService(db).get_by_code(args.code)
    data = child_json(child, include_confidential=args.include_confidential)
    if args.json:
        _print_json(data)
    else:
        _print_child_text(data)
    return EXIT_OK


def _cmd_add(db: Database, args: argparse.Namespace) -> int:
    from commune_care.domain.dates import DateParseError, PartialDate
    from commune_care.domain.errors import InvalidInput, LikelyDuplicate
    from commune_care.domain.textfold import fold
    from commune_care.services.children import ChildrenService
    from commune_care.services.commune import CommuneService

    errors: dict[str, str] = {}
    birth: PartialDate | None = None
    try:
        birth = PartialDate.parse(args.birth, estimated=args.birth_estimated)
    except DateParseError as exc:
        errors["birth"] = str(exc)
    village_id = None
    if args.village:
        villages = CommuneService(db).villages()
        match = [v for v in villages if fold(v.name) == fold(args.village)]
        if match:
            village_id = match[0].id
        else:
            known = ", ".join(v.name for v in villages) or "(xã chưa có thôn/bản nào)"
            errors["village_id"] = (
                f"Không có thôn/bản «{args.village}» trong danh sách của xã. Các thôn/bản: {known}."
            )
    values: dict[str, Any] = {
        "full_name": args.name,
        "sex": args.sex,
        "birth": birth,
        "id_number": args.id_number,
        "village_id": village_id,
        "father_name": args.father,
        "mother_name": args.mother,
    }
    service = ChildrenService(db)
    try:
        data = service.validate(values)
    except InvalidInput as exc:
        # The date's own message beats "enter a date of birth".
        raise InvalidInput({**exc.errors, **errors}) from None
    if errors:
        raise InvalidInput(errors)
    try:
        child = service.create(data, allow_duplicate=args.force)
    except LikelyDuplicate as exc:
        lines = [exc.message]
        for m in exc.matches:
            row = m.child
            birth_text = row.birth.display() if row.birth else "không rõ ngày sinh"
            where = f", {row.village_name}" if row.village_name else ""
            lines.append(
                f"- {row.code} {row.full_name} ({birth_text}{where}): {'; '.join(m.reasons)}"
            )
        lines.append("Dùng --force để vẫn lưu thành hồ sơ mới.")
        raise CliError("\n".join(lines), EXIT_DUPLICATE) from None
    for warning in child.warnings:
        sys.stderr.write(f"Lưu ý: {warning}\n")
    _print_json(child_json(child))
    return EXIT_OK


def _cmd_import(db: Database, args: argparse.Namespace) -> int:
    from commune_care.domain.schemas.children_import import ImportField, RowStatus
    from commune_care.services.children_import import ChildrenImportService

    service = ChildrenImportService(db)
    summary, preview = service.run(
        args.file, args.sheet, dry_run=args.dry_run, errors_path=args.errors
    )
    layout = preview.layout
    _print_json(
        {
            "file": layout.file_name,
            "sheet": layout.sheet,
            "header_rows": list(layout.header_rows),
            "mapping_source": layout.mapping_source,
            "mapping": {
                c.letter: {"header": c.label, "field": m.value, "label": m.label}
                for c, m in zip(layout.columns, layout.mapping, strict=True)
                if m is not ImportField.IGNORE
            },
            "dry_run": summary.dry_run,
            "rows_read": summary.rows_read,
            "imported": summary.imported,
            "duplicates": summary.duplicates,
            "rejected": summary.rejected,
            "skipped": summary.skipped,
            "classifications": summary.classifications,
            "first_code": summary.first_code or None,
            "last_code": summary.last_code or None,
            "errors_file": str(args.errors) if args.errors else None,
            "notes": list(preview.notes),
            "unknown_villages": [{"name": n, "rows": c} for n, c in preview.unknown_villages],
            "problems": [
                {
                    "row": r.row,
                    "status": r.status.value,
                    "name": r.name,
                    "reasons": list(r.reasons),
                    "duplicate_of": r.duplicate_of or None,
                }
                for r in summary.rows
                if r.status in (RowStatus.REJECTED, RowStatus.DUPLICATE)
            ],
            "seconds": summary.seconds,
        }
    )
    return EXIT_OK


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def case_summary_json(row: CaseSummary) -> dict[str, Any]:
    """A row of the cases list as JSON. ``CaseSummary`` holds no confidential field; nothing
    else is read here."""
    return {
        "id": row.id,
        "code": row.code,
        "child_code": row.child_code,
        "child_name": row.child_name,
        "opened_at": _iso(row.opened_at),
        "channel": row.channel.label,
        "channel_code": row.channel.value,
        "level": row.level.label if row.level else None,
        "level_code": row.level.value if row.level else None,
        "stage": row.stage.label,
        "stage_code": row.stage.value,
        "cycle": row.cycle,
        "next_action": row.next_action_label or None,
        "next_action_code": row.next_action.value if row.next_action else None,
        "next_deadline": _iso(row.next_due),
        "next_deadline_all_day": row.next_due_all_day if row.next_due else None,
        "deadline_state": row.next_state.label if row.next_state else None,
        "deadline_state_code": row.next_state.value if row.next_state else None,
        "overdue": row.overdue,
        "closed_on": row.closed_on.isoformat() if row.closed_on else None,
    }


def _cmd_cases_list(db: Database, args: argparse.Namespace) -> int:
    from commune_care.domain.schemas.cases import CaseFilter
    from commune_care.services.cases import CasesService

    closed = True if args.closed else False if args.open else None
    rows = CasesService(db).list(CaseFilter(closed=closed, overdue=args.overdue))
    if args.limit is not None:
        rows = rows[: args.limit]
    _print_json([case_summary_json(r) for r in rows])
    return EXIT_OK


def _cmd_cases_todo(db: Database, args: argparse.Namespace) -> int:
    from commune_care.domain.cases import DeadlineState
    from commune_care.services.cases import CasesService

    items = CasesService(db).todo()
    _print_json(
        [
            {
                "case_id": i.case_id,
                "case_code": i.case_code,
                "child_name": i.child_name,
                "action": i.label,
                "action_code": i.action.value,
                "due": _iso(i.due),
                "all_day": i.all_day,
                "state": i.state.label,
                "state_code": i.state.value,
                "overdue": i.state is DeadlineState.OVERDUE,
            }
            for i in items
        ]
    )
    return EXIT_OK


def placement_json(row: PlacementOut) -> dict[str, Any]:
    """A row of the alternative-care list as JSON (no child's view, no notes)."""
    return {
        "id": row.id,
        "code": row.code,
        "child_code": row.child_code,
        "child_name": row.child_name,
        "form": row.form.short_label,
        "form_code": row.form.value,
        "term": row.term.label,
        "term_code": row.term.value,
        "carer": row.carer_name,
        "relationship": row.relationship,
        "decision_number": row.decision_number,
        "decision_date": row.decision_date.isoformat(),
        "start": row.start_date.isoformat(),
        "end": row.end_date.isoformat() if row.end_date else None,
        "current": row.current,
        "end_reason": row.end_reason_label or None,
        "end_reason_code": row.end_reason.value if row.end_reason else None,
        "handover_date": row.handover_date.isoformat() if row.handover_date else None,
        "handover_due": row.handover_due.isoformat() if row.handover_due else None,
        "next_action": row.next_due_label or None,
        "next_due": row.next_due.isoformat() if row.next_due else None,
        "deadline_state": row.next_state.label if row.next_state else None,
        "deadline_state_code": row.next_state.value if row.next_state else None,
        "overdue": row.next_state is not None and row.next_state.value == "qua_han",
    }


def _cmd_care_list(db: Database, args: argparse.Namespace) -> int:
    from commune_care.domain.schemas.care import PlacementFilter
    from commune_care.services.care import CareService

    current = True if args.current else False if args.ended else None
    rows = CareService(db).placements(PlacementFilter(current=current))
    if args.limit is not None:
        rows = rows[: args.limit]
    _print_json([placement_json(r) for r in rows])
    return EXIT_OK


def _cmd_indicators(db: Database, args: argparse.Namespace) -> int:
    from datetime import date

    from commune_care.services.dashboard import DashboardService
    from commune_care.services.indicators import IndicatorsService

    year = args.year if args.year is not None else date.today().year
    figures = IndicatorsService(db).for_year(year)
    if year <= date.today().year:  # the home page's tiles: a year that has begun
        figures |= DashboardService(db).overview(year).as_json()
    _print_json(figures)
    return EXIT_OK


def _cmd_activities_list(db: Database, args: argparse.Namespace) -> int:
    from commune_care.domain.schemas.activities import ActivityFilter
    from commune_care.services.activities import ActivitiesService

    rows = ActivitiesService(db).activities(ActivityFilter(year=args.year))
    _print_json([
        {
            "id": a.id, "held_on": a.held_on.isoformat(), "kind": a.kind.value,
            "kind_label": a.kind_label, "title": a.title, "place": a.place,
            "organiser": a.organiser, "participants_total": a.participants_total,
            "participants_children": a.participants_children,
            "participants_parents": a.participants_parents,
            "participants_staff": a.participants_staff,
            "children": [{"code": c.code, "full_name": c.full_name} for c in a.children],
            "budget_vnd": a.budget_vnd,
            "budget_source": a.budget_source.value if a.budget_source else None,
            "budget_source_label": a.budget_source_label, "note": a.note,
        }
        for a in rows
    ])  # fmt: skip
    return EXIT_OK


def _out_path(text: str) -> Path:
    """Where a command writes its file: a file in a folder that exists."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise CliError(f"«{path}» là một thư mục. Hãy ghi tên tệp, ví dụ {path / 'phieu.pdf'}.")
    if not path.parent.is_dir():
        raise CliError(
            f"Thư mục «{path.parent}» không tồn tại. Hãy tạo thư mục đó trước, hoặc chọn nơi "
            "khác cho tệp (--out)."
        )
    return path


def _cmd_export_child(db: Database, args: argparse.Namespace) -> int:
    from commune_care.domain.errors import InvalidInput
    from commune_care.services.children import ChildrenService
    from commune_care.services.documents import DocumentsService

    out = _out_path(args.out)
    child = ChildrenService(db).get_by_code(args.code)
    documents = DocumentsService(db)
    doc = documents.child_sheet(child.id, include_confidential=args.include_confidential)
    pdf = documents.render_document(doc)
    try:
        documents.save_pdf(pdf.data, out, f"Phiếu thông tin trẻ em {child.code}")
    except InvalidInput as exc:  # the file could not be written: not a matter of input
        raise CliError(" ".join(exc.errors.values())) from None
    _print_json(
        {
            "file": str(out.resolve()),
            "pages": pdf.pages,
            "bytes": len(pdf.data),
            "child_code": child.code,
            "confidential": bool(doc.marking),
        }
    )
    return EXIT_OK


def _cmd_export_excel(db: Database, args: argparse.Namespace) -> int:
    try:
        cmd_export_excel(db, args, _out_path(args.out), _print_json)
    except PeriodError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def _cmd_excel_templates(db: Database, args: argparse.Namespace) -> int:
    cmd_templates(db, args, _print_json)
    return EXIT_OK


# --- data safety ---------------------------------------------------------------------------


def _password(path_text: str) -> str:
    """The first line of the password file (a ``UserError`` says what is wrong with it)."""
    from commune_care.password_file import read_password

    return read_password(path_text)


def _cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from pathlib import Path

    from commune_care.services.backup import BackupService

    result = BackupService(db).backup_to(Path(args.to), _password(args.password_file))
    if args.json:
        _print_json(result.model_dump(mode="json"))
    else:
        size = result.bytes / 1_000_000
        sys.stdout.write(
            f"Đã sao lưu và kiểm tra: {result.path} ({size:.1f} MB, {result.seconds:.1f} giây).\n"
        )
    return EXIT_OK


def _cmd_restore(db: Database, args: argparse.Namespace) -> int:
    from pathlib import Path

    from commune_care.domain.errors import OtherCommuneBackup
    from commune_care.services.backup import BackupService

    password = _password(args.password_file)
    try:
        result = BackupService(db).restore(
            Path(args.file), password, allow_other_commune=args.allow_other_commune
        )
    except OtherCommuneBackup as exc:
        raise CliError(f"{exc.message} Dùng --allow-other-commune để vẫn khôi phục.") from None
    if args.json:
        _print_json(result.model_dump(mode="json"))
    else:
        kept = f" Dữ liệu trước đó được giữ tại {result.safety_copy}." if result.safety_copy else ""
        sys.stdout.write(f"Đã khôi phục {result.database} từ {result.restored_from}.{kept}\n")
    return EXIT_OK


def _cmd_check(db: Database, args: argparse.Namespace) -> int:
    from commune_care.services.backup import BackupService

    report = BackupService(db).check(full=not args.quick)
    if args.json:
        _print_json({"path": str(db.path), **report.model_dump(mode="json")})
    elif report.ok:
        kind = "quick_check" if args.quick else "integrity_check, foreign_key_check"
        sys.stdout.write(f"Không có lỗi ({kind}, {report.seconds:.1f} giây).\n")
    if not report.ok:
        details = "\n".join(f"- {p}" for p in report.problems)
        raise CliError(
            f"Tệp dữ liệu «{db.path}» có lỗi:\n{details}\nHãy khôi phục từ bản sao lưu gần nhất "
            "(commune-care restore, hoặc mở phần mềm để được hướng dẫn)."
        )
    return EXIT_OK


def _plain_database(db_arg: str | None, must_exist: bool) -> Database:
    """The database without opening or upgrading it: a restore replaces a file that may be
    damaged or of an older version, a check must not change the file it looks at."""
    from commune_care.db.engine import database_url, sqlite_path
    from commune_care.db.session import Database

    target = paths.resolve_database(db_arg)
    path = sqlite_path(database_url(target))
    if path is None:
        raise CliError("Lệnh này chỉ dùng được với tệp dữ liệu SQLite (--db PATH).")
    if path.is_dir():
        raise CliError(f"«{path}» là một thư mục, không phải tệp dữ liệu. Hãy chỉ đúng tệp.")
    if must_exist and not path.exists():
        raise CliError(f"Không tìm thấy tệp dữ liệu «{path}». Hãy kiểm tra đường dẫn (--db).")
    if not path.parent.is_dir():
        if path == paths.default_database():
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            raise CliError(
                f"Thư mục «{path.parent}» không tồn tại. Hãy tạo thư mục đó trước, hoặc chọn "
                "một đường dẫn khác cho tệp dữ liệu (--db)."
            )
    return Database(target)


def _cmd_export_year(db: Database, args: argparse.Namespace) -> int:
    """``export plan`` / ``export report``: the register's document of the year, else one
    made from the forms' templates and the data (not saved)."""
    from datetime import date

    from commune_care.domain.errors import InvalidInput
    from commune_care.services.document_forms import DocumentFormsService

    out = _out_path(args.out)
    year = args.year or date.today().year
    forms = DocumentFormsService(db)
    try:
        if args.kind == "plan":
            doc, registered = forms.plan_document(year)
        else:
            doc, registered = forms.report_document(year)
    except InvalidInput as exc:
        raise CliError(" ".join(exc.errors.values())) from None
    documents = forms.documents
    pdf = documents.render_document(doc)
    try:
        documents.save_pdf(pdf.data, out, f"{doc.type_name} {doc.subject}".strip())
    except InvalidInput as exc:  # the file could not be written: not a matter of input
        raise CliError(" ".join(exc.errors.values())) from None
    _print_json(
        {
            "file": str(out.resolve()),
            "pages": pdf.pages,
            "bytes": len(pdf.data),
            "year": year,
            "document_id": registered.id if registered else None,
            "status": registered.status.value if registered else None,
            "number": registered.number_symbol or None if registered else None,
        }
    )
    return EXIT_OK


# --- running --------------------------------------------------------------------------------


def _log_unexpected(exc: Exception) -> str:
    """Write the traceback to the app's log file (never to the console); returns the file."""
    try:
        from commune_care.logging_setup import setup_logging

        target = setup_logging()
    except Exception:  # the log must never hide the error itself
        return ""
    if target is None:  # no log folder: the console gets the message only
        return ""
    log.error("Unexpected error in %s %s", PROG, " ".join(sys.argv[1:]), exc_info=exc)
    return str(target)


def _run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from commune_care.domain.errors import InvalidInput, UserError

    db = None
    try:
        # A dry run only reads: like the other read-only commands it never creates the file.
        writes = args.writes and not getattr(args, "dry_run", False)
        if getattr(args, "opens", True):
            db = _open_database(args.db, writes=writes)
        else:
            db = _plain_database(args.db, must_exist=not args.writes)
        status: int = args.handler(db, args)
        return status
    except CliError as exc:
        _error(exc.message, prefix=exc.status != EXIT_DUPLICATE)
        return exc.status
    except InvalidInput as exc:
        messages = "\n".join(f"- {m}" for m in exc.errors.values())
        _error(f"Dữ liệu chưa hợp lệ, không lưu gì cả:\n{messages}")
        return EXIT_USER
    except UserError as exc:
        _error(exc.message)
        return EXIT_USER
    except DBAPIError as exc:  # SQLite's own errors, raised through SQLAlchemy
        from commune_care.db.migrate import sqlite_problem

        message = sqlite_problem(exc.orig, paths.resolve_database(args.db))
        if message is None:
            raise
        _error(message)
        return EXIT_USER
    finally:
        if db is not None:
            db.dispose()


def _streams_for_windowed_python() -> None:
    """The installed app starts through pythonw.exe, which has no console: sys.stdout and
    sys.stderr are None there, and the first message written to them would crash the app.
    They go nowhere instead (the log and the dialogs are what the officer sees)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life


def main(argv: list[str] | None = None) -> int:
    tokens = list(sys.argv[1:] if argv is None else argv)
    _streams_for_windowed_python()
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    if _wants_app(tokens):
        try:
            from commune_care.app import run
        except ImportError as exc:
            _error(f"không khởi động được giao diện của phần mềm ({exc}).")
            return EXIT_UNEXPECTED
        result: int = run(tokens)
        return result
    try:
        args = build_parser().parse_args(tokens)
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USER
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    if args.command is None:  # pragma: no cover - without a command the app starts (above)
        _error(f"Thiếu lệnh. Xem «{PROG} --help».")
        return EXIT_USER
    try:
        return _run(args)
    except KeyboardInterrupt:
        _error("Đã dừng theo yêu cầu; không có thay đổi nào dở dang được lưu.")
        return 130
    except Exception as exc:  # the last line: a message, never a traceback
        where = _log_unexpected(exc)
        detail = f" Chi tiết đã ghi vào {where}." if where else ""
        _error(f"lỗi không mong muốn ({exc.__class__.__name__}: {exc}).{detail}")
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
