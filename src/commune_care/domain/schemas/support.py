"""DTOs of services, referrals and providers, and of the mental-health follow-up (issue #3).

One service model and one referral model serve every programme (case management, mental health,
alternative care); ``programme`` says which, ``case_id`` / ``plan_task_id`` link a case's plan.
Every message is Vietnamese and names the field it is about.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from commune_care.domain.dates import DateParseError, format_date, parse_date
from commune_care.domain.schemas.children import ChildSummary
from commune_care.domain.schemas.text import clean_text
from commune_care.domain.support import (
    MENTAL_HEALTH_TARGET_PCT,
    Programme,
    ProviderKind,
    ReferralStatus,
    ServiceSetting,
    ServiceType,
)

NAME_MAX = 150
ADDRESS_MAX = 255
REASON_MAX = 1000
TEXT_MAX = 4000
PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 8, 15
_PHONE = re.compile(r"^\+?[0-9 ]+$")

_E = TypeVar("_E", bound=StrEnum)


def _choice(value: Any, enum: type[_E], label: str, required: bool) -> _E | None:
    """An enum member from a member or its stored code; a Vietnamese message otherwise."""
    if value is None or value == "":
        if required:
            raise ValueError(f"{label}: hãy chọn một mục trong danh sách.")
        return None
    try:
        return enum(value)
    except ValueError:
        raise ValueError(
            f"{label} «{value}» không có trong danh sách. Hãy chọn một mục trong danh sách."
        ) from None


def _positive_id(value: Any, label: str, required: bool) -> int | None:
    if value is None or value == "":
        if required:
            raise ValueError(f"{label}: hãy chọn trong danh sách.")
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{label} không hợp lệ. Hãy chọn lại trong danh sách.")
    return value


def _date(value: Any, label: str, required: bool) -> date | None:
    """A date from a date or from text typed as dd/mm/yyyy (or ISO); messages name the field."""
    if value is None or value == "":
        if required:
            raise ValueError(f"{label}: hãy nhập ngày (dd/mm/yyyy).")
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except DateParseError as exc:
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                raise ValueError(f"{label}: {exc}") from None
    raise ValueError(f"{label}: hãy nhập ngày (dd/mm/yyyy).")


def _not_future(value: date | None, label: str) -> date | None:
    if value is not None and value > date.today():
        raise ValueError(f"{label} {format_date(value)} ở tương lai. Hãy kiểm tra lại.")
    return value


def clean_phone(value: Any, label: str = "Số điện thoại") -> str:
    """Digits and spaces, an optional leading +, 8 to 15 digits; spaces collapsed."""
    text = clean_text(value, label=label, max_length=30)
    if not text:
        return ""
    if not _PHONE.match(text):
        raise ValueError(
            f"{label} «{text}» chỉ được gồm chữ số, dấu cách và dấu + ở đầu"
            " (ví dụ 0912 345 678 hoặc +84 912 345 678)."
        )
    digits = sum(ch.isdigit() for ch in text)
    if not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS:
        raise ValueError(
            f"{label} «{text}» có {digits} chữ số; số điện thoại phải có từ"
            f" {PHONE_MIN_DIGITS} đến {PHONE_MAX_DIGITS} chữ số."
        )
    return text


# --- providers -------------------------------------------------------------------------------
_PROVIDER_LABELS = {"name": "Tên nơi cung cấp dịch vụ", "address": "Địa chỉ", "note": "Ghi chú"}
_PROVIDER_MAX = {"name": NAME_MAX, "address": ADDRESS_MAX, "note": REASON_MAX}


class ProviderIn(BaseModel):
    """A body or person services and referrals go to: the commune's managed list."""

    model_config = ConfigDict(frozen=True)

    name: str
    kind: ProviderKind = ProviderKind.OTHER
    address: str = ""
    phone: str = ""
    note: str = ""
    active: bool = True

    @field_validator("name", "address", "note", mode="before")
    @classmethod
    def _clean(cls, value: Any, info: ValidationInfo) -> str:
        name = info.field_name
        assert name is not None
        return clean_text(
            value,
            label=_PROVIDER_LABELS[name],
            max_length=_PROVIDER_MAX[name],
            multiline=name == "note",
        )

    @field_validator("name")
    @classmethod
    def _name_required(cls, value: str) -> str:
        if not value:
            raise ValueError("Tên nơi cung cấp dịch vụ không được để trống.")
        return value

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> ProviderKind | None:
        return _choice(value, ProviderKind, "Loại nơi cung cấp dịch vụ", required=True)

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, value: Any) -> str:
        return clean_phone(value)


