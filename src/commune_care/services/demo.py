"""Demo data: a realistic synthetic commune, the same for the same seed.

``generate_demo(db, children=N, seed=S)`` writes a commune profile (when the database has none),
its villages (when it has none) and N children aged 0 to 15, grouped in families, with Vietnamese
names, parents, caregivers, schools, health insurance and classifications in about the
proportions a real commune has. It is meant for training, screenshots and the benchmarks.

Determinism. Every random value comes from one ``random.Random(seed)``, and the *sequence* of
values drawn depends only on the seed: the commune, each family and each child take a fixed
block of values (``_Draws``) whatever branch is taken, and nothing drawn depends on the calendar.
Dates are then placed relative to ``today`` (by default ``date.today()``): a child drawn as
"2,345 days old" is born 2,345 days before ``today``. So the same seed gives the same names,
sexes, villages, groups and codes on any day, and identical rows with the same ``today``. Codes
continue from the largest id in the table, so a second run appends.

Speed. Rows are built as column dicts with the very helpers the register service uses
(``record_values``, ``keys_for``, ``child_code``), so the keys are what the service would write,
and inserted with Core ``executemany`` in batches inside one transaction; the FTS triggers fill
the search index. Values are generated valid, so they are not validated row by row (the tests
validate a sample against ``ChildIn``).
"""

from __future__ import annotations

import bisect
import itertools
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from commune_care.db.models import (
    ChildRecord,
    ClassificationRecord,
    CommuneProfileRecord,
    PlacementRecord,
    VillageRecord,
)
from commune_care.db.session import Database, hold_write_lock
from commune_care.domain.access import system_user
from commune_care.domain.dates import PartialDate, add_years
from commune_care.domain.enums import ChildStatus, Household, ParentStatus, Sex, VillageKind
from commune_care.domain.errors import InvalidInput
from commune_care.domain.ethnicities import ETHNICITIES, ETHNICITY_BY_CODE, KINH_CODE
from commune_care.domain.schemas.children import ChildIn
from commune_care.domain.schemas.commune import (
    CommuneProfileIn,
    VillageIn,
    default_agency_name,
    default_place_name,
)
from commune_care.services import audit
from commune_care.services.children import child_code, keys_for, record_values
from commune_care.services.demo_names import (
    ADULT_GIVEN_NAMES_FEMALE,
    ADULT_GIVEN_NAMES_MALE,
    ETHNIC_NAME_STYLES,
    GIVEN_NAMES_FEMALE,
    GIVEN_NAMES_MALE,
    MIDDLE_NAMES_FEMALE,
    MIDDLE_NAMES_MALE,
    SCHOOLS,
    SURNAMES,
    VILLAGE_NAMES,
)
from commune_care.services.places import Place, communes, provinces

__all__ = ["BATCH_SIZE", "MAX_DEMO_CHILDREN", "DemoSummary", "generate_demo"]

T = TypeVar("T")

BATCH_SIZE = 5_000
MAX_DEMO_CHILDREN = 1_000_000
YEAR_DAYS = 365.2425

_CHILDREN_TABLE = cast(Table, ChildRecord.__table__)
_CLASSIFICATIONS_TABLE = cast(Table, ClassificationRecord.__table__)


@dataclass(frozen=True)
class DemoSummary:
    children: int
    villages: int
    classifications: int
    seconds: float
    seed: int = 1
    commune: str = ""
    first_code: str = ""
    last_code: str = ""
    cases: int = 0
    services: int = 0
    referrals: int = 0
    providers: int = 0
    adoptions: int = 0
    carers: int = 0
    placements: int = 0
    follow_ups: int = 0
    activities: int = 0
    sponsorships: int = 0
    payments: int = 0


# --- drawing --------------------------------------------------------------------------------


class _Draws:
    """A fixed number of uniform values drawn at once: however many a branch uses, the
    generator's sequence moves on by exactly ``count``."""

    __slots__ = ("_i", "_values")

    def __init__(self, rng: random.Random, count: int) -> None:
        r = rng.random
        self._values = [r() for _ in range(count)]
        self._i = 0

    def u(self) -> float:
        value = self._values[self._i]  # IndexError: raise the count of the caller
        self._i += 1
        return value

    def chance(self, p: float) -> bool:
        return self.u() < p

    def index(self, n: int) -> int:
        return min(int(self.u() * n), n - 1)

    def pick(self, items: Sequence[T]) -> T:
        return items[self.index(len(items))]

    def weighted(self, table: _Weighted[T]) -> T:
        return table.pick(self.u())

    def between(self, low: float, high: float) -> float:
        return low + (high - low) * self.u()


class _Weighted(Generic[T]):
    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(itertools.accumulate(weight for _, weight in pairs))

    def pick(self, u: float) -> T:
        i = bisect.bisect_right(self.cumulative, u * self.cumulative[-1])
        return self.items[min(i, len(self.items) - 1)]


def _pick_u(items: Sequence[T], u: float) -> T:
    return items[min(int(u * len(items)), len(items) - 1)]


def _shuffled(items: Sequence[T], d: _Draws) -> list[T]:
    """A permutation from one drawn value (items are few): deterministic, one draw."""
    out = list(items)
    random.Random(int(d.u() * 2**32)).shuffle(out)
    return out


# --- the commune ----------------------------------------------------------------------------

