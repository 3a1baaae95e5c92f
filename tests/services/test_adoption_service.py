"""AdoptionService on a real SQLite file: each step in order, every rule refused with a
Vietnamese message that says what to fix and nothing written, the registration's callback inside
the transaction, the reports, the lists, "Việc cần làm" and the timeline."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_care.db.models import AdoptionRecord
from commune_care.db.session import Database
from commune_care.domain.adoption import (
    AdopterCondition,
    AdopterKind,
    AdopterRelation,
    AdoptionAction,
    AdoptionStage,
    AdoptionStatus,
    ChildSituation,
    ConsentAnswer,
    ConsentRole,
    Severity,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.schemas.adoption import (
    AdoptersIn,
    AdoptersWithdrawalIn,
    AdoptionFilter,
    AdoptionOut,
    ConsentIn,
    FileReceivedIn,
    NoticeIn,
    OpinionsIn,
    ProposalIn,
    RefusalIn,
    RegistrationEvent,
    RegistrationIn,
    ReportIn,
    WithdrawalIn,
)
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.support import Programme
from commune_care.services.adoption import AdoptionService
from commune_care.services.children import ChildrenService

TODAY = date.today()
OFFICER = "Trần Thị Hạnh"
REASON = "Trẻ mồ côi cả cha và mẹ, ông bà đã già yếu không nuôi dưỡng được"
TABLES = ("adoptions", "adopters", "adoption_consents", "adoption_reports", "audit_log")


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Everything the adoption module writes (and the audit trail), to compare before/after."""
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def refused(db: Database, call: Callable[[], Any], field: str, *words: str) -> str:
    """``call`` raises InvalidInput with a message on ``field`` containing ``words``, and
    nothing is written."""
    before = rows(db)
    with pytest.raises(InvalidInput) as exc:
        call()
    assert field in exc.value.errors, exc.value.errors
    message = exc.value.errors[field]
    for word in words:
        assert word in message, message
    assert rows(db) == before
    return message


@pytest.fixture
def svc(db: Database) -> AdoptionService:
    return AdoptionService(db, user="test")


def make_child(
    children: ChildrenService, name: str = "Lò Văn Pao", birth: PartialDate | None = None, **kw: Any
) -> int:
    birth = birth or PartialDate(TODAY.year - 6, 3, 4)
    return children.create(ChildIn(full_name=name, sex=Sex.MALE, birth=birth, **kw)).id


def person(
    name: str = "Nguyễn Văn An",
    birth: str | PartialDate = "12/05/1985",
    relation: AdopterRelation = AdopterRelation.OTHER,
    sex: Sex = Sex.MALE,
    confirmed: bool = True,
) -> dict[str, Any]:
    values: dict[str, Any] = {"full_name": name, "sex": sex, "birth": birth, "relation": relation}
    if confirmed:
        for field in ("capacity_on", "means_on", "character_on", "not_barred_on"):
            values[field] = ago(40)
    return values


def adopters(
    first: dict[str, Any] | None = None,
    second: dict[str, Any] | None = None,
    applied_on: date | None = None,
) -> AdoptersIn:
    kind = AdopterKind.SINGLE if second is None else AdopterKind.COUPLE
    return AdoptersIn.model_validate(
        {"applied_on": applied_on or ago(40), "kind": kind, "first": first or person(),
         "second": second}
    )  # fmt: skip


def propose(svc: AdoptionService, child_id: int, on: date | None = None) -> AdoptionOut:
    return svc.propose(
        ProposalIn(child_id=child_id, situation=ChildSituation.ORPHAN, proposed_on=on or ago(100),
                   proposed_by=OFFICER, reason=REASON)
    )  # fmt: skip


def to_stage(svc: AdoptionService, child_id: int, stage: AdoptionStage, **kw: Any) -> AdoptionOut:
    """A referral walked through the service up to ``stage`` (dates in the past)."""
    a = propose(svc, child_id)
    if stage is AdoptionStage.PROPOSED:
        return a
    a = svc.start_notice(a.id, NoticeIn(start_on=ago(95)))
    if stage is AdoptionStage.NOTICE:
        return a
    a = svc.save_adopters(a.id, kw.get("adopters") or adopters())
    if stage is AdoptionStage.ADOPTERS_FOUND:
        return a
    a = svc.record_file(a.id, FileReceivedIn(received_on=ago(30), received_by=OFFICER))
    if stage is AdoptionStage.FILE_RECEIVED:
        return a
    for role in (ConsentRole.FATHER, ConsentRole.MOTHER):
        a = svc.record_consent(a.id, ConsentIn(role=role, answer=ConsentAnswer.DEAD,
                                               basis="Giấy chứng tử"))  # fmt: skip
    a = svc.record_consent(a.id, guardian(kw.get("guardian_answer", ConsentAnswer.AGREED)))
    a = svc.record_opinions(a.id, OpinionsIn(completed_on=ago(24), completed_by=OFFICER))
    if stage is AdoptionStage.OPINIONS:
        return a
    return svc.register(a.id, registration())


