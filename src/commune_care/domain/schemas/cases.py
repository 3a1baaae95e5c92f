"""DTOs of case management (Nghị định 56/2017 Điều 25–32): one ``…In`` per step, the case as the
case page shows it (``CaseOut``), a row of the list (``CaseSummary``) and of "Việc cần làm".

Confidential fields (Nghị định 56 Điều 24: the intake narrative, the informant, the details of
the assessments, the kind of abuse) are named in each DTO's ``CONFIDENTIAL_FIELDS``; ``redacted``
blanks them. ``CaseSummary`` and ``TodoItem`` have none of them at all.

A step's own dates are checked here (validators); its dates against the case's earlier steps by
``order_errors`` (the case is needed for that), both with Vietnamese messages on the field.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticUndefined

from commune_care.domain.cases import (
    AbuseKind,
    CaseSnapshot,
    CaseStage,
    CycleStart,
    DeadlineKind,
    DeadlineState,
    IntakeChannel,
    NextAction,
    ReviewOutcome,
    RiskLevel,
    TaskStatus,
    separation_limit,
)
from commune_care.domain.dates import format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.text import clean_text
from commune_care.domain.support import ServiceType

NAME_MAX = 100
SHORT_MAX = 255
NUMBER_MAX = 50
REASON_MAX = 500
TASK_MAX = 500
NARRATIVE_MAX = 8000
BUDGET_MAX = 100_000_000_000  # 100 tỷ đồng: more is a typing error
# A clock a few minutes fast on another PC must not refuse "now".
FUTURE_TOLERANCE = timedelta(minutes=10)

_PHONE = re.compile(r"^[0-9+().\- ]*$")

M = TypeVar("M", bound=BaseModel)


def _fmt_dt(value: datetime) -> str:
    return value.strftime("%H:%M %d/%m/%Y")


class _StepIn(BaseModel):
    """Base of the step DTOs: text fields listed in ``TEXT`` are cleaned (NFC, stripped, no
    control characters, at most their length); dates may not be in the future."""

    model_config = ConfigDict(frozen=True)

    # field → (label, max length, multiline)
    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {}
    # field → label, for the dates and date-times that cannot be in the future
    PAST: ClassVar[dict[str, str]] = {}
    CONFIDENTIAL_FIELDS: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _clean_text(cls, value: Any, info: ValidationInfo) -> Any:
        spec = cls.TEXT.get(info.field_name or "")
        if spec is None:
            return value
        label, max_length, multiline = spec
        return clean_text(value, label=label, max_length=max_length, multiline=multiline)

    @field_validator("*", mode="after")
    @classmethod
    def _not_future(cls, value: Any, info: ValidationInfo) -> Any:
        label = cls.PAST.get(info.field_name or "")
        if label is None or value is None:
            return value
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone().replace(tzinfo=None)
            if value > datetime.now() + FUTURE_TOLERANCE:
                raise ValueError(f"{label} ({_fmt_dt(value)}) ở tương lai. Hãy kiểm tra lại.")
            _sane_year(value.date(), label)
        elif isinstance(value, date):
            if value > date.today():
                raise ValueError(f"{label} ({format_date(value)}) ở tương lai. Hãy kiểm tra lại.")
            _sane_year(value, label)
        return value


def _sane_year(value: date, label: str) -> None:
    if value.year < 2000:
        raise ValueError(f"{label} ({format_date(value)}) không hợp lý. Hãy kiểm tra lại.")


def _required(value: str, message: str) -> str:
    if not value:
        raise ValueError(message)
    return value


def redacted(model: M) -> M:
    """A copy of ``model`` with its confidential fields blanked (empty text, no kinds)."""
    names: frozenset[str] = getattr(type(model), "CONFIDENTIAL_FIELDS", frozenset())
    update: dict[str, Any] = {}
    for name in names:
        default = type(model).model_fields[name].default
        update[name] = "" if default is PydanticUndefined else default
    return model.model_copy(update=update)


# --------------------------------------------------------------------------- the steps


class IntakeIn(_StepIn):
    """Mẫu 01 — Báo cáo tiếp nhận thông tin. The child may be unknown (no ``child_id``): then
    what is known of them (name if known, estimated age, sex, maybe "Không rõ")."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "received_by": ("Cán bộ tiếp nhận thông tin", NAME_MAX, False),
        "child_name": ("Họ và tên trẻ em", NAME_MAX, False),
        "incident_place": ("Địa điểm xảy ra vụ việc", SHORT_MAX, False),
        "child_condition": ("Tình trạng hiện tại của trẻ em", NARRATIVE_MAX, True),
        "family_situation": ("Hoàn cảnh gia đình", NARRATIVE_MAX, True),
        "actions_taken": ("Những hành động hỗ trợ, can thiệp đã thực hiện", NARRATIVE_MAX, True),
        "informant_name": ("Họ và tên người cung cấp thông tin", NAME_MAX, False),
        "informant_phone": ("Số điện thoại người cung cấp thông tin", 20, False),
        "informant_relationship": ("Quan hệ của người cung cấp thông tin với trẻ", NAME_MAX, False),
        "informant_address": ("Địa chỉ người cung cấp thông tin", SHORT_MAX, False),
    }
    PAST: ClassVar[dict[str, str]] = {"received_at": "Thời gian tiếp nhận thông tin"}
    CONFIDENTIAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "incident_place",
            "child_condition",
            "family_situation",
            "actions_taken",
            "abuse_kinds",
            "informant_name",
            "informant_phone",
            "informant_relationship",
            "informant_address",
        }
    )

    channel: IntakeChannel
    received_at: datetime
    received_by: str
    child_id: int | None = None
    child_name: str = ""
    child_sex: Sex = Sex.UNKNOWN
    child_age_estimate: int | None = None
    incident_place: str = ""
    child_condition: str
    family_situation: str = ""
    actions_taken: str = ""
    abuse_kinds: frozenset[AbuseKind] = frozenset()
    informant_name: str = ""
    informant_relationship: str = ""
    informant_phone: str = ""
    informant_address: str = ""

    @field_validator("received_by")
    @classmethod
    def _received_by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên cán bộ tiếp nhận thông tin.")

    @field_validator("child_condition")
    @classmethod
    def _condition(cls, value: str) -> str:
        return _required(value, "Hãy ghi tình trạng hiện tại của trẻ em (điều đã được báo).")

    @field_validator("child_age_estimate")
    @classmethod
    def _age(cls, value: int | None) -> int | None:
        if value is not None and not 0 <= value <= 17:
            raise ValueError("Tuổi ước lượng của trẻ phải là số từ 0 đến 17. Hãy kiểm tra lại.")
        return value

    @field_validator("informant_phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        digits = sum(ch.isdigit() for ch in value)
        if value and (not _PHONE.match(value) or not 3 <= digits <= 15):
            raise ValueError(
                "Số điện thoại người cung cấp thông tin chỉ gồm chữ số (có thể có dấu +, -, "
                "dấu chấm, khoảng trắng). Hãy kiểm tra lại."
            )
        return value


class InitialAssessmentIn(_StepIn):
    """Mẫu 02 — đánh giá nguy cơ ban đầu, mức độ tổn hại (Điều 26.2): the level and whether the
    emergency measures of Điều 31–32 apply."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "assessed_by": ("Người đánh giá", NAME_MAX, False),
        "notes": ("Nội dung đánh giá ban đầu", NARRATIVE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"assessed_on": "Ngày đánh giá ban đầu"}
    CONFIDENTIAL_FIELDS: ClassVar[frozenset[str]] = frozenset({"notes"})

    assessed_on: date
    assessed_by: str
    level: RiskLevel
    emergency_needed: bool
    notes: str = ""

    @field_validator("assessed_by")
    @classmethod
    def _by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người đánh giá ban đầu.")


class EmergencyIn(_StepIn):
    """Mẫu 07 — can thiệp khẩn cấp / tạm thời cách ly trẻ em (Điều 31, 32)."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "action_by": ("Người thực hiện", NAME_MAX, False),
        "measures": ("Biện pháp can thiệp khẩn cấp đã áp dụng", NARRATIVE_MAX, True),
        "safe_place": ("Nơi tạm trú an toàn", SHORT_MAX, False),
        "decision_no": ("Số quyết định tạm thời cách ly", NUMBER_MAX, False),
        "decision_signer": ("Người ký quyết định tạm thời cách ly", NAME_MAX, False),
    }
    PAST: ClassVar[dict[str, str]] = {"action_at": "Thời gian can thiệp"}
    CONFIDENTIAL_FIELDS: ClassVar[frozenset[str]] = frozenset({"measures", "safe_place"})

    action_at: datetime
    action_by: str
    measures: str
    safe_place: str = ""
    separation_start: date | None = None
    separation_end: date | None = None
    decision_no: str = ""
    decision_signer: str = ""

    @field_validator("action_by")
    @classmethod
    def _by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người thực hiện can thiệp khẩn cấp.")

    @field_validator("measures")
    @classmethod
    def _measures(cls, value: str) -> str:
        return _required(value, "Hãy ghi biện pháp can thiệp khẩn cấp đã áp dụng.")

    @field_validator("separation_end")
    @classmethod
    def _separation(cls, value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("separation_start")
        if value is None:
            return value
        if start is None:
            raise ValueError(
                "Có ngày kết thúc tạm thời cách ly nhưng chưa có ngày bắt đầu. Hãy ghi ngày "
                "bắt đầu."
            )
        if value < start:
            raise ValueError(
                f"Ngày kết thúc tạm thời cách ly ({format_date(value)}) trước ngày bắt đầu "
                f"({format_date(start)}). Hãy kiểm tra lại."
            )
        limit = separation_limit(start)
        if value > limit:
            raise ValueError(
                f"Tạm thời cách ly tối đa 15 ngày (Nghị định 56 Điều 32.3): bắt đầu "
                f"{format_date(start)} thì kết thúc chậm nhất {format_date(limit)}. Hãy sửa "
                "ngày kết thúc tạm thời cách ly."
            )
        return value


class DetailedAssessmentIn(_StepIn):
    """Mẫu 03 — thu thập thông tin, đánh giá nguy cơ cụ thể: the eight items of Điều 27.1."""

    ITEMS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("a", "condition"),
        ("b", "family"),
        ("c", "risk_factors"),
        ("d", "learning"),
        ("đ", "community"),
        ("e", "needs"),
        ("g", "child_views"),
        ("h", "parent_views"),
    )
    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "assessed_by": ("Người đánh giá", NAME_MAX, False),
        "condition": ("Tình trạng thể chất, tâm lý, tình cảm của trẻ em", NARRATIVE_MAX, True),
        "family": (
            "Hoàn cảnh gia đình, mối quan hệ của trẻ em và năng lực bảo vệ trẻ em của cha, mẹ, "
            "các thành viên trong gia đình",
            NARRATIVE_MAX,
            True,
        ),
        "risk_factors": (
            "Các yếu tố làm trẻ em có thể bị xâm hại hoặc tiếp tục bị xâm hại",
            NARRATIVE_MAX,
            True,
        ),
        "learning": (
            "Điều kiện, khả năng học tập và khả năng tự bảo vệ của trẻ em",
            NARRATIVE_MAX,
            True,
        ),
        "community": (
            "Mức độ an toàn và khả năng hỗ trợ của cộng đồng dân cư nơi trẻ em sinh sống",
            NARRATIVE_MAX,
            True,
        ),
        "needs": (
            "Nhu cầu chăm sóc y tế, trợ giúp xã hội, giáo dục, trợ giúp pháp lý, tư vấn, trị "
            "liệu tâm lý và các dịch vụ bảo vệ trẻ em khác",
            NARRATIVE_MAX,
            True,
        ),
        "child_views": ("Ý kiến, nguyện vọng của trẻ em", NARRATIVE_MAX, True),
        "parent_views": (
            "Ý kiến, nguyện vọng của cha, mẹ, người chăm sóc trẻ em",
            NARRATIVE_MAX,
            True,
        ),
    }
    PAST: ClassVar[dict[str, str]] = {"assessed_on": "Ngày đánh giá nguy cơ cụ thể"}
    CONFIDENTIAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {name for _, name in ITEMS} | {"caregiver_harmed_child"}
    )

    assessed_on: date
    assessed_by: str
    condition: str
    family: str = ""
    risk_factors: str = ""
    learning: str = ""
    community: str = ""
    needs: str = ""
    child_views: str = ""
    parent_views: str = ""
    # Điều 27.1.h: the parents' or caregiver's views are not taken when they harmed the child.
    caregiver_harmed_child: bool = False

    @field_validator("assessed_by")
    @classmethod
    def _by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người đánh giá nguy cơ cụ thể.")

    @field_validator("condition")
    @classmethod
    def _condition(cls, value: str) -> str:
        return _required(value, "Hãy ghi tình trạng thể chất, tâm lý, tình cảm của trẻ em (mục a).")