# Where each ethnic group with its own name style mostly lives (provinces after the 2025 reform),
# and the groups that often share a commune with it.
_MINORITY_PROVINCES: dict[str, tuple[str, ...]] = {
    "02": ("Cao Bằng", "Lạng Sơn", "Tuyên Quang", "Thái Nguyên", "Lào Cai"),
    "03": ("Sơn La", "Điện Biên", "Lai Châu", "Nghệ An", "Thanh Hóa"),
    "05": ("An Giang", "Cà Mau", "Vĩnh Long", "Thành phố Cần Thơ"),
    "06": ("Phú Thọ", "Thanh Hóa", "Ninh Bình"),
    "07": ("Lạng Sơn", "Cao Bằng", "Thái Nguyên", "Tuyên Quang"),
    "08": ("Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Tuyên Quang"),
    "09": ("Lào Cai", "Tuyên Quang", "Cao Bằng", "Quảng Ninh", "Lai Châu"),
}
_NEIGHBOUR_GROUPS: dict[str, tuple[str, ...]] = {
    "02": ("07", "09"),
    "03": ("08", "06"),
    "05": ("04",),
    "06": ("03",),
    "07": ("02", "09"),
    "08": ("09", "03"),
    "09": ("08", "02"),
}
_SOUTH = {
    "An Giang", "Cà Mau", "Vĩnh Long", "Thành phố Cần Thơ", "Đồng Tháp", "Tây Ninh", "Đồng Nai",
    "Thành phố Hồ Chí Minh",
}  # fmt: skip
_HIGHLANDS = {"Gia Lai", "Đắk Lắk", "Lâm Đồng"}
# Provinces where a mostly-Kinh commune would be the exception.
_MOSTLY_MINORITY_PROVINCES = {
    "Cao Bằng",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Lạng Sơn",
    "Tuyên Quang",
}
_KINH_MAJORITY_SHARE = 0.7  # of seeds: the commune is mostly Kinh

_VILLAGE_KINDS = {
    "Thôn": VillageKind.THON, "Xóm": VillageKind.THON, "Bản": VillageKind.BAN,
    "Ấp": VillageKind.AP, "Buôn": VillageKind.BUON, "Làng": VillageKind.LANG,
    "Tổ": VillageKind.TO_DAN_PHO,
}  # fmt: skip


def _province_label(name: str) -> str:
    """'Lào Cai' → 'tỉnh Lào Cai', 'Thành phố Huế' → 'thành phố Huế'."""
    city = name.removeprefix("Thành phố ")
    return f"thành phố {city}" if city != name else f"tỉnh {name}"


def _villages_with(*prefixes: str) -> list[str]:
    return [v for v in VILLAGE_NAMES if v.split(" ")[0] in prefixes]


def _schools_with(*prefixes: str) -> list[str]:
    return [s for s in SCHOOLS if s.startswith(prefixes)]


@dataclass(frozen=True)
class _CommunePlan:
    profile: CommuneProfileIn
    villages: tuple[VillageIn, ...]
    mix: _Weighted[str]  # ethnicity code → share of families
    preschools: tuple[str, ...]
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    high: tuple[str, ...]


def _plan_commune(rng: random.Random) -> _CommunePlan:
    d = _Draws(rng, 40)
    all_provinces = provinces()
    by_name = {p.name: p for p in all_provinces}
    minorities = [e for e in ETHNICITIES if e.code != KINH_CODE]
    styled = _Weighted([(c, ETHNICITY_BY_CODE[c].population_share) for c in ETHNIC_NAME_STYLES])

    # Who lives here: mostly Kinh (with a few of every group), or mostly one minority group
    # with a neighbouring group and some Kinh, in a province where that group lives.
    minority_commune = not d.chance(_KINH_MAJORITY_SHARE)
    main = d.weighted(styled)
    if minority_commune:
        candidates = [by_name[n] for n in _MINORITY_PROVINCES[main] if n in by_name]
        province = d.pick(candidates or list(all_provinces))
        main_share = d.between(0.55, 0.9)
        second = d.pick(_NEIGHBOUR_GROUPS[main])
        second_share = d.between(0.04, 0.2) if d.chance(0.6) else 0.0
        second_share = min(second_share, 1.0 - main_share)
        rest = 1.0 - main_share - second_share
        pairs = [(main, main_share), (second, second_share), (KINH_CODE, rest * 0.85)]
        others = rest * 0.15
    else:
        lowland = [p for p in all_provinces if p.name not in _MOSTLY_MINORITY_PROVINCES]
        province = d.pick(lowland)
        kinh = d.between(0.93, 0.995)
        pairs = [(KINH_CODE, kinh)]
        others = 1.0 - kinh
    total_minority = sum(e.population_share for e in minorities)
    taken = {code for code, _ in pairs}
    pairs += [
        (e.code, others * e.population_share / total_minority)
        for e in minorities
        if e.code not in taken
    ]
    mix = _Weighted([(code, share) for code, share in pairs if share > 0])

    rural = [c for c in communes(province.code) if c.name.startswith("Xã ")]
    commune = d.pick(rural or list(communes(province.code)) or [Place("", "Xã Tân Lập")])
    villages = _plan_villages(d, province.name, minority_commune)

    leader_style = main if minority_commune else KINH_CODE
    officer = _adult_name(d, leader_style if d.chance(0.3) else KINH_CODE, d.chance(0.35))
    chairman = _adult_name(d, leader_style if d.chance(0.5) else KINH_CODE, d.chance(0.85))
    vice = _adult_name(d, leader_style if d.chance(0.5) else KINH_CODE, d.chance(0.7))
    profile = CommuneProfileIn(
        province_code=province.code,
        province_name=province.name,
        commune_code=commune.code,
        commune_name=commune.name,
        agency_parent="ỦY BAN NHÂN DÂN",
        agency_name=default_agency_name(commune.name),
        place_name=default_place_name(commune.name),
        officer_name=officer,
        chairman_name=chairman,
        vice_chairman_name=vice,
        upper_recipient=f"Sở Y tế {_province_label(province.name)}",
    )

    # Schools; minority communes of the north send children to semi-boarding schools.
    preschools = _shuffled(_schools_with("Trường Mầm non"), d)[: 1 + d.index(2)]
    primary = _shuffled(_schools_with("Trường Tiểu học"), d)[: 1 + d.index(2)]
    secondary = _shuffled(_schools_with("Trường THCS"), d)[:1]
    if minority_commune and province.name not in _SOUTH:
        primary = _schools_with("Trường Phổ thông Dân tộc bán trú Tiểu học") + primary[:1]
        secondary = _schools_with("Trường Phổ thông Dân tộc bán trú THCS")
    high = _shuffled(_schools_with("Trường THPT"), d)[:1]
    return _CommunePlan(
        profile=profile,
        villages=villages,
        mix=mix,
        preschools=tuple(preschools),
        primary=tuple(primary),
        secondary=tuple(secondary),
        high=tuple(high),
    )


