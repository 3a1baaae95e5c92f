"""DTOs of alternative care (issue #4): carers of the registry (Mẫu số 08, 09, 11), placements
(Mẫu số 12, 15, 16) and their follow-ups (Mẫu số 13).

What one record says is checked here (required fields, dates in order, a form with the right
kind of carer); what depends on other records (ages against the child, the child's other
placements, brothers and sisters, the carer's status) is ``domain.care.placement_rules``, asked
by the service. Every message is Vietnamese and names the field it is about.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from commune_care.domain.care import (
    CareForm,
    CarerCondition,
    CarerKind,
    CarerRegistration,
    CarerStatus,
    CareTerm,
    EndReason,
    FollowUpKind,
    VerificationResult,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import DateParseError, PartialDate, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import ChildSummary
from commune_care.domain.schemas.support import (
    _choice,
    _date,
    _not_future,
    _positive_id,
    clean_phone,
)
from commune_care.domain.schemas.text import clean_text
from commune_care.domain.support import percent

NAME_MAX = 100
SHORT_MAX = 150
ADDRESS_MAX = 255
TEXT_MAX = 4000
DECISION_MAX = 50


def _text(value: Any, label: str, max_length: int, multiline: bool = False) -> str:
    return clean_text(value, label=label, max_length=max_length, multiline=multiline)


def _required(value: str, label: str) -> str:
    if not value:
        raise ValueError(f"{label} không được để trống.")
    return value


def _birth(value: Any, label: str, required: bool) -> PartialDate | None:
    """A date of birth known to the day, the month or the year: a ``PartialDate``, a date, or
    text typed as dd/mm/yyyy, mm/yyyy or yyyy."""
    if value is None or value == "":
        if required:
            raise ValueError(f"{label}: hãy nhập ngày sinh hoặc năm sinh (dd/mm/yyyy hoặc yyyy).")
        return None
    if isinstance(value, PartialDate):
        birth = value
    elif isinstance(value, datetime):
        birth = PartialDate.from_date(value.date())
    elif isinstance(value, date):
        birth = PartialDate.from_date(value)
    elif isinstance(value, str):
        try:
            birth = PartialDate.parse(value)
        except DateParseError as exc:
            raise ValueError(f"{label}: {exc}") from None
    else:
        raise ValueError(f"{label}: hãy nhập ngày sinh hoặc năm sinh (dd/mm/yyyy hoặc yyyy).")
    if birth.earliest > date.today():
        raise ValueError(f"{label} ở tương lai. Hãy kiểm tra lại.")
    if birth.year < 1900:
        raise ValueError(f"{label}: năm sinh {birth.year} không hợp lý. Hãy kiểm tra lại.")
    return birth


def _id_number(value: Any) -> str:
    text = _text(value, "Số định danh cá nhân", 40).replace(" ", "")
    if text and (len(text) != 12 or not text.isdigit()):
        raise ValueError(
            f"Số định danh cá nhân phải gồm đúng 12 chữ số (đang có {len(text)} ký tự)."
        )
    return text


# --- carers ------------------------------------------------------------------------------------
_CARER_LABELS = {
    "full_name": "Họ và tên người nhận chăm sóc (hoặc người đại diện gia đình)",
    "address": "Nơi cư trú",
    "occupation": "Nghề nghiệp",
    "wishes": "Nguyện vọng, yêu cầu đối với trẻ được nhận chăm sóc",
    "note": "Ghi chú",
}
_CARER_MAX = {
    "full_name": NAME_MAX,
    "address": ADDRESS_MAX,
    "occupation": SHORT_MAX,
    "wishes": TEXT_MAX,
    "note": TEXT_MAX,
}


class CarerIn(BaseModel):
    """A person or family on the registry: an application on Mẫu số 08 (Nghị định 56 Điều 39),
    or a relative who notified the commune (Luật Trẻ em Điều 65.4). For a family, the person is
    its representative; the other members are ``CarerMemberIn``."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    kind: CarerKind = CarerKind.PERSON
    registration: CarerRegistration = CarerRegistration.APPLICATION
    full_name: str
    sex: Sex = Sex.UNKNOWN
    birth: PartialDate | None = Field(default=None, validate_default=True)
    id_number: str = ""
    address: str = ""
    village_id: int | None = None
    phone: str = ""
    occupation: str = ""
    registered_on: date = Field(default=None, validate_default=True)
    wishes: str = ""
    note: str = ""

    @field_validator(*_CARER_MAX, mode="before")
    @classmethod
    def _clean(cls, value: Any, info: ValidationInfo) -> str:
        name = info.field_name
        assert name is not None
        return _text(value, _CARER_LABELS[name], _CARER_MAX[name], name in {"wishes", "note"})

    @field_validator("full_name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _required(value, "Họ và tên người nhận chăm sóc")

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> CarerKind | None:
        return _choice(value, CarerKind, "Cá nhân hay gia đình", required=True)

    @field_validator("registration", mode="before")
    @classmethod
    def _registration(cls, value: Any) -> CarerRegistration | None:
        return _choice(value, CarerRegistration, "Hình thức đăng ký", required=True)

    @field_validator("sex", mode="before")
    @classmethod
    def _sex(cls, value: Any) -> Sex | None:
        return _choice(value, Sex, "Giới tính", required=True)

    @field_validator("birth", mode="before")
    @classmethod
    def _birth(cls, value: Any) -> PartialDate | None:
        return _birth(value, "Ngày sinh của người nhận chăm sóc", required=True)

    @field_validator("id_number", mode="before")
    @classmethod
    def _id(cls, value: Any) -> str:
        return _id_number(value)

    @field_validator("village_id", mode="before")
    @classmethod
    def _village(cls, value: Any) -> int | None:
        return _positive_id(value, "Thôn/bản", required=False)

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, value: Any) -> str:
        return clean_phone(value)

    @field_validator("registered_on", mode="before")
    @classmethod
    def _registered(cls, value: Any, info: ValidationInfo) -> date | None:
        label = (
            "Ngày thông báo"
            if info.data.get("registration") is CarerRegistration.RELATIVE_NOTICE
            else "Ngày nộp đơn đăng ký (Mẫu số 08)"
        )
        return _not_future(_date(value, label, required=True), label)


