"""CareService on a real SQLite file (issue #4): the carers' registry, placement decisions and
their ends, follow-ups, the due work, the adoption hook. Every refusal says what to fix and
writes nothing — no row in any table of the module, no audit row."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from commune_care.db.models import AuditRecord
from commune_care.db.session import Database
from commune_care.domain.care import (
    CareForm,
    CarerCondition,
    CarerRegistration,
    CarerStatus,
    EndReason,
    FollowUpKind,
    VerificationResult,
)
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import PartialDate
from commune_care.domain.errors import InvalidInput, NeedsConfirmation, NotFound
from commune_care.domain.schemas.care import (
    ApprovalIn,
    CarerFilter,
    CarerIn,
    CarerMemberEndIn,
    CarerMemberIn,
    CarerStopIn,
    ConditionsIn,
    FollowUpIn,
    PlacementEndIn,
    PlacementFilter,
    PlacementIn,
    VerificationIn,
)
from commune_care.domain.schemas.support import ProviderIn
from commune_care.domain.support import Programme, ProviderKind
from commune_care.services.care import CareService, open_adoption_placement
from commune_care.services.children import ChildrenService
from commune_care.services.support import SupportService

TODAY = date(2025, 12, 15)
CHAIRMAN = "Nguyễn Văn Bình"
BORN = PartialDate(2015, 4, 1)
TABLES = ("carers", "carer_members", "carer_conditions", "placements", "placement_follow_ups",
          "audit_log")  # fmt: skip


def counts(db: Database) -> dict[str, int]:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def refused(
    db: Database, action: Callable[[], Any], error: type[Exception] = InvalidInput
) -> Exception:
    """Run ``action``, expect ``error``, and check that nothing at all was written."""
    before = counts(db)
    with pytest.raises(error) as caught:
        action()
    assert counts(db) == before
    return caught.value


class Commune:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.children = ChildrenService(db, user="test")
        self.care = CareService(db, user="test", clock=lambda: datetime(2025, 12, 15, 9, 0))
        self.support = SupportService(db, user="test")

    def child(
        self, name: str, birth: PartialDate = BORN, father: str = "",
        mother: str = "",
    ) -> int:  # fmt: skip
        data = self.children.validate(
            {
                "full_name": name,
                "birth": birth,
                "father_name": father,
                "mother_name": mother,
                "registered_on": date(2025, 1, 2),
            }
        )
        return self.children.create(data, allow_duplicate=True).id

    def carer(
        self, name: str = "Trần Thị Bình", birth: str = "15/06/1958",
        registration: CarerRegistration = CarerRegistration.RELATIVE_NOTICE,
        registered_on: date = date(2025, 1, 6), **extra: Any,
    ) -> int:  # fmt: skip
        data = CarerIn(full_name=name, birth=birth, registration=registration,
                       registered_on=registered_on, **extra)  # fmt: skip
        return self.care.register_carer(data).id

    def eligible(self, carer_id: int, on: date = date(2025, 1, 20), approve: bool = True) -> None:
        self.care.record_conditions(
            carer_id,
            ConditionsIn(checked_on=on, checked_by="Trần Thị Hạnh",
                         items=tuple({"condition": c, "met": True} for c in CarerCondition)),
        )  # fmt: skip
        self.care.record_verification(
            carer_id,
            VerificationIn(verified_on=on, verified_by="Trần Thị Hạnh", result="du_dieu_kien"),
        )
        if approve:
            self.care.approve_carer(carer_id, ApprovalIn(approved_on=on, approved_by=CHAIRMAN))

    def facility(self, kind: ProviderKind = ProviderKind.SOCIAL_ASSISTANCE_FACILITY) -> int:
        return self.support.create_provider(
            ProviderIn(name=f"Trung tâm Công tác xã hội ({kind.value})", kind=kind)
        ).id


def placement(child_id: int, carer_id: int | None = None, **changes: Any) -> PlacementIn:
    values: dict[str, Any] = {
        "child_id": child_id,
        "form": CareForm.RELATIVE,
        "term": "dai_han",
        "carer_id": carer_id,
        "relationship": "Bà nội",
        "decision_number": "05/QĐ-UBND",
        "decision_date": date(2025, 2, 3),
        "decision_signer": CHAIRMAN,
        "child_view": "Em muốn ở với bà.",
        "child_view_date": date(2025, 1, 28),
    }
    values.update(changes)
    return CareService.validate(PlacementIn, values)


@pytest.fixture
def c(db: Database) -> Commune:
    return Commune(db)


# --- carers ------------------------------------------------------------------------------------
def test_register_a_carer_with_members(c: Commune) -> None:
    out = c.care.register_carer(
        CarerIn(full_name="  Lê  Văn Cường ", birth="1975", kind="gia_dinh",
                registration="dang_ky_mau_08", registered_on="06/01/2025", phone="0912 345 678",
                wishes="Nhận chăm sóc trẻ dưới 10 tuổi."),
        members=[CarerMemberIn(full_name="Phạm Thị Dung", relationship="Vợ", birth="1978")],
    )  # fmt: skip
    assert out.full_name == "Lê Văn Cường" and out.birth == PartialDate(1975)
    assert out.status is CarerStatus.REGISTERED and out.status_date == date(2025, 1, 6)
    assert [m.full_name for m in out.members] == ["Phạm Thị Dung"]
    assert out.members[0].added_on == date(2025, 1, 6) and out.members[0].active
    assert out.unmet_conditions == tuple(CarerCondition)
    assert out.verification is None and out.approval is None
    assert [h.action for h in c.care.carer_history(out.id)] == ["Đăng ký nhận chăm sóc thay thế"]


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"full_name": "", "birth": "1970", "registered_on": "06/01/2025"}, "full_name",
         "không được để trống"),
        ({"full_name": "Lê Văn A", "registered_on": "06/01/2025"}, "birth", "năm sinh"),
        ({"full_name": "Lê Văn A", "birth": "1970"}, "registered_on", "Mẫu số 08"),
        ({"full_name": "Lê Văn A", "birth": "1970", "registered_on": "06/01/2999"},
         "registered_on", "tương lai"),
        ({"full_name": "Lê Văn A", "birth": "1970", "registered_on": "06/01/2025",
          "id_number": "123"}, "id_number", "12 chữ số"),
        ({"full_name": "Lê Văn A", "birth": "31/02/1970", "registered_on": "06/01/2025"},
         "birth", "không có thật"),
    ],
)  # fmt: skip
def test_bad_carer_input_says_what_to_fix(
    c: Commune, values: dict[str, Any], field: str, words: str
) -> None:
    def register() -> None:
        c.care.register_carer(c.care.validate(CarerIn, values))

    error = refused(c.db, register)
    assert isinstance(error, InvalidInput) and words in error.errors[field]


def test_same_id_number_refused_same_name_and_year_confirmed(c: Commune) -> None:
    c.carer("Lê Văn Cường", "1975", id_number="001075001234")
    error = refused(c.db, lambda: c.carer("Lê Văn Khác", "1980", id_number="001075001234"))
    assert isinstance(error, InvalidInput) and "001075001234" in error.errors["id_number"]
    error = refused(c.db, lambda: c.carer("LÊ VĂN CƯỜNG", "02/03/1975"), NeedsConfirmation)
    assert isinstance(error, NeedsConfirmation) and "Lê Văn Cường" in error.warnings[0]
    data = CarerIn(full_name="Lê Văn Cường", birth="1975", registered_on=date(2025, 1, 6))
    assert c.care.register_carer(data, confirm_warnings=True).id


def test_members_join_and_leave(c: Commune) -> None:
    carer_id = c.carer()
    out = c.care.add_member(
        carer_id, CarerMemberIn(full_name="Trần Văn Hòa", relationship="Chồng",
                                added_on=date(2025, 2, 1))
    )  # fmt: skip
    member = out.members[0]
    error = refused(c.db, lambda: c.care.end_member(
        member.id, CarerMemberEndIn(ended_on=date(2025, 1, 1), reason="Đi làm ăn xa")))  # fmt: skip
    assert isinstance(error, InvalidInput) and "trước ngày bắt đầu" in error.errors["ended_on"]
    out = c.care.end_member(
        member.id, CarerMemberEndIn(ended_on=date(2025, 3, 1), reason="Đi làm ăn xa")
    )
    assert out.members[0].ended_on == date(2025, 3, 1) and not out.members[0].active
    assert out.members[0].end_reason == "Đi làm ăn xa"  # kept, not deleted
    error = refused(c.db, lambda: c.care.end_member(
        member.id, CarerMemberEndIn(ended_on=date(2025, 3, 2), reason="x")))  # fmt: skip
    assert "đã không còn là thành viên" in str(error)
    with pytest.raises(InvalidInput) as caught:
        CareService.validate(CarerMemberIn, {"full_name": "Trần Văn Hòa"})
    assert "Quan hệ" in caught.value.errors["relationship"]


def test_conditions_are_dated_and_the_latest_counts(c: Commune) -> None:
    carer_id = c.carer()
    all_met = tuple({"condition": x, "met": True} for x in CarerCondition)
    c.care.record_conditions(carer_id, ConditionsIn(
        checked_on=date(2025, 1, 10), checked_by="Hạnh", items=all_met))  # fmt: skip
    out = c.care.record_conditions(carer_id, ConditionsIn(
        checked_on=date(2025, 2, 10), checked_by="Hạnh",
        items=({"condition": "cho_o_kinh_te", "met": False, "note": "Nhà dột"},)))  # fmt: skip
    housing = {x.condition: x for x in out.conditions}[CarerCondition.HOUSING_MEANS]
    assert not housing.met and housing.checked_on == date(2025, 2, 10)
    assert out.unmet_conditions == (CarerCondition.HOUSING_MEANS,)
    error = refused(c.db, lambda: c.care.record_conditions(carer_id, ConditionsIn(
        checked_on=date(2024, 12, 1), checked_by="Hạnh", items=all_met)))  # fmt: skip
    assert "trước ngày đăng ký" in str(error)
    with pytest.raises(InvalidInput) as caught:
        CareService.validate(ConditionsIn, {"checked_on": date(2025, 1, 10), "checked_by": "H",
                                            "items": []})  # fmt: skip
    assert "ít nhất một điều kiện" in caught.value.errors["items"]


def test_verification_needs_every_condition_and_every_member(c: Commune) -> None:
    carer_id = c.carer()
    verify = VerificationIn(verified_on=date(2025, 1, 20), verified_by="Hạnh",
                            result=VerificationResult.ELIGIBLE)  # fmt: skip
    error = refused(c.db, lambda: c.care.record_verification(carer_id, verify))
    assert isinstance(error, InvalidInput)
    assert "Có tư cách đạo đức tốt" in error.errors["result"]
    c.care.record_conditions(carer_id, ConditionsIn(
        checked_on=date(2025, 1, 10), checked_by="Hạnh",
        items=tuple({"condition": x, "met": True} for x in CarerCondition)))  # fmt: skip
    c.care.add_member(carer_id, CarerMemberIn(full_name="Trần Văn Hòa", relationship="Con",
                                              agrees=False))  # fmt: skip
    error = refused(c.db, lambda: c.care.record_verification(carer_id, verify))
    assert isinstance(error, InvalidInput) and "Trần Văn Hòa" in error.errors["members"]
    member = c.care.carer(carer_id).members[0]
    c.care.end_member(member.id, CarerMemberEndIn(ended_on=date(2025, 1, 15), reason="Ở riêng"))
    out = c.care.record_verification(carer_id, verify)
    assert out.status is CarerStatus.ELIGIBLE and out.verification is not None
    assert out.verification.result_label == "Đủ điều kiện nhận chăm sóc thay thế"
    # Not eligible: the status follows, and the approval of an earlier verification goes.
    out = c.care.record_verification(carer_id, VerificationIn(
        verified_on=date(2025, 3, 1), verified_by="Hạnh", result="khong_du_dieu_kien",
        note="Chuyển nhà, chưa ổn định chỗ ở"))  # fmt: skip
    assert out.status is CarerStatus.NOT_ELIGIBLE and out.status_reason.startswith("Chuyển")


def test_approval_after_an_eligible_verification(c: Commune) -> None:
    carer_id = c.carer()
    approval = {"approved_on": date(2025, 1, 25), "approved_by": CHAIRMAN}
    error = refused(c.db, lambda: c.care.approve_carer(carer_id, ApprovalIn(**approval)))
    assert "chưa được xác minh đủ điều kiện" in str(error)
    c.eligible(carer_id, approve=False)
    early = ApprovalIn(approved_on=date(2025, 1, 19), approved_by=CHAIRMAN)
    assert "trước ngày xác minh" in str(refused(c.db, lambda: c.care.approve_carer(
        carer_id, early)))  # fmt: skip
    out = c.care.approve_carer(carer_id, ApprovalIn(**approval))
    assert out.approval is not None and out.approval.approved_by == CHAIRMAN


def test_stop_a_carer_only_without_a_child_in_care(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An")
    placed = c.care.decide_placement(placement(child, carer_id))
    stop = CarerStopIn(stopped_on=date(2025, 6, 1), reason="Chuyển đi nơi khác")
    error = refused(c.db, lambda: c.care.stop_carer(carer_id, stop))
    assert placed.code in str(error)
    c.care.end_placement(placed.id, PlacementEndIn(
        end_date=date(2025, 5, 31), reason=EndReason.CARER_REQUEST, request_date=date(2025, 5, 1),
        decision_number="20/QĐ-UBND", decision_date=date(2025, 5, 20)))  # fmt: skip
    out = c.care.stop_carer(carer_id, stop)
    assert out.status is CarerStatus.STOPPED and out.status_reason == "Chuyển đi nơi khác"
    error = refused(c.db, lambda: c.care.add_member(
        carer_id, CarerMemberIn(full_name="A", relationship="Con")))  # fmt: skip
    assert "đã ngừng" in str(error)
    assert [x.id for x in c.care.carers(CarerFilter(include_stopped=False))] == []
    assert [x.id for x in c.care.carers(CarerFilter(text="binh"))] == [carer_id]


def test_quarterly_list_mau_09(c: Commune) -> None:
    app = CarerRegistration.APPLICATION
    early = c.carer("Lê Văn Cường", "1975", app, date(2025, 2, 10))
    late = c.carer("Phạm Thị Dung", "1980", app, date(2025, 4, 2))
    c.carer("Trần Thị Bình", "1958")  # a relative: not on the list
    stopped = c.carer("Hoàng Văn Em", "1970", app, date(2025, 1, 5))
    c.care.stop_carer(stopped, CarerStopIn(stopped_on=date(2025, 3, 1), reason="Rút đơn"))
    q1 = c.care.quarterly_list(2025, 1)
    assert q1.as_of == date(2025, 3, 31) and [x.id for x in q1.carers] == [early]
    q2 = c.care.quarterly_list(2025, 2)
    assert [x.id for x in q2.carers] == [early, late]
    q4_2024 = c.care.quarterly_list(2024, 4)
    assert q4_2024.as_of == date(2024, 12, 31) and q4_2024.carers == ()
    assert [x.id for x in c.care.quarterly_list(2024, 4).carers] == []
    with pytest.raises(InvalidInput):
        c.care.quarterly_list(2025, 5)


# --- placements --------------------------------------------------------------------------------
def test_decide_a_relative_placement(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An")
    out = c.care.decide_placement(placement(child, carer_id))
    assert out.code == "CSTT2025-0001" and out.current
    assert out.start_date == date(2025, 2, 3)  # the decision's day when not given
    assert out.handover_due == date(2025, 2, 24)  # 15 working days
    assert out.carer_name == "Trần Thị Bình" and out.form_label.endswith("người thân thích")
    assert out.confirmed_warnings == ()
    assert c.care.current_placement(child) == out
    assert c.care.carer(carer_id).current_placements == 1
    history = c.care.placement_history(out.id)
    assert history[0].action == "Quyết định giao chăm sóc thay thế"
    assert "CSTT2025-0001" in history[0].summary
    assert c.care.placement_by_code("cstt2025-0001").id == out.id


def test_placement_input_problems_name_their_field(c: Commune) -> None:
    child = c.child("Nguyễn Văn An")
    carer_id = c.carer()
    facility = c.facility()
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"carer_id": None}, "carer_id", "Hãy chọn người nhận chăm sóc"),
        ({"form": CareForm.FACILITY, "carer_id": None}, "provider_id", "cơ sở trợ giúp xã hội"),
        ({"form": CareForm.FACILITY, "provider_id": facility}, "carer_id", "bỏ chọn người"),
        ({"child_view_date": None}, "child_view_date", "ngày lấy ý kiến"),
        ({"child_view": ""}, "child_view", "ý kiến"),
        ({"handover_date": date(2025, 1, 30)}, "handover_date", "trước ngày quyết định"),
    ]
    for changes, field, words in cases:
        data = placement(child, **{"carer_id": carer_id, **changes})
        error = refused(c.db, lambda data=data: c.care.decide_placement(data))  # type: ignore[misc]
        assert isinstance(error, InvalidInput) and words in error.errors[field], (changes, error)
    for values, field, words in [
        ({"decision_number": ""}, "decision_number", "không được để trống"),
        ({"decision_date": "32/01/2025"}, "decision_date", "không có thật"),
        ({"form": "khac"}, "form", "không có trong danh sách"),
        ({"term": None}, "term", "tạm thời hay dài hạn"),
    ]:
        with pytest.raises(InvalidInput) as caught:
            placement(child, carer_id, **values)
        assert words in caught.value.errors[field]


def test_each_rule_refuses_with_nothing_written(c: Commune) -> None:
    young = c.carer("Trần Văn Út", "03/02/2008")  # 16 on the decision day
    nonrel = c.carer("Lê Văn Cường", "1975", CarerRegistration.APPLICATION)
    child = c.child("Nguyễn Văn An", PartialDate(2015, 4, 1))  # 9 years old
    provider = c.facility(ProviderKind.HEALTH_FACILITY)
    rules: list[tuple[PlacementIn, str, str]] = [
        (placement(child, young), "carer_id", "người thành niên"),
        (placement(child, nonrel, form=CareForm.NON_RELATIVE, relationship="",
                   non_relative_reason="Không có người thân"), "carer_id", "Mẫu số 11"),
        (placement(child, young, form=CareForm.NON_RELATIVE), "non_relative_reason",
         "lý do không giao cho người thân thích"),
        (placement(child, None, form=CareForm.FACILITY, provider_id=provider,
                   non_relative_reason="Chưa tìm được gia đình"), "provider_id",
         "không phải là cơ sở trợ giúp xã hội"),
        (placement(child, young, child_view="", child_view_date=None), "child_view",
         "lấy ý kiến của trẻ"),
        (placement(child, young, form=CareForm.ADOPTION), "form", "Nhận con nuôi"),
        (placement(child, young, relationship=""), "relationship", "quan hệ"),
    ]  # fmt: skip
    for data, field, words in rules:
        error = refused(c.db, lambda data=data: c.care.decide_placement(data))  # type: ignore[misc]
        assert isinstance(error, InvalidInput) and words in error.errors[field], (field, error)
        assert c.care.check_placement(data).blocks[field] == error.errors[field]


def test_twenty_years_older_for_a_non_relative(c: Commune) -> None:
    child = c.child("Nguyễn Văn An", PartialDate(2015, 4, 1))
    app = CarerRegistration.APPLICATION
    too_young = c.carer("Lê Văn Cường", "02/04/1995", app)
    c.eligible(too_young)
    data = placement(child, too_young, form=CareForm.NON_RELATIVE, relationship="",
                     non_relative_reason="Không có người thân thích")  # fmt: skip
    error = refused(c.db, lambda: c.care.decide_placement(data))
    assert isinstance(error, InvalidInput) and "20 tuổi" in error.errors["carer_id"]
    maybe = c.carer("Phạm Thị Dung", "1995", app)  # 1995 against 01/04/2015: cannot tell
    c.eligible(maybe)
    data = data.model_copy(update={"carer_id": maybe})
    error = refused(c.db, lambda: c.care.decide_placement(data), NeedsConfirmation)
    assert isinstance(error, NeedsConfirmation)
    assert any("20 tuổi" in w for w in error.warnings)
    out = c.care.decide_placement(data, confirm_warnings=True)
    assert any("20 tuổi" in w for w in out.confirmed_warnings)


def test_warnings_need_confirmation_and_are_kept(c: Commune) -> None:
    carer_id = c.carer()  # a relative not verified yet
    child = c.child("Nguyễn Văn An")
    data = placement(child, carer_id)
    error = refused(c.db, lambda: c.care.decide_placement(data), NeedsConfirmation)
    assert isinstance(error, NeedsConfirmation) and "Mẫu số 11" in error.warnings[0]
    assert "xác nhận" in error.message
    assert c.care.check_placement(data).warnings == tuple(error.warnings)
    out = c.care.decide_placement(data, confirm_warnings=True)
    assert out.confirmed_warnings == tuple(error.warnings)


def test_facility_placement_is_a_reminded_temporary_measure(c: Commune) -> None:
    child = c.child("Nguyễn Văn An")
    facility = c.facility()
    assert [f.id for f in c.care.facilities()] == [facility]
    data = placement(child, None, form=CareForm.FACILITY, provider_id=facility, term="tam_thoi",
                     relationship="", non_relative_reason="Chưa tìm được gia đình")  # fmt: skip
    error = refused(c.db, lambda: c.care.decide_placement(data), NeedsConfirmation)
    assert isinstance(error, NeedsConfirmation) and "tạm thời" in error.warnings[0]
    out = c.care.decide_placement(data, confirm_warnings=True)
    assert out.carer_name.startswith("Trung tâm") and out.handover_due is None
    follow = c.care.follow_ups(out.id)
    assert {f.kind for f in follow} == {FollowUpKind.FACILITY_REVIEW}
    assert [f.months for f in follow][:2] == [6, 12]


def test_one_current_placement_and_the_history(c: Commune) -> None:
    grandma, aunt = c.carer(), c.carer("Nguyễn Thị Cúc", "1985")
    c.eligible(grandma)
    c.eligible(aunt)
    child = c.child("Nguyễn Văn An")
    first = c.care.decide_placement(placement(child, grandma))
    second = placement(child, aunt, relationship="Cô ruột", decision_number="30/QĐ-UBND",
                       decision_date=date(2025, 6, 2))  # fmt: skip
    error = refused(c.db, lambda: c.care.decide_placement(second))
    assert isinstance(error, InvalidInput) and first.code in error.errors["child_id"]
    end = PlacementEndIn(end_date=date(2025, 6, 1), reason=EndReason.CARER_REQUEST,
                         request_date=date(2025, 5, 10), decision_number="29/QĐ-UBND",
                         decision_date=date(2025, 5, 30))  # fmt: skip
    # The change in one go; a broken rule in the new one leaves the old one open.
    bad = second.model_copy(update={"child_view": "", "child_view_date": None})
    refused(c.db, lambda: c.care.decide_placement(bad, end_current=end))
    assert c.care.placement(first.id).current
    # The old one cannot end after the new one starts.
    late_end = end.model_copy(update={"end_date": date(2025, 6, 2)})
    error = refused(c.db, lambda: c.care.decide_placement(second, end_current=late_end))
    assert "start_date" in error.errors  # type: ignore[attr-defined]
    new = c.care.decide_placement(second, end_current=end)
    old = c.care.placement(first.id)
    assert not old.current and old.end_reason is EndReason.CARER_REQUEST
    assert old.end_request_date == date(2025, 5, 10) and old.end_decision_number == "29/QĐ-UBND"
    assert [p.id for p in c.care.placements_of(child)] == [new.id, old.id]  # newest first
    assert c.care.current_placement(child) == new
    assert c.care.current_placement(child, on=date(2025, 3, 1)) == old
    assert c.care.current_placement(child, on=date(2025, 1, 1)) is None
    assert new.code == "CSTT2025-0002"
    # Without an open placement, there is nothing to end.
    other = c.child("Trần Văn Bảo")
    error = refused(c.db, lambda: c.care.decide_placement(
        placement(other, grandma), end_current=end))  # fmt: skip
    assert "end_current" in error.errors  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"reason": EndReason.CARER_REQUEST, "decision_number": "1", "decision_date": "01/06/2025"},
         "request_date", "Mẫu số 15"),
        ({"reason": EndReason.REUNIFICATION}, "decision_number", "Mẫu số 16"),
        ({"reason": EndReason.REUNIFICATION, "decision_number": "1"}, "decision_date",
         "hãy nhập ngày"),
        ({"reason": EndReason.OTHER}, "note", "ghi rõ lý do"),
        ({"reason": None}, "reason", "hãy chọn"),
        ({"reason": EndReason.TURNED_16, "request_date": "10/06/2025",
          "decision_number": "2", "decision_date": "01/06/2025"}, "decision_date",
         "sau ngày quyết định"),
    ],
)  # fmt: skip
def test_end_reasons_ask_for_their_papers(values: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        CareService.validate(PlacementEndIn, {"end_date": "01/06/2025", **values})
    assert words in caught.value.errors[field]
    # Adoption, 16 years: no Mẫu 16 needed.
    CareService.validate(PlacementEndIn, {"end_date": "01/06/2025", "reason": "du_16_tuoi"})


def test_end_a_placement(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An")
    out = c.care.decide_placement(placement(child, carer_id))
    early = PlacementEndIn(end_date=date(2025, 2, 1), reason=EndReason.TURNED_16)
    error = refused(c.db, lambda: c.care.end_placement(out.id, early))
    assert "trước ngày bắt đầu" in error.errors["end_date"]  # type: ignore[attr-defined]
    end = PlacementEndIn(end_date=date(2025, 9, 1), reason=EndReason.REUNIFICATION,
                         decision_number="40/QĐ-UBND", decision_date=date(2025, 8, 28))  # fmt: skip
    ended = c.care.end_placement(out.id, end)
    assert ended.end_reason_label.startswith("Trẻ em trở về đoàn tụ gia đình")
    assert ended.next_due is None and c.care.current_placement(child) is None
    error = refused(c.db, lambda: c.care.end_placement(out.id, end))
    assert "đã chấm dứt" in str(error)
    # The schedule stops at the end.
    assert all(f.due is None or f.due <= date(2025, 9, 1) for f in c.care.follow_ups(out.id))
    with pytest.raises(NotFound):
        c.care.end_placement(999, end)


def test_siblings_placed_apart_warn(c: Commune) -> None:
    grandma, aunt = c.carer(), c.carer("Nguyễn Thị Cúc", "1985")
    c.eligible(grandma)
    c.eligible(aunt)
    parents = {"father": "Nguyễn Văn Phúc", "mother": "Lê Thị Mai"}
    an = c.child("Nguyễn Văn An", **parents)  # type: ignore[arg-type]
    hoa = c.child("Nguyễn Thị Hoa", PartialDate(2017, 9, 9), **parents)  # type: ignore[arg-type]
    stranger = c.child("Nguyễn Văn Khác", father="Nguyễn Văn Phúc")
    c.care.decide_placement(placement(an, grandma))
    apart = placement(hoa, aunt, relationship="Cô ruột")
    error = refused(c.db, lambda: c.care.decide_placement(apart), NeedsConfirmation)
    assert isinstance(error, NeedsConfirmation)
    assert "Nguyễn Văn An" in error.warnings[0] and "anh, chị, em" in error.warnings[0]
    assert c.care.check_placement(placement(hoa, grandma)).ok  # together: nothing to say
    # Same father's name only: not the same parents, no warning.
    assert c.care.check_placement(placement(stranger, aunt, relationship="Cô ruột")).ok


def test_handover(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An")
    out = c.care.decide_placement(placement(child, carer_id))
    assert c.care.due_items(date(2025, 2, 10))[0].label.startswith("Tổ chức giao")
    for bad, words in (
        (date(2025, 2, 1), "trước ngày quyết định"),
        (date(2999, 1, 1), "tương lai"),
    ):
        error = refused(c.db, lambda bad=bad: c.care.record_handover(out.id, bad))  # type: ignore[misc]
        assert words in str(error)
    after = c.care.record_handover(out.id, date(2025, 2, 14))
    assert after.handover_date == date(2025, 2, 14)
    assert not any(i.label.startswith("Tổ chức giao") for i in c.care.due_items(date(2025, 3, 1)))
    # Follow-ups now count from the handover.
    first = c.care.follow_ups(out.id, today=date(2025, 3, 1))[0]
    assert (first.kind, first.due) == (FollowUpKind.WORKER_VISIT, date(2025, 3, 14))


# --- follow-ups --------------------------------------------------------------------------------
def test_follow_ups_schedule_states_and_records(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An")
    out = c.care.decide_placement(placement(child, carer_id, handover_date=date(2025, 2, 3)))
    rows = c.care.follow_ups(out.id, today=date(2025, 4, 1))
    first = rows[0]
    assert (first.kind, first.seq, first.due) == (FollowUpKind.WORKER_VISIT, 1, date(2025, 3, 3))
    assert first.state is DeadlineState.OVERDUE and first.label.endswith("sau 01 tháng")
    assert rows[1].due == date(2025, 5, 3) and rows[1].state is DeadlineState.ON_TIME
    visit = FollowUpIn(kind=FollowUpKind.WORKER_VISIT, seq=1, done_on=date(2025, 3, 5),
                       done_by="Trần Thị Hạnh", findings="Trẻ khỏe, đi học đều.")  # fmt: skip
    done = c.care.record_follow_up(out.id, visit)
    assert done.state is DeadlineState.DONE and done.late and done.due == date(2025, 3, 3)
    error = refused(c.db, lambda: c.care.record_follow_up(out.id, visit))
    assert "đã được ghi" in error.errors["seq"]  # type: ignore[attr-defined]
    before = visit.model_copy(update={"seq": 2, "done_on": date(2025, 1, 1)})
    error = refused(c.db, lambda: c.care.record_follow_up(out.id, before))
    assert "trước ngày bắt đầu" in error.errors["done_on"]  # type: ignore[attr-defined]
    wrong = visit.model_copy(update={"kind": FollowUpKind.FACILITY_REVIEW})
    error = refused(c.db, lambda: c.care.record_follow_up(out.id, wrong))
    assert "không áp dụng" in error.errors["kind"]  # type: ignore[attr-defined]
    extra = visit.model_copy(update={"seq": None, "done_on": date(2025, 3, 20)})
    assert c.care.record_follow_up(out.id, extra).label.endswith("ngoài lịch")
    rows = c.care.follow_ups(out.id, today=date(2025, 4, 1))
    assert rows[0].done and rows[0].done_by == "Trần Thị Hạnh"
    assert any(r.seq is None and r.done for r in rows)
    with pytest.raises(InvalidInput) as caught:
        CareService.validate(FollowUpIn, {"kind": "theo_doi_mau_13", "done_on": "05/03/2025",
                                          "done_by": "Hạnh", "findings": ""})  # fmt: skip
    assert "Kết quả theo dõi" in caught.value.errors["findings"]
    assert [h.action for h in c.care.placement_history(out.id)][:2] == [
        "Theo dõi, đánh giá",
        "Theo dõi, đánh giá",
    ]


def test_due_items(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An")
    out = c.care.decide_placement(placement(child, carer_id, handover_date=date(2025, 2, 3)))
    # On 25/02/2025 the one-month visit (03/03) is due within 10 working days.
    items = c.care.due_items(date(2025, 2, 25))
    assert [(i.label.split(" — ")[-1], i.due, i.state) for i in items] == [
        ("sau 01 tháng", date(2025, 3, 3), DeadlineState.DUE_SOON)
    ]
    item = items[0]
    assert item.programme is Programme.ALTERNATIVE_CARE and item.subject_kind == "placement"
    assert (item.subject_id, item.subject_code, item.child_id) == (out.id, out.code, child)
    assert item.child_name == "Nguyễn Văn An" and "Mẫu số 13" in item.label
    # Much later, with only the first visit done: the next one of each kind, missed ones
    # not asked again.
    c.care.record_follow_up(out.id, FollowUpIn(kind="theo_doi_mau_13", seq=1,
                            done_on=date(2025, 3, 3), done_by="Hạnh", findings="Ổn"))  # fmt: skip
    items = c.care.due_items(date(2025, 8, 20))
    assert [(i.label.split(" — ")[-1], i.due, i.state) for i in items] == [
        ("sau 03 tháng", date(2025, 5, 3), DeadlineState.OVERDUE),  # the next visit
        ("sau 06 tháng", date(2025, 8, 3), DeadlineState.OVERDUE),  # the carer's report
        ("sau 06 tháng", date(2025, 8, 3), DeadlineState.OVERDUE),  # the commune's review
    ]
    overdue = c.care.placements(PlacementFilter(overdue=True), today=date(2025, 8, 20))
    assert [p.id for p in overdue] == [out.id]
    assert c.care.placements(PlacementFilter(overdue=True), today=date(2025, 2, 20)) == []
    listed = c.care.placements(today=date(2025, 8, 20))[0]
    assert listed.next_due == date(2025, 5, 3) and listed.next_state is DeadlineState.OVERDUE
    assert listed.next_due_kind is FollowUpKind.WORKER_VISIT  # what the list names in short


def test_due_items_of_a_child_turned_16(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An", PartialDate(2009, 12, 20))
    c.care.decide_placement(placement(child, carer_id, handover_date=date(2025, 2, 3)))
    labels = [i.label for i in c.care.due_items(date(2025, 12, 21))]
    assert any("đủ 16 tuổi" in label for label in labels)
    assert not any("đủ 16 tuổi" in i.label for i in c.care.due_items(date(2025, 12, 19)))


def test_placements_filter(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    an, binh = c.child("Nguyễn Văn An"), c.child("Trần Văn Bình")
    p1 = c.care.decide_placement(placement(an, carer_id))
    p2 = c.care.decide_placement(placement(binh, carer_id, decision_date=date(2025, 3, 3)))
    c.care.end_placement(p1.id, PlacementEndIn(end_date=date(2025, 5, 1), reason="du_16_tuoi"))
    assert [p.id for p in c.care.placements()] == [p2.id, p1.id]
    assert [p.id for p in c.care.placements(PlacementFilter(current=True))] == [p2.id]
    assert [p.id for p in c.care.placements(PlacementFilter(current=False))] == [p1.id]
    assert [p.id for p in c.care.placements(PlacementFilter(text="binh"))] == [p2.id]
    assert [p.id for p in c.care.placements(PlacementFilter(text="cstt2025-0001"))] == [p1.id]
    assert len(c.care.placements(PlacementFilter(carer_id=carer_id))) == 2
    assert c.care.placements(PlacementFilter(form=CareForm.FACILITY)) == []


# --- the adoption hook -----------------------------------------------------------------------
def test_open_adoption_placement_ends_the_current_one(c: Commune) -> None:
    carer_id = c.carer()
    c.eligible(carer_id)
    child = c.child("Nguyễn Văn An")
    current = c.care.decide_placement(placement(child, carer_id))
    with c.db.session() as s:
        new_id = open_adoption_placement(
            s, child_id=child, adoption_id=7, start_date=date(2025, 10, 1),
            decision_number="12/2025/NCN", decision_date=date(2025, 9, 25),
            carer_name="Lê Văn Cường và Phạm Thị Dung", user="tu-phap",
        )  # fmt: skip
    old = c.care.placement(current.id)
    assert old.end_date == date(2025, 9, 30) and old.end_reason is EndReason.ADOPTED
    assert old.end_reason_label == "Chuyển hình thức: được nhận làm con nuôi"
    new = c.care.placement(new_id)
    assert new.form is CareForm.ADOPTION and new.adoption_id == 7 and new.current
    assert new.term.value == "dai_han" and new.carer_name == "Lê Văn Cường và Phạm Thị Dung"
    assert c.care.follow_ups(new_id) == []  # adoption reports: the adoption module's
    with c.db.session() as s:
        users = s.scalars(
            select(AuditRecord.user).where(AuditRecord.entity == "placement",
                                           AuditRecord.action.in_(["placement_end",
                                                                   "placement_decide"]))
        ).all()  # fmt: skip
    assert users.count("tu-phap") == 2
    # An adoption placement takes no follow-up here.
    error = refused(c.db, lambda: c.care.record_follow_up(new_id, FollowUpIn(
        kind="theo_doi_mau_13", seq=1, done_on=date(2025, 11, 1), done_by="H",
        findings="Ổn")))  # fmt: skip
    assert "Nhận con nuôi" in str(error)


def test_open_adoption_placement_without_or_with_a_too_late_placement(c: Commune) -> None:
    child = c.child("Nguyễn Văn An")
    with c.db.session() as s:
        new_id = open_adoption_placement(
            s, child_id=child, adoption_id=1, start_date=date(2025, 10, 1),
            decision_number="1/NCN", decision_date=date(2025, 9, 25), carer_name="A và B",
            user="test",
        )  # fmt: skip
    assert c.care.current_placement(child, on=date(2025, 10, 1)).id == new_id  # type: ignore[union-attr]
    other = c.child("Trần Văn Bình")
    carer_id = c.carer()
    c.eligible(carer_id)
    c.care.decide_placement(placement(other, carer_id, decision_date=date(2025, 10, 1)))

    def too_late() -> None:
        with c.db.session() as s:
            open_adoption_placement(
                s, child_id=other, adoption_id=2, start_date=date(2025, 10, 1),
                decision_number="2/NCN", decision_date=date(2025, 9, 25), carer_name="C và D",
                user="test",
            )  # fmt: skip

    error = refused(c.db, too_late)
    assert "không trước ngày nhận con nuôi" in error.errors["start_date"]  # type: ignore[attr-defined]
    with pytest.raises(NotFound), c.db.session() as s:
        open_adoption_placement(
            s, child_id=999, adoption_id=3, start_date=date(2025, 10, 1), decision_number="3",
            decision_date=date(2025, 9, 25), carer_name="E", user="test",
        )  # fmt: skip


def test_archived_child_and_unknown_ids(c: Commune) -> None:
    carer_id = c.carer()
    child = c.child("Nguyễn Văn An")
    c.children.archive(child, "Chuyển đi")
    error = refused(c.db, lambda: c.care.decide_placement(placement(child, carer_id)))
    assert "lưu trữ" in error.errors["child_id"]  # type: ignore[attr-defined]
    live = c.child("Trần Văn Bình")
    error = refused(c.db, lambda: c.care.decide_placement(placement(live, 999)))
    assert "Không tìm thấy" in error.errors["carer_id"]  # type: ignore[attr-defined]
    refused(c.db, lambda: c.care.decide_placement(placement(999, carer_id)), NotFound)
    with pytest.raises(NotFound):
        c.care.carer(999)
    with pytest.raises(NotFound):
        c.care.placement(999)


def test_placement_dates_follow_the_clock(db: Database) -> None:
    care = CareService(db, clock=lambda: datetime(2025, 1, 1, 8, 0))
    assert care._today() == date(2025, 1, 1)
    assert care._today(date(2024, 5, 5)) == date(2024, 5, 5)


def test_a_placement_may_link_the_childs_case(c: Commune) -> None:
    from tests.services.test_support_service import make_case

    carer_id = c.carer()
    c.eligible(carer_id)
    an, binh = c.child("Nguyễn Văn An"), c.child("Trần Văn Bình")
    other_case, _ = make_case(c.db, binh, "HS2025-0001")
    error = refused(c.db, lambda: c.care.decide_placement(placement(an, carer_id,
                                                                    case_id=other_case)))  # fmt: skip
    assert "HS2025-0001" in error.errors["case_id"]  # type: ignore[attr-defined]
    own_case, _ = make_case(c.db, an, "HS2025-0002")
    out = c.care.decide_placement(placement(an, carer_id, case_id=own_case))
    assert out.case_id == own_case