def _plan_villages(d: _Draws, province: str, minority_commune: bool) -> tuple[VillageIn, ...]:
    """8 to 20 villages: the region's own kind first, then thôn."""
    count = 8 + d.index(13)
    if province in _SOUTH:
        preferred = _villages_with("Ấp")
    elif minority_commune:
        preferred = _villages_with("Bản")
    elif province in _HIGHLANDS:
        preferred = _villages_with("Buôn", "Làng")
    else:
        preferred = _villages_with("Xóm")
    pool = _shuffled(preferred, d) + _shuffled(_villages_with("Thôn"), d)
    chosen = sorted(pool[:count], key=VILLAGE_NAMES.index)
    if province in _SOUTH:  # the south has no thôn: "Thôn Tân Lập" there is "Ấp Tân Lập"
        chosen = [n.replace("Thôn ", "Ấp ", 1) for n in chosen]
    return tuple(VillageIn(name=n, kind=_VILLAGE_KINDS[n.split(" ")[0]]) for n in chosen)


# --- names ----------------------------------------------------------------------------------

_SURNAMES = _Weighted(SURNAMES)


def _surname(d: _Draws, ethnicity: str) -> str:
    style = ETHNIC_NAME_STYLES.get(ethnicity)
    return d.weighted(_SURNAMES) if style is None else d.pick(style[0])


def _rest_of_name(d: _Draws, ethnicity: str, male: bool, adult: bool) -> str:
    """Everything after the surname: the middle name(s) and the given name."""
    style = ETHNIC_NAME_STYLES.get(ethnicity)
    if style is not None and d.chance(0.8 if adult else 0.5):
        # The group's own naming (the middle element is included, see demo_names).
        return d.pick(style[1] if male else style[2])
    if style is not None:
        # Many children of ethnic minorities now get a Vietnamese given name.
        given = d.pick(GIVEN_NAMES_MALE if male else GIVEN_NAMES_FEMALE)
        return f"{'Văn' if male else 'Thị'} {given}"
    if adult:
        given = d.pick(ADULT_GIVEN_NAMES_MALE if male else ADULT_GIVEN_NAMES_FEMALE)
    else:
        given = d.pick(GIVEN_NAMES_MALE if male else GIVEN_NAMES_FEMALE)
    # "Văn" and "Thị" are common for the parents' generation, rarer for children.
    plain = "Văn" if male else "Thị"
    if d.chance((0.55 if male else 0.6) if adult else (0.2 if male else 0.15)):
        middle = plain
    else:
        middle = d.pick(MIDDLE_NAMES_MALE if male else MIDDLE_NAMES_FEMALE)
    if middle == given:
        middle = plain
    if not adult and d.chance(0.07):  # a second middle name: "Nguyễn Ngọc Bảo Anh"
        extra = d.pick(MIDDLE_NAMES_MALE if male else MIDDLE_NAMES_FEMALE)
        if extra not in (middle, given, "Văn", "Thị"):
            middle = f"{middle} {extra}" if middle not in ("Văn", "Thị") else extra
    return f"{middle} {given}"


def _adult_name(d: _Draws, ethnicity: str, male: bool, surname: str | None = None) -> str:
    drawn = _surname(d, ethnicity)  # drawn even when given: the same draws either way
    return f"{surname or drawn} {_rest_of_name(d, ethnicity, male, adult=True)}"


# --- families -------------------------------------------------------------------------------

# What a family's situation is (per family, so per child too: it does not depend on size).
_NORMAL = "normal"
_SITUATIONS = _Weighted(
    [
        ("father_unknown", 1.0),
        ("father_dead", 1.3),
        ("mother_dead", 0.7),
        ("dead_and_missing", 0.03),
        ("dead_and_detained", 0.04),
        ("both_dead", 0.3),
        ("father_detained", 0.4),
        ("father_missing", 0.15),
        ("both_missing", 0.01),
        ("both_detained", 0.015),
        ("rights_restricted", 0.01),
        ("abandoned", 0.03),
        (_NORMAL, 100.0 - 3.985),
    ]
)
_FAMILY_SIZE = _Weighted([(1, 38.0), (2, 42.0), (3, 15.0), (4, 5.0)])
_GRANDPARENTS = ("Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại")
_RELATIVES = ("Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại", "Chú", "Bác", "Cô", "Dì", "Cậu")
_PATERNAL = {"Ông nội", "Chú", "Bác", "Cô"}  # carry the father's surname
_MATERNAL = {"Ông ngoại", "Cậu", "Dì"}  # carry the mother's surname
_MALE_RELATIONS = {"Bố", "Ông nội", "Ông ngoại", "Chú", "Bác", "Cậu"}
_NON_RELATIVE = "Người nhận chăm sóc thay thế"
_FACILITY = "Cơ sở trợ giúp xã hội"
_PHONE_PREFIXES = ("03", "05", "07", "08", "09")

# Ages in days: children of a family are spaced; the youngest is drawn over a range wide enough
# that every child's age is uniform over 0..16 years. Only children under 16 are written:
# 5,843 days are always less than 16 years (which have 5,844 days, four of them 29 February).
_AGE_LIMIT_DAYS = int(16 * YEAR_DAYS)
_MAX_GAP_DAYS = int(5 * YEAR_DAYS)


@dataclass
class _Village:
    id: int
    name: str


@dataclass
class _Family:
    ethnicity: str
    situation: str
    surname: str  # the children's
    father_name: str
    father_status: ParentStatus
    mother_name: str
    mother_status: ParentStatus
    caregiver_name: str
    caregiver_relationship: str
    caregiver_phone: str
    household: Household
    village: _Village
    address: str
    alternative_care: int  # the Nghị định 56 sub-group of group a / b, 0 otherwise
    ages: list[int]  # of the children to write, in days