class CarerMemberIn(BaseModel):
    """A member of the carer's household (Điều 63.2.c: all agree, none with a record of abuse)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    full_name: str
    relationship: str = Field(default="", validate_default=True)
    birth: PartialDate | None = None
    agrees: bool = True
    added_on: date | None = None  # None: the carer's registration day
    note: str = ""

    @field_validator("full_name", mode="before")
    @classmethod
    def _name(cls, value: Any) -> str:
        return _required(_text(value, "Họ và tên thành viên", NAME_MAX), "Họ và tên thành viên")

    @field_validator("relationship", mode="before")
    @classmethod
    def _relationship(cls, value: Any) -> str:
        label = "Quan hệ với người nhận chăm sóc"
        return _required(_text(value, label, 50), label)

    @field_validator("birth", mode="before")
    @classmethod
    def _birth(cls, value: Any) -> PartialDate | None:
        return _birth(value, "Ngày sinh của thành viên", required=False)

    @field_validator("added_on", mode="before")
    @classmethod
    def _added(cls, value: Any) -> date | None:
        label = "Ngày bắt đầu là thành viên"
        return _not_future(_date(value, label, required=False), label)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: Any) -> str:
        return _text(value, "Ghi chú", ADDRESS_MAX)


class CarerMemberEndIn(BaseModel):
    """A member who left the household, from a date, with the reason (kept as history)."""

    model_config = ConfigDict(frozen=True)

    ended_on: date = Field(default=None, validate_default=True)
    reason: str = Field(default="", validate_default=True)

    @field_validator("ended_on", mode="before")
    @classmethod
    def _ended(cls, value: Any) -> date | None:
        label = "Ngày không còn là thành viên"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("reason", mode="before")
    @classmethod
    def _reason(cls, value: Any) -> str:
        label = "Lý do"
        return _required(_text(value, label, ADDRESS_MAX), label)


class ConditionCheckIn(BaseModel):
    """One line of the Điều 63.2 checklist: met or not, with a note (the paper seen, …)."""

    model_config = ConfigDict(frozen=True)

    condition: CarerCondition
    met: bool
    note: str = ""

    @field_validator("condition", mode="before")
    @classmethod
    def _condition(cls, value: Any) -> CarerCondition | None:
        return _choice(value, CarerCondition, "Điều kiện", required=True)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: Any) -> str:
        return _text(value, "Ghi chú điều kiện", ADDRESS_MAX)


class ConditionsIn(BaseModel):
    """The checklist as checked on a day, by someone (some or all of the conditions)."""

    model_config = ConfigDict(frozen=True)

    checked_on: date = Field(default=None, validate_default=True)
    checked_by: str = Field(default="", validate_default=True)
    items: tuple[ConditionCheckIn, ...] = Field(default=(), validate_default=True)

    @field_validator("checked_on", mode="before")
    @classmethod
    def _on(cls, value: Any) -> date | None:
        label = "Ngày kiểm tra điều kiện"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("checked_by", mode="before")
    @classmethod
    def _by(cls, value: Any) -> str:
        label = "Người kiểm tra điều kiện"
        return _required(_text(value, label, SHORT_MAX), label)

    @field_validator("items")
    @classmethod
    def _items(cls, value: tuple[ConditionCheckIn, ...]) -> tuple[ConditionCheckIn, ...]:
        if not value:
            raise ValueError("Hãy đánh dấu ít nhất một điều kiện (đạt hoặc không đạt).")
        seen: set[CarerCondition] = set()
        for item in value:
            if item.condition in seen:
                raise ValueError(f"Điều kiện «{item.condition.label}» được ghi hai lần.")
            seen.add(item.condition)
        return value


class VerificationIn(BaseModel):
    """The worker's verification of the carer's conditions (Mẫu số 11; Nghị định 56 Điều 42.1)."""

    model_config = ConfigDict(frozen=True)

    verified_on: date = Field(default=None, validate_default=True)
    verified_by: str = Field(default="", validate_default=True)
    result: VerificationResult = Field(default=None, validate_default=True)
    note: str = ""

    @field_validator("verified_on", mode="before")
    @classmethod
    def _on(cls, value: Any) -> date | None:
        label = "Ngày xác minh"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("verified_by", mode="before")
    @classmethod
    def _by(cls, value: Any) -> str:
        label = "Người xác minh"
        return _required(_text(value, label, SHORT_MAX), label)

    @field_validator("result", mode="before")
    @classmethod
    def _result(cls, value: Any) -> VerificationResult | None:
        return _choice(value, VerificationResult, "Kết quả xác minh", required=True)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: Any) -> str:
        return _text(value, "Nhận xét", TEXT_MAX, multiline=True)


class ApprovalIn(BaseModel):
    """The Chủ tịch's approval of the carer as eligible (Thông tư 14/2020 Điều 7.2, 8.5)."""

    model_config = ConfigDict(frozen=True)

    approved_on: date = Field(default=None, validate_default=True)
    approved_by: str = Field(default="", validate_default=True)
    document_number: str = ""
    note: str = ""

    @field_validator("approved_on", mode="before")
    @classmethod
    def _on(cls, value: Any) -> date | None:
        label = "Ngày phê duyệt"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("approved_by", mode="before")
    @classmethod
    def _by(cls, value: Any) -> str:
        label = "Người phê duyệt (Chủ tịch Ủy ban nhân dân xã)"
        return _required(_text(value, label, SHORT_MAX), label)

    @field_validator("document_number", mode="before")
    @classmethod
    def _number(cls, value: Any) -> str:
        return _text(value, "Số văn bản phê duyệt", DECISION_MAX)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: Any) -> str:
        return _text(value, "Ghi chú", ADDRESS_MAX)


