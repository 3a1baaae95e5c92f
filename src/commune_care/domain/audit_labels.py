"""How the audit trail's codes read in Vietnamese: actions, kinds of object, field names, and a
stored ``changes`` JSON turned into per-field old → new values (issue #8)."""

from __future__ import annotations

import json
import re
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from commune_care.domain.enums import ChildStatus, Household, ParentStatus, Sex
from commune_care.domain.ethnicities import ethnicity_name
from commune_care.domain.schemas.audit import FieldChange
from commune_care.domain.schemas.care import _CARER_LABELS
from commune_care.domain.schemas.children import _LABELS as _CHILD_LABELS
from commune_care.domain.schemas.commune import _LABELS as _COMMUNE_LABELS
from commune_care.domain.schemas.support import _PROVIDER_LABELS, _SERVICE_LABELS
from commune_care.domain.textfold import fold

ACTION_LABELS = {
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
    # imports and demo data
    "import": "Nhập danh sách từ Excel",
    "demo": "Tạo dữ liệu minh họa",
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
    # adoption (services/adoption.py)
    "adoption_propose": "Đề xuất tìm gia đình nhận con nuôi",
    "adoption_notice": "Thông báo, niêm yết",
    "adoption_adopters": "Ghi người xin nhận con nuôi",
    "adoption_adopters_withdraw": "Người xin nhận con nuôi rút đơn",
    "adoption_file": "Nhận hồ sơ",
    "adoption_consent": "Ghi ý kiến (Điều 21)",
    "adoption_opinions": "Hoàn thành lấy ý kiến",
    "adoption_register": "Đăng ký nuôi con nuôi",
    "adoption_refuse": "Từ chối đăng ký",
    "adoption_withdraw": "Dừng đề xuất",
    "adoption_report": "Nhận báo cáo tình hình con nuôi",
    # exports, prints, backups (issue #8)
    "export": "Xuất tệp",
    "print": "In",
    "backup": "Sao lưu",
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
    "reveal": "Xem thông tin bảo mật",
}

ENTITY_LABELS = {
    "child": "Trẻ em",
    "case": "Hồ sơ hỗ trợ, can thiệp",
    "commune": "Thông tin xã",
    "villages": "Thôn/bản",
    "setting": "Cài đặt",
    "provider": "Nơi cung cấp dịch vụ",
    "service": "Dịch vụ",
    "referral": "Chuyển gửi",
    "document": "Văn bản",
    "carer": "Người nhận chăm sóc thay thế",
    "placement": "Chăm sóc thay thế",
    "adoption": "Nuôi con nuôi",
    "adoption_report": "Báo cáo tình hình con nuôi",
    "children_import": "Nhập từ Excel",
    "demo": "Dữ liệu minh họa",
    "database": "Cơ sở dữ liệu",
    "account": "Tài khoản",
    "excel": "Tệp Excel",
    "pdf": "Tệp PDF",
}

FIELD_LABELS: dict[str, str] = {
    **_COMMUNE_LABELS,
    **_PROVIDER_LABELS,
    **_SERVICE_LABELS,
    **_CARER_LABELS,
    **_CHILD_LABELS,
    "sex": "Giới tính",
    "birth_year": "Năm sinh",
    "birth_month": "Tháng sinh",
    "birth_day": "Ngày sinh",
    "birth_estimated": "Năm sinh ước tính",
    "birth_latest": "Ngày sinh muộn nhất có thể",
    "ethnicity_code": "Dân tộc",
    "village_id": "Thôn/bản",
    "father_status": "Tình trạng của cha",
    "mother_status": "Tình trạng của mẹ",
    "household": "Hộ nghèo/cận nghèo",
    "bhyt_expiry": "Hạn thẻ BHYT",
    "status": "Trạng thái",
    "registered_on": "Ngày đăng ký quản lý",
    "file": "Tệp",
    "sheet": "Trang tính",
    "rows": "Số dòng",
    "path": "Nơi lưu",
    "document": "Loại tài liệu",
    "anonymised": "Ẩn danh",
    "year": "Năm",
    "reason": "Lý do",
    "archived": "Đã lưu trữ",
    "archive_reason": "Lý do lưu trữ",
    "active": "Đang sử dụng",
    "group_code": "Nhóm",
    "subgroup": "Nhóm con",
    "start_date": "Từ ngày",
    "end_date": "Đến ngày",
    "basis": "Căn cứ",
    "villages": "Các thôn/bản",
    "pages": "Số trang",
    # the summaries of a demo and of an import
    "children": "Số trẻ em",
    "classifications": "Số phân loại",
    "cases": "Số hồ sơ hỗ trợ, can thiệp",
    "services": "Số dịch vụ",
    "referrals": "Số chuyển gửi",
    "providers": "Số nơi cung cấp dịch vụ",
    "adoptions": "Số hồ sơ nuôi con nuôi",
    "carers": "Số người nhận chăm sóc thay thế",
    "placements": "Số quyết định chăm sóc thay thế",
    "follow_ups": "Số lần theo dõi",
    "seed": "Số khởi tạo ngẫu nhiên (seed)",
    "first_code": "Mã đầu tiên",
    "last_code": "Mã cuối cùng",
    "rows_read": "Số dòng đã đọc",
    "imported": "Số trẻ được nhập",
    "duplicates": "Số dòng trùng",
    "rejected": "Số dòng bị từ chối",
    "skipped": "Số dòng bỏ qua",
}

