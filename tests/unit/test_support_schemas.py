"""Services, referrals and providers: every bad input gets a Vietnamese message on its field
(issue #3, points 3 and 7)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from commune_care.domain.errors import InvalidInput
from commune_care.domain.schemas.children import ClassificationIn
from commune_care.domain.support import (
    MENTAL_HEALTH_REACHED_TYPES,
    Programme,
    ProviderKind,
    ReferralStatus,
    ServiceSetting,
    ServiceType,
    format_service_types,
    parse_service_types,
    percent,
)
from commune_care.services.support import SupportService

START = date(2025, 3, 3)
TODAY = date.today()


def service(**values: object) -> dict[str, object]:
    return {"child_id": 1, "type": ServiceType.COUNSELLING, "start_date": START} | values


def referral(**values: object) -> dict[str, object]:
    return {"child_id": 1, "to_whom": "Trạm Y tế xã", "referred_on": START,
            "reason": "Trẻ có dấu hiệu trầm cảm"} | values  # fmt: skip


def errors(validate: object, values: dict[str, object]) -> dict[str, str]:
    with pytest.raises(InvalidInput) as info:
        validate(values)  # type: ignore[operator]
    return info.value.errors


def service_errors(**values: object) -> dict[str, str]:
    return errors(SupportService.validate_service, service(**values))


def referral_errors(**values: object) -> dict[str, str]:
    return errors(SupportService.validate_referral, referral(**values))


def provider_errors(**values: object) -> dict[str, str]:
    return errors(SupportService.validate_provider, {"name": "Trạm Y tế xã"} | values)


# --- the closed lists ------------------------------------------------------------------------
def test_labels_are_the_words_of_the_issue() -> None:
    assert [t.label for t in ServiceType] == [
        "Y tế", "Tư vấn / trị liệu tâm lý", "Giáo dục", "Trợ giúp pháp lý", "Trợ giúp xã hội",
        "Chăm sóc thay thế tạm thời", "Đoàn tụ gia đình", "Khác",
    ]  # fmt: skip
    assert [s.label for s in ServiceSetting] == [
        "Trường học", "Cơ sở khám chữa bệnh", "Cơ sở trợ giúp xã hội",
        "Cơ sở cung cấp dịch vụ bảo vệ trẻ em", "Cộng đồng",
    ]  # fmt: skip
    assert [s.label for s in ReferralStatus] == [
        "Đã gửi", "Đã tiếp nhận", "Đã cung cấp dịch vụ", "Từ chối"
    ]  # fmt: skip
    assert ProviderKind.SCHOOL.setting is ServiceSetting.SCHOOL
    assert ProviderKind.PERSON.setting is None and ProviderKind.OTHER.setting is None


def test_reached_types_of_qd_1591() -> None:
    assert {ServiceType.COUNSELLING, ServiceType.SOCIAL_ASSISTANCE} == MENTAL_HEALTH_REACHED_TYPES
    text = format_service_types(MENTAL_HEALTH_REACHED_TYPES)
    assert text == "tro_giup_xa_hoi,tu_van_tam_ly"
    assert parse_service_types(text + ", khong_co ,") == MENTAL_HEALTH_REACHED_TYPES


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(0, 0, None), (0, 5, 0.0), (2, 3, 66.7), (1, 3, 33.3), (1, 8, 12.5), (1, 16, 6.3),
     (5, 5, 100.0), (4, 5, 80.0)],
)  # fmt: skip
def test_percent_one_decimal_halves_up(part: int, whole: int, expected: float | None) -> None:
    assert percent(part, whole) == expected


# --- services ----------------------------------------------------------------------------------
def test_valid_service_is_cleaned() -> None:
    nfd = unicodedata.normalize("NFD", "Trẻ đã ổn định, đi học đều")
    data = SupportService.validate_service(
        service(
            type="tu_van_tam_ly",
            setting="truong_hoc",
            start_date="03/03/2025",
            provider_name="  Cô   Hà  ",
            outcome=nfd,
        )
    )
    assert data.type is ServiceType.COUNSELLING and data.setting is ServiceSetting.SCHOOL
    assert data.start_date == START and data.provider_name == "Cô Hà"
    assert data.outcome == "Trẻ đã ổn định, đi học đều"
    assert unicodedata.is_normalized("NFC", data.outcome)
    assert data.programme is Programme.OTHER


def test_service_of_a_case_is_in_the_case_programme() -> None:
    data = SupportService.validate_service(service(case_id=4, plan_task_id=9))
    assert data.programme is Programme.CASE
    explicit = SupportService.validate_service(service(programme="mental_health"))
    assert explicit.programme is Programme.MENTAL_HEALTH


def test_service_without_a_type() -> None:
    values = service()
    del values["type"]
    assert errors(SupportService.validate_service, values) == {
        "type": "Loại dịch vụ: hãy chọn một mục trong danh sách."
    }


def test_service_with_an_empty_type() -> None:
    assert service_errors(type="") == {"type": "Loại dịch vụ: hãy chọn một mục trong danh sách."}


def test_service_with_an_unknown_type() -> None:
    assert "Loại dịch vụ «massage»" in service_errors(type="massage")["type"]


def test_service_with_an_unknown_setting() -> None:
    assert "Nơi thực hiện dịch vụ" in service_errors(setting="cho")["setting"]


def test_service_end_before_start() -> None:
    assert service_errors(end_date=START - timedelta(days=1)) == {
        "end_date": "Ngày kết thúc dịch vụ (02/03/2025) trước ngày bắt đầu (03/03/2025)."
        " Hãy kiểm tra lại."
    }


def test_service_ending_on_its_first_day_is_fine() -> None:
    assert SupportService.validate_service(service(end_date=START)).end_date == START


def test_service_without_a_start_date() -> None:
    values = service()
    del values["start_date"]
    assert errors(SupportService.validate_service, values) == {
        "start_date": "Ngày bắt đầu dịch vụ: hãy nhập ngày (dd/mm/yyyy)."
    }


def test_service_start_that_is_not_a_date() -> None:
    message = service_errors(start_date="31/02/2025")["start_date"]
    assert message.startswith("Ngày bắt đầu dịch vụ:") and "không có thật" in message


def test_service_starting_in_the_future() -> None:
    assert "tương lai" in service_errors(start_date=TODAY + timedelta(days=1))["start_date"]


def test_service_without_a_child() -> None:
    assert "Trẻ nhận dịch vụ" in service_errors(child_id=None)["child_id"]


def test_plan_task_without_a_case() -> None:
    assert "hồ sơ" in service_errors(plan_task_id=3)["plan_task_id"]


def test_service_outcome_too_long() -> None:
    message = service_errors(outcome="x" * 4001)["outcome"]
    assert message.startswith("Kết quả dài 4001 ký tự") and "4000" in message


def test_service_provider_name_too_long() -> None:
    assert (
        "Tên nơi/người cung cấp dịch vụ" in service_errors(provider_name="a" * 151)["provider_name"]
    )


def test_service_description_with_control_characters() -> None:
    message = service_errors(description="Sơ cứu\x07")["description"]
    assert message.startswith("Nội dung dịch vụ có ký tự điều khiển")


def test_service_description_on_one_line() -> None:
    assert "ký tự điều khiển" in service_errors(description="a\nb")["description"]


def test_service_unknown_programme() -> None:
    assert "Chương trình" in service_errors(programme="sport")["programme"]


# --- referrals ---------------------------------------------------------------------------------
def test_valid_referral_defaults() -> None:
    data = SupportService.validate_referral(referral())
    assert data.status is ReferralStatus.SENT and data.status_date == START
    assert data.programme is Programme.OTHER and data.feedback == ""


def test_referral_answered_with_feedback() -> None:
    data = SupportService.validate_referral(
        referral(status="da_tiep_nhan", status_date="05/03/2025", feedback=" Đã nhận ", case_id=2)
    )
    assert data.status is ReferralStatus.ACCEPTED and data.status_date == date(2025, 3, 5)
    assert data.feedback == "Đã nhận" and data.programme is Programme.CASE


def test_referral_status_date_before_referral_date() -> None:
    assert referral_errors(status="da_tiep_nhan", status_date=date(2025, 3, 1)) == {
        "status_date": "Ngày cập nhật trạng thái (01/03/2025) trước ngày chuyển gửi (03/03/2025)."
        " Hãy kiểm tra lại."
    }


@pytest.mark.parametrize("status", ["da_tiep_nhan", "da_cung_cap", "tu_choi"])
def test_feedback_for_an_answered_referral(status: str) -> None:
    data = SupportService.validate_referral(referral(status=status, feedback="Phản hồi"))
    assert data.feedback == "Phản hồi"


def test_feedback_on_a_referral_only_sent() -> None:
    message = referral_errors(feedback="Đã gọi điện")["feedback"]
    assert message.startswith("Phản hồi của nơi nhận chỉ ghi khi")


def test_referral_to_nobody() -> None:
    message = referral_errors(to_whom="  ")["to_whom"]
    assert message.startswith("Nơi/người nhận chuyển gửi:")


def test_referral_to_a_listed_provider_needs_no_name() -> None:
    data = SupportService.validate_referral(referral(to_whom="", provider_id=3))
    assert data.provider_id == 3 and data.to_whom == ""


def test_referral_without_a_reason() -> None:
    assert referral_errors(reason="") == {"reason": "Lý do chuyển gửi không được để trống."}


def test_referral_reason_too_long() -> None:
    assert "Lý do chuyển gửi dài 1001 ký tự" in referral_errors(reason="x" * 1001)["reason"]


def test_referral_without_a_date() -> None:
    assert referral_errors(referred_on=None) == {
        "referred_on": "Ngày chuyển gửi: hãy nhập ngày (dd/mm/yyyy)."
    }


def test_referral_dated_in_the_future() -> None:
    message = referral_errors(referred_on=TODAY + timedelta(days=2))["referred_on"]
    assert message.startswith("Ngày chuyển gửi") and "tương lai" in message


def test_referral_unknown_status() -> None:
    assert "Trạng thái chuyển gửi" in referral_errors(status="lost")["status"]


def test_referral_feedback_with_control_characters() -> None:
    message = referral_errors(status="tu_choi", feedback="Không\x00 nhận")["feedback"]
    assert message.startswith("Phản hồi của nơi nhận có ký tự điều khiển")


def test_referral_nfd_reason_is_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Cần đánh giá tâm lý")
    assert SupportService.validate_referral(referral(reason=nfd)).reason == "Cần đánh giá tâm lý"


def test_status_update_needs_status_and_date() -> None:
    assert errors(SupportService.validate_referral_status, {}) == {
        "status": "Trạng thái chuyển gửi: hãy chọn một mục trong danh sách.",
        "status_date": "Ngày cập nhật trạng thái: hãy nhập ngày (dd/mm/yyyy).",
    }


def test_status_update_back_to_sent_takes_no_feedback() -> None:
    values = {"status": "da_gui", "status_date": START, "feedback": "x"}
    assert (
        "Phản hồi của nơi nhận"
        in errors(SupportService.validate_referral_status, values)["feedback"]
    )


# --- providers ---------------------------------------------------------------------------------
def test_valid_provider() -> None:
    nfd = unicodedata.normalize("NFD", "Trường Tiểu học Hòa Cư")
    data = SupportService.validate_provider(
        {"name": nfd, "kind": "truong_hoc", "phone": " +84  912 345 678 "}
    )
    assert data.name == "Trường Tiểu học Hòa Cư" and data.kind is ProviderKind.SCHOOL
    assert data.phone == "+84 912 345 678" and data.active


def test_provider_without_a_name() -> None:
    assert provider_errors(name=" ") == {"name": "Tên nơi cung cấp dịch vụ không được để trống."}


def test_provider_name_too_long() -> None:
    assert "Tên nơi cung cấp dịch vụ dài 151" in provider_errors(name="a" * 151)["name"]


def test_provider_unknown_kind() -> None:
    assert "Loại nơi cung cấp dịch vụ" in provider_errors(kind="cho")["kind"]


@pytest.mark.parametrize("phone", ["0912-345-678", "(024) 3822 1234", "0912 345 67a", "84+912"])
def test_provider_phone_with_other_characters(phone: str) -> None:
    message = provider_errors(phone=phone)["phone"]
    assert message.startswith(f"Số điện thoại «{phone}» chỉ được gồm chữ số")


@pytest.mark.parametrize(("phone", "digits"), [("111", 3), ("0912 345", 7), ("1" * 16, 16)])
def test_provider_phone_with_too_few_or_many_digits(phone: str, digits: int) -> None:
    assert f"có {digits} chữ số" in provider_errors(phone=phone)["phone"]


@pytest.mark.parametrize("phone", ["02553822123", "0912 345 678", "+84912345678", "12345678"])
def test_provider_phone_accepted(phone: str) -> None:
    assert SupportService.validate_provider({"name": "A", "phone": phone}).phone == phone


def test_provider_address_with_a_line_break() -> None:
    assert "Địa chỉ có ký tự điều khiển" in provider_errors(address="Thôn\nĐông")["address"]


# --- classification: who identified it -------------------------------------------------------
def test_classification_carries_who_identified_it() -> None:
    nfd = unicodedata.normalize("NFD", "  Trạm Y tế  xã ")
    data = ClassificationIn(group_code="sktt_van_de", start_date=START, identified_by=nfd)
    assert data.identified_by == "Trạm Y tế xã"
    assert ClassificationIn(group_code="sktt_van_de", start_date=START).identified_by is None


def test_classification_identified_by_too_long() -> None:
    from commune_care.services.children import ChildrenService

    values = {"group_code": "sktt_van_de", "start_date": START, "identified_by": "x" * 151}
    assert (
        "Người/nơi phát hiện, xác định dài 151"
        in errors(ChildrenService.validate_classification, values)["identified_by"]
    )
