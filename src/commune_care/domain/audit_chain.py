"""The audit trail's hash chain (issue #8): how one entry's hash is made, and how a run of
entries is checked.

Each entry's hash is SHA-256 over a canonical serialisation of its fields and the previous
entry's hash, so editing, deleting, inserting or reordering entries breaks the chain from that
point on. The id is not hashed: the chain itself fixes the order, which lets a check tell a
reordered entry from an edited one. The serialisation is a contract — every stored hash depends
on it — so it never changes (a new form would need a new migration re-chaining the table).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

GENESIS = ""  # the "previous hash" of the first entry


@dataclass(frozen=True, slots=True)
class ChainEntry:
    """One audit row as stored: the fields the hash covers, plus its id and the two hashes."""

    id: int
    at: datetime | str
    user: str
    action: str
    entity: str
    entity_id: int | None
    changes: str
    prev_hash: str | None
    hash: str | None


def canonical_time(at: datetime | str) -> str:
    """The time as hashed: ISO 8601 with microseconds, whatever text form the database kept."""
    moment = at if isinstance(at, datetime) else datetime.fromisoformat(at)
    return moment.isoformat(sep=" ", timespec="microseconds")


def entry_hash(
    at: datetime | str,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: str,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) of the entry's fields and the previous entry's hash."""
    payload = json.dumps(
        [canonical_time(at), user, action, entity, entity_id, changes, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def computed_hash(entry: ChainEntry) -> str | None:
    """The hash the entry's stored fields give, or None when a field cannot be read (a time
    that is not a time: edited outside the app)."""
    try:
        return entry_hash(
            entry.at, entry.user, entry.action, entry.entity, entry.entity_id, entry.changes,
            entry.prev_hash or GENESIS,
        )  # fmt: skip
    except (ValueError, TypeError):
        return None


class Breakage(StrEnum):
    EDITED = "edited"  # the fields no longer give the stored hash
    INSERTED = "inserted"  # an entry the chain does not link (added outside the app)
    MISSING = "missing"  # one or more entries before this one were deleted
    REORDERED = "reordered"  # the entry stands before the one it follows

    @property
    def label(self) -> str:
        return {
            Breakage.EDITED: "nội dung đã bị sửa sau khi ghi",
            Breakage.INSERTED: "dòng được chèn thêm từ bên ngoài phần mềm",
            Breakage.MISSING: "dòng đứng trước dòng này đã bị xóa hoặc bị thay thế",
            Breakage.REORDERED: "thứ tự các dòng đã bị đảo",
        }[self]


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first place where the chain does not hold."""

    entry: ChainEntry
    kind: Breakage
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ChainReport:
    checked: int
    last: ChainEntry | None
    broken: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.broken is None


def check_chain(
    entries: Iterable[ChainEntry], locate: Callable[[str], int | None] | None = None
) -> ChainReport:
    """Walk the entries in id order and stop at the first break. The kind of break is read
    from the entry and the one after it: edited content leaves the next entry's link to it
    intact; an inserted entry is one the next entry's link skips (or that has no hash at all);
    a whole entry linked to another than the previous one follows a deleted entry, or — when
    ``locate`` (hash → id of the entry holding it) finds that entry further on — stands before
    the one it follows."""
    expected = GENESIS
    last: ChainEntry | None = None
    checked = 0
    for entry, following in _pairs(entries):
        computed = computed_hash(entry)
        linked = (entry.prev_hash or GENESIS) == expected
        if computed is not None and computed == entry.hash and linked:
            expected = entry.hash
            last = entry
            checked += 1
            continue
        if computed != entry.hash:
            skipped = following is not None and (following.prev_hash or GENESIS) == expected
            kind = Breakage.INSERTED if skipped or not entry.hash else Breakage.EDITED
            return ChainReport(checked, last, ChainBreak(entry, kind))
        # The entry is whole but follows another entry than the previous one.
        found = locate(entry.prev_hash or GENESIS) if locate else None
        if found is not None and found > entry.id:
            return ChainReport(checked, last, ChainBreak(entry, Breakage.REORDERED, str(found)))
        return ChainReport(checked, last, ChainBreak(entry, Breakage.MISSING))
    return ChainReport(checked, last, None)


def _pairs(entries: Iterable[ChainEntry]) -> Iterator[tuple[ChainEntry, ChainEntry | None]]:
    iterator = iter(entries)
    current = next(iterator, None)
    while current is not None:
        following = next(iterator, None)
        yield current, following
        current = following


def chain(rows: Iterable[dict[str, object]], prev_hash: str) -> Iterator[dict[str, object]]:
    """Give each new row (the audit table's column values) its ``prev_hash`` and ``hash``,
    continuing from ``prev_hash`` — the last stored entry's hash."""
    for row in rows:
        digest = entry_hash(
            row["at"],  # type: ignore[arg-type]
            str(row["user"]),
            str(row["action"]),
            str(row["entity"]),
            row["entity_id"],  # type: ignore[arg-type]
            str(row["changes"]),
            prev_hash,
        )
        yield {**row, "prev_hash": prev_hash, "hash": digest}
        prev_hash = digest
