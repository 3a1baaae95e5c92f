"""Outgoing documents (văn bản đi): their types and symbols (Nghị định 30/2020 Phụ lục III), the
register's statuses, what a document belongs to, the signer's lines, and how the number, the
place-and-date line and an appendix's reference are written (Phụ lục I).

Stored values are stable ASCII codes; ``.label`` is the sentence-case name, ``.title`` the name in
capitals as it stands above the subject, ``.abbreviation`` the letters of the symbol.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

# The issuing body's abbreviation in a symbol ("05/KH-UBND"): Ủy ban nhân dân.
AGENCY_ABBREVIATION = "UBND"
# What stands for a number or a day not given yet on a draft (the văn thư writes it by hand).
BLANK = "\u00a0" * 6


class DocumentType(StrEnum):
    """The administrative document types of Nghị định 30/2020 Phụ lục III, mục I (copies and
    công văn aside: a công văn has no type name and its symbol names the drafting unit)."""

    NGHI_QUYET = "nghi_quyet"
    QUYET_DINH = "quyet_dinh"
    CHI_THI = "chi_thi"
    QUY_CHE = "quy_che"
    QUY_DINH = "quy_dinh"
    THONG_CAO = "thong_cao"
    THONG_BAO = "thong_bao"
    HUONG_DAN = "huong_dan"
    CHUONG_TRINH = "chuong_trinh"
    KE_HOACH = "ke_hoach"
    PHUONG_AN = "phuong_an"
    DE_AN = "de_an"
    DU_AN = "du_an"
    BAO_CAO = "bao_cao"
    BIEN_BAN = "bien_ban"
    TO_TRINH = "to_trinh"
    HOP_DONG = "hop_dong"
    CONG_DIEN = "cong_dien"
    BAN_GHI_NHO = "ban_ghi_nho"
    BAN_THOA_THUAN = "ban_thoa_thuan"
    GIAY_UY_QUYEN = "giay_uy_quyen"
    GIAY_MOI = "giay_moi"
    GIAY_GIOI_THIEU = "giay_gioi_thieu"
    GIAY_NGHI_PHEP = "giay_nghi_phep"
    PHIEU_GUI = "phieu_gui"
    PHIEU_CHUYEN = "phieu_chuyen"
    PHIEU_BAO = "phieu_bao"

    @property
    def label(self) -> str:
        return _TYPES[self][0]

    @property
    def abbreviation(self) -> str:
        return _TYPES[self][1]

    @property
    def type_name(self) -> str:
        """The type name as printed above the subject: capitals ('KẾ HOẠCH')."""
        return self.label.upper()

    def symbol(self, agency: str = AGENCY_ABBREVIATION) -> str:
        """'KH-UBND': the type's letters, a hyphen, the agency's letters (no spaces)."""
        return f"{self.abbreviation}-{agency}"


_TYPES: dict[DocumentType, tuple[str, str]] = {
    DocumentType.NGHI_QUYET: ("Nghị quyết", "NQ"),
    DocumentType.QUYET_DINH: ("Quyết định", "QĐ"),
    DocumentType.CHI_THI: ("Chỉ thị", "CT"),
    DocumentType.QUY_CHE: ("Quy chế", "QC"),
    DocumentType.QUY_DINH: ("Quy định", "QyĐ"),
    DocumentType.THONG_CAO: ("Thông cáo", "TC"),
    DocumentType.THONG_BAO: ("Thông báo", "TB"),
    DocumentType.HUONG_DAN: ("Hướng dẫn", "HD"),
    DocumentType.CHUONG_TRINH: ("Chương trình", "CTr"),
    DocumentType.KE_HOACH: ("Kế hoạch", "KH"),
    DocumentType.PHUONG_AN: ("Phương án", "PA"),
    DocumentType.DE_AN: ("Đề án", "ĐA"),
    DocumentType.DU_AN: ("Dự án", "DA"),
    DocumentType.BAO_CAO: ("Báo cáo", "BC"),
    DocumentType.BIEN_BAN: ("Biên bản", "BB"),
    DocumentType.TO_TRINH: ("Tờ trình", "TTr"),
    DocumentType.HOP_DONG: ("Hợp đồng", "HĐ"),
    DocumentType.CONG_DIEN: ("Công điện", "CĐ"),
    DocumentType.BAN_GHI_NHO: ("Bản ghi nhớ", "BGN"),
    DocumentType.BAN_THOA_THUAN: ("Bản thỏa thuận", "BTT"),
    DocumentType.GIAY_UY_QUYEN: ("Giấy ủy quyền", "GUQ"),
    DocumentType.GIAY_MOI: ("Giấy mời", "GM"),
    DocumentType.GIAY_GIOI_THIEU: ("Giấy giới thiệu", "GGT"),
    DocumentType.GIAY_NGHI_PHEP: ("Giấy nghỉ phép", "GNP"),
    DocumentType.PHIEU_GUI: ("Phiếu gửi", "PG"),
    DocumentType.PHIEU_CHUYEN: ("Phiếu chuyển", "PC"),
    DocumentType.PHIEU_BAO: ("Phiếu báo", "PB"),
}
# The types a commune's child-protection work issues, first in the lists the officer picks from.
COMMON_TYPES: tuple[DocumentType, ...] = (
    DocumentType.KE_HOACH,
    DocumentType.BAO_CAO,
    DocumentType.QUYET_DINH,
    DocumentType.THONG_BAO,
    DocumentType.TO_TRINH,
    DocumentType.BIEN_BAN,
    DocumentType.GIAY_MOI,
)


class DocumentStatus(StrEnum):
    DRAFT = "du_thao"
    ISSUED = "da_ban_hanh"
    CANCELLED = "da_huy"

    @property
    def label(self) -> str:
        return {
            DocumentStatus.DRAFT: "Dự thảo",
            DocumentStatus.ISSUED: "Đã ban hành",
            DocumentStatus.CANCELLED: "Đã hủy",
        }[self]


class EntityKind(StrEnum):
    """What a document is about: a case, a child, an alternative-care placement, a year."""

    CASE = "case"
    CHILD = "child"
    PLACEMENT = "placement"
    YEAR = "year"

    @property
    def label(self) -> str:
        return {
            EntityKind.CASE: "Hồ sơ hỗ trợ, can thiệp",
            EntityKind.CHILD: "Trẻ em",
            EntityKind.PLACEMENT: "Chăm sóc thay thế",
            EntityKind.YEAR: "Năm",
        }[self]


class SignerRole(StrEnum):
    """Who of the commune's leaders signs."""

    CHAIRMAN = "chu_tich"
    VICE_CHAIRMAN = "pho_chu_tich"

    @property
    def label(self) -> str:
        return {SignerRole.CHAIRMAN: "Chủ tịch", SignerRole.VICE_CHAIRMAN: "Phó Chủ tịch"}[self]