def _parent_statuses(situation: str, father_first: bool) -> tuple[ParentStatus, ParentStatus]:
    living, dead = ParentStatus.LIVING, ParentStatus.DEAD
    match situation:
        case "father_unknown":
            return ParentStatus.UNKNOWN, living
        case "abandoned":
            return ParentStatus.UNKNOWN, ParentStatus.UNKNOWN
        case "father_dead":
            return dead, living
        case "mother_dead":
            return living, dead
        case "dead_and_missing" | "dead_and_detained":
            other = (
                ParentStatus.MISSING if situation == "dead_and_missing" else ParentStatus.DETAINED
            )
            return (dead, other) if father_first else (other, dead)
        case "both_dead":
            return dead, dead
        case "father_detained":
            return ParentStatus.DETAINED, living
        case "father_missing":
            return ParentStatus.MISSING, living
        case "both_missing":
            return ParentStatus.MISSING, ParentStatus.MISSING
        case "both_detained":
            return ParentStatus.DETAINED, ParentStatus.DETAINED
        case "rights_restricted":
            return ParentStatus.RIGHTS_RESTRICTED, ParentStatus.RIGHTS_RESTRICTED
    return living, living


# --- classifications ------------------------------------------------------------------------

_BASIS: dict[str, tuple[str, ...]] = {
    "hcdb_a": ("Biên bản xác minh của UBND xã; trích lục khai tử của cha và mẹ",),
    "mo_coi_cha_hoac_me": (
        "Biên bản xác minh của UBND xã; trích lục khai tử",
        "Biên bản xác minh của UBND xã",
    ),
    "hcdb_b": ("Biên bản về việc trẻ em bị bỏ rơi của UBND xã",),
    "hcdb_c": (
        "Biên bản xác minh của UBND xã",
        "Biên bản xác minh của UBND xã; xác nhận của trại giam",
    ),
    "hcdb_d": ("Giấy xác nhận khuyết tật do Chủ tịch UBND xã cấp",),
    "hcdb_dd": ("Kết quả xét nghiệm của Trung tâm Y tế khu vực",),
    "hcdb_e": ("Quyết định xử lý của cơ quan có thẩm quyền",),
    "hcdb_g": ("Xác nhận của cơ sở điều trị nghiện",),
    "hcdb_h": ("Biên bản xác minh của UBND xã; xác nhận của nhà trường",),
    "hcdb_i": ("Biên bản xác minh của UBND xã; kết luận giám định thương tích",),
    "hcdb_k": ("Biên bản xác minh của UBND xã; thông báo của Công an xã",),
    "hcdb_l": ("Thông báo của Công an xã; Biên bản xác minh của UBND xã",),
    "hcdb_m": ("Thông báo của cơ quan Công an về nạn nhân bị mua bán trở về",),
    "hcdb_n": ("Giấy ra viện, hồ sơ bệnh án; giấy chứng nhận hộ nghèo, hộ cận nghèo",),
    "hcdb_o": ("Biên bản xác minh của UBND xã",),
    "nguy_co": (
        "Biên bản xác minh của UBND xã",
        "Thông tin từ Tổng đài điện thoại quốc gia bảo vệ trẻ em 111; biên bản xác minh",
        "Phản ánh của nhà trường; biên bản xác minh của UBND xã",
    ),
    "bi_xam_hai": (
        "Thông báo của Công an xã; Biên bản xác minh của UBND xã",
        "Tin báo qua Tổng đài 111; Biên bản xác minh của UBND xã",
    ),
    "sktt_van_de": (
        "Kết luận khám của bệnh viện chuyên khoa tâm thần",
        "Phiếu khám của Trung tâm Y tế khu vực",
    ),
    "sktt_nguy_co_cao": (
        "Phiếu sàng lọc của Trạm Y tế xã",
        "Phiếu sàng lọc của nhà trường và Trạm Y tế xã",
    ),
}
_ABUSE_KINDS = _Weighted([(1, 50.0), (2, 8.0), (3, 20.0), (4, 2.0), (5, 20.0)])
# Groups whose children have a confidential note.
_SENSITIVE = {"bi_xam_hai", "hcdb_l", "hcdb_i", "hcdb_dd", "hcdb_m"}
_CONFIDENTIAL = (
    "Đã thông báo Công an xã; đang theo dõi an toàn của trẻ, không để người gây hại tiếp cận.",
    "Trẻ đang được tư vấn tâm lý; không cung cấp thông tin cho người ngoài gia đình.",
    "Thông tin về sức khỏe của trẻ chỉ chia sẻ với cán bộ y tế phụ trách.",
)
_MOVED_NOTES = (
    "Gia đình chuyển đi nơi khác sinh sống",
    "Chuyển đến ở với ông bà ở tỉnh khác",
    "Theo bố mẹ đi làm ăn xa",
)
_DEATH_NOTES = ("Đuối nước", "Bệnh nặng", "Tai nạn giao thông")

# (group, sub-group, start, end, basis)
_Group = tuple[str, int | None, date, date | None, str]


# --- the generator --------------------------------------------------------------------------