SUMMARY_KEY = "summary"


# The same code on another kind of object reads differently.
_ACTION_ON_ENTITY = {("restore", "database"): "Khôi phục dữ liệu từ bản sao lưu"}


def action_label(action: str, entity: str = "") -> str:
    return _ACTION_ON_ENTITY.get((action, entity)) or ACTION_LABELS.get(action, action)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


# Fields of the child's record whose stored codes read better as their labels.
_CODED: dict[str, type[StrEnum]] = {
    "sex": Sex,
    "father_status": ParentStatus,
    "mother_status": ParentStatus,
    "household": Household,
}
_ENTITY_CODED: dict[tuple[str, str], type[StrEnum]] = {("child", "status"): ChildStatus}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _text(value: Any, field: str = "", entity: str = "") -> str:
    """A stored value as the officer reads it: dd/mm/yyyy dates, labels for codes, Có/Không."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    coded = _ENTITY_CODED.get((entity, field)) or _CODED.get(field)
    if coded is not None and text in coded._value2member_map_:
        return str(getattr(coded(text), "label", text))
    if field == "ethnicity_code" and text:
        return ethnicity_name(text) or text
    if _ISO_DAY.match(text):
        try:
            return date.fromisoformat(text).strftime("%d/%m/%Y")
        except ValueError:
            return text
    return text


def parse_changes(raw: str, entity: str = "") -> tuple[str, tuple[FieldChange, ...]]:
    """The summary line and the per-field values of a stored ``changes`` JSON: an update keeps
    ``field: [old, new]``, a create ``field: value`` (shown as a new value). Text that is not
    JSON (edited outside the app) is shown as it is, never raised."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return raw, ()
    if not isinstance(data, dict):
        return raw, ()
    summary = _text(data.get(SUMMARY_KEY, ""))
    fields = []
    for key, value in data.items():
        name = str(key)
        if name == SUMMARY_KEY:
            continue
        old, new = value if isinstance(value, list) and len(value) == 2 else (None, value)
        label = FIELD_LABELS.get(name) or name
        fields.append(FieldChange(field=name, label=label, old=_text(old, name, entity),
                                  new=_text(new, name, entity)))  # fmt: skip
    return summary, tuple(fields)


def _words(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [w for v in value.values() for w in _words(v)]
    if isinstance(value, list | tuple):
        return [w for v in value for w in _words(v)]
    return [] if value is None or isinstance(value, bool) else [str(value)]


@lru_cache(maxsize=65_536)
def _folded_word(word: str) -> str:
    return fold(word)


def search_key(user: str, action: str, entity: str, changes: dict[str, Any]) -> str:
    """The folded words an entry is found by (the trail page's text filter): who, what, on
    what, the summary and every value. Stored beside the entry when it is written — SQLite
    cannot fold đ or diacritics — and not part of its hash: it is derived from the fields.
    Folded word by word through a cache (the same result as folding the whole text: the fold
    works per character), since a bulk import repeats the same names and places."""
    text = " ".join([user, action_label(action, entity), entity_label(entity), *_words(changes)])
    return " ".join(f for word in text.split() if (f := _folded_word(word)))
