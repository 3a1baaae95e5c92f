"""Reading the values of a list the commune kept by hand (an Excel sheet, a CSV): dates of birth
written every which way, sex as "Nam", "NỮ" or an "x" in a column, the groups a child belongs to
as free text ("mồ côi cha", "khuyết tật nặng, hộ nghèo"), an ethnic group or a village by name.

Pure functions, no I/O. Each parser returns the value or raises ``ValueError`` with a Vietnamese
message that names what was written, so an import can put it next to the row it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Household, Sex, VillageKind
from commune_care.domain.ethnicities import ETHNICITIES
from commune_care.domain.groups import GROUPS
from commune_care.domain.textfold import collapse_spaces, fold, to_nfc

# --- cells as text ------------------------------------------------------------------------------

EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


def cell_text(value: object) -> str:
    """A cell as one line of NFC text: 12.0 → '12', a date → 'dd/mm/yyyy', None → ''."""
    if value is None:
        return ""
    if isinstance(value, str):
        # The common case, kept cheap: a list has ten cells per child and thousands of children.
        text = (
            value
            if unicodedata.is_normalized("NFC", value)
            else unicodedata.normalize("NFC", value)
        )
        if "  " in text or "\t" in text or "\n" in text or "\r" in text or "\xa0" in text:
            return collapse_spaces(text)
        return text.strip()
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    return collapse_spaces(to_nfc(str(value)))


def is_excel_error(value: object) -> bool:
    return isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS


_MARKS = frozenset({"x", "v", "1", "co", "c", "+", "\u2713", "\u2714", "\u2611", "\u2612", "*"})
_NOT_MARKS = frozenset({"0", "khong", "k", "-", "o"})


def is_mark(value: object) -> bool | None:
    """A tick in a yes/no column: True for x, X, ✓, 1, "có"; False for empty, 0, "không";
    None for anything else (a date, a word: the cell says more than yes)."""
    if value is None or value is False:
        return False
    if value is True:
        return True
    text = fold(cell_text(value))
    if not text or text in _NOT_MARKS:
        return False
    if text in _MARKS:
        return True
    return None


# --- sex ----------------------------------------------------------------------------------------

_SEX_WORDS = {
    "nam": Sex.MALE, "trai": Sex.MALE, "be trai": Sex.MALE, "m": Sex.MALE, "male": Sex.MALE,
    "nu": Sex.FEMALE, "gai": Sex.FEMALE, "be gai": Sex.FEMALE, "f": Sex.FEMALE,
    "female": Sex.FEMALE,
    "khong ro": Sex.UNKNOWN, "chua ro": Sex.UNKNOWN, "?": Sex.UNKNOWN,
}  # fmt: skip


def parse_sex(value: object) -> Sex | None:
    """'Nam', 'NỮ', 'nu', 'gái' … → Sex; empty → None."""
    text = cell_text(value)
    if not text:
        return None
    sex = _SEX_WORDS.get(fold(text).strip(" .:"))
    if sex is None:
        raise ValueError(f"Giới tính «{text}» không rõ: hãy ghi Nam hoặc Nữ.")
    return sex


# --- dates of birth -----------------------------------------------------------------------------

# Excel's day 1 is 01/01/1900 and it believes 1900 was a leap year: serials count from 30/12/1899.
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 366, 80_000  # 1901 … 2119: a serial outside this is not a date
_ESTIMATE_WORDS = re.compile(
    r"^(?:khoang|tam|uoc tinh|~|±|chung|co le)\s*|\s*\(?(?:uoc tinh|khoang|ut)\)?$"
)
_D_M_Y = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})$")
_M_Y = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_Y = re.compile(r"^(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_WORDS_DATE = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")


def _from_serial(number: float) -> PartialDate:
    day = _EXCEL_EPOCH + timedelta(days=int(number))
    return PartialDate(day.year, day.month, day.day)


def _birth_number(number: float, shown: str) -> PartialDate:
    if number.is_integer() and 1900 <= number <= 2100:
        return PartialDate(int(number))  # a year written as a number
    if _SERIAL_MIN <= number <= _SERIAL_MAX:
        return _from_serial(number)  # a date typed in a cell formatted as a number
    raise ValueError(
        f"Ngày sinh «{shown}» không phải là ngày hay năm: hãy ghi dd/mm/yyyy hoặc yyyy."
    )


def _birth_text(text: str) -> PartialDate:
    folded = fold(text).replace(",", " ")
    folded = collapse_spaces(folded)
    estimated = False
    stripped = _ESTIMATE_WORDS.sub("", folded).strip()
    if stripped != folded:
        estimated, folded = True, stripped
    folded = re.sub(r"^(?:sinh\s+)?(?:ngay\s+|nam\s+)?", "", folded)
    if m := _D_M_Y.match(folded):
        day, month, year_text = m.groups()
        if len(year_text) != 4:
            raise ValueError(
                f"Ngày sinh «{text}» có năm {year_text} chỉ hai chữ số: hãy ghi đủ bốn chữ số "
                "(ví dụ 15/03/2012)."
            )
        return PartialDate(int(year_text), int(month), int(day), estimated)
    if m := _ISO.match(folded):
        year, month, day = (int(g) for g in m.groups())
        return PartialDate(year, month, day, estimated)
    if m := _WORDS_DATE.match(folded):
        day, month, year = (int(g) for g in m.groups())
        return PartialDate(year, month, day, estimated)
    if m := _M_Y.match(folded):
        return PartialDate(int(m.group(2)), int(m.group(1)), None, estimated)
    if m := _Y.match(folded):
        return PartialDate(int(m.group(1)), None, None, estimated)
    if re.fullmatch(r"\d+(?:\.\d+)?", folded):
        return _birth_number(float(folded), text)
    raise ValueError(
        f"Ngày sinh «{text}» không đọc được: hãy ghi dd/mm/yyyy (15/03/2012), mm/yyyy hoặc "
        "chỉ năm (2012)."
    )


def parse_birth(value: object) -> PartialDate | None:
    """A date of birth from a cell: an Excel date, a year (2012), a serial number, or text
    ('15/3/2012', '15-03-2012', '15.03.2012', '3/2012', '2012', 'khoảng 2012', 'ngày 15 tháng
    3 năm 2012'). Empty → None. A day that does not exist raises with the calendar's reason."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise ValueError("Ngày sinh không được là ô đánh dấu: hãy ghi ngày hoặc năm sinh.")
    if isinstance(value, int | float):
        return _birth_number(float(value), cell_text(value))
    text = cell_text(value)
    if not text:
        return None
    return _birth_text(text)


def birth_from_parts(day: object, month: object, year: object) -> PartialDate | None:
    """Three columns 'Ngày', 'Tháng', 'Năm' → a date (day and month may be empty)."""

    def number(value: object, what: str) -> int | None:
        text = cell_text(value)
        if not text:
            return None
        if not text.isdigit():
            raise ValueError(f"{what} sinh «{text}» không phải là số.")
        return int(text)

    y, m, d = number(year, "Năm"), number(month, "Tháng"), number(day, "Ngày")
    if y is None:
        if m is None and d is None:
            return None
        raise ValueError("Có ngày, tháng sinh nhưng thiếu năm sinh.")
    if d is not None and m is None:
        raise ValueError("Có ngày sinh nhưng thiếu tháng sinh.")
    return PartialDate(y, m, d)


def birth_from_age(value: object, today: date) -> PartialDate | None:
    """'Tuổi' 7 → born in (this year - 7), estimated."""
    text = cell_text(value)
    if not text:
        return None
    digits = fold(text).removesuffix("tuoi").strip()
    if not digits.isdigit() or int(digits) > 120:
        raise ValueError(f"Tuổi «{text}» không phải là một số tuổi.")
    return PartialDate(today.year - int(digits), estimated=True)


# --- numbers that lost their leading zeros in Excel ---------------------------------------------


def id_number_text(value: object) -> tuple[str, bool]:
    """The số định danh as 12 digits; a number Excel stripped of its leading zeros (8313000045)
    gets them back. Returns (text, zeros_added)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = cell_text(value).replace(" ", "").replace(".", "")
    if isinstance(value, int) and 9 <= len(text) < 12:
        return text.zfill(12), True
    return text, False


def phone_text(value: object) -> str:
    """A phone number Excel stored as a number (912345678) gets its leading 0 back."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = cell_text(value)
    if isinstance(value, int) and len(text) in (9, 10) and not text.startswith("0"):
        return "0" + text
    return text


# --- ethnic groups ------------------------------------------------------------------------------

_ETHNICITY_ALIASES = {
    "mong": "08", "hmong": "08", "hmongg": "08", "meo": "08", "khmer": "05", "khome": "05",
    "ede": "12", "rade": "12", "jrai": "10", "giarai": "10", "bana": "13", "xodang": "14",
    "sedang": "14", "bru": "23", "vankieu": "23", "katu": "26", "cotu": "26", "khmu": "29",
    "khomu": "29", "taoi": "31", "paco": "31", "sanchi": "15", "caolan": "15", "gietrieng": "27",
    "xtieng": "22", "stieng": "22", "raglai": "21", "coho": "16", "kohor": "16", "mnong": "20",
    "hre": "19", "chuuru": "36", "churu": "36", "hoa": "04", "nguoihoa": "04",
}  # fmt: skip


def _ethnicity_key(text: str) -> str:
    folded = fold(text)
    folded = re.sub(r"^(?:dan toc|dt|nguoi)\s+", "", folded)
    return re.sub(r"[^a-z0-9]", "", folded)


@cache
def _ethnicity_index() -> dict[str, str]:
    index = dict(_ETHNICITY_ALIASES)
    for e in ETHNICITIES:
        index[_ethnicity_key(e.name)] = e.code
        index[e.code] = e.code
        index[str(int(e.code))] = e.code
    return index


def parse_ethnicity(value: object) -> str | None:
    """'Kinh', 'kinh', 'Dân tộc Tày', 'H'Mông', 'Mông', 'Khmer', '01' → the code; empty → None;
    a name not in the list of 54 raises."""
    text = cell_text(value)
    if not text:
        return None
    code = _ethnicity_index().get(_ethnicity_key(text))
    if code is None:
        raise ValueError(f"Dân tộc «{text}» không có trong danh mục 54 dân tộc.")
    return code


# --- villages -----------------------------------------------------------------------------------

_VILLAGE_WORDS = sorted(
    {fold(k.value) for k in VillageKind if k is not VillageKind.OTHER}
    | {"xom", "to", "tdp", "khu", "doi", "cum", "khom", "plei", "thon ban", "thon xom"},
    key=len,
    reverse=True,
)
_VILLAGE_PREFIX = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _VILLAGE_WORDS) + r")\s+")


