"""Hostile input at the service layer (issue #8, item 7): SQL-looking text is stored and found
as text; very long values are refused naming the field and the limit, with nothing written;
control characters are refused; invisible zero-width and bidi characters are removed so that
a name pasted with them is the same name (duplicate check, search)."""

from __future__ import annotations

import sqlite3

import pytest

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.errors import InvalidInput, LikelyDuplicate
from commune_care.domain.schemas.children import NAME_MAX, NOTES_MAX
from commune_care.services.audit_trail import AuditTrailService
from commune_care.services.children import ARCHIVE_REASON_MAX, ChildrenService

SQL = "Robert'); DROP TABLE children;-- \" OR 1=1 /*"


def counts(db: Database) -> tuple[int, int]:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        return (
            conn.execute("SELECT count(*) FROM children").fetchone()[0],
            conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        )


def child(children: ChildrenService, name: str, **more: object) -> dict[str, object]:
    return {"full_name": name, "birth": PartialDate(2015, 3, 7), **more}


def test_sql_looking_text_is_only_text(children: ChildrenService, db: Database) -> None:
    saved = children.create(children.validate(child(children, SQL, notes=SQL, address=SQL)))
    again = children.get(saved.id)
    assert (again.full_name, again.notes, again.address) == (SQL, SQL, SQL)
    assert [c.id for c in children.search("DROP TABLE children")] == [saved.id]
    # Quotes and operators are not syntax: the words are searched for, and only this child
    # has them.
    assert [c.id for c in children.search("' OR 1=1 --")] == [saved.id]
    assert children.search('" NEAR(a b) *') == []
    trail = AuditTrailService(db)
    assert [e.entity_id for e in trail.page(trail.validate_filter({"text": "DROP TABLE"}))] == [
        saved.id
    ]
    assert trail.verify().intact
    assert counts(db)[0] == 1


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [("full_name", NAME_MAX, "Họ và tên"), ("notes", NOTES_MAX, "Ghi chú"),
     ("father_name", NAME_MAX, "Họ tên cha")],
)  # fmt: skip
def test_over_long_values_are_refused_naming_the_field_and_the_limit(
    children: ChildrenService, db: Database, field: str, limit: int, label: str
) -> None:
    before = counts(db)
    values = child(children, "Nguyễn Văn An")
    values[field] = "Đ" * (limit + 1)
    with pytest.raises(InvalidInput) as caught:
        children.create(children.validate(values))
    message = caught.value.errors[field]
    assert message.startswith(label) and f"giới hạn {limit} ký tự" in message
    assert f"dài {limit + 1} ký tự" in message
    assert counts(db) == before


def test_a_huge_value_is_refused_quickly_and_cleanly(
    children: ChildrenService, db: Database
) -> None:
    before = counts(db)
    with pytest.raises(InvalidInput) as caught:
        children.validate(child(children, "A" * 5_000_000))
    assert "giới hạn 100 ký tự" in caught.value.errors["full_name"]
    assert counts(db) == before


@pytest.mark.parametrize("bad", ["Nguyễn\x00Văn", "Nguyễn\x1bVăn", "Nguyễn\x7fVăn", "Lê\u0085Na"])
def test_control_characters_are_refused(children: ChildrenService, db: Database, bad: str) -> None:
    before = counts(db)
    with pytest.raises(InvalidInput) as caught:
        children.create(children.validate(child(children, bad)))
    assert "Họ và tên có ký tự điều khiển" in caught.value.errors["full_name"]
    assert counts(db) == before


@pytest.mark.parametrize(
    "pasted",
    ["Nguyễn\u200b Văn Đức", "\ufeffNguyễn Văn Đức", "Nguyễn Văn\u200d Đức\u200c",
     "\u202eNguyễn Văn Đức\u202c", "Nguyễn Văn Đ\u00adức", "\u2066Nguyễn Văn Đức\u2069"],
)  # fmt: skip
def test_invisible_characters_are_removed(
    children: ChildrenService, db: Database, pasted: str
) -> None:
    first = children.create(children.validate(child(children, "Nguyễn Văn Đức")))
    cleaned = children.validate(child(children, pasted))
    assert cleaned.full_name == "Nguyễn Văn Đức"
    with pytest.raises(LikelyDuplicate):  # the same child, however it was pasted
        children.create(cleaned)
    assert [c.id for c in children.search(pasted)] == [first.id]


def test_archive_reason_is_cleaned_and_limited(children: ChildrenService, db: Database) -> None:
    saved = children.create(children.validate(child(children, "Lò Thị Mai")))
    before = counts(db)
    with pytest.raises(InvalidInput) as caught:
        children.archive(saved.id, "x" * (ARCHIVE_REASON_MAX + 1))
    assert f"giới hạn {ARCHIVE_REASON_MAX} ký tự" in caught.value.errors["archive_reason"]
    with pytest.raises(InvalidInput) as caught:
        children.archive(saved.id, "Chuyển\x00đi")
    assert "ký tự điều khiển" in caught.value.errors["archive_reason"]
    assert counts(db) == before
    archived = children.archive(saved.id, "Chuyển\u200b đi  xã khác")
    assert archived.archive_reason == "Chuyển đi xã khác"


def test_a_hostile_filter_is_refused_or_harmless(db: Database) -> None:
    trail = AuditTrailService(db)
    with pytest.raises(InvalidInput) as caught:
        trail.validate_filter({"text": "x" * 201})
    assert "giới hạn 200 ký tự" in caught.value.errors["text"]
    assert trail.page(trail.validate_filter({"user": SQL, "text": "%_\\"})) == []
    assert trail.verify().intact
