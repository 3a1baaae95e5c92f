"""One line of an Excel list → one ``ImportRow``: the child as the register's own ``ChildIn``
(validated by ``ChildrenService.validate``, never by rules of its own), its groups, and what
to tell the officer — why a line is refused, what was guessed, what was kept in the notes.

No I/O: the service streams the sheet and gives each line to ``RowReader.read``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Household, ParentStatus, Sex
from commune_care.domain.errors import InvalidInput
from commune_care.domain.import_values import (
    birth_from_age,
    birth_from_parts,
    cell_text,
    id_number_text,
    is_excel_error,
    is_mark,
    parse_birth,
    parse_ethnicity,
    parse_groups,
    parse_sex,
    phone_text,
    village_key,
)
from commune_care.domain.schemas.children import ClassificationIn
from commune_care.domain.schemas.children_import import (
    ImportField,
    ImportRow,
    RowStatus,
    SheetLayout,
)
from commune_care.domain.textfold import fold
from commune_care.services.children import ChildrenService

F = ImportField
_TEXT_FIELDS = {
    F.ADDRESS: "address", F.SCHOOL: "school", F.SCHOOL_CLASS: "school_class",
    F.FATHER_NAME: "father_name", F.MOTHER_NAME: "mother_name",
    F.CAREGIVER_NAME: "caregiver_name", F.CAREGIVER_RELATIONSHIP: "caregiver_relationship",
    F.BHYT_NUMBER: "bhyt_number",
}  # fmt: skip
# On the lower-case text as written (with or without diacritics): cheaper than folding each line.
_TOTAL = re.compile(r"^(?:t[oổ]ng|c[oộ]ng|total|sum|s[oố] l[uư][oợ]ng)(?:\W|$)")
_ROMAN = re.compile(r"^[ivxlc]+[.)]?$|^[a-z][.)]?$")
_ROMAN_HEADING = re.compile(r"^[ivxlc]+[.):-]\s")
_VILLAGE_HEADING = re.compile(
    r"^(?:thon|xom|ban|to dan pho|tdp|to|ap|khu pho|tieu khu|buon|lang|khu|doi|cum|khom|plei)\b"
)
FORMULA_HINT = "Hãy mở tệp bằng Excel, lưu lại rồi nhập lại."
# The order in which a row's messages are listed: a cell that cannot be read first (what the
# other messages may follow from), then the DTO's fields.
_ORDER = ("cells", "full_name", "birth", "sex", "id_number", "village_id", "ethnicity_code")


class VillageMatcher:
    """Villages of the commune found by name as lists write them: 'Thôn 01' = 'thôn 1' = '1'."""

    def __init__(self, villages: Sequence[tuple[int, str]]) -> None:
        self.names = [name for _, name in villages]
        self._exact: dict[str, int] = {}
        self._loose: dict[str, set[int]] = {}
        self._found: dict[str, int | None] = {}
        for village_id, name in villages:
            self._exact.setdefault(fold(name), village_id)
            self._loose.setdefault(village_key(name), set()).add(village_id)

    def find(self, text: str) -> int | None:
        """The village's id, or None when no village (or more than one) has that name."""
        if not text:
            return None
        if text in self._found:
            return self._found[text]
        found = self._exact.get(fold(text))
        if found is None:
            ids = self._loose.get(village_key(text), set())
            found = next(iter(ids)) if len(ids) == 1 else None
        if len(self._found) < 10_000:
            self._found[text] = found
        return found

    def known(self) -> str:
        return ", ".join(self.names) if self.names else "(xã chưa có thôn/bản nào)"

    def unknown_message(self, text: str) -> str:
        return (
            f"Thôn/bản «{text}» không có trong danh sách của xã. Các thôn/bản đã có: "
            f"{self.known()}. Hãy thêm thôn này (Cài đặt → Thôn/bản) rồi nhập lại, hoặc sửa tên "
            "thôn trong tệp."
        )


