"""The hash chain's rules without a database: the canonical form is stable (a stored hash
never changes meaning), every field and the link count, and each kind of break is told apart;
the stored changes read as per-field old → new values."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from commune_care.domain.audit_chain import (
    GENESIS,
    Breakage,
    ChainEntry,
    canonical_time,
    chain,
    check_chain,
    entry_hash,
)
from commune_care.domain.audit_labels import parse_changes, search_key

AT = datetime(2026, 11, 23, 10, 12, 10, 49425)


def test_the_canonical_form_is_fixed() -> None:
    # A changed serialisation would break every stored trail: this value must never change.
    digest = entry_hash(AT, "hạnh", "update", "child", 7, '{"a": [1, 2]}', GENESIS)
    assert digest == entry_hash("2026-11-23 10:12:10.049425", "hạnh", "update", "child", 7,
                                '{"a": [1, 2]}', "")  # fmt: skip
    assert digest == "06274532633873a4247ff33e20bfaec86cceeb3fb47511b06eace03d17fec9e3"


def test_the_time_reads_the_same_whatever_its_stored_text() -> None:
    assert canonical_time("2026-11-23 10:12:10.049425") == "2026-11-23 10:12:10.049425"
    assert canonical_time("2026-11-23T10:12:10") == "2026-11-23 10:12:10.000000"


@given(
    st.sampled_from(["user", "action", "entity", "entity_id", "changes", "prev"]),
    st.text(min_size=1, max_size=5),
)
def test_every_field_counts(field: str, extra: str) -> None:
    base = {"at": AT, "user": "a", "action": "b", "entity": "c", "entity_id": 1,
            "changes": "{}", "prev": "p"}  # fmt: skip
    changed = dict(base)
    changed[field] = 2 if field == "entity_id" else f"{base[field]}{extra}"
    assert entry_hash(*base.values()) != entry_hash(*changed.values())  # type: ignore[arg-type]


def _entries(n: int) -> list[ChainEntry]:
    rows = [{"at": AT, "user": f"u{i}", "action": "update", "entity": "child", "entity_id": i,
             "changes": "{}"} for i in range(n)]  # fmt: skip
    return [
        ChainEntry(i + 1, r["at"], r["user"], r["action"], r["entity"], r["entity_id"],
                   r["changes"], r["prev_hash"], r["hash"])  # type: ignore[arg-type]
        for i, r in enumerate(chain(rows, GENESIS))
    ]  # fmt: skip


def test_each_kind_of_break() -> None:
    good = _entries(6)
    assert check_chain(good).intact and check_chain(good).checked == 6
    edited = [*good[:2], replace(good[2], user="x"), *good[3:]]
    assert check_chain(edited).broken.kind is Breakage.EDITED  # type: ignore[union-attr]
    missing = [*good[:2], *good[3:]]
    report = check_chain(missing)
    assert (report.broken.entry.id, report.broken.kind) == (4, Breakage.MISSING)  # type: ignore[union-attr]
    forged = replace(good[2], id=99, user="x", hash="0" * 64)
    inserted = [*good[:3], forged, *good[3:]]
    assert check_chain(inserted).broken.kind is Breakage.INSERTED  # type: ignore[union-attr]
    swapped = [*good[:2], replace(good[3], id=3), replace(good[2], id=4), *good[4:]]
    ids = {e.hash: e.id for e in swapped}
    report = check_chain(swapped, ids.get)
    assert report.broken.kind is Breakage.REORDERED and report.broken.detail == "4"  # type: ignore[union-attr]
    unhashed = [*good, replace(good[0], id=7, hash="", prev_hash="")]
    assert check_chain(unhashed).broken.kind is Breakage.INSERTED  # type: ignore[union-attr]


def test_changes_read_as_old_and_new_values() -> None:
    summary, fields = parse_changes(
        '{"summary": "Sửa", "sex": ["nam", "nu"], "registered_on": "2026-01-05", '
        '"archived": [false, true]}', "child"
    )  # fmt: skip
    assert summary == "Sửa"
    assert [(f.label, f.old, f.new) for f in fields] == [
        ("Giới tính", "Nam", "Nữ"), ("Ngày đăng ký quản lý", "", "05/01/2026"),
        ("Đã lưu trữ", "Không", "Có"),
    ]  # fmt: skip
    assert parse_changes("không phải JSON", "child") == ("không phải JSON", ())


@given(st.text(max_size=60))
def test_the_search_key_folds_like_the_search(text: str) -> None:
    from commune_care.domain.textfold import fold

    assert search_key("", "", "", {"note": text}) == fold(text)
