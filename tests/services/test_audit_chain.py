"""The audit trail's hash chain on a real database file (issue #8): intact after a stream of
writes of every kind (one by one, bulk, import summary); append-only triggers; and each way of
tampering with the file outside the app — edit, delete, insert, reorder — found and named."""

from __future__ import annotations

import sqlite3
from itertools import pairwise
from pathlib import Path

import pytest

from commune_care.db.session import Database, hold_write_lock
from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.commune import VillageIn
from commune_care.services import audit
from commune_care.services.audit_trail import AuditTrailService
from commune_care.services.children import ChildrenService, NewChild, insert_children
from commune_care.services.commune import CommuneService
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES


def raw(db: Database) -> sqlite3.Connection:
    assert db.path is not None
    return sqlite3.connect(db.path, isolation_level=None)


def drop_triggers(db: Database) -> sqlite3.Connection:
    """What someone with a database tool does first."""
    conn = raw(db)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    return conn


def stream_of_writes(db: Database) -> ChildrenService:
    children = ChildrenService(db, user="cán bộ A")
    a = children.create(children.validate({"full_name": "Nguyễn Văn Đức",
                                            "birth": PartialDate(2015, 3, 7)}))  # fmt: skip
    b = children.create(children.validate({"full_name": "Hà Thị Mỷ", "birth": PartialDate(2012)}))
    children.update(a.id, children.validate({"full_name": "Nguyễn Văn Đức Anh",
                                             "birth": PartialDate(2015, 3, 7)}))  # fmt: skip
    children.archive(b.id, "Chuyển đi xã khác")
    children.restore(b.id)
    bulk = [
        NewChild(children.validate({"full_name": f"Trẻ số {n}", "birth": PartialDate(2014)}))
        for n in range(25)
    ]
    with db.session() as s:
        hold_write_lock(s)
        insert_children(s, bulk, "nhập hàng loạt")
    CommuneService(db, user="quản trị").save_profile(
        SAMPLE_PROFILE.model_copy(update={"officer_name": "Lê Thị Hoa"}),
        [*SAMPLE_VILLAGES, VillageIn(name="Thôn Mới")],
    )
    return children


def ids_and_hashes(db: Database) -> list[tuple[int, str, str]]:
    with raw(db) as conn:
        return conn.execute("SELECT id, prev_hash, hash FROM audit_log ORDER BY id").fetchall()


def test_the_chain_is_intact_after_a_stream_of_writes(db: Database) -> None:
    stream_of_writes(db)
    rows = ids_and_hashes(db)
    assert len(rows) > 30
    # Every row links to the one before it, ids without gaps, hashes all different.
    assert rows[0][1] == ""
    assert all(cur[1] == prev[2] for prev, cur in pairwise(rows))
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert len({r[2] for r in rows}) == len(rows)
    result = AuditTrailService(db).verify()
    assert result.intact and result.checked == result.total == len(rows)
    assert result.last_id == len(rows)
    assert "toàn vẹn" in result.message and f"dòng số {len(rows)}" in result.message


def test_bulk_rows_are_chained_like_single_ones(db: Database) -> None:
    children = ChildrenService(db, user="test")
    bulk = [
        NewChild(children.validate({"full_name": f"Trẻ {n}", "birth": PartialDate(2013)}))
        for n in range(300)
    ]
    with db.session() as s:
        insert_children(s, bulk, "test")
    children.create(children.validate({"full_name": "Sau cùng", "birth": PartialDate(2016)}))
    with raw(db) as conn:
        creates = conn.execute("SELECT count(*) FROM audit_log WHERE action='create' "
                               "AND entity='child' AND hash != ''").fetchone()[0]  # fmt: skip
    assert creates == 301
    assert AuditTrailService(db).verify().intact


def test_the_trail_refuses_update_and_delete(db: Database) -> None:
    stream_of_writes(db)
    before = ids_and_hashes(db)
    with raw(db) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="chỉ được ghi thêm"):
            conn.execute("UPDATE audit_log SET user = 'ai đó' WHERE id = 3")
        with pytest.raises(sqlite3.DatabaseError, match="chỉ được ghi thêm"):
            conn.execute("DELETE FROM audit_log WHERE id = 3")
    assert ids_and_hashes(db) == before
    assert AuditTrailService(db).verify().intact


def test_an_edited_entry_is_named(db: Database) -> None:
    stream_of_writes(db)
    with drop_triggers(db) as conn:
        conn.execute("UPDATE audit_log SET user = 'người khác' WHERE id = 4")
    result = AuditTrailService(db).verify()
    assert not result.intact
    assert (result.broken_id, result.problem, result.checked) == (4, "edited", 3)
    assert "dòng số 4" in result.message and "bị sửa" in result.message
    assert "người khác" in result.message