def guardian(answer: ConsentAnswer = ConsentAnswer.AGREED, on: date | None = None) -> ConsentIn:
    return ConsentIn(role=ConsentRole.GUARDIAN, answer=answer, given_on=on or ago(25),
                     person_name="Lò Văn Sáng", counselled=True)  # fmt: skip


def registration(**kw: Any) -> RegistrationIn:
    values = {"registered_on": ago(10), "certificate_no": "01/2026/CN", "handover_on": ago(9)}
    values.update(kw)
    return RegistrationIn(**values)


# --- proposing -------------------------------------------------------------------------------


def test_propose_a_child_of_the_register(svc, children):
    child_id = make_child(children)
    a = propose(svc, child_id)
    assert a.code == f"CN{ago(100).year}-0001"
    assert a.stage is AdoptionStage.PROPOSED and a.status is AdoptionStatus.OPEN
    assert a.reason == REASON and a.child_name == "Lò Văn Pao"
    assert a.next_step is not None and a.next_step.action is AdoptionAction.START_NOTICE
    assert a.next_step.due is None
    # The audit trail says a reason was written, never the reason itself.
    entries = rows(svc.db)["audit_log"]
    propose_row = [r for r in entries if r[3] == "adoption_propose"]
    assert len(propose_row) == 1
    changes = json.loads(propose_row[0][6])
    assert changes["reason"] == ["", "(đã ghi)"] and REASON not in propose_row[0][6]
    history = svc.history(a.id)
    assert history[0].action == "Đề xuất tìm gia đình nhận con nuôi"


def test_propose_refusals(svc, children, db):
    kid = make_child(children)
    refused(db, lambda: propose(svc, 9999), "child_id", "Không tìm thấy trẻ")
    archived = make_child(children, "Hà Thị Mỷ")
    children.archive(archived, "Chuyển đi nơi khác")
    refused(db, lambda: propose(svc, archived), "child_id", "lưu trữ", "khôi phục")
    dead = make_child(children, "Vàng A Tủa", status=ChildStatus.DECEASED)
    refused(db, lambda: propose(svc, dead), "child_id", "đã mất")
    old = make_child(children, "Lý Văn Lợi", PartialDate(TODAY.year - 19, 1, 1),
                     over_age_reason="Đăng ký bổ sung")  # fmt: skip
    refused(db, lambda: propose(svc, old), "child_id", "đủ 18 tuổi")
    before_birth = make_child(children, "Lò Thị Xiêm", PartialDate(TODAY.year - 1, 1, 1))
    refused(db, lambda: propose(svc, before_birth, date(TODAY.year - 2, 6, 1)), "proposed_on",
            "trước ngày sinh")  # fmt: skip
    a = propose(svc, kid)
    refused(db, lambda: propose(svc, kid), "child_id", a.code, "đang giải quyết")
    with pytest.raises(InvalidInput) as exc:
        svc.validate(ProposalIn, {"child_id": kid, "situation": "mo_coi", "proposed_on": ago(1),
                                  "proposed_by": OFFICER, "reason": "  "})  # fmt: skip
    assert "lý do đề xuất" in exc.value.errors["reason"]
    with pytest.raises(InvalidInput) as exc:
        svc.validate(ProposalIn, {"child_id": kid, "situation": "mo_coi",
                                  "proposed_on": TODAY + timedelta(days=2),
                                  "proposed_by": OFFICER, "reason": REASON})  # fmt: skip
    assert "tương lai" in exc.value.errors["proposed_on"]


def test_a_child_of_16_is_proposed_with_a_warning(svc, children):
    kid = make_child(children, "Giàng Thị Dợ", PartialDate(TODAY.year - 17, 1, 1),
                     over_age_reason="Trẻ mồ côi cần theo dõi")  # fmt: skip
    a = propose(svc, kid, ago(5))
    assert [f.article for f in a.findings if f.severity is Severity.WARNING] == ["Điều 8.2"]
    # …and only the family may then adopt them.
    message = refused(svc.db, lambda: svc.save_adopters(a.id, adopters(applied_on=ago(2))),
                      "__all__", "đủ 16 tuổi")  # fmt: skip
    assert "cô, cậu, dì, chú, bác ruột" in message
    uncle = person("Giàng A Lử", "1990", AdopterRelation.UNCLE_CHU)
    a = svc.save_adopters(a.id, adopters(uncle, applied_on=ago(2)))
    assert a.stage is AdoptionStage.ADOPTERS_FOUND


