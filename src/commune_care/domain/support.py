"""Services, referrals and providers: the closed lists every programme shares (issue #3, item 3).

One model serves case management (Nghị định 56/2017 Điều 25–32), the mental-health follow-up of
QĐ 1591/QĐ-TTg and alternative care: a service given to a child has a *type* and a *setting*
(where it is given), a referral has a *status*, a provider has a *kind*. The stored values are
stable ASCII codes; the labels are the words of the seeds and of QĐ 1591, in sentence case.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum


class ServiceType(StrEnum):
    """What kind of help a child received (seed 004; DOMAIN.md §3)."""

    HEALTH = "y_te"
    COUNSELLING = "tu_van_tam_ly"
    EDUCATION = "giao_duc"
    LEGAL_AID = "tro_giup_phap_ly"
    SOCIAL_ASSISTANCE = "tro_giup_xa_hoi"
    TEMPORARY_CARE = "cham_soc_thay_the_tam_thoi"
    FAMILY_REUNIFICATION = "doan_tu_gia_dinh"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _SERVICE_TYPE_LABELS[self]


_SERVICE_TYPE_LABELS = {
    ServiceType.HEALTH: "Y tế",
    ServiceType.COUNSELLING: "Tư vấn / trị liệu tâm lý",
    ServiceType.EDUCATION: "Giáo dục",
    ServiceType.LEGAL_AID: "Trợ giúp pháp lý",
    ServiceType.SOCIAL_ASSISTANCE: "Trợ giúp xã hội",
    ServiceType.TEMPORARY_CARE: "Chăm sóc thay thế tạm thời",
    ServiceType.FAMILY_REUNIFICATION: "Đoàn tụ gia đình",
    ServiceType.OTHER: "Khác",
}


class ServiceSetting(StrEnum):
    """Where a service is given: the five places QĐ 1591/QĐ-TTg names."""

    SCHOOL = "truong_hoc"
    HEALTH_FACILITY = "co_so_kham_chua_benh"
    SOCIAL_ASSISTANCE_FACILITY = "co_so_tro_giup_xa_hoi"
    CHILD_PROTECTION_FACILITY = "co_so_bao_ve_tre_em"
    COMMUNITY = "cong_dong"

    @property
    def label(self) -> str:
        return _SETTING_LABELS[self]


_SETTING_LABELS = {
    ServiceSetting.SCHOOL: "Trường học",
    ServiceSetting.HEALTH_FACILITY: "Cơ sở khám chữa bệnh",
    ServiceSetting.SOCIAL_ASSISTANCE_FACILITY: "Cơ sở trợ giúp xã hội",
    ServiceSetting.CHILD_PROTECTION_FACILITY: "Cơ sở cung cấp dịch vụ bảo vệ trẻ em",
    ServiceSetting.COMMUNITY: "Cộng đồng",
}


class ReferralStatus(StrEnum):
    """Where a referral stands: sent, accepted by the provider, service given, or declined."""

    SENT = "da_gui"
    ACCEPTED = "da_tiep_nhan"
    SERVED = "da_cung_cap"
    DECLINED = "tu_choi"

    @property
    def label(self) -> str:
        return _REFERRAL_STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still waiting for an answer or for the service: the officer follows it up."""
        return self in {ReferralStatus.SENT, ReferralStatus.ACCEPTED}

    @property
    def takes_feedback(self) -> bool:
        """The provider's feedback belongs to an answer: accepted, served or declined."""
        return self is not ReferralStatus.SENT


_REFERRAL_STATUS_LABELS = {
    ReferralStatus.SENT: "Đã gửi",
    ReferralStatus.ACCEPTED: "Đã tiếp nhận",
    ReferralStatus.SERVED: "Đã cung cấp dịch vụ",
    ReferralStatus.DECLINED: "Từ chối",
}

OPEN_REFERRAL_STATUSES: frozenset[ReferralStatus] = frozenset(
    s for s in ReferralStatus if s.is_open
)