def test_an_edited_time_is_named(db: Database) -> None:
    stream_of_writes(db)
    with drop_triggers(db) as conn:
        conn.execute("UPDATE audit_log SET at = '2020-01-01 08:00:00.000000' WHERE id = 6")
    result = AuditTrailService(db).verify()
    assert (result.broken_id, result.problem) == (6, "edited")
    assert "01/01/2020 08:00:00" in result.message


def test_a_deleted_entry_is_named(db: Database) -> None:
    stream_of_writes(db)
    with drop_triggers(db) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = 5")
    result = AuditTrailService(db).verify()
    assert (result.broken_id, result.problem, result.checked) == (6, "missing", 4)
    assert "dòng số 6" in result.message and "bị xóa" in result.message


def test_deleted_entries_with_the_ids_renumbered_are_found(db: Database) -> None:
    stream_of_writes(db)
    with drop_triggers(db) as conn:
        conn.execute("DELETE FROM audit_log WHERE id IN (7, 8)")
        conn.execute("UPDATE audit_log SET id = id - 2 WHERE id > 8")
    result = AuditTrailService(db).verify()
    assert (result.broken_id, result.problem) == (7, "missing")


def test_an_entry_inserted_at_the_end_is_named(db: Database) -> None:
    stream_of_writes(db)
    last = ids_and_hashes(db)[-1][0]
    with drop_triggers(db) as conn:
        conn.execute(
            "INSERT INTO audit_log (at, user, action, entity, entity_id, changes) VALUES "
            "('2026-01-02 03:04:05.000000', 'x', 'update', 'child', 1, '{}')"
        )
    result = AuditTrailService(db).verify()
    assert (result.broken_id, result.problem, result.checked) == (last + 1, "inserted", last)
    assert "chèn thêm" in result.message


def test_an_entry_inserted_in_the_middle_is_named(db: Database) -> None:
    stream_of_writes(db)
    rows = ids_and_hashes(db)
    with drop_triggers(db) as conn:
        conn.execute("UPDATE audit_log SET id = id + 1000 WHERE id > 10")
        conn.execute(
            "INSERT INTO audit_log (id, at, user, action, entity, entity_id, changes, prev_hash,"
            " hash) VALUES (11, '2026-01-02 03:04:05.000000', 'x', 'archive', 'child', 1, '{}',"
            f" '{rows[9][2]}', '{'0' * 64}')"
        )
    result = AuditTrailService(db).verify()
    assert (result.broken_id, result.problem, result.checked) == (11, "inserted", 10)


def test_reordered_entries_are_named(db: Database) -> None:
    stream_of_writes(db)
    with drop_triggers(db) as conn:  # swap entries 8 and 9
        conn.execute("UPDATE audit_log SET id = -8 WHERE id = 8")
        conn.execute("UPDATE audit_log SET id = 8 WHERE id = 9")
        conn.execute("UPDATE audit_log SET id = 9 WHERE id = -8")
    result = AuditTrailService(db).verify()
    assert (result.broken_id, result.problem, result.checked) == (8, "reordered", 7)
    assert "đảo" in result.message and "phải đứng sau dòng số 9" in result.message


def test_a_damaged_time_is_reported_not_raised(db: Database) -> None:
    stream_of_writes(db)
    with drop_triggers(db) as conn:
        conn.execute("UPDATE audit_log SET at = 'hôm qua' WHERE id = 2")
    result = AuditTrailService(db).verify()
    assert (result.broken_id, result.problem) == (2, "edited")
    assert "«hôm qua»" in result.message


def test_writes_after_tampering_still_chain_and_the_break_stays_found(db: Database) -> None:
    """The app keeps working on a tampered trail; the first break is still the one named."""
    children = stream_of_writes(db)
    with drop_triggers(db) as conn:
        conn.execute("UPDATE audit_log SET changes = '{}' WHERE id = 3")
    children.create(children.validate({"full_name": "Trẻ mới", "birth": PartialDate(2017)}))
    result = AuditTrailService(db).verify()
    assert (result.broken_id, result.problem) == (3, "edited")
    rows = ids_and_hashes(db)
    assert rows[-1][1] == rows[-2][2]


def test_an_empty_trail_verifies(tmp_path: Path) -> None:
    from commune_care.db.migrate import migrate

    db = Database(tmp_path / "empty.sqlite3")
    migrate(db)
    result = AuditTrailService(db).verify()
    assert result.intact and result.total == 0 and "chưa có dòng nào" in result.message
    db.dispose()


def test_record_keeps_its_signature_for_other_services(db: Database) -> None:
    with db.session() as s:
        audit.record(s, "quản trị", "login", "account", 7, {"summary": "Đăng nhập"})
        audit.append(s, [audit.row("quản trị", "logout", "account", 7)])
    entries = AuditTrailService(db).page()
    assert [(e.action, e.entity_id) for e in entries[:2]] == [("logout", 7), ("login", 7)]
    assert AuditTrailService(db).verify().intact
