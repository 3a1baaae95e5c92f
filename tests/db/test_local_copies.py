"""The automatic local copies: one per day, the newest N days plus one per month kept, the
closing copy never replacing a good one with a damaged one; copying a file aside."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date, datetime
from pathlib import Path

from commune_care.db.backup import (
    copy_aside,
    daily_name,
    daily_snapshot,
    exit_snapshot,
    local_copies,
    prune_daily_copies,
)
from commune_care.db.integrity import QUICK, check_file
from commune_care.db.session import Database
from commune_care.services.children import ChildrenService
from tests.safety.helpers import damage


def _touch_copy(folder: Path, stem: str, day: date) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / daily_name(stem, day)
    path.write_bytes(b"x")
    moment = datetime(day.year, day.month, day.day, 17).timestamp()
    os.utime(path, (moment, moment))
    return path


def test_retention_keeps_the_newest_days_and_one_per_month(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    days = [date(2026, 7, d) for d in (3, 30)] + [date(2026, 8, 31), date(2026, 9, 1)]
    days += [date(2026, 10, d) for d in (5, 20)] + [date(2026, 11, d) for d in range(1, 16)]
    for day in days:
        _touch_copy(folder, "xa", day)
    (folder / "xa-truoc-nang-cap-0001-20260101-000000.sqlite3").write_bytes(b"x")
    (folder / "khac-hang-ngay-20260101.sqlite3").write_bytes(b"x")  # another data file's

    prune_daily_copies(folder, "xa", keep=5, months=4)

    kept = sorted(c.day for c in local_copies(folder, "xa") if c.kind == "daily")
    # Nov 11–15 (the newest five days), and the newest copy of Oct, Sep and Aug; not July
    # (five months back with November).
    assert kept == [date(2026, 8, 31), date(2026, 9, 1), date(2026, 10, 20)] + [
        date(2026, 11, d) for d in range(11, 16)
    ]
    assert (folder / "xa-truoc-nang-cap-0001-20260101-000000.sqlite3").exists()
    assert (folder / "khac-hang-ngay-20260101.sqlite3").exists()


def test_without_months_only_the_newest_days_stay(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    for d in range(1, 10):
        _touch_copy(folder, "xa", date(2026, 11, d))
    prune_daily_copies(folder, "xa", keep=2, months=0)
    assert sorted(p.name for p in folder.iterdir()) == [
        "xa-hang-ngay-20261108.sqlite3",
        "xa-hang-ngay-20261109.sqlite3",
    ]


def test_the_closing_copy_replaces_todays_copy(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    folder = tmp_path / "backups"
    today = date(2026, 11, 20)
    morning = daily_snapshot(db.path, folder, today=today)
    assert morning is not None
    service = ChildrenService(db, user="test")
    from commune_care.domain.dates import PartialDate

    service.create(service.validate({"full_name": "Lò Văn Pọm", "birth": PartialDate(2016)}))
    closing = exit_snapshot(db.path, folder, today=today)
    assert closing == morning
    with sqlite3.connect(closing) as conn:
        assert conn.execute("SELECT full_name FROM children").fetchall() == [("Lò Văn Pọm",)]
    conn.close()
    assert [p.name for p in folder.iterdir()] == [morning.name]  # no .new, no .partial


def test_a_damaged_file_never_replaces_a_good_copy(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    folder = tmp_path / "backups"
    today = date(2026, 11, 20)
    good = daily_snapshot(db.path, folder, today=today)
    assert good is not None
    before = good.read_bytes()
    db.dispose()
    damage(db.path, "villages")
    assert check_file(db.path, QUICK)
    assert exit_snapshot(db.path, folder, today=today) is None
    assert good.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == [good.name]


def test_copy_aside_keeps_a_damaged_file_byte_for_byte(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    db.dispose()
    sound = copy_aside(db.path, tmp_path / "a", "-truoc-khoi-phuc-", "20261120-101010")
    assert sound.name == f"{db.path.stem}-truoc-khoi-phuc-20261120-101010.sqlite3"
    assert check_file(sound, QUICK) == []
    db.path.write_bytes(b"hong" * 1000)  # not a database any more
    kept = copy_aside(db.path, tmp_path / "a", "-truoc-khoi-phuc-", "20261120-101011")
    assert kept.name == f"{db.path.stem}-hong-20261120-101011.sqlite3"
    assert kept.read_bytes() == b"hong" * 1000


def test_local_copies_newest_first(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    old = _touch_copy(folder, "xa", date(2026, 11, 1))
    newer = folder / "xa-truoc-nang-cap-0003-20261102-080000.sqlite3"
    newer.write_bytes(b"x")
    time.sleep(0.01)
    found = local_copies(folder, "xa")
    assert [c.path for c in found] == [newer, old]
    assert [c.kind for c in found] == ["pre-migration", "daily"]
