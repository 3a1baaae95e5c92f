"""Use cases of the child register: create, edit, archive/restore, classify, find, list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from pydantic import ValidationError
from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ClassificationRecord, VillageRecord
from commune_care.db.repositories.children import (
    ChildRepository,
    ChildSort,
    birth_of,
    effective_status,
)
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.confidential import CHILD_NOTES, MENTAL_HEALTH_DETAILS, is_mental_health
from commune_care.domain.dates import PartialDate, age_on
from commune_care.domain.enums import ChildStatus, Household, ParentStatus, Sex
from commune_care.domain.errors import InvalidInput, LikelyDuplicate, NotFound
from commune_care.domain.ethnicities import ethnicity_name
from commune_care.domain.groups import GROUP_BY_CODE
from commune_care.domain.rules import identity_number_warnings
from commune_care.domain.schemas.children import (
    ChildFilter,
    ChildIn,
    ChildOut,
    ChildSummary,
    ClassificationIn,
    ClassificationOut,
    DuplicateMatch,
    HistoryEntry,
)
from commune_care.domain.schemas.text import clean_text
from commune_care.domain.textfold import fold, fold_words
from commune_care.services import audit, confidential

__all__ = [
    "ChildSort",
    "ChildrenService",
    "DuplicateKeys",
    "NewChild",
    "audit_view",
    "child_code",
    "duplicate_reasons",
    "insert_children",
    "keys_for",
    "record_values",
]

CODE_PREFIX = "TE"
ARCHIVE_REASON_MAX = 255
_SIMPLE_FIELDS = (
    "full_name", "id_number", "ethnicity_code", "village_id", "address", "school",
    "school_class", "father_name", "mother_name", "caregiver_name", "caregiver_relationship",
    "caregiver_phone", "bhyt_expiry", "bhyt_number", "status_note", "notes",
    "confidential_notes", "registered_on", "over_age_reason",
)  # fmt: skip
_ENUM_FIELDS = ("sex", "father_status", "mother_status", "household", "status")


def child_code(child_id: int) -> str:
    return f"{CODE_PREFIX}{child_id:06d}"


def keys_for(data: ChildIn, code: str) -> dict[str, str]:
    """The folded keys stored with a child: search, sort (given name first), duplicates."""
    name = fold(data.full_name)
    given = name.rsplit(" ", 1)[-1]
    number = code[len(CODE_PREFIX) :].lstrip("0")
    parts = [name, code.lower(), number, data.id_number, fold(data.father_name),
             fold(data.mother_name), fold(data.caregiver_name)]  # fmt: skip
    return {
        "search_key": " ".join(p for p in parts if p),
        "sort_key": f"{given} {name}",
        "name_key": name,
        "parents_key": f"{fold(data.father_name)}|{fold(data.mother_name)}",
    }


def record_values(data: ChildIn) -> dict[str, Any]:
    """ChildIn → column values (without code and keys)."""
    values: dict[str, Any] = {f: getattr(data, f) for f in _SIMPLE_FIELDS}
    values.update({f: getattr(data, f).value for f in _ENUM_FIELDS})
    birth = data.birth
    values.update(
        birth_year=birth.year if birth else None,
        birth_month=birth.month if birth else None,
        birth_day=birth.day if birth else None,
        birth_estimated=birth.estimated if birth else False,
        birth_latest=birth.latest if birth else None,
    )
    return values


def to_child_in(record: ChildRecord) -> ChildIn:
    """The stored child as input again (what an edit dialog starts from)."""
    values: dict[str, Any] = {f: getattr(record, f) for f in _SIMPLE_FIELDS}
    values.update(
        sex=Sex(record.sex),
        father_status=ParentStatus(record.father_status),
        mother_status=ParentStatus(record.mother_status),
        household=Household(record.household),
        status=ChildStatus(record.status),
        birth=birth_of(record),
    )
    return ChildIn.model_construct(**values)


def audit_view(values: Mapping[str, Any]) -> dict[str, Any]:
    # Confidential text is never copied into the trail: only the fact that it changed.
    view = dict(values)
    if "confidential_notes" in view:
        view["confidential_notes"] = "(nội dung mật)" if view["confidential_notes"] else ""
    return view


def classification_out(
    record: ClassificationRecord, on: date, hide_details: bool = False
) -> ClassificationOut:
    """``hide_details``: a mental-health group's basis and note are confidential; they are
    left out (and ``details_hidden`` set) for a role that may not see them."""
    group = GROUP_BY_CODE[record.group_code]
    hidden = hide_details and is_mental_health(record.group_code)
    return ClassificationOut(
        id=record.id,
        group_code=record.group_code,
        group_label=group.label,
        subgroup=record.subgroup,
        subgroup_label=group.subgroup_name(record.subgroup),
        start_date=record.start_date,
        end_date=record.end_date,
        basis="" if hidden else record.basis,
        note="" if hidden else record.note,
        identified_by=record.identified_by or "",
        active=record.start_date <= on and (record.end_date is None or record.end_date >= on),
        details_hidden=hidden,
    )


def without_confidential(child: ChildOut) -> ChildOut:
    """``child`` with its confidential fields left out, for a print that does not carry them
    (the notes, a mental-health group's basis and note)."""
    groups = tuple(
        c.model_copy(update={"basis": "", "note": "", "details_hidden": True})
        if is_mental_health(c.group_code)
        else c
        for c in child.classifications
    )
    return child.model_copy(
        update={"confidential_notes": "", "confidential_hidden": True, "classifications": groups}
    )


@dataclass(frozen=True, slots=True)
class DuplicateKeys:
    """What the duplicate check compares: folded name, folded parents, số định danh, birth."""

    name_key: str
    parents_key: str
    id_number: str
    birth: PartialDate | None

    @classmethod
    def of(cls, data: ChildIn) -> DuplicateKeys:
        """The keys ``keys_for`` stores for this child."""
        parents = f"{fold(data.father_name)}|{fold(data.mother_name)}"
        return cls(fold(data.full_name), parents, data.id_number, data.birth)

    @classmethod
    def of_record(cls, record: Any) -> DuplicateKeys:
        """From a ``ChildRecord`` or a row with the same column names."""
        birth = (
            PartialDate(
                record.birth_year, record.birth_month, record.birth_day, record.birth_estimated
            )
            if record.birth_year is not None
            else None
        )
        return cls(record.name_key, record.parents_key, record.id_number, birth)


def duplicate_reasons(new: DuplicateKeys, other: DuplicateKeys) -> list[str]:
    """Why ``other`` is probably the same child as ``new`` (empty: it is not): the same số định
    danh; the same folded name and the same birth year (or day); the same name and parents."""
    reasons = []
    if new.id_number and other.id_number == new.id_number:
        reasons.append(f"Trùng số định danh cá nhân {new.id_number}")
    if other.name_key == new.name_key:
        if new.birth and other.birth and new.birth.year == other.birth.year:
            same_day = new.birth.iso() == other.birth.iso()
            reasons.append("Trùng họ tên và ngày sinh" if same_day else "Trùng họ tên và năm sinh")
        if new.parents_key != "|" and other.parents_key == new.parents_key:
            reasons.append("Trùng họ tên và tên cha mẹ")
    return reasons


@dataclass(frozen=True, slots=True)
class NewChild:
    """A child to write in bulk, with its groups and a line for its history."""

    data: ChildIn
    groups: Sequence[ClassificationIn] = ()
    summary: str = ""  # shown in the child's history beside "Tạo hồ sơ"


def insert_children(s: Session, items: Sequence[NewChild], user: str) -> list[str]:
    """Write many new children as ``create`` and ``classify`` write one — the same columns,
    folded keys and audit rows — with a few multi-row INSERTs instead of thousands of ORM
    objects; the FTS triggers index them. Call it inside a unit of work that has already
    written something (so it holds SQLite's write lock and the ids read here stay free).
    No duplicate check: the caller has made it. Returns the codes, in order."""
    if not items:
        return []
    now = datetime.now()
    first_id = int(s.scalar(select(func.max(ChildRecord.id))) or 0) + 1
    children: list[dict[str, Any]] = []
    groups: list[dict[str, Any]] = []
    trail: list[dict[str, Any]] = []
    codes: list[str] = []
    for offset, item in enumerate(items):
        child_id = first_id + offset
        code = child_code(child_id)
        values = record_values(item.data)
        children.append(
            {**values, "id": child_id, "code": code, "created_at": now, "updated_at": now,
             **keys_for(item.data, code)}
        )  # fmt: skip
        changes = audit_view(values)
        if item.summary:
            changes["summary"] = item.summary
        trail.append(audit.row(user, "create", "child", child_id, changes, now))
        for group in item.groups:
            groups.append({"child_id": child_id, "created_at": now, **group.model_dump()})
            label = GROUP_BY_CODE[group.group_code].label
            trail.append(audit.row(user, "classify", "child", child_id, {"summary": label}, now))
        codes.append(code)
    conn = s.connection()
    conn.execute(insert(cast(Table, ChildRecord.__table__)), children)
    if groups:
        conn.execute(insert(cast(Table, ClassificationRecord.__table__)), groups)
    audit.append(s, trail)
    return codes


class ChildrenService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail

    # --- input -----------------------------------------------------------------------------
    @staticmethod
    def validate(values: Mapping[str, Any]) -> ChildIn:
        """Build a ChildIn from raw form values, or raise InvalidInput (field → message)."""
        try:
            return ChildIn.model_validate(dict(values))
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    @staticmethod
    def warnings(data: ChildIn) -> list[str]:
        """Things worth a second look that do not stop saving."""
        if not data.id_number:
            return []
        return identity_number_warnings(data.id_number, data.sex, data.birth)

    # --- reading ---------------------------------------------------------------------------
    def get(self, child_id: int, on: date | None = None) -> ChildOut:
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            record = ChildRepository(s).get(child_id)
            if record is None:
                raise NotFound(f"Không tìm thấy trẻ có mã số {child_id}.")
            return self._out(s, record, on or date.today())

    def get_by_code(self, code: str, on: date | None = None) -> ChildOut:
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            record = ChildRepository(s).get_by_code(code.strip())
            if record is None:
                raise NotFound(f"Không tìm thấy trẻ có mã «{code.strip()}».")
            return self._out(s, record, on or date.today())

    def list_ids(
        self,
        flt: ChildFilter,
        sort: ChildSort = ChildSort.NAME,
        descending: bool = False,
        limit: int | None = None,
    ) -> list[int]:
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            return ChildRepository(s).ids(flt, sort, descending, limit)

    def summaries(self, child_ids: Sequence[int], on: date | None = None) -> list[ChildSummary]:
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            return ChildRepository(s).summaries(child_ids, on)

    def search(
        self, text: str, limit: int = 50, include_archived: bool = False
    ) -> list[ChildSummary]:
        """Search-as-you-type: every word of ``text`` is a prefix of a word of the name, code,
        số định danh or a parent's or caregiver's name; case, diacritics and đ are ignored."""
        require(self.actor, Permission.VIEW_CHILDREN)
        if not fold_words(text):
            return []
        with self.db.session() as s:
            repo = ChildRepository(s)
            ids = repo.ids(ChildFilter(text=text), limit=limit)
            if include_archived and len(ids) < limit:
                ids += repo.ids(ChildFilter(text=text, archived=True), limit=limit - len(ids))
            return repo.summaries(ids)

    def count(self, flt: ChildFilter | None = None) -> int:
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            return ChildRepository(s).count(flt or ChildFilter())

    def history(self, child_id: int) -> list[HistoryEntry]:
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            return audit.history(s, "child", child_id)

    # --- duplicates ------------------------------------------------------------------------
    def find_duplicates(self, data: ChildIn, exclude_id: int | None = None) -> list[DuplicateMatch]:
        """Children who are probably this one: same folded name and birth (date or year),
        same số định danh, or same name with the same parents (``duplicate_reasons``)."""
        require(self.actor, Permission.VIEW_CHILDREN)
        new = DuplicateKeys.of(data)
        with self.db.session() as s:
            repo = ChildRepository(s)
            found: dict[int, list[str]] = {}
            for other in repo.duplicate_candidates(new.name_key, data.id_number, exclude_id):
                if reasons := duplicate_reasons(new, DuplicateKeys.of_record(other)):
                    found[other.id] = reasons
            rows = repo.summaries(list(found))
            return [DuplicateMatch(child=row, reasons=tuple(found[row.id])) for row in rows]

    # --- writing ---------------------------------------------------------------------------
    def create(self, data: ChildIn, allow_duplicate: bool = False) -> ChildOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        if not allow_duplicate and (matches := self.find_duplicates(data)):
            raise LikelyDuplicate(matches)
        now = datetime.now()
        with self.db.session() as s:
            self._check_village(s, data.village_id)
            values = record_values(data)
            record = ChildRecord(
                **values, code="", created_at=now, updated_at=now, **keys_for(data, "")
            )
            s.add(record)
            s.flush()  # the id gives the code
            record.code = child_code(record.id)
            for key, value in keys_for(data, record.code).items():
                setattr(record, key, value)
            audit.record(s, self.user, "create", "child", record.id, audit_view(values))
            s.flush()
            return self._out(s, record, date.today())

    def update(self, child_id: int, data: ChildIn, allow_duplicate: bool = False) -> ChildOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        if not allow_duplicate and (matches := self.find_duplicates(data, exclude_id=child_id)):
            raise LikelyDuplicate(matches)
        with self.db.session() as s:
            record = self._record(s, child_id)
            self._check_village(s, data.village_id)
            new = record_values(data)
            if self._hide:  # the form never held the notes: keep what is stored
                new["confidential_notes"] = record.confidential_notes
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            for key, value in keys_for(data, record.code).items():
                setattr(record, key, value)
            if changes := audit.diff(audit_view(old), audit_view(new)):
                record.updated_at = datetime.now()
                audit.record(s, self.user, "update", "child", child_id, changes)
            s.flush()
            return self._out(s, record, date.today())

    def archive(self, child_id: int, reason: str) -> ChildOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        try:
            reason = clean_text(reason, label="Lý do lưu trữ", max_length=ARCHIVE_REASON_MAX)
        except ValueError as exc:
            raise InvalidInput({"archive_reason": str(exc)}) from None
        if not reason:
            raise InvalidInput({"archive_reason": "Hãy ghi lý do lưu trữ hồ sơ."})
        with self.db.session() as s:
            record = self._record(s, child_id)
            if record.archived:
                raise InvalidInput({"archive_reason": "Hồ sơ này đã được lưu trữ từ trước."})
            record.archived, record.archived_at, record.archive_reason = (
                True,
                datetime.now(),
                reason,
            )
            audit.record(s, self.user, "archive", "child", child_id,
                         {"summary": reason, "archived": [False, True],
                          "archive_reason": ["", reason]})  # fmt: skip
            s.flush()
            return self._out(s, record, date.today())

    def restore(self, child_id: int) -> ChildOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = self._record(s, child_id)
            if not record.archived:
                raise InvalidInput(
                    {"archived": "Hồ sơ này đang được quản lý, không cần khôi phục."}
                )
            old_reason = record.archive_reason
            record.archived, record.archived_at, record.archive_reason = False, None, ""
            audit.record(s, self.user, "restore", "child", child_id,
                         {"archived": [True, False], "archive_reason": [old_reason, ""]})  # fmt: skip
            s.flush()
            return self._out(s, record, date.today())

    # --- classification --------------------------------------------------------------------
    @staticmethod
    def validate_classification(values: Mapping[str, Any]) -> ClassificationIn:
        try:
            return ClassificationIn.model_validate(dict(values))
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    def classify(self, child_id: int, data: ClassificationIn) -> ClassificationOut:
        """Add a group. The same group may not overlap itself in time."""
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            self._record(s, child_id)
            self._check_overlap(s, child_id, data, exclude_id=None)
            record = ClassificationRecord(
                child_id=child_id, created_at=datetime.now(), **data.model_dump()
            )
            s.add(record)
            s.flush()
            changes: dict[str, Any] = audit.diff({}, data.model_dump(exclude={"identified_by"}))
            changes["summary"] = GROUP_BY_CODE[data.group_code].label
            audit.record(s, self.user, "classify", "child", child_id, changes)
            return classification_out(record, date.today(), self._hide)

    def update_classification(
        self, classification_id: int, data: ClassificationIn
    ) -> ClassificationOut:
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = s.get(ClassificationRecord, classification_id)
            if record is None:
                raise NotFound("Không tìm thấy phân loại này; có thể nó đã bị thay đổi.")
            self._check_overlap(s, record.child_id, data, exclude_id=classification_id)
            new = data.model_dump(exclude={"identified_by"} if data.identified_by is None else None)
            if self._hide and is_mental_health(record.group_code):
                new.update(basis=record.basis, note=record.note)  # never shown: kept as stored
            old = {k: getattr(record, k) for k in new}
            for key, value in new.items():
                setattr(record, key, value)
            changes = audit.diff(old, new)
            changes["summary"] = GROUP_BY_CODE[data.group_code].label  # type: ignore[assignment]
            audit.record(s, self.user, "reclassify", "child", record.child_id, changes)
            s.flush()
            return classification_out(record, date.today(), self._hide)

    def end_classification(self, classification_id: int, end_date: date) -> ClassificationOut:
        """Close a group on a date: the row stays as history."""
        require(self.actor, Permission.EDIT_CHILDREN)
        with self.db.session() as s:
            record = s.get(ClassificationRecord, classification_id)
            if record is None:
                raise NotFound("Không tìm thấy phân loại này; có thể nó đã bị thay đổi.")
            current = ClassificationIn(
                group_code=record.group_code, subgroup=record.subgroup,
                start_date=record.start_date, end_date=record.end_date,
                basis=record.basis, note=record.note,
            )  # fmt: skip
        values = current.model_dump() | {"end_date": end_date}
        return self.update_classification(classification_id, self.validate_classification(values))

    # --- confidential fields (Nghị định 56 Điều 24) --------------------------------------
    @property
    def _hide(self) -> bool:
        """True when the acting role may not see confidential fields: they are left out."""
        return not self.actor.can(Permission.VIEW_CONFIDENTIAL)

    def reveal(self, child_id: int, reason: str) -> str:
        """The child's confidential notes, shown on request for ``reason`` (required), which
        the audit trail keeps with who asked and when."""
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            record = self._record(s, child_id)
            confidential.record_reveal(s, self.actor, "child", child_id, CHILD_NOTES, reason)
            return record.confidential_notes

    def reveal_classification(self, classification_id: int, reason: str) -> ClassificationOut:
        """A mental-health classification with its basis and note, shown on request for
        ``reason``; recorded in the audit trail under the child."""
        require(self.actor, Permission.VIEW_CHILDREN)
        with self.db.session() as s:
            record = s.get(ClassificationRecord, classification_id)
            if record is None:
                raise NotFound("Không tìm thấy phân loại này; có thể nó đã bị thay đổi.")
            confidential.record_reveal(
                s, self.actor, "child", record.child_id, MENTAL_HEALTH_DETAILS, reason
            )
            return classification_out(record, date.today())

    # --- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _record(s: Session, child_id: int) -> ChildRecord:
        record = s.get(ChildRecord, child_id)
        if record is None:
            raise NotFound(f"Không tìm thấy trẻ có mã số {child_id}.")
        return record

    @staticmethod
    def _check_village(s: Session, village_id: int | None) -> None:
        if village_id is not None and s.get(VillageRecord, village_id) is None:
            raise InvalidInput({"village_id": "Thôn/bản đã chọn không còn trong danh sách."})

    @staticmethod
    def _check_overlap(
        s: Session, child_id: int, data: ClassificationIn, exclude_id: int | None
    ) -> None:
        far = date.max
        stmt = select(func.count()).where(
            ClassificationRecord.child_id == child_id,
            ClassificationRecord.group_code == data.group_code,
            ClassificationRecord.start_date <= (data.end_date or far),
            func.coalesce(ClassificationRecord.end_date, far) >= data.start_date,
        )
        if exclude_id is not None:
            stmt = stmt.where(ClassificationRecord.id != exclude_id)
        if s.scalar(stmt):
            label = GROUP_BY_CODE[data.group_code].label
            raise InvalidInput(
                {"group_code": f"Trẻ đã thuộc nhóm «{label}» trong khoảng thời gian này. "
                 "Hãy sửa phân loại đã có hoặc kết thúc nó trước."}
            )  # fmt: skip

    def _out(self, s: Session, record: ChildRecord, on: date) -> ChildOut:
        data = to_child_in(record)
        village = s.get(VillageRecord, record.village_id) if record.village_id else None
        birth = data.birth
        classifications = s.scalars(
            select(ClassificationRecord)
            .where(ClassificationRecord.child_id == record.id)
            .order_by(ClassificationRecord.start_date, ClassificationRecord.id)
        )
        if self._hide:
            data = data.model_copy(update={"confidential_notes": ""})
        return ChildOut.model_construct(
            **dict(data),
            confidential_hidden=self._hide,
            id=record.id,
            code=record.code,
            age=age_on(birth, on) if birth else 0,
            effective_status=effective_status(record.status, record.birth_latest, on),
            village_name=village.name if village else "",
            ethnicity_name=ethnicity_name(record.ethnicity_code),
            archived=record.archived,
            archive_reason=record.archive_reason,
            classifications=tuple(classification_out(c, on, self._hide) for c in classifications),
            warnings=tuple(self.warnings(data)),
            created_at=record.created_at,
            updated_at=record.updated_at,
        )
