"""Use cases of adoption referrals (Luật Nuôi con nuôi 52/2010/QH12; issue #4, item 5): propose a
child of the register, post the public notice, record who asks to adopt and their conditions,
the file, the opinions of Điều 21, and the outcome — registered (the placement of form "nhận con
nuôi" is opened by ``on_registered`` in the same transaction), refused in writing, or withdrawn;
then the six post-adoption reports. Lists, the timeline and "Việc cần làm" (``due_items``).

Each public method is one unit of work. A rule broken is refused with ``InvalidInput`` (field →
Vietnamese message saying what to fix) before anything is written; a rule that cannot be told
from a partial date of birth is a warning shown on the referral (``AdoptionOut.findings``). Every
change goes into the audit trail; free text (the reason, notes, reports, refusal reasons) only as
"(đã ghi)".

``AdoptionWriter`` holds the rules and the writes inside a caller's session: the service's unit
of work, or the demo's one transaction (``services/demo_adoption.py``), so both write the same
rows the same way.
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_care.db.models import (
    AdopterRecord,
    AdoptionConsentRecord,
    AdoptionRecord,
    AdoptionReportRecord,
    ChildRecord,
)
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.adoption import (
    AdopterCondition,
    AdopterFacts,
    AdopterKind,
    AdopterRelation,
    AdoptionProgress,
    AdoptionSnapshot,
    AdoptionStage,
    ChildFacts,
    ChildSituation,
    ConsentAnswer,
    ConsentCheck,
    ConsentFacts,
    ConsentRole,
    Finding,
    ReportFacts,
    Severity,
    Tri,
    adopter_findings,
    check_consents,
    child_age_findings,
    conditions_findings,
    consent_findings,
    needs_child_consent,
    notice_end,
    opinions_due,
    progress,
    registration_due,
    report_label,
    report_schedule,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate, format_date
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.schemas.adoption import (
    FREE_TEXT_FIELDS,
    AdopterIn,
    AdopterOut,
    AdoptersIn,
    AdoptersWithdrawalIn,
    AdoptionFilter,
    AdoptionOut,
    AdoptionSummary,
    ConsentIn,
    ConsentOut,
    DeadlineOut,
    FileReceivedIn,
    FindingOut,
    NextStepOut,
    NoticeIn,
    OpinionsIn,
    ProposalIn,
    RefusalIn,
    RegistrationEvent,
    RegistrationIn,
    ReportIn,
    ReportOut,
    TimelineEntry,
    WithdrawalIn,
    condition_field,
)
from commune_care.domain.schemas.children import HistoryEntry
from commune_care.domain.schemas.todo import DueItem
from commune_care.domain.support import Programme
from commune_care.services import audit
from commune_care.services.care import open_adoption_placement

__all__ = ["ENTITY", "AdoptionService", "AdoptionWriter", "OnRegistered", "adoption_code"]

ENTITY = "adoption"
CODE_PREFIX = "CN"
WRITTEN = "(đã ghi)"
CHANGED = "(đã thay đổi)"

OnRegistered = Callable[[Session, RegistrationEvent], None]


def open_placement_of_adoption(s: Session, event: RegistrationEvent) -> None:
    """The default ``on_registered``: the registered adoption becomes the child's current
    placement of form "nhận con nuôi" (issue #4), in the registration's transaction."""
    open_adoption_placement(s, **event.placement_kwargs())


M = TypeVar("M", bound=BaseModel)

_ACTIONS = {
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
}

_NOTICE = {"start_on": "notice_start", "place": "notice_place", "note": "notice_note"}
_FILE = {"received_on": "file_received_on", "received_by": "file_received_by", "note": "file_note"}
_OPINIONS = {"completed_on": "opinions_on", "completed_by": "opinions_by", "note": "opinions_note"}
_REGISTRATION = {
    "registered_on": "registered_on",
    "certificate_no": "certificate_no",
    "handover_on": "handover_on",
    "note": "registration_note",
}
_REFUSAL = {"refused_on": "refused_on", "document_no": "refusal_no", "reasons": "refusal_reasons"}
_WITHDRAWAL = {"withdrawn_on": "withdrawn_on", "reason": "withdrawal_reason"}
_PERSON_COLUMNS = (
    "full_name",
    "sex",
    "id_number",
    "address",
    "phone",
    "relation",
    "capacity_on",
    "means_on",
    "character_on",
    "not_barred_on",
    "note",
)


def adoption_code(year: int, seq: int) -> str:
    return f"{CODE_PREFIX}{year}-{seq:04d}"


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, PartialDate):
        return value.iso()
    return value


def _blank(value: Any) -> bool:
    return value in (None, "", False)


def _changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """field → [old, new] for what changed; free text only as "(đã ghi)"."""
    changes: dict[str, Any] = {}
    for key in new:
        before, after = _plain(old.get(key)), _plain(new[key])
        if before == after or (_blank(before) and _blank(after)):
            continue
        if key.split(".")[-1] in FREE_TEXT_FIELDS:
            had, has = not _blank(before), not _blank(after)
            before = WRITTEN if had else ""
            after = (CHANGED if had else WRITTEN) if has else ""
        changes[key] = [before, after]
    return changes


def _raise(findings: Iterable[Finding], default_field: str | None = None) -> None:
    """InvalidInput with every block, one message per field (several joined)."""
    errors: dict[str, str] = {}
    for f in findings:
        if not f.blocks:
            continue
        field = f.field if default_field is None or f.field != "__all__" else default_field
        errors[field] = f"{errors[field]}\n{f.message}" if field in errors else f.message
    if errors:
        raise InvalidInput(errors)


def _before(field: str, label: str, value: date, earlier: date, earlier_label: str) -> None:
    if value < earlier:
        raise InvalidInput(
            {
                field: f"{label} ({format_date(value)}) trước {earlier_label} "
                f"({format_date(earlier)}). Hãy kiểm tra lại."
            }
        )


def _child_facts(child: ChildRecord) -> ChildFacts:
    birth = None
    if child.birth_year is not None:
        birth = PartialDate(
            child.birth_year, child.birth_month, child.birth_day, bool(child.birth_estimated)
        )
    return ChildFacts(child.full_name, birth)


def _person_birth(r: AdopterRecord) -> PartialDate:
    return PartialDate(r.birth_year, r.birth_month, r.birth_day)


