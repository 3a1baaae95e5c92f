"""Service and referral dialogs on a real database: Vietnamese typed in, errors under their
fields with nothing saved, the referral's answer with feedback, a provider added on the way."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commune_care.domain.cases import IntakeChannel
from commune_care.domain.dates import PartialDate, format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.cases import IntakeIn
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.schemas.support import ProviderIn, ReferralIn
from commune_care.domain.support import (
    Programme,
    ProviderKind,
    ReferralStatus,
    ServiceSetting,
    ServiceType,
)
from commune_care.services import audit
from commune_care.ui.dialogs.child_dialog import select_data
from commune_care.ui.dialogs.providers_dialog import ProviderDialog
from commune_care.ui.dialogs.service_dialogs import (
    EndServiceDialog,
    ReferralDialog,
    ReferralStatusDialog,
    ServiceDialog,
)
from tests.ui.typing_helpers import press_key, type_text

TODAY = date.today()


def _child(ctx, name: str = "Hoàng Thị Lan") -> int:
    village = ctx.commune.villages()[0]
    data = ChildIn(
        full_name=name, sex=Sex.FEMALE, birth=PartialDate(2013, 5, 4), village_id=village.id
    )
    return ctx.children.create(data).id


def _provider(ctx, name: str = "Trạm Y tế xã Hòa Cư", kind=ProviderKind.HEALTH_FACILITY) -> int:
    return ctx.support.create_provider(ProviderIn(name=name, kind=kind, phone="0255 3812 345")).id


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_date(edit, value: date) -> None:
    edit.clear()
    type_text(edit, format_date(value))


def test_service_typed_in_vietnamese_is_saved(qtbot, ctx):
    child_id = _child(ctx)
    provider_id = _provider(ctx, "Trường THCS Hòa Cư", ProviderKind.SCHOOL)
    dialog = _show(qtbot, ServiceDialog(ctx, child_id))
    assert dialog.start_edit.text() == format_date(TODAY)  # today by default
    select_data(dialog.type_combo, ServiceType.COUNSELLING.value)
    select_data(dialog.provider.combo, provider_id)
    # A provider whose kind is a setting proposes it.
    assert dialog.setting_combo.currentData() == ServiceSetting.SCHOOL.value
    assert not dialog.provider.name_edit.isEnabled()
    type_text(dialog.description_edit, "6 buổi tư vấn tâm lý tại trường")
    _type_date(dialog.start_edit, TODAY - timedelta(days=20))
    type_text(dialog.outcome_edit, "Em đã ngủ ngon hơn, đi học đều.")
    press_key(dialog.description_edit, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted

    (service,) = ctx.support.services_for_child(child_id)
    assert dialog.saved is not None and dialog.saved.id == service.id
    assert service.type is ServiceType.COUNSELLING
    assert service.setting is ServiceSetting.SCHOOL
    assert service.provider_id == provider_id and service.provider == "Trường THCS Hòa Cư"
    assert service.description == "6 buổi tư vấn tâm lý tại trường"
    assert service.start_date == TODAY - timedelta(days=20) and service.end_date is None
    assert service.outcome == "Em đã ngủ ngon hơn, đi học đều."
    assert service.case_id is None and service.programme is Programme.OTHER


def test_service_without_type_shows_the_message_and_saves_nothing(qtbot, ctx):
    child_id = _child(ctx)
    dialog = _show(qtbot, ServiceDialog(ctx, child_id))
    type_text(dialog.provider.name_edit, "Bà Lê Thị Hoa (y tá thôn)")
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("type") == "Loại dịch vụ: hãy chọn một mục trong danh sách."
    assert dialog.error_banner.isVisible()
    assert ctx.support.services_for_child(child_id) == []
    # Corrected, it saves with the name typed by hand.
    select_data(dialog.type_combo, ServiceType.HEALTH.value)
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (service,) = ctx.support.services_for_child(child_id)
    assert service.provider_id is None and service.provider == "Bà Lê Thị Hoa (y tá thôn)"


def test_service_ending_before_it_starts_is_refused(qtbot, ctx):
    child_id = _child(ctx)
    dialog = _show(qtbot, ServiceDialog(ctx, child_id))
    select_data(dialog.type_combo, ServiceType.EDUCATION.value)
    start, end = TODAY - timedelta(days=3), TODAY - timedelta(days=10)
    _type_date(dialog.start_edit, start)
    _type_date(dialog.end_edit, end)
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("end_date") == (
        f"Ngày kết thúc dịch vụ ({format_date(end)}) trước ngày bắt đầu"
        f" ({format_date(start)}). Hãy kiểm tra lại."
    )
    assert dialog.end_edit.property("invalid") is True
    assert ctx.support.services_for_child(child_id) == []


def test_badly_typed_date_is_shown_under_its_field(qtbot, ctx):
    child_id = _child(ctx)
    dialog = _show(qtbot, ServiceDialog(ctx, child_id))
    select_data(dialog.type_combo, ServiceType.EDUCATION.value)
    dialog.start_edit.clear()
    type_text(dialog.start_edit, "31/02/2024")
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("start_date")
    assert ctx.support.services_for_child(child_id) == []


def test_service_linked_to_a_case_of_the_child_and_edited(qtbot, ctx):
    child_id = _child(ctx)
    case = ctx.cases.open_intake(
        IntakeIn(
            channel=IntakeChannel.PHONE,
            received_at=datetime.now() - timedelta(days=2),
            received_by="Trần Thị Hạnh",
            child_id=child_id,
            child_condition="Trẻ bị bố đánh",
        )
    )
    dialog = _show(qtbot, ServiceDialog(ctx, child_id))
    codes = [dialog.case_combo.itemText(i) for i in range(dialog.case_combo.count())]
    assert len(codes) == 2 and codes[1].startswith(case.code)
    select_data(dialog.type_combo, ServiceType.HEALTH.value)
    select_data(dialog.case_combo, case.id)
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (service,) = ctx.support.services_for_case(case.id)
    assert service.programme is Programme.CASE

    edit = _show(qtbot, ServiceDialog(ctx, child_id, service))
    assert edit.type_combo.currentData() == ServiceType.HEALTH.value
    assert edit.case_combo.currentData() == case.id
    type_text(edit.outcome_edit, "Đã khỏi")
    edit.save_button.click()
    assert edit.result() == QDialog.DialogCode.Accepted
    assert ctx.support.service(service.id).outcome == "Đã khỏi"
    assert len(ctx.support.services_for_child(child_id)) == 1


def test_end_service_with_outcome(qtbot, ctx):
    child_id = _child(ctx)
    service = ctx.support.add_service(
        ctx.support.validate_service(
            {"child_id": child_id, "type": "tu_van_tam_ly",
             "start_date": TODAY - timedelta(days=30)}
        )
    )  # fmt: skip
    dialog = _show(qtbot, EndServiceDialog(ctx, service))
    _type_date(dialog.end_edit, TODAY - timedelta(days=40))  # before the start
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "trước ngày bắt đầu" in dialog.errors.message("end_date")
    assert ctx.support.service(service.id).end_date is None

    _type_date(dialog.end_edit, TODAY - timedelta(days=1))
    type_text(dialog.outcome_edit, "Hoàn thành 8 buổi")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = ctx.support.service(service.id)
    assert saved.end_date == TODAY - timedelta(days=1)
    assert saved.outcome == "Hoàn thành 8 buổi"


def test_new_provider_from_the_service_dialog(qtbot, ctx, modal):
    child_id = _child(ctx)
    dialog = _show(qtbot, ServiceDialog(ctx, child_id))
    type_text(dialog.provider.name_edit, "Trung tâm Công tác xã hội tỉnh")

    def fill(provider_dialog):
        assert isinstance(provider_dialog, ProviderDialog)
        assert provider_dialog.name_edit.text() == "Trung tâm Công tác xã hội tỉnh"
        select_data(provider_dialog.kind_combo, ProviderKind.SOCIAL_ASSISTANCE_FACILITY.value)
        type_text(provider_dialog.phone_edit, "0255 3822 111")
        provider_dialog.save_button.click()

    modal.next(fill)
    dialog.provider.new_button.click()
    (provider,) = ctx.support.providers()
    assert provider.name == "Trung tâm Công tác xã hội tỉnh"
    assert dialog.provider.provider_id() == provider.id
    assert dialog.setting_combo.currentData() == ServiceSetting.SOCIAL_ASSISTANCE_FACILITY.value
    select_data(dialog.type_combo, ServiceType.SOCIAL_ASSISTANCE.value)
    dialog.save_button.click()
    assert ctx.support.services_for_child(child_id)[0].provider_id == provider.id


def test_deactivated_provider_is_not_offered_but_kept_on_an_old_service(qtbot, ctx):
    child_id = _child(ctx)
    old_id = _provider(ctx, "Phòng khám Minh Đức")
    service = ctx.support.add_service(
        ctx.support.validate_service(
            {"child_id": child_id, "type": "y_te", "provider_id": old_id, "start_date": TODAY}
        )
    )
    ctx.support.deactivate_provider(old_id)
    new = _show(qtbot, ServiceDialog(ctx, child_id))
    assert new.provider.combo.findData(old_id) == -1
    edit = _show(qtbot, ServiceDialog(ctx, child_id, service))
    assert edit.provider.provider_id() == old_id
    assert "Phòng khám Minh Đức" in edit.provider.combo.currentText()
    edit.save_button.click()
    assert edit.result() == QDialog.DialogCode.Accepted


def test_referral_typed_in_vietnamese_then_answered_with_feedback(qtbot, ctx):
    child_id = _child(ctx)
    provider_id = _provider(ctx, "Bệnh viện Tâm thần tỉnh", ProviderKind.HEALTH_FACILITY)
    dialog = _show(qtbot, ReferralDialog(ctx, child_id))
    select_data(dialog.recipient.combo, provider_id)
    select_data(dialog.service_combo, ServiceType.COUNSELLING.value)
    referred_on = TODAY - timedelta(days=10)
    _type_date(dialog.date_edit, referred_on)
    type_text(dialog.reason_edit, "Trẻ có biểu hiện trầm cảm, cần khám chuyên khoa")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (referral,) = ctx.support.referrals_for_child(child_id)
    assert referral.recipient == "Bệnh viện Tâm thần tỉnh"
    assert referral.reason == "Trẻ có biểu hiện trầm cảm, cần khám chuyên khoa"
    assert referral.status is ReferralStatus.SENT and referral.referred_on == referred_on

    status = _show(qtbot, ReferralStatusDialog(ctx, referral))
    # The next step is proposed; feedback belongs to an answer only.
    assert status.status_combo.currentData() == ReferralStatus.ACCEPTED.value
    select_data(status.status_combo, ReferralStatus.SENT.value)
    assert not status.feedback_edit.isEnabled()
    select_data(status.status_combo, ReferralStatus.SERVED.value)
    assert status.feedback_edit.isEnabled()
    _type_date(status.date_edit, TODAY - timedelta(days=2))
    type_text(status.feedback_edit, "Đã khám, điều trị ngoại trú 3 tháng")
    status.save_button.click()
    assert status.result() == QDialog.DialogCode.Accepted
    answered = ctx.support.referral(referral.id)
    assert answered.status is ReferralStatus.SERVED
    assert answered.status_date == TODAY - timedelta(days=2)
    assert answered.feedback == "Đã khám, điều trị ngoại trú 3 tháng"

    # The history never shows a raw action code.
    with ctx.support.db.session() as s:
        actions = [e.action for e in audit.history(s, "referral", referral.id)]
    assert actions == ["Cập nhật trạng thái", "Tạo hồ sơ"]


def test_referral_without_recipient_or_reason_is_refused(qtbot, ctx):
    child_id = _child(ctx)
    dialog = _show(qtbot, ReferralDialog(ctx, child_id))
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("to_whom").startswith("Nơi/người nhận chuyển gửi")
    assert dialog.errors.message("reason") == "Lý do chuyển gửi không được để trống."
    assert ctx.support.referrals_for_child(child_id) == []


def test_status_dated_before_the_referral_is_refused(qtbot, ctx):
    child_id = _child(ctx)
    referred_on = TODAY - timedelta(days=5)
    referral = ctx.support.add_referral(
        ReferralIn(child_id=child_id, to_whom="Công an xã", referred_on=referred_on,
                   reason="Trẻ bị xâm hại")
    )  # fmt: skip
    dialog = _show(qtbot, ReferralStatusDialog(ctx, referral))
    early = referred_on - timedelta(days=1)
    _type_date(dialog.date_edit, early)
    type_text(dialog.feedback_edit, "Đã tiếp nhận, đang xác minh")
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("status_date") == (
        f"Ngày cập nhật trạng thái ({format_date(early)}) trước ngày chuyển gửi"
        f" ({format_date(referred_on)}). Hãy kiểm tra lại."
    )
    unchanged = ctx.support.referral(referral.id)
    assert unchanged.status is ReferralStatus.SENT and unchanged.feedback == ""
    assert unchanged.updated_at == referral.updated_at


def test_ctrl_enter_saves_from_a_multiline_field(qtbot, ctx):
    child_id = _child(ctx)
    dialog = _show(qtbot, ReferralDialog(ctx, child_id))
    dialog.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    type_text(dialog.recipient.name_edit, "Trường Tiểu học Hòa Cư")
    type_text(dialog.reason_edit, "Hỗ trợ học tập")
    press_key(dialog.reason_edit, Qt.Key.Key_Return)  # a new line, not a save
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (referral,) = ctx.support.referrals_for_child(child_id)
    assert referral.reason == "Hỗ trợ học tập"