def village_key(name: str) -> str:
    """What two spellings of one village have in common: 'Thôn 01', 'thon 1', '1' → '1';
    'Bản Nà Hừ', 'ban na hu', 'Nà Hừ' → 'na hu'."""
    folded = re.sub(r"[^a-z0-9 ]", " ", fold(name))
    folded = collapse_spaces(folded)
    stripped = _VILLAGE_PREFIX.sub("", folded)
    words = [(w.lstrip("0") or "0") if w.isdigit() else w for w in stripped.split()]
    return " ".join(words)


def village_kind(name: str) -> VillageKind:
    """The kind a village's name starts with: 'Bản Nà Hừ' → Bản, 'TDP 3' → Tổ dân phố."""
    folded = fold(name)
    for kind in VillageKind:
        if kind is not VillageKind.OTHER and folded.startswith(fold(kind.value) + " "):
            return kind
    if folded.startswith("tdp "):
        return VillageKind.TO_DAN_PHO
    return (
        VillageKind.OTHER
        if re.match(r"^(?:xom|to|khu|doi|cum|khom|plei) ", folded)
        else (VillageKind.THON)
    )


# --- groups and household from free text ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupText:
    """What a free-text cell like 'Mồ côi cha; khuyết tật nặng; hộ nghèo' says."""

    groups: tuple[tuple[str, int | None], ...] = ()  # (group code, sub-group or None)
    household: Household | None = None
    father_dead: bool = False
    mother_dead: bool = False
    unrecognised: str = ""  # the words left over that name no group ('' when all understood)

    @property
    def understood(self) -> bool:
        return not self.unrecognised

    @property
    def empty(self) -> bool:
        return not (self.groups or self.household or self.unrecognised)