class CarerStopIn(BaseModel):
    """The carer no longer takes children (withdrew, moved away, no longer eligible)."""

    model_config = ConfigDict(frozen=True)

    stopped_on: date = Field(default=None, validate_default=True)
    reason: str = Field(default="", validate_default=True)

    @field_validator("stopped_on", mode="before")
    @classmethod
    def _on(cls, value: Any) -> date | None:
        label = "Ngày ngừng"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("reason", mode="before")
    @classmethod
    def _reason(cls, value: Any) -> str:
        label = "Lý do ngừng"
        return _required(_text(value, label, ADDRESS_MAX), label)


class CarerMemberOut(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    id: int
    full_name: str
    relationship: str
    birth: PartialDate | None
    agrees: bool
    added_on: date
    note: str
    ended_on: date | None
    end_reason: str

    @property
    def active(self) -> bool:
        return self.ended_on is None


class ConditionCheckOut(BaseModel):
    """The latest answer for one condition."""

    model_config = ConfigDict(frozen=True)

    condition: CarerCondition
    label: str
    point: str  # of Điều 63.2
    met: bool
    checked_on: date
    checked_by: str
    note: str


class VerificationOut(VerificationIn):
    result_label: str


class ApprovalOut(ApprovalIn):
    pass


class CarerOut(CarerIn):
    id: int
    kind_label: str
    registration_label: str
    status: CarerStatus
    status_label: str
    status_date: date
    status_reason: str
    members: tuple[CarerMemberOut, ...]  # present and past, oldest first
    conditions: tuple[ConditionCheckOut, ...]  # the latest answer per condition, law order
    verification: VerificationOut | None
    approval: ApprovalOut | None
    current_placements: int  # children in this carer's care now
    village_name: str
    created_at: datetime
    updated_at: datetime

    @property
    def unmet_conditions(self) -> tuple[CarerCondition, ...]:
        """Conditions not checked yet or checked as not met."""
        met = {c.condition for c in self.conditions if c.met}
        return tuple(c for c in CarerCondition if c not in met)


class CarerFilter(BaseModel):
    """What the carers list shows; every field narrows it."""

    model_config = ConfigDict(frozen=True)

    text: str = ""  # part of the name (case and accents ignored)
    status: CarerStatus | None = None
    registration: CarerRegistration | None = None
    include_stopped: bool = True


class CarerQuarterList(BaseModel):
    """Mẫu số 09: the people and families registered to take a child (Nghị định 56 Điều 40.1),
    as of the last day of a quarter, in name order."""

    model_config = ConfigDict(frozen=True)

    year: int
    quarter: int
    as_of: date
    carers: tuple[CarerOut, ...]


# --- placements --------------------------------------------------------------------------------
class PlacementIn(BaseModel):
    """A decision to place a child in alternative care (Mẫu số 12 for care by a person or
    family; the competent body's decision for a facility).

    ``start_date``: the day the placement takes effect (the decision's day when empty).
    ``handover_date``: when the child was handed to the carer (Nghị định 56 Điều 42.7: within 15
    working days of the decision); the follow-ups are counted from it once recorded."""

    model_config = ConfigDict(frozen=True)

    child_id: int
    form: CareForm = Field(default=None, validate_default=True)
    term: CareTerm = Field(default=None, validate_default=True)
    carer_id: int | None = None
    provider_id: int | None = None
    relationship: str = ""
    decision_number: str = Field(default="", validate_default=True)
    decision_date: date = Field(default=None, validate_default=True)
    decision_signer: str = Field(default="", validate_default=True)
    start_date: date | None = Field(default=None, validate_default=True)
    handover_date: date | None = None
    non_relative_reason: str = ""
    child_view: str = ""
    child_view_date: date | None = None
    case_id: int | None = None
    note: str = ""

    @field_validator("child_id", mode="before")
    @classmethod
    def _child(cls, value: Any) -> int | None:
        return _positive_id(value, "Trẻ được chăm sóc thay thế", required=True)

    @field_validator("form", mode="before")
    @classmethod
    def _form(cls, value: Any) -> CareForm | None:
        return _choice(value, CareForm, "Hình thức chăm sóc thay thế", required=True)

    @field_validator("term", mode="before")
    @classmethod
    def _term(cls, value: Any) -> CareTerm | None:
        return _choice(value, CareTerm, "Thời hạn chăm sóc (tạm thời hay dài hạn)", required=True)

    @field_validator("carer_id", mode="before")
    @classmethod
    def _carer(cls, value: Any) -> int | None:
        return _positive_id(value, "Người nhận chăm sóc thay thế", required=False)

    @field_validator("provider_id", mode="before")
    @classmethod
    def _provider(cls, value: Any) -> int | None:
        return _positive_id(value, "Cơ sở trợ giúp xã hội", required=False)

    @field_validator("case_id", mode="before")
    @classmethod
    def _case(cls, value: Any) -> int | None:
        return _positive_id(value, "Hồ sơ hỗ trợ, can thiệp", required=False)

    @field_validator("relationship", mode="before")
    @classmethod
    def _relationship(cls, value: Any) -> str:
        return _text(value, "Quan hệ với trẻ", 50)

    @field_validator("decision_number", mode="before")
    @classmethod
    def _number(cls, value: Any) -> str:
        label = "Số quyết định giao, nhận trẻ em"
        return _required(_text(value, label, DECISION_MAX), label)

    @field_validator("decision_date", mode="before")
    @classmethod
    def _decision_date(cls, value: Any) -> date | None:
        label = "Ngày quyết định"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("decision_signer", mode="before")
    @classmethod
    def _signer(cls, value: Any) -> str:
        label = "Người ký quyết định"
        return _required(_text(value, label, SHORT_MAX), label)

    @field_validator("start_date", mode="before")
    @classmethod
    def _start(cls, value: Any, info: ValidationInfo) -> date | None:
        label = "Ngày bắt đầu chăm sóc thay thế"
        start = _not_future(_date(value, label, required=False), label)
        return start if start is not None else info.data.get("decision_date")

    @field_validator("handover_date", mode="before")
    @classmethod
    def _handover(cls, value: Any) -> date | None:
        label = "Ngày giao, nhận trẻ em"
        return _not_future(_date(value, label, required=False), label)

    @field_validator("non_relative_reason", mode="before")
    @classmethod
    def _reason(cls, value: Any) -> str:
        return _text(value, "Lý do không giao cho người thân thích", TEXT_MAX, multiline=True)

    @field_validator("child_view", mode="before")
    @classmethod
    def _view(cls, value: Any) -> str:
        return _text(value, "Ý kiến, nguyện vọng của trẻ", TEXT_MAX, multiline=True)

    @field_validator("child_view_date", mode="before")
    @classmethod
    def _view_date(cls, value: Any) -> date | None:
        label = "Ngày lấy ý kiến của trẻ"
        return _not_future(_date(value, label, required=False), label)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: Any) -> str:
        return _text(value, "Ghi chú", TEXT_MAX, multiline=True)


