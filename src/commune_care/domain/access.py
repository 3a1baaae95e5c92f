"""Who may do what: roles, permissions and the acting user (issue #8).

Services check a permission with ``require(actor, Permission.X)`` before they read or write, so
the window, the CLI and any later client obey the same rules. An account holds one or more
roles (a commune with one officer gives that person both "Cán bộ phụ trách trẻ em" and "Quản
trị"); its permissions are the union of its roles'.

The CLI is an administrator's tool run by whoever has the PC's operating-system account: it acts
as ``Actor.system()`` (every permission, recorded under the operating-system user name).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from commune_care.domain.errors import UserError


class Role(StrEnum):
    OFFICER = "can_bo"
    LEADER = "lanh_dao"
    JUSTICE = "tu_phap"
    ADMIN = "quan_tri"
    VIEWER = "chi_xem"

    @property
    def label(self) -> str:
        return {
            Role.OFFICER: "Cán bộ phụ trách trẻ em",
            Role.LEADER: "Lãnh đạo",
            Role.JUSTICE: "Tư pháp",
            Role.ADMIN: "Quản trị",
            Role.VIEWER: "Chỉ xem",
        }[self]


class Permission(StrEnum):
    VIEW_STATISTICS = "view_statistics"  # counts, indicators, the home page
    VIEW_CHILDREN = "view_children"  # the register (lists and a child's record)
    EDIT_CHILDREN = "edit_children"
    VIEW_CASES = "view_cases"  # cases (Điều 20–24 NĐ 56), support services, referrals, providers
    EDIT_CASES = "edit_cases"
    VIEW_CARE = "view_care"  # carers, placements, follow-ups
    EDIT_CARE = "edit_care"
    VIEW_ADOPTION = "view_adoption"
    EDIT_ADOPTION = "edit_adoption"
    APPROVE = "approve"  # approve plans, carers, decisions (the Chairman's part)
    VIEW_CONFIDENTIAL = "view_confidential"  # narrative, informant, abuse, mental-health details
    DRAFT_DOCUMENTS = "draft_documents"
    ISSUE_DOCUMENTS = "issue_documents"  # give a number in the register, cancel
    EXPORT_PERSONAL = "export_personal"  # Excel / PDF with names of children
    EXPORT_STATISTICS = "export_statistics"  # anonymised tables and indicators
    EDIT_SETTINGS = "edit_settings"  # the commune and its villages, indicator targets
    MANAGE_ACCOUNTS = "manage_accounts"
    BACKUP = "backup"
    RESTORE = "restore"
    VIEW_AUDIT = "view_audit"

    @property
    def label(self) -> str:
        """What the permission allows, worded to follow "không có quyền"."""
        return _PERMISSION_LABELS[self]


_PERMISSION_LABELS = {
    Permission.VIEW_STATISTICS: "xem số liệu thống kê",
    Permission.VIEW_CHILDREN: "xem danh sách, hồ sơ trẻ em",
    Permission.EDIT_CHILDREN: "thêm, sửa hồ sơ trẻ em",
    Permission.VIEW_CASES: "xem hồ sơ trường hợp và dịch vụ hỗ trợ",
    Permission.EDIT_CASES: "cập nhật hồ sơ trường hợp và dịch vụ hỗ trợ",
    Permission.VIEW_CARE: "xem chăm sóc thay thế",
    Permission.EDIT_CARE: "cập nhật chăm sóc thay thế",
    Permission.VIEW_ADOPTION: "xem hồ sơ nuôi con nuôi",
    Permission.EDIT_ADOPTION: "cập nhật hồ sơ nuôi con nuôi",
    Permission.APPROVE: "phê duyệt kế hoạch, quyết định",
    Permission.VIEW_CONFIDENTIAL: "xem thông tin bảo mật",
    Permission.DRAFT_DOCUMENTS: "lập văn bản",
    Permission.ISSUE_DOCUMENTS: "cấp số, hủy văn bản",
    Permission.EXPORT_PERSONAL: "xuất, in dữ liệu cá nhân của trẻ em",
    Permission.EXPORT_STATISTICS: "xuất số liệu thống kê",
    Permission.EDIT_SETTINGS: "sửa thông tin đơn vị và cài đặt",
    Permission.MANAGE_ACCOUNTS: "quản lý tài khoản",
    Permission.BACKUP: "sao lưu dữ liệu",
    Permission.RESTORE: "khôi phục dữ liệu",
    Permission.VIEW_AUDIT: "xem nhật ký hệ thống",
}

_P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    # all work on records; the plan's approval is the leader's
    Role.OFFICER: frozenset(
        {
            _P.VIEW_STATISTICS,
            _P.VIEW_CHILDREN,
            _P.EDIT_CHILDREN,
            _P.VIEW_CASES,
            _P.EDIT_CASES,
            _P.VIEW_CARE,
            _P.EDIT_CARE,
            _P.VIEW_ADOPTION,
            _P.EDIT_ADOPTION,
            _P.VIEW_CONFIDENTIAL,
            _P.DRAFT_DOCUMENTS,
            _P.ISSUE_DOCUMENTS,
            _P.EXPORT_PERSONAL,
            _P.EXPORT_STATISTICS,
            _P.BACKUP,
        }
    ),
    # reads everything, approves, edits no record
    Role.LEADER: frozenset(
        {
            _P.VIEW_STATISTICS,
            _P.VIEW_CHILDREN,
            _P.VIEW_CASES,
            _P.VIEW_CARE,
            _P.VIEW_ADOPTION,
            _P.VIEW_CONFIDENTIAL,
            _P.APPROVE,
            _P.ISSUE_DOCUMENTS,
            _P.EXPORT_PERSONAL,
            _P.EXPORT_STATISTICS,
            _P.VIEW_AUDIT,
        }
    ),
    # adoption, and the child data it needs
    Role.JUSTICE: frozenset(
        {
            _P.VIEW_STATISTICS,
            _P.VIEW_CHILDREN,
            _P.VIEW_ADOPTION,
            _P.EDIT_ADOPTION,
            _P.DRAFT_DOCUMENTS,
            _P.EXPORT_PERSONAL,
        }
    ),
    # accounts, settings, backups: not the children's records
    Role.ADMIN: frozenset(
        {
            _P.VIEW_STATISTICS,
            _P.EDIT_SETTINGS,
            _P.MANAGE_ACCOUNTS,
            _P.BACKUP,
            _P.RESTORE,
            _P.VIEW_AUDIT,
        }
    ),
    # lists and statistics, nothing confidential
    Role.VIEWER: frozenset(
        {
            _P.VIEW_STATISTICS,
            _P.VIEW_CHILDREN,
            _P.VIEW_CASES,
            _P.VIEW_CARE,
            _P.VIEW_ADOPTION,
            _P.EXPORT_STATISTICS,
        }
    ),
}


# Who has lines in the shared "Việc cần làm" list: any of these (cases, care, adoption, drafts
# awaiting a number, the USB backup). The list service and the window's section both use it.
DUE_WORK_PERMISSIONS = (
    Permission.VIEW_CASES,
    Permission.VIEW_CARE,
    Permission.VIEW_ADOPTION,
    Permission.DRAFT_DOCUMENTS,
    Permission.ISSUE_DOCUMENTS,
    Permission.BACKUP,
)


class AccessDenied(UserError):
    """The acting account's roles do not allow the action; shown to the user as is."""

    def __init__(self, actor: Actor, permission: Permission) -> None:
        self.permission = permission
        super().__init__(
            f"Tài khoản “{actor.username}” ({actor.roles_label or 'không có vai trò'}) "
            f"không có quyền {permission.label}. Hãy đăng nhập bằng tài khoản có quyền này "
            "hoặc đề nghị quản trị viên cấp quyền."
        )


