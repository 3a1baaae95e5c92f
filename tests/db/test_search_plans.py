"""ChildRepository.ids with a LIMIT in name order picks one of several query plans by the size of
the match set (DECISIONS.md "Search speed"). Whatever plan it picks, the answer must be exactly the
generic query's: the first N matches in name order. The thresholds are forced small here so that
a few hundred children take every path."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from commune_care.db.repositories import children as repo_module
from commune_care.db.repositories.children import ChildRepository, ChildSort
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.schemas.children import ChildFilter
from commune_care.services.children import ChildrenService

SURNAMES = ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ", "Vũ", "Giàng"]
MIDDLES = ["Văn", "Thị", "Thị", "Hữu", "Ngọc", "Minh", ""]
GIVENS = ["Đức", "Lan", "Anh", "Yến", "Uyên", "Vy", "Trang", "Hoa", "Tuấn", "Bình", "Xuân"]
# Separators other than a space, and letters outside ASCII once folded: the row test must agree
# with FTS's tokens for these too.
ODD_NAMES = [
    "H'Hen Niê",
    "Ka-Sô Đức",
    "Y-Uyên Byă",
    "Bjørn Lê Văn",
    "Lê (Đức) Anh",
    "Nguyễn_Văn Hoa",
    "Đinh Thị Yến.Nhi",
]
QUERIES = [
    "n", "ng", "nguy", "nguyen", "nguyen v", "nguyen van duc", "Nguyễn Thị Lan", "thi", "duc",
    "đức", "lan", "yen", "uyen", "uy", "en", "vy", "y", "x", "h", "hen", "h hen", "ka", "so",
    "so duc", "bj", "bjorn", "rn", "nhi", "yen nhi", "van", "hoa", "te", "te0000", "TE000012",
    "12", "1", "0912", "zzz", "giang", "a",
]  # fmt: skip
LIMITS = [1, 7, 50]

# (FEW_MATCHES, WINDOW_ROWS): which plan each setting forces.
PLANS = {
    "fts-first": (10**9, 10**9),
    "window over the whole list": (1, 10**9),
    "window, then generic": (1, 25),
    "production thresholds": (repo_module.FEW_MATCHES, repo_module.WINDOW_ROWS),
}


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from commune_care.db.migrate import migrate

    db = Database(tmp_path_factory.mktemp("plans") / "plans.sqlite3")
    migrate(db)
    service = ChildrenService(db, user="test")
    rng = random.Random(7)

    def person() -> str:
        parts = [rng.choice(SURNAMES), rng.choice(MIDDLES), rng.choice(GIVENS)]
        return " ".join(p for p in parts if p)

    names = [person() for _ in range(260)] + ODD_NAMES
    rng.shuffle(names)
    for n, name in enumerate(names):
        values = {
            "full_name": name,
            "birth": PartialDate(2010 + n % 6),
            "father_name": person() if n % 3 else "",
            "mother_name": person() if n % 4 else "",
            "id_number": f"0912{n:08d}" if n % 5 == 0 else "",
        }
        child = service.create(service.validate(values), allow_duplicate=True)
        if n % 17 == 0:
            service.archive(child.id, "Chuyển đi")
    yield db
    db.dispose()


def generic(repo: ChildRepository, flt: ChildFilter, limit: int) -> list[int]:
    stmt = repo._ordered_ids(flt, ChildSort.NAME, False).limit(limit)
    return list(repo.session.scalars(stmt))


@pytest.mark.parametrize("plan", list(PLANS))
def test_every_plan_gives_the_first_matches_in_name_order(
    register: Database, plan: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    few, window = PLANS[plan]
    monkeypatch.setattr(repo_module, "FEW_MATCHES", few)
    monkeypatch.setattr(repo_module, "WINDOW_ROWS", window)
    with register.session() as s:
        repo = ChildRepository(s)
        for archived in (False, True):
            for query in QUERIES:
                flt = ChildFilter(text=query, archived=archived)
                for limit in LIMITS:
                    assert repo.ids(flt, limit=limit) == generic(repo, flt, limit), (
                        query,
                        archived,
                        limit,
                    )


def test_the_fixture_exercises_what_it_claims(register: Database) -> None:
    """The queries above mean something only if they match: broad, narrow, odd and none."""
    with register.session() as s:
        repo = ChildRepository(s)

        def hits(query: str) -> int:
            return len(generic(repo, ChildFilter(text=query), 10_000))

        assert hits("nguyen") > 80 and hits("thi") > 50
        assert hits("hen") >= 1 and hits("so duc") >= 1 and hits("yen nhi") >= 1
        assert hits("bjorn") == 0 and hits("bj") >= 1  # FTS keeps ø inside the token
        assert hits("rn") == 0 and hits("zzz") == 0
        # Children who share a sort_key (same name): the window's LIMIT may cut between them.
        shared = s.execute(
            text(
                "SELECT count(*) FROM (SELECT 1 FROM children GROUP BY sort_key HAVING count(*) > 2)"
            )
        ).scalar_one()
        assert shared > 10


def query_plan(db: Database, sql: str, params: dict[str, object]) -> str:
    with db.session() as s:
        rows = s.execute(text(f"EXPLAIN QUERY PLAN {sql}"), params).all()
    return " / ".join(row[-1] for row in rows)


def orm_query_plan(db: Database, stmt: Any) -> str:
    """The plan of a SQLAlchemy statement with its parameters bound as the app binds them."""
    with db.session() as s:
        compiled = stmt.compile(dialect=s.get_bind().dialect)
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
        rows = s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
    return " / ".join(row[-1] for row in rows)


def test_only_search_reads_the_wide_index(register: Database) -> None:
    """Migration 0002 adds (archived, sort_key, search_key) for the search window; the list in
    name order and the counts must keep reading the narrow (archived, sort_key) index."""
    with register.session() as s:
        repo = ChildRepository(s)
        listing = repo._ordered_ids(ChildFilter(), ChildSort.NAME, False)
        generic_search = repo._ordered_ids(ChildFilter(text="nguyen"), ChildSort.NAME, False)
    for stmt in (listing, generic_search.limit(50)):
        assert "ix_children_archived_sort" in orm_query_plan(register, stmt)
    count = "SELECT count(*) FROM children WHERE archived = 0"
    # A narrow index: (archived, sort_key), or since 0011 (archived, status, sex, birth_latest).
    plan = query_plan(register, count, {})
    assert "COVERING INDEX" in plan and "ix_children_search_window" not in plan, plan
    window = repo_module._window_query(2, bounded=True)
    params = {"archived": False, "window_end": "m", "limit": 50, "match": '"a"* AND "b"*'}
    params.update(
        {"w0": "a", "sw0": " a", "g0": "*[^a-z0-9]a*", "w1": "b", "sw1": " b", "g1": "*[^a-z0-9]b*"}
    )
    assert "COVERING INDEX ix_children_search_window" in query_plan(register, str(window), params)


def test_word_tests_follow_fts_tokens(register: Database) -> None:
    """Through the service: a word after ' or - or ( starts a token; one inside a word does not."""
    service = ChildrenService(register, user="test")
    names = {c.full_name for c in service.search("hen", limit=50)}
    assert "H'Hen Niê" in names
    assert {c.full_name for c in service.search("so duc")} == {"Ka-Sô Đức"}
    assert [c.full_name for c in service.search("Byă")] == ["Y-Uyên Byă"]
    assert service.search("rn") == []
    assert all("Uyên" in c.full_name or "Uyên" in c.father_name + c.mother_name
               for c in service.search("uyen", limit=50))  # fmt: skip
