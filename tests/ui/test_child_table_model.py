"""The lazy children model: all ids at once, rows in pages only when the view asks."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.children import (
    ChildFilter,
    ChildIn,
    ChildSummary,
    ClassificationIn,
)
from commune_care.domain.textfold import fold
from commune_care.services.children import ChildrenService, ChildSort
from commune_care.services.commune import CommuneService
from commune_care.ui.context import AppContext
from commune_care.ui.models.child_table_model import (
    MAX_CACHED_PAGES,
    PAGE_SIZE,
    ChildTableModel,
    group_abbreviation,
)
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES

M = ChildTableModel
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Vũ", "Bùi")
MIDDLE = ("Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh")
GIVEN = ("Đức", "An", "Bình", "Hương", "Lan", "Dũng", "Khánh", "Ánh", "Yến", "Tùng", "Ơn")


class CountingChildren(ChildrenService):
    """The real service, counting how many rows the model asks for (no mock of the DB)."""

    def __init__(self, db: Database, user: str) -> None:
        super().__init__(db, user)
        self.summary_calls: list[int] = []

    def summaries(self, child_ids: Sequence[int], on: date | None = None) -> list[ChildSummary]:
        self.summary_calls.append(len(child_ids))
        return super().summaries(child_ids, on)


@dataclass
class Register:
    db: Database
    ctx: AppContext
    service: CountingChildren
    names: dict[int, str]
    females: int
    village_counts: dict[int, int]
    in_group_d: int


def _fill(db: Database, count: int) -> Register:
    CommuneService(db, "test").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    villages = [v.id for v in CommuneService(db, "test").villages()]
    service = CountingChildren(db, "test")
    today = date.today()
    names: dict[int, str] = {}
    females = 0
    village_counts = dict.fromkeys(villages, 0)
    in_group_d = 0
    for i in range(count):
        name = f"{SURNAMES[i % 8]} {MIDDLE[i % 6]} {GIVEN[(i * 7) % 11]}"
        female = i % 3 == 0
        born = today - timedelta(days=30 + (i * 37) % (15 * 365))
        village = villages[i % len(villages)]
        child = service.create(
            ChildIn(
                full_name=name,
                sex=Sex.FEMALE if female else Sex.MALE,
                birth=PartialDate.from_date(born),
                village_id=village,
            ),
            allow_duplicate=True,
        )
        names[child.id] = name
        females += female
        village_counts[village] += 1
        if i % 10 == 0:
            service.classify(child.id, ClassificationIn(group_code="hcdb_d", start_date=today))
            in_group_d += 1
    ctx = dataclasses.replace(AppContext.for_database(db, "", user="test"), children=service)
    return Register(db, ctx, service, names, females, village_counts, in_group_d)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    """10,000 children, written through the service API once for the whole module."""
    path: Path = tmp_path_factory.mktemp("big") / "commune.sqlite3"
    db = Database(path)
    migrate(db)
    yield _fill(db, 10_000)
    db.dispose()


@pytest.fixture
def register(big: Register) -> Register:
    big.service.summary_calls.clear()
    return big


@pytest.fixture
def small(db: Database) -> Register:
    """Enough children for three pages, in the per-test database."""
    return _fill(db, 2 * PAGE_SIZE + 50)


def _name_key(name: str) -> tuple[str, str]:
    folded = fold(name)
    return (folded.rsplit(" ", 1)[-1], folded)


# --- fast: the paging logic on 450 rows ------------------------------------------------------
def test_pages_are_fetched_only_when_asked(qtbot, small: Register):
    model = ChildTableModel(small.ctx)
    small.service.summary_calls.clear()
    with qtbot.waitSignal(model.first_page_loaded, timeout=1000):
        model.set_filter(ChildFilter())
    assert model.rowCount() == 2 * PAGE_SIZE + 50
    assert model.columnCount() == M.COLUMN_COUNT
    assert small.service.summary_calls == [PAGE_SIZE]  # the first page only
    last = model.index(model.rowCount() - 1, M.COL_NAME)
    assert model.data(last) in small.names.values()
    assert small.service.summary_calls == [PAGE_SIZE, 50]  # the last page, nothing between
    model.data(model.index(model.rowCount() - 2, M.COL_CODE))
    assert len(small.service.summary_calls) == 2  # cached
    assert model.loaded_pages() == [0, 2]


def test_id_role_and_columns(qtbot, small: Register):
    model = ChildTableModel(small.ctx)
    model.set_filter(ChildFilter())
    index = model.index(0, M.COL_NAME)
    child_id = model.data(index, M.ID_ROLE)
    child = small.ctx.children.get(child_id)
    row = {c: model.data(model.index(0, c)) for c in range(M.COLUMN_COUNT)}
    assert row[M.COL_CODE] == child.code
    assert row[M.COL_NAME] == child.full_name
    assert row[M.COL_SEX] == child.sex.label
    assert row[M.COL_BIRTH] == child.birth.display()
    assert row[M.COL_AGE] == str(child.age)
    assert row[M.COL_VILLAGE] == child.village_name
    assert row[M.COL_STATUS] == "Đang quản lý"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(M.COLUMN_COUNT)]
    assert all(headers)


def test_groups_column_short_with_full_tooltip(qtbot, small: Register):
    model = ChildTableModel(small.ctx)
    model.set_filter(ChildFilter(group_code="hcdb_d"))
    index = model.index(0, M.COL_GROUPS)
    assert model.data(index) == "d"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "d) Trẻ em khuyết tật"
    assert group_abbreviation("sktt_van_de") == "SKTT"
    assert group_abbreviation("hcdb_dd") == "đ"


def test_archived_rows_show_archived(qtbot, small: Register):
    model = ChildTableModel(small.ctx)
    child_id = next(iter(small.names))
    small.ctx.children.archive(child_id, "Đăng ký trùng")
    model.set_filter(ChildFilter(archived=True))
    assert model.rowCount() == 1
    assert model.data(model.index(0, M.COL_STATUS)) == model.tr("Archived")
    model.set_filter(ChildFilter())
    assert model.row_of(child_id) is None


def test_cache_is_bounded(qtbot, small: Register, monkeypatch):
    monkeypatch.setattr("commune_care.ui.models.child_table_model.MAX_CACHED_PAGES", 2)
    model = ChildTableModel(small.ctx)
    model.set_filter(ChildFilter())
    for row in (0, PAGE_SIZE, 2 * PAGE_SIZE, 0):
        model.data(model.index(row, M.COL_NAME))
    assert model.loaded_pages() == [2, 0]


def test_unsortable_columns_leave_the_order_alone(qtbot, small: Register):
    model = ChildTableModel(small.ctx)
    model.set_filter(ChildFilter())
    before = [model.child_id(r) for r in range(model.rowCount())]
    model.sort(M.COL_PARENTS, Qt.SortOrder.DescendingOrder)
    assert [model.child_id(r) for r in range(model.rowCount())] == before
    assert not model.is_sortable(M.COL_GROUPS) and model.is_sortable(M.COL_NAME)


# --- 10,000 rows -----------------------------------------------------------------------------
@pytest.mark.slow
def test_ten_thousand_rows_load_lazily(qtbot, register: Register):
    model = ChildTableModel(register.ctx)
    model.set_filter(ChildFilter())
    assert model.rowCount() == 10_000
    assert register.service.summary_calls == [PAGE_SIZE]
    model.data(model.index(5_000, M.COL_NAME))
    model.data(model.index(5_001, M.COL_NAME))
    assert register.service.summary_calls == [PAGE_SIZE, PAGE_SIZE]
    assert model.loaded_pages() == [0, 5_000 // PAGE_SIZE]
    assert MAX_CACHED_PAGES * PAGE_SIZE < 10_000  # the whole list is never held


@pytest.mark.slow
def test_a_view_fetches_only_what_it_shows(qtbot, register: Register):
    model = ChildTableModel(register.ctx)
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(1000, 600)
    view.setModel(model)
    model.set_filter(ChildFilter())
    view.show()
    qtbot.waitExposed(view)
    register.service.summary_calls.clear()
    view.scrollToBottom()
    qtbot.wait(50)
    assert 1 <= len(register.service.summary_calls) <= 2
    assert len(model.loaded_pages()) <= 3


@pytest.mark.slow
def test_sort_by_name_and_birth(qtbot, register: Register):
    model = ChildTableModel(register.ctx)
    model.set_filter(ChildFilter())
    expected = sorted(register.names, key=lambda i: (*_name_key(register.names[i]), i))
    assert [model.child_id(r) for r in range(300)] == expected[:300]

    model.sort(M.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.child_id(0) == expected[-1]

    model.sort(M.COL_BIRTH, Qt.SortOrder.AscendingOrder)
    births = [model.data(model.index(r, M.COL_BIRTH), M.SORT_ROLE) for r in range(0, 10_000, 97)]
    assert births == sorted(births)
    model.sort(M.COL_AGE, Qt.SortOrder.AscendingOrder)  # youngest first = latest birth first
    ages = [model.data(model.index(r, M.COL_AGE), M.SORT_ROLE) for r in range(0, 10_000, 97)]
    assert ages == sorted(ages)
    assert model.sort_order() == Qt.SortOrder.AscendingOrder

    model.sort(M.COL_CODE, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, M.COL_CODE)) == "TE000001"
    model.set_filter(ChildFilter(), sort=ChildSort.NAME, descending=False)
    assert model.child_id(0) == expected[0]


@pytest.mark.slow
def test_filters(qtbot, register: Register):
    model = ChildTableModel(register.ctx)
    model.set_filter(ChildFilter(sex=Sex.FEMALE))
    assert model.rowCount() == register.females
    village, count = next(iter(register.village_counts.items()))
    model.set_filter(ChildFilter(village_id=village))
    assert model.rowCount() == count
    model.set_filter(ChildFilter(group_code="hcdb_d"))
    assert model.rowCount() == register.in_group_d
    model.set_filter(ChildFilter(text="duc"))
    assert 0 < model.rowCount() < 10_000
    for r in range(0, model.rowCount(), 53):
        assert "duc" in fold(model.data(model.index(r, M.COL_NAME)))
