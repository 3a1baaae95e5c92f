"""Demo activities, sponsorships and social-assistance payments (issue #9) for the demo commune.

Called by ``generate_demo`` after the children, cases and care are written, in the same
transaction. For last year and this year up to ``today``:

- **activities** of the five kinds, about two a month in a small commune and more in a large
  one: communication sessions in the villages, training for staff and collaborators, life-skills
  classes at the schools, visits with gifts at Tết and on 1 June, other support; participants
  split into children, parents and staff; a budget from the state budget or socialised funds;
  the children concerned linked for visits and gifts (the orphans and children in special
  circumstances of the run);
- **sponsorships** (nhận đỡ đầu) of orphans and children of poor households by companies,
  unions, the commune's party cell members: a monthly amount or goods, most still running;
- **social assistance** (Nghị định 20/2021/NĐ-CP) for the orphans of both parents and the
  abandoned children of the run: every month from when they were classified (at most from
  January last year) to this month, at the base level of the month × 2,5 under 4 years, × 1,5
  from 4 years; this month's not paid yet.

Rows are inserted with Core ``executemany``; the children come from one indexed query. Each
draw comes from one ``random.Random`` seeded with the demo's seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from commune_care.db.models import ChildRecord, ClassificationRecord
from commune_care.db.models.activities import (
    ActivityChildRecord,
    ActivityRecord,
    AssistancePaymentRecord,
    SponsorshipRecord,
)
from commune_care.domain.activities import (
    DEFAULT_ASSISTANCE_LEVELS,
    ActivityKind,
    AssistanceCategory,
    FundingSource,
    monthly_amount,
    months_between,
)
from commune_care.domain.schemas.commune import CommuneProfileIn

__all__ = ["DemoActivitiesResult", "generate_activities"]

_T = {
    "activities": cast(Table, ActivityRecord.__table__),
    "links": cast(Table, ActivityChildRecord.__table__),
    "sponsorships": cast(Table, SponsorshipRecord.__table__),
    "payments": cast(Table, AssistancePaymentRecord.__table__),
}
_PAID_GROUPS = ("hcdb_a", "hcdb_b")  # mồ côi cả cha và mẹ; bị bỏ rơi (khoản 1 Điều 5)
_SPONSORED_GROUPS = ("hcdb_a", "mo_coi_cha_hoac_me", "hcdb_c", "hcdb_d")
MAX_SPONSORSHIPS = 400
MAX_PAID_CHILDREN = 600

_TITLES = {
    ActivityKind.COMMUNICATION: (
        "Truyền thông phòng, chống xâm hại trẻ em tại {village}",
        "Truyền thông về chăm sóc sức khỏe tâm thần trẻ em tại {village}",
        "Truyền thông phòng, chống đuối nước trẻ em tại {village}",
        "Truyền thông Tổng đài 111 và quyền trẻ em tại {village}",
    ),
    ActivityKind.TRAINING: (
        "Tập huấn kỹ năng phát hiện, hỗ trợ trẻ em có vấn đề sức khỏe tâm thần",
        "Tập huấn quy trình hỗ trợ, can thiệp trẻ em bị xâm hại cho cộng tác viên",
        "Tập huấn chăm sóc thay thế cho trẻ em mồ côi",
    ),
    ActivityKind.LIFE_SKILLS: (
        "Giáo dục kỹ năng tự bảo vệ cho học sinh {school}",
        "Giáo dục kỹ năng sống, phòng tránh bắt nạt cho học sinh {school}",
    ),
    ActivityKind.VISIT_GIFTS: (
        "Thăm hỏi, tặng quà trẻ em có hoàn cảnh đặc biệt dịp Tết Nguyên đán",
        "Thăm hỏi, tặng quà trẻ em mồ côi nhân Ngày Quốc tế Thiếu nhi 1/6",
        "Tặng quà Trung thu cho trẻ em có hoàn cảnh khó khăn",
    ),
    ActivityKind.OTHER_SUPPORT: (
        "Hỗ trợ học bổng cho trẻ em có hoàn cảnh đặc biệt",
        "Hỗ trợ thẻ bảo hiểm y tế cho trẻ em hộ cận nghèo",
    ),
}
_KINDS = (
    (ActivityKind.COMMUNICATION, 0.35), (ActivityKind.TRAINING, 0.12),
    (ActivityKind.LIFE_SKILLS, 0.2), (ActivityKind.VISIT_GIFTS, 0.2),
    (ActivityKind.OTHER_SUPPORT, 0.13),
)  # fmt: skip
_SPONSORS = (
    "Công ty TNHH Thương mại Minh Phát", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã",
    "Ngân hàng Chính sách xã hội chi nhánh huyện", "Hội Chữ thập đỏ xã",
    "Công ty Cổ phần Xây dựng Hòa Bình", "Chi bộ thôn", "Ông Nguyễn Văn Thành",
    "Bà Trần Thị Lan", "Quỹ Bảo trợ trẻ em tỉnh",
)  # fmt: skip
_SUPPORT = (
    ("Học bổng hằng tháng", 500_000), ("Tiền ăn và đồ dùng học tập", 300_000),
    ("Sữa và nhu yếu phẩm", 400_000), ("Học bổng và quần áo đồng phục", 1_000_000),
    ("Đồ dùng học tập đầu năm học", None),
)  # fmt: skip


@dataclass(frozen=True)
class DemoActivitiesResult:
    activities: int
    sponsorships: int
    payments: int


def _children_in(s: Session, first_id: int, codes: tuple[str, ...]) -> list[tuple[Any, ...]]:
    cl, c = ClassificationRecord, ChildRecord
    return list(
        s.execute(
            select(c.id, c.birth_latest, cl.group_code, cl.start_date)
            .join(cl, cl.child_id == c.id)
            .where(c.id >= first_id, cl.group_code.in_(codes), cl.end_date.is_(None),
                   c.archived.is_(False), c.status == "dang_quan_ly")
            .order_by(c.id)
        ).all()
    )  # fmt: skip


def _level(month: date) -> int:
    base = DEFAULT_ASSISTANCE_LEVELS[0][1]
    for start, value, _basis in DEFAULT_ASSISTANCE_LEVELS:
        if start <= month:
            base = value
    return base


def generate_activities(
    s: Session,
    seed: int,
    children: int,
    first_id: int,
    profile: CommuneProfileIn,
    villages: list[str],
    schools: list[str],
    today: date,
) -> DemoActivitiesResult:
    if children <= 0:
        return DemoActivitiesResult(0, 0, 0)
    rng = random.Random(f"commune-care demo activities {seed}")
    now = datetime.combine(today, datetime.min.time())
    start = date(today.year - 1, 1, 1)
    organiser = f"UBND {profile.commune_name}".replace("UBND Xã", "UBND xã")
    sponsored_pool = _children_in(s, first_id, _SPONSORED_GROUPS)
    paid_pool = [r for r in sponsored_pool if r[2] in _PAID_GROUPS]

    # Activities: about 2 a month, more for a large commune.
    per_year = min(24 + children // 2500, 80)
    span = (today - start).days
    n_activities = max(1, round(per_year * span / 365))
    activities, links = [], []
    kinds = [k for k, _w in _KINDS]
    weights = [w for _k, w in _KINDS]
    next_id = int(s.scalar(select(ActivityRecord.id).order_by(ActivityRecord.id.desc())) or 0) + 1
    for i in range(n_activities):
        kind = rng.choices(kinds, weights)[0]
        held = start + timedelta(days=rng.randrange(span + 1))
        village = rng.choice(villages) if villages else "thôn"
        school = rng.choice(schools) if schools else "trường học trên địa bàn"
        title = rng.choice(_TITLES[kind]).format(village=village, school=school)
        if kind is ActivityKind.TRAINING:
            kids, parents, staff = 0, rng.randint(0, 10), rng.randint(15, 45)
        elif kind is ActivityKind.LIFE_SKILLS:
            kids, parents, staff = rng.randint(60, 300), 0, rng.randint(3, 8)
        elif kind is ActivityKind.VISIT_GIFTS:
            kids, parents, staff = rng.randint(10, 60), rng.randint(5, 30), rng.randint(4, 10)
        else:
            kids, parents, staff = rng.randint(10, 80), rng.randint(20, 120), rng.randint(3, 10)
        others = rng.randint(0, 20)
        budget = rng.choice((None, 1_500_000, 3_000_000, 5_000_000, 8_000_000, 12_000_000))
        source = (
            "" if budget is None
            else rng.choice((FundingSource.STATE_BUDGET, FundingSource.SOCIALISED,
                             FundingSource.MIXED)).value
        )  # fmt: skip
        activity_id = next_id + i
        activities.append({
            "id": activity_id, "held_on": held, "kind": kind.value, "title": title,
            "place": "Hội trường UBND xã" if kind is ActivityKind.TRAINING else
            school if kind is ActivityKind.LIFE_SKILLS else f"Nhà văn hóa {village}",
            "organiser": organiser if kind is not ActivityKind.LIFE_SKILLS else
            "UBND xã phối hợp với nhà trường",
            "participants_total": kids + parents + staff + others,
            "participants_children": kids, "participants_parents": parents,
            "participants_staff": staff, "budget_vnd": budget, "budget_source": source,
            "note": "", "archived": False, "created_at": now, "updated_at": now,
        })  # fmt: skip
        if kind is ActivityKind.VISIT_GIFTS and sponsored_pool:
            chosen = rng.sample(sponsored_pool, min(len(sponsored_pool), kids, 12))
            for child_id in sorted({r[0] for r in chosen}):
                links.append({"activity_id": activity_id, "child_id": child_id})

    # Sponsorships of orphans and children in special circumstances.
    sponsorships = []
    pool = list({r[0]: r for r in sponsored_pool}.values())
    for child_id, _birth, _group, classified in rng.sample(
        pool, min(len(pool), MAX_SPONSORSHIPS, max(2, children // 250))
    ):
        support, monthly = rng.choice(_SUPPORT)
        begin = max(classified, start - timedelta(days=rng.randrange(0, 700)))
        begin = min(begin, today)
        end = None
        if rng.random() < 0.25:
            end = min(today, begin + timedelta(days=rng.randrange(90, 500)))
        sponsorships.append({
            "child_id": child_id, "sponsor": rng.choice(_SPONSORS), "sponsor_contact": "",
            "support": support, "monthly_vnd": monthly, "start_date": begin, "end_date": end,
            "note": "", "archived": False, "created_at": now, "updated_at": now,
        })  # fmt: skip

    # Monthly social assistance (Nghị định 20/2021 Điều 5.1, 6.1.a): every month to last month.
    payments = []
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    paid_children = list({r[0]: r for r in paid_pool}.values())[:MAX_PAID_CHILDREN]
    for child_id, birth_latest, _group, classified in paid_children:
        first = max(classified.replace(day=1), start)
        for month in months_between(first, last_month) if first <= last_month else ():
            age = None if birth_latest is None else (
                month.year - birth_latest.year
                - ((month.month, month.day) < (birth_latest.month, birth_latest.day))
            )  # fmt: skip
            k = AssistanceCategory.NO_CARE_SOURCE.coefficient(age) or Decimal("1.5")
            base = _level(month)
            payments.append({
                "child_id": child_id, "category": AssistanceCategory.NO_CARE_SOURCE.value,
                "month": month, "base_vnd": base, "coefficient": str(k),
                "amount_vnd": monthly_amount(base, k),
                "paid_on": min(today, month + timedelta(days=rng.randrange(5, 15))),
                "note": "", "archived": False, "created_at": now, "updated_at": now,
            })  # fmt: skip

    conn = s.connection()
    for name, rows in (("activities", activities), ("links", links),
                       ("sponsorships", sponsorships), ("payments", payments)):  # fmt: skip
        if rows:
            conn.execute(insert(_T[name]), rows)
    return DemoActivitiesResult(len(activities), len(sponsorships), len(payments))