class MeetingIn(_StepIn):
    """The case meeting chaired by the Chủ tịch UBND xã (Điều 27.2)."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "chaired_by": ("Người chủ trì cuộc họp", NAME_MAX, False),
        "participants": ("Thành phần tham dự", NARRATIVE_MAX, True),
        "conclusions": ("Kết luận cuộc họp", NARRATIVE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"held_on": "Ngày họp"}
    CONFIDENTIAL_FIELDS: ClassVar[frozenset[str]] = frozenset({"conclusions"})

    held_on: date
    chaired_by: str
    participants: str
    conclusions: str

    @field_validator("chaired_by")
    @classmethod
    def _chair(cls, value: str) -> str:
        return _required(value, "Hãy ghi người chủ trì cuộc họp (Chủ tịch UBND xã).")

    @field_validator("participants")
    @classmethod
    def _participants(cls, value: str) -> str:
        return _required(value, "Hãy ghi thành phần tham dự cuộc họp.")

    @field_validator("conclusions")
    @classmethod
    def _conclusions(cls, value: str) -> str:
        return _required(value, "Hãy ghi kết luận: các biện pháp hỗ trợ, can thiệp đã thống nhất.")


class PlanTaskIn(_StepIn):
    """One service or task of the plan (Điều 28.3 a–d). No type: a task, not a service."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "description": ("Dịch vụ, công việc", TASK_MAX, False),
        "responsible": ("Cơ quan, tổ chức, cá nhân thực hiện", 150, False),
        "provider": ("Cơ sở cung cấp dịch vụ", 150, False),
    }

    # The saved task this line edits (None: a new task). Kept so that services and referrals
    # that point at a task keep pointing at it when the plan is edited.
    id: int | None = None
    description: str
    service_type: ServiceType | None = None
    responsible: str
    provider: str = ""
    start_on: date | None = None
    end_on: date | None = None
    budget_vnd: int = 0
    status: TaskStatus = TaskStatus.TODO

    @field_validator("description")
    @classmethod
    def _description(cls, value: str) -> str:
        return _required(value, "Hãy ghi dịch vụ hoặc công việc cần thực hiện.")

    @field_validator("responsible")
    @classmethod
    def _responsible(cls, value: str) -> str:
        return _required(value, "Hãy ghi cơ quan, tổ chức hoặc cá nhân chịu trách nhiệm thực hiện.")

    @field_validator("end_on")
    @classmethod
    def _end(cls, value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("start_on")
        if value is not None and start is not None and value < start:
            raise ValueError(
                f"Ngày dự kiến kết thúc ({format_date(value)}) trước ngày bắt đầu "
                f"({format_date(start)}). Hãy kiểm tra lại."
            )
        return value

    @field_validator("budget_vnd", mode="before")
    @classmethod
    def _budget_text(cls, value: Any) -> Any:
        # "1.500.000", "1 500 000 đ" as typed in Vietnam.
        if isinstance(value, str):
            text = re.sub(r"[.,\s]|đồng|đ|VND", "", value.strip(), flags=re.IGNORECASE)
            if not text:
                return 0
            if not text.lstrip("-").isdigit():
                raise ValueError("Kinh phí phải là một số tiền bằng đồng, ví dụ 1.500.000.")
            return int(text)
        return value

    @field_validator("budget_vnd")
    @classmethod
    def _budget(cls, value: int) -> int:
        if value < 0:
            raise ValueError("Kinh phí không được âm. Hãy nhập số tiền từ 0 đồng trở lên.")
        if value > BUDGET_MAX:
            raise ValueError("Kinh phí lớn bất thường (quá 100 tỷ đồng). Hãy kiểm tra lại.")
        return value


class PlanIn(_StepIn):
    """Mẫu 04 — kế hoạch hỗ trợ, can thiệp: goals and the services and tasks."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "drafted_by": ("Người xây dựng kế hoạch", NAME_MAX, False),
        "goals": ("Mục tiêu của kế hoạch", NARRATIVE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"drafted_on": "Ngày xây dựng kế hoạch"}

    drafted_on: date
    drafted_by: str
    goals: str
    tasks: tuple[PlanTaskIn, ...] = Field(default=(), validate_default=True)

    @field_validator("drafted_by")
    @classmethod
    def _by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người xây dựng kế hoạch.")

    @field_validator("goals")
    @classmethod
    def _goals(cls, value: str) -> str:
        return _required(value, "Hãy ghi mục tiêu của kế hoạch hỗ trợ, can thiệp.")

    @field_validator("tasks")
    @classmethod
    def _tasks(cls, value: tuple[PlanTaskIn, ...]) -> tuple[PlanTaskIn, ...]:
        if not value:
            raise ValueError("Kế hoạch phải có ít nhất một dịch vụ hoặc công việc cần thực hiện.")
        if len(value) > 100:
            raise ValueError("Kế hoạch có quá 100 dịch vụ, công việc. Hãy gộp bớt.")
        return value

    @property
    def total_budget(self) -> int:
        return sum(t.budget_vnd for t in self.tasks)


class PlanSubmissionIn(_StepIn):
    """The plan submitted to the Chủ tịch UBND xã (Điều 28.1–2): starts the 2 working days."""

    PAST: ClassVar[dict[str, str]] = {"submitted_on": "Ngày trình kế hoạch"}

    submitted_on: date


class ApprovalIn(_StepIn):
    """Mẫu 05 — quyết định phê duyệt kế hoạch hỗ trợ, can thiệp (Điều 28.4)."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "decision_no": ("Số quyết định phê duyệt", NUMBER_MAX, False),
        "signer": ("Người ký quyết định", NAME_MAX, False),
    }
    PAST: ClassVar[dict[str, str]] = {"approved_on": "Ngày phê duyệt"}

    decision_no: str
    approved_on: date
    signer: str

    @field_validator("decision_no")
    @classmethod
    def _number(cls, value: str) -> str:
        return _required(value, "Hãy ghi số quyết định phê duyệt kế hoạch (ví dụ 05/QĐ-UBND).")

    @field_validator("signer")
    @classmethod
    def _signer(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người ký quyết định phê duyệt.")


class LogEntryIn(_StepIn):
    """One line of the implementation log (Điều 29)."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "logged_by": ("Người thực hiện", NAME_MAX, False),
        "text": ("Nội dung", NARRATIVE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"logged_on": "Ngày thực hiện"}

    logged_on: date
    logged_by: str = ""
    text: str

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        return _required(value, "Hãy ghi nội dung đã thực hiện.")


class TaskStatusIn(_StepIn):
    PAST: ClassVar[dict[str, str]] = {"changed_on": "Ngày cập nhật"}

    status: TaskStatus
    changed_on: date


class ReviewIn(_StepIn):
    """Mẫu 06 — rà soát, đánh giá tình trạng của trẻ em sau khi thực hiện kế hoạch: the three
    rated items of its section 1.a, the level after, and the outcome (Điều 30.1 b–c)."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "reviewed_by": ("Người thực hiện rà soát", NAME_MAX, False),
        "notes": ("Nội dung rà soát, đánh giá", NARRATIVE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"reviewed_on": "Ngày rà soát, đánh giá"}
    CONFIDENTIAL_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"harm_level", "abuser_access", "environment_obstacles", "notes"}
    )

    reviewed_on: date
    reviewed_by: str
    # "1. Mức độ tổn hại của trẻ em có còn nghiêm trọng không"
    harm_level: RiskLevel | None = None
    # "2. Khả năng tiếp cận trẻ em của đối tượng xâm hại"
    abuser_access: RiskLevel | None = None
    # "3. Những trở ngại trong môi trường chăm sóc trẻ em đối với việc bảo đảm an toàn cho trẻ em"
    environment_obstacles: RiskLevel | None = None
    level: RiskLevel
    notes: str = ""
    outcome: ReviewOutcome

    @field_validator("reviewed_by")
    @classmethod
    def _by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người thực hiện rà soát, đánh giá.")