def placement_errors(data: PlacementIn) -> dict[str, str]:
    """What one placement decision says that does not hold together: field → message (the
    service refuses it with these, before asking the rules that need other records)."""
    errors: dict[str, str] = {}
    if data.form.is_family:
        if data.carer_id is None:
            errors["carer_id"] = (
                "Hãy chọn người nhận chăm sóc thay thế trong danh sách (đăng ký người mới nếu"
                " chưa có)."
            )
        if data.provider_id is not None:
            errors["provider_id"] = (
                "Chăm sóc bởi cá nhân, gia đình không chọn cơ sở trợ giúp xã hội. Hãy bỏ chọn cơ"
                " sở, hoặc đổi hình thức."
            )
    elif data.form is CareForm.FACILITY:
        if data.provider_id is None:
            errors["provider_id"] = "Hãy chọn cơ sở trợ giúp xã hội nhận chăm sóc trẻ."
        if data.carer_id is not None:
            errors["carer_id"] = (
                "Chăm sóc tại cơ sở trợ giúp xã hội không chọn người nhận chăm sóc. Hãy bỏ chọn"
                " người, hoặc đổi hình thức."
            )
    if data.child_view and data.child_view_date is None:
        errors["child_view_date"] = "Hãy ghi ngày lấy ý kiến của trẻ."
    if data.child_view_date is not None and not data.child_view:
        errors["child_view"] = "Hãy ghi ý kiến, nguyện vọng của trẻ (hoặc xóa ngày lấy ý kiến)."
    if data.handover_date is not None and data.handover_date < data.decision_date:
        errors["handover_date"] = (
            f"Ngày giao, nhận trẻ em ({format_date(data.handover_date)}) trước ngày quyết định"
            f" ({format_date(data.decision_date)}). Hãy kiểm tra lại."
        )
    return errors