def _person_facts(r: AdopterRecord) -> AdopterFacts:
    confirmed = {c: getattr(r, condition_field(c)) for c in AdopterCondition}
    return AdopterFacts(r.full_name, Sex(r.sex), _person_birth(r), AdopterRelation(r.relation),
                        confirmed)  # fmt: skip


def _consent_facts(r: AdoptionConsentRecord) -> ConsentFacts:
    return ConsentFacts(ConsentRole(r.role), ConsentAnswer(r.answer), r.given_on, r.counselled)


@dataclass
class _State:
    """A referral with everything the rules read."""

    record: AdoptionRecord
    child: ChildRecord
    adopters: list[AdopterRecord]  # every row, every application
    consents: list[AdoptionConsentRecord]
    reports: list[AdoptionReportRecord]

    @property
    def facts(self) -> ChildFacts:
        return _child_facts(self.child)

    @property
    def active(self) -> list[AdopterRecord]:
        """The application in course: the rows not withdrawn, in their order."""
        rows = [a for a in self.adopters if a.withdrawn_on is None]
        return sorted(rows, key=lambda a: (a.application, a.position))

    @property
    def kind(self) -> AdopterKind | None:
        active = self.active
        return AdopterKind(active[0].kind) if active else None

    @property
    def stage(self) -> AdoptionStage:
        return AdoptionStage(self.record.stage)

    def consent_day(self, today: date) -> date:
        r = self.record
        return r.registered_on or r.opinions_on or today

    def consent_check(self, on: date) -> ConsentCheck:
        return check_consents([_consent_facts(c) for c in self.consents], self.facts, on)

    def snapshot(self, today: date) -> AdoptionSnapshot:
        r = self.record
        check = self.consent_check(self.consent_day(today))
        return AdoptionSnapshot(
            proposed_on=r.proposed_on,
            notice_start=r.notice_start,
            adopters=bool(self.active),
            adopters_on=min((a.applied_on for a in self.active), default=None),
            file_received_on=r.file_received_on,
            consents_on=check.consents_on,
            declined=bool(check.declined),
            opinions_on=r.opinions_on,
            registered_on=r.registered_on,
            handover_on=r.handover_on,
            refused_on=r.refused_on,
            withdrawn_on=r.withdrawn_on,
            reports=tuple(ReportFacts(x.number, x.due_on, x.received_on) for x in self.reports),
        )

    def progress(self, today: date) -> AdoptionProgress:
        return progress(self.snapshot(today), today)


def _load_states(s: Session, records: Sequence[AdoptionRecord]) -> list[_State]:
    """The referrals with their child, adopters, consents and reports (one query each)."""
    if not records:
        return []
    ids = [r.id for r in records]
    children = {
        c.id: c
        for c in s.scalars(
            select(ChildRecord).where(ChildRecord.id.in_({r.child_id for r in records}))
        )
    }
    adopters: dict[int, list[AdopterRecord]] = defaultdict(list)
    for a in s.scalars(select(AdopterRecord).where(AdopterRecord.adoption_id.in_(ids))):
        adopters[a.adoption_id].append(a)
    consents: dict[int, list[AdoptionConsentRecord]] = defaultdict(list)
    stmt = select(AdoptionConsentRecord).where(AdoptionConsentRecord.adoption_id.in_(ids))
    for c in s.scalars(stmt):
        consents[c.adoption_id].append(c)
    reports: dict[int, list[AdoptionReportRecord]] = defaultdict(list)
    stmt_r = select(AdoptionReportRecord).where(AdoptionReportRecord.adoption_id.in_(ids))
    for x in s.scalars(stmt_r.order_by(AdoptionReportRecord.number)):
        reports[x.adoption_id].append(x)
    return [
        _State(r, children[r.child_id], adopters[r.id], consents[r.id], reports[r.id])
        for r in records
    ]