class ProviderKind(StrEnum):
    """What a provider is: the five settings, then a person, and any other body."""

    SCHOOL = "truong_hoc"
    HEALTH_FACILITY = "co_so_kham_chua_benh"
    SOCIAL_ASSISTANCE_FACILITY = "co_so_tro_giup_xa_hoi"
    CHILD_PROTECTION_FACILITY = "co_so_bao_ve_tre_em"
    COMMUNITY = "cong_dong"
    PERSON = "ca_nhan"
    OTHER = "to_chuc_khac"

    @property
    def label(self) -> str:
        return _PROVIDER_KIND_LABELS[self]

    @property
    def setting(self) -> ServiceSetting | None:
        """The setting a service of this provider is usually given in (a default, editable)."""
        try:
            return ServiceSetting(self.value)
        except ValueError:
            return None


_PROVIDER_KIND_LABELS = {
    ProviderKind.SCHOOL: "Trường học",
    ProviderKind.HEALTH_FACILITY: "Cơ sở khám chữa bệnh",
    ProviderKind.SOCIAL_ASSISTANCE_FACILITY: "Cơ sở trợ giúp xã hội",
    ProviderKind.CHILD_PROTECTION_FACILITY: "Cơ sở cung cấp dịch vụ bảo vệ trẻ em",
    ProviderKind.COMMUNITY: "Tổ chức tại cộng đồng",
    ProviderKind.PERSON: "Cá nhân",
    ProviderKind.OTHER: "Cơ quan, tổ chức khác",
}


class Programme(StrEnum):
    """Which programme a service or referral belongs to (one model, every programme)."""

    CASE = "case"
    MENTAL_HEALTH = "mental_health"
    ALTERNATIVE_CARE = "alternative_care"
    ADOPTION = "adoption"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _PROGRAMME_LABELS[self]


_PROGRAMME_LABELS = {
    Programme.CASE: "Hỗ trợ, can thiệp",
    Programme.MENTAL_HEALTH: "Chăm sóc sức khỏe tâm thần",
    Programme.ALTERNATIVE_CARE: "Chăm sóc thay thế",
    Programme.ADOPTION: "Nuôi con nuôi",
    Programme.OTHER: "Khác",
}

# QĐ 1591/QĐ-TTg: "80% trẻ em có vấn đề sức khỏe tâm thần, trẻ em có nguy cơ cao rối loạn sức
# khỏe tâm thần được tiếp cận các dịch vụ tư vấn, hỗ trợ tâm lý, các dịch vụ xã hội phù hợp".
# Which of our types are "suitable social services" the decision does not say: by default
# counselling/psychological and social assistance. The officer may change the set
# (IndicatorsService reads the setting below; DECISIONS.md).
MENTAL_HEALTH_REACHED_TYPES: frozenset[ServiceType] = frozenset(
    {ServiceType.COUNSELLING, ServiceType.SOCIAL_ASSISTANCE}
)
MENTAL_HEALTH_REACHED_SETTING_KEY = "indicators.mental_health_reached_types"


def parse_service_types(text: str) -> frozenset[ServiceType]:
    """A stored, comma-separated list of type codes; unknown codes are ignored."""
    codes = {part.strip() for part in text.split(",")}
    return frozenset(t for t in ServiceType if t.value in codes)


def format_service_types(types: frozenset[ServiceType] | set[ServiceType]) -> str:
    return ",".join(sorted(t.value for t in types))


# QĐ 1591/QĐ-TTg: "Phấn đấu 80% trẻ em có vấn đề sức khỏe tâm thần, ... được tiếp cận ...".
MENTAL_HEALTH_TARGET_PCT = 80
# … and "Phấn đấu 100% trẻ em mồ côi được chăm sóc thay thế …". A province's plan may set its
# own figures for a year: the commune stores them in these settings (IndicatorsService.targets).
ORPHANS_IN_CARE_TARGET_PCT = 100
MENTAL_HEALTH_TARGET_SETTING_KEY = "indicators.mental_health_target_pct"
ORPHANS_TARGET_SETTING_KEY = "indicators.orphans_in_care_target_pct"


def percent(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in per cent, one decimal, halves rounded up as the office rounds
    (2 of 3 → 66.7, 1 of 8 → 12.5); ``None`` when ``whole`` is 0 (no share to speak of)."""
    if whole <= 0:
        return None
    return float((Decimal(100 * part) / Decimal(whole)).quantize(_TENTH, rounding=ROUND_HALF_UP))


_TENTH = Decimal("0.1")
