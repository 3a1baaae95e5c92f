"""Monthly social assistance for children (Nghị định 20/2021/NĐ-CP): the dated base level
(mức chuẩn trợ giúp xã hội) and the months paid, each at base × coefficient."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord
from commune_care.db.models.activities import AssistanceLevelRecord, AssistancePaymentRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.activities import (
    AssistanceCategory,
    format_money,
    format_month,
    monthly_amount,
)
from commune_care.domain.dates import format_date
from commune_care.domain.errors import InvalidInput, NotFound, UserError
from commune_care.domain.schemas.activities import (
    AssistanceLevelIn,
    AssistanceLevelOut,
    PaymentFilter,
    PaymentOut,
    PaymentsIn,
)
from commune_care.services import audit

__all__ = ["AssistanceService", "PaymentTotals", "payment_totals"]


@dataclass(frozen=True)
class PaymentTotals:
    children: int
    months: int
    amount_vnd: int


def payment_totals(s: Session, start: date, end: date) -> PaymentTotals:
    """Assistance paid for the months that begin in ``start`` … ``end`` (archived rows and
    archived children left out)."""
    p = AssistancePaymentRecord
    children, months, amount = s.execute(
        select(func.count(func.distinct(p.child_id)), func.count(), func.sum(p.amount_vnd))
        .join(ChildRecord, ChildRecord.id == p.child_id)
        .where(p.archived.is_(False), ChildRecord.archived.is_(False),
               p.month >= start.replace(day=1), p.month <= end)
    ).one()  # fmt: skip
    return PaymentTotals(int(children), int(months), int(amount or 0))


def _age_at(birth_latest: date | None, day: date) -> int | None:
    if birth_latest is None:
        return None
    years = day.year - birth_latest.year - ((day.month, day.day) < (birth_latest.month,
                                                                    birth_latest.day))  # fmt: skip
    return max(years, 0)


class AssistanceService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    @staticmethod
    def validate_level(values: Mapping[str, Any]) -> AssistanceLevelIn:
        try:
            return AssistanceLevelIn.model_validate(dict(values))
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    @staticmethod
    def validate_payments(values: Mapping[str, Any]) -> PaymentsIn:
        try:
            return PaymentsIn.model_validate(dict(values))
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    # --- the base level ----------------------------------------------------------------------
    def levels(self) -> builtins.list[AssistanceLevelOut]:
        """Oldest first."""
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            return [
                _level_out(r)
                for r in s.scalars(
                    select(AssistanceLevelRecord).order_by(AssistanceLevelRecord.effective_from)
                )
            ]

    def level_on(self, day: date) -> AssistanceLevelOut | None:
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            record = self._level_on(s, day)
            return _level_out(record) if record is not None else None

    def save_level(
        self, data: AssistanceLevelIn, level_id: int | None = None
    ) -> AssistanceLevelOut:
        """Add a level (``level_id`` None) or correct one. Payments already recorded keep the
        base they were computed with."""
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            same_day = s.scalar(
                select(AssistanceLevelRecord).where(
                    AssistanceLevelRecord.effective_from == data.effective_from
                )
            )
            if same_day is not None and same_day.id != level_id:
                raise InvalidInput({"effective_from": f"Đã có mức chuẩn áp dụng từ ngày "
                                    f"{format_date(data.effective_from)}. Hãy sửa mức đó."})  # fmt: skip
            if level_id is None:
                record = AssistanceLevelRecord(**data.model_dump())
                s.add(record)
                s.flush()
                audit.record(s, self.user, "create", "assistance_level", record.id, {
                    **data.model_dump(), "summary": _level_summary(data)})  # fmt: skip
            else:
                found = s.get(AssistanceLevelRecord, level_id)
                if found is None:
                    raise NotFound("Không tìm thấy mức chuẩn này. Hãy tải lại danh sách.")
                record = found
                new = data.model_dump()
                old = {k: getattr(record, k) for k in new}
                for key, value in new.items():
                    setattr(record, key, value)
                if changes := audit.diff(old, new):
                    audit.record(s, self.user, "update", "assistance_level", level_id, {
                        **changes, "summary": _level_summary(data)})  # fmt: skip
            return _level_out(record)

    # --- payments ----------------------------------------------------------------------------
    def preview(self, data: PaymentsIn) -> builtins.list[PaymentOut]:
        """The rows ``add_payments`` would write (nothing is written): for the dialog."""
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            return [self._row_out(r, c) for r, c in self._rows(s, data)]

    def add_payments(self, data: PaymentsIn) -> builtins.list[PaymentOut]:
        """One row per month; all months or none."""
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            rows = self._rows(s, data)
            for record, _child in rows:
                s.add(record)
            s.flush()
            child = rows[0][1]
            total = sum(r.amount_vnd for r, _ in rows)
            audit.record(s, self.user, "create", "assistance_payment", rows[0][0].id, {
                "child_id": data.child_id, "category": data.category.value,
                "months": [format_month(r.month) for r, _ in rows],
                "amount_vnd": total,
                "summary": f"Trợ cấp xã hội {child.full_name}: {len(rows)} tháng "
                           f"({format_month(rows[0][0].month)}–{format_month(rows[-1][0].month)}),"
                           f" {format_money(total)} đ",
            })  # fmt: skip
            return [self._row_out(r, c) for r, c in rows]

    def set_payment_archived(self, payment_id: int, archived: bool) -> PaymentOut:
        """A month recorded by mistake leaves the figures (and may be recorded again)."""
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = s.get(AssistancePaymentRecord, payment_id)
            if record is None:
                raise NotFound("Không tìm thấy khoản trợ cấp này. Hãy tải lại danh sách.")
            child = s.get(ChildRecord, record.child_id)
            assert child is not None
            if record.archived != archived:
                if not archived and self._paid(s, record.child_id, record.month) is not None:
                    raise UserError(f"Tháng {format_month(record.month)} của {child.full_name} "
                                    "đã được ghi lại; không khôi phục được khoản này.")  # fmt: skip
                record.archived = archived
                record.updated_at = datetime.now()
                audit.record(s, self.user, "archive" if archived else "restore",
                             "assistance_payment", payment_id,
                             {"summary": f"Trợ cấp xã hội {child.full_name} tháng "
                                         f"{format_month(record.month)}"})  # fmt: skip
            return self._row_out(record, child)

    def payments(self, flt: PaymentFilter | None = None) -> builtins.list[PaymentOut]:
        """Latest month first, then by child."""
        require(self.actor, Permission.VIEW_CHILDREN)
        flt = flt or PaymentFilter()
        p = AssistancePaymentRecord
        stmt = (
            select(p, ChildRecord)
            .join(ChildRecord, ChildRecord.id == p.child_id)
            .where(p.archived.is_(flt.archived))
        )
        if flt.year is not None:
            stmt = stmt.where(p.month >= date(flt.year, 1, 1), p.month <= date(flt.year, 12, 1))
        if flt.child_id is not None:
            stmt = stmt.where(p.child_id == flt.child_id)
        stmt = stmt.order_by(p.month.desc(), ChildRecord.sort_key, p.id)
        with self.db.session() as s:
            return [self._row_out(r, c) for r, c in s.execute(stmt).all()]

    # --- helpers -----------------------------------------------------------------------------------
    @staticmethod
    def _level_on(s: Session, day: date) -> AssistanceLevelRecord | None:
        return s.scalar(
            select(AssistanceLevelRecord)
            .where(AssistanceLevelRecord.effective_from <= day)
            .order_by(AssistanceLevelRecord.effective_from.desc())
            .limit(1)
        )

    @staticmethod
    def _paid(s: Session, child_id: int, month: date) -> AssistancePaymentRecord | None:
        p = AssistancePaymentRecord
        return s.scalar(
            select(p).where(p.child_id == child_id, p.month == month, p.archived.is_(False))
        )

    def _rows(
        self, s: Session, data: PaymentsIn
    ) -> builtins.list[tuple[AssistancePaymentRecord, ChildRecord]]:
        child = s.get(ChildRecord, data.child_id)
        if child is None:
            raise InvalidInput({"child_id": "Không tìm thấy trẻ em đã chọn. Hãy chọn lại."})
        if child.archived:
            raise InvalidInput({"child_id": f"Hồ sơ của {child.full_name} ({child.code}) đã được "
                                "lưu trữ. Hãy khôi phục hồ sơ trước khi ghi trợ cấp."})  # fmt: skip
        now = datetime.now()
        rows = []
        for month in data.months:
            if self._paid(s, child.id, month) is not None:
                raise InvalidInput({"first_month": f"Tháng {format_month(month)} của "
                                    f"{child.full_name} đã được ghi trợ cấp. Hãy bỏ tháng đó."})  # fmt: skip
            level = self._level_on(s, month)
            if level is None:
                raise InvalidInput({"first_month": f"Chưa có mức chuẩn trợ giúp xã hội áp dụng "
                                    f"cho tháng {format_month(month)}. Hãy thêm mức chuẩn trong "
                                    "«Mức chuẩn trợ giúp xã hội»."})  # fmt: skip
            coefficient = data.coefficient or data.category.coefficient(
                _age_at(child.birth_latest, month)
            )
            if coefficient is None:
                raise InvalidInput({"coefficient": f"Hệ số của đối tượng này tùy theo tuổi, mà "
                                    f"{child.full_name} chưa có ngày sinh. Hãy nhập hệ số."})  # fmt: skip
            rows.append((AssistancePaymentRecord(
                child_id=child.id, category=data.category.value, month=month,
                base_vnd=level.base_vnd, coefficient=str(coefficient),
                amount_vnd=monthly_amount(level.base_vnd, coefficient), paid_on=data.paid_on,
                note=data.note, archived=False, created_at=now, updated_at=now), child))  # fmt: skip
        return rows

    @staticmethod
    def _row_out(r: AssistancePaymentRecord, child: ChildRecord) -> PaymentOut:
        category = AssistanceCategory(r.category)
        return PaymentOut(
            id=r.id or 0, child_id=r.child_id, child_code=child.code, child_name=child.full_name,
            category=category, category_label=category.label, month=r.month, base_vnd=r.base_vnd,
            coefficient=Decimal(r.coefficient), amount_vnd=r.amount_vnd, paid_on=r.paid_on,
            note=r.note, archived=bool(r.archived),
        )  # fmt: skip


def _level_out(r: AssistanceLevelRecord) -> AssistanceLevelOut:
    return AssistanceLevelOut(
        id=r.id, effective_from=r.effective_from, base_vnd=r.base_vnd, legal_basis=r.legal_basis
    )


def _level_summary(data: AssistanceLevelIn) -> str:
    return (f"Mức chuẩn trợ giúp xã hội {format_money(data.base_vnd)} đ/tháng từ "
            f"{format_date(data.effective_from)}")  # fmt: skip
