"""DTOs of adoption referrals (Luật Nuôi con nuôi; issue #4, item 5): one ``…In`` per step,
the referral as its page shows it (``AdoptionOut``), a row of the list (``AdoptionSummary``), the
timeline, and what the registration hands to the placement of alternative care
(``RegistrationEvent``).

A step's own fields are checked here (validators, Vietnamese messages on the field); its dates
against the referral's earlier steps and the rules of the law (ages, consents, the conditions of
Điều 14) by the service, which has the referral and the child.

Nothing here is secret on the referral's page (the reason the child is proposed is shown there);
``AdoptionSummary`` and the to-do items carry none of the free text (reason, reports, refusal
reasons, notes), and the audit trail records free text only as "(đã ghi)".
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from commune_care.domain.adoption import (
    REPORT_COUNT,
    AdopterCondition,
    AdopterFacts,
    AdopterKind,
    AdopterRelation,
    AdoptionAction,
    AdoptionStage,
    AdoptionStatus,
    ChildSituation,
    ConsentAnswer,
    ConsentFacts,
    ConsentRole,
    DeadlineKind,
    Finding,
    Severity,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import DateParseError, PartialDate, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.cases import _StepIn
from commune_care.domain.schemas.text import clean_text

NAME_MAX = 100
PLACE_MAX = 255
NUMBER_MAX = 50
PHONE_MAX = 20
REASON_MAX = 2000
NOTE_MAX = 2000
SUMMARY_MAX = 4000

_TEXT = dict[str, tuple[str, int, bool]]


def _required(value: str, message: str) -> str:
    if not value:
        raise ValueError(message)
    return value


# --------------------------------------------------------------------------- the steps


class ProposalIn(_StepIn):
    """A child of the register proposed for adoption, and why (Điều 15)."""

    TEXT: ClassVar[_TEXT] = {
        "proposed_by": ("Người đề xuất", NAME_MAX, False),
        "reason": ("Lý do đề xuất", REASON_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"proposed_on": "Ngày đề xuất"}

    child_id: int
    situation: ChildSituation
    proposed_on: date
    proposed_by: str
    reason: str

    @field_validator("proposed_by")
    @classmethod
    def _by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người đề xuất.")

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        return _required(
            value, "Hãy ghi lý do đề xuất tìm gia đình nhận trẻ làm con nuôi (hoàn cảnh của trẻ)."
        )


class NoticeIn(_StepIn):
    """Điều 15.2.b: the public notice at the commune office, for 60 days."""

    TEXT: ClassVar[_TEXT] = {
        "place": ("Nơi niêm yết", PLACE_MAX, False),
        "note": ("Ghi chú", NOTE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"start_on": "Ngày bắt đầu niêm yết"}

    start_on: date
    place: str = "Trụ sở Ủy ban nhân dân xã"
    note: str = ""

    @field_validator("place")
    @classmethod
    def _place(cls, value: str) -> str:
        return _required(value, "Hãy ghi nơi niêm yết (thường là trụ sở Ủy ban nhân dân xã).")


_CONDITION_FIELDS = {
    AdopterCondition.CAPACITY: "capacity_on",
    AdopterCondition.MEANS: "means_on",
    AdopterCondition.CHARACTER: "character_on",
    AdopterCondition.NOT_BARRED: "not_barred_on",
}


def condition_field(condition: AdopterCondition) -> str:
    """The DTO field (and column) holding the date a condition was confirmed."""
    return _CONDITION_FIELDS[condition]


class AdopterIn(_StepIn):
    """One person who asks to adopt, with the dated checklist of the conditions of Điều 14
    (a date: confirmed on that day; empty: not confirmed yet)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    TEXT: ClassVar[_TEXT] = {
        "full_name": ("Họ và tên người nhận con nuôi", NAME_MAX, False),
        "address": ("Nơi thường trú", PLACE_MAX, False),
        "phone": ("Số điện thoại", PHONE_MAX, False),
        "note": ("Ghi chú", NOTE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {
        "capacity_on": "Ngày xác nhận năng lực hành vi dân sự",
        "means_on": "Ngày xác nhận điều kiện sức khỏe, kinh tế, chỗ ở",
        "character_on": "Ngày xác nhận tư cách đạo đức",
        "not_barred_on": "Ngày xác nhận không thuộc trường hợp bị cấm",
    }

    full_name: str
    sex: Sex
    birth: PartialDate
    id_number: str = ""
    address: str = ""
    phone: str = ""
    relation: AdopterRelation
    capacity_on: date | None = None
    means_on: date | None = None
    character_on: date | None = None
    not_barred_on: date | None = None
    note: str = ""

    @field_validator("full_name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ và tên người nhận con nuôi.")

    @field_validator("birth", mode="before")
    @classmethod
    def _birth_text(cls, value: Any) -> Any:
        if value is None or value == "":
            raise ValueError(
                "Hãy ghi ngày sinh (dd/mm/yyyy) hoặc năm sinh của người nhận con nuôi."
            )
        if isinstance(value, str):
            try:
                return PartialDate.parse(value)
            except DateParseError as exc:
                raise ValueError(str(exc)) from None
        return value

    @field_validator("birth")
    @classmethod
    def _birth(cls, value: PartialDate) -> PartialDate:
        if not isinstance(value, PartialDate):
            raise ValueError("Ngày sinh không hợp lệ. Hãy ghi dd/mm/yyyy hoặc năm sinh.")
        if value.earliest > date.today():
            raise ValueError("Ngày sinh của người nhận con nuôi ở tương lai. Hãy kiểm tra lại.")
        if value.year < 1900:
            raise ValueError(f"Năm sinh {value.year} không hợp lý. Hãy kiểm tra lại.")
        return value

    @field_validator("id_number", mode="before")
    @classmethod
    def _id_number(cls, value: Any) -> str:
        text = clean_text(value, label="Số định danh cá nhân", max_length=40).replace(" ", "")
        if text and (len(text) != 12 or not text.isdigit()):
            raise ValueError(
                f"Số định danh cá nhân phải gồm đúng 12 chữ số (đang có {len(text)} ký tự)."
            )
        return text

    def confirmed(self) -> dict[AdopterCondition, date | None]:
        return {c: getattr(self, f) for c, f in _CONDITION_FIELDS.items()}

    def facts(self) -> AdopterFacts:
        return AdopterFacts(self.full_name, self.sex, self.birth, self.relation, self.confirmed())


class AdoptersIn(_StepIn):
    """The application: one person, or both spouses of a married couple (Điều 8.3)."""

    PAST: ClassVar[dict[str, str]] = {"applied_on": "Ngày nhận đơn xin nhận con nuôi"}

    applied_on: date
    kind: AdopterKind
    first: AdopterIn
    second: AdopterIn | None = Field(default=None, validate_default=True)

    @field_validator("second")
    @classmethod
    def _pair(cls, value: AdopterIn | None, info: ValidationInfo) -> AdopterIn | None:
        kind = info.data.get("kind")
        if kind is AdopterKind.COUPLE and value is None:
            raise ValueError(
                "Hai vợ chồng cùng nhận con nuôi: hãy nhập thông tin của cả người vợ/chồng."
            )
        if kind is AdopterKind.SINGLE and value is not None:
            raise ValueError(
                "Một người nhận con nuôi: hãy bỏ trống phần người thứ hai, hoặc chọn «Hai vợ "
                "chồng»."
            )
        return value

    @property
    def people(self) -> tuple[AdopterIn, ...]:
        return (self.first,) if self.second is None else (self.first, self.second)


class AdoptersWithdrawalIn(_StepIn):
    """The people who asked gave up (before their file was received)."""

    TEXT: ClassVar[_TEXT] = {"reason": ("Lý do", REASON_MAX, True)}
    PAST: ClassVar[dict[str, str]] = {"withdrawn_on": "Ngày rút đơn"}

    withdrawn_on: date
    reason: str

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        return _required(value, "Hãy ghi lý do người xin nhận con nuôi rút đơn.")


class FileReceivedIn(_StepIn):
    """Điều 17–19: the adopters' file and the child's, complete and valid."""

    TEXT: ClassVar[_TEXT] = {
        "received_by": ("Người nhận hồ sơ", NAME_MAX, False),
        "note": ("Ghi chú", NOTE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"received_on": "Ngày nhận đủ hồ sơ hợp lệ"}

    received_on: date
    received_by: str
    note: str = ""

    @field_validator("received_by")
    @classmethod
    def _by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người nhận hồ sơ.")


class ConsentIn(_StepIn):
    """Điều 21: the opinion of a birth parent, the guardian or the child — or why a birth
    parent cannot be asked (dead, missing, incapacitated, unknown), with the document."""

    TEXT: ClassVar[_TEXT] = {
        "person_name": ("Họ và tên người cho ý kiến", NAME_MAX, False),
        "basis": ("Giấy tờ chứng minh", PLACE_MAX, False),
        "note": ("Ghi chú", NOTE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"given_on": "Ngày cho ý kiến"}

    role: ConsentRole
    answer: ConsentAnswer
    given_on: date | None = Field(default=None, validate_default=True)
    person_name: str = Field(default="", validate_default=True)
    counselled: bool = False
    basis: str = Field(default="", validate_default=True)
    note: str = ""

    @field_validator("given_on")
    @classmethod
    def _given_on(cls, value: date | None, info: ValidationInfo) -> date | None:
        answer = info.data.get("answer")
        if answer is not None and answer.given and value is None:
            raise ValueError("Hãy ghi ngày cho ý kiến (ngày của văn bản lấy ý kiến).")
        return value

    @field_validator("person_name")
    @classmethod
    def _person(cls, value: str, info: ValidationInfo) -> str:
        answer = info.data.get("answer")
        if answer is not None and answer.given and not value:
            raise ValueError("Hãy ghi họ và tên người cho ý kiến.")
        return value

    @field_validator("basis")
    @classmethod
    def _basis(cls, value: str, info: ValidationInfo) -> str:
        answer = info.data.get("answer")
        if answer is None or not answer.absent or answer is ConsentAnswer.UNKNOWN:
            return value
        if not value:
            raise ValueError(
                f"«{answer.label}»: hãy ghi giấy tờ chứng minh (giấy chứng tử, quyết định "
                "của Tòa án…)."
            )
        return value

    def facts(self) -> ConsentFacts:
        return ConsentFacts(self.role, self.answer, self.given_on, self.counselled)


class OpinionsIn(_StepIn):
    """Điều 20: the opinions are all collected (within 10 days of the file)."""

    TEXT: ClassVar[_TEXT] = {
        "completed_by": ("Người lấy ý kiến", NAME_MAX, False),
        "note": ("Ghi chú", NOTE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"completed_on": "Ngày hoàn thành lấy ý kiến"}

    completed_on: date
    completed_by: str
    note: str = ""

    @field_validator("completed_by")
    @classmethod
    def _by(cls, value: str) -> str:
        return _required(value, "Hãy ghi họ tên người lấy ý kiến.")


class RegistrationIn(_StepIn):
    """Điều 22.1: registered (Giấy chứng nhận nuôi con nuôi, its number and date) and the
    child handed over (the 6-monthly reports count from the handover)."""

    TEXT: ClassVar[_TEXT] = {
        "certificate_no": ("Số Giấy chứng nhận nuôi con nuôi", NUMBER_MAX, False),
        "note": ("Ghi chú", NOTE_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {
        "registered_on": "Ngày đăng ký (ngày cấp Giấy chứng nhận)",
        "handover_on": "Ngày giao nhận con nuôi",
    }

    registered_on: date
    certificate_no: str
    handover_on: date
    note: str = ""

    @field_validator("certificate_no")
    @classmethod
    def _number(cls, value: str) -> str:
        return _required(value, "Hãy ghi số Giấy chứng nhận nuôi con nuôi.")

    @field_validator("handover_on")
    @classmethod
    def _handover(cls, value: date, info: ValidationInfo) -> date:
        registered = info.data.get("registered_on")
        if registered is not None and value < registered:
            raise ValueError(
                f"Ngày giao nhận con nuôi ({format_date(value)}) trước ngày đăng ký "
                f"({format_date(registered)}). Việc giao nhận được tổ chức sau khi đăng ký."
            )
        return value


class RefusalIn(_StepIn):
    """Điều 22.2: the refusal, in writing, with its reasons."""

    TEXT: ClassVar[_TEXT] = {
        "document_no": ("Số văn bản từ chối", NUMBER_MAX, False),
        "reasons": ("Lý do từ chối", REASON_MAX, True),
    }
    PAST: ClassVar[dict[str, str]] = {"refused_on": "Ngày văn bản từ chối"}

    refused_on: date
    document_no: str = ""
    reasons: str

    @field_validator("reasons")
    @classmethod
    def _reasons(cls, value: str) -> str:
        return _required(
            value, "Hãy ghi rõ lý do từ chối đăng ký (văn bản trả lời phải nêu rõ lý do)."
        )


class WithdrawalIn(_StepIn):
    """The referral stops before registration or refusal (the child went back to the family,
    moved away, nobody came forward and the child goes to a facility…)."""

    TEXT: ClassVar[_TEXT] = {"reason": ("Lý do dừng", REASON_MAX, True)}
    PAST: ClassVar[dict[str, str]] = {"withdrawn_on": "Ngày dừng"}

    withdrawn_on: date
    reason: str

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        return _required(value, "Hãy ghi lý do dừng việc tìm gia đình nhận con nuôi.")


class ReportIn(_StepIn):
    """Điều 23.1: one of the six reports on the child's health, physical and mental state and
    integration, received from the adoptive parents."""

    TEXT: ClassVar[_TEXT] = {"summary": ("Nội dung báo cáo", SUMMARY_MAX, True)}
    PAST: ClassVar[dict[str, str]] = {"received_on": "Ngày nhận báo cáo"}

    number: int
    received_on: date
    summary: str

    @field_validator("number")
    @classmethod
    def _number(cls, value: int) -> int:
        if not 1 <= value <= REPORT_COUNT:
            raise ValueError(f"Báo cáo lần thứ mấy: từ 1 đến {REPORT_COUNT}.")
        return value

    @field_validator("summary")
    @classmethod
    def _summary(cls, value: str) -> str:
        return _required(
            value, "Hãy tóm tắt nội dung báo cáo (sức khỏe, thể chất, tinh thần, sự hòa nhập)."
        )


# --------------------------------------------------------------------------- reading


class FindingOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    severity: Severity
    article: str
    message: str
    field: str = "__all__"

    @classmethod
    def of(cls, finding: Finding) -> FindingOut:
        return cls(
            severity=finding.severity,
            article=finding.article,
            message=finding.message,
            field=finding.field,
        )

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.BLOCK


class AdopterOut(AdopterIn):
    id: int
    application: int
    position: int
    kind: AdopterKind
    applied_on: date
    withdrawn_on: date | None = None
    withdrawal_reason: str = ""
    findings: tuple[FindingOut, ...] = ()
    missing_conditions: tuple[AdopterCondition, ...] = ()


class ConsentOut(ConsentIn):
    id: int
    updated_at: datetime


class DeadlineOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: DeadlineKind
    label: str
    due: date
    state: DeadlineState
    done_on: date | None = None
    late: bool = False


class NextStepOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    action: AdoptionAction
    label: str
    due: date | None
    state: DeadlineState


class ReportOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    number: int
    due_on: date
    received_on: date | None
    summary: str
    state: DeadlineState
    late: bool = False


class AdoptionOut(BaseModel):
    """A referral as its page shows it."""

    model_config = ConfigDict(frozen=True)

    id: int
    code: str
    child_id: int
    child_code: str
    child_name: str
    child_birth: str  # as the register shows it ("07/03/2015", "2015 (ước tính)"), "" if none
    situation: ChildSituation
    reason: str
    proposed_on: date
    proposed_by: str
    notice: NoticeIn | None
    notice_end: date | None
    kind: AdopterKind | None  # of the active application
    adopters: tuple[AdopterOut, ...]  # the active application (one or two people)
    past_adopters: tuple[AdopterOut, ...]  # applications withdrawn
    file: FileReceivedIn | None
    consents: tuple[ConsentOut, ...]
    consents_missing: tuple[FindingOut, ...]
    consents_on: date | None
    declined: tuple[ConsentRole, ...]
    child_consent_needed: bool | None  # None: cannot be told (partial date of birth)
    opinions: OpinionsIn | None
    registration: RegistrationIn | None
    refusal: RefusalIn | None
    withdrawal: WithdrawalIn | None
    stage: AdoptionStage
    status: AdoptionStatus
    deadlines: tuple[DeadlineOut, ...]
    next_step: NextStepOut | None
    reports: tuple[ReportOut, ...]
    # What stands in the way of registering today (blocks) and what to look at (warnings).
    findings: tuple[FindingOut, ...]
    overdue: bool
    created_at: datetime
    updated_at: datetime

    @property
    def adopter_names(self) -> str:
        return " và ".join(a.full_name for a in self.adopters)


class AdoptionSummary(BaseModel):
    """One row of the list. No free text of the referral (reason, reports, notes)."""

    model_config = ConfigDict(frozen=True)

    id: int
    code: str
    child_id: int
    child_code: str
    child_name: str
    proposed_on: date
    stage: AdoptionStage
    status: AdoptionStatus
    next_action: AdoptionAction | None
    next_action_label: str
    next_due: date | None
    next_state: DeadlineState | None
    overdue: bool


class AdoptionFilter(BaseModel):
    """What the list shows; every field narrows it."""

    model_config = ConfigDict(frozen=True)

    status: AdoptionStatus | None = AdoptionStatus.OPEN  # None: all
    overdue: bool = False
    child_id: int | None = None


class TimelineEntry(BaseModel):
    """One dated event of a referral, done or to come."""

    model_config = ConfigDict(frozen=True)

    on: date
    label: str
    done: bool
    detail: str = ""


class RegistrationEvent(BaseModel):
    """What a registration hands to ``on_registered`` (inside the registration's transaction):
    everything the placement of form "nhận con nuôi" needs (``open_adoption_placement``)."""

    model_config = ConfigDict(frozen=True)

    adoption_id: int
    adoption_code: str
    child_id: int
    start_date: date  # the handover (Điều 24.1: from the handover, parents and child)
    decision_number: str  # the number of the Giấy chứng nhận nuôi con nuôi
    decision_date: date  # the registration
    carer_name: str  # the adoptive parents ("A và B")
    user: str
    stamped_at: datetime | None = None  # the rows' time stamp (the demo's day); None: now

    def placement_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of ``services.care.open_adoption_placement`` (after the
        session)."""
        return {
            "child_id": self.child_id,
            "adoption_id": self.adoption_id,
            "start_date": self.start_date,
            "decision_number": self.decision_number,
            "decision_date": self.decision_date,
            "carer_name": self.carer_name,
            "user": self.user,
            "now": self.stamped_at,
        }


# Free-text fields: the audit trail only says they were written or changed.
FREE_TEXT_FIELDS: frozenset[str] = frozenset(
    {"reason", "note", "summary", "reasons", "basis", "withdrawal_reason"}
)

__all__ = [
    "FREE_TEXT_FIELDS",
    "AdopterIn",
    "AdopterOut",
    "AdoptersIn",
    "AdoptersWithdrawalIn",
    "AdoptionFilter",
    "AdoptionOut",
    "AdoptionSummary",
    "ConsentIn",
    "ConsentOut",
    "DeadlineOut",
    "FileReceivedIn",
    "FindingOut",
    "NextStepOut",
    "NoticeIn",
    "OpinionsIn",
    "ProposalIn",
    "RefusalIn",
    "RegistrationEvent",
    "RegistrationIn",
    "ReportIn",
    "ReportOut",
    "TimelineEntry",
    "WithdrawalIn",
    "condition_field",
]
