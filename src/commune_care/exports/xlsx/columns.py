"""Guess where a column goes from its header, as Vietnamese offices write headers: with or
without diacritics, in any case, with "và", commas and slashes ("Họ và tên", "HO TEN", "Họ tên
trẻ", "Ngày, tháng, năm sinh", "Thôn/xóm", "Nam/Nữ"), and two-level headers whose lower row says
"Nam" | "Nữ" under "Ngày sinh", or "Cha" | "Mẹ" under "Họ tên cha mẹ".

A template is recognised again by its *signature*: a digest of the folded header labels, so the
same sheet layout re-typed with other accents or case maps the same way.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from commune_care.domain.import_values import parse_groups
from commune_care.domain.schemas.children_import import ImportField
from commune_care.domain.textfold import collapse_spaces, fold

F = ImportField
MAX_LABEL = 80  # longer text is a title or a sentence, not a column header


def words(label: str) -> str:
    """'Ngày, tháng, năm sinh' → 'ngay thang nam sinh'."""
    return collapse_spaces(re.sub(r"[^a-z0-9]+", " ", fold(label)))


_EXACT: dict[str, ImportField] = {
    # numbering columns: recognised, never imported
    "stt": F.IGNORE, "tt": F.IGNORE, "so tt": F.IGNORE, "so thu tu": F.IGNORE, "ma": F.IGNORE,
    # names
    "ho va ten": F.FULL_NAME, "ho ten": F.FULL_NAME, "ten": F.FULL_NAME, "ho va ten tre": F.FULL_NAME,
    "ho ten tre": F.FULL_NAME, "ho ten tre em": F.FULL_NAME, "ho va ten tre em": F.FULL_NAME,
    "ten tre": F.FULL_NAME, "ten tre em": F.FULL_NAME, "ho ten cua tre": F.FULL_NAME,
    "ho va ten cua tre": F.FULL_NAME, "ho ten chau": F.FULL_NAME, "ho va ten chau": F.FULL_NAME,
    "cha": F.FATHER_NAME, "bo": F.FATHER_NAME, "me": F.MOTHER_NAME,
    # birth
    "ngay sinh": F.BIRTH, "nam sinh": F.BIRTH, "ngay thang nam sinh": F.BIRTH,
    "ngay thang sinh": F.BIRTH, "thang nam sinh": F.BIRTH, "sinh ngay": F.BIRTH, "ns": F.BIRTH,
    "ngay sinh nam sinh": F.BIRTH, "ngay thang nam": F.BIRTH, "nam sinh cua tre": F.BIRTH,
    "ngay": F.BIRTH_DAY, "thang": F.BIRTH_MONTH, "tuoi": F.AGE, "so tuoi": F.AGE,
    # sex
    "gioi tinh": F.SEX, "gt": F.SEX, "nam nu": F.SEX, "gioi": F.SEX, "nu": F.SEX_FEMALE,
    # place
    "dan toc": F.ETHNICITY, "dia chi": F.ADDRESS, "noi o": F.ADDRESS, "cho o": F.ADDRESS,
    "cho o hien nay": F.ADDRESS, "noi o hien nay": F.ADDRESS, "noi cu tru": F.ADDRESS,
    "dia chi thuong tru": F.ADDRESS, "thuong tru": F.ADDRESS, "noi thuong tru": F.ADDRESS,
    "dia chi cu tru": F.ADDRESS, "tam tru": F.ADDRESS, "dia chi noi o": F.ADDRESS,
    # school
    "truong": F.SCHOOL, "truong hoc": F.SCHOOL, "noi hoc": F.SCHOOL, "ten truong": F.SCHOOL,
    "hoc tai truong": F.SCHOOL, "truong lop": F.SCHOOL, "lop": F.SCHOOL_CLASS,
    "hoc lop": F.SCHOOL_CLASS, "dang hoc lop": F.SCHOOL_CLASS, "lop hoc": F.SCHOOL_CLASS,
    # groups, notes
    "doi tuong": F.GROUPS, "hoan canh": F.GROUPS, "hoan canh dac biet": F.GROUPS,
    "nhom": F.GROUPS, "phan loai": F.GROUPS, "dien": F.GROUPS, "dien doi tuong": F.GROUPS,
    "thuoc dien": F.GROUPS, "nhom doi tuong": F.GROUPS, "hoan canh cua tre": F.GROUPS,
    "hoan canh gia dinh": F.GROUPS, "loai doi tuong": F.GROUPS,
    "ghi chu": F.NOTES, "chu thich": F.NOTES,
}  # fmt: skip

_VILLAGE_WORDS = frozenset(
    [
        "thon",
        "xom",
        "ban",
        "to",
        "dan",
        "pho",
        "tdp",
        "ap",
        "khu",
        "tieu",
        "lang",
        "buon",
        "doi",
        "cum",
        "khom",
        "plei",
        "ten",
    ]
)


def _has(text: str, *phrases: str) -> bool:
    padded = f" {text} "
    return any(f" {p} " in padded for p in phrases)


def guess_label(label: str) -> ImportField | None:
    """The field a header names, or None when it names none we know."""
    text = words(label)
    if not text or len(label) > MAX_LABEL:
        return None
    if text in _EXACT:
        return _EXACT[text]
    if _has(text, "dinh danh", "cccd", "can cuoc", "ma dinh danh", "ddcn", "so dinh danh"):
        return F.ID_NUMBER
    if _has(text, "bhyt", "bao hiem y te", "the bhyt"):
        return None if _has(text, "han", "gia tri", "hieu luc") else F.BHYT_NUMBER
    if _has(text, "dien thoai", "sdt", "dt lien he", "so dt"):
        return F.CAREGIVER_PHONE
    if _has(text, "quan he"):
        return F.CAREGIVER_RELATIONSHIP
    if _has(text, "nguoi cham soc", "nguoi nuoi duong", "nguoi giam ho", "nguoi nuoi",
            "nguoi dang cham soc", "nguoi truc tiep cham soc"):  # fmt: skip
        return F.CAREGIVER_NAME
    father = _has(text, "cha", "bo")
    mother = _has(text, "me")
    other = _has(text, "tinh trang", "nghe nghiep", "nam sinh", "tuoi", "so", "con song", "mat")
    if father != mother and not other:
        return F.FATHER_NAME if father else F.MOTHER_NAME
    if father or mother:
        return None  # "Họ tên cha mẹ": the lower row says which
    if _has(text, "chu ho", "nguoi khai", "nguoi lap"):
        return None
    if _has(text, "ho va ten", "ho ten", "ten tre"):
        return F.FULL_NAME
    if _has(text, "ngay sinh", "nam sinh", "thang nam sinh"):
        return F.BIRTH
    if _has(text, "gioi tinh"):
        return F.SEX
    if _has(text, "dan toc"):
        return F.ETHNICITY
    if set(text.split()) <= _VILLAGE_WORDS:
        return F.VILLAGE
    if _has(text, "dia chi", "noi o", "cho o", "cu tru", "thuong tru"):
        return F.ADDRESS
    if _has(text, "lop") and not _has(text, "truong"):
        return F.SCHOOL_CLASS
    if _has(text, "truong"):
        return F.SCHOOL
    if _has(text, "ghi chu"):
        return F.NOTES
    if _has(text, "doi tuong", "hoan canh", "phan loai"):
        return F.GROUPS
    groups = parse_groups(label)
    if (groups.groups or groups.household) and groups.understood:
        return F.GROUPS  # a column headed by a group, ticked per child: "Khuyết tật", "Hộ nghèo"
    return None


def guess_column(top: str, sub: str = "", siblings: Sequence[str] = ()) -> ImportField | None:
    """The field of a column whose header is ``top`` over ``sub`` (a two-level header; ``sub``
    empty for one level). The lower label decides first, read with the upper one and with the
    other lower labels under it (``siblings``) as context; then both together; then the upper
    label alone."""
    own, upper = (sub, top) if sub.strip() else (top, "")
    text, up = words(own), words(upper)
    context = {words(s) for s in siblings}
    if text == "nam":
        # "Năm" (year) and "Nam" (male) fold the same: the diacritics decide, else the others.
        if own.strip().lower() == "năm" or context & {"ngay", "thang"}:
            return F.BIRTH_YEAR
        return F.SEX_MALE
    if text == "nu":
        return F.SEX_FEMALE
    if upper and text in ("ho ten", "ho va ten", "ten"):
        above = guess_label(upper)
        if above in (F.FATHER_NAME, F.MOTHER_NAME, F.CAREGIVER_NAME):
            return above
        father, mother = _has(up, "cha", "bo"), _has(up, "me")
        if father != mother:
            return F.FATHER_NAME if father else F.MOTHER_NAME
    field = guess_label(own)
    if field is not None or not upper:
        return field
    both = guess_label(f"{upper} {own}")
    if both is not None:
        return both
    above = guess_label(upper)
    # An upper label alone speaks for a column below it only when it names a whole field.
    return above if above in (F.GROUPS, F.NOTES, F.ADDRESS) else None


def column_letter(index: int) -> str:
    """0 → 'A', 26 → 'AA'."""
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def signature(labels: Sequence[str]) -> str:
    """The template's fingerprint: the folded labels in order, trailing empty columns ignored."""
    folded = [words(label) for label in labels]
    while folded and not folded[-1]:
        folded.pop()
    digest = hashlib.sha256("\x1f".join(folded).encode("utf-8")).hexdigest()
    return digest[:20]