class ProviderOut(ProviderIn):
    id: int
    kind_label: str
    in_use: bool  # services or referrals point to it: it can be deactivated, never deleted
    created_at: datetime
    updated_at: datetime


# --- services ----------------------------------------------------------------------------------
_SERVICE_LABELS = {
    "provider_name": "Tên nơi/người cung cấp dịch vụ",
    "description": "Nội dung dịch vụ",
    "outcome": "Kết quả",
}
_SERVICE_MAX = {"provider_name": NAME_MAX, "description": ADDRESS_MAX, "outcome": TEXT_MAX}


class ServiceIn(BaseModel):
    """A service a child received: what, where, from whom, from when to when, with what result.

    ``end_date`` empty means the service is still going on. The provider is one of the managed
    list (``provider_id``) or, for a one-off, a name typed by hand (``provider_name``)."""

    model_config = ConfigDict(frozen=True)

    child_id: int
    type: ServiceType = Field(default=None, validate_default=True)
    setting: ServiceSetting | None = None
    provider_id: int | None = None
    provider_name: str = ""
    description: str = ""
    start_date: date = Field(default=None, validate_default=True)
    end_date: date | None = None
    outcome: str = ""
    case_id: int | None = None
    plan_task_id: int | None = None
    programme: Programme | None = Field(default=None, validate_default=True)

    @field_validator("provider_name", "description", "outcome", mode="before")
    @classmethod
    def _clean(cls, value: Any, info: ValidationInfo) -> str:
        name = info.field_name
        assert name is not None
        return clean_text(
            value,
            label=_SERVICE_LABELS[name],
            max_length=_SERVICE_MAX[name],
            multiline=name == "outcome",
        )

    @field_validator("child_id", mode="before")
    @classmethod
    def _child(cls, value: Any) -> int | None:
        return _positive_id(value, "Trẻ nhận dịch vụ", required=True)

    @field_validator("provider_id", mode="before")
    @classmethod
    def _provider(cls, value: Any) -> int | None:
        return _positive_id(value, "Nơi cung cấp dịch vụ", required=False)

    @field_validator("case_id", mode="before")
    @classmethod
    def _case(cls, value: Any) -> int | None:
        return _positive_id(value, "Hồ sơ hỗ trợ, can thiệp", required=False)

    @field_validator("type", mode="before")
    @classmethod
    def _type(cls, value: Any) -> ServiceType | None:
        return _choice(value, ServiceType, "Loại dịch vụ", required=True)

    @field_validator("setting", mode="before")
    @classmethod
    def _setting(cls, value: Any) -> ServiceSetting | None:
        return _choice(value, ServiceSetting, "Nơi thực hiện dịch vụ", required=False)

    @field_validator("start_date", mode="before")
    @classmethod
    def _start(cls, value: Any) -> date | None:
        return _not_future(
            _date(value, "Ngày bắt đầu dịch vụ", required=True), "Ngày bắt đầu dịch vụ"
        )

    @field_validator("end_date", mode="before")
    @classmethod
    def _end_value(cls, value: Any) -> date | None:
        return _date(value, "Ngày kết thúc dịch vụ", required=False)

    @field_validator("end_date")
    @classmethod
    def _end(cls, value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("start_date")
        if value is not None and start is not None and value < start:
            raise ValueError(
                f"Ngày kết thúc dịch vụ ({format_date(value)}) trước ngày bắt đầu"
                f" ({format_date(start)}). Hãy kiểm tra lại."
            )
        return _not_future(value, "Ngày kết thúc dịch vụ")

    @field_validator("plan_task_id", mode="before")
    @classmethod
    def _plan_task(cls, value: Any, info: ValidationInfo) -> int | None:
        task = _positive_id(value, "Công việc của kế hoạch", required=False)
        if task is not None and info.data.get("case_id") is None:
            raise ValueError(
                "Công việc của kế hoạch chỉ ghi được khi dịch vụ thuộc một hồ sơ hỗ trợ, can"
                " thiệp. Hãy chọn hồ sơ trước."
            )
        return task

    @field_validator("programme", mode="before")
    @classmethod
    def _programme(cls, value: Any, info: ValidationInfo) -> Programme | None:
        chosen = _choice(value, Programme, "Chương trình", required=False)
        if chosen is None:
            return Programme.CASE if info.data.get("case_id") is not None else Programme.OTHER
        return chosen


class ServiceOut(ServiceIn):
    id: int
    child_code: str
    child_name: str
    type_label: str
    setting_label: str
    provider: str  # the managed provider's name, or the name typed by hand
    created_at: datetime
    updated_at: datetime

    @property
    def ongoing(self) -> bool:
        return self.end_date is None

    def overlaps(self, start: date, end: date) -> bool:
        """Given on at least one day of ``start`` … ``end``."""
        return self.start_date <= end and (self.end_date is None or self.end_date >= start)


# --- referrals ---------------------------------------------------------------------------------
_FEEDBACK_LABEL = "Phản hồi của nơi nhận"


def _check_feedback(value: str, status: ReferralStatus | None) -> str:
    if value and status is not None and not status.takes_feedback:
        raise ValueError(
            f"{_FEEDBACK_LABEL} chỉ ghi khi chuyển gửi đã được tiếp nhận, đã cung cấp dịch vụ"
            " hoặc bị từ chối. Hãy đổi trạng thái trước, hoặc để trống phản hồi."
        )
    return value


class ReferralIn(BaseModel):
    """A child referred to a provider (or a person) for a service, and what came of it.

    ``status_date`` is the day the status was last set (the referral's own date when empty)."""

    model_config = ConfigDict(frozen=True)

    child_id: int
    provider_id: int | None = None
    to_whom: str = Field(default="", validate_default=True)
    service_type: ServiceType | None = None
    referred_on: date = Field(default=None, validate_default=True)
    reason: str = Field(default="", validate_default=True)
    status: ReferralStatus = ReferralStatus.SENT
    status_date: date | None = Field(default=None, validate_default=True)
    feedback: str = Field(default="", validate_default=True)
    case_id: int | None = None
    programme: Programme | None = Field(default=None, validate_default=True)

    @field_validator("child_id", mode="before")
    @classmethod
    def _child(cls, value: Any) -> int | None:
        return _positive_id(value, "Trẻ được chuyển gửi", required=True)

    @field_validator("provider_id", mode="before")
    @classmethod
    def _provider(cls, value: Any) -> int | None:
        return _positive_id(value, "Nơi nhận chuyển gửi", required=False)

    @field_validator("case_id", mode="before")
    @classmethod
    def _case(cls, value: Any) -> int | None:
        return _positive_id(value, "Hồ sơ hỗ trợ, can thiệp", required=False)

    @field_validator("to_whom", mode="before")
    @classmethod
    def _to_whom(cls, value: Any, info: ValidationInfo) -> str:
        text = clean_text(value, label="Nơi/người nhận chuyển gửi", max_length=NAME_MAX)
        if not text and info.data.get("provider_id") is None:
            raise ValueError(
                "Nơi/người nhận chuyển gửi: hãy chọn trong danh sách nơi cung cấp dịch vụ hoặc"
                " ghi tên người, nơi nhận."
            )
        return text

    @field_validator("service_type", mode="before")
    @classmethod
    def _service_type(cls, value: Any) -> ServiceType | None:
        return _choice(value, ServiceType, "Dịch vụ đề nghị", required=False)

    @field_validator("referred_on", mode="before")
    @classmethod
    def _referred_on(cls, value: Any) -> date | None:
        return _not_future(_date(value, "Ngày chuyển gửi", required=True), "Ngày chuyển gửi")

    @field_validator("reason", mode="before")
    @classmethod
    def _reason(cls, value: Any) -> str:
        text = clean_text(value, label="Lý do chuyển gửi", max_length=REASON_MAX, multiline=True)
        if not text:
            raise ValueError("Lý do chuyển gửi không được để trống.")
        return text

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: Any) -> ReferralStatus | None:
        return _choice(value, ReferralStatus, "Trạng thái chuyển gửi", required=True)

    @field_validator("status_date", mode="before")
    @classmethod
    def _status_date_value(cls, value: Any) -> date | None:
        return _date(value, "Ngày cập nhật trạng thái", required=False)

    @field_validator("status_date")
    @classmethod
    def _status_date(cls, value: date | None, info: ValidationInfo) -> date | None:
        referred_on = info.data.get("referred_on")
        if value is None:
            return referred_on
        if referred_on is not None and value < referred_on:
            raise ValueError(
                f"Ngày cập nhật trạng thái ({format_date(value)}) trước ngày chuyển gửi"
                f" ({format_date(referred_on)}). Hãy kiểm tra lại."
            )
        return _not_future(value, "Ngày cập nhật trạng thái")

    @field_validator("feedback", mode="before")
    @classmethod
    def _feedback(cls, value: Any, info: ValidationInfo) -> str:
        text = clean_text(value, label=_FEEDBACK_LABEL, max_length=TEXT_MAX, multiline=True)
        return _check_feedback(text, info.data.get("status"))

    @field_validator("programme", mode="before")
    @classmethod
    def _programme(cls, value: Any, info: ValidationInfo) -> Programme | None:
        chosen = _choice(value, Programme, "Chương trình", required=False)
        if chosen is None:
            return Programme.CASE if info.data.get("case_id") is not None else Programme.OTHER
        return chosen


