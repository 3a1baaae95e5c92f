"""Recording changes in the audit trail, in the same unit of work as the change itself."""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_care.db.models import AuditRecord
from commune_care.domain.schemas.children import HistoryEntry


def system_user() -> str:
    """The operating-system user: who acts until accounts exist."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no user name on this system
        return "không rõ"


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    """field → [old, new] for every field whose value changed."""
    return {
        key: [_plain(old.get(key)), _plain(new.get(key))]
        for key in sorted(set(old) | set(new))
        if _plain(old.get(key)) != _plain(new.get(key))
    }


def row(
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The column values of one audit row (for a bulk insert; ``record`` adds one)."""
    return {
        "at": at or datetime.now(),
        "user": user,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": json.dumps(
            {k: _plain(v) for k, v in (changes or {}).items()}, ensure_ascii=False, default=str
        ),
    }


def record(
    session: Session,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: Mapping[str, Any] | None = None,
) -> None:
    session.add(AuditRecord(**row(user, action, entity, entity_id, changes)))


_ACTIONS = {
    "create": "Tạo hồ sơ",
    "update": "Sửa hồ sơ",
    "archive": "Lưu trữ hồ sơ",
    "restore": "Khôi phục hồ sơ",
    "classify": "Thêm phân loại",
    "reclassify": "Sửa phân loại",
    # services, referrals, providers and settings (services/support.py, indicators.py)
    "status": "Cập nhật trạng thái",
    "deactivate": "Ngừng sử dụng",
    "delete": "Xóa",
    # case management (services/cases.py, which words its own history the same way)
    "case_open": "Mở hồ sơ (tiếp nhận thông tin)",
    "case_link_child": "Gắn hồ sơ với trẻ",
    "case_initial": "Đánh giá nguy cơ ban đầu",
    "case_emergency": "Can thiệp khẩn cấp / tạm thời cách ly",
    "case_detailed": "Đánh giá nguy cơ cụ thể",
    "case_meeting": "Họp xác định nhu cầu",
    "case_plan": "Xây dựng kế hoạch",
    "case_submit": "Trình kế hoạch",
    "case_approve": "Phê duyệt kế hoạch",
    "case_log": "Ghi nhật ký thực hiện",
    "case_task": "Cập nhật dịch vụ, công việc",
    "case_review": "Rà soát, đánh giá",
    "case_close": "Đóng hồ sơ",
    "case_reopen": "Mở lại hồ sơ",
    # imports (services/children_import.py)
    "import": "Nhập danh sách từ Excel",
    # the register of outgoing documents (services/documents.py)
    "draft": "Lập dự thảo",
    "issue": "Ban hành, cấp số",
    "cancel": "Hủy văn bản",
    # alternative care (services/care.py)
    "carer_register": "Đăng ký nhận chăm sóc thay thế",
    "carer_member_add": "Thêm thành viên gia đình",
    "carer_member_end": "Thành viên không còn trong gia đình",
    "carer_conditions": "Kiểm tra điều kiện (Điều 63.2)",
    "carer_verify": "Xác minh điều kiện (Mẫu số 11)",
    "carer_approve": "Chủ tịch UBND xã phê duyệt",
    "carer_stop": "Ngừng nhận chăm sóc thay thế",
    "placement_decide": "Quyết định giao chăm sóc thay thế",
    "placement_handover": "Giao, nhận trẻ em",
    "placement_end": "Chấm dứt chăm sóc thay thế",
    "follow_up": "Theo dõi, đánh giá",
    # accounts and sessions (services/accounts.py)
    "login": "Đăng nhập",
    "logout": "Đăng xuất",
    "login_failed": "Đăng nhập không thành công",
    "account_locked": "Tạm khóa tài khoản (sai mật khẩu nhiều lần)",
    "screen_lock": "Khóa màn hình",
    "account_create": "Tạo tài khoản",
    "account_update": "Sửa tài khoản",
    "account_disable": "Ngừng tài khoản",
    "account_enable": "Mở lại tài khoản",
    "account_reset_password": "Đặt lại mật khẩu",
    "password_change": "Đổi mật khẩu",
}


def history(session: Session, entity: str, entity_id: int) -> list[HistoryEntry]:
    rows = session.scalars(
        select(AuditRecord)
        .where(AuditRecord.entity == entity, AuditRecord.entity_id == entity_id)
        .order_by(AuditRecord.id.desc())
    )
    entries = []
    for row in rows:
        changes = json.loads(row.changes or "{}")
        fields = ", ".join(sorted(changes)) if row.action in {"update", "reclassify"} else ""
        summary = changes.get("summary") or fields
        entries.append(
            HistoryEntry(
                at=row.at,
                user=row.user,
                action=_ACTIONS.get(row.action, row.action),
                summary=str(summary),
            )
        )
    return entries
