"""Reading and checking the audit trail (Nhật ký hệ thống, issue #8): the filtered, paged list
of the page and the CLI, one entry's old → new values, and the hash chain's verification.

Writing stays in ``services/audit.py`` (``record`` / ``append``), inside each change's unit of
work. Everything here needs ``Permission.VIEW_AUDIT``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from commune_care.db.repositories import audit as repo
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require
from commune_care.domain.audit_chain import ChainReport, check_chain
from commune_care.domain.audit_labels import action_label, entity_label, parse_changes
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.schemas.audit import AuditEntryOut, AuditFilter, AuditVerification

PAGE_SIZE = 200
PROGRESS_EVERY = 20_000

Progress = Callable[[int, int], None]  # (entries checked, total)


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _time_text(at: datetime | str | None) -> str:
    if isinstance(at, datetime):
        return at.strftime("%d/%m/%Y %H:%M:%S")
    try:
        return datetime.fromisoformat(str(at)).strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return f"«{at}» (không phải thời điểm hợp lệ)"


def _moment(at: datetime | str) -> datetime | str:
    if isinstance(at, datetime):
        return at
    try:
        return datetime.fromisoformat(at)
    except ValueError:
        return at


def verification_message(report: ChainReport, total: int) -> str:
    """The check's result in one Vietnamese paragraph: what was checked, or the first broken
    entry (its number, its time, what is wrong)."""
    if report.broken is None:
        if report.last is None:
            return "Nhật ký hệ thống chưa có dòng nào; không có gì bị thay đổi."
        return (
            f"Nhật ký hệ thống toàn vẹn: {_number(report.checked)} dòng, từ dòng số 1 đến "
            f"dòng số {report.last.id} ({_time_text(report.last.at)}), không dòng nào bị sửa, "
            "xóa, chèn thêm hay đảo thứ tự."
        )
    broken = report.broken
    entry = broken.entry
    what = broken.kind.label
    if broken.detail:  # reordered: the entry it follows stands further on
        what += f" (dòng này phải đứng sau dòng số {broken.detail})"
    return (
        f"Nhật ký hệ thống đã bị thay đổi bên ngoài phần mềm. Dòng hỏng đầu tiên: dòng số "
        f"{entry.id}, ghi lúc {_time_text(entry.at)}, người dùng «{entry.user}»: {what}. "
        f"{_number(report.checked)} dòng trước đó còn nguyên vẹn (trên tổng số {_number(total)} "
        "dòng). Hãy báo cho lãnh đạo và quản trị viên; khôi phục bản sao lưu gần nhất có nhật ký "
        "toàn vẹn nếu cần."
    )


class AuditTrailService:
    def __init__(self, db: Database, user: str | Actor | None = None) -> None:
        self.db = db
        self.actor = as_actor(user)

    # --- reading ----------------------------------------------------------------------------
    @staticmethod
    def validate_filter(values: dict[str, Any]) -> AuditFilter:
        try:
            return AuditFilter.model_validate(values)
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    def page(
        self,
        wanted: AuditFilter | None = None,
        before_id: int | None = None,
        limit: int = PAGE_SIZE,
    ) -> list[AuditEntryOut]:
        """Entries matching ``wanted``, newest first, older than ``before_id`` (the last id of
        the previous page): keyset paging, as fast on the last page as on the first."""
        require(self.actor, Permission.VIEW_AUDIT)
        with self.db.session() as s:
            rows = repo.page(s, wanted or AuditFilter(), before_id, limit)
        return [self._entry(r) for r in rows]

    def entry(self, entry_id: int) -> AuditEntryOut:
        require(self.actor, Permission.VIEW_AUDIT)
        with self.db.session() as s:
            row = repo.entry(s, entry_id)
        if row is None:
            raise NotFound(f"Không có dòng số {entry_id} trong nhật ký hệ thống.")
        return self._entry(row)

    def filter_values(self) -> dict[str, list[tuple[str, str]]]:
        """(code, label) of the users, actions and kinds of object in the trail."""
        require(self.actor, Permission.VIEW_AUDIT)
        with self.db.session() as s:
            users = repo.distinct_values(s, "user")
            actions = repo.distinct_values(s, "action")
            entities = repo.distinct_values(s, "entity")
        return {
            "user": [(u, u) for u in users],
            "action": sorted(((a, action_label(a)) for a in actions), key=lambda p: p[1]),
            "entity": sorted(((e, entity_label(e)) for e in entities), key=lambda p: p[1]),
        }

    def earliest_day(self) -> date | None:
        require(self.actor, Permission.VIEW_AUDIT)
        with self.db.session() as s:
            return repo.earliest_day(s)

    @staticmethod
    def _entry(row: repo.EntryRow) -> AuditEntryOut:
        id_, at, user, action, entity, entity_id, changes = row
        summary, fields = parse_changes(changes, entity)
        return AuditEntryOut(
            id=id_, at=at, user=user, action=action, action_label=action_label(action, entity),
            entity=entity, entity_label=entity_label(entity), entity_id=entity_id,
            summary=summary, changes=fields,
        )  # fmt: skip

    # --- verification -----------------------------------------------------------------------
    def verify(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> AuditVerification:
        """Check the whole hash chain in id order and name the first broken entry. Reads in
        batches (bounded memory); ``progress`` is called every 20.000 entries."""
        require(self.actor, Permission.VIEW_AUDIT)
        with self.db.session() as s:
            total = repo.count(s)
            entries = repo.chain_entries(s)
            if progress or cancelled:
                entries = _watched(entries, total, progress, cancelled)
            report = check_chain(entries, lambda digest: repo.id_of_hash(s, digest))
        return self._verification(report, total)

    @staticmethod
    def _verification(report: ChainReport, total: int) -> AuditVerification:
        broken = report.broken
        return AuditVerification(
            intact=broken is None,
            checked=report.checked,
            total=total,
            last_id=report.last.id if report.last else None,
            last_at=_moment(report.last.at) if report.last else None,  # type: ignore[arg-type]
            broken_id=broken.entry.id if broken else None,
            broken_at=_moment(broken.entry.at) if broken else None,
            problem=broken.kind.value if broken else "",
            message=verification_message(report, total),
        )


class VerificationCancelled(Exception):
    """The officer stopped the check; nothing was changed."""


def _watched(
    entries: Any, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> Any:
    for n, entry in enumerate(entries, start=1):
        if n % PROGRESS_EVERY == 0:
            if cancelled and cancelled():
                raise VerificationCancelled()
            if progress:
                progress(n, total)
        yield entry
    if progress:
        progress(total, total)
