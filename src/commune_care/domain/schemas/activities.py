"""DTOs of the programme's activities, sponsorships and social-assistance payments (issue #9).

Every message is Vietnamese and names the field it is about; amounts are whole đồng, typed as
in Vietnam ("1.500.000 đ"); months are typed "mm/yyyy".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from commune_care.domain.activities import (
    ActivityKind,
    AssistanceCategory,
    FundingSource,
    check_money,
    format_month,
    months_between,
    parse_coefficient,
    parse_money,
)
from commune_care.domain.dates import format_date
from commune_care.domain.schemas.support import _choice, _date, _positive_id
from commune_care.domain.schemas.text import clean_text

TITLE_MAX = 255
NAME_MAX = 150
NOTE_MAX = 2000
PARTICIPANTS_MAX = 1_000_000
CHILDREN_PER_ACTIVITY_MAX = 2_000
PAYMENT_MONTHS_MAX = 36  # months recorded at once: more is a typing mistake in a year
_MONTH = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")


def _not_future(value: date | None, label: str) -> date | None:
    if value is not None and value > date.today():
        raise ValueError(f"{label} {format_date(value)} ở tương lai. Hãy kiểm tra lại.")
    return value


def _count(value: Any, label: str) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, str) and value.strip().replace(".", "").isdigit():
        value = int(value.strip().replace(".", ""))
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{label}: hãy nhập một số nguyên (số người).")
    if value < 0:
        raise ValueError(f"{label} không được âm.")
    if value > PARTICIPANTS_MAX:
        raise ValueError(f"{label} lớn bất thường (quá 1.000.000 người). Hãy kiểm tra lại.")
    return value


def parse_month(value: Any, label: str, required: bool = True) -> date | None:
    """'03/2026', '3/2026', a date (its month) → the first day of the month."""
    if value is None or value == "":
        if required:
            raise ValueError(f"{label}: hãy nhập tháng (mm/yyyy), ví dụ 03/2026.")
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.replace(day=1)
    if isinstance(value, str):
        match = _MONTH.match(value)
        if match:
            month, year = int(match.group(1)), int(match.group(2))
            if 1 <= month <= 12 and 1900 <= year <= 9999:
                return date(year, month, 1)
            raise ValueError(f"{label} «{value.strip()}» không có thật. Tháng từ 01 đến 12.")
    raise ValueError(f"{label}: hãy nhập tháng dạng mm/yyyy, ví dụ 03/2026.")


# --- activities -------------------------------------------------------------------------------
_ACTIVITY_TEXT = {
    "title": ("Tên hoạt động", TITLE_MAX, False),
    "place": ("Địa điểm", TITLE_MAX, False),
    "organiser": ("Đơn vị tổ chức", NAME_MAX, False),
    "note": ("Ghi chú", NOTE_MAX, True),
}


class ActivityIn(BaseModel):
    """A session of communication, training, life-skills education, a visit with gifts or other
    support: when, what, where, who organised it, how many took part (children, parents, staff
    and others), the children concerned, what it cost and who paid."""

    model_config = ConfigDict(frozen=True)

    held_on: date = Field(default=None, validate_default=True)
    kind: ActivityKind = Field(default=None, validate_default=True)
    title: str = ""
    place: str = ""
    organiser: str = ""
    participants_total: int = 0
    participants_children: int = 0
    participants_parents: int = 0
    participants_staff: int = 0
    child_ids: tuple[int, ...] = ()
    budget_vnd: int | None = None
    budget_source: FundingSource | None = None
    note: str = ""

    @field_validator("title", "place", "organiser", "note", mode="before")
    @classmethod
    def _clean(cls, value: Any, info: ValidationInfo) -> str:
        assert info.field_name is not None
        label, limit, multiline = _ACTIVITY_TEXT[info.field_name]
        return clean_text(value, label=label, max_length=limit, multiline=multiline)

    @field_validator("title")
    @classmethod
    def _title_required(cls, value: str) -> str:
        if not value:
            raise ValueError("Tên hoạt động không được để trống (ví dụ «Truyền thông phòng, "
                             "chống xâm hại trẻ em»).")  # fmt: skip
        return value

    @field_validator("held_on", mode="before")
    @classmethod
    def _held_on(cls, value: Any) -> date | None:
        return _not_future(_date(value, "Ngày tổ chức", required=True), "Ngày tổ chức")

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> ActivityKind | None:
        return _choice(value, ActivityKind, "Loại hoạt động", required=True)

    @field_validator("budget_source", mode="before")
    @classmethod
    def _source(cls, value: Any) -> FundingSource | None:
        return _choice(value, FundingSource, "Nguồn kinh phí", required=False)

    @field_validator(
        "participants_total", "participants_children", "participants_parents",
        "participants_staff", mode="before",
    )  # fmt: skip
    @classmethod
    def _participants(cls, value: Any, info: ValidationInfo) -> int:
        labels = {
            "participants_total": "Tổng số người tham gia",
            "participants_children": "Số trẻ em tham gia",
            "participants_parents": "Số cha mẹ, người chăm sóc tham gia",
            "participants_staff": "Số cán bộ tham gia",
        }
        assert info.field_name is not None
        return _count(value, labels[info.field_name])

    @field_validator("budget_vnd", mode="before")
    @classmethod
    def _budget_text(cls, value: Any) -> Any:
        return parse_money(value, "Kinh phí")

    @field_validator("budget_vnd")
    @classmethod
    def _budget(cls, value: int | None) -> int | None:
        return check_money(value, "Kinh phí")

    @field_validator("child_ids", mode="before")
    @classmethod
    def _children(cls, value: Any) -> tuple[int, ...]:
        ids = tuple(value or ())
        for child_id in ids:
            _positive_id(child_id, "Trẻ em liên quan", required=True)
        if len(ids) > CHILDREN_PER_ACTIVITY_MAX:
            raise ValueError(f"Một hoạt động ghi tối đa {CHILDREN_PER_ACTIVITY_MAX} trẻ em "
                             "liên quan; số trẻ tham gia đông hơn thì chỉ ghi số lượng.")  # fmt: skip
        return tuple(dict.fromkeys(ids))

    @model_validator(mode="after")
    def _consistent(self) -> ActivityIn:
        parts = self.participants_children + self.participants_parents + self.participants_staff
        if self.participants_total == 0 and parts:
            object.__setattr__(self, "participants_total", parts)  # total left empty: the sum
        elif parts > self.participants_total:
            raise ValueError(
                f"Tổng số người tham gia ({self.participants_total}) ít hơn số trẻ em, cha mẹ và "
                f"cán bộ cộng lại ({parts}). Hãy sửa tổng số hoặc các số thành phần."
            )
        if len(self.child_ids) > max(self.participants_children, 0) and self.participants_children:
            raise ValueError(
                f"Đã chọn {len(self.child_ids)} trẻ em liên quan nhưng số trẻ em tham gia chỉ là "
                f"{self.participants_children}. Hãy sửa số trẻ em tham gia."
            )
        if self.budget_source is not None and not self.budget_vnd:
            raise ValueError("Đã chọn nguồn kinh phí nhưng chưa nhập kinh phí. Hãy nhập số tiền "
                             "hoặc bỏ chọn nguồn kinh phí.")  # fmt: skip
        return self


class ActivityChild(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    code: str
    full_name: str


class ActivityOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    held_on: date
    kind: ActivityKind
    kind_label: str
    title: str
    place: str
    organiser: str
    participants_total: int
    participants_children: int
    participants_parents: int
    participants_staff: int
    children: tuple[ActivityChild, ...]
    budget_vnd: int | None
    budget_source: FundingSource | None
    budget_source_label: str
    note: str
    archived: bool
    created_at: datetime
    updated_at: datetime

    @property
    def participants_other(self) -> int:
        return self.participants_total - (
            self.participants_children + self.participants_parents + self.participants_staff
        )

    def as_input(self) -> ActivityIn:
        return ActivityIn(
            held_on=self.held_on, kind=self.kind, title=self.title, place=self.place,
            organiser=self.organiser, participants_total=self.participants_total,
            participants_children=self.participants_children,
            participants_parents=self.participants_parents,
            participants_staff=self.participants_staff,
            child_ids=tuple(c.id for c in self.children), budget_vnd=self.budget_vnd,
            budget_source=self.budget_source, note=self.note,
        )  # fmt: skip


class ActivityFilter(BaseModel):
    model_config = ConfigDict(frozen=True)

    year: int | None = None
    kind: ActivityKind | None = None
    archived: bool = False  # True: only the archived


# --- sponsorships -----------------------------------------------------------------------------
_SPONSOR_TEXT = {
    "sponsor": ("Người, tổ chức nhận đỡ đầu", NAME_MAX, False),
    "sponsor_contact": ("Địa chỉ, điện thoại người nhận đỡ đầu", TITLE_MAX, False),
    "support": ("Nội dung hỗ trợ", TITLE_MAX, False),
    "note": ("Ghi chú", NOTE_MAX, True),
}


class SponsorshipIn(BaseModel):
    """Nhận đỡ đầu: a person or organisation supports a child — what, how much each month, from
    when to when (``end_date`` empty: still going on)."""

    model_config = ConfigDict(frozen=True)

    child_id: int = Field(default=None, validate_default=True)
    sponsor: str = ""
    sponsor_contact: str = ""
    support: str = ""
    monthly_vnd: int | None = None
    start_date: date = Field(default=None, validate_default=True)
    end_date: date | None = None
    note: str = ""

    @field_validator("sponsor", "sponsor_contact", "support", "note", mode="before")
    @classmethod
    def _clean(cls, value: Any, info: ValidationInfo) -> str:
        assert info.field_name is not None
        label, limit, multiline = _SPONSOR_TEXT[info.field_name]
        return clean_text(value, label=label, max_length=limit, multiline=multiline)

    @field_validator("sponsor")
    @classmethod
    def _sponsor_required(cls, value: str) -> str:
        if not value:
            raise ValueError("Hãy nhập tên người hoặc tổ chức nhận đỡ đầu.")
        return value

    @field_validator("support")
    @classmethod
    def _support_required(cls, value: str) -> str:
        if not value:
            raise ValueError("Hãy ghi nội dung hỗ trợ (ví dụ «Học bổng, đồ dùng học tập»).")
        return value

    @field_validator("child_id", mode="before")
    @classmethod
    def _child(cls, value: Any) -> int | None:
        return _positive_id(value, "Trẻ được nhận đỡ đầu", required=True)

    @field_validator("monthly_vnd", mode="before")
    @classmethod
    def _money_text(cls, value: Any) -> Any:
        return parse_money(value, "Số tiền mỗi tháng")

    @field_validator("monthly_vnd")
    @classmethod
    def _money(cls, value: int | None) -> int | None:
        return check_money(value, "Số tiền mỗi tháng")

    @field_validator("start_date", mode="before")
    @classmethod
    def _start(cls, value: Any) -> date | None:
        return _date(value, "Ngày bắt đầu đỡ đầu", required=True)

    @field_validator("end_date", mode="before")
    @classmethod
    def _end(cls, value: Any) -> date | None:
        return _date(value, "Ngày kết thúc đỡ đầu", required=False)

    @model_validator(mode="after")
    def _order(self) -> SponsorshipIn:
        if self.end_date is not None and self.end_date < self.start_date:
            raise ValueError(
                f"Ngày kết thúc đỡ đầu ({format_date(self.end_date)}) trước ngày bắt đầu "
                f"({format_date(self.start_date)}). Hãy kiểm tra lại."
            )
        return self


class SponsorshipOut(SponsorshipIn):
    id: int
    child_code: str
    child_name: str
    archived: bool
    created_at: datetime
    updated_at: datetime

    def active_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)

    def as_input(self) -> SponsorshipIn:
        return SponsorshipIn.model_validate(
            self.model_dump(include=set(SponsorshipIn.model_fields))
        )


# --- social assistance (Nghị định 20/2021/NĐ-CP) ------------------------------------------------
class AssistanceLevelIn(BaseModel):
    """Mức chuẩn trợ giúp xã hội from a day on, and the text that set it."""

    model_config = ConfigDict(frozen=True)

    effective_from: date = Field(default=None, validate_default=True)
    base_vnd: int = Field(default=None, validate_default=True)
    legal_basis: str = ""

    @field_validator("effective_from", mode="before")
    @classmethod
    def _from(cls, value: Any) -> date | None:
        return _date(value, "Áp dụng từ ngày", required=True)

    @field_validator("base_vnd", mode="before")
    @classmethod
    def _base_text(cls, value: Any) -> Any:
        parsed = parse_money(value, "Mức chuẩn trợ giúp xã hội")
        if parsed is None:
            raise ValueError("Hãy nhập mức chuẩn trợ giúp xã hội (đồng/tháng), ví dụ 500.000.")
        return parsed

    @field_validator("base_vnd")
    @classmethod
    def _base(cls, value: int) -> int:
        if value <= 0:
            raise ValueError("Mức chuẩn trợ giúp xã hội phải lớn hơn 0 đồng.")
        if value > 100_000_000:
            raise ValueError("Mức chuẩn trợ giúp xã hội lớn bất thường (quá 100 triệu đồng/"
                             "tháng). Hãy kiểm tra lại.")  # fmt: skip
        return value

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _basis(cls, value: Any) -> str:
        return clean_text(value, label="Căn cứ", max_length=TITLE_MAX)


class AssistanceLevelOut(AssistanceLevelIn):
    id: int


class PaymentsIn(BaseModel):
    """Monthly social assistance paid to a child for the months ``first_month`` … ``last_month``:
    one row per month, each month at the base level in force on its first day × ``coefficient``
    (empty: the coefficient of the category for the child's age that month)."""

    model_config = ConfigDict(frozen=True)

    child_id: int = Field(default=None, validate_default=True)
    category: AssistanceCategory = Field(default=None, validate_default=True)
    coefficient: Decimal | None = None
    first_month: date = Field(default=None, validate_default=True)
    last_month: date | None = None  # empty: the first month only
    paid_on: date | None = None
    note: str = ""

    @field_validator("child_id", mode="before")
    @classmethod
    def _child(cls, value: Any) -> int | None:
        return _positive_id(value, "Trẻ được hưởng trợ cấp", required=True)

    @field_validator("category", mode="before")
    @classmethod
    def _category(cls, value: Any) -> AssistanceCategory | None:
        return _choice(value, AssistanceCategory, "Đối tượng hưởng trợ cấp", required=True)

    @field_validator("coefficient", mode="before")
    @classmethod
    def _coefficient(cls, value: Any) -> Decimal | None:
        return parse_coefficient(value)

    @field_validator("first_month", mode="before")
    @classmethod
    def _first(cls, value: Any) -> date | None:
        return parse_month(value, "Từ tháng")

    @field_validator("last_month", mode="before")
    @classmethod
    def _last(cls, value: Any) -> date | None:
        return parse_month(value, "Đến tháng", required=False)

    @field_validator("paid_on", mode="before")
    @classmethod
    def _paid(cls, value: Any) -> date | None:
        return _not_future(_date(value, "Ngày chi trả", required=False), "Ngày chi trả")

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: Any) -> str:
        return clean_text(value, label="Ghi chú", max_length=NOTE_MAX, multiline=True)

    @model_validator(mode="after")
    def _rules(self) -> PaymentsIn:
        if self.category is AssistanceCategory.OTHER and self.coefficient is None:
            raise ValueError("Trường hợp khác: hãy nhập hệ số trợ cấp (ví dụ 1,5).")
        last = self.last_month or self.first_month
        if last < self.first_month:
            raise ValueError(
                f"«Đến tháng» ({format_month(last)}) trước «Từ tháng» "
                f"({format_month(self.first_month)}). Hãy kiểm tra lại."
            )
        if len(months_between(self.first_month, last)) > PAYMENT_MONTHS_MAX:
            raise ValueError(f"Mỗi lần ghi tối đa {PAYMENT_MONTHS_MAX} tháng. Hãy chia thành "
                             "nhiều lần.")  # fmt: skip
        return self

    @property
    def months(self) -> list[date]:
        return months_between(self.first_month, self.last_month or self.first_month)


class PaymentOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    child_id: int
    child_code: str
    child_name: str
    category: AssistanceCategory
    category_label: str
    month: date
    base_vnd: int
    coefficient: Decimal
    amount_vnd: int
    paid_on: date | None
    note: str
    archived: bool


class PaymentFilter(BaseModel):
    model_config = ConfigDict(frozen=True)

    year: int | None = None
    child_id: int | None = None
    archived: bool = False


# --- the year's figures (the report, the Excel "Hoạt động" sheet) ------------------------------
class ActivityKindCount(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: ActivityKind | None  # None: the total line
    label: str
    sessions: int
    participants: int
    children: int
    parents: int
    staff: int
    budget_vnd: int


class ProgrammeYearCounts(BaseModel):
    """What the programme did in a period: activities by kind, sponsorships running, social
    assistance paid."""

    model_config = ConfigDict(frozen=True)

    period_start: date
    period_end: date
    activities: tuple[ActivityKindCount, ...]  # one per kind, every kind
    activities_total: ActivityKindCount
    sponsorships: int  # running on some day of the period
    sponsored_children: int
    sponsors: int  # distinct names
    sponsorship_vnd: int  # monthly amounts × the months of the period they ran
    payment_children: int
    payment_months: int  # child-months paid
    payment_vnd: int


__all__ = [
    "ActivityChild",
    "ActivityFilter",
    "ActivityIn",
    "ActivityKindCount",
    "ActivityOut",
    "AssistanceLevelIn",
    "AssistanceLevelOut",
    "PaymentFilter",
    "PaymentOut",
    "PaymentsIn",
    "ProgrammeYearCounts",
    "SponsorshipIn",
    "SponsorshipOut",
    "parse_month",
]