class ClosureIn(_StepIn):
    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "reason": ("Lý do đóng hồ sơ", REASON_MAX, False),
    }
    PAST: ClassVar[dict[str, str]] = {"closed_on": "Ngày đóng hồ sơ"}

    closed_on: date
    reason: str = ""


class ReopenIn(_StepIn):
    """Reopening a closed case: a new cycle, with its own initial assessment and 12 hours."""

    TEXT: ClassVar[dict[str, tuple[str, int, bool]]] = {
        "reason": ("Lý do mở lại hồ sơ", REASON_MAX, False),
    }
    PAST: ClassVar[dict[str, str]] = {"reopened_at": "Thời gian mở lại hồ sơ"}

    reopened_at: datetime
    reason: str

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        return _required(value, "Hãy ghi lý do mở lại hồ sơ.")


# --------------------------------------------------------------------------- order of steps


def _before(
    field: str, label: str, value: date, earlier: date, earlier_label: str
) -> dict[str, str]:
    if value >= earlier:
        return {}
    return {
        field: f"{label} ({format_date(value)}) trước {earlier_label} ({format_date(earlier)}). "
        "Hãy kiểm tra lại."
    }


_APPROVED = "ngày phê duyệt kế hoạch"


def _start_label(snapshot: CaseSnapshot) -> str:
    return {
        CycleStart.INTAKE: "ngày tiếp nhận thông tin",
        CycleStart.REVIEW: "ngày rà soát, đánh giá bắt đầu chu kỳ này",
        CycleStart.REOPEN: "ngày mở lại hồ sơ",
    }[snapshot.start]