_G = tuple[str, int | None]
# folded phrase → (group, sub-group) | household | "father"/"mother" (the parent is dead).
# Matched longest first, whole words only, each word of the text used once.
_PHRASES: dict[str, tuple[_G | None, Household | None, str]] = {}


def _add(phrases: str, group: _G | None = None, household: Household | None = None,
         parent: str = "") -> None:  # fmt: skip
    for phrase in phrases.split("|"):
        _PHRASES[phrase.strip()] = (group, household, parent)


for _group in GROUPS:  # the law's own wording, with and without "trẻ em"
    _name = re.sub(r"[^a-z0-9 ]", " ", fold(_group.name))
    _add(collapse_spaces(_name), (_group.code, None))
    _add(collapse_spaces(_name).removeprefix("tre em "), (_group.code, None))

_add("mo coi ca cha va me|mo coi ca cha lan me|mo coi ca cha me|mo coi ca bo va me|mo coi ca bo "
     "me|mo coi cha me|mo coi bo me|mo coi ca hai|mo coi ca 2|mo coi hoan toan|mc ca cha va me",
     ("hcdb_a", None), parent="both")  # fmt: skip
_add("mo coi cha hoac me|mo coi bo hoac me|mo coi mot ben|mo coi 1 ben|mo coi cha hoac mo coi me",
     ("mo_coi_cha_hoac_me", None))  # fmt: skip
