"""The commune profile and its villages (set up at first start, edited in Settings)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, CommuneProfileRecord, VillageRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.enums import VillageKind
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.schemas.commune import (
    CommuneProfileIn,
    CommuneProfileOut,
    VillageIn,
    VillageOut,
)
from commune_care.domain.textfold import fold
from commune_care.services import audit

_PROFILE_FIELDS = tuple(CommuneProfileIn.model_fields)


class CommuneService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    def is_set_up(self) -> bool:
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(CommuneProfileRecord)) == 1

    def profile(self) -> CommuneProfileOut | None:
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            record = s.scalar(select(CommuneProfileRecord))
            if record is None:
                return None
            values = {f: getattr(record, f) for f in _PROFILE_FIELDS}
            return CommuneProfileOut(**values, villages=tuple(self._villages(s, False)))

    def save_profile(
        self, profile: CommuneProfileIn, villages: Sequence[VillageIn] | None = None
    ) -> CommuneProfileOut:
        """Create or update the profile; ``villages`` (when given) is the whole new list."""
        require(self.actor, Permission.EDIT_SETTINGS)
        if villages is not None:
            self._check_villages(villages)
        with self.db.session() as s:
            record = s.scalar(select(CommuneProfileRecord))
            new = profile.model_dump()
            if record is None:
                record = CommuneProfileRecord(id=1, updated_at=datetime.now(), **new)
                s.add(record)
                audit.record(s, self.user, "create", "commune", 1, new)
            else:
                old = {f: getattr(record, f) for f in _PROFILE_FIELDS}
                for key, value in new.items():
                    setattr(record, key, value)
                record.updated_at = datetime.now()
                if changes := audit.diff(old, new):
                    audit.record(s, self.user, "update", "commune", 1, changes)
            if villages is not None:
                self._replace_villages(s, villages)
        result = self.profile()
        assert result is not None
        return result

    def villages(self, include_inactive: bool = False) -> list[VillageOut]:
        require(self.actor, Permission.VIEW_STATISTICS)
        with self.db.session() as s:
            return self._villages(s, include_inactive)

    # --- villages --------------------------------------------------------------------------
    @staticmethod
    def _check_villages(villages: Sequence[VillageIn]) -> None:
        seen: dict[str, str] = {}
        for village in villages:
            key = fold(village.name)
            if key in seen:
                raise InvalidInput(
                    {"villages": f"Thôn «{village.name}» bị nhập hai lần. Hãy xóa một dòng."}
                )
            seen[key] = village.name

    @staticmethod
    def _villages(s: Session, include_inactive: bool) -> list[VillageOut]:
        # Summed over all rows (not WHERE archived) so SQLite reads ix_children_village_sort
        # alone instead of every row of the table.
        not_archived = case((ChildRecord.archived.is_(False), 1), else_=0)
        rows = s.execute(
            select(ChildRecord.village_id, func.sum(not_archived)).group_by(ChildRecord.village_id)
        )
        counts: dict[int | None, int] = {village_id: int(n or 0) for village_id, n in rows}
        stmt = select(VillageRecord).order_by(VillageRecord.position, VillageRecord.id)
        if not include_inactive:
            stmt = stmt.where(VillageRecord.active.is_(True))
        return [
            VillageOut(
                id=v.id,
                name=v.name,
                kind=VillageKind(v.kind),
                active=v.active,
                child_count=int(counts.get(v.id, 0)),
            )
            for v in s.scalars(stmt)
        ]

    def _replace_villages(self, s: Session, villages: Sequence[VillageIn]) -> None:
        """Keep ids of villages that stay; a removed village that has children is retired
        (kept for their records), an unused one is deleted."""
        existing = {v.id: v for v in s.scalars(select(VillageRecord))}
        ordered = sorted((v for v in existing.values() if v.active), key=lambda v: v.position)
        before = ", ".join(v.name for v in ordered)
        kept: set[int] = set()
        for position, village in enumerate(villages):
            if village.id is not None:
                record = existing.get(village.id)
                if record is None:
                    raise NotFound(f"Không tìm thấy thôn có mã {village.id}.")
                record.name, record.kind = village.name, village.kind.value
                record.position, record.active = position, True
                kept.add(village.id)
            else:
                s.add(
                    VillageRecord(
                        name=village.name, kind=village.kind.value, position=position, active=True
                    )
                )
        used = set(s.scalars(select(ChildRecord.village_id).distinct()))
        for vid, record in existing.items():
            if vid in kept:
                continue
            if vid in used:
                record.active = False
            else:
                s.delete(record)
        after = ", ".join(v.name for v in villages)
        changes = {"summary": after, "villages": [before, after]} if before != after else {
            "summary": after}  # fmt: skip
        audit.record(s, self.user, "update", "villages", None, changes)

    @staticmethod
    def validate_profile(values: dict[str, object]) -> CommuneProfileIn:
        """Build a profile from raw form values, or raise InvalidInput with field messages."""
        try:
            return CommuneProfileIn.model_validate(values)
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None
