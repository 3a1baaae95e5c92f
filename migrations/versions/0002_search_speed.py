"""search speed: prefix indexes up to 6 letters, a covering name-order index for search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:20:00

Measured at 100,000 children (DECISIONS.md "Search speed"):

- ``children_fts`` is recreated with ``prefix='1 2 3 4 5 6'``. Without a prefix index of a
  word's length FTS5 merges the lists of every token that starts with it at each query: ~1.5 ms
  for "nguy"/"nguyen" (60 % of rows) on top of the query itself. Six letters covers the
  Vietnamese syllables people type ("nguyen", "truong", "phuong"); the index grows by ~5.5 MB.
- ``ix_children_search_window (archived, sort_key, search_key)``: search walks the name order
  and tests search_key row by row (ChildRepository.ids); with search_key in the index that walk
  never reads the 500-byte table rows (0.3 µs instead of 1 µs a row, and ~5 pages instead of
  hundreds read from a cold disk for a common word).
- ``ix_children_archived_sort`` is dropped and made again, unchanged, *after* the new index: where
  both serve a query equally well (the list in name order, counts of the register), SQLite takes
  the index it meets first, which is the one created last — so those queries keep reading the
  narrow index (3 MB at 100,000 children, not 12 MB). tests/db/test_search_plans.py checks it.
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_TRIGGERS = ("children_fts_ai", "children_fts_ad", "children_fts_au")


def _recreate_fts(prefix: str) -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS children_fts")
    op.execute(
        "CREATE VIRTUAL TABLE children_fts USING fts5("
        "search_key, content='children', content_rowid='id', "
        f"tokenize=\"unicode61 remove_diacritics 0\", prefix='{prefix}')"
    )
    # The same triggers as migration 0001: every writer keeps the index in step.
    op.execute(
        "CREATE TRIGGER children_fts_ai AFTER INSERT ON children BEGIN "
        "INSERT INTO children_fts(rowid, search_key) VALUES (new.id, new.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER children_fts_ad AFTER DELETE ON children BEGIN "
        "INSERT INTO children_fts(children_fts, rowid, search_key) "
        "VALUES ('delete', old.id, old.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER children_fts_au AFTER UPDATE OF search_key ON children BEGIN "
        "INSERT INTO children_fts(children_fts, rowid, search_key) "
        "VALUES ('delete', old.id, old.search_key); "
        "INSERT INTO children_fts(rowid, search_key) VALUES (new.id, new.search_key); END"
    )
    # Index the rows already there (external content: read back from `children`).
    op.execute("INSERT INTO children_fts(children_fts) VALUES ('rebuild')")


def upgrade() -> None:
    _recreate_fts("1 2 3 4 5 6")
    op.create_index(
        'ix_children_search_window', 'children', ['archived', 'sort_key', 'search_key']
    )
    op.drop_index('ix_children_archived_sort', table_name='children')
    op.create_index('ix_children_archived_sort', 'children', ['archived', 'sort_key'])
    # A village's list and the children per village read the index alone, never the table
    # (at 100,000 children: 110 ms -> 1 ms for a village's list, 125 ms -> 9 ms for the counts).
    op.drop_index('ix_children_village_sort', table_name='children')
    op.create_index(
        'ix_children_village_sort', 'children', ['village_id', 'archived', 'sort_key']
    )


def downgrade() -> None:
    op.drop_index('ix_children_village_sort', table_name='children')
    op.create_index('ix_children_village_sort', 'children', ['village_id', 'sort_key'])
    op.drop_index('ix_children_search_window', table_name='children')
    _recreate_fts("1 2 3")
