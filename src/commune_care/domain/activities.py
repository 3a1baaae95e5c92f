"""The programme's activities, sponsorships and social-assistance payments (issue #9, item 3).

Activities and sponsorships are what the seeds' plans commit the commune to (communication,
training, life-skills education, visits and gifts, "nhận đỡ đầu"); their results go into the year's
report. Social-assistance payments follow Nghị định 20/2021/NĐ-CP: the monthly amount is the base
level (mức chuẩn trợ giúp xã hội, Điều 4) × the coefficient of the child's category (Điều 6.1).
The base level changes by decree, so it is dated data the officer can edit (``assistance_levels``).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

MONEY_MAX = 100_000_000_000  # 100 tỷ đồng: anything larger is a typing mistake


class ActivityKind(StrEnum):
    COMMUNICATION = "truyen_thong"
    TRAINING = "tap_huan"
    LIFE_SKILLS = "ky_nang_song"
    VISIT_GIFTS = "tham_hoi"
    OTHER_SUPPORT = "ho_tro_khac"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ActivityKind.COMMUNICATION: "Truyền thông",
    ActivityKind.TRAINING: "Tập huấn",
    ActivityKind.LIFE_SKILLS: "Giáo dục kỹ năng sống",
    ActivityKind.VISIT_GIFTS: "Thăm hỏi, tặng quà",
    ActivityKind.OTHER_SUPPORT: "Hỗ trợ khác",
}


class FundingSource(StrEnum):
    STATE_BUDGET = "ngan_sach"
    SOCIALISED = "xa_hoi_hoa"
    MIXED = "ket_hop"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    FundingSource.STATE_BUDGET: "Ngân sách nhà nước",
    FundingSource.SOCIALISED: "Xã hội hóa, tài trợ",
    FundingSource.MIXED: "Ngân sách và xã hội hóa",
    FundingSource.OTHER: "Nguồn khác",
}


class AssistanceCategory(StrEnum):
    """Who receives monthly social assistance (Nghị định 20/2021/NĐ-CP, Điều 5), as far as a
    child is concerned, with the coefficients of Điều 6.1."""

    NO_CARE_SOURCE = "d5_k1"  # trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng
    STUDYING_16_22 = "d5_k2"  # từ đủ 16 đến 22 tuổi đang học
    HIV_POOR = "d5_k3"  # trẻ em nhiễm HIV/AIDS thuộc hộ nghèo
    SINGLE_PARENT_CHILD = "d5_k4"  # con của người đơn thân nghèo
    OTHER = "khac"  # another case: the officer enters the coefficient

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]

    def coefficient(self, age: int | None) -> Decimal | None:
        """The coefficient of Điều 6.1 for a child of ``age`` full years (None: not known, and
        the coefficient depends on it); None for ``OTHER`` (entered by hand)."""
        if self is AssistanceCategory.OTHER:
            return None
        if self in (AssistanceCategory.NO_CARE_SOURCE, AssistanceCategory.HIV_POOR):
            if age is None:
                return None
            if age < 4:
                return Decimal("2.5")
            return Decimal("1.5") if self is AssistanceCategory.NO_CARE_SOURCE else Decimal("2.0")
        if self is AssistanceCategory.STUDYING_16_22:
            return Decimal("1.5")
        return Decimal("1.0")


_CATEGORY_LABELS = {
    AssistanceCategory.NO_CARE_SOURCE: "Trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng"
    " (khoản 1 Điều 5)",
    AssistanceCategory.STUDYING_16_22: "Từ đủ 16 đến 22 tuổi đang đi học (khoản 2 Điều 5)",
    AssistanceCategory.HIV_POOR: "Trẻ em nhiễm HIV/AIDS thuộc hộ nghèo (khoản 3 Điều 5)",
    AssistanceCategory.SINGLE_PARENT_CHILD: "Con của người đơn thân nghèo đang nuôi con"
    " (khoản 4 Điều 5)",
    AssistanceCategory.OTHER: "Trường hợp khác (nhập hệ số)",
}

# Mức chuẩn trợ giúp xã hội, as shipped (migration 0011 writes them; the officer may edit and
# add). 360.000 đ: Nghị định 20/2021/NĐ-CP Điều 4, from 01/07/2021 (verified in the text).
# 500.000 đ from 01/07/2024: Nghị định 76/2024/NĐ-CP (not verified here: reference/
# domain-research.md marks it [U]; the officer checks it, docs/decisions/dashboard.md).
DEFAULT_ASSISTANCE_LEVELS: tuple[tuple[date, int, str], ...] = (
    (date(2021, 7, 1), 360_000, "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021, Điều 4"),
    (date(2024, 7, 1), 500_000, "Nghị định số 76/2024/NĐ-CP ngày 01/7/2024"),
)

COEFFICIENT_MAX = Decimal("10")
_HUNDREDTH = Decimal("0.01")


def monthly_amount(base: int, coefficient: Decimal) -> int:
    """base × coefficient in whole đồng, halves rounded up (360.000 × 2,5 = 900.000)."""
    return int((Decimal(base) * coefficient).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_money(value: Any, label: str) -> Any:
    """'1.500.000', '1 500 000 đ', '1,5 triệu' is not money: whole đồng, typed as in Vietnam.
    Anything not a string is returned for the model to check."""
    if isinstance(value, str):
        text = re.sub(r"[.,\s]|đồng|đ|VND", "", value.strip(), flags=re.IGNORECASE)
        if not text:
            return None
        if not text.isdigit():
            raise ValueError(f"{label} phải là một số tiền bằng đồng, ví dụ 1.500.000.")
        return int(text)
    return value


def check_money(value: int | None, label: str) -> int | None:
    if value is None:
        return None
    if value < 0:
        raise ValueError(f"{label} không được âm. Hãy nhập số tiền từ 0 đồng trở lên.")
    if value > MONEY_MAX:
        raise ValueError(f"{label} lớn bất thường (quá 100 tỷ đồng). Hãy kiểm tra lại.")
    return value


def parse_coefficient(value: Any) -> Decimal | None:
    """'2,5', '2.5', 2.5 → Decimal('2.5'), two decimals at most, 0 < k ≤ 10."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("Hệ số phải là một số, ví dụ 1,5 hoặc 2,5.")
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except ArithmeticError:
        raise ValueError(
            f"Hệ số «{value}» không phải là số. Hãy nhập ví dụ 1,5 hoặc 2,5."
        ) from None
    if not number.is_finite() or number <= 0 or number > COEFFICIENT_MAX:
        raise ValueError("Hệ số phải lớn hơn 0 và không quá 10 (ví dụ 1,5 hoặc 2,5).")
    if number != number.quantize(_HUNDREDTH):
        raise ValueError("Hệ số có nhiều nhất hai chữ số thập phân (ví dụ 1,5 hoặc 2,25).")
    return number.quantize(_HUNDREDTH).normalize()


def format_coefficient(value: Decimal) -> str:
    """Decimal('2.50') → '2,5' (Vietnamese decimal comma)."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def format_money(value: int | None) -> str:
    """1500000 → '1.500.000' (Vietnamese thousands); None → ''."""
    return "" if value is None else f"{value:,}".replace(",", ".")


def month_start(day: date) -> date:
    return day.replace(day=1)


def months_between(first: date, last: date) -> list[date]:
    """The first days of the months from ``first``'s month to ``last``'s, both included."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def format_month(day: date) -> str:
    """date(2026, 3, 1) → '03/2026'."""
    return f"{day.month:02d}/{day.year}"


__all__ = [
    "DEFAULT_ASSISTANCE_LEVELS",
    "MONEY_MAX",
    "ActivityKind",
    "AssistanceCategory",
    "FundingSource",
    "check_money",
    "format_coefficient",
    "format_money",
    "format_month",
    "month_start",
    "monthly_amount",
    "months_between",
    "parse_coefficient",
    "parse_money",
]