# --- notice, adopters, file ---------------------------------------------------------------------


def test_public_notice_of_sixty_days(svc, children, db):
    a = propose(svc, make_child(children))
    refused(db, lambda: svc.start_notice(a.id, NoticeIn(start_on=ago(101))), "start_on",
            "trước ngày đề xuất")  # fmt: skip
    a = svc.start_notice(a.id, NoticeIn(start_on=ago(30)))
    assert a.stage is AdoptionStage.NOTICE and a.notice_end == ago(30) + timedelta(days=60)
    assert a.next_step.action is AdoptionAction.AWAIT_ADOPTERS and a.next_step.due == a.notice_end
    a = svc.start_notice(a.id, NoticeIn(start_on=ago(70)))  # corrected
    assert a.next_step.action is AdoptionAction.NOTICE_ENDED and a.overdue


def test_adopters_who_may_not_adopt_are_refused(svc, children, db):
    kid = make_child(children, birth=PartialDate(TODAY.year - 6, 3, 4))
    a = to_stage(svc, kid, AdoptionStage.NOTICE)
    grandma = person("Lò Thị Xiêm", "1950", AdopterRelation.GRANDPARENT, Sex.FEMALE)
    refused(db, lambda: svc.save_adopters(a.id, adopters(grandma)), "first.relation",
            "Ông, bà", "Điều 13.6")  # fmt: skip
    sister = person("Lò Thị Mai", "1990", AdopterRelation.SIBLING, Sex.FEMALE)
    refused(db, lambda: svc.save_adopters(a.id, adopters(sister)), "first.relation", "Anh, chị, em")
    young = person("Đinh Văn Tâm", f"01/01/{TODAY.year - 25}")
    refused(db, lambda: svc.save_adopters(a.id, adopters(young)), "first.birth",
            "không hơn trẻ", "20 tuổi")  # fmt: skip
    wife_too_young = person("Hà Thị Lan", f"05/05/{TODAY.year - 24}", sex=Sex.FEMALE)
    refused(db, lambda: svc.save_adopters(a.id, adopters(person(), wife_too_young)),
            "second.birth", "Hà Thị Lan")  # fmt: skip
    step = person("Đinh Văn Tâm", f"01/01/{TODAY.year - 25}", AdopterRelation.STEP_FATHER)
    refused(db, lambda: svc.save_adopters(a.id, adopters(step, person("Lò Thị Hoa",
            sex=Sex.FEMALE))), "first.relation", "một mình")  # fmt: skip
    refused(db, lambda: svc.save_adopters(a.id, adopters(applied_on=ago(101))), "applied_on",
            "trước ngày đề xuất")  # fmt: skip
    # A step-father twenty-five is fine alone: no 20 years (Điều 14.3).
    a = svc.save_adopters(a.id, adopters(step))
    assert a.adopters[0].relation is AdopterRelation.STEP_FATHER
    assert AdopterCondition.MEANS not in a.adopters[0].missing_conditions


def test_a_partial_birth_date_is_recorded_with_a_warning(svc, children):
    kid = make_child(children, birth=PartialDate(TODAY.year - 6, 3, 4))
    a = to_stage(svc, kid, AdoptionStage.NOTICE)
    close = person("Nguyễn Văn An", str(TODAY.year - 26))  # 20 years apart or not: which day?
    a = svc.save_adopters(a.id, adopters(close))
    assert a.stage is AdoptionStage.ADOPTERS_FOUND
    warned = [f for f in a.findings if f.severity is Severity.WARNING]
    assert [f.article for f in warned] == ["Điều 14.1.b"] and warned[0].field == "first.birth"