def order_errors(step: BaseModel, snapshot: CaseSnapshot) -> dict[str, str]:
    """The step's dates against the case's earlier steps (current cycle): field → message.

    Also the rule of closure: a reason is needed when plan tasks are unfinished, or when no
    review concluded that the plan can end.
    """
    s, start, start_label = snapshot, snapshot.started_at.date(), _start_label(snapshot)
    errors: dict[str, str] = {}
    if isinstance(step, InitialAssessmentIn):
        errors |= _before(
            "assessed_on", "Ngày đánh giá ban đầu", step.assessed_on, start, start_label
        )
    elif isinstance(step, EmergencyIn):
        if step.action_at < s.started_at:
            errors["action_at"] = (
                f"Thời gian can thiệp ({_fmt_dt(step.action_at)}) trước thời gian tiếp nhận "
                f"thông tin ({_fmt_dt(s.started_at)}). Hãy kiểm tra lại."
            )
        if step.separation_start is not None:
            errors |= _before(
                "separation_start", "Ngày bắt đầu tạm thời cách ly", step.separation_start,
                start, start_label,
            )  # fmt: skip
    elif isinstance(step, DetailedAssessmentIn):
        earlier, label = (
            (s.initial_on, "ngày đánh giá ban đầu") if s.initial_on else (start, start_label)
        )
        errors |= _before(
            "assessed_on", "Ngày đánh giá nguy cơ cụ thể", step.assessed_on, earlier, label
        )
    elif isinstance(step, MeetingIn):
        earlier, label = (
            (s.detail_on, "ngày đánh giá nguy cơ cụ thể") if s.detail_on else (start, start_label)
        )
        errors |= _before("held_on", "Ngày họp", step.held_on, earlier, label)
    elif isinstance(step, PlanIn):
        errors |= _before(
            "drafted_on", "Ngày xây dựng kế hoạch", step.drafted_on, start, start_label
        )
        if not errors and s.detail_on:
            errors |= _before(
                "drafted_on", "Ngày xây dựng kế hoạch", step.drafted_on, s.detail_on,
                "ngày đánh giá nguy cơ cụ thể",
            )  # fmt: skip
    elif isinstance(step, PlanSubmissionIn):
        if s.plan_drafted_on:
            errors |= _before(
                "submitted_on", "Ngày trình kế hoạch", step.submitted_on, s.plan_drafted_on,
                "ngày xây dựng kế hoạch",
            )  # fmt: skip
    elif isinstance(step, ApprovalIn):
        if s.plan_submitted_on:
            errors |= _before(
                "approved_on", "Ngày phê duyệt", step.approved_on, s.plan_submitted_on,
                "ngày trình kế hoạch",
            )  # fmt: skip
    elif isinstance(step, LogEntryIn) and s.approval_on:
        errors |= _before("logged_on", "Ngày thực hiện", step.logged_on, s.approval_on, _APPROVED)
    elif isinstance(step, TaskStatusIn) and s.approval_on:
        errors |= _before("changed_on", "Ngày cập nhật", step.changed_on, s.approval_on, _APPROVED)
    elif isinstance(step, ReviewIn) and s.approval_on:
        errors |= _before(
            "reviewed_on", "Ngày rà soát, đánh giá", step.reviewed_on, s.approval_on, _APPROVED
        )
    elif isinstance(step, ClosureIn):
        opened = {
            CycleStart.INTAKE: "ngày mở hồ sơ (tiếp nhận thông tin)",
            CycleStart.REVIEW: "ngày bắt đầu chu kỳ này (rà soát, đánh giá)",
            CycleStart.REOPEN: "ngày mở lại hồ sơ",
        }[s.start]
        errors |= _before("closed_on", "Ngày đóng hồ sơ", step.closed_on, start, opened)
        if not errors and s.review_on:
            errors |= _before(
                "closed_on",
                "Ngày đóng hồ sơ",
                step.closed_on,
                s.review_on,
                "ngày rà soát, đánh giá",
            )
        if not step.reason:
            unfinished = len(s.unfinished_tasks)
            if unfinished:
                errors["reason"] = (
                    f"Kế hoạch còn {unfinished} dịch vụ, công việc chưa xong. Hãy ghi lý do "
                    "đóng hồ sơ khi kế hoạch chưa hoàn thành."
                )
            elif s.review_outcome is not ReviewOutcome.CLOSE:
                errors["reason"] = (
                    "Hồ sơ chưa được rà soát, đánh giá để kết thúc (Mẫu 06). Hãy ghi lý do "
                    "đóng hồ sơ."
                )
    elif isinstance(step, ReopenIn) and s.closed_on is not None:
        errors |= _before(
            "reopened_at", "Thời gian mở lại hồ sơ", step.reopened_at.date(), s.closed_on,
            "ngày đóng hồ sơ",
        )  # fmt: skip
    return errors


