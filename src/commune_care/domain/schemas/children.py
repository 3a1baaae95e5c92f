"""DTOs of the child register: what the services take (``…In``) and give back (``…Out``)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from commune_care.domain.dates import PartialDate, age_on
from commune_care.domain.enums import ChildStatus, Household, ParentStatus, Sex
from commune_care.domain.ethnicities import ETHNICITY_BY_CODE
from commune_care.domain.groups import GROUP_BY_CODE
from commune_care.domain.rules import CHILD_AGE_LIMIT, AgeBand
from commune_care.domain.schemas.audit import FieldChange
from commune_care.domain.schemas.text import clean_text

NAME_MAX = 100
SHORT_MAX = 150
ADDRESS_MAX = 255
NOTES_MAX = 4000

_LABELS = {
    "full_name": "Họ và tên",
    "id_number": "Số định danh cá nhân",
    "address": "Địa chỉ",
    "school": "Trường",
    "school_class": "Lớp",
    "father_name": "Họ tên cha",
    "mother_name": "Họ tên mẹ",
    "caregiver_name": "Người chăm sóc",
    "caregiver_relationship": "Quan hệ với trẻ",
    "caregiver_phone": "Số điện thoại",
    "bhyt_number": "Số thẻ BHYT",
    "notes": "Ghi chú",
    "confidential_notes": "Ghi chú mật",
    "over_age_reason": "Lý do đăng ký trẻ từ 16 tuổi",
    "status_note": "Ghi chú trạng thái",
}
_MAX = {
    "full_name": NAME_MAX,
    "father_name": NAME_MAX,
    "mother_name": NAME_MAX,
    "caregiver_name": NAME_MAX,
    "caregiver_relationship": 50,
    "caregiver_phone": 20,
    "bhyt_number": 20,
    "school_class": 20,
    "address": ADDRESS_MAX,
    "school": SHORT_MAX,
    "over_age_reason": ADDRESS_MAX,
    "status_note": ADDRESS_MAX,
    "notes": NOTES_MAX,
    "confidential_notes": NOTES_MAX,
}
_MULTILINE = {"notes", "confidential_notes"}


class ChildIn(BaseModel):
    """A child as the officer enters or edits it."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    full_name: str
    sex: Sex = Sex.UNKNOWN
    birth: PartialDate | None = Field(default=None, validate_default=True)
    id_number: str = ""
    ethnicity_code: str = ""
    village_id: int | None = None
    address: str = ""
    school: str = ""
    school_class: str = ""
    father_name: str = ""
    father_status: ParentStatus = ParentStatus.UNKNOWN
    mother_name: str = ""
    mother_status: ParentStatus = ParentStatus.UNKNOWN
    caregiver_name: str = ""
    caregiver_relationship: str = ""
    caregiver_phone: str = ""
    household: Household = Household.NONE
    bhyt_number: str = ""
    bhyt_expiry: date | None = None
    status: ChildStatus = ChildStatus.ACTIVE
    status_note: str = ""
    notes: str = ""
    confidential_notes: str = ""
    registered_on: date = Field(default_factory=date.today)
    over_age_reason: str = Field(default="", validate_default=True)

    @field_validator(*_MAX, mode="before")
    @classmethod
    def _clean(cls, value: Any, info: ValidationInfo) -> str:
        name = info.field_name
        assert name is not None
        return clean_text(
            value, label=_LABELS[name], max_length=_MAX[name], multiline=name in _MULTILINE
        )

    @field_validator("full_name")
    @classmethod
    def _name_required(cls, value: str) -> str:
        if not value:
            raise ValueError("Họ và tên không được để trống.")
        return value

    @field_validator("id_number", mode="before")
    @classmethod
    def _id_number(cls, value: Any) -> str:
        text = clean_text(value, label=_LABELS["id_number"], max_length=40).replace(" ", "")
        if text and (len(text) != 12 or not text.isdigit()):
            raise ValueError(
                f"Số định danh cá nhân phải gồm đúng 12 chữ số (đang có {len(text)} ký tự)."
            )
        return text

    @field_validator("ethnicity_code")
    @classmethod
    def _ethnicity(cls, value: str) -> str:
        if value and value not in ETHNICITY_BY_CODE:
            raise ValueError(
                "Dân tộc không có trong danh mục 54 dân tộc. Hãy chọn trong danh sách."
            )
        return value

    @field_validator("birth")
    @classmethod
    def _birth(cls, value: PartialDate | None) -> PartialDate | None:
        if value is None:
            raise ValueError("Hãy nhập ngày sinh, năm sinh hoặc tuổi ước tính của trẻ.")
        if value.earliest > date.today():
            raise ValueError("Ngày sinh ở tương lai. Hãy kiểm tra lại.")
        if value.year < 1900:
            raise ValueError(f"Năm sinh {value.year} không hợp lý. Hãy kiểm tra lại.")
        return value

    @field_validator("registered_on")
    @classmethod
    def _registered(cls, value: date, info: ValidationInfo) -> date:
        birth = info.data.get("birth")
        if value > date.today():
            raise ValueError("Ngày đăng ký ở tương lai. Hãy kiểm tra lại.")
        if birth is not None and birth.earliest > value:
            raise ValueError("Ngày sinh sau ngày đăng ký. Hãy kiểm tra lại.")
        return value

    @field_validator("bhyt_expiry")
    @classmethod
    def _bhyt_expiry(cls, value: date | None) -> date | None:
        if value is not None and value.year < 2000:
            raise ValueError("Hạn thẻ BHYT không hợp lý. Hãy kiểm tra lại.")
        return value

    @field_validator("over_age_reason", mode="after")
    @classmethod
    def _over_age(cls, value: str, info: ValidationInfo) -> str:
        # Runs after birth and registered_on (field order), so both are in info.data.
        birth, registered_on = info.data.get("birth"), info.data.get("registered_on")
        if birth is None or registered_on is None:
            return value
        if age_on(birth, registered_on) >= CHILD_AGE_LIMIT and not value:
            raise ValueError(
                "Trẻ đã đủ 16 tuổi vào ngày đăng ký. Chỉ đăng ký khi có lý do: hãy ghi lý do."
            )
        return value