def test_adopters_corrected_replaced_and_withdrawn(svc, children, db):
    a = to_stage(svc, make_child(children), AdoptionStage.ADOPTERS_FOUND)
    single_id = a.adopters[0].id
    a = svc.save_adopters(a.id, adopters(person("Nguyễn Văn Ân")))  # a typing mistake fixed
    assert [x.id for x in a.adopters] == [single_id] and a.adopters[0].full_name == "Nguyễn Văn Ân"
    couple = adopters(person(), person("Lê Thị Bình", "1988", sex=Sex.FEMALE))
    a = svc.save_adopters(a.id, couple)
    assert a.kind is AdopterKind.COUPLE and len(a.adopters) == 2
    assert [x.full_name for x in a.past_adopters] == ["Nguyễn Văn Ân"]  # kept, withdrawn
    refused(db, lambda: svc.withdraw_adopters(a.id, AdoptersWithdrawalIn(
        withdrawn_on=ago(41), reason="Đổi ý")), "withdrawn_on", "trước ngày nhận đơn")  # fmt: skip
    a = svc.withdraw_adopters(
        a.id, AdoptersWithdrawalIn(withdrawn_on=ago(35), reason="Gia đình chuyển vào Nam")
    )
    assert a.adopters == () and a.stage is AdoptionStage.NOTICE
    assert len(a.past_adopters) == 3
    refused(db, lambda: svc.withdraw_adopters(a.id, AdoptersWithdrawalIn(
        withdrawn_on=ago(1), reason="x")), "__all__", "Chưa có người")  # fmt: skip
    refused(db, lambda: svc.record_file(a.id, FileReceivedIn(received_on=ago(30),
            received_by=OFFICER)), "__all__", "Chưa có người xin nhận")  # fmt: skip


def test_the_file(svc, children, db):
    a = to_stage(svc, make_child(children), AdoptionStage.ADOPTERS_FOUND)
    refused(db, lambda: svc.record_file(a.id, FileReceivedIn(received_on=ago(41),
            received_by=OFFICER)), "received_on", "trước ngày nhận đơn")  # fmt: skip
    a = svc.record_file(a.id, FileReceivedIn(received_on=ago(5), received_by=OFFICER))
    assert a.stage is AdoptionStage.FILE_RECEIVED
    assert a.next_step.action is AdoptionAction.COLLECT_OPINIONS
    assert a.next_step.due == ago(5) + timedelta(days=10)
    # After the file, the people cannot be replaced nor withdraw: the referral stops instead.
    refused(db, lambda: svc.save_adopters(a.id, adopters(person(), person("Lê Thị Bình",
            sex=Sex.FEMALE))), "kind", "dừng đề xuất")  # fmt: skip
    refused(db, lambda: svc.withdraw_adopters(a.id, AdoptersWithdrawalIn(
        withdrawn_on=ago(1), reason="Đổi ý")), "__all__", "dừng đề xuất")  # fmt: skip
    refused(db, lambda: svc.start_notice(a.id, NoticeIn(start_on=ago(90))), "__all__",
            "niêm yết đã xong")  # fmt: skip


# --- consents and opinions ------------------------------------------------------------------------


def test_consents_need_the_file_counselling_and_their_order(svc, children, db):
    a = to_stage(svc, make_child(children), AdoptionStage.ADOPTERS_FOUND)
    refused(db, lambda: svc.record_consent(a.id, guardian()), "__all__", "Chưa nhận hồ sơ")
    a = svc.record_file(a.id, FileReceivedIn(received_on=ago(30), received_by=OFFICER))
    refused(db, lambda: svc.record_consent(a.id, guardian(on=ago(31))), "given_on",
            "trước ngày nhận đủ hồ sơ")  # fmt: skip
    not_counselled = ConsentIn(role=ConsentRole.FATHER, answer=ConsentAnswer.AGREED,
                               given_on=ago(25), person_name="Lò Văn Sáng")  # fmt: skip
    refused(db, lambda: svc.record_consent(a.id, not_counselled), "counselled", "tư vấn")
    dead_guardian = ConsentIn(role=ConsentRole.GUARDIAN, answer=ConsentAnswer.DEAD, basis="x")
    refused(db, lambda: svc.record_consent(a.id, dead_guardian), "answer", "cha đẻ hoặc mẹ đẻ")
    with pytest.raises(InvalidInput) as exc:
        svc.validate(ConsentIn, {"role": "me_de", "answer": "da_chet"})
    assert "giấy chứng tử" in exc.value.errors["basis"]
    # Opinions: who is missing is said.
    refused(db, lambda: svc.record_opinions(a.id, OpinionsIn(completed_on=ago(20),
            completed_by=OFFICER)), "__all__", "cha đẻ", "mẹ đẻ")  # fmt: skip
    a = svc.record_consent(a.id, ConsentIn(role=ConsentRole.FATHER, answer=ConsentAnswer.DEAD,
                                           basis="Giấy chứng tử số 12"))  # fmt: skip
    a = svc.record_consent(a.id, ConsentIn(role=ConsentRole.MOTHER, answer=ConsentAnswer.UNKNOWN))
    refused(db, lambda: svc.record_opinions(a.id, OpinionsIn(completed_on=ago(20),
            completed_by=OFFICER)), "__all__", "người giám hộ")  # fmt: skip
    a = svc.record_consent(a.id, guardian(on=ago(22)))
    refused(db, lambda: svc.record_opinions(a.id, OpinionsIn(completed_on=ago(23),
            completed_by=OFFICER)), "completed_on", "người giám hộ")  # fmt: skip
    a = svc.record_opinions(a.id, OpinionsIn(completed_on=ago(21), completed_by=OFFICER))
    assert a.stage is AdoptionStage.OPINIONS and a.consents_on == ago(22)
    assert a.next_step.action is AdoptionAction.REGISTER
    assert a.next_step.due == ago(22) + timedelta(days=20)
    refused(db, lambda: svc.record_consent(a.id, guardian(on=ago(21))), "__all__",
            "Đã hoàn thành lấy ý kiến")  # fmt: skip