class PlacementEndIn(BaseModel):
    """The end of a placement: the day, the reason (Luật Trẻ em Điều 69; a change of form or
    carer; adoption; 16 years), the carer's request (Mẫu số 15) and the Chủ tịch's decision
    (Mẫu số 16) when there are any."""

    model_config = ConfigDict(frozen=True)

    end_date: date = Field(default=None, validate_default=True)
    reason: EndReason = Field(default=None, validate_default=True)
    note: str = Field(default="", validate_default=True)
    request_date: date | None = Field(default=None, validate_default=True)
    decision_number: str = Field(default="", validate_default=True)
    decision_date: date | None = Field(default=None, validate_default=True)

    @field_validator("end_date", mode="before")
    @classmethod
    def _end(cls, value: Any) -> date | None:
        label = "Ngày chấm dứt chăm sóc thay thế"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("reason", mode="before")
    @classmethod
    def _reason(cls, value: Any) -> EndReason | None:
        return _choice(value, EndReason, "Lý do chấm dứt", required=True)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: Any, info: ValidationInfo) -> str:
        text = _text(value, "Ghi chú về việc chấm dứt", TEXT_MAX, multiline=True)
        reason = info.data.get("reason")
        if reason is not None and reason.needs_note and not text:
            raise ValueError("Lý do khác: hãy ghi rõ lý do chấm dứt.")
        return text

    @field_validator("request_date", mode="before")
    @classmethod
    def _request(cls, value: Any, info: ValidationInfo) -> date | None:
        label = "Ngày đơn đề nghị chấm dứt (Mẫu số 15)"
        found = _not_future(_date(value, label, required=False), label)
        reason = info.data.get("reason")
        if found is None and reason is not None and reason.needs_request:
            raise ValueError(
                "Người nhận chăm sóc đề nghị chấm dứt: hãy ghi ngày của đơn đề nghị (Mẫu số 15,"
                " Điều 48.1 Nghị định 56/2017/NĐ-CP)."
            )
        return found

    @field_validator("decision_number", mode="before")
    @classmethod
    def _number(cls, value: Any, info: ValidationInfo) -> str:
        text = _text(value, "Số quyết định chấm dứt (Mẫu số 16)", DECISION_MAX)
        reason = info.data.get("reason")
        if not text and reason is not None and reason.needs_decision:
            raise ValueError(
                "Hãy ghi số quyết định chấm dứt việc chăm sóc thay thế của Chủ tịch Ủy ban nhân"
                " dân xã (Mẫu số 16, Điều 48.2 Nghị định 56/2017/NĐ-CP)."
            )
        return text

    @field_validator("decision_date", mode="before")
    @classmethod
    def _decision(cls, value: Any, info: ValidationInfo) -> date | None:
        label = "Ngày quyết định chấm dứt (Mẫu số 16)"
        found = _not_future(_date(value, label, required=False), label)
        reason = info.data.get("reason")
        if found is None and (info.data.get("decision_number") or (
            reason is not None and reason.needs_decision
        )):  # fmt: skip
            raise ValueError(f"{label}: hãy nhập ngày (dd/mm/yyyy).")
        request = info.data.get("request_date")
        if found is not None and request is not None and request > found:
            raise ValueError(
                f"Ngày đơn đề nghị ({format_date(request)}) sau ngày quyết định chấm dứt"
                f" ({format_date(found)}). Hãy kiểm tra lại."
            )
        return found


