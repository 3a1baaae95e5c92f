"""``commune-care accounts …``: the administrator's tool for accounts on the PC itself.

Like the rest of the CLI it acts as the operating-system user (``Actor.system()``): whoever can
run programs under the PC's account can already read the data file, so the command line is
where a forgotten administrator password is reset (README, "Quên mật khẩu quản trị"). Every
change is in the audit trail under the operating-system user's name. Passwords come from a file
(``--password-file``, first line) or are typed at a prompt that does not echo them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from commune_care.domain.access import Role

if TYPE_CHECKING:
    from commune_care.db.session import Database
    from commune_care.domain.accounts import AccountOut

ROLE_CODES = ", ".join(f"{r.value} ({r.label})" for r in Role)


def add_accounts_commands(commands: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``accounts`` and its sub-commands on the CLI's sub-parsers."""
    accounts = commands.add_parser(
        "accounts",
        help="tài khoản đăng nhập (dành cho quản trị, trên chính máy tính này)",
        description="Xem, tạo, ngừng, mở lại tài khoản và đặt lại mật khẩu. Thao tác dưới tên "
        "người dùng hệ điều hành và được ghi vào nhật ký.",
    )
    sub = accounts.add_subparsers(dest="accounts_command", metavar="LỆNH", required=True)

    listing = sub.add_parser("list", help="danh sách tài khoản (không bao giờ có mật khẩu)")
    add_db(listing)
    listing.add_argument("--json", action="store_true", help="in JSON")
    listing.set_defaults(handler=_cmd_list, writes=False)

    create = sub.add_parser("create", help="tạo tài khoản; người dùng đổi mật khẩu lần đầu")
    create.add_argument("username", metavar="TEN_DANG_NHAP")
    add_db(create)
    create.add_argument("--full-name", required=True, metavar="HO_TEN", help="họ và tên")
    create.add_argument(
        "--roles",
        required=True,
        metavar="VAI_TRO",
        help=f"các vai trò, cách nhau bằng dấu phẩy: {ROLE_CODES}",
    )
    _add_password(create)
    create.add_argument("--json", action="store_true", help="in JSON")
    create.set_defaults(handler=_cmd_create, writes=True)

    for name, what, handler in (
        ("disable", "ngừng một tài khoản (không đăng nhập được nữa)", _cmd_disable),
        ("enable", "mở lại một tài khoản đã ngừng hoặc đang tạm khóa", _cmd_enable),
    ):
        command = sub.add_parser(name, help=what)
        command.add_argument("username", metavar="TEN_DANG_NHAP")
        add_db(command)
        command.add_argument("--json", action="store_true", help="in JSON")
        command.set_defaults(handler=handler, writes=True)

    reset = sub.add_parser(
        "reset-password",
        help="đặt mật khẩu mới; người dùng phải đổi khi đăng nhập (cách lấy lại quyền quản trị)",
    )
    reset.add_argument("username", metavar="TEN_DANG_NHAP")
    add_db(reset)
    _add_password(reset)
    reset.add_argument("--json", action="store_true", help="in JSON")
    reset.set_defaults(handler=_cmd_reset, writes=True)


def _fail(message: str) -> Exception:
    from commune_care.cli import CliError  # cli.py imports this module: import on use

    return CliError(message)


def _add_password(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file",
        metavar="F",
        help="tệp chứa mật khẩu ở dòng đầu; không có thì hỏi (không hiện chữ khi gõ)",
    )


def _new_password(args: argparse.Namespace) -> str:
    if args.password_file:
        from commune_care.cli import _password

        return _password(args.password_file)
    if not sys.stdin.isatty():
        raise _fail("Không có bàn phím để gõ mật khẩu: hãy dùng --password-file.")
    first = getpass.getpass("Mật khẩu mới: ")
    if getpass.getpass("Gõ lại mật khẩu mới: ") != first:
        raise _fail("Hai lần gõ mật khẩu không giống nhau; không thay đổi gì.")
    return first


def _roles(text: str) -> list[str]:
    codes = [c.strip() for c in text.split(",") if c.strip()]
    known = {r.value for r in Role}
    unknown = [c for c in codes if c not in known]
    if unknown or not codes:
        raise _fail(f"Vai trò «{', '.join(unknown) or text}» không có. Hãy dùng: {ROLE_CODES}.")
    return codes


def account_json(account: AccountOut) -> dict[str, Any]:
    return {
        "id": account.id,
        "username": account.username,
        "full_name": account.full_name,
        "roles": [r.value for r in Role if r in account.roles],
        "roles_label": account.roles_label,
        "active": account.active,
        "must_change_password": account.must_change_password,
        "failed_attempts": account.failed_attempts,
        "locked_until": account.locked_until.isoformat() if account.locked_until else None,
        "created_at": account.created_at.isoformat(),
        "last_login_at": account.last_login_at.isoformat() if account.last_login_at else None,
    }


def _print(account: AccountOut, args: argparse.Namespace, done: str) -> int:
    from commune_care.cli import _print_json

    if args.json:
        _print_json(account_json(account))
    else:
        sys.stdout.write(f"{done}: {account.username} ({account.full_name}).\n")
    return 0


def _service(db: Database) -> Any:
    from commune_care.services.accounts import AccountsService

    return AccountsService(db)  # the operating-system user: every permission


def _cmd_list(db: Database, args: argparse.Namespace) -> int:
    from commune_care.cli import _print_json

    accounts = _service(db).list()
    if args.json:
        _print_json([account_json(a) for a in accounts])
        return 0
    if not accounts:
        sys.stdout.write("Chưa có tài khoản nào: lần mở phần mềm đầu tiên sẽ hỏi tạo quản trị.\n")
    for a in accounts:
        state = "đang dùng" if a.active else "đã ngừng"
        if a.locked_until is not None:
            state += f", tạm khóa đến {a.locked_until:%H:%M %d/%m/%Y}"
        sys.stdout.write(f"{a.username}\t{a.full_name}\t{a.roles_label}\t{state}\n")
    return 0


def _cmd_create(db: Database, args: argparse.Namespace) -> int:
    service = _service(db)
    data = service.validate_account(
        {
            "username": args.username,
            "full_name": args.full_name,
            "roles": _roles(args.roles),
            "password": _new_password(args),
        }
    )
    return _print(service.create(data), args, "Đã tạo tài khoản")


def _cmd_disable(db: Database, args: argparse.Namespace) -> int:
    service = _service(db)
    return _print(service.disable(service.find(args.username).id), args, "Đã ngừng tài khoản")


def _cmd_enable(db: Database, args: argparse.Namespace) -> int:
    service = _service(db)
    return _print(service.enable(service.find(args.username).id), args, "Đã mở lại tài khoản")


def _cmd_reset(db: Database, args: argparse.Namespace) -> int:
    service = _service(db)
    account = service.find(args.username)
    done = "Đã đặt lại mật khẩu (phải đổi khi đăng nhập)"
    return _print(service.reset_password(account.id, _new_password(args)), args, done)