class AdoptionWriter:
    """The rules and writes of each step inside the caller's session ``s``; ``now`` stamps the
    rows (the service's clock, or the demo's day). The rules read the steps' own dates."""

    def __init__(
        self,
        s: Session,
        user: str,
        now: datetime,
        on_registered: OnRegistered | None = None,
    ) -> None:
        self.s = s
        self.user = user
        self.now = now
        self.on_registered = on_registered or open_placement_of_adoption

    # --- loading -----------------------------------------------------------------------
    def state(self, adoption_id: int) -> _State:
        record = self.s.get(AdoptionRecord, adoption_id)
        if record is None:
            raise NotFound(f"Không tìm thấy đề xuất nhận con nuôi số {adoption_id}.")
        return _load_states(self.s, [record])[0]

    def open_state(self, adoption_id: int) -> _State:
        """The referral, refused when it has ended (registered, refused or withdrawn)."""
        st = self.state(adoption_id)
        r = st.record
        if r.registered_on is not None:
            raise InvalidInput(
                {"__all__": f"Đề xuất {r.code} đã được đăng ký nuôi con nuôi ngày "
                 f"{format_date(r.registered_on)}: không ghi thêm bước này được nữa."}
            )  # fmt: skip
        if r.refused_on is not None:
            raise InvalidInput(
                {"__all__": f"Đề xuất {r.code} đã bị từ chối đăng ký ngày "
                 f"{format_date(r.refused_on)}: không ghi thêm được nữa."}
            )  # fmt: skip
        if r.withdrawn_on is not None:
            raise InvalidInput(
                {"__all__": f"Đề xuất {r.code} đã dừng ngày {format_date(r.withdrawn_on)}: không "
                 "ghi thêm được nữa. Nếu cần, hãy đề xuất lại cho trẻ."}
            )  # fmt: skip
        return st

    # --- the steps ---------------------------------------------------------------------
    def propose(self, data: ProposalIn) -> AdoptionRecord:
        s = self.s
        child = s.get(ChildRecord, data.child_id)
        if child is None:
            raise InvalidInput(
                {"child_id": "Không tìm thấy trẻ này trong danh sách. Hãy chọn lại trẻ."}
            )
        if child.archived:
            raise InvalidInput(
                {"child_id": f"Hồ sơ của trẻ {child.full_name} ({child.code}) đã được lưu trữ. "
                 "Hãy khôi phục hồ sơ trước khi đề xuất."}
            )  # fmt: skip
        if child.status == ChildStatus.DECEASED.value:
            raise InvalidInput(
                {"child_id": f"Hồ sơ ghi trẻ {child.full_name} ({child.code}) đã mất. Hãy kiểm "
                 "tra lại hồ sơ của trẻ."}
            )  # fmt: skip
        others = s.scalars(select(AdoptionRecord).where(AdoptionRecord.child_id == child.id)).all()
        for other in others:
            stage = AdoptionStage(other.stage)
            if not stage.ended:
                raise InvalidInput(
                    {"child_id": f"Trẻ {child.full_name} đã có đề xuất {other.code} đang giải "
                     "quyết. Hãy mở đề xuất đó thay vì đề xuất mới."}
                )  # fmt: skip
            if stage is AdoptionStage.REGISTERED:
                raise InvalidInput(
                    {"child_id": f"Trẻ {child.full_name} đã được nhận làm con nuôi (đề xuất "
                     f"{other.code}, Giấy chứng nhận số {other.certificate_no}). Chỉ đề xuất lại "
                     "khi Tòa án đã quyết định chấm dứt việc nuôi con nuôi."}
                )  # fmt: skip
        facts = _child_facts(child)
        if facts.birth is not None and data.proposed_on < facts.birth.earliest:
            raise InvalidInput(
                {"proposed_on": f"Ngày đề xuất ({format_date(data.proposed_on)}) trước ngày sinh "
                 f"của trẻ ({facts.birth.display()}). Hãy kiểm tra lại."}
            )  # fmt: skip
        _raise(child_age_findings(facts, data.proposed_on), "child_id")
        year = data.proposed_on.year
        seq = (
            s.scalar(select(func.max(AdoptionRecord.seq)).where(AdoptionRecord.year == year)) or 0
        ) + 1
        record = AdoptionRecord(
            code=adoption_code(year, seq),
            year=year,
            seq=seq,
            child_id=child.id,
            situation=data.situation.value,
            reason=data.reason,
            proposed_on=data.proposed_on,
            proposed_by=data.proposed_by,
            stage=AdoptionStage.PROPOSED.value,
            created_at=self.now,
            updated_at=self.now,
        )
        s.add(record)
        s.flush()
        values = {
            "child_id": child.id,
            "situation": data.situation,
            "proposed_on": data.proposed_on,
            "proposed_by": data.proposed_by,
            "reason": data.reason,
        }
        changes = _changes({}, values)
        changes["summary"] = f"{record.code}: {child.full_name} ({child.code})"
        return self._finish(record, "adoption_propose", changes)

    def start_notice(self, adoption_id: int, data: NoticeIn) -> AdoptionRecord:
        st = self.open_state(adoption_id)
        r = st.record
        if r.file_received_on is not None:
            raise InvalidInput(
                {"__all__": "Đã nhận hồ sơ của người nhận con nuôi: việc niêm yết đã xong, không "
                 "ghi hoặc sửa được nữa."}
            )  # fmt: skip
        _before("start_on", "Ngày bắt đầu niêm yết", data.start_on, r.proposed_on, "ngày đề xuất")
        changes = self._apply(r, data, _NOTICE)
        changes["summary"] = (
            f"Niêm yết từ {format_date(data.start_on)} đến {format_date(notice_end(data.start_on))}"
        )
        return self._finish(r, "adoption_notice", changes)

    def save_adopters(self, adoption_id: int, data: AdoptersIn) -> AdoptionRecord:
        """Record the application, or correct the one in course (the same people: their
        details and the conditions confirmed since). Another kind (one person ↔ a couple)
        before the file is received replaces the application; the old one is kept, withdrawn."""
        st = self.open_state(adoption_id)
        r = st.record
        active = st.active
        _before("applied_on", "Ngày nhận đơn", data.applied_on, r.proposed_on, "ngày đề xuất")
        if r.file_received_on is not None:
            if data.applied_on > r.file_received_on:
                raise InvalidInput(
                    {"applied_on": f"Ngày nhận đơn ({format_date(data.applied_on)}) sau ngày nhận "
                     f"đủ hồ sơ ({format_date(r.file_received_on)}). Hãy kiểm tra lại."}
                )  # fmt: skip
            if not active or AdopterKind(active[0].kind) is not data.kind:
                raise InvalidInput(
                    {"kind": "Đã nhận hồ sơ của người nhận con nuôi: không thay đổi người nhận "
                     "được nữa. Nếu người nhận con nuôi thay đổi, hãy dừng đề xuất (ghi lý do) "
                     "và đề xuất lại."}
                )  # fmt: skip
        # As on the day they asked; the registration checks them again on its own day.
        findings = self._adopter_checks(st, data.people, data.kind, data.applied_on)
        _raise(findings)
        replaced = bool(active) and AdopterKind(active[0].kind) is not data.kind
        if replaced:
            for old_row in active:
                old_row.withdrawn_on = data.applied_on
                old_row.withdrawal_reason = "Thay bằng đơn mới"
                old_row.updated_at = self.now
            active = []
        application = (
            active[0].application
            if active
            else max((a.application for a in st.adopters), default=0) + 1
        )
        changes: dict[str, Any] = {}
        for position, person in enumerate(data.people, start=1):
            row = next((a for a in active if a.position == position), None)
            values = self._person_values(person, data, application, position)
            prefix = "" if position == 1 else "second."
            old: dict[str, Any] = {}
            if row is None:
                self.s.add(
                    AdopterRecord(
                        adoption_id=r.id, created_at=self.now, updated_at=self.now, **values
                    )
                )
            else:
                old = {k: getattr(row, k) for k in values}
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = self.now
            for key, value in _changes(old, values).items():
                if key not in ("adoption_id", "application", "position"):
                    changes[prefix + key] = value
        names = " và ".join(f"{p.full_name} ({p.relation.label})" for p in data.people)
        changes["summary"] = names
        return self._finish(r, "adoption_adopters", changes)

    def withdraw_adopters(self, adoption_id: int, data: AdoptersWithdrawalIn) -> AdoptionRecord:
        st = self.open_state(adoption_id)
        r, active = st.record, st.active
        if not active:
            raise InvalidInput({"__all__": "Chưa có người xin nhận con nuôi nào để rút đơn."})
        if r.file_received_on is not None:
            raise InvalidInput(
                {"__all__": "Đã nhận hồ sơ của người nhận con nuôi. Nếu họ không nhận con nuôi "
                 "nữa, hãy dừng đề xuất (ghi lý do) và đề xuất lại khi cần."}
            )  # fmt: skip
        _before("withdrawn_on", "Ngày rút đơn", data.withdrawn_on, active[0].applied_on,
                "ngày nhận đơn")  # fmt: skip
        for row in active:
            row.withdrawn_on = data.withdrawn_on
            row.withdrawal_reason = data.reason
            row.updated_at = self.now
        changes = _changes({}, {"withdrawn_on": data.withdrawn_on, "reason": data.reason})
        changes["summary"] = " và ".join(a.full_name for a in active)
        return self._finish(r, "adoption_adopters_withdraw", changes)

    def record_file(self, adoption_id: int, data: FileReceivedIn) -> AdoptionRecord:
        st = self.open_state(adoption_id)
        r, active = st.record, st.active
        if not active:
            raise InvalidInput(
                {"__all__": "Chưa có người xin nhận con nuôi. Hãy ghi người nhận con nuôi (một "
                 "người hoặc hai vợ chồng) trước khi nhận hồ sơ."}
            )  # fmt: skip
        if r.opinions_on is not None:
            raise InvalidInput(
                {"__all__": "Đã hoàn thành lấy ý kiến: không sửa ngày nhận hồ sơ được nữa."}
            )
        _before("received_on", "Ngày nhận đủ hồ sơ", data.received_on, active[0].applied_on,
                "ngày nhận đơn xin nhận con nuôi")  # fmt: skip
        if r.notice_start is not None:
            _before("received_on", "Ngày nhận đủ hồ sơ", data.received_on, r.notice_start,
                    "ngày bắt đầu niêm yết")  # fmt: skip
        given = [c.given_on for c in st.consents if c.given_on is not None]
        if given and data.received_on > min(given):
            raise InvalidInput(
                {"received_on": f"Ngày nhận đủ hồ sơ ({format_date(data.received_on)}) sau ngày "
                 f"đã ghi ý kiến ({format_date(min(given))}). Hãy kiểm tra lại."}
            )  # fmt: skip
        changes = self._apply(r, data, _FILE)
        changes["summary"] = (
            f"Nhận đủ hồ sơ ngày {format_date(data.received_on)}; hạn lấy ý kiến "
            f"{format_date(opinions_due(data.received_on))}"
        )
        return self._finish(r, "adoption_file", changes)

    def record_consent(self, adoption_id: int, data: ConsentIn) -> AdoptionRecord:
        st = self.open_state(adoption_id)
        r = st.record
        if r.file_received_on is None:
            raise InvalidInput(
                {"__all__": "Chưa nhận hồ sơ. Ủy ban nhân dân xã lấy ý kiến của những người liên "
                 "quan sau khi nhận đủ hồ sơ hợp lệ (Điều 20)."}
            )  # fmt: skip
        if r.opinions_on is not None:
            raise InvalidInput(
                {"__all__": f"Đã hoàn thành lấy ý kiến ngày {format_date(r.opinions_on)}: không "
                 "sửa ý kiến được nữa. Nếu có người thay đổi ý kiến, hãy từ chối đăng ký bằng văn "
                 "bản hoặc dừng đề xuất."}
            )  # fmt: skip
        if data.given_on is not None:
            _before("given_on", "Ngày cho ý kiến", data.given_on, r.file_received_on,
                    "ngày nhận đủ hồ sơ")  # fmt: skip
        _raise(consent_findings(data.facts(), st.facts))
        row = next((c for c in st.consents if c.role == data.role.value), None)
        values = {
            "person_name": data.person_name,
            "answer": data.answer.value,
            "given_on": data.given_on,
            "counselled": data.counselled,
            "basis": data.basis,
            "note": data.note,
        }
        if row is None:
            row = AdoptionConsentRecord(
                adoption_id=r.id, role=data.role.value, created_at=self.now, updated_at=self.now,
                **values,
            )  # fmt: skip
            self.s.add(row)
            old: dict[str, Any] = {}
        else:
            old = {k: getattr(row, k) for k in values}
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = self.now
        changes = _changes(old, values)
        changes["summary"] = f"{data.role.label}: {data.answer.label}"
        return self._finish(r, "adoption_consent", changes)

    def record_opinions(self, adoption_id: int, data: OpinionsIn) -> AdoptionRecord:
        st = self.open_state(adoption_id)
        r = st.record
        if r.file_received_on is None:
            raise InvalidInput(
                {"__all__": "Chưa nhận hồ sơ: chưa có gì để lấy ý kiến. Hãy ghi ngày nhận đủ hồ "
                 "sơ trước."}
            )  # fmt: skip
        _before("completed_on", "Ngày hoàn thành lấy ý kiến", data.completed_on,
                r.file_received_on, "ngày nhận đủ hồ sơ")  # fmt: skip
        for c in st.consents:
            if c.given_on is not None and data.completed_on < c.given_on:
                role = ConsentRole(c.role).label.lower()
                raise InvalidInput(
                    {"completed_on": f"Ngày hoàn thành lấy ý kiến ({format_date(data.completed_on)})"
                     f" trước ngày cho ý kiến của {role} ({format_date(c.given_on)}). Hãy kiểm "
                     "tra lại."}
                )  # fmt: skip
        check = st.consent_check(data.completed_on)
        if check.missing:
            raise InvalidInput({"__all__": "\n".join(f.message for f in check.missing)})
        changes = self._apply(r, data, _OPINIONS)
        declined = ", ".join(role.label for role in check.declined)
        changes["summary"] = (
            f"Không đồng ý: {declined}" if declined else "Những người liên quan đều đồng ý"
        )
        return self._finish(r, "adoption_opinions", changes)

    def register(self, adoption_id: int, data: RegistrationIn) -> AdoptionRecord:
        st = self.open_state(adoption_id)
        r = st.record
        if r.opinions_on is None:
            raise InvalidInput(
                {"__all__": "Chưa hoàn thành lấy ý kiến của những người liên quan (Điều 20, 21). "
                 "Hãy ghi việc lấy ý kiến trước khi đăng ký."}
            )  # fmt: skip
        _before("registered_on", "Ngày đăng ký", data.registered_on, r.opinions_on,
                "ngày hoàn thành lấy ý kiến")  # fmt: skip
        active = st.active
        kind = st.kind
        if not active or kind is None:
            raise InvalidInput(
                {"__all__": "Chưa có người nhận con nuôi. Hãy ghi người nhận trước."}
            )
        findings = self._adopter_checks(
            st, [_person_in(a) for a in active], kind, data.registered_on
        )
        for position, row in enumerate(active, start=1):
            prefix = "" if position == 1 else "second."
            findings += conditions_findings(_person_facts(row), prefix)
        check = st.consent_check(data.registered_on)
        findings += check.missing
        blocks = [f for f in findings if f.blocks]
        messages = [f.message for f in blocks]
        for role in check.declined:
            messages.append(
                f"{role.label} không đồng ý cho trẻ làm con nuôi: không đăng ký được. Hãy từ "
                "chối đăng ký bằng văn bản, nêu rõ lý do (Điều 22.2)."
            )
        if messages:
            raise InvalidInput({"__all__": "\n".join(dict.fromkeys(messages))})
        same = self.s.scalar(
            select(AdoptionRecord.code).where(
                AdoptionRecord.certificate_no == data.certificate_no, AdoptionRecord.id != r.id
            )
        )
        if same is not None:
            raise InvalidInput(
                {"certificate_no": f"Số Giấy chứng nhận {data.certificate_no} đã ghi cho đề xuất "
                 f"{same}. Hãy kiểm tra lại số."}
            )  # fmt: skip
        changes = self._apply(r, data, _REGISTRATION)
        for number, due in enumerate(report_schedule(data.handover_on), start=1):
            self.s.add(
                AdoptionReportRecord(
                    adoption_id=r.id, number=number, due_on=due, received_on=None, summary="",
                    created_at=self.now, updated_at=self.now,
                )
            )  # fmt: skip
        changes["summary"] = (
            f"Giấy chứng nhận số {data.certificate_no} ngày {format_date(data.registered_on)}, "
            f"giao nhận {format_date(data.handover_on)}"
        )
        self._finish(r, "adoption_register", changes)
        self.on_registered(
            self.s,
            RegistrationEvent(
                adoption_id=r.id,
                adoption_code=r.code,
                child_id=r.child_id,
                start_date=data.handover_on,
                decision_number=data.certificate_no,
                decision_date=data.registered_on,
                carer_name=" và ".join(a.full_name for a in active),
                user=self.user,
                stamped_at=self.now,
            ),
        )
        self.s.flush()
        return r

    def refuse(self, adoption_id: int, data: RefusalIn) -> AdoptionRecord:
        st = self.open_state(adoption_id)
        r = st.record
        if r.file_received_on is None:
            raise InvalidInput(
                {"__all__": "Chưa nhận hồ sơ nên không có việc đăng ký để từ chối. Nếu không tìm "
                 "gia đình nhận con nuôi nữa, hãy dừng đề xuất."}
            )  # fmt: skip
        _before("refused_on", "Ngày từ chối", data.refused_on, r.file_received_on,
                "ngày nhận đủ hồ sơ")  # fmt: skip
        if r.opinions_on is not None:
            _before("refused_on", "Ngày từ chối", data.refused_on, r.opinions_on,
                    "ngày hoàn thành lấy ý kiến")  # fmt: skip
        changes = self._apply(r, data, _REFUSAL)
        changes["summary"] = f"Từ chối đăng ký ngày {format_date(data.refused_on)}" + (
            f", văn bản số {data.document_no}" if data.document_no else ""
        )
        return self._finish(r, "adoption_refuse", changes)

    def withdraw(self, adoption_id: int, data: WithdrawalIn) -> AdoptionRecord:
        st = self.open_state(adoption_id)
        r = st.record
        steps = [(r.proposed_on, "ngày đề xuất")]
        if r.notice_start:
            steps.append((r.notice_start, "ngày bắt đầu niêm yết"))
        steps += [(a.applied_on, "ngày nhận đơn xin nhận con nuôi") for a in st.adopters]
        steps += [(a.withdrawn_on, "ngày rút đơn") for a in st.adopters if a.withdrawn_on]
        if r.file_received_on:
            steps.append((r.file_received_on, "ngày nhận đủ hồ sơ"))
        steps += [(c.given_on, "ngày cho ý kiến") for c in st.consents if c.given_on]
        if r.opinions_on:
            steps.append((r.opinions_on, "ngày hoàn thành lấy ý kiến"))
        latest, label = max(steps, key=lambda x: x[0])
        _before("withdrawn_on", "Ngày dừng", data.withdrawn_on, latest, label)
        changes = self._apply(r, data, _WITHDRAWAL)
        changes["summary"] = f"Dừng đề xuất ngày {format_date(data.withdrawn_on)}"
        return self._finish(r, "adoption_withdraw", changes)

    def record_report(self, adoption_id: int, data: ReportIn) -> AdoptionRecord:
        st = self.state(adoption_id)
        r = st.record
        if r.registered_on is None or r.handover_on is None:
            raise InvalidInput(
                {"__all__": "Chưa đăng ký nuôi con nuôi: báo cáo tình hình phát triển của con "
                 "nuôi chỉ có sau khi giao nhận con nuôi (Điều 23)."}
            )  # fmt: skip
        row = next((x for x in st.reports if x.number == data.number), None)
        if row is None:
            raise InvalidInput({"number": f"Không có báo cáo lần {data.number}."})
        _before("received_on", "Ngày nhận báo cáo", data.received_on, r.handover_on,
                "ngày giao nhận con nuôi")  # fmt: skip
        values = {"received_on": data.received_on, "summary": data.summary}
        old = {k: getattr(row, k) for k in values}
        row.received_on, row.summary, row.updated_at = data.received_on, data.summary, self.now
        changes = _changes(old, values)
        changes["summary"] = (
            f"Báo cáo lần {data.number} (hạn {format_date(row.due_on)}) nhận ngày "
            f"{format_date(data.received_on)}"
        )
        return self._finish(r, "adoption_report", changes)

    # --- helpers -----------------------------------------------------------------------
    def _adopter_checks(
        self, st: _State, people: Sequence[AdopterIn], kind: AdopterKind, on: date
    ) -> list[Finding]:
        child = st.facts
        findings: list[Finding] = []
        for position, person in enumerate(people, start=1):
            prefix = "first." if position == 1 else "second."
            findings += adopter_findings(person.facts(), child, on, kind, prefix)
        relations = [p.relation for p in people]
        findings += child_age_findings(child, on, relations)
        return findings

    @staticmethod
    def _person_values(
        person: AdopterIn, data: AdoptersIn, application: int, position: int
    ) -> dict[str, Any]:
        values: dict[str, Any] = {
            "application": application,
            "position": position,
            "kind": data.kind.value,
            "applied_on": data.applied_on,
            "birth_year": person.birth.year,
            "birth_month": person.birth.month,
            "birth_day": person.birth.day,
        }
        for name in _PERSON_COLUMNS:
            value = getattr(person, name)
            values[name] = value.value if isinstance(value, Enum) else value
        return values

    def _apply(
        self, record: AdoptionRecord, data: BaseModel, columns: Mapping[str, str]
    ) -> dict[str, Any]:
        old = {f: getattr(record, col) for f, col in columns.items()}
        new: dict[str, Any] = {}
        for f, col in columns.items():
            value = getattr(data, f)
            setattr(record, col, value)
            new[f] = value
        return _changes(old, new)

    def _finish(
        self, record: AdoptionRecord, action: str, changes: Mapping[str, Any]
    ) -> AdoptionRecord:
        self.s.flush()
        refresh(self.s, record)
        record.updated_at = self.now
        audit.record(self.s, self.user, action, ENTITY, record.id, changes)
        self.s.flush()
        return record