COLLECTIVE = "ỦY BAN NHÂN DÂN"
CHAIRMAN_TITLE = "CHỦ TỊCH"
VICE_CHAIRMAN_TITLE = "PHÓ CHỦ TỊCH"


def authority_lines(
    role: SignerRole, on_behalf: bool, collective: str = COLLECTIVE
) -> tuple[str, ...]:
    """The upper-case lines above the signature (Phụ lục I, mục II.7.b).

    ``on_behalf``: "TM. ỦY BAN NHÂN DÂN" — a document of the committee as a body (plans,
    reports, notices). Without it the document is the Chủ tịch's own (a Quyết định of the Chủ
    tịch UBND xã). A Phó Chủ tịch signs for the Chủ tịch: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
    """
    lines: list[str] = [f"TM. {collective}"] if on_behalf else []
    if role is SignerRole.CHAIRMAN:
        lines.append(CHAIRMAN_TITLE)
    else:
        lines += [f"KT. {CHAIRMAN_TITLE}", VICE_CHAIRMAN_TITLE]
    return tuple(lines)


def number_text(number: int | None) -> str:
    """'05' (numbers below 10 get a 0 in front); a blank for a draft."""
    return BLANK if number is None else f"{number:02d}"


def number_symbol(number: int | None, symbol: str) -> str:
    """'05/KH-UBND'."""
    return f"{number_text(number)}/{symbol}"


def date_words(day: date | None, year: int | None = None) -> str:
    """'ngày 05 tháng 3 năm 2024': day below 10 and months 1 and 2 with a 0 in front (Phụ lục
    I, mục II.4.b). ``None``: blanks for the day and month of a draft, in ``year``."""
    if day is None:
        return f"ngày{BLANK}tháng{BLANK}năm {year or date.today().year}"
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_and_date(place: str, day: date | None, year: int | None = None) -> str:
    """'Hòa Cư, ngày 05 tháng 3 năm 2024'."""
    return f"{place}, {date_words(day, year)}"


def appendix_reference(
    type_label: str, number: int | None, symbol: str, day: date | None, issuer: str,
    year: int | None = None,
) -> str:  # fmt: skip
    """'(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 3 năm 2024 của Ủy ban nhân dân xã Hòa
    Cư)' — the line under an appendix's title (Phụ lục I, mục III.1.c)."""
    kind = type_label[:1].upper() + type_label[1:].lower() if type_label else "Văn bản"
    of = f" của {issuer}" if issuer else ""
    return f"(Kèm theo {kind} số {number_symbol(number, symbol)} {date_words(day, year)}{of})"


def issuer_name(commune_name: str, collective: str = "Ủy ban nhân dân") -> str:
    """'Xã Hòa Cư' → 'Ủy ban nhân dân xã Hòa Cư' (how a reference names the issuing body)."""
    name = commune_name.strip()
    for prefix in ("Xã ", "Phường ", "Thị trấn ", "Đặc khu "):
        if name.startswith(prefix):
            name = prefix.lower() + name[len(prefix) :]
            break
    return f"{collective} {name}".strip()


_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
# Points of a clause: the Vietnamese alphabet (Phụ lục I, mục II.6.đ) — no f, j, w, z; đ after d.
POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"


def roman(n: int) -> str:
    """1 → 'I', 4 → 'IV' (sections and appendices)."""
    if n < 1:
        raise ValueError("roman numerals start at 1")
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def point_letter(n: int) -> str:
    """1 → 'a', 5 → 'đ', 24 → 'aa' (beyond the alphabet, doubled)."""
    if n < 1:
        raise ValueError("points start at 1")
    count = len(POINT_LETTERS)
    return POINT_LETTERS[(n - 1) % count] * ((n - 1) // count + 1)


__all__ = [
    "AGENCY_ABBREVIATION",
    "BLANK",
    "COMMON_TYPES",
    "DocumentStatus",
    "DocumentType",
    "EntityKind",
    "SignerRole",
    "appendix_reference",
    "authority_lines",
    "date_words",
    "issuer_name",
    "number_symbol",
    "number_text",
    "place_and_date",
    "point_letter",
    "roman",
]