_add("mo coi cha|mo coi bo|cha da mat|bo da mat|cha mat|bo mat", ("mo_coi_cha_hoac_me", None),
     parent="father")  # fmt: skip
_add("mo coi me|me da mat|me mat", ("mo_coi_cha_hoac_me", None), parent="mother")
_add("bi bo roi|bo roi", ("hcdb_b", None))
_add("khong noi nuong tua|khong nguoi nuong tua", ("hcdb_c", None))
_add("khuyet tat dac biet nang|kt dac biet nang|ktdbn", ("hcdb_d", 1))
_add("khuyet tat nang|kt nang", ("hcdb_d", 2))
_add("khuyet tat nhe|kt nhe", ("hcdb_d", 3))
_add("khuyet tat|tan tat|khuyet tat van dong|khuyet tat tri tue|khiem thinh|khiem thi|bai nao",
     ("hcdb_d", None))  # fmt: skip
_add("hiv|aids|hiv aids|nhiem hiv|nhiem hiv aids|anh huong boi hiv", ("hcdb_dd", None))
_add("vi pham phap luat|vppl", ("hcdb_e", None))
_add("nghien ma tuy|nghien", ("hcdb_g", None))
_add("bo hoc kiem song|bo hoc di lam|lao dong som", ("hcdb_h", None))
_add("bi ton hai nghiem trong|ton hai nghiem trong", ("hcdb_i", None))
_add("bi boc lot|boc lot|bi boc lot suc lao dong|lao dong tre em", ("hcdb_k", None))
_add("bi xam hai tinh duc|xam hai tinh duc|bi xhtd|xhtd|bi hiep dam|bi dam o", ("hcdb_l", None))
_add("bi mua ban|mua ban|bi mua ban tro ve", ("hcdb_m", None))
_add("benh hiem ngheo|benh phai dieu tri dai ngay|dieu tri dai ngay|benh hiem ngheo thuoc ho "
     "ngheo|benh hiem ngheo thuoc ho can ngheo", ("hcdb_n", None))  # fmt: skip
