"""Providers, services and referrals on a real SQLite file (issue #3, point 3)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest

from commune_care.db.models import CaseCycleRecord, CasePlanTaskRecord, CaseRecord
from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.support import (
    Programme,
    ProviderKind,
    ReferralStatus,
    ServiceSetting,
    ServiceType,
)
from commune_care.services.children import ChildrenService
from commune_care.services.support import SupportService

D = date(2025, 3, 3)


@pytest.fixture
def support(db: Database) -> SupportService:
    return SupportService(db, user="test")


def make_child(children: ChildrenService, name: str = "Nguyễn Văn Đức") -> int:
    data = children.validate({"full_name": name, "birth": PartialDate(2014, 5, 2)})
    return children.create(data, allow_duplicate=True).id


def make_provider(
    support: SupportService, name: str = "Trạm Y tế xã Hòa Cư", **extra: object
) -> int:
    values = {"name": name, "kind": ProviderKind.HEALTH_FACILITY, "phone": "0255 3822 123"}
    return support.create_provider(support.validate_provider(values | extra)).id


def add_service(support: SupportService, child_id: int, **extra: object) -> int:
    values = {"child_id": child_id, "type": ServiceType.COUNSELLING, "start_date": D} | extra
    return support.add_service(support.validate_service(values)).id


def add_referral(support: SupportService, child_id: int, **extra: object) -> int:
    values = {"child_id": child_id, "to_whom": "Bệnh viện Tâm thần tỉnh", "referred_on": D,
              "reason": "Cần khám chuyên khoa"} | extra  # fmt: skip
    return support.add_referral(support.validate_referral(values)).id


def audit_rows(db: Database, entity: str) -> list[tuple[str, int, dict[str, object]]]:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        rows = conn.execute(
            "SELECT action, entity_id, changes FROM audit_log WHERE entity = ? ORDER BY id",
            (entity,),
        ).fetchall()
    return [(action, entity_id, json.loads(changes)) for action, entity_id, changes in rows]


def count_rows(db: Database, table: str) -> int:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def make_case(db: Database, child_id: int | None, code: str = "HS2025-0001") -> tuple[int, int]:
    """A case with one cycle and one plan task, written straight to the tables (the case
    service is another module's): (case id, plan task id)."""
    now = datetime(2025, 3, 1, 8, 0)
    with db.session() as s:
        case = CaseRecord(code=code, year=2025, seq=int(code[-4:]), child_id=child_id,
                          intake_channel="truc_tiep", received_at=now, stage="ke_hoach",
                          created_at=now, updated_at=now)  # fmt: skip
        s.add(case)
        s.flush()
        cycle = CaseCycleRecord(case_id=case.id, number=1, started_at=now, start_kind="tiep_nhan")
        s.add(cycle)
        s.flush()
        task = CasePlanTaskRecord(cycle_id=cycle.id, position=1, description="Tư vấn tâm lý",
                                  status="chua_lam")  # fmt: skip
        s.add(task)
        s.flush()
        return case.id, task.id


# --- providers -------------------------------------------------------------------------------
def test_provider_created_listed_and_audited(support: SupportService, db: Database) -> None:
    pid = make_provider(support)
    make_provider(support, "Trường THCS Hòa Cư", kind="truong_hoc")
    out = support.provider(pid)
    assert out.kind is ProviderKind.HEALTH_FACILITY and out.kind_label == "Cơ sở khám chữa bệnh"
    assert out.phone == "0255 3822 123" and out.active and not out.in_use
    assert [p.name for p in support.providers()] == ["Trạm Y tế xã Hòa Cư", "Trường THCS Hòa Cư"]
    action, entity_id, changes = audit_rows(db, "provider")[0]
    assert (action, entity_id, changes["name"]) == ("create", pid, "Trạm Y tế xã Hòa Cư")


def test_provider_name_is_unique_whatever_the_accents(
    support: SupportService, db: Database
) -> None:
    make_provider(support)
    before = count_rows(db, "providers"), count_rows(db, "audit_log")
    with pytest.raises(InvalidInput) as info:
        make_provider(support, "TRAM Y TE XA HOA CU")
    assert "Đã có nơi cung cấp dịch vụ tên «Trạm Y tế xã Hòa Cư»" in info.value.errors["name"]
    assert (count_rows(db, "providers"), count_rows(db, "audit_log")) == before


def test_provider_update_records_old_and_new(support: SupportService, db: Database) -> None:
    pid = make_provider(support)
    data = support.validate_provider({"name": "Trạm Y tế xã Hòa Cư", "kind": "co_so_kham_chua_benh",
                                      "phone": "0912 345 678", "address": "Thôn Đông"})  # fmt: skip
    out = support.update_provider(pid, data)
    assert out.phone == "0912 345 678" and out.address == "Thôn Đông"
    action, _, changes = audit_rows(db, "provider")[-1]
    assert action == "update"
    assert changes["phone"] == ["0255 3822 123", "0912 345 678"]
    assert set(changes) == {"phone", "address"}


def test_deactivating_a_provider_in_use_keeps_its_history(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    child = make_child(children)
    pid = make_provider(support)
    sid = add_service(support, child, provider_id=pid)
    rid = add_referral(support, child, provider_id=pid, to_whom="")
    assert support.provider(pid).in_use

    with pytest.raises(InvalidInput) as info:
        support.delete_provider(pid)
    assert "Ngừng sử dụng" in info.value.errors["provider_id"]
    out = support.deactivate_provider(pid)
    assert not out.active and out.in_use
    assert support.providers() == []
    assert [p.id for p in support.providers(include_inactive=True)] == [pid]
    # The history still names the provider.
    assert support.service(sid).provider == "Trạm Y tế xã Hòa Cư"
    assert support.referral(rid).recipient == "Trạm Y tế xã Hòa Cư"
    # Editing a service that already points to it is fine; a new one may not use it.
    support.end_service(sid, date(2025, 4, 1), "Trẻ ổn định")
    with pytest.raises(InvalidInput) as info:
        add_service(support, child, provider_id=pid)
    assert "đã ngừng sử dụng" in info.value.errors["provider_id"]
    with pytest.raises(InvalidInput):
        support.deactivate_provider(pid)
    assert [a for a, *_ in audit_rows(db, "provider")] == ["create", "deactivate"]


def test_provider_never_used_can_be_deleted(support: SupportService, db: Database) -> None:
    pid = make_provider(support)
    support.delete_provider(pid)
    assert support.providers(include_inactive=True) == []
    assert [a for a, *_ in audit_rows(db, "provider")] == ["create", "delete"]
    with pytest.raises(NotFound):
        support.provider(pid)


# --- services ----------------------------------------------------------------------------------
def test_service_added_listed_ended_and_audited(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    child = make_child(children)
    other = make_child(children, "Trần Thị Lan")
    pid = make_provider(support)
    first = add_service(support, child, provider_id=pid, setting="co_so_kham_chua_benh",
                        description="Khám và tư vấn tâm lý")  # fmt: skip
    second = add_service(support, child, type="giao_duc", start_date=date(2025, 5, 1),
                         provider_name="Trường THCS Hòa Cư")  # fmt: skip
    add_service(support, other)

    services = support.services_for_child(child)
    assert [s.id for s in services] == [second, first]  # newest first
    out = services[1]
    assert out.child_name == "Nguyễn Văn Đức" and out.child_code.startswith("TE")
    assert (
        out.type_label == "Tư vấn / trị liệu tâm lý"
        and out.setting is ServiceSetting.HEALTH_FACILITY
    )
    assert out.provider == "Trạm Y tế xã Hòa Cư" and out.ongoing
    assert services[0].provider == "Trường THCS Hòa Cư" and services[0].setting_label == ""

    ended = support.end_service(first, date(2025, 6, 30), "Trẻ ngủ ngon hơn, đi học đều")
    assert ended.end_date == date(2025, 6, 30) and not ended.ongoing
    assert ended.outcome == "Trẻ ngủ ngon hơn, đi học đều" and ended.provider_id == pid
    rows = [r for r in audit_rows(db, "service") if r[1] == first]
    assert [r[0] for r in rows] == ["create", "update"]
    assert rows[1][2]["end_date"] == [None, "2025-06-30"]
    assert rows[1][2]["summary"] == "Tư vấn / trị liệu tâm lý từ 03/03/2025"


def test_ending_a_service_before_it_started_saves_nothing(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    sid = add_service(support, make_child(children))
    before = count_rows(db, "audit_log")
    with pytest.raises(InvalidInput) as info:
        support.end_service(sid, date(2025, 3, 2))
    assert "trước ngày bắt đầu" in info.value.errors["end_date"]
    assert support.service(sid).end_date is None and count_rows(db, "audit_log") == before


def test_service_for_a_missing_or_archived_child(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    with pytest.raises(InvalidInput) as info:
        add_service(support, 999)
    assert "Không tìm thấy trẻ" in info.value.errors["child_id"]
    child = make_child(children)
    sid = add_service(support, child)
    children.archive(child, "Nhập trùng")
    with pytest.raises(InvalidInput) as info:
        add_service(support, child)
    assert "đã được lưu trữ" in info.value.errors["child_id"]
    # What was recorded before the archive can still be completed.
    assert support.end_service(sid, date(2025, 4, 1)).end_date == date(2025, 4, 1)
    assert count_rows(db, "child_services") == 1


def test_service_with_an_unknown_provider(
    support: SupportService, children: ChildrenService
) -> None:
    with pytest.raises(InvalidInput) as info:
        add_service(support, make_child(children), provider_id=42)
    assert "không còn trong danh sách" in info.value.errors["provider_id"]


def test_a_service_stays_with_its_child(support: SupportService, children: ChildrenService) -> None:
    child, other = make_child(children), make_child(children, "Trần Thị Lan")
    sid = add_service(support, child)
    values = support.service(sid).model_dump(include={"type", "start_date"})
    with pytest.raises(InvalidInput) as info:
        support.update_service(sid, support.validate_service(values | {"child_id": other}))
    assert "trẻ khác" in info.value.errors["child_id"]


def test_services_and_referrals_of_a_case(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    child = make_child(children)
    case_id, task_id = make_case(db, child)
    sid = add_service(support, child, case_id=case_id, plan_task_id=task_id)
    add_service(support, child)
    rid = add_referral(support, child, case_id=case_id)
    out = support.service(sid)
    assert out.programme is Programme.CASE and out.plan_task_id == task_id
    assert [s.id for s in support.services_for_case(case_id)] == [sid]
    assert [r.id for r in support.referrals_for_case(case_id)] == [rid]


def test_case_links_are_checked(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    child, other = make_child(children), make_child(children, "Trần Thị Lan")
    case_id, _task = make_case(db, child)
    unknown_child_case, other_task = make_case(db, None, "HS2025-0002")
    before = count_rows(db, "child_services")
    with pytest.raises(InvalidInput) as info:
        add_service(support, other, case_id=case_id)
    assert "của một trẻ khác" in info.value.errors["case_id"]
    with pytest.raises(InvalidInput) as info:
        add_service(support, child, case_id=unknown_child_case)
    assert "chưa gắn với trẻ nào" in info.value.errors["case_id"]
    with pytest.raises(InvalidInput) as info:
        add_service(support, child, case_id=case_id, plan_task_id=other_task)
    assert "không thuộc kế hoạch của hồ sơ này" in info.value.errors["plan_task_id"]
    with pytest.raises(InvalidInput) as info:
        add_referral(support, child, case_id=9999)
    assert "Không tìm thấy hồ sơ" in info.value.errors["case_id"]
    assert count_rows(db, "child_services") == before and count_rows(db, "referrals") == 0


# --- referrals ---------------------------------------------------------------------------------
def test_referral_answered_then_served(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    child = make_child(children)
    rid = add_referral(support, child, service_type="tu_van_tam_ly", programme="mental_health")
    out = support.referral(rid)
    assert out.status is ReferralStatus.SENT and out.status_date == D and out.is_open
    assert out.recipient == "Bệnh viện Tâm thần tỉnh" and out.service_type_label.startswith(
        "Tư vấn"
    )

    accepted = support.set_referral_status(
        rid, support.validate_referral_status(
            {"status": "da_tiep_nhan", "status_date": date(2025, 3, 5), "feedback": "Hẹn khám 10/3"}
        ),
    )  # fmt: skip
    assert accepted.status_label == "Đã tiếp nhận" and accepted.feedback == "Hẹn khám 10/3"
    served = support.set_referral_status(
        rid, support.validate_referral_status({"status": "da_cung_cap", "status_date": date(2025, 3, 10)})
    )  # fmt: skip
    assert served.status is ReferralStatus.SERVED and not served.is_open

    rows = audit_rows(db, "referral")
    assert [r[0] for r in rows] == ["create", "status", "status"]
    assert rows[1][2]["status"] == ["da_gui", "da_tiep_nhan"]
    assert rows[1][2]["summary"] == "Đã tiếp nhận"
    assert rows[2][2]["feedback"] == ["Hẹn khám 10/3", ""]


def test_status_dated_before_the_referral_saves_nothing(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    rid = add_referral(support, make_child(children))
    before = count_rows(db, "audit_log")
    data = support.validate_referral_status({"status": "tu_choi", "status_date": date(2025, 3, 1)})
    with pytest.raises(InvalidInput) as info:
        support.set_referral_status(rid, data)
    assert info.value.errors["status_date"] == (
        "Ngày cập nhật trạng thái (01/03/2025) trước ngày chuyển gửi (03/03/2025). Hãy kiểm tra lại."
    )
    assert support.referral(rid).status is ReferralStatus.SENT
    assert count_rows(db, "audit_log") == before


def test_open_referrals_oldest_first(support: SupportService, children: ChildrenService) -> None:
    child, other = make_child(children), make_child(children, "Trần Thị Lan")
    late = add_referral(support, child, referred_on=date(2025, 4, 1))
    early = add_referral(support, other, referred_on=date(2025, 2, 1))
    done = add_referral(support, child, referred_on=date(2025, 1, 1))
    accepted = add_referral(support, other, referred_on=date(2025, 1, 15), status="da_tiep_nhan",
                            status_date=date(2025, 3, 15))  # fmt: skip
    support.set_referral_status(
        done, support.validate_referral_status({"status": "tu_choi", "status_date": date(2025, 1, 2),
                                                "feedback": "Không đủ điều kiện"})
    )  # fmt: skip
    assert [r.id for r in support.open_referrals()] == [early, accepted, late]
    assert [r.id for r in support.referrals_for_child(child)] == [late, done]


def test_referral_update_and_its_child(
    support: SupportService, children: ChildrenService, db: Database
) -> None:
    child = make_child(children)
    rid = add_referral(support, child)
    values = support.referral(rid).model_dump(
        include={"child_id", "to_whom", "referred_on", "reason"}
    )
    out = support.update_referral(rid, support.validate_referral(values | {"reason": "Khám lại"}))
    assert out.reason == "Khám lại"
    assert audit_rows(db, "referral")[-1][2]["reason"] == ["Cần khám chuyên khoa", "Khám lại"]
    with pytest.raises(NotFound):
        support.referral(999)
    with pytest.raises(NotFound):
        support.service(999)
