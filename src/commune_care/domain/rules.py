"""Rules of the register that do not depend on storage: age bands, the personal ID number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commune_care.domain.dates import PartialDate, add_years, age_on
from commune_care.domain.enums import Sex

CHILD_AGE_LIMIT = 16  # Luật Trẻ em Điều 1: trẻ em là người dưới 16 tuổi


@dataclass(frozen=True, slots=True)
class AgeBand:
    """Ages ``low`` ≤ age < ``high`` (``high`` None: no upper bound)."""

    low: int
    high: int | None

    @property
    def label(self) -> str:
        if self.high is None:
            return f"Từ {self.low} tuổi trở lên"
        if self.low == 0:
            return f"Dưới {self.high} tuổi"
        return f"Từ {self.low} đến dưới {self.high} tuổi"

    def birth_range(self, on: date) -> tuple[date | None, date]:
        """(earliest exclusive-or-None, latest inclusive) birth date for ages in the band on ``on``.

        A child is in the band when ``earliest < birth ≤ latest``.
        """
        latest = add_years(on, -self.low)
        earliest = None if self.high is None else add_years(on, -self.high)
        return earliest, latest


DEFAULT_AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand(0, 6),
    AgeBand(6, 11),
    AgeBand(11, 16),
    AgeBand(16, None),
)


def has_turned_16(birth: PartialDate, on: date) -> bool:
    return age_on(birth, on) >= CHILD_AGE_LIMIT


def identity_number_warnings(number: str, sex: Sex, birth: PartialDate | None) -> list[str]:
    """Check the 4th digit (century and sex) and the 5th–6th (year) of a 12-digit số định danh.

    The number has no check digit, so a mismatch is only a warning: the officer may have the
    sex or the year wrong rather than the number.
    """
    if len(number) != 12 or not number.isdigit():
        return []
    warnings: list[str] = []
    code = int(number[3])
    century = 1900 + 100 * (code // 2)
    number_sex = Sex.MALE if code % 2 == 0 else Sex.FEMALE
    if sex is not Sex.UNKNOWN and sex is not number_sex:
        warnings.append(
            f"Chữ số thứ 4 của số định danh ({code}) là của trẻ giới tính {number_sex.label}, "
            f"nhưng hồ sơ ghi {sex.label}. Hãy kiểm tra lại."
        )
    if birth is not None and not birth.estimated:
        year = century + int(number[4:6])
        if year != birth.year:
            warnings.append(
                f"Số định danh cho năm sinh {year}, nhưng hồ sơ ghi năm sinh {birth.year}. "
                "Hãy kiểm tra lại."
            )
    return warnings