class PlacementOut(BaseModel):
    """A placement as the lists and the child's page show it."""

    model_config = ConfigDict(frozen=True)

    id: int
    code: str  # "CSTT2026-0001"
    child_id: int
    child_code: str
    child_name: str
    form: CareForm
    form_label: str
    term: CareTerm
    term_label: str
    carer_id: int | None
    provider_id: int | None
    adoption_id: int | None
    carer_name: str  # the person, the family's representative, the facility, the adopters
    relationship: str
    decision_number: str
    decision_date: date
    decision_signer: str
    start_date: date
    handover_date: date | None
    handover_due: date | None  # None when no handover is followed here (facility, adoption)
    non_relative_reason: str
    child_view: str
    child_view_date: date | None
    case_id: int | None
    note: str
    end_date: date | None
    end_reason: EndReason | None
    end_reason_label: str
    end_note: str
    end_request_date: date | None
    end_decision_number: str
    end_decision_date: date | None
    confirmed_warnings: tuple[str, ...]  # what the officer read and confirmed when deciding
    next_due: date | None  # the earliest follow-up (or handover) still to do
    next_due_label: str
    next_due_kind: FollowUpKind | None = None  # None: the handover (or nothing) is next
    next_state: DeadlineState | None
    created_at: datetime
    updated_at: datetime

    @property
    def current(self) -> bool:
        return self.end_date is None