def test_a_birth_parent_consents_fifteen_days_after_the_birth(svc, children, db):
    newborn = make_child(children, "Con của chị Hoa", PartialDate.from_date(ago(44)))
    a = propose(svc, newborn, ago(43))
    uncle = person("Lò Văn Dũng", "1990", AdopterRelation.UNCLE_CAU)
    a = svc.save_adopters(a.id, adopters(uncle, applied_on=ago(42)))
    a = svc.record_file(a.id, FileReceivedIn(received_on=ago(40), received_by=OFFICER))
    mother = dict(role=ConsentRole.MOTHER, answer=ConsentAnswer.AGREED, person_name="Lò Thị Hoa",
                  counselled=True)  # fmt: skip
    refused(db, lambda: svc.record_consent(a.id, ConsentIn(**mother, given_on=ago(30))),
            "given_on", "ít nhất 15 ngày")  # born 44 days ago: the 14th day after  # fmt: skip
    a = svc.record_consent(a.id, ConsentIn(**mother, given_on=ago(29)))
    assert a.consents[0].answer is ConsentAnswer.AGREED


def test_the_child_of_nine_must_agree(svc, children, db):
    kid = make_child(children, "Vừ Thị Ly", PartialDate(TODAY.year - 10, 1, 2))
    a = to_stage(svc, kid, AdoptionStage.FILE_RECEIVED)
    assert a.child_consent_needed is True
    for role in (ConsentRole.FATHER, ConsentRole.MOTHER):
        a = svc.record_consent(a.id, ConsentIn(role=role, answer=ConsentAnswer.DEAD, basis="x"))
    a = svc.record_consent(a.id, guardian())
    refused(db, lambda: svc.record_opinions(a.id, OpinionsIn(completed_on=ago(20),
            completed_by=OFFICER)), "__all__", "đủ 9 tuổi")  # fmt: skip
    a = svc.record_consent(a.id, ConsentIn(role=ConsentRole.CHILD, answer=ConsentAnswer.AGREED,
                                           given_on=ago(24), person_name="Vừ Thị Ly",
                                           counselled=True))  # fmt: skip
    a = svc.record_opinions(a.id, OpinionsIn(completed_on=ago(20), completed_by=OFFICER))
    assert a.next_step.action is AdoptionAction.REGISTER


# --- registration ---------------------------------------------------------------------------------


def test_registration_calls_on_registered_once_inside_the_transaction(db, children):
    seen: list[tuple[RegistrationEvent, Any, Any]] = []

    def on_registered(s: Session, event: RegistrationEvent) -> None:
        # Inside the transaction: this session sees the registration…
        record = s.get(AdoptionRecord, event.adoption_id)
        assert record is not None
        # …another connection does not, yet.
        assert db.path is not None
        with sqlite3.connect(db.path) as other:
            outside = other.execute(
                "SELECT registered_on FROM adoptions WHERE id = ?", (event.adoption_id,)
            ).fetchone()[0]
        seen.append((event, record.registered_on, outside))

    svc = AdoptionService(db, user="test", on_registered=on_registered)
    kid = make_child(children)
    couple = adopters(person(), person("Lê Thị Bình", "03/1988", sex=Sex.FEMALE))
    a = to_stage(svc, kid, AdoptionStage.OPINIONS, adopters=couple)
    a = svc.register(a.id, registration())
    assert len(seen) == 1
    event, inside, outside = seen[0]
    assert inside == ago(10) and outside is None
    assert event == RegistrationEvent(
        adoption_id=a.id, adoption_code=a.code, child_id=kid, start_date=ago(9),
        decision_number="01/2026/CN", decision_date=ago(10),
        carer_name="Nguyễn Văn An và Lê Thị Bình", user="test", stamped_at=event.stamped_at,
    )  # fmt: skip
    assert event.stamped_at is not None
    assert event.placement_kwargs() == {
        "child_id": kid, "adoption_id": a.id, "start_date": ago(9),
        "decision_number": "01/2026/CN", "decision_date": ago(10),
        "carer_name": "Nguyễn Văn An và Lê Thị Bình", "user": "test", "now": event.stamped_at,
    }  # fmt: skip
    assert a.stage is AdoptionStage.REGISTERED and a.status is AdoptionStatus.REGISTERED
    assert [r.due_on for r in a.reports][:2] == [
        _months(ago(9), 6),
        _months(ago(9), 12),
    ]
    assert len(a.reports) == 6 and a.next_step.action is AdoptionAction.REPORT