_add("di cu|lanh nan|ti nan|di cu lanh nan", ("hcdb_o", None))
_add("nguy co bi bao luc|nguy co bao luc", ("nguy_co", 1))
_add("nguy co bi boc lot|nguy co boc lot", ("nguy_co", 2))
_add("nguy co bi bo roi|nguy co bo roi", ("nguy_co", 3))
_add("nguy co|co nguy co|nguy co cao|nguy co bi xam hai|nguy co xam hai", ("nguy_co", None))
_add("bi xam hai|xam hai|bi bao hanh", ("bi_xam_hai", None))
_add("bi bao luc|bao luc", ("bi_xam_hai", 1))
_add("bi bo mac|bo mac", ("bi_xam_hai", 5))
_add("van de suc khoe tam than|co van de suc khoe tam than|suc khoe tam than|sktt|roi loan tam "
     "than|benh tam than|tram cam|tam than", ("sktt_van_de", None))  # fmt: skip
_add("nguy co cao roi loan suc khoe tam than|nguy co cao roi loan sktt|nguy co roi loan tam "
     "than|nguy co cao roi loan|nguy co sktt|nguy co cao sktt|nguy co tam than", ("sktt_nguy_co_cao", None))  # fmt: skip
_add("ho ngheo|ngheo|thuoc ho ngheo", household=Household.POOR)
_add("ho can ngheo|can ngheo|thuoc ho can ngheo", household=Household.NEAR_POOR)

_ORDERED = sorted(_PHRASES, key=lambda p: (-len(p.split()), -len(p)))
# Words that name no group by themselves: left over, they do not make a text "not understood".
_FILLER = frozenset(
    [
        "tre",
        "em",
        "be",
        "chau",
        "la",
        "bi",
        "co",
        "thuoc",
        "dien",
        "doi",
        "tuong",
        "nhom",
        "hoan",
        "canh",
        "dac",
        "biet",
        "va",
        "hoac",
        "voi",
        "cua",
        "cung",
        "con",
        "dang",
        "trong",
        "ho",
        "gia",
        "dinh",
        "hcdb",
        "tedb",
        "a",
        "b",
        "c",
        "d",
        "dd",
        "e",
        "g",
        "h",
        "i",
        "k",
        "l",
        "m",
        "n",
        "o",
        "diem",
        "khoan",
        "dieu",
        "10",
        "1",
        "luat",
        "nd",
        "56",
        "x",
    ]
)


@cache
def parse_groups(text: str) -> GroupText:
    """'Mồ côi cả cha và mẹ, khuyết tật nặng; hộ nghèo' → hcdb_a, hcdb_d (2), poor household.
    Words that name no group are returned in ``unrecognised`` (the caller keeps the text in the
    notes so nothing is lost)."""
    folded = collapse_spaces(re.sub(r"[^a-z0-9]+", " ", fold(text)))
    if not folded:
        return GroupText()
    padded = f" {folded} "
    groups: list[_G] = []
    household: Household | None = None
    households: set[Household] = set()
    father = mother = False
    for phrase in _ORDERED:
        needle = f" {phrase} "
        while needle in padded:
            padded = padded.replace(needle, " # ", 1)
            group, house, parent = _PHRASES[phrase]
            if group is not None and group not in groups:
                groups.append(group)
            if house is not None:
                households.add(house)
            father = father or parent in ("father", "both")
            mother = mother or parent in ("mother", "both")
    if len(households) == 1:
        household = households.pop()
    leftover = [w for w in padded.split() if w != "#" and w not in _FILLER]
    # A group and a sub-group of it, or both orphan groups: keep the most precise.
    codes = {g for g, _ in groups}
    kept = [g for g in groups if not (g[1] is None and any(c == g[0] and s for c, s in groups))]
    if "hcdb_a" in codes:
        kept = [g for g in kept if g[0] != "mo_coi_cha_hoac_me"]
    unrecognised = collapse_spaces(to_nfc(text)) if leftover or len(households) > 1 else ""
    return GroupText(tuple(kept), household, father, mother, unrecognised)