# --------------------------------------------------------------------------- reading


class CaseFilter(BaseModel):
    """What the cases list shows; every field narrows it."""

    model_config = ConfigDict(frozen=True)

    closed: bool | None = False  # False: open cases; True: closed; None: all
    level: RiskLevel | None = None
    stage: CaseStage | None = None
    overdue: bool = False
    child_id: int | None = None


class DeadlineOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: DeadlineKind
    label: str
    due: datetime
    all_day: bool
    state: DeadlineState
    done_at: datetime | None = None
    late: bool = False


class NextStepOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    action: NextAction
    label: str
    due: datetime | None
    all_day: bool
    state: DeadlineState


class PlanTaskOut(PlanTaskIn):
    status_on: date | None = None


class PlanOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    drafted_on: date
    drafted_by: str
    goals: str
    saved_at: datetime
    tasks: tuple[PlanTaskOut, ...]
    submitted_on: date | None

    @property
    def total_budget(self) -> int:
        return sum(t.budget_vnd for t in self.tasks if t.status is not TaskStatus.CANCELLED)


class CycleOut(BaseModel):
    """One cycle of a case: each step is None until recorded."""

    model_config = ConfigDict(frozen=True)

    number: int
    start: CycleStart
    started_at: datetime
    start_reason: str
    initial: InitialAssessmentIn | None = None
    emergency: EmergencyIn | None = None
    detailed: DetailedAssessmentIn | None = None
    meeting: MeetingIn | None = None
    plan: PlanOut | None = None
    approval: ApprovalIn | None = None
    review: ReviewIn | None = None
    closure: ClosureIn | None = None