def _months(d: date, months: int) -> date:
    from commune_care.domain.adoption import add_months

    return add_months(d, months)


def test_an_error_in_on_registered_undoes_the_registration(db, children):
    def fail(_s: Session, _event: RegistrationEvent) -> None:
        raise RuntimeError("placement failed")

    svc = AdoptionService(db, user="test", on_registered=fail)
    a = to_stage(svc, make_child(children), AdoptionStage.OPINIONS)
    before = rows(db)
    with pytest.raises(RuntimeError):
        svc.register(a.id, registration())
    assert rows(db) == before
    again = svc.get(a.id)
    assert again.stage is AdoptionStage.OPINIONS and again.registration is None
    assert again.reports == ()


def test_registration_refusals(svc, children, db):
    a = to_stage(svc, make_child(children), AdoptionStage.FILE_RECEIVED)
    refused(db, lambda: svc.register(a.id, registration()), "__all__", "Chưa hoàn thành lấy ý")
    unconfirmed = adopters(person(confirmed=False))
    b = to_stage(svc, make_child(children, "Hà Văn Tú"), AdoptionStage.OPINIONS,
                 adopters=unconfirmed)  # fmt: skip
    message = refused(db, lambda: svc.register(b.id, registration()), "__all__",
                      "Chưa xác nhận", "Điều 14.1.a")  # fmt: skip
    assert "Điều 14.2" in message
    declined = to_stage(svc, make_child(children, "Sùng Thị Pà"), AdoptionStage.OPINIONS,
                        guardian_answer=ConsentAnswer.DECLINED)  # fmt: skip
    assert declined.next_step.action is AdoptionAction.REFUSE
    assert declined.next_step.due == ago(25) + timedelta(days=10)
    refused(db, lambda: svc.register(declined.id, registration()), "__all__",
            "không đồng ý", "từ chối")  # fmt: skip
    c = to_stage(svc, make_child(children, "Thào A Chua"), AdoptionStage.OPINIONS)
    refused(db, lambda: svc.register(c.id, registration(registered_on=ago(25))), "registered_on",
            "trước ngày hoàn thành lấy ý kiến")  # fmt: skip
    svc.register(c.id, registration())
    d = to_stage(svc, make_child(children, "Mùa A Sử"), AdoptionStage.OPINIONS)
    refused(db, lambda: svc.register(d.id, registration()), "certificate_no", "đã ghi", c.code)
    with pytest.raises(InvalidInput) as exc:
        svc.validate(RegistrationIn, {"registered_on": ago(5), "certificate_no": "02",
                                      "handover_on": ago(6)})  # fmt: skip
    assert "trước ngày đăng ký" in exc.value.errors["handover_on"]
    # Once registered nothing of the referral is recorded again.
    refused(db, lambda: svc.withdraw(c.id, WithdrawalIn(withdrawn_on=ago(1), reason="x")),
            "__all__", "đã được đăng ký")  # fmt: skip


def test_a_child_who_turns_16_before_registration(svc, children, db):
    turning = PartialDate.from_date(ago(1).replace(year=ago(1).year - 16))
    kid = make_child(children, "Tẩn Thị Say", turning, registered_on=ago(200))
    a = to_stage(svc, kid, AdoptionStage.FILE_RECEIVED)
    assert any(f.article == "Điều 8.2" and f.blocks for f in a.findings)
    for role in (ConsentRole.FATHER, ConsentRole.MOTHER):
        a = svc.record_consent(a.id, ConsentIn(role=role, answer=ConsentAnswer.DEAD, basis="x"))
    a = svc.record_consent(a.id, guardian())
    a = svc.record_consent(a.id, ConsentIn(role=ConsentRole.CHILD, answer=ConsentAnswer.AGREED,
                                           given_on=ago(25), person_name="Tẩn Thị Say",
                                           counselled=True))  # fmt: skip
    a = svc.record_opinions(a.id, OpinionsIn(completed_on=ago(24), completed_by=OFFICER))
    refused(db, lambda: svc.register(a.id, registration(registered_on=ago(1), handover_on=ago(1))),
            "__all__", "đủ 16 tuổi")  # fmt: skip
    # The day before the birthday it could still be registered.
    svc.register(a.id, registration(registered_on=ago(2), handover_on=ago(2)))


