"""The demo generator on real SQLite files: deterministic, valid, plausible, searchable."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from commune_care.db.migrate import migrate
from commune_care.db.models import ChildRecord, ClassificationRecord
from commune_care.db.session import Database
from commune_care.domain.dates import age_on
from commune_care.domain.enums import ChildStatus, Sex, VillageKind
from commune_care.domain.errors import InvalidInput
from commune_care.domain.ethnicities import KINH_CODE
from commune_care.domain.schemas.children import ChildIn, ClassificationIn
from commune_care.domain.textfold import fold
from commune_care.services.children import ChildrenService, to_child_in
from commune_care.services.commune import CommuneService
from commune_care.services.demo import BATCH_SIZE, DemoSummary, generate_demo
from commune_care.services.demo_names import ETHNIC_NAME_STYLES, SURNAMES

SAMPLE = 2_000
NAME_COLUMNS = ("full_name", "father_name", "mother_name", "caregiver_name")


def new_db(path: Path) -> Database:
    db = Database(path)
    migrate(db)
    return db


def rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        return conn.execute(sql).fetchall()


def count(db: Database, table: str) -> int:
    return int(rows(db, f"SELECT count(*) FROM {table}")[0][0])


def fingerprint(db: Database) -> list[tuple[Any, ...]]:
    """What the same seed must repeat: codes, names, sexes, villages, groups."""
    return rows(
        db,
        "SELECT c.code, c.full_name, c.sex, v.name, "
        " (SELECT group_concat(group_code) FROM classifications WHERE child_id = c.id) "
        "FROM children c LEFT JOIN villages v ON v.id = c.village_id ORDER BY c.id",
    )


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """2,000 children of seed 1 (a mostly Kinh commune in the Mekong delta)."""
    db = new_db(tmp_path_factory.mktemp("demo") / "sample.sqlite3")
    summary = generate_demo(db, SAMPLE, seed=1, user="test")
    yield db, summary
    db.dispose()


# --- determinism ----------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_commune_and_children(tmp_path: Path) -> None:
    a, b, c = (new_db(tmp_path / f"{n}.sqlite3") for n in "abc")
    for db in (a, b):
        generate_demo(db, 400, seed=5, today=date(2026, 3, 1), user="test")
    generate_demo(c, 400, seed=6, today=date(2026, 3, 1), user="test")

    assert fingerprint(a) == fingerprint(b)
    # With the same day every stored value is the same, to the second.
    all_children = "SELECT * FROM children ORDER BY id"
    assert rows(a, all_children) == rows(b, all_children)
    all_groups = "SELECT * FROM classifications ORDER BY id"
    assert rows(a, all_groups) == rows(b, all_groups)
    profile = "SELECT province_name, commune_name, officer_name FROM commune_profile"
    assert rows(a, profile) == rows(b, profile)
    assert rows(a, "SELECT name, kind FROM villages") == rows(b, "SELECT name, kind FROM villages")

    # Another seed: another commune and other children.
    assert rows(a, profile) != rows(c, profile)
    names_a = [r[1] for r in fingerprint(a)]
    names_c = [r[1] for r in fingerprint(c)]
    assert sum(x == y for x, y in zip(names_a, names_c, strict=True)) < 40
    for db in (a, b, c):
        db.dispose()


def test_the_same_seed_gives_the_same_children_on_another_day(tmp_path: Path) -> None:
    """Only the dates move with ``today``; names, sexes, villages, groups and codes do not."""
    a, b = new_db(tmp_path / "a.sqlite3"), new_db(tmp_path / "b.sqlite3")
    generate_demo(a, 300, seed=7, today=date(2026, 11, 23))
    generate_demo(b, 300, seed=7, today=date(2025, 2, 14))
    assert fingerprint(a) == fingerprint(b)
    a.dispose()
    b.dispose()


# --- what is written ------------------------------------------------------------------------


def test_zero_children_gives_the_commune_profile_and_villages(tmp_path: Path) -> None:
    db = new_db(tmp_path / "empty.sqlite3")
    summary = generate_demo(db, 0, seed=3)
    assert summary.children == 0 and summary.classifications == 0
    assert summary.first_code == "" and summary.last_code == ""

    profile = CommuneService(db).profile()  # read back through the validating DTO
    assert profile is not None
    assert profile.commune_name == summary.commune and profile.commune_name.startswith("Xã ")
    assert profile.province_name and profile.officer_name and profile.chairman_name
    assert profile.agency_name == profile.commune_name.upper()
    assert 8 <= len(profile.villages) == summary.villages <= 20
    assert len({v.name for v in profile.villages}) == len(profile.villages)
    assert count(db, "children") == 0 and count(db, "classifications") == 0
    assert rows(db, "SELECT action, entity FROM audit_log") == [("demo", "demo")]
    db.dispose()


def test_the_commune_is_named_as_its_offices_write(
    sample: tuple[Database, DemoSummary],
) -> None:
    db, _ = sample
    profile = CommuneService(db).profile()
    assert profile is not None
    province = profile.province_name  # "Thành phố Cần Thơ": a city, not a "tỉnh"
    assert province.startswith("Thành phố ")
    city = "thành phố " + province.removeprefix("Thành phố ")
    assert profile.upper_recipient == f"Sở Y tế {city}"
    assert profile.place_name == profile.commune_name.removeprefix("Xã ")
    # In the Mekong delta villages are ấp.
    assert all(v.name.startswith("Ấp ") and v.kind is VillageKind.AP for v in profile.villages)
    institutions = {r[0] for r in rows(db, "SELECT caregiver_name FROM children")}
    institutions = {c for c in institutions if c.startswith("Trung tâm")}
    assert institutions <= {f"Trung tâm Công tác xã hội {city}"}


def test_every_generated_child_is_valid_input(sample: tuple[Database, DemoSummary]) -> None:
    db, _ = sample
    village_ids = {v.id for v in CommuneService(db).villages()}
    with db.session() as s:
        records = list(s.scalars(select(ChildRecord).order_by(ChildRecord.id)))
        groups = list(s.scalars(select(ClassificationRecord)))
    assert len(records) == SAMPLE
    for record in records:
        data = ChildIn.model_validate(to_child_in(record).model_dump())  # every validator runs
        assert data.village_id in village_ids
        assert ChildrenService.warnings(data) == [], record.code  # số định danh fits sex, year
    for group in groups:
        ClassificationIn.model_validate(
            {k: getattr(group, k) for k in ClassificationIn.model_fields}
        )
    # The same group never twice for one child (the service refuses overlaps).
    assert Counter((g.child_id, g.group_code) for g in groups).most_common(1)[0][1] == 1
    id_numbers = [r.id_number for r in records if r.id_number]
    assert len(id_numbers) == len(set(id_numbers))


def test_a_demo_child_reads_back_through_the_service(sample: tuple[Database, DemoSummary]) -> None:
    db, summary = sample
    service = ChildrenService(db)
    child = service.get_by_code(summary.last_code)
    assert child.code == summary.last_code == f"TE{SAMPLE:06d}"
    assert child.village_name and child.ethnicity_name
    assert child.effective_status is not ChildStatus.TURNED_16


def test_proportions_are_plausible(sample: tuple[Database, DemoSummary]) -> None:
    db, _ = sample
    service = ChildrenService(db)
    today = date.today()
    with db.session() as s:
        records = list(s.scalars(select(ChildRecord)))
    children = [to_child_in(r) for r in records]
    n = len(children)

    ethnicities = Counter(c.ethnicity_code for c in children)
    assert ethnicities.most_common(1)[0][0] == KINH_CODE
    assert ethnicities[KINH_CODE] / n > 0.85

    sexes = Counter(c.sex for c in children)
    assert set(sexes) == {Sex.MALE, Sex.FEMALE}
    assert 0.45 < sexes[Sex.MALE] / n < 0.58

    ages = Counter(age_on(c.birth, today) for c in children if c.birth)
    assert set(ages) == set(range(16))  # 0 to 15, every one of them
    assert all(0.03 < k / n < 0.10 for k in ages.values())

    surnames = Counter(c.full_name.split(" ")[0] for c in children if c.ethnicity_code == "01")
    assert surnames.most_common(1)[0][0] == "Nguyễn"
    assert 0.25 < surnames["Nguyễn"] / surnames.total() < 0.5
    assert set(surnames) <= {s for s, _ in SURNAMES}

    assert sum(bool(c.mother_name) for c in children) / n > 0.97
    assert sum(bool(c.father_name) for c in children) / n > 0.95
    assert sum(bool(c.caregiver_name) for c in children) / n > 0.99
    assert sum(c.status is ChildStatus.ACTIVE for c in children) / n > 0.98

    classified = {row[0] for row in rows(db, "SELECT DISTINCT child_id FROM classifications")}
    assert 0.04 < len(classified) / n < 0.2
    assert service.count() == n


def test_a_minority_commune_uses_the_groups_own_names(tmp_path: Path) -> None:
    """Seed 2 is a Dao commune in Lào Cai: Dao children carry Dao surnames."""
    db = new_db(tmp_path / "dao.sqlite3")
    generate_demo(db, 300, seed=2)
    with db.session() as s:
        children = [to_child_in(r) for r in s.scalars(select(ChildRecord))]
    ethnicities = Counter(c.ethnicity_code for c in children)
    assert ethnicities.most_common(1)[0][0] == "09"
    assert 0.4 < ethnicities["09"] / len(children) < 0.8 and ethnicities[KINH_CODE] > 0
    dao_surnames = set(ETHNIC_NAME_STYLES["09"][0])
    assert all(
        c.full_name.split(" ")[0] in dao_surnames for c in children if c.ethnicity_code == "09"
    )
    db.dispose()


def test_names_are_nfc_with_vietnamese_letters(sample: tuple[Database, DemoSummary]) -> None:
    db, _ = sample
    table = rows(db, f"SELECT {', '.join(NAME_COLUMNS)} FROM children")
    # A caregiver may be an institution ("Trung tâm Công tác xã hội …"): people only.
    names: list[str] = [n for row in table for n in row if n and not n.startswith("Trung tâm ")]
    assert all(unicodedata.normalize("NFC", n) == n for n in names)
    assert not any(unicodedata.combining(ch) for n in names for ch in n)
    assert all(" ".join(n.split()) == n and len(n.split()) >= 2 for n in names)
    assert all(word[0].isupper() for n in names for word in n.split() if word[0].isalpha())
    with_diacritics = [n for n in names if not n.isascii()]
    assert len(with_diacritics) / len(names) > 0.9
    letters = set("".join(names))
    assert {"Đ", "ư", "ơ", "ễ", "ạ", "ỳ"} <= letters


def test_a_second_run_appends(tmp_path: Path) -> None:
    db = new_db(tmp_path / "twice.sqlite3")
    first = generate_demo(db, 50, seed=4)
    second = generate_demo(db, 30, seed=4)
    assert (first.first_code, first.last_code) == ("TE000001", "TE000050")
    assert (second.first_code, second.last_code) == ("TE000051", "TE000080")
    codes = [r[0] for r in rows(db, "SELECT code FROM children ORDER BY id")]
    assert codes == [f"TE{i:06d}" for i in range(1, 81)]
    # The commune is set up once; the second run uses its villages.
    assert count(db, "commune_profile") == 1
    assert count(db, "villages") == first.villages == second.villages
    assert second.commune == first.commune
    assert [r[0] for r in rows(db, "SELECT action FROM audit_log")] == ["demo", "demo"]
    db.dispose()


def test_an_existing_commune_is_kept(db: Database) -> None:
    """The conftest commune (Xã Hòa Cư, three villages): demo children live there."""
    generate_demo(db, 100, seed=8)
    profile = CommuneService(db).profile()
    assert profile is not None and profile.commune_name == "Xã Hòa Cư"
    assert [v.name for v in profile.villages] == ["Thôn Đông", "Thôn Tây", "Bản Nà Hừ"]
    village_ids = {v.id for v in profile.villages}
    assert {r[0] for r in rows(db, "SELECT DISTINCT village_id FROM children")} <= village_ids
    addresses = {r[0] for r in rows(db, "SELECT address FROM children")}
    assert all(str(a).endswith(", xã Hòa Cư") for a in addresses)


def test_search_finds_demo_children_by_folded_name(sample: tuple[Database, DemoSummary]) -> None:
    db, _ = sample
    service = ChildrenService(db)
    code, name = next(
        (c, n)
        for c, n in rows(db, "SELECT code, full_name FROM children ORDER BY id")
        if "Đ" in n or "đ" in n
    )
    folded = fold(name)  # "Trần Đức Trọng" → "tran duc trong"
    assert folded.isascii()
    results = []
    for query in (folded, folded.upper(), name, name.lower()):
        found = [r.code for r in service.search(query, limit=500)]
        assert code in found, query
        results.append(found)
    assert all(r == results[0] for r in results)
    # Each word is a prefix: "tr d" finds the child too.
    prefixes = " ".join(word[:2] for word in folded.split())
    assert code in [r.code for r in service.search(prefixes, limit=SAMPLE)]


# --- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [-1, 1_000_001])
def test_an_impossible_count_is_refused_and_nothing_is_written(tmp_path: Path, n: int) -> None:
    db = new_db(tmp_path / "refused.sqlite3")
    with pytest.raises(InvalidInput, match=r"Số trẻ phải từ 0 đến 1\.000\.000"):
        generate_demo(db, n)
    assert count(db, "commune_profile") == 0 and count(db, "children") == 0
    db.dispose()


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    """One transaction: a progress callback that raises (the user pressed Cancel) undoes all."""
    db = new_db(tmp_path / "cancel.sqlite3")
    seen: list[tuple[int, int]] = []

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= BATCH_SIZE:  # after the first batch has gone to the file
            raise Cancelled

    with pytest.raises(Cancelled):
        generate_demo(db, BATCH_SIZE + 100, progress=progress)
    assert seen[0] == (0, BATCH_SIZE + 100) and len(seen) == 2
    for table in ("commune_profile", "villages", "children", "classifications", "audit_log"):
        assert count(db, table) == 0, table
    db.dispose()


@pytest.mark.slow
def test_a_hundred_thousand_children(tmp_path: Path) -> None:
    """The benchmark size: codes run on, số định danh stay unique, the search index is full.
    (Its time is measured by the benchmarks, not asserted here.)"""
    db = new_db(tmp_path / "large.sqlite3")
    summary = generate_demo(db, 100_000, seed=11)
    assert summary.last_code == "TE100000"
    assert count(db, "children") == 100_000
    assert rows(db, "SELECT count(*) FROM children_fts")[0][0] == 100_000
    duplicates = "SELECT count(*) FROM (SELECT id_number FROM children WHERE id_number != '' GROUP BY 1 HAVING count(*) > 1)"
    assert rows(db, duplicates)[0][0] == 0
    db.dispose()
