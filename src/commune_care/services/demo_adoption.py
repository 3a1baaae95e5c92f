"""Demo adoption referrals (issue #4) for the demo commune.

Called by ``generate_demo`` after the children and the cases are written, in the same
transaction. It proposes a few orphaned or abandoned children of the run (1 to 12 years old) for
adoption, one at each point the officer meets in practice:

- **registered with reports**: registered about 14 months ago, the first report received, the
  second overdue;
- **in notice**: the 60-day public notice posted 20 days ago;
- **refused**: a guardian or a parent said no; refused in writing;
- **overdue**: the file received 16 days ago, the opinions not collected (due in 10 days);
- **registration due soon**: an aunt or uncle of the child (no notice, no 20 years), the
  consents 18 days ago;
- **proposed** three days ago, nothing else yet; **withdrawn** after the family gave up.

Each step goes through ``AdoptionWriter`` — the very rules and writes of the service, with its
audit rows — inside the demo's session, dated relative to ``today``.

Determinism: one ``random.Random`` derived from the seed, a fixed block of draws per referral;
the children come from a query ordered by id. The cost is a few dozen rows whatever the size of
the commune (one indexed query on the classifications).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_care.db.models import AdoptionRecord, ChildRecord, ClassificationRecord
from commune_care.domain.adoption import (
    AdopterKind,
    AdopterRelation,
    ChildSituation,
    ConsentAnswer,
    ConsentRole,
    Tri,
    at_least_age,
)
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import ParentStatus, Sex
from commune_care.domain.ethnicities import KINH_CODE
from commune_care.domain.groups import ORPHAN_CODES
from commune_care.domain.schemas.adoption import (
    AdopterIn,
    AdoptersIn,
    AdoptersWithdrawalIn,
    ConsentIn,
    FileReceivedIn,
    NoticeIn,
    OpinionsIn,
    ProposalIn,
    RefusalIn,
    RegistrationIn,
    ReportIn,
    WithdrawalIn,
)
from commune_care.domain.schemas.commune import CommuneProfileIn
from commune_care.services.adoption import AdoptionWriter
from commune_care.services.demo import _adult_name, _Draws

__all__ = ["SCENARIOS", "generate_adoptions"]

# In the order they were proposed (codes follow the calendar).
SCENARIOS = (
    "registered",
    "withdrawn",
    "refused",
    "overdue",
    "due_soon",
    "notice",
    "proposed",
)
_GROUPS = (*sorted(ORPHAN_CODES), "hcdb_b")  # orphans and abandoned children
_DRAWS = 40
_POOL = 200

_REASONS = {
    ChildSituation.ORPHAN: (
        "Trẻ mồ côi, người thân thích già yếu, không có khả năng nuôi dưỡng lâu dài. Gia đình "
        "đề nghị Ủy ban nhân dân xã tìm gia đình nhận trẻ làm con nuôi."
    ),
    ChildSituation.ABANDONED: (
        "Trẻ bị bỏ rơi, đang được chăm sóc tạm thời; không xác định được cha mẹ đẻ. Cần tìm "
        "gia đình thay thế theo Điều 15 Luật Nuôi con nuôi."
    ),
    ChildSituation.PARENTS_UNABLE: (
        "Người nuôi dưỡng còn lại không có khả năng nuôi dưỡng, đề nghị tìm gia đình thay thế."
    ),
    ChildSituation.FAMILY: (
        "Cô, dì ruột của trẻ xin nhận trẻ làm con nuôi để chăm sóc lâu dài sau khi cha mẹ mất."
    ),
}
_REPORTS = (
    "Cháu khỏe mạnh, tăng cân đều, đã quen với gia đình mới; đi học đầy đủ.",
    "Cháu hòa nhập tốt với anh chị em trong nhà và bạn bè ở trường, kết quả học tập khá.",
)


@dataclass(frozen=True)
class _Candidate:
    id: int
    name: str
    birth: PartialDate
    father_name: str
    father_status: ParentStatus
    mother_name: str
    mother_status: ParentStatus
    caregiver: str
    group: str


def _candidates(s: Session, first_id: int, today: date) -> list[_Candidate]:
    """Children of this run in an orphan or abandoned group (current), 1 to 12 years old, not
    archived, in id order (at most a few hundred: one indexed query)."""
    c, cl = ChildRecord, ClassificationRecord
    stmt = (
        select(c, cl.group_code)
        .join(cl, cl.child_id == c.id)
        .where(
            cl.group_code.in_(_GROUPS),
            cl.end_date.is_(None),
            c.id >= first_id,
            c.archived.is_(False),
            c.birth_year.is_not(None),
            c.birth_latest <= today - timedelta(days=2 * 366),
            c.birth_latest >= today - timedelta(days=12 * 365),
        )
        .order_by(c.id)
        .limit(_POOL)
    )
    seen: set[int] = set()
    out = []
    for child, group in s.execute(stmt):
        if child.id in seen:
            continue
        seen.add(child.id)
        assert child.birth_year is not None
        out.append(
            _Candidate(
                child.id,
                child.full_name,
                PartialDate(child.birth_year, child.birth_month, child.birth_day,
                            bool(child.birth_estimated)),
                child.father_name,
                ParentStatus(child.father_status),
                child.mother_name,
                ParentStatus(child.mother_status),
                child.caregiver_name,
                group,
            )
        )  # fmt: skip
    return out


def _answer(status: ParentStatus) -> ConsentAnswer | None:
    """A parent the law excuses (Điều 21.1), or None: the parent gives an opinion."""
    return {
        ParentStatus.DEAD: ConsentAnswer.DEAD,
        ParentStatus.MISSING: ConsentAnswer.MISSING,
        ParentStatus.UNKNOWN: ConsentAnswer.UNKNOWN,
    }.get(status)


_BASIS = {
    ConsentAnswer.DEAD: "Trích lục khai tử",
    ConsentAnswer.MISSING: "Quyết định tuyên bố mất tích của Tòa án nhân dân",
}


class _Generator:
    def __init__(
        self, s: Session, rng: random.Random, profile: CommuneProfileIn, today: date, user: str
    ) -> None:
        self.s = s
        self.rng = rng
        self.today = today
        self.user = user
        self.officer = profile.officer_name or "Cán bộ Tư pháp - hộ tịch"
        self.written = 0
        self.certificates = 0

    def on(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def writer(self, days_ago: int) -> AdoptionWriter:
        at = datetime.combine(self.on(days_ago), time(9, 0))
        return AdoptionWriter(self.s, self.user, at)

    def step(self, days_ago: int, work: Callable[[AdoptionWriter], AdoptionRecord]) -> int:
        return work(self.writer(days_ago)).id

    def adopters(
        self, d: _Draws, child: _Candidate, applied: int, family: bool, couple: bool
    ) -> AdoptersIn:
        confirmed = self.on(applied - 5)
        born = child.birth.earliest.year
        if family:
            aunt = _adult_name(d, KINH_CODE, False)
            first = AdopterIn(
                full_name=aunt,
                sex=Sex.FEMALE,
                birth=PartialDate(born - 18 - d.index(8), 1 + d.index(12), 1 + d.index(28)),
                relation=AdopterRelation.AUNT_DI,
                address="Cùng thôn với trẻ",
                capacity_on=confirmed,
                character_on=confirmed,
                not_barred_on=confirmed,
            )
            return AdoptersIn(applied_on=self.on(applied), kind=AdopterKind.SINGLE, first=first)
        husband = _adult_name(d, KINH_CODE, True)
        wife = _adult_name(d, KINH_CODE, False)

        def person(name: str, sex: Sex, older: int, phone: str = "") -> AdopterIn:
            return AdopterIn(
                full_name=name,
                sex=sex,
                birth=PartialDate(born - older, 1 + d.index(12), 1 + d.index(28)),
                relation=AdopterRelation.OTHER,
                address="Thị trấn huyện cũ",
                phone=phone,
                capacity_on=confirmed,
                means_on=confirmed,
                character_on=confirmed,
                not_barred_on=confirmed,
            )

        first = person(husband, Sex.MALE, 26 + d.index(12), f"09{d.index(100_000_000):08d}")
        if not couple:
            return AdoptersIn(applied_on=self.on(applied), kind=AdopterKind.SINGLE, first=first)
        second = person(wife, Sex.FEMALE, 24 + d.index(10))
        return AdoptersIn(
            applied_on=self.on(applied), kind=AdopterKind.COUPLE, first=first, second=second
        )

    def consents(
        self, adoption_id: int, child: _Candidate, given: int, d: _Draws, declined: bool = False
    ) -> None:
        """The opinions of Điều 21 as the family's situation asks; ``declined``: the last
        person whose consent is needed says no."""
        needed: list[ConsentIn] = []
        recorded: list[ConsentIn] = []
        parents = (
            (ConsentRole.FATHER, child.father_name, child.father_status),
            (ConsentRole.MOTHER, child.mother_name, child.mother_status),
        )
        for role, name, status in parents:
            excused = _answer(status)
            if excused is not None:
                recorded.append(ConsentIn(role=role, answer=excused, basis=_BASIS.get(excused, "")))
            else:
                male = role is ConsentRole.FATHER
                needed.append(self._agree(role, name or _adult_name(d, KINH_CODE, male), given))
        if len(recorded) == 2:
            guardian = child.caregiver or _adult_name(d, KINH_CODE, d.chance(0.5))
            needed.append(self._agree(ConsentRole.GUARDIAN, guardian, given))
        if at_least_age(child.birth, 9, self.on(given)) is not Tri.NO:
            needed.append(self._agree(ConsentRole.CHILD, child.name, given))
        if declined:
            needed[-1] = needed[-1].model_copy(update={"answer": ConsentAnswer.DECLINED})
        writer = self.writer(given)
        for consent in (*recorded, *needed):
            writer.record_consent(adoption_id, consent)

    def _agree(self, role: ConsentRole, name: str, given: int) -> ConsentIn:
        return ConsentIn(
            role=role, answer=ConsentAnswer.AGREED, given_on=self.on(given), person_name=name,
            counselled=True,
        )  # fmt: skip

    def referral(self, scenario: str, child: _Candidate, d: _Draws) -> None:
        family = scenario == "due_soon"
        situation = (
            ChildSituation.FAMILY
            if family
            else ChildSituation.ABANDONED
            if child.group == "hcdb_b"
            else ChildSituation.ORPHAN
        )
        start = {
            "registered": 560, "notice": 25, "refused": 150, "overdue": 80, "due_soon": 60,
            "proposed": 3, "withdrawn": 200,
        }[scenario]  # fmt: skip
        proposal = ProposalIn(
            child_id=child.id, situation=situation, proposed_on=self.on(start),
            proposed_by=self.officer, reason=_REASONS[situation],
        )  # fmt: skip
        aid = self.step(start, lambda w: w.propose(proposal))
        self.written += 1
        if scenario == "proposed":
            return
        if not family:
            notice = NoticeIn(start_on=self.on(start - 5))
            self.step(start - 5, lambda w: w.start_notice(aid, notice))
        if scenario == "notice":
            return
        applied = {"registered": 505, "refused": 100, "overdue": 30, "due_soon": 40,
                   "withdrawn": 150}[scenario]  # fmt: skip
        people = self.adopters(d, child, applied, family, couple=scenario != "overdue")
        self.step(applied, lambda w: w.save_adopters(aid, people))
        if scenario == "withdrawn":
            gave_up = AdoptersWithdrawalIn(
                withdrawn_on=self.on(130), reason="Gia đình xin rút đơn vì chuyển nơi ở."
            )
            self.step(130, lambda w: w.withdraw_adopters(aid, gave_up))
            stop = WithdrawalIn(
                withdrawn_on=self.on(120),
                reason="Hết thời hạn niêm yết, không có người nhận; trẻ được bà ngoại nhận "
                "chăm sóc thay thế.",
            )
            self.step(120, lambda w: w.withdraw(aid, stop))
            return
        received = {"registered": 458, "refused": 90, "overdue": 16, "due_soon": 25}[scenario]
        file = FileReceivedIn(received_on=self.on(received), received_by=self.officer)
        self.step(received, lambda w: w.record_file(aid, file))
        if scenario == "overdue":
            return
        given = {"registered": 450, "refused": 85, "due_soon": 18}[scenario]
        self.consents(aid, child, given, d, declined=scenario == "refused")
        opinions = OpinionsIn(completed_on=self.on(given - 1), completed_by=self.officer)
        self.step(given - 1, lambda w: w.record_opinions(aid, opinions))
        if scenario == "due_soon":
            return
        if scenario == "refused":
            refusal = RefusalIn(
                refused_on=self.on(80),
                document_no=f"{1 + d.index(90)}/UBND-TP",
                reasons="Người có quyền cho ý kiến theo Điều 21 Luật Nuôi con nuôi không đồng ý "
                "cho trẻ làm con nuôi.",
            )
            self.step(80, lambda w: w.refuse(aid, refusal))
            return
        self.certificates += 1
        registered = RegistrationIn(
            registered_on=self.on(440),
            certificate_no=f"{self.certificates:02d}/{self.on(440).year}/CN-{aid}",
            handover_on=self.on(438),
        )
        self.step(440, lambda w: w.register(aid, registered))
        self.step(240, lambda w: w.record_report(
            aid, ReportIn(number=1, received_on=self.on(240), summary=d.pick(_REPORTS))))  # fmt: skip


def generate_adoptions(
    s: Session, seed: int, first_id: int, profile: CommuneProfileIn, today: date, user: str
) -> int:
    """A few adoption referrals for the children written from ``first_id`` on (in the
    caller's transaction); how many were written."""
    pool = _candidates(s, first_id, today)
    if not pool:
        return 0
    rng = random.Random(f"commune-care demo adoption {seed}")
    generator = _Generator(s, rng, profile, today, user)
    used: set[int] = set()
    for scenario in SCENARIOS[: len(pool)]:
        d = _Draws(rng, _DRAWS)
        i = d.index(len(pool))
        while pool[i].id in used:
            i = (i + 1) % len(pool)
        used.add(pool[i].id)
        generator.referral(scenario, pool[i], d)
    s.flush()
    return generator.written