class PlacementFilter(BaseModel):
    """What the placements list shows; every field narrows it."""

    model_config = ConfigDict(frozen=True)

    current: bool | None = None  # True: only open placements; False: only ended ones
    form: CareForm | None = None
    child_id: int | None = None
    carer_id: int | None = None
    provider_id: int | None = None
    text: str = ""  # part of the child's name or code, or the carer's name
    overdue: bool = False  # only placements with something overdue


# --- follow-ups --------------------------------------------------------------------------------
class FollowUpIn(BaseModel):
    """A follow-up done: the scheduled one (``kind`` and ``seq``), or one more (``seq`` None:
    a visit because something happened, a report on a change of carer)."""

    model_config = ConfigDict(frozen=True)

    kind: FollowUpKind = Field(default=None, validate_default=True)
    seq: int | None = None
    done_on: date = Field(default=None, validate_default=True)
    done_by: str = Field(default="", validate_default=True)
    findings: str = Field(default="", validate_default=True)
    next_steps: str = ""

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> FollowUpKind | None:
        return _choice(value, FollowUpKind, "Loại theo dõi", required=True)

    @field_validator("seq", mode="before")
    @classmethod
    def _seq(cls, value: Any) -> int | None:
        return _positive_id(value, "Lần theo dõi theo lịch", required=False)

    @field_validator("done_on", mode="before")
    @classmethod
    def _on(cls, value: Any) -> date | None:
        label = "Ngày theo dõi, đánh giá"
        return _not_future(_date(value, label, required=True), label)

    @field_validator("done_by", mode="before")
    @classmethod
    def _by(cls, value: Any) -> str:
        label = "Người thực hiện"
        return _required(_text(value, label, SHORT_MAX), label)

    @field_validator("findings", mode="before")
    @classmethod
    def _findings(cls, value: Any) -> str:
        label = "Kết quả theo dõi (điều kiện sống, sức khỏe, tinh thần, sự hòa nhập của trẻ)"
        return _required(_text(value, label, TEXT_MAX, multiline=True), label)

    @field_validator("next_steps", mode="before")
    @classmethod
    def _next(cls, value: Any) -> str:
        return _text(value, "Đề xuất, việc tiếp theo", TEXT_MAX, multiline=True)


class FollowUpOut(BaseModel):
    """One line of a placement's follow-up schedule: due (and maybe done), or done off the
    schedule (``seq`` None, ``due`` None)."""

    model_config = ConfigDict(frozen=True)

    id: int | None  # the recorded follow-up; None while not done
    placement_id: int
    kind: FollowUpKind
    kind_label: str
    seq: int | None
    months: int | None  # after the start
    label: str  # "… — sau 03 tháng"
    due: date | None
    state: DeadlineState  # DONE once recorded
    done_on: date | None
    done_by: str
    findings: str
    next_steps: str
    late: bool  # done after its due day

    @property
    def done(self) -> bool:
        return self.id is not None


# --- the QĐ 1591 orphan indicator --------------------------------------------------------------
ORPHANS_TARGET_PCT = 100  # QĐ 1591/QĐ-TTg: 100 % trẻ em mồ côi được chăm sóc thay thế


class OrphanIndicator(BaseModel):
    """QĐ 1591/QĐ-TTg on a day: the orphans of both parents (group a of Điều 10) and of one
    parent, classified so on that day, not archived and under 16; how many were in alternative
    care that day (a placement of any form running); the share; those who were not."""

    model_config = ConfigDict(frozen=True)

    on: date
    both_parents: int
    both_parents_in_care: int
    one_parent: int
    one_parent_in_care: int
    not_in_care: tuple[ChildSummary, ...]  # in name order
    target_pct: int = ORPHANS_TARGET_PCT

    @property
    def total(self) -> int:
        return self.both_parents + self.one_parent

    @property
    def in_care(self) -> int:
        return self.both_parents_in_care + self.one_parent_in_care

    @property
    def in_care_pct(self) -> float | None:
        return percent(self.in_care, self.total)

    @property
    def both_parents_pct(self) -> float | None:
        return percent(self.both_parents_in_care, self.both_parents)

    @property
    def one_parent_pct(self) -> float | None:
        return percent(self.one_parent_in_care, self.one_parent)
