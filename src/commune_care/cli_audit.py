"""``commune-care audit verify|list``: the audit trail from the command line (issue #8).

``verify`` exits 0 with a one-line summary when the hash chain is intact, and 4 naming the first
broken entry (its number, time, user and what is wrong) when the trail was changed outside the
app. ``list`` prints the entries, newest first, filtered like the Nhật ký hệ thống page.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commune_care.db.session import Database

EXIT_TAMPERED = 4
LIST_LIMIT = 200
LIST_LIMIT_MAX = 100_000


def _day(text: str) -> date:
    from commune_care.domain.dates import DateParseError, parse_date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _limit(text: str) -> int:
    value = int(text)
    if not 1 <= value <= LIST_LIMIT_MAX:
        raise ValueError(text)
    return value


def add_audit_commands(commands: Any, add_db: Any, parser_class: type) -> None:
    audit = commands.add_parser(
        "audit",
        help="nhật ký hệ thống: kiểm tra toàn vẹn, xem danh sách",
        description="Nhật ký hệ thống ghi mọi thay đổi, xuất, in, sao lưu và khôi phục; mỗi dòng "
        "nối với dòng trước bằng mã băm SHA-256 nên sửa, xóa, chèn hay đảo dòng đều bị phát hiện.",
    )
    audit_commands = audit.add_subparsers(
        dest="audit_command", metavar="LỆNH", required=True, parser_class=parser_class
    )
    verify = audit_commands.add_parser(
        "verify",
        help="kiểm tra tính toàn vẹn của nhật ký",
        description="Kiểm tra chuỗi mã băm của toàn bộ nhật ký hệ thống, không thay đổi tệp. Mã "
        f"thoát 0: toàn vẹn; {EXIT_TAMPERED}: nhật ký đã bị thay đổi bên ngoài phần mềm (dòng hỏng "
        "đầu tiên được nêu trên stderr); 2: lỗi người dùng (tệp không có, ...).",
    )
    add_db(verify)
    verify.add_argument("--json", action="store_true", help="in JSON thay cho một dòng văn bản")
    verify.set_defaults(handler=_cmd_verify, writes=False)

    listing = audit_commands.add_parser(
        "list",
        help="các dòng nhật ký, mới nhất trước",
        description="Các dòng nhật ký hệ thống, mới nhất trước, mỗi dòng với giá trị cũ → mới của "
        "từng trường. Ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd.",
    )
    add_db(listing)
    listing.add_argument("--user", default="", metavar="U", help="chỉ dòng của người dùng U")
    listing.add_argument("--action", default="", metavar="A", help="chỉ thao tác A (ví dụ update)")
    listing.add_argument(
        "--entity", default="", metavar="K", help="chỉ loại đối tượng K (child, …)"
    )
    listing.add_argument("--from", dest="date_from", type=_day, metavar="NGÀY", help="từ ngày")
    listing.add_argument("--to", dest="date_to", type=_day, metavar="NGÀY", help="đến ngày")
    listing.add_argument("--text", default="", metavar="T", help="có chữ T (không phân biệt dấu)")
    listing.add_argument(
        "--limit", type=_limit, default=LIST_LIMIT, metavar="N",
        help=f"nhiều nhất N dòng (mặc định {LIST_LIMIT}, tối đa {LIST_LIMIT_MAX:,})".replace(",", "."),
    )  # fmt: skip
    listing.add_argument("--json", action="store_true", help="(kết quả luôn là JSON)")
    listing.set_defaults(handler=_cmd_list, writes=False)


def _cmd_verify(db: Database, args: argparse.Namespace) -> int:
    from commune_care.cli import EXIT_OK, _error, _print_json
    from commune_care.services.audit_trail import AuditTrailService

    result = AuditTrailService(db).verify()
    if args.json:
        _print_json({"path": str(db.path), **result.model_dump(mode="json")})
    elif result.intact:
        sys.stdout.write(result.message + "\n")
    if not result.intact:
        _error(result.message)
        return EXIT_TAMPERED
    return EXIT_OK


def _cmd_list(db: Database, args: argparse.Namespace) -> int:
    from commune_care.cli import EXIT_OK, _print_json
    from commune_care.services.audit_trail import AuditTrailService

    service = AuditTrailService(db)
    wanted = service.validate_filter(
        {"user": args.user, "action": args.action, "entity": args.entity,
         "date_from": args.date_from, "date_to": args.date_to, "text": args.text}
    )  # fmt: skip
    entries: list[dict[str, Any]] = []
    before: int | None = None
    while len(entries) < args.limit:
        page = service.page(wanted, before, min(1_000, args.limit - len(entries)))
        entries += [e.model_dump(mode="json") for e in page]
        if not page:
            break
        before = page[-1].id
    _print_json(entries)
    return EXIT_OK
