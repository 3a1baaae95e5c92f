"""Use cases of services, referrals and providers (issue #3, item 3).

One service model and one referral model for every programme: case management links them to a
case (and a task of its plan), the mental-health follow-up and alternative care use the same rows.
Each method is one unit of work with its audit row; nothing is deleted except a provider that
nothing points to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord
from commune_care.db.models.case import CaseCycleRecord, CasePlanTaskRecord, CaseRecord
from commune_care.db.models.support import ChildServiceRecord, ProviderRecord, ReferralRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require, require_any
from commune_care.domain.dates import format_date
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.schemas.support import (
    ProviderIn,
    ProviderOut,
    ReferralIn,
    ReferralOut,
    ReferralStatusIn,
    ServiceIn,
    ServiceOut,
)
from commune_care.domain.support import (
    OPEN_REFERRAL_STATUSES,
    Programme,
    ProviderKind,
    ReferralStatus,
    ServiceSetting,
    ServiceType,
)
from commune_care.domain.textfold import fold
from commune_care.services import audit

__all__ = ["SupportService", "service_out", "services_of", "services_query"]

_M = TypeVar("_M", bound=BaseModel)


def _validate(model: type[_M], values: Mapping[str, Any]) -> _M:
    try:
        return model.model_validate(dict(values))
    except ValidationError as exc:
        raise InvalidInput.from_pydantic(exc) from None


def _plain(data: BaseModel) -> dict[str, Any]:
    """A DTO as column values: enums as their stored codes, no value as ''."""
    values = data.model_dump()
    for key, value in values.items():
        if isinstance(value, Enum):
            values[key] = value.value
        elif value is None and key in _CODE_COLUMNS:
            values[key] = ""
    return values


_CODE_COLUMNS = {"setting", "service_type"}  # optional choices stored as '' when not made


# --- reading rows as DTOs ----------------------------------------------------------------------
def services_query() -> Select[ChildServiceRecord, str, str, str]:
    """Services with the child's code and name and the provider's name (to filter and order)."""
    return (
        select(ChildServiceRecord, ChildRecord.code, ChildRecord.full_name, ProviderRecord.name)
        .join(ChildRecord, ChildRecord.id == ChildServiceRecord.child_id)
        .outerjoin(ProviderRecord, ProviderRecord.id == ChildServiceRecord.provider_id)
    )


def service_out(
    r: ChildServiceRecord, child_code: str, child_name: str, provider: str | None
) -> ServiceOut:
    service_type = ServiceType(r.type)
    setting = ServiceSetting(r.setting) if r.setting else None
    return ServiceOut.model_construct(
        id=r.id,
        child_id=r.child_id,
        child_code=child_code,
        child_name=child_name,
        type=service_type,
        type_label=service_type.label,
        setting=setting,
        setting_label=setting.label if setting else "",
        provider_id=r.provider_id,
        provider_name=r.provider_name,
        provider=provider or r.provider_name,
        description=r.description,
        start_date=r.start_date,
        end_date=r.end_date,
        outcome=r.outcome,
        case_id=r.case_id,
        plan_task_id=r.plan_task_id,
        programme=Programme(r.programme),
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


def _referrals_query() -> Select[ReferralRecord, str, str, str]:
    return (
        select(ReferralRecord, ChildRecord.code, ChildRecord.full_name, ProviderRecord.name)
        .join(ChildRecord, ChildRecord.id == ReferralRecord.child_id)
        .outerjoin(ProviderRecord, ProviderRecord.id == ReferralRecord.provider_id)
    )


def _referral_out(
    r: ReferralRecord, child_code: str, child_name: str, provider: str | None
) -> ReferralOut:
    status = ReferralStatus(r.status)
    service_type = ServiceType(r.service_type) if r.service_type else None
    return ReferralOut.model_construct(
        id=r.id,
        child_id=r.child_id,
        child_code=child_code,
        child_name=child_name,
        provider_id=r.provider_id,
        to_whom=r.to_whom,
        recipient=provider or r.to_whom,
        service_type=service_type,
        service_type_label=service_type.label if service_type else "",
        referred_on=r.referred_on,
        reason=r.reason,
        status=status,
        status_label=status.label,
        status_date=r.status_date,
        feedback=r.feedback,
        case_id=r.case_id,
        programme=Programme(r.programme),
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


def _provider_out(r: ProviderRecord, in_use: bool) -> ProviderOut:
    kind = ProviderKind(r.kind)
    return ProviderOut.model_construct(
        id=r.id,
        name=r.name,
        kind=kind,
        kind_label=kind.label,
        address=r.address,
        phone=r.phone,
        note=r.note,
        active=r.active,
        in_use=in_use,
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


def _provider_in_use(provider_id: Any) -> Any:
    return or_(
        exists().where(ChildServiceRecord.provider_id == provider_id),
        exists().where(ReferralRecord.provider_id == provider_id),
    )


class SupportService:
    """Providers, services and referrals; every change in the audit trail."""

    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    # --- input -----------------------------------------------------------------------------
    @staticmethod
    def validate_provider(values: Mapping[str, Any]) -> ProviderIn:
        return _validate(ProviderIn, values)

    @staticmethod
    def validate_service(values: Mapping[str, Any]) -> ServiceIn:
        return _validate(ServiceIn, values)

    @staticmethod
    def validate_referral(values: Mapping[str, Any]) -> ReferralIn:
        return _validate(ReferralIn, values)

    @staticmethod
    def validate_referral_status(values: Mapping[str, Any]) -> ReferralStatusIn:
        return _validate(ReferralStatusIn, values)

    # --- providers -------------------------------------------------------------------------
    def providers(self, include_inactive: bool = False) -> list[ProviderOut]:
        """The managed list in name order; deactivated ones only when asked."""
        require_any(self.actor, Permission.VIEW_CASES, Permission.VIEW_CARE)
        with self.db.session() as s:
            in_use = _provider_in_use(ProviderRecord.id).label("in_use")
            stmt = select(ProviderRecord, in_use).order_by(
                ProviderRecord.name_key, ProviderRecord.id
            )
            if not include_inactive:
                stmt = stmt.where(ProviderRecord.active.is_(True))
            return [_provider_out(r, bool(used)) for r, used in s.execute(stmt)]

    def provider(self, provider_id: int) -> ProviderOut:
        require_any(self.actor, Permission.VIEW_CASES, Permission.VIEW_CARE)
        with self.db.session() as s:
            return self._provider_out(s, self._provider(s, provider_id))

    def create_provider(self, data: ProviderIn) -> ProviderOut:
        require(self.actor, Permission.EDIT_CASES)
        now = datetime.now()
        with self.db.session() as s:
            self._check_provider_name(s, data.name, exclude_id=None)
            values = _plain(data)
            record = ProviderRecord(**values, name_key=fold(data.name), created_at=now,
                                    updated_at=now)  # fmt: skip
            s.add(record)
            s.flush()
            audit.record(s, self.user, "create", "provider", record.id, values)
            return _provider_out(record, in_use=False)

    def update_provider(self, provider_id: int, data: ProviderIn) -> ProviderOut:
        """Edit a provider; services and referrals that point to it follow the new name."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record = self._provider(s, provider_id)
            self._check_provider_name(s, data.name, exclude_id=provider_id)
            new = _plain(data)
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            record.name_key = fold(data.name)
            if changes := audit.diff(old, new):
                record.updated_at = datetime.now()
                audit.record(s, self.user, "update", "provider", provider_id, changes)
            s.flush()
            return self._provider_out(s, record)

    def deactivate_provider(self, provider_id: int) -> ProviderOut:
        """Take a provider off the list offered for new services; its history stays."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record = self._provider(s, provider_id)
            if not record.active:
                raise InvalidInput(
                    {"active": "Nơi cung cấp dịch vụ này đã ngừng sử dụng từ trước."}
                )
            record.active, record.updated_at = False, datetime.now()
            audit.record(s, self.user, "deactivate", "provider", provider_id,
                         {"summary": record.name, "active": [True, False]})  # fmt: skip
            s.flush()
            return self._provider_out(s, record)

    def delete_provider(self, provider_id: int) -> None:
        """Remove a provider entered by mistake. One that a service or referral points to is
        never deleted: deactivate it instead."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record = self._provider(s, provider_id)
            if s.scalar(select(_provider_in_use(provider_id))):
                raise InvalidInput(
                    {"provider_id": f"«{record.name}» đã có dịch vụ hoặc chuyển gửi ghi nhận, "
                     "không xóa được. Hãy chọn «Ngừng sử dụng» để giữ lại lịch sử."}
                )  # fmt: skip
            gone = {c.key: getattr(record, c.key) for c in record.__table__.columns}
            changes: dict[str, Any] = audit.diff(gone, {})  # every old value, kept in the trail
            changes["summary"] = record.name
            audit.record(s, self.user, "delete", "provider", provider_id, changes)
            s.delete(record)

    # --- services --------------------------------------------------------------------------
    def service(self, service_id: int) -> ServiceOut:
        require(self.actor, Permission.VIEW_CASES)
        with self.db.session() as s:
            return self._service_out(s, service_id)

    def services_for_child(self, child_id: int) -> list[ServiceOut]:
        """Every service of a child, newest first."""
        require(self.actor, Permission.VIEW_CASES)
        return self._services(ChildServiceRecord.child_id == child_id)

    def services_for_case(self, case_id: int) -> list[ServiceOut]:
        require(self.actor, Permission.VIEW_CASES)
        return self._services(ChildServiceRecord.case_id == case_id)

    def add_service(self, data: ServiceIn) -> ServiceOut:
        require(self.actor, Permission.EDIT_CASES)
        now = datetime.now()
        with self.db.session() as s:
            self._check_links(s, data, None)
            values = _plain(data)
            record = ChildServiceRecord(**values, created_at=now, updated_at=now)
            s.add(record)
            s.flush()
            changes = values | {"summary": _service_summary(data)}
            audit.record(s, self.user, "create", "service", record.id, changes)
            return self._service_out(s, record.id)

    def update_service(self, service_id: int, data: ServiceIn) -> ServiceOut:
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record = self._service(s, service_id)
            if data.child_id != record.child_id:
                raise InvalidInput(
                    {"child_id": "Không chuyển được dịch vụ sang trẻ khác. Hãy ghi dịch vụ mới "
                     "cho trẻ đó."}
                )  # fmt: skip
            self._check_links(s, data, record)
            new = _plain(data)
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            if changes := audit.diff(old, new):
                record.updated_at = datetime.now()
                changes["summary"] = _service_summary(data)  # type: ignore[assignment]
                audit.record(s, self.user, "update", "service", service_id, changes)
            s.flush()
            return self._service_out(s, service_id)

    def end_service(
        self, service_id: int, end_date: date, outcome: str | None = None
    ) -> ServiceOut:
        """Close a service on a date, with its outcome (kept when ``outcome`` is None)."""
        require(self.actor, Permission.EDIT_CASES)
        current = self.service(service_id)
        values = current.model_dump(include=set(ServiceIn.model_fields))
        values["end_date"] = end_date
        if outcome is not None:
            values["outcome"] = outcome
        return self.update_service(service_id, self.validate_service(values))

    # --- referrals -------------------------------------------------------------------------
    def referral(self, referral_id: int) -> ReferralOut:
        require(self.actor, Permission.VIEW_CASES)
        with self.db.session() as s:
            return self._referral_out(s, referral_id)

    def referrals_for_child(self, child_id: int) -> list[ReferralOut]:
        require(self.actor, Permission.VIEW_CASES)
        return self._referrals(ReferralRecord.child_id == child_id)

    def referrals_for_case(self, case_id: int) -> list[ReferralOut]:
        require(self.actor, Permission.VIEW_CASES)
        return self._referrals(ReferralRecord.case_id == case_id)

    def open_referrals(self) -> list[ReferralOut]:
        """Referrals still waiting for an answer or the service (sent, accepted), oldest first:
        what the officer has to follow up."""
        require(self.actor, Permission.VIEW_CASES)
        with self.db.session() as s:
            stmt = (
                _referrals_query()
                .where(ReferralRecord.status.in_([st.value for st in OPEN_REFERRAL_STATUSES]))
                .order_by(ReferralRecord.status_date, ReferralRecord.id)
            )
            return [_referral_out(*row) for row in s.execute(stmt)]

    def add_referral(self, data: ReferralIn) -> ReferralOut:
        require(self.actor, Permission.EDIT_CASES)
        now = datetime.now()
        with self.db.session() as s:
            self._check_links(s, data, None)
            values = _plain(data)
            record = ReferralRecord(**values, created_at=now, updated_at=now)
            s.add(record)
            s.flush()
            audit.record(s, self.user, "create", "referral", record.id, values)
            return self._referral_out(s, record.id)

    def update_referral(self, referral_id: int, data: ReferralIn) -> ReferralOut:
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record = self._referral(s, referral_id)
            if data.child_id != record.child_id:
                raise InvalidInput(
                    {"child_id": "Không chuyển được chuyển gửi sang trẻ khác. Hãy ghi chuyển gửi "
                     "mới cho trẻ đó."}
                )  # fmt: skip
            self._check_links(s, data, record)
            new = _plain(data)
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            if changes := audit.diff(old, new):
                record.updated_at = datetime.now()
                audit.record(s, self.user, "update", "referral", referral_id, changes)
            s.flush()
            return self._referral_out(s, referral_id)

    def set_referral_status(self, referral_id: int, data: ReferralStatusIn) -> ReferralOut:
        """The provider's answer: accepted, served or declined (or back to sent), on a date that
        is not before the referral, with its feedback."""
        require(self.actor, Permission.EDIT_CASES)
        with self.db.session() as s:
            record = self._referral(s, referral_id)
            if data.status_date < record.referred_on:
                raise InvalidInput(
                    {"status_date": f"Ngày cập nhật trạng thái ({format_date(data.status_date)}) "
                     f"trước ngày chuyển gửi ({format_date(record.referred_on)}). "
                     "Hãy kiểm tra lại."}
                )  # fmt: skip
            new = {"status": data.status.value, "status_date": data.status_date,
                   "feedback": data.feedback}  # fmt: skip
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            if changes := audit.diff(old, new):
                record.updated_at = datetime.now()
                changes["summary"] = data.status.label  # type: ignore[assignment]
                audit.record(s, self.user, "status", "referral", referral_id, changes)
            s.flush()
            return self._referral_out(s, referral_id)

    # --- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _provider(s: Session, provider_id: int) -> ProviderRecord:
        record = s.get(ProviderRecord, provider_id)
        if record is None:
            raise NotFound("Không tìm thấy nơi cung cấp dịch vụ này; có thể nó đã bị xóa.")
        return record

    @staticmethod
    def _provider_out(s: Session, record: ProviderRecord) -> ProviderOut:
        return _provider_out(record, bool(s.scalar(select(_provider_in_use(record.id)))))

    @staticmethod
    def _check_provider_name(s: Session, name: str, exclude_id: int | None) -> None:
        stmt = select(ProviderRecord.name).where(ProviderRecord.name_key == fold(name))
        if exclude_id is not None:
            stmt = stmt.where(ProviderRecord.id != exclude_id)
        if (same := s.scalar(stmt.limit(1))) is not None:
            raise InvalidInput(
                {"name": f"Đã có nơi cung cấp dịch vụ tên «{same}» (có thể đã ngừng sử dụng). "
                 "Hãy dùng nơi đã có hoặc đặt tên khác."}
            )  # fmt: skip

    @staticmethod
    def _service(s: Session, service_id: int) -> ChildServiceRecord:
        record = s.get(ChildServiceRecord, service_id)
        if record is None:
            raise NotFound("Không tìm thấy dịch vụ này; có thể nó đã bị thay đổi.")
        return record

    @staticmethod
    def _service_out(s: Session, service_id: int) -> ServiceOut:
        row = s.execute(services_query().where(ChildServiceRecord.id == service_id)).first()
        if row is None:
            raise NotFound("Không tìm thấy dịch vụ này; có thể nó đã bị thay đổi.")
        return service_out(*row)

    def _services(self, where: Any) -> list[ServiceOut]:
        with self.db.session() as s:
            stmt = (
                services_query()
                .where(where)
                .order_by(ChildServiceRecord.start_date.desc(), ChildServiceRecord.id.desc())
            )
            return [service_out(*row) for row in s.execute(stmt)]

    @staticmethod
    def _referral(s: Session, referral_id: int) -> ReferralRecord:
        record = s.get(ReferralRecord, referral_id)
        if record is None:
            raise NotFound("Không tìm thấy chuyển gửi này; có thể nó đã bị thay đổi.")
        return record

    @staticmethod
    def _referral_out(s: Session, referral_id: int) -> ReferralOut:
        row = s.execute(_referrals_query().where(ReferralRecord.id == referral_id)).first()
        if row is None:
            raise NotFound("Không tìm thấy chuyển gửi này; có thể nó đã bị thay đổi.")
        return _referral_out(*row)

    def _referrals(self, where: Any) -> list[ReferralOut]:
        with self.db.session() as s:
            stmt = (
                _referrals_query()
                .where(where)
                .order_by(ReferralRecord.referred_on.desc(), ReferralRecord.id.desc())
            )
            return [_referral_out(*row) for row in s.execute(stmt)]

    @staticmethod
    def _check_links(
        s: Session,
        data: ServiceIn | ReferralIn,
        record: ChildServiceRecord | ReferralRecord | None,
    ) -> None:
        """The child, provider, case and plan task a service or referral points to exist and fit
        together. What a saved row already points to stays allowed (a provider deactivated since,
        a child archived since)."""
        errors: dict[str, str] = {}
        child = s.get(ChildRecord, data.child_id)
        if child is None:
            errors["child_id"] = "Không tìm thấy trẻ này trong danh sách. Hãy chọn lại trẻ."
        elif child.archived and record is None:
            errors["child_id"] = (
                f"Hồ sơ của trẻ {child.full_name} ({child.code}) đã được lưu trữ. Hãy khôi phục "
                "hồ sơ trước khi ghi thêm."
            )
        field = "provider_id"
        if data.provider_id is not None and (
            record is None or record.provider_id != data.provider_id
        ):
            provider = s.get(ProviderRecord, data.provider_id)
            if provider is None:
                errors[field] = "Nơi cung cấp dịch vụ đã chọn không còn trong danh sách."
            elif not provider.active:
                errors[field] = (
                    f"«{provider.name}» đã ngừng sử dụng. Hãy chọn nơi khác, hoặc dùng lại nơi "
                    "này trong danh sách nơi cung cấp dịch vụ trước."
                )
        if data.case_id is not None:
            case = s.get(CaseRecord, data.case_id)
            if case is None:
                errors["case_id"] = "Không tìm thấy hồ sơ hỗ trợ, can thiệp đã chọn."
            elif case.child_id is None:
                errors["case_id"] = (
                    f"Hồ sơ {case.code} chưa gắn với trẻ nào. Hãy gắn trẻ vào hồ sơ trước."
                )
            elif case.child_id != data.child_id:
                errors["case_id"] = f"Hồ sơ {case.code} là hồ sơ của một trẻ khác. Hãy chọn lại."
        plan_task_id = getattr(data, "plan_task_id", None)
        if plan_task_id is not None and "case_id" not in errors:
            task_case = s.scalar(
                select(CaseCycleRecord.case_id)
                .join(CasePlanTaskRecord, CasePlanTaskRecord.cycle_id == CaseCycleRecord.id)
                .where(CasePlanTaskRecord.id == plan_task_id)
            )
            if task_case is None or task_case != data.case_id:
                errors["plan_task_id"] = (
                    "Công việc đã chọn không thuộc kế hoạch của hồ sơ này. Hãy chọn lại."
                )
        if errors:
            raise InvalidInput(errors)


def _service_summary(data: ServiceIn) -> str:
    return f"{data.type.label} từ {format_date(data.start_date)}"


def services_of(
    s: Session, child_ids: Sequence[int], until: date | None = None
) -> dict[int, list[ServiceOut]]:
    """The services of these children (started on or before ``until``), oldest first."""
    result: dict[int, list[ServiceOut]] = {}
    if not child_ids:
        return result
    stmt = services_query().where(ChildServiceRecord.child_id.in_(child_ids))
    if until is not None:
        stmt = stmt.where(ChildServiceRecord.start_date <= until)
    stmt = stmt.order_by(ChildServiceRecord.child_id, ChildServiceRecord.start_date,
                         ChildServiceRecord.id)  # fmt: skip
    for row in s.execute(stmt):
        result.setdefault(row[0].child_id, []).append(service_out(*row))
    return result
