"""Shared fixtures: a real, migrated SQLite file per test; a commune set up in it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.enums import VillageKind
from commune_care.domain.schemas.commune import CommuneProfileIn, VillageIn
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test does may touch the real per-user data folder."""
    monkeypatch.setenv("COMMUNE_CARE_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    monkeypatch.delenv("COMMUNE_CARE_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "commune.sqlite3"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[Database]:
    """A migrated database with no commune profile yet (first start)."""
    db = Database(db_path)
    migrate(db)
    yield db
    db.dispose()


SAMPLE_PROFILE = CommuneProfileIn(
    province_code="51",
    province_name="Quảng Ngãi",
    commune_name="Xã Hòa Cư",
    agency_parent="ỦY BAN NHÂN DÂN",
    agency_name="XÃ HÒA CƯ",
    place_name="Hòa Cư",
    officer_name="Trần Thị Hạnh",
    chairman_name="Nguyễn Văn Bình",
    vice_chairman_name="Lê Văn Sơn",
    upper_recipient="Sở Y tế tỉnh Quảng Ngãi",
)
SAMPLE_VILLAGES = (
    VillageIn(name="Thôn Đông", kind=VillageKind.THON),
    VillageIn(name="Thôn Tây", kind=VillageKind.THON),
    VillageIn(name="Bản Nà Hừ", kind=VillageKind.BAN),
)


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A migrated database with the sample commune and three villages."""
    CommuneService(empty_db, user="test").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    return empty_db


@pytest.fixture
def children(db: Database) -> ChildrenService:
    return ChildrenService(db, user="test")


@pytest.fixture
def commune(db: Database) -> CommuneService:
    return CommuneService(db, user="test")
