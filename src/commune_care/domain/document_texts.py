"""How figures and edited texts are written in the commune's documents: numbers with a dot for
thousands ("1.234"), per cents with a comma ("66,7%"), an amount of money in words ("Ba triệu
năm trăm nghìn đồng"), the year of last year's text moved to this year, a template's
placeholders filled, an edited text cut into its paragraphs."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

__all__ = [
    "fill",
    "lines",
    "money_words",
    "shift_year",
    "vn_money",
    "vn_number",
    "vn_percent",
]


def vn_number(n: int) -> str:
    """1234567 → '1.234.567' (Vietnamese writes a dot between thousands)."""
    return f"{n:,}".replace(",", ".")


def vn_money(n: int) -> str:
    """3500000 → '3.500.000 đồng'."""
    return f"{vn_number(n)} đồng"


def vn_percent(value: float | None) -> str:
    """66.7 → '66,7%'; 80.0 → '80%'; None → '-' (nothing to divide)."""
    if value is None:
        return "-"
    if float(value).is_integer():
        return f"{int(value)}%"
    return f"{value:.1f}%".replace(".", ",")


_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALES = ("", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ")


def _three(n: int, full: bool) -> str:
    """0 < n < 1000 in words; ``full``: a group after a higher one ('không trăm lẻ năm')."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and (hundreds or full):
            words.append("lẻ")
    elif tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units:
        if units == 1 and tens >= 2:
            words.append("mốt")
        elif units == 4 and tens >= 2:
            words.append("tư")
        elif units == 5 and tens >= 1:
            words.append("lăm")
        else:
            words.append(_DIGITS[units])
    return " ".join(words)


def money_words(n: int) -> str:
    """An amount in đồng in words, first letter capital, as written under a figure: 3500000 →
    'Ba triệu năm trăm nghìn đồng', 105000 → 'Một trăm lẻ năm nghìn đồng', 0 → 'Không đồng'."""
    if n < 0:
        raise ValueError("an amount of money is not negative")
    if n == 0:
        return "Không đồng"
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    if len(groups) > len(_SCALES):
        raise ValueError("amount too large")
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        full = index < len(groups) - 1
        words.append(_three(group, full) + _SCALES[index])
    text = " ".join(words) + " đồng"
    return text[:1].upper() + text[1:]


# A year standing alone: not part of a date (15/3/2024), of a number (2024/QĐ), of a span
# ("2023 - 2030", "2023-2030") or of a longer number.
_YEAR_WORD = r"(?<![\d/.\-–])(?<![\d/.\-–] ){year}(?!\s?[-–]\s?\d)(?![\d/])"


def shift_year(text: str, old: int, new: int) -> str:
    """Last year's text made this year's: every ``old`` year standing alone becomes ``new``;
    dates ('ngày 15/3/2024'), symbols and spans ('giai đoạn 2023 - 2030') stay as written, so a
    reference to another document is never silently changed."""
    if old == new:
        return text
    return re.sub(_YEAR_WORD.format(year=old), str(new), text)


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with its ``{name}`` placeholders replaced; unknown names stay as written."""
    formatter = string.Formatter()
    mapping = _Keep({k: str(v) for k, v in values.items()})
    return formatter.vformat(template, (), mapping)


def lines(text: str) -> list[str]:
    """An edited text cut into paragraphs: one per line, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]