# --- refusal, withdrawal, reports ---------------------------------------------------------------


def test_refusal_in_writing(svc, children, db):
    a = to_stage(svc, make_child(children), AdoptionStage.ADOPTERS_FOUND)
    refused(db, lambda: svc.refuse(a.id, RefusalIn(refused_on=ago(1), reasons="x")), "__all__",
            "Chưa nhận hồ sơ")  # fmt: skip
    a = to_stage(svc, make_child(children, "Hầu A Dình"), AdoptionStage.OPINIONS,
                 guardian_answer=ConsentAnswer.DECLINED)  # fmt: skip
    refused(db, lambda: svc.refuse(a.id, RefusalIn(refused_on=ago(25), reasons="x")),
            "refused_on", "trước ngày hoàn thành")  # fmt: skip
    with pytest.raises(InvalidInput) as exc:
        svc.validate(RefusalIn, {"refused_on": ago(1), "reasons": ""})
    assert "lý do" in exc.value.errors["reasons"]
    a = svc.refuse(a.id, RefusalIn(refused_on=ago(20), document_no="15/UBND",
                                   reasons="Người giám hộ không đồng ý"))  # fmt: skip
    assert a.stage is AdoptionStage.REFUSED and a.next_step is None
    assert a.deadlines[-2].label.startswith("Từ chối") and not a.deadlines[-2].late
    refused(db, lambda: svc.record_report(a.id, ReportIn(number=1, received_on=ago(1),
            summary="x")), "__all__", "Chưa đăng ký")  # fmt: skip
    refused(db, lambda: svc.start_notice(a.id, NoticeIn(start_on=ago(1))), "__all__",
            "từ chối đăng ký")  # fmt: skip


def test_withdrawal_and_a_new_proposal(svc, children, db):
    kid = make_child(children)
    a = to_stage(svc, kid, AdoptionStage.FILE_RECEIVED)
    refused(db, lambda: svc.withdraw(a.id, WithdrawalIn(withdrawn_on=ago(35), reason="x")),
            "withdrawn_on", "ngày nhận đủ hồ sơ")  # fmt: skip
    a = svc.withdraw(a.id, WithdrawalIn(withdrawn_on=ago(2), reason="Gia đình không nhận nữa"))
    assert a.stage is AdoptionStage.WITHDRAWN and a.status is AdoptionStatus.WITHDRAWN
    assert a.next_step is None and a.findings == ()
    again = propose(svc, kid, ago(1))
    assert again.code.endswith("-0002")


def test_post_adoption_reports(svc, children, db):
    a = to_stage(svc, make_child(children), AdoptionStage.REGISTERED)
    refused(db, lambda: svc.record_report(a.id, ReportIn(number=1, received_on=ago(10),
            summary="x")), "received_on", "trước ngày giao nhận")  # fmt: skip
    with pytest.raises(InvalidInput) as exc:
        svc.validate(ReportIn, {"number": 7, "received_on": ago(1), "summary": "x"})
    assert "từ 1 đến 6" in exc.value.errors["number"]
    a = svc.record_report(a.id, ReportIn(number=1, received_on=ago(1),
                                         summary="Cháu khỏe, đi học đều, hòa nhập tốt"))  # fmt: skip
    assert a.reports[0].received_on == ago(1) and a.reports[0].state is DeadlineState.DONE
    assert "2/6" in a.next_step.label
    audit_rows = [r for r in rows(db)["audit_log"] if r[3] == "adoption_report"]
    assert "hòa nhập" not in audit_rows[0][6]


def test_unknown_referral(svc):
    with pytest.raises(NotFound):
        svc.get(4242)
    with pytest.raises(NotFound):
        svc.start_notice(4242, NoticeIn(start_on=ago(1)))


# --- lists, to-do and the timeline ---------------------------------------------------------------


@pytest.fixture
def several(svc, children) -> dict[str, AdoptionOut]:
    """One referral at each interesting stage, as the demo has them."""
    made = {
        "proposed": to_stage(svc, make_child(children, "A Pao"), AdoptionStage.PROPOSED),
        "notice": to_stage(svc, make_child(children, "B Lử"), AdoptionStage.NOTICE),
        "file": to_stage(svc, make_child(children, "C Dợ"), AdoptionStage.FILE_RECEIVED),
        "opinions": to_stage(svc, make_child(children, "D Mỷ"), AdoptionStage.OPINIONS),
        "registered": to_stage(svc, make_child(children, "E Say"), AdoptionStage.REGISTERED),
    }
    gone = to_stage(svc, make_child(children, "F Tủa"), AdoptionStage.FILE_RECEIVED)
    made["withdrawn"] = svc.withdraw(gone.id, WithdrawalIn(withdrawn_on=ago(1), reason="x"))
    return made


