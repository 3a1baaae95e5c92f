import sqlite3
from pathlib import Path

from commune_care.db.backup import snapshot
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.services.children import ChildrenService


def test_snapshot_of_a_live_database(db: Database, tmp_path: Path) -> None:
    service = ChildrenService(db, user="test")
    service.create(service.validate({"full_name": "Lò Văn Pọm", "birth": PartialDate(2016)}))
    assert db.path is not None
    copy = snapshot(db.path, tmp_path / "copy" / "backup.sqlite3")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT full_name FROM children").fetchall() == [("Lò Văn Pọm",)]
    assert not list(copy.parent.glob("*.partial"))


def test_daily_snapshot_once_a_day_keeping_the_newest(db: Database, tmp_path: Path) -> None:
    from datetime import date

    from commune_care.db.backup import daily_snapshot

    assert db.path is not None
    folder = tmp_path / "backups"
    first = daily_snapshot(db.path, folder, keep=3, today=date(2026, 11, 1))
    assert first is not None and first.exists()
    assert daily_snapshot(db.path, folder, keep=3, today=date(2026, 11, 1)) is None
    for day in range(2, 6):
        daily_snapshot(db.path, folder, keep=3, today=date(2026, 11, day))
    kept = sorted(p.name for p in folder.glob("*.sqlite3"))
    assert [name[-17:-8] for name in kept] == ["-20261103", "-20261104", "-20261105"]
