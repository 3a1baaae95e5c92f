"""Activities, sponsorships and social-assistance payments (issue #9, item 3): each bad input
gets a Vietnamese message naming what to fix and writes nothing; amounts follow Nghị định
20/2021/NĐ-CP with the base level of the month; archived rows leave the figures."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from commune_care.db.session import Database
from commune_care.domain.activities import ActivityKind, AssistanceCategory, FundingSource
from commune_care.domain.dates import PartialDate
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.activities import ActivityFilter, PaymentFilter
from commune_care.services.activities import ActivitiesService
from commune_care.services.assistance import AssistanceService
from commune_care.services.children import ChildrenService

GOOD = {
    "held_on": "15/03/2025", "kind": ActivityKind.TRAINING, "title": "Tập huấn cộng tác viên",
    "place": "Hội trường UBND xã", "organiser": "UBND xã", "participants_total": 40,
    "participants_children": 0, "participants_parents": 5, "participants_staff": 30,
    "budget_vnd": "3.500.000 đ", "budget_source": FundingSource.STATE_BUDGET,
}  # fmt: skip


def rows(db: Database, table: str) -> int:
    assert db.path is not None
    with sqlite3.connect(Path(db.path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def child(db: Database, name: str, born: PartialDate | None = None) -> int:
    born = born or PartialDate(2015, 4, 1)
    children = ChildrenService(db, user="test")
    return children.create(children.validate({"full_name": name, "birth": born}),
                           allow_duplicate=True).id  # fmt: skip


def test_an_activity_is_written_read_back_edited_and_archived(db: Database) -> None:
    service = ActivitiesService(db, user="test")
    kid = child(db, "Nguyễn Văn An")
    data = service.validate_activity({**GOOD, "participants_children": 1, "child_ids": [kid],
                                      "participants_total": 41})  # fmt: skip
    out = service.add_activity(data)
    assert out.budget_vnd == 3_500_000 and out.held_on == date(2025, 3, 15)
    assert [c.full_name for c in out.children] == ["Nguyễn Văn An"]
    assert out.participants_other == 5
    again = service.update_activity(out.id, service.validate_activity(
        {**GOOD, "title": "Tập huấn kỹ năng", "child_ids": []}))  # fmt: skip
    assert again.title == "Tập huấn kỹ năng" and again.children == ()
    assert rows(db, "activity_children") == 0
    service.set_activity_archived(out.id, True)
    assert service.activities(ActivityFilter(year=2025)) == []
    assert [a.id for a in service.activities(ActivityFilter(archived=True))] == [out.id]
    counts = service.year_counts(date(2025, 1, 1), date(2025, 12, 31))
    assert counts.activities_total.sessions == 0  # archived rows leave the figures
    with sqlite3.connect(Path(db.path or "")) as conn:
        actions = [a for (a,) in conn.execute(
            "SELECT action FROM audit_log WHERE entity = 'activity' ORDER BY id")]  # fmt: skip
    assert actions == ["create", "update", "archive"]


def test_the_total_left_empty_is_the_sum(db: Database) -> None:
    data = ActivitiesService.validate_activity({**GOOD, "participants_total": 0})
    assert data.participants_total == 35


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"title": "  "}, "title", "Tên hoạt động không được để trống"),
        ({"kind": None}, "kind", "Loại hoạt động"),
        ({"kind": "hoi_thao"}, "kind", "không có trong danh sách"),
        ({"held_on": "31/02/2025"}, "held_on", "Ngày tổ chức"),
        ({"held_on": date.today() + timedelta(days=3)}, "held_on", "ở tương lai"),
        ({"participants_total": 20}, "__all__", "ít hơn số trẻ em, cha mẹ và cán bộ"),
        ({"participants_staff": -1}, "participants_staff", "không được âm"),
        ({"budget_vnd": "ba triệu"}, "budget_vnd", "số tiền bằng đồng"),
        ({"budget_vnd": ""}, "__all__", "chưa nhập kinh phí"),
    ],
)
def test_bad_activities_are_refused_with_a_vietnamese_message(
    db: Database, change: dict[str, object], field: str, words: str
) -> None:
    service = ActivitiesService(db, user="test")
    with pytest.raises(InvalidInput) as caught:
        service.add_activity(service.validate_activity({**GOOD, **change}))
    assert words in caught.value.errors[field]
    assert rows(db, "activities") == 0


def test_an_archived_or_unknown_child_cannot_be_linked(db: Database) -> None:
    service = ActivitiesService(db, user="test")
    kid = child(db, "Lò Văn Pao")
    ChildrenService(db, user="test").archive(kid, "Nhập trùng")
    for ids, words in (([kid], "đã lưu trữ"), ([9999], "không còn trong sổ")):
        data = service.validate_activity({**GOOD, "child_ids": ids})
        with pytest.raises(InvalidInput) as caught:
            service.add_activity(data)
        assert words in caught.value.errors["child_ids"]
    assert rows(db, "activities") == 0


def test_sponsorships(db: Database) -> None:
    service = ActivitiesService(db, user="test")
    kid = child(db, "Trần Thị Bình")
    values = {"child_id": kid, "sponsor": "Công ty TNHH Minh Phát", "support": "Học bổng",
              "monthly_vnd": "500.000", "start_date": "01/03/2025"}  # fmt: skip
    out = service.add_sponsorship(service.validate_sponsorship(values))
    assert out.monthly_vnd == 500_000 and out.child_name == "Trần Thị Bình"
    assert out.active_on(date(2025, 12, 31))
    ended = service.update_sponsorship(
        out.id, service.validate_sponsorship({**values, "end_date": "31/05/2025"})
    )
    assert not ended.active_on(date(2025, 6, 1))
    counts = service.year_counts(date(2025, 1, 1), date(2025, 12, 31))
    assert (counts.sponsorships, counts.sponsored_children, counts.sponsors) == (1, 1, 1)
    assert counts.sponsorship_vnd == 3 * 500_000  # March, April, May
    assert [s.id for s in service.sponsorships(year=2025)] == [out.id]
    assert service.sponsorships(year=2026) == []
    for bad, field, words in (
        ({"sponsor": ""}, "sponsor", "nhận đỡ đầu"),
        ({"support": ""}, "support", "nội dung hỗ trợ"),
        ({"child_id": None}, "child_id", "Trẻ được nhận đỡ đầu"),
        ({"end_date": "01/01/2025"}, "__all__", "trước ngày bắt đầu"),
        ({"monthly_vnd": "-5"}, "monthly_vnd", "số tiền"),
    ):
        with pytest.raises(InvalidInput) as caught:
            service.add_sponsorship(service.validate_sponsorship({**values, **bad}))
        assert words in caught.value.errors[field], bad
    other = child(db, "Lê Văn Cường")
    with pytest.raises(InvalidInput) as moved:
        service.update_sponsorship(out.id, service.validate_sponsorship(
            {**values, "child_id": other}))  # fmt: skip
    assert "sang trẻ khác" in moved.value.errors["child_id"]
    assert rows(db, "sponsorships") == 1


def test_payments_follow_the_decree_and_the_base_level_of_each_month(db: Database) -> None:
    service = AssistanceService(db, user="test")
    levels = service.levels()
    assert [(lv.effective_from, lv.base_vnd) for lv in levels] == [
        (date(2021, 7, 1), 360_000), (date(2024, 7, 1), 500_000)]  # fmt: skip
    # Born 10/2020: under 4 until 10/2024 → 2,5; from 4 → 1,5 (Điều 6.1.a).
    kid = child(db, "Giàng A Páo", PartialDate(2020, 10, 5))
    paid = service.add_payments(service.validate_payments({
        "child_id": kid, "category": AssistanceCategory.NO_CARE_SOURCE,
        "first_month": "05/2024", "last_month": "11/2024", "paid_on": "20/11/2024"}))  # fmt: skip
    got = [(p.month.month, p.base_vnd, p.coefficient, p.amount_vnd) for p in paid]
    assert got == [
        (5, 360_000, Decimal("2.5"), 900_000), (6, 360_000, Decimal("2.5"), 900_000),
        (7, 500_000, Decimal("2.5"), 1_250_000), (8, 500_000, Decimal("2.5"), 1_250_000),
        (9, 500_000, Decimal("2.5"), 1_250_000), (10, 500_000, Decimal("2.5"), 1_250_000),
        (11, 500_000, Decimal("1.5"), 750_000),
    ]  # fmt: skip
    # A month is paid once: the whole range is refused and nothing written.
    with pytest.raises(InvalidInput) as twice:
        service.add_payments(service.validate_payments({
            "child_id": kid, "category": "d5_k1", "first_month": "11/2024",
            "last_month": "12/2024"}))  # fmt: skip
    assert "11/2024" in twice.value.errors["first_month"]
    assert rows(db, "assistance_payments") == 7
    # Archived, the month may be recorded again; restoring the old one is then refused.
    november = paid[-1]
    service.set_payment_archived(november.id, True)
    again = service.add_payments(service.validate_payments({
        "child_id": kid, "category": "d5_k1", "coefficient": "2,0", "first_month": "11/2024"}))  # fmt: skip
    assert again[0].amount_vnd == 1_000_000
    with pytest.raises(UserError, match="đã được ghi lại"):
        service.set_payment_archived(november.id, False)
    assert len(service.payments(PaymentFilter(year=2024))) == 7


def test_bad_payments_are_refused(db: Database) -> None:
    service = AssistanceService(db, user="test")
    kid = child(db, "Vì Thị Mai")
    base = {"child_id": kid, "category": "d5_k1", "first_month": "03/2025"}
    for bad, field, words in (
        ({"category": None}, "category", "Đối tượng hưởng trợ cấp"),
        ({"first_month": "13/2025"}, "first_month", "không có thật"),
        ({"first_month": "tháng ba"}, "first_month", "mm/yyyy"),
        ({"last_month": "01/2025"}, "__all__", "trước «Từ tháng»"),
        ({"last_month": "12/2028"}, "__all__", "tối đa 36 tháng"),
        ({"coefficient": "0"}, "coefficient", "lớn hơn 0"),
        ({"coefficient": "1,555"}, "coefficient", "hai chữ số thập phân"),
        ({"category": "khac"}, "__all__", "hãy nhập hệ số"),
        ({"first_month": "01/2020"}, "first_month", "Chưa có mức chuẩn"),
    ):
        with pytest.raises(InvalidInput) as caught:
            service.add_payments(service.validate_payments({**base, **bad}))
        assert words in caught.value.errors[field], bad
    assert rows(db, "assistance_payments") == 0


def test_the_base_level_is_dated_editable_data(db: Database) -> None:
    service = AssistanceService(db, user="test")
    new = service.save_level(service.validate_level(
        {"effective_from": "01/07/2026", "base_vnd": "600.000", "legal_basis": "Nghị định mới"}))  # fmt: skip
    assert service.level_on(date(2026, 8, 1)) == new
    assert service.level_on(date(2026, 6, 30)).base_vnd == 500_000  # type: ignore[union-attr]
    with pytest.raises(InvalidInput) as same_day:
        service.save_level(service.validate_level(
            {"effective_from": "01/07/2026", "base_vnd": "650.000"}))  # fmt: skip
    assert "Đã có mức chuẩn" in same_day.value.errors["effective_from"]
    fixed = service.save_level(service.validate_level(
        {"effective_from": "01/07/2026", "base_vnd": "650.000"}), new.id)  # fmt: skip
    assert fixed.base_vnd == 650_000 and len(service.levels()) == 3
    for bad in ({"base_vnd": ""}, {"base_vnd": "0"}, {"effective_from": ""}):
        with pytest.raises(InvalidInput):
            service.validate_level({"effective_from": "01/01/2027", "base_vnd": "1", **bad})