def test_list_filters(svc, several):
    open_ = svc.list()
    assert {r.code for r in open_} == {several[k].code for k in
                                       ("proposed", "notice", "file", "opinions")}  # fmt: skip
    # Soonest due first, nothing due last.
    assert open_[-1].code == several["proposed"].code and open_[-1].next_due is None
    overdue = svc.list(AdoptionFilter(overdue=True))
    # the notice started 95 days ago (ended), the file 30 days ago (opinions due 20 days ago),
    # the consents 25 days ago (registration due 5 days ago)
    assert {r.code for r in overdue} == {several[k].code for k in ("notice", "file", "opinions")}
    assert all(r.next_state is DeadlineState.OVERDUE for r in overdue)
    registered = svc.list(AdoptionFilter(status=AdoptionStatus.REGISTERED))
    assert [r.code for r in registered] == [several["registered"].code]
    assert [r.code for r in svc.list(AdoptionFilter(status=AdoptionStatus.WITHDRAWN))] == [
        several["withdrawn"].code
    ]
    assert len(svc.list(AdoptionFilter(status=None))) == 6
    child_rows = svc.for_child(several["file"].child_id)
    assert [r.code for r in child_rows] == [several["file"].code]
    # The list carries no free text of the referral.
    assert REASON not in repr(open_)


def test_due_items(svc, several):
    items = svc.due_items()
    by_code = {i.subject_code: i for i in items}
    assert all(i.programme is Programme.ADOPTION and i.subject_kind == "adoption" for i in items)
    assert several["proposed"].code not in by_code  # nothing is due by law before the notice
    assert several["withdrawn"].code not in by_code
    notice = by_code[several["notice"].code]
    assert notice.state is DeadlineState.OVERDUE and "60 ngày niêm yết" in notice.label
    assert notice.due == ago(95) + timedelta(days=60)
    file = by_code[several["file"].code]
    assert file.due == ago(20) and "lấy ý kiến" in file.label
    opinions = by_code[several["opinions"].code]
    assert opinions.due == ago(25) + timedelta(days=20) and "Đăng ký" in opinions.label
    assert opinions.child_name == "D Mỷ" and opinions.child_id == several["opinions"].child_id
    # The registered one shows its report only from 30 days before it is due.
    registered = several["registered"]
    first_report = registered.reports[0].due_on
    assert registered.code not in by_code
    soon = svc.due_items(first_report - timedelta(days=30))
    report = next(i for i in soon if i.subject_code == registered.code)
    assert report.state is DeadlineState.DUE_SOON and "lần 1/6" in report.label
    late = svc.due_items(first_report + timedelta(days=1))
    assert next(i for i in late if i.subject_code == registered.code).state is (
        DeadlineState.OVERDUE
    )
    assert [i.due for i in items] == sorted(i.due for i in items)


def test_timeline_in_date_order(svc, several):
    entries = svc.timeline(several["registered"].id)
    assert [e.on for e in entries] == sorted(e.on for e in entries)
    labels = [e.label for e in entries]
    assert labels[0] == "Đề xuất tìm gia đình nhận con nuôi"
    assert "Đăng ký nuôi con nuôi" in labels and "Giao nhận con nuôi" in labels
    assert [e.label for e in entries if not e.done] == [f"Hạn báo cáo lần {n}" for n in range(1, 7)]
    file_entries = svc.timeline(several["file"].id)
    assert any(e.label == "Hạn lấy ý kiến (10 ngày)" and not e.done for e in file_entries)


def test_stored_stage_and_due_follow_the_steps(svc, several, db):
    with db.session() as s:
        stored = {r.code: (r.stage, r.next_action, r.next_due) for r in s.scalars(
            select(AdoptionRecord))}  # fmt: skip
    assert stored[several["file"].code] == ("da_nhan_ho_so", "lay_y_kien", ago(20))
    assert stored[several["withdrawn"].code] == ("da_dung", "", None)
    assert stored[several["registered"].code][0] == "da_dang_ky"


def test_clock_decides_the_states(db, children):
    frozen = datetime(TODAY.year, TODAY.month, TODAY.day, 9, 0) + timedelta(days=400)
    svc = AdoptionService(db, user="test", clock=lambda: frozen)
    a = to_stage(svc, make_child(children), AdoptionStage.REGISTERED)
    assert a.reports[0].state is DeadlineState.OVERDUE and a.overdue