class ClassificationIn(BaseModel):
    """One group a child belongs to, from a date, on a basis (who confirmed it)."""

    model_config = ConfigDict(frozen=True)

    group_code: str
    subgroup: int | None = None
    start_date: date
    end_date: date | None = None
    basis: str = ""
    note: str = ""
    identified_by: str | None = None  # who identified it; None: keep what is stored

    @field_validator("basis", "note", mode="before")
    @classmethod
    def _clean(cls, value: Any, info: Any) -> str:
        label = "Căn cứ xác định" if info.field_name == "basis" else "Ghi chú"
        return clean_text(value, label=label, max_length=ADDRESS_MAX)

    @field_validator("identified_by", mode="before")
    @classmethod
    def _identified_by(cls, value: Any) -> str | None:
        if value is None:
            return None
        return clean_text(value, label="Người/nơi phát hiện, xác định", max_length=SHORT_MAX)

    @field_validator("group_code")
    @classmethod
    def _group(cls, value: str) -> str:
        if value not in GROUP_BY_CODE:
            raise ValueError("Nhóm đối tượng không có trong danh mục. Hãy chọn trong danh sách.")
        return value

    @field_validator("start_date")
    @classmethod
    def _start(cls, value: date) -> date:
        if value > date.today():
            raise ValueError("Ngày bắt đầu ở tương lai. Hãy kiểm tra lại.")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ClassificationIn:
        group = GROUP_BY_CODE[self.group_code]
        if self.subgroup is not None and not 1 <= self.subgroup <= len(group.subgroups):
            raise ValueError("Phân nhóm không thuộc nhóm đã chọn. Hãy chọn lại phân nhóm.")
        if self.end_date is not None and self.end_date < self.start_date:
            raise ValueError("Ngày kết thúc trước ngày bắt đầu. Hãy kiểm tra lại.")
        return self


class ClassificationOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    group_code: str
    group_label: str
    subgroup: int | None
    subgroup_label: str
    start_date: date
    end_date: date | None
    basis: str
    note: str
    active: bool
    identified_by: str = ""
    # a mental-health group's basis and note left out for a role that may not see them
    details_hidden: bool = False


class ChildOut(ChildIn):
    """A saved child, with what the register computes."""

    id: int
    code: str
    age: int
    effective_status: ChildStatus
    village_name: str
    ethnicity_name: str
    archived: bool
    archive_reason: str
    classifications: tuple[ClassificationOut, ...]
    warnings: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    # the confidential notes were left out (the role may not see them), not empty
    confidential_hidden: bool = False

    @property
    def current_groups(self) -> tuple[ClassificationOut, ...]:
        return tuple(c for c in self.classifications if c.active)


class ChildSummary(BaseModel):
    """One row of the children list."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    id: int
    code: str
    full_name: str
    sex: Sex
    birth: PartialDate | None
    age: int | None
    village_name: str
    father_name: str
    mother_name: str
    group_codes: tuple[str, ...]
    effective_status: ChildStatus
    archived: bool


class ChildSubset(StrEnum):
    """The children behind a figure of the programme (the home page's tiles). The period is
    the filter's ``year``: mental-health flags and services on some day of it, orphans on 31/12
    (or on ``on`` while the year is not over), sponsorships and social assistance in it."""

    MENTAL_HEALTH = "sktt"
    MENTAL_HEALTH_REACHED = "sktt_da_tiep_can"
    MENTAL_HEALTH_NOT_REACHED = "sktt_chua_tiep_can"
    ORPHANS = "mo_coi"
    ORPHANS_IN_CARE = "mo_coi_cstt"
    ORPHANS_NOT_IN_CARE = "mo_coi_chua_cstt"
    SPONSORED = "do_dau"
    ASSISTED = "tro_cap"

    @property
    def label(self) -> str:
        return _SUBSET_LABELS[self]


_SUBSET_LABELS = {
    ChildSubset.MENTAL_HEALTH: "Trẻ em có vấn đề sức khỏe tâm thần, có nguy cơ cao",
    ChildSubset.MENTAL_HEALTH_REACHED: "Trẻ em có vấn đề sức khỏe tâm thần đã được tiếp cận "
    "dịch vụ",
    ChildSubset.MENTAL_HEALTH_NOT_REACHED: "Trẻ em có vấn đề sức khỏe tâm thần chưa được tiếp cận "
    "dịch vụ",
    ChildSubset.ORPHANS: "Trẻ em mồ côi",
    ChildSubset.ORPHANS_IN_CARE: "Trẻ em mồ côi đang được chăm sóc thay thế",
    ChildSubset.ORPHANS_NOT_IN_CARE: "Trẻ em mồ côi chưa có chăm sóc thay thế",
    ChildSubset.SPONSORED: "Trẻ em được nhận đỡ đầu",
    ChildSubset.ASSISTED: "Trẻ em được trợ cấp xã hội hằng tháng",
}


class ChildFilter(BaseModel):
    """What the children list shows; every field narrows it."""

    model_config = ConfigDict(frozen=True)

    text: str = ""
    group_code: str | None = None
    village_id: int | None = None
    sex: Sex | None = None
    age_band: AgeBand | None = None
    status: ChildStatus | None = None
    archived: bool = False  # True: only the archived children
    on: date | None = None  # the day ages are computed on (today by default)
    subset: ChildSubset | None = None  # the children behind a programme figure
    year: int | None = None  # the subset's year (the year of ``on`` by default)

    def subset_year(self) -> int:
        return self.year or (self.on or date.today()).year


class DuplicateMatch(BaseModel):
    model_config = ConfigDict(frozen=True)

    child: ChildSummary
    reasons: tuple[str, ...]


class HistoryEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    at: datetime
    user: str
    action: str
    summary: str
    changes: tuple[FieldChange, ...] = ()  # per field: old → new