class ReferralStatusIn(BaseModel):
    """A new status of a referral, on a date, with the provider's feedback."""

    model_config = ConfigDict(frozen=True)

    status: ReferralStatus = Field(default=None, validate_default=True)
    status_date: date = Field(default=None, validate_default=True)
    feedback: str = Field(default="", validate_default=True)

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: Any) -> ReferralStatus | None:
        return _choice(value, ReferralStatus, "Trạng thái chuyển gửi", required=True)

    @field_validator("status_date", mode="before")
    @classmethod
    def _status_date(cls, value: Any) -> date | None:
        label = "Ngày cập nhật trạng thái"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("feedback", mode="before")
    @classmethod
    def _feedback(cls, value: Any, info: ValidationInfo) -> str:
        text = clean_text(value, label=_FEEDBACK_LABEL, max_length=TEXT_MAX, multiline=True)
        return _check_feedback(text, info.data.get("status"))


class ReferralOut(ReferralIn):
    id: int
    child_code: str
    child_name: str
    recipient: str  # the managed provider's name, or the name typed by hand
    service_type_label: str
    status_label: str
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        return self.status.is_open


# --- mental health (QĐ 1591/QĐ-TTg) ---------------------------------------------------------
class MentalHealthFlagOut(BaseModel):
    """A child flagged with a mental-health problem or high risk: who identified it, when, on
    what basis (the classification row), and the services the child received."""

    model_config = ConfigDict(frozen=True)

    classification_id: int
    child: ChildSummary
    group_code: str
    group_label: str
    identified_by: str
    identified_on: date
    end_date: date | None
    basis: str
    note: str
    services: tuple[ServiceOut, ...]
    details_hidden: bool = False  # basis and note left out: the role may not see them
    reached: bool  # a service of a "reached" type overlaps the flag's time up to the day asked


class MentalHealthIndicator(BaseModel):
    """QĐ 1591/QĐ-TTg for a period: of the children flagged at some day of it, how many received
    at least one counselling / psychological / social service in it; and those not reached."""

    model_config = ConfigDict(frozen=True)

    period_start: date
    period_end: date
    flagged_children: int
    reached_children: int
    reached_pct: float | None  # one decimal; None when no child is flagged
    not_reached: tuple[ChildSummary, ...]
    reached_types: tuple[ServiceType, ...]
    target_pct: int = MENTAL_HEALTH_TARGET_PCT

    @property
    def meets_target(self) -> bool | None:
        return None if self.reached_pct is None else self.reached_pct >= self.target_pct