class _Generator:
    FAMILY_DRAWS = 80
    CHILD_DRAWS = 110

    def __init__(
        self,
        rng: random.Random,
        plan: _CommunePlan,
        villages: Sequence[_Village],
        profile: CommuneProfileIn,
        today: date,
        used_id_numbers: set[str],
    ) -> None:
        self.rng = rng
        self.plan = plan
        self.today = today
        self.villages = _Weighted([(v, 0.5 + rng.random() * 1.5) for v in villages])
        name = profile.commune_name
        self.commune_label = name[:1].lower() + name[1:]
        code = profile.province_code
        self.province_code = code if code.isdigit() else plan.profile.province_code
        self.other_provinces = [p.code for p in provinces()]
        self.used_id_numbers = used_id_numbers
        self.facility = f"Trung tâm Công tác xã hội {_province_label(profile.province_name)}"
        self.classifications = 0

    # --- families --------------------------------------------------------------------------
    def family(self) -> _Family:
        d = _Draws(self.rng, self.FAMILY_DRAWS)
        ethnicity = d.weighted(self.plan.mix)
        situation = d.weighted(_SITUATIONS)
        size = 1 if situation == "abandoned" else d.weighted(_FAMILY_SIZE)
        father_surname = _surname(d, ethnicity)
        mother_surname = _surname(d, ethnicity)
        father = f"{father_surname} {_rest_of_name(d, ethnicity, True, adult=True)}"
        mother = f"{mother_surname} {_rest_of_name(d, ethnicity, False, adult=True)}"
        surname = father_surname
        fs, ms = _parent_statuses(situation, father_first=d.chance(0.5))
        if situation == "father_unknown":
            father, surname = "", mother_surname
        elif situation == "abandoned":
            father, mother = "", ""
            surname = d.weighted(_SURNAMES) if ethnicity not in ETHNIC_NAME_STYLES else surname

        relationship, alternative = self._care(d, situation, fs, ms)
        caregiver = self._caregiver(d, relationship, ethnicity, father, mother, surname)
        phone = ""
        if caregiver and relationship != _FACILITY and d.chance(0.75):
            phone = d.pick(_PHONE_PREFIXES) + f"{d.index(100_000_000):08d}"

        u = d.u()
        poor, near = (0.04, 0.065) if ethnicity == KINH_CODE else (0.12, 0.10)
        household = Household.POOR if u < poor else (
            Household.NEAR_POOR if u < poor + near else Household.NONE
        )  # fmt: skip
        village = d.weighted(self.villages)

        # Ages: the youngest over a wide range, the others older by 1–5 years (twins now and
        # then); those born and under 16 are kept.
        age = -3 * _MAX_GAP_DAYS + d.index(_AGE_LIMIT_DAYS + 3 * _MAX_GAP_DAYS)
        ages = []
        for i in range(4):
            if i:
                age += 0 if d.chance(0.015) else int(YEAR_DAYS * d.between(1.2, 5.0))
            if i < size and 0 <= age < _AGE_LIMIT_DAYS:
                ages.append(age)
        return _Family(
            ethnicity=ethnicity,
            situation=situation,
            surname=surname,
            father_name=father,
            father_status=fs,
            mother_name=mother,
            mother_status=ms,
            caregiver_name=caregiver,
            caregiver_relationship=relationship,
            caregiver_phone=phone,
            household=household,
            village=village,
            address=f"{village.name}, {self.commune_label}",
            alternative_care=alternative,
            ages=ages,
        )

    @staticmethod
    def _care(d: _Draws, situation: str, fs: ParentStatus, ms: ParentStatus) -> tuple[str, int]:
        """Who looks after the children, and the sub-group it means for orphans (a) and
        abandoned children (b): 1 nobody, 2 a facility, 3 relatives, 4 a non-relative."""
        u = d.u()
        father_here = fs is ParentStatus.LIVING
        mother_here = ms is ParentStatus.LIVING
        if situation == "abandoned":
            return (_NON_RELATIVE, 2) if u < 0.6 else ("", 1)
        if father_here and mother_here:
            return ("Mẹ" if u < 0.62 else "Bố" if u < 0.85 else d.pick(_GRANDPARENTS)), 0
        if mother_here:
            grandparents = _GRANDPARENTS[2:] if situation == "father_unknown" else _GRANDPARENTS
            return ("Mẹ" if u < 0.85 else d.pick(grandparents)), 0
        if father_here:
            return ("Bố" if u < 0.7 else "Mẹ kế" if u < 0.75 else d.pick(_GRANDPARENTS)), 0
        if situation == "both_dead":
            relative = d.pick(_RELATIVES)
            if u < 0.8:
                return relative, 3
            if u < 0.88:
                return _FACILITY, 2
            return (_NON_RELATIVE, 4) if u < 0.95 else ("", 1)
        return d.pick(_RELATIVES), 0

    def _caregiver(
        self, d: _Draws, relationship: str, ethnicity: str, father: str, mother: str, surname: str
    ) -> str:
        if relationship == "Bố":
            return father
        if relationship == "Mẹ":
            return mother
        if relationship == _FACILITY:
            return self.facility
        if not relationship:
            return ""
        male = relationship in _MALE_RELATIONS
        if relationship in _PATERNAL:
            return _adult_name(d, ethnicity, male, surname=father.split(" ")[0] or surname)
        if relationship in _MATERNAL:
            return _adult_name(d, ethnicity, male, surname=mother.split(" ")[0] or None)
        return _adult_name(d, ethnicity, male if relationship != _NON_RELATIVE else d.chance(0.3))

    # --- children --------------------------------------------------------------------------
    def child(
        self, family: _Family, age_days: int, child_id: int, sibling_names: set[str]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The column values of one child and of its classifications."""
        d = _Draws(self.rng, self.CHILD_DRAWS)
        male = d.chance(0.515)
        sex = Sex.MALE if male else Sex.FEMALE
        name = self._name(d, family, male, sibling_names)
        birth = _birth(d, self.today - timedelta(days=age_days))
        years = age_days / YEAR_DAYS
        id_number = self._id_number(d, sex, birth)
        school, school_class = self._school(d, family, birth, years)
        registered, created = self._registration(d, birth)
        bhyt, expiry = self._health_insurance(d, family, birth, years, school)

        status, status_note = ChildStatus.ACTIVE, ""
        archived_at: datetime | None = None
        u, note_pick = d.u(), d.u()
        if u < 0.004:
            status, status_note = ChildStatus.MOVED_AWAY, _pick_u(_MOVED_NOTES, note_pick)
        elif u < 0.0045:
            status, status_note = ChildStatus.DECEASED, _pick_u(_DEATH_NOTES, note_pick)
            day = max(registered, self.today - timedelta(days=30))
            archived_at = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)

        notes = ""
        if (
            family.caregiver_relationship in _GRANDPARENTS
            and family.father_status is ParentStatus.LIVING
            and family.mother_status is ParentStatus.LIVING
        ):
            notes = "Bố mẹ đi làm ăn xa, trẻ ở với ông bà."
        groups = self._groups(d, family, birth, years, male)
        confidential = ""
        if any(g[0] in _SENSITIVE for g in groups):
            confidential = _pick_u(_CONFIDENTIAL, d.u())
        if any(g[0] == "hcdb_d" and g[1] in (1, 2) for g in groups):
            notes = (notes + " " if notes else "") + "Đang hưởng trợ cấp xã hội hằng tháng."
        if any(g[0] == "hcdb_h" for g in groups):  # left school to earn a living
            school, school_class = "", ""

        data = ChildIn.model_construct(
            full_name=name,
            sex=sex,
            birth=birth,
            id_number=id_number,
            ethnicity_code=family.ethnicity,
            village_id=family.village.id,
            address=family.address,
            school=school,
            school_class=school_class,
            father_name=family.father_name,
            father_status=family.father_status,
            mother_name=family.mother_name,
            mother_status=family.mother_status,
            caregiver_name=family.caregiver_name,
            caregiver_relationship=family.caregiver_relationship,
            caregiver_phone=family.caregiver_phone,
            household=family.household,
            bhyt_number=bhyt,
            bhyt_expiry=expiry,
            status=status,
            status_note=status_note,
            notes=notes,
            confidential_notes=confidential,
            registered_on=registered,
            over_age_reason="",
        )
        code = child_code(child_id)
        row = record_values(data) | keys_for(data, code)
        row.update(
            id=child_id,
            code=code,
            archived=archived_at is not None,
            archived_at=archived_at,
            archive_reason="Trẻ đã mất" if archived_at is not None else "",
            created_at=created,
            updated_at=created,
        )
        classification_rows = [
            {
                "child_id": child_id,
                "group_code": group_code,
                "subgroup": subgroup,
                "start_date": start,
                "end_date": end,
                "basis": basis,
                "note": "",
                "created_at": datetime.combine(max(start, registered), created.time()),
            }
            for group_code, subgroup, start, end, basis in groups
        ]
        return row, classification_rows

    @staticmethod
    def _name(d: _Draws, family: _Family, male: bool, sibling_names: set[str]) -> str:
        """The family's surname and a name no sibling has."""
        for _ in range(6):
            name = f"{family.surname} {_rest_of_name(d, family.ethnicity, male, adult=False)}"
            if name not in sibling_names:
                break
        else:  # the few names of the group's own style are taken: a Vietnamese given name
            name = f"{family.surname} {_rest_of_name(d, KINH_CODE, male, adult=False)}"
        sibling_names.add(name)
        return name

    def _id_number(self, d: _Draws, sex: Sex, birth: PartialDate) -> str:
        """The số định danh: most with a known day of birth have one; never for an estimated
        birth. Province of birth, century and sex, year, then a serial not used yet."""
        u = d.u()
        with_id = 0.75 if birth.day is not None else 0.0 if birth.estimated else 0.4
        province = self.province_code if d.chance(0.9) else d.pick(self.other_provinces)
        serial = d.index(1_000_000)
        if u >= with_id:
            return ""
        century = (birth.year // 100 - 19) * 2 + (1 if sex is Sex.FEMALE else 0)
        prefix = f"{int(province or 0) % 1000:03d}{century}{birth.year % 100:02d}"
        for step in range(1_000_000):  # the first free serial: no further draws
            number = f"{prefix}{(serial + step) % 1_000_000:06d}"
            if number not in self.used_id_numbers:
                self.used_id_numbers.add(number)
                return number
        return ""  # pragma: no cover - a million children born the same year here

    def _school(
        self, d: _Draws, family: _Family, birth: PartialDate, years: float
    ) -> tuple[str, str]:
        """School and class by the school year (a child enters grade 1 the year it turns 6)."""
        today = self.today
        minority = family.ethnicity != KINH_CODE
        level = (today.year if today.month >= 9 else today.year - 1) - birth.year
        letter = "ABCDE"[d.index(2 if minority else 4)]
        which = d.u()
        dropout = d.chance(0.08 if minority else 0.03) and years >= 11
        nursery = d.chance(0.3)
        plan = self.plan
        if 3 <= level <= 5:
            kindergarten = {3: "Mẫu giáo bé", 4: "Mẫu giáo nhỡ", 5: "Mẫu giáo lớn"}[level]
            return _pick_u(plan.preschools, which), kindergarten
        if level in (1, 2) and nursery:
            return _pick_u(plan.preschools, which), "Nhà trẻ"
        if 6 <= level <= 17 and not dropout:
            grade = level - 5
            schools = plan.primary if grade <= 5 else plan.secondary if grade <= 9 else plan.high
            return _pick_u(schools, which), f"{grade}{letter}"
        return "", ""

    def _registration(self, d: _Draws, birth: PartialDate) -> tuple[date, datetime]:
        """When the register was set up (up to 6 years ago) or soon after birth."""
        today = self.today
        back = int(d.u() * 6 * YEAR_DAYS)
        delay = int(d.u() * 120)
        registered = max(today - timedelta(days=back), birth.earliest + timedelta(days=delay))
        registered = min(registered, today)
        created = datetime.combine(registered, datetime.min.time()) + timedelta(
            hours=7 + d.index(10), minutes=d.index(60)
        )
        return registered, created

    def _health_insurance(
        self, d: _Draws, family: _Family, birth: PartialDate, years: float, school: str
    ) -> tuple[str, date | None]:
        """The BHYT card: free under 6, for poor and near-poor households, pupils' insurance,
        household insurance for some others."""
        today = self.today
        u = d.u()
        digits = f"{d.index(10_000_000_000):010d}"
        end_of_year = date(today.year - 1 if d.chance(0.06) else today.year, 12, 31)
        region = f"{int(self.province_code or 0) % 100:02d}"
        if years < 6:
            return f"TE1{region}{digits}", add_years(birth.latest, 6) - timedelta(days=1)
        if family.household is Household.POOR and u < 0.97:
            return f"HN2{region}{digits}", end_of_year
        if family.household is Household.NEAR_POOR and u < 0.95:
            return f"CN3{region}{digits}", end_of_year
        if school and u < 0.92:
            return f"HS4{region}{digits}", end_of_year
        if not school and u < 0.4:
            return f"GD4{region}{digits}", date(today.year + (u < 0.2), 12, 31)
        return "", None

    # --- classifications -------------------------------------------------------------------
    def _start(
        self, d: _Draws, birth: PartialDate, after_days: int = 0, years_back: int = 5
    ) -> date:
        """A start date after the birth (+ ``after_days``), within ``years_back``, not future."""
        today = self.today
        low = max(birth.latest + timedelta(days=after_days), add_years(today, -years_back))
        low = min(low, today)
        return low + timedelta(days=int(d.u() * (today - low).days))

    def _end(self, d: _Draws, start: date) -> date:
        return start + timedelta(days=int(d.u() * (self.today - start).days))

    def _groups(
        self, d: _Draws, family: _Family, birth: PartialDate, years: float, male: bool
    ) -> list[_Group]:
        """The groups of this child, consistent with the family."""
        out: list[_Group] = []

        def add(code: str, sub: int | None, start: date, end: date | None = None) -> None:
            out.append((code, sub, start, end, _pick_u(_BASIS[code], d.u())))

        # Orphans, abandoned children, children with nobody to rely on: from the family.
        s = family.situation
        orphan_start = self._start(d, birth, years_back=16)
        if s == "both_dead":
            add("hcdb_a", family.alternative_care, orphan_start)
        elif s in ("father_dead", "mother_dead", "dead_and_missing", "dead_and_detained"):
            add("mo_coi_cha_hoac_me", None, orphan_start)
            if s == "dead_and_missing":
                add("hcdb_c", 1, orphan_start)
            elif s == "dead_and_detained":
                add("hcdb_c", 3, orphan_start)
        elif s == "both_missing":
            add("hcdb_c", 4, orphan_start)
        elif s == "both_detained":
            add("hcdb_c", 9, orphan_start)
        elif s == "rights_restricted":
            add("hcdb_c", 12, orphan_start)
        elif s == "abandoned":
            add("hcdb_b", family.alternative_care, self._start(d, birth, years_back=16))

        # Disability: about 1.5 %, recognised some months after birth.
        if d.chance(0.015):
            sub = 1 if d.chance(0.2) else 2 if d.chance(0.5) else 3
            add("hcdb_d", sub, self._start(d, birth, after_days=180, years_back=10))

        # Mental health: 1 % with a problem, 2 % at high risk (school-age children).
        u = d.u()
        if years >= 5 and u < 0.0145:
            add("sktt_van_de", None, self._start(d, birth, after_days=5 * 365, years_back=4))
        elif years >= 6 and u < 0.0145 + 0.032:
            add("sktt_nguy_co_cao", None, self._start(d, birth, after_days=6 * 365, years_back=3))

        # At risk (more often where a parent is away or the household is poor), a fifth closed.
        risky = s != _NORMAL or family.household is not Household.NONE
        if d.u() < (0.06 if risky else 0.02):
            sub = 1 if d.chance(0.55) else 2 if d.chance(0.35) else 3
            start = self._start(d, birth, after_days=365, years_back=4)
            add("nguy_co", sub, start, self._end(d, start) if d.chance(0.2) else None)

        # Abused (0.3 % current), with the matching group of Điều 10 for some.
        if d.chance(0.004):
            sub = d.weighted(_ABUSE_KINDS)
            start = self._start(d, birth, after_days=365, years_back=4)
            closed = d.chance(0.25)
            add("bi_xam_hai", sub, start, self._end(d, start) if closed else None)
            follow = d.u()
            if sub == 3 and follow < 0.5:
                add("hcdb_l", 4 if d.chance(0.6) else 1 + d.index(3), start)
            elif sub == 1 and follow < 0.2:
                add("hcdb_i", None, start)
            elif sub == 2 and follow < 0.5 and years >= 8:
                add("hcdb_k", 1 + d.index(5), start)
            elif sub == 4:
                add("hcdb_m", 1 if d.chance(0.7) else 2, start)

        # Serious illness in a poor or near-poor household: 0.3 % of all children.
        if family.household is not Household.NONE and d.chance(0.025):
            sub = 1 if family.household is Household.POOR else 2
            add("hcdb_n", sub, self._start(d, birth, after_days=30, years_back=5))

        # Small groups.
        u = d.u()
        if u < 0.0002:
            add("hcdb_dd", None, self._start(d, birth, years_back=10))
        elif years >= 12 and u < 0.0002 + 0.0015 * (2 if male else 0.3):
            add("hcdb_e", 1 + d.index(4), self._start(d, birth, after_days=12 * 365, years_back=3))
        elif years >= 13 and u < 0.0022:
            add("hcdb_g", 2 if d.chance(0.7) else 1, self._start(d, birth, years_back=2))
        elif 11 <= years < 16 and u < 0.0022 + (0.008 if family.ethnicity != KINH_CODE else 0.003):
            sub = 2 if family.caregiver_name else 1
            add("hcdb_h", sub, self._start(d, birth, after_days=11 * 365, years_back=3))
        elif u > 1 - 0.00005:
            add("hcdb_o", 1, self._start(d, birth, years_back=1))

        self.classifications += len(out)
        return out


def _birth(d: _Draws, born: date) -> PartialDate:
    """Most births are known to the day; some only to the year or month, a few estimated."""
    u = d.u()
    if u < 0.06:
        return PartialDate(born.year)
    if u < 0.08:
        return PartialDate(born.year, born.month)
    if u < 0.10:
        return PartialDate(born.year, estimated=True)
    return PartialDate(born.year, born.month, born.day)


# --- writing --------------------------------------------------------------------------------


def generate_demo(
    db: Database,
    children: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    *,
    today: date | None = None,
    user: str | None = None,
) -> DemoSummary:
    """Write a demo commune: its profile and villages when missing, then ``children`` children
    appended to those already there. One transaction: all or nothing (``progress`` may raise to
    cancel). Returns what was written."""
    if children < 0 or children > MAX_DEMO_CHILDREN:
        raise InvalidInput(
            {"children": f"Số trẻ phải từ 0 đến {MAX_DEMO_CHILDREN:,}.".replace(",", ".")}
        )
    started = time.perf_counter()
    today = today or date.today()
    rng = random.Random(seed)
    plan = _plan_commune(rng)
    if progress:
        progress(0, children)
    with db.session() as s:
        profile = _ensure_profile(s, plan)
        villages = _ensure_villages(s, plan)
        # The write lock before the ids are read; the audit row comes last, once it is known.
        hold_write_lock(s)
        user = user or system_user()
        first_id = int(s.scalar(select(func.max(ChildRecord.id))) or 0) + 1
        used = set(s.scalars(select(ChildRecord.id_number).where(ChildRecord.id_number != "")))
        generator = _Generator(rng, plan, villages, profile, today, used)
        conn = s.connection()
        child_rows: list[dict[str, Any]] = []
        class_rows: list[dict[str, Any]] = []
        next_id = first_id

        def flush() -> None:
            if child_rows:
                conn.execute(insert(_CHILDREN_TABLE), child_rows)
            if class_rows:
                conn.execute(insert(_CLASSIFICATIONS_TABLE), class_rows)
            child_rows.clear()
            class_rows.clear()
            if progress:
                progress(next_id - first_id, children)

        end_id = first_id + children
        while next_id < end_id:
            family = generator.family()
            names: set[str] = set()
            for age in family.ages[: end_id - next_id]:
                row, groups = generator.child(family, age, next_id, names)
                child_rows.append(row)
                class_rows.extend(groups)
                next_id += 1
            if len(child_rows) >= BATCH_SIZE:
                flush()
        flush()

        # Cases, providers, services and referrals of these children (issue #3).
        from commune_care.services.demo_cases import generate_cases

        schools = (*plan.primary[:1], *plan.secondary[:1])
        village = villages[0].name if villages else ""
        cases = generate_cases(s, db, seed, children, first_id, profile, schools, village, today)
        # A few adoption referrals at every stage (issue #4).
        from commune_care.services.demo_adoption import generate_adoptions

        adoptions = generate_adoptions(s, seed, first_id, profile, today, user)
        # Carers, placements and follow-ups of alternative care (issue #4).
        from commune_care.services.demo_care import generate_care

        care = generate_care(s, seed, children, first_id, profile, today)
        # Activities, sponsorships and social-assistance payments (issue #9).
        from commune_care.services.demo_activities import generate_activities

        programme = generate_activities(
            s, seed, children, first_id, profile, [v.name for v in villages],
            [*plan.primary[:2], *plan.secondary[:1]], today,
        )  # fmt: skip
        # Every placement: care's, and those registered adoptions opened.
        placements = s.scalar(select(func.count()).select_from(PlacementRecord)) or 0

        first = child_code(first_id) if children else ""
        last = child_code(end_id - 1) if children else ""
        audit.record(
            s, user, "demo", "demo", None,
            {
                "summary": (
                    f"Tạo dữ liệu minh họa: {children} trẻ em, {generator.classifications} "
                    f"phân loại, {len(villages)} thôn/bản, {cases.cases} hồ sơ hỗ trợ, can "
                    f"thiệp, {cases.services} dịch vụ, {cases.referrals} chuyển gửi, "
                    f"{care.carers} người nhận chăm sóc thay thế, {care.placements} quyết định "
                    f"chăm sóc thay thế (seed {seed})"
                ),
                "children": children,
                "classifications": generator.classifications,
                "cases": cases.cases,
                "services": cases.services,
                "referrals": cases.referrals,
                "providers": cases.providers,
                "adoptions": adoptions,
                "carers": care.carers,
                "placements": placements,
                "follow_ups": care.follow_ups,
                "activities": programme.activities,
                "sponsorships": programme.sponsorships,
                "payments": programme.payments,
                "seed": seed,
                "first_code": first,
                "last_code": last,
            },
        )  # fmt: skip
    return DemoSummary(
        children=children,
        villages=len(villages),
        classifications=generator.classifications,
        seconds=round(time.perf_counter() - started, 3),
        seed=seed,
        commune=profile.commune_name,
        first_code=first,
        last_code=last,
        cases=cases.cases,
        services=cases.services,
        referrals=cases.referrals,
        providers=cases.providers,
        adoptions=adoptions,
        carers=care.carers,
        placements=placements,
        follow_ups=care.follow_ups,
        activities=programme.activities,
        sponsorships=programme.sponsorships,
        payments=programme.payments,
    )


def _ensure_profile(s: Session, plan: _CommunePlan) -> CommuneProfileIn:
    """The commune's profile; the planned one is written when there is none yet."""
    record = s.scalar(select(CommuneProfileRecord))
    if record is not None:
        return CommuneProfileIn.model_construct(
            **{f: getattr(record, f) for f in CommuneProfileIn.model_fields}
        )
    s.add(CommuneProfileRecord(id=1, updated_at=datetime.now(), **plan.profile.model_dump()))
    s.flush()
    return plan.profile


def _ensure_villages(s: Session, plan: _CommunePlan) -> list[_Village]:
    """The commune's active villages; the planned ones are written when there are none."""
    stmt = (
        select(VillageRecord.id, VillageRecord.name)
        .where(VillageRecord.active.is_(True))
        .order_by(VillageRecord.position, VillageRecord.id)
    )
    existing = [_Village(vid, name) for vid, name in s.execute(stmt)]
    if existing:
        return existing
    records = [
        VillageRecord(name=v.name, kind=v.kind.value, position=i, active=True)
        for i, v in enumerate(plan.villages)
    ]
    s.add_all(records)
    s.flush()
    return [_Village(r.id, r.name) for r in records]