@dataclass
class RowReader:
    layout: SheetLayout
    villages: VillageMatcher
    today: date
    uncached: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 1-based
    # A heading line "THÔN ĐÔNG" above a group of lines: its village (id, or None and the name
    # as written when the commune has no such village).
    _heading: tuple[int | None, str] = (None, "")

    def __post_init__(self) -> None:
        self.width = len(self.layout.columns)
        self.columns: dict[ImportField, list[int]] = {}
        for index, target in enumerate(self.layout.mapping):
            if target is not F.IGNORE:
                self.columns.setdefault(target, []).append(index)
        self.group_labels = [
            self._own_label(c.label) for c in self.layout.columns
        ]  # a ticked group column means its header
        name = self.layout.file_name
        self.basis = f"Danh sách Excel «{name[:150]}»"
        self._mapped = frozenset(i for i, m in enumerate(self.layout.mapping) if m is not F.IGNORE)
        self._texts: list[str] = []

    @staticmethod
    def _own_label(label: str) -> str:
        return label.rsplit(" / ", 1)[-1]

    # --- the cells of one row ------------------------------------------------------------
    def _first(self, cells: Sequence[Any], target: ImportField) -> Any:
        """The value of the first column of ``target`` that is not empty in this line."""
        for index in self.columns.get(target, ()):
            if self._texts[index]:
                return cells[index]
        return None

    def _text(self, cells: Sequence[Any], target: ImportField) -> str:
        for index in self.columns.get(target, ()):
            if text := self._texts[index]:
                return text
        return ""

    def _letter(self, index: int) -> str:
        return self.layout.columns[index].letter

    # --- lines that are not children -----------------------------------------------------
    def _skip_reason(self, name: str) -> str | None:
        texts = self._texts
        for text in (*texts[:4], name):
            if text and _TOTAL.match(text.lower()):
                return "Dòng tổng cộng, không phải một trẻ."
        filled = [i for i in self._mapped if texts[i]]
        names = self.columns.get(F.FULL_NAME, [])
        if not names or filled != names[:1] or not name:
            return None
        # Only a name: a heading over a group of lines ("I. THÔN ĐÔNG", "Xóm 3")?
        others = [fold(t) for i, t in enumerate(texts) if t and i not in self._mapped]
        folded = fold(name)
        bare = re.sub(r"^[ivxlc]+[.):-]\s*", "", folded)
        village = self.villages.find(bare)
        names_village = village is not None or _VILLAGE_HEADING.match(bare) is not None
        heading = (
            names_village
            or _ROMAN_HEADING.match(folded) is not None
            or any(_ROMAN.match(o) for o in others)
        )
        if not heading:
            return None
        if names_village:
            shown = re.sub(r"^[IVXLCivxlc]+[.):-]\s*", "", name)
            self._heading = (village, "" if village is not None else shown)
        return f"Dòng tiêu đề nhóm «{name}», không phải một trẻ."

    # --- one line ------------------------------------------------------------------------
    def read(self, number: int, values: Sequence[Any]) -> ImportRow | None:
        """The line's ``ImportRow``; None for a blank line."""
        cells = tuple(values[: self.width]) + (None,) * max(0, self.width - len(values))
        self._texts = texts = [cell_text(v) for v in cells]
        if not any(texts) and not any((number, i + 1) in self.uncached for i in range(self.width)):
            return None
        name_value = self._first(cells, F.FULL_NAME)
        name = self._text(cells, F.FULL_NAME)
        if (reason := self._skip_reason(name)) is not None:
            return ImportRow(number, RowStatus.SKIPPED, cells, name, (reason,))
        errors: dict[str, str] = {}
        warnings: list[str] = []
        notes: list[str] = []
        self._check_cells(number, cells, errors)
        if name_value is not None and not isinstance(name_value, str):
            errors["full_name"] = f"Họ và tên «{name}» không phải là tên người: kiểm tra lại cột."
        values_in: dict[str, Any] = {"full_name": name, "registered_on": self.today}
        birth, sex = self._birth_and_sex(cells, errors, warnings)
        values_in["birth"], values_in["sex"] = birth, sex
        for target, key in _TEXT_FIELDS.items():
            if target in self.columns:
                values_in[key] = self._text(cells, target)
        if F.ID_NUMBER in self.columns:
            number_text, padded = id_number_text(self._first(cells, F.ID_NUMBER))
            values_in["id_number"] = number_text
            if padded:
                warnings.append(
                    f"Số định danh {number_text}: Excel đã bỏ các số 0 ở đầu, đã thêm lại."
                )
        if F.CAREGIVER_PHONE in self.columns:
            values_in["caregiver_phone"] = phone_text(self._first(cells, F.CAREGIVER_PHONE))
        self._ethnicity(cells, values_in, warnings, notes)
        self._village(cells, values_in, errors)
        groups = self._groups(cells, values_in, warnings, notes)
        notes.extend(self._text_of_all(F.NOTES))
        if notes:
            values_in["notes"] = "\n".join(notes)
        child = None
        try:
            child = ChildrenService.validate(values_in)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}  # the cell's own message beats "enter a date"
        if errors:
            return ImportRow(
                number, RowStatus.REJECTED, cells, name, _ordered(errors), tuple(warnings)
            )
        assert child is not None
        warnings.extend(ChildrenService.warnings(child))
        classifications = tuple(
            ClassificationIn(group_code=code, subgroup=sub, start_date=self.today, basis=self.basis)
            for code, sub in groups
        )
        return ImportRow(
            number, RowStatus.READY, cells, name, (), tuple(warnings), child, classifications
        )

    def _check_cells(self, number: int, cells: Sequence[Any], errors: dict[str, str]) -> None:
        for index, target in enumerate(self.layout.mapping):
            if target is F.IGNORE:
                continue
            where = f"{self._letter(index)}{number}"
            if (number, index + 1) in self.uncached:
                errors["cells"] = (
                    f"Ô {where} là công thức chưa có giá trị đã tính (tệp chưa được mở và lưu bằng "
                    f"Excel). {FORMULA_HINT}"
                )
                return
            if is_excel_error(cells[index]):
                errors["cells"] = (
                    f"Ô {where} có lỗi công thức {cell_text(cells[index])}. Hãy sửa ô này trong "
                    "Excel rồi nhập lại."
                )
                return

    def _birth_and_sex(
        self, cells: Sequence[Any], errors: dict[str, str], warnings: list[str]
    ) -> tuple[PartialDate | None, Sex]:
        birth: PartialDate | None = None
        sex: Sex | None = None
        try:
            birth = parse_birth(self._first(cells, F.BIRTH))
            if birth is None and {F.BIRTH_YEAR, F.BIRTH_MONTH, F.BIRTH_DAY} & self.columns.keys():
                birth = birth_from_parts(
                    self._first(cells, F.BIRTH_DAY),
                    self._first(cells, F.BIRTH_MONTH),
                    self._first(cells, F.BIRTH_YEAR),
                )
        except ValueError as exc:
            errors["birth"] = str(exc)
        try:
            sex = parse_sex(self._first(cells, F.SEX))
        except ValueError as exc:
            errors["sex"] = str(exc)
        # Two columns "Nam" | "Nữ": a tick, or the date of birth written in the child's column.
        marked: list[Sex] = []
        for target, which in ((F.SEX_MALE, Sex.MALE), (F.SEX_FEMALE, Sex.FEMALE)):
            value = self._first(cells, target)
            if value is None:
                continue
            tick = is_mark(value)
            if tick:
                marked.append(which)
                continue
            if tick is False:
                continue
            try:
                written = parse_sex(value)
            except ValueError:
                written = None
            if written is not None:
                marked.append(written)
                continue
            marked.append(which)
            try:
                in_column = parse_birth(value)
            except ValueError as exc:
                errors["birth"] = str(exc)
                continue
            if birth is None:
                birth = in_column
        if len(set(marked)) > 1:
            errors["sex"] = "Dòng này ghi ở cả cột Nam và cột Nữ: hãy để lại một cột."
        elif marked and sex is None:
            sex = marked[0]
        if birth is None and "birth" not in errors and F.AGE in self.columns:
            try:
                birth = birth_from_age(self._first(cells, F.AGE), self.today)
            except ValueError as exc:
                errors["birth"] = str(exc)
        sex_columns = {F.SEX, F.SEX_MALE, F.SEX_FEMALE} & self.columns.keys()
        if sex is None and sex_columns and "sex" not in errors:
            warnings.append("Chưa ghi giới tính: để «Không rõ».")
        return birth, sex or Sex.UNKNOWN

    def _ethnicity(
        self, cells: Sequence[Any], values: dict[str, Any], warnings: list[str], notes: list[str]
    ) -> None:
        text = self._text(cells, F.ETHNICITY)
        try:
            code = parse_ethnicity(text)
        except ValueError:
            warnings.append(
                f"Dân tộc «{text}» không có trong danh mục 54 dân tộc: để trống, đã ghi vào Ghi chú."
            )
            notes.append(f"Dân tộc: {text}")
            return
        if code is not None:
            values["ethnicity_code"] = code

    def _village(
        self, cells: Sequence[Any], values: dict[str, Any], errors: dict[str, str]
    ) -> None:
        text = self._text(cells, F.VILLAGE)
        if text:
            village = self.villages.find(text)
            if village is None:
                errors["village_id"] = self.villages.unknown_message(text)
            values["village_id"] = village
            return
        address = values.get("address", "")
        if address:  # "Thôn Đông, xã Hòa Cư": the first part may name a village
            values["village_id"] = self.villages.find(re.split(r"[,;\-–]", address)[0].strip())
        if values.get("village_id") is None:
            village, unknown = self._heading
            values["village_id"] = village
            if unknown:
                errors["village_id"] = self.villages.unknown_message(unknown)

    def _text_of_all(self, target: ImportField) -> list[str]:
        return [self._texts[i] for i in self.columns.get(target, ()) if self._texts[i]]

    def _groups(
        self, cells: Sequence[Any], values: dict[str, Any], warnings: list[str], notes: list[str]
    ) -> list[tuple[str, int | None]]:
        found: list[tuple[str, int | None]] = []
        households: set[Household] = set()
        father_dead = mother_dead = False
        for index in self.columns.get(F.GROUPS, ()):
            value = cells[index]
            tick = is_mark(value)
            if tick is False:
                continue
            text = self.group_labels[index] if tick else self._texts[index]
            parsed = parse_groups(text)
            for group in parsed.groups:
                if group not in found:
                    found.append(group)
            if parsed.household is not None:
                households.add(parsed.household)
            father_dead = father_dead or parsed.father_dead
            mother_dead = mother_dead or parsed.mother_dead
            if not parsed.understood:
                label = self.group_labels[index]
                shown = text if tick else f"{label}: {text}"
                notes.append(shown)
                what = (
                    "Chưa hiểu hết" if parsed.groups or parsed.household else "Không nhận ra nhóm"
                )
                warnings.append(f"{what} trong «{text}»: đã ghi nguyên văn vào Ghi chú.")
        if len(households) == 1:
            values["household"] = households.pop()
        elif households:
            values["household"] = (
                Household.POOR if Household.POOR in households else Household.NEAR_POOR
            )
            warnings.append("Ghi cả hộ nghèo và hộ cận nghèo: đã lấy «Hộ nghèo».")
        if {c for c, _ in found} & {"hcdb_a"}:
            found = [g for g in found if g[0] != "mo_coi_cha_hoac_me"]
            father_dead = mother_dead = True
        if father_dead:
            values["father_status"] = ParentStatus.DEAD
        if mother_dead:
            values["mother_status"] = ParentStatus.DEAD
        return found


def _ordered(errors: dict[str, str]) -> tuple[str, ...]:
    keys = sorted(errors, key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER))
    messages: list[str] = []
    for key in keys:
        if errors[key] not in messages:
            messages.append(errors[key])
    return tuple(messages)