class LogEntryOut(LogEntryIn):
    id: int
    cycle: int
    created_at: datetime


class CaseOut(BaseModel):
    """A case as the case page shows it. Unless asked for, its confidential fields are blank
    and ``confidential_included`` is False."""

    model_config = ConfigDict(frozen=True)

    id: int
    code: str
    child_id: int | None
    child_code: str | None
    child_name: str  # the register's name, or what the intake knew, or "Chưa rõ"
    intake: IntakeIn
    stage: CaseStage
    level: RiskLevel | None
    cycle: int
    opened_at: datetime
    closed_on: date | None
    cycles: tuple[CycleOut, ...]
    log: tuple[LogEntryOut, ...]
    deadlines: tuple[DeadlineOut, ...]
    next_step: NextStepOut | None
    also_due: tuple[NextStepOut, ...]
    overdue: bool
    confidential_included: bool
    created_at: datetime
    updated_at: datetime

    @property
    def current(self) -> CycleOut:
        return self.cycles[-1]


class CaseSummary(BaseModel):
    """One row of the cases list. Holds no confidential field at all (Nghị định 56 Điều 24)."""

    model_config = ConfigDict(frozen=True)

    id: int
    code: str
    child_id: int | None
    child_code: str | None
    child_name: str
    opened_at: datetime
    channel: IntakeChannel
    level: RiskLevel | None
    stage: CaseStage
    cycle: int
    next_action: NextAction | None
    next_action_label: str
    next_due: datetime | None
    next_due_all_day: bool
    next_state: DeadlineState | None
    overdue: bool
    closed_on: date | None


class TodoItem(BaseModel):
    """One line of "Việc cần làm": what to do on which case, by when."""

    model_config = ConfigDict(frozen=True)

    case_id: int
    case_code: str
    child_name: str
    action: NextAction
    label: str
    due: datetime | None
    all_day: bool
    state: DeadlineState


__all__ = [
    "ApprovalIn",
    "CaseFilter",
    "CaseOut",
    "CaseSummary",
    "ClosureIn",
    "CycleOut",
    "DeadlineOut",
    "DetailedAssessmentIn",
    "EmergencyIn",
    "InitialAssessmentIn",
    "IntakeIn",
    "LogEntryIn",
    "LogEntryOut",
    "MeetingIn",
    "NextStepOut",
    "PlanIn",
    "PlanOut",
    "PlanSubmissionIn",
    "PlanTaskIn",
    "PlanTaskOut",
    "ReopenIn",
    "ReviewIn",
    "TaskStatusIn",
    "TodoItem",
    "order_errors",
    "redacted",
]