@dataclass(frozen=True)
class Actor:
    """The person acting: the name written into the audit trail and their roles."""

    username: str
    roles: frozenset[Role]
    full_name: str = ""
    account_id: int | None = None  # None for the operating-system user of the CLI

    @classmethod
    def system(cls, username: str | None = None) -> Actor:
        """The CLI's actor: every role, named after the operating-system user."""
        return cls(username=username or system_user(), roles=frozenset(Role))

    @cached_property
    def permissions(self) -> frozenset[Permission]:
        # computed once per actor: every service call checks it (search, lists)
        return frozenset().union(*(ROLE_PERMISSIONS[r] for r in self.roles))

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def can_any(self, *permissions: Permission) -> bool:
        return not self.permissions.isdisjoint(permissions)

    @property
    def roles_label(self) -> str:
        return ", ".join(r.label for r in Role if r in self.roles)


def system_user() -> str:
    """The operating-system user name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no user name on this system
        return "không rõ"


def as_actor(user: str | Actor | None) -> Actor:
    """What the services accept: an Actor, or a plain name (every permission, as before
    accounts existed: the CLI, the tests, the demo)."""
    if isinstance(user, Actor):
        return user
    return Actor.system(user)


def require(actor: Actor, permission: Permission) -> None:
    """Raise AccessDenied unless ``actor`` holds ``permission``."""
    if not actor.can(permission):
        raise AccessDenied(actor, permission)


def require_any(actor: Actor, *permissions: Permission) -> None:
    """Raise AccessDenied unless ``actor`` holds one of ``permissions`` (a list several roles
    read, each for its own work); the message names the first."""
    if not actor.can_any(*permissions):
        raise AccessDenied(actor, permissions[0])