def _person_in(r: AdopterRecord) -> AdopterIn:
    values = {name: getattr(r, name) for name in _PERSON_COLUMNS}
    values["sex"] = Sex(r.sex)
    values["relation"] = AdopterRelation(r.relation)
    return AdopterIn.model_construct(birth=_person_birth(r), **values)


def refresh(s: Session, record: AdoptionRecord) -> None:
    """Recompute what the lists read (stage, next action, its due day) from what is recorded;
    none of it depends on the clock."""
    st = _load_states(s, [record])[0]
    state = st.progress(record.proposed_on)
    record.stage = state.stage.value
    step = state.next_step
    record.next_action = step.action.value if step else ""
    record.next_due = step.due if step else None


class AdoptionService:
    """Adoption referrals; ``on_registered(session, event)`` is called inside the registration's
    transaction (the placement of form "nhận con nuôi"); if it raises, nothing is saved."""

    def __init__(
        self,
        db: Database,
        user: str | Actor | None = None,
        clock: Callable[[], datetime] = datetime.now,
        on_registered: OnRegistered | None = None,
    ) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail
        self.clock = clock
        self.on_registered = on_registered or open_placement_of_adoption

    # --- input -----------------------------------------------------------------------------
    @staticmethod
    def validate(model: type[M], values: Mapping[str, Any]) -> M:
        """Build a step DTO from raw form values, or raise InvalidInput (field → message)."""
        try:
            return model.model_validate(dict(values))
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    def _write(self, work: Callable[[AdoptionWriter], AdoptionRecord]) -> AdoptionOut:
        now = self.clock()
        with self.db.session() as s:
            writer = AdoptionWriter(s, self.user, now, self.on_registered)
            record = work(writer)
            return self._out(s, record, now.date())

    # --- the steps ---------------------------------------------------------------------
    def propose(self, data: ProposalIn) -> AdoptionOut:
        """Propose a child of the register for adoption, with the reason."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.propose(data))

    def start_notice(self, adoption_id: int, data: NoticeIn) -> AdoptionOut:
        """The public notice at the commune office: 60 days (Điều 15.2.b)."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.start_notice(adoption_id, data))

    def save_adopters(self, adoption_id: int, data: AdoptersIn) -> AdoptionOut:
        """Who asks to adopt (one person or a couple) and their conditions; corrected later."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.save_adopters(adoption_id, data))

    def withdraw_adopters(self, adoption_id: int, data: AdoptersWithdrawalIn) -> AdoptionOut:
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.withdraw_adopters(adoption_id, data))

    def record_file(self, adoption_id: int, data: FileReceivedIn) -> AdoptionOut:
        """The complete, valid file received: the 10 days of Điều 20 start."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.record_file(adoption_id, data))

    def record_consent(self, adoption_id: int, data: ConsentIn) -> AdoptionOut:
        """One opinion of Điều 21 (recorded again to correct it, until the opinions are done)."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.record_consent(adoption_id, data))

    def record_opinions(self, adoption_id: int, data: OpinionsIn) -> AdoptionOut:
        """Every opinion of Điều 21 is there: the collection is done (Điều 20)."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.record_opinions(adoption_id, data))

    def register(self, adoption_id: int, data: RegistrationIn) -> AdoptionOut:
        """Điều 22.1: registered, certificate and handover; the six reports are scheduled and
        ``on_registered`` opens the placement, all in one transaction."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.register(adoption_id, data))

    def refuse(self, adoption_id: int, data: RefusalIn) -> AdoptionOut:
        """Điều 22.2: the refusal in writing, with its reasons."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.refuse(adoption_id, data))

    def withdraw(self, adoption_id: int, data: WithdrawalIn) -> AdoptionOut:
        """Stop the referral before registration or refusal, with the reason."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.withdraw(adoption_id, data))

    def record_report(self, adoption_id: int, data: ReportIn) -> AdoptionOut:
        """One of the six post-adoption reports received (recorded again to correct it)."""
        require(self.actor, Permission.EDIT_ADOPTION)
        return self._write(lambda w: w.record_report(adoption_id, data))

    # --- reading ---------------------------------------------------------------------------
    def get(self, adoption_id: int, today: date | None = None) -> AdoptionOut:
        require(self.actor, Permission.VIEW_ADOPTION)
        today = today or self.clock().date()
        with self.db.session() as s:
            record = s.get(AdoptionRecord, adoption_id)
            if record is None:
                raise NotFound(f"Không tìm thấy đề xuất nhận con nuôi số {adoption_id}.")
            return self._out(s, record, today)

    def get_by_code(self, code: str) -> AdoptionOut:
        require(self.actor, Permission.VIEW_ADOPTION)
        with self.db.session() as s:
            record = s.scalar(
                select(AdoptionRecord).where(AdoptionRecord.code == code.strip().upper())
            )
            if record is None:
                raise NotFound(f"Không tìm thấy đề xuất «{code.strip()}».")
            return self._out(s, record, self.clock().date())

    def list(
        self, flt: AdoptionFilter | None = None, today: date | None = None
    ) -> builtins.list[AdoptionSummary]:
        """Referrals for the list, soonest due first (nothing due last, then the newest)."""
        require(self.actor, Permission.VIEW_ADOPTION)
        flt = flt or AdoptionFilter()
        today = today or self.clock().date()
        stmt = select(AdoptionRecord)
        if flt.status is not None:
            stmt = stmt.where(AdoptionRecord.stage.in_([st.value for st in flt.status.stages]))
        if flt.child_id is not None:
            stmt = stmt.where(AdoptionRecord.child_id == flt.child_id)
        with self.db.session() as s:
            states = _load_states(s, s.scalars(stmt).all())
            rows = [self._summary(st, today) for st in states]
        if flt.overdue:
            rows = [r for r in rows if r.overdue]
        return sorted(
            rows,
            key=lambda r: (r.next_due is None, r.next_due or today, -r.proposed_on.toordinal(),
                           r.code),
        )  # fmt: skip

    def for_child(self, child_id: int) -> builtins.list[AdoptionSummary]:
        require(self.actor, Permission.VIEW_ADOPTION)
        return self.list(AdoptionFilter(status=None, child_id=child_id))

    def due_items(self, today: date | None = None) -> builtins.list[DueItem]:
        """ "Việc cần làm" of adoption: the notice ending, the opinions, the registration or
        refusal due, and the post-adoption reports due within 30 days or overdue."""
        require(self.actor, Permission.VIEW_ADOPTION)
        today = today or self.clock().date()
        live = [
            st.value
            for st in AdoptionStage
            if st not in (AdoptionStage.REFUSED, AdoptionStage.WITHDRAWN)
        ]
        items: builtins.list[DueItem] = []
        with self.db.session() as s:
            records = s.scalars(select(AdoptionRecord).where(AdoptionRecord.stage.in_(live)))
            for st in _load_states(s, records.all()):
                state = st.progress(today)
                r = st.record

                def item(label: str, due: date, s_: DeadlineState, _r: AdoptionRecord = r,
                         _st: _State = st) -> DueItem:  # fmt: skip
                    return DueItem(
                        programme=Programme.ADOPTION,
                        subject_kind="adoption",
                        subject_id=_r.id,
                        subject_code=_r.code,
                        child_id=_r.child_id,
                        child_name=_st.child.full_name,
                        label=label,
                        due=due,
                        state=s_,
                    )

                step = state.next_step
                if step is not None and step.due is not None and step.report_number is None:
                    items.append(item(step.label, step.due, step.state))
                for report in state.reports_due:
                    items.append(item(report_label(report.number), report.due_on, report.state))
        return sorted(items, key=lambda i: (i.due, i.subject_code, i.label))

    def timeline(self, adoption_id: int) -> builtins.list[TimelineEntry]:
        """Every dated event of a referral, done or to come, in date order."""
        require(self.actor, Permission.VIEW_ADOPTION)
        today = self.clock().date()
        with self.db.session() as s:
            record = s.get(AdoptionRecord, adoption_id)
            if record is None:
                raise NotFound(f"Không tìm thấy đề xuất nhận con nuôi số {adoption_id}.")
            st = _load_states(s, [record])[0]
            return _timeline(st, today)

    def history(self, adoption_id: int) -> builtins.list[HistoryEntry]:
        require(self.actor, Permission.VIEW_ADOPTION)
        with self.db.session() as s:
            if s.get(AdoptionRecord, adoption_id) is None:
                raise NotFound(f"Không tìm thấy đề xuất nhận con nuôi số {adoption_id}.")
            entries = audit.history(s, ENTITY, adoption_id)
        return [e.model_copy(update={"action": _ACTIONS.get(e.action, e.action)}) for e in entries]

    # --- output ----------------------------------------------------------------------------
    @staticmethod
    def _summary(st: _State, today: date) -> AdoptionSummary:
        r = st.record
        state = st.progress(today)
        step = state.next_step
        soonest = state.next_due
        next_state = None
        label = step.label if step else ""
        if soonest is not None:
            report = next((x for x in state.reports_due if x.due_on == soonest), None)
            if report is not None and (step is None or step.due != soonest):
                label, next_state = report_label(report.number), report.state
            elif step is not None:
                next_state = step.state
        elif step is not None and step.due is not None:
            next_state = step.state
        return AdoptionSummary(
            id=r.id,
            code=r.code,
            child_id=r.child_id,
            child_code=st.child.code,
            child_name=st.child.full_name,
            proposed_on=r.proposed_on,
            stage=state.stage,
            status=state.stage.status,
            next_action=step.action if step else None,
            next_action_label=label,
            next_due=soonest if soonest is not None else (step.due if step else None),
            next_state=next_state,
            overdue=state.overdue,
        )

    def _out(self, s: Session, record: AdoptionRecord, today: date) -> AdoptionOut:
        st = _load_states(s, [record])[0]
        r, child = st.record, st.child
        facts = st.facts
        state = st.progress(today)
        kind = st.kind
        active = st.active
        on = st.consent_day(today)
        check = st.consent_check(on)
        findings: list[Finding] = []
        if not state.stage.ended:
            findings += child_age_findings(facts, today, [a.relation for a in _ins(active)])
            if kind is not None:
                for position, row in enumerate(active, start=1):
                    prefix = "first." if position == 1 else "second."
                    person = _person_facts(row)
                    findings += adopter_findings(person, facts, today, kind, prefix)
                    findings += conditions_findings(person, prefix)
            if r.file_received_on is not None:
                findings += check.missing
                findings += check.warnings
            if facts.birth is not None and facts.birth.estimated:
                findings.append(
                    Finding(
                        Severity.WARNING,
                        "Điều 8",
                        f"Ngày sinh của trẻ {facts.name} là ước tính: các kiểm tra về tuổi dựa "
                        "trên ngày ước tính. Hãy đối chiếu giấy khai sinh.",
                    )
                )
        unique = list(dict.fromkeys(findings))
        child_needed = needs_child_consent(facts, on)

        def adopter_out(row: AdopterRecord) -> AdopterOut:
            person = _person_facts(row)
            kind_row = AdopterKind(row.kind)
            found = []
            if row.withdrawn_on is None and not state.stage.ended:
                found = adopter_findings(person, facts, today, kind_row)
            return AdopterOut.model_construct(
                id=row.id,
                application=row.application,
                position=row.position,
                kind=kind_row,
                applied_on=row.applied_on,
                withdrawn_on=row.withdrawn_on,
                withdrawal_reason=row.withdrawal_reason,
                birth=person.birth,
                findings=tuple(FindingOut.of(f) for f in found),
                missing_conditions=person.missing_conditions(),
                **{name: getattr(_person_in(row), name) for name in _PERSON_COLUMNS},
            )

        past = [a for a in st.adopters if a.withdrawn_on is not None]
        past.sort(key=lambda a: (a.application, a.position))
        return AdoptionOut(
            id=r.id,
            code=r.code,
            child_id=r.child_id,
            child_code=child.code,
            child_name=child.full_name,
            child_birth=facts.birth.display() if facts.birth else "",
            situation=ChildSituation(r.situation),
            reason=r.reason,
            proposed_on=r.proposed_on,
            proposed_by=r.proposed_by,
            notice=NoticeIn.model_construct(
                start_on=r.notice_start, place=r.notice_place, note=r.notice_note
            )
            if r.notice_start
            else None,
            notice_end=notice_end(r.notice_start) if r.notice_start else None,
            kind=kind,
            adopters=tuple(adopter_out(a) for a in active),
            past_adopters=tuple(adopter_out(a) for a in past),
            file=FileReceivedIn.model_construct(
                received_on=r.file_received_on, received_by=r.file_received_by, note=r.file_note
            )
            if r.file_received_on
            else None,
            consents=tuple(
                ConsentOut.model_construct(
                    id=c.id,
                    role=ConsentRole(c.role),
                    person_name=c.person_name,
                    answer=ConsentAnswer(c.answer),
                    given_on=c.given_on,
                    counselled=c.counselled,
                    basis=c.basis,
                    note=c.note,
                    updated_at=c.updated_at,
                )
                for c in sorted(st.consents, key=_consent_order)
            ),
            consents_missing=tuple(FindingOut.of(f) for f in check.missing),
            consents_on=check.consents_on,
            declined=check.declined,
            child_consent_needed=None if child_needed is Tri.UNKNOWN else child_needed is Tri.YES,
            opinions=OpinionsIn.model_construct(
                completed_on=r.opinions_on, completed_by=r.opinions_by, note=r.opinions_note
            )
            if r.opinions_on
            else None,
            registration=RegistrationIn.model_construct(
                registered_on=r.registered_on,
                certificate_no=r.certificate_no,
                handover_on=r.handover_on or r.registered_on,
                note=r.registration_note,
            )
            if r.registered_on
            else None,
            refusal=RefusalIn.model_construct(
                refused_on=r.refused_on, document_no=r.refusal_no, reasons=r.refusal_reasons
            )
            if r.refused_on
            else None,
            withdrawal=WithdrawalIn.model_construct(
                withdrawn_on=r.withdrawn_on, reason=r.withdrawal_reason
            )
            if r.withdrawn_on
            else None,
            stage=state.stage,
            status=state.stage.status,
            deadlines=tuple(
                DeadlineOut(
                    kind=d.kind,
                    label=d.label,
                    due=d.due,
                    state=d.state,
                    done_on=d.done_on,
                    late=d.late,
                )
                for d in state.deadlines
            ),
            next_step=NextStepOut(
                action=state.next_step.action,
                label=state.next_step.label,
                due=state.next_step.due,
                state=state.next_step.state,
            )
            if state.next_step
            else None,
            reports=tuple(
                ReportOut(
                    number=x.number,
                    due_on=x.due_on,
                    received_on=x.received_on,
                    summary=next((y.summary for y in st.reports if y.number == x.number), ""),
                    state=x.state,
                    late=x.late,
                )
                for x in state.reports
            ),
            findings=tuple(FindingOut.of(f) for f in unique),
            overdue=state.overdue,
            created_at=r.created_at,
            updated_at=r.updated_at,
        )


def _consent_order(c: AdoptionConsentRecord) -> int:
    return list(ConsentRole).index(ConsentRole(c.role))


def _ins(rows: Sequence[AdopterRecord]) -> list[AdopterIn]:
    return [_person_in(r) for r in rows]


def _timeline(st: _State, today: date) -> list[TimelineEntry]:
    r = st.record
    events: list[tuple[date, int, TimelineEntry]] = []

    def add(on: date | None, label: str, done: bool = True, detail: str = "") -> None:
        if on is not None:
            events.append((on, len(events), TimelineEntry(on=on, label=label, done=done,
                                                          detail=detail)))  # fmt: skip

    add(r.proposed_on, "Đề xuất tìm gia đình nhận con nuôi", detail=r.proposed_by)
    ended = AdoptionStage(r.stage).ended
    if r.notice_start:
        add(r.notice_start, "Bắt đầu thông báo, niêm yết", detail=r.notice_place)
        end = notice_end(r.notice_start)
        if r.file_received_on is None and not ended:
            add(end, "Hết thời hạn niêm yết (60 ngày)", done=end < today)
    applications: dict[int, list[AdopterRecord]] = defaultdict(list)
    for a in st.adopters:
        applications[a.application].append(a)
    for rows in applications.values():
        rows.sort(key=lambda a: a.position)
        names = " và ".join(a.full_name for a in rows)
        add(rows[0].applied_on, "Nhận đơn xin nhận con nuôi", detail=names)
        if rows[0].withdrawn_on:
            add(rows[0].withdrawn_on, "Người xin nhận con nuôi rút đơn", detail=names)
    add(r.file_received_on, "Nhận đủ hồ sơ hợp lệ", detail=r.file_received_by)
    if r.file_received_on and r.opinions_on is None and not ended:
        add(opinions_due(r.file_received_on), "Hạn lấy ý kiến (10 ngày)", done=False)
    for c in st.consents:
        role, answer = ConsentRole(c.role), ConsentAnswer(c.answer)
        add(c.given_on, f"Ý kiến của {role.label.lower()}: {answer.label}", detail=c.person_name)
    add(r.opinions_on, "Hoàn thành lấy ý kiến", detail=r.opinions_by)
    if r.opinions_on and not ended:
        check = st.consent_check(r.opinions_on)
        if check.consents_on and not check.declined:
            add(registration_due(check.consents_on), "Hạn đăng ký nuôi con nuôi (20 ngày)",
                done=False)  # fmt: skip
    add(r.registered_on, "Đăng ký nuôi con nuôi",
        detail=f"Giấy chứng nhận số {r.certificate_no}")  # fmt: skip
    add(r.handover_on, "Giao nhận con nuôi")
    for x in st.reports:
        if x.received_on:
            add(
                x.received_on, f"Nhận báo cáo lần {x.number}", detail=f"hạn {format_date(x.due_on)}"
            )
        else:
            add(x.due_on, f"Hạn báo cáo lần {x.number}", done=False)
    add(r.refused_on, "Từ chối đăng ký", detail=r.refusal_no)
    add(r.withdrawn_on, "Dừng đề xuất")
    return [entry for _on, _i, entry in sorted(events, key=lambda e: (e[0], e[1]))]
