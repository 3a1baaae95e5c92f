"""Registering a carer and the steps of the registry (Nghị định 56 Điều 39–42, Luật Trẻ em
Điều 63): ``CarerFormDialog`` registers (Mẫu số 08, or a relative's notice of Điều 65.4) or
corrects a carer; ``MemberDialog`` / ``EndMemberDialog`` change the household;
``ConditionsDialog`` records the Điều 63.2 checklist on a day; ``VerificationDialog`` the
worker's verification (Mẫu số 11); ``ApprovalDialog`` the Chủ tịch's approval;
``StopCarerDialog`` takes a carer off the registry (kept, with the reason).

Each holds the saved ``CarerOut`` (or, for a member typed before the carer exists, the
``CarerMemberIn``) in ``saved`` after it is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.care import (
    CarerCondition,
    CarerKind,
    CarerRegistration,
    VerificationResult,
)
from commune_care.domain.dates import format_date
from commune_care.domain.enums import Sex
from commune_care.domain.schemas.care import (
    ApprovalIn,
    CarerIn,
    CarerMemberEndIn,
    CarerMemberIn,
    CarerMemberOut,
    CarerOut,
    CarerStopIn,
    ConditionsIn,
    VerificationIn,
)
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care.form import (
    CareDialog,
    ask_to_confirm,
    enum_combo,
    hint_label,
    row_of,
    set_combo,
)
from commune_care.ui.dialogs.child_dialog import fit_combo, select_data
from commune_care.ui.dialogs.providers_dialog import (
    fit_rows,
    make_table,
    selected_row,
    set_widths,
    table_item,
)
from commune_care.ui.widgets.date_edit import BirthDateEdit

# Who lives with the carer (the combo stays editable for anyone else).
MEMBER_RELATIONSHIPS = (
    "Vợ", "Chồng", "Con", "Con dâu", "Con rể", "Cháu", "Bố", "Mẹ", "Ông", "Bà", "Anh", "Chị",
    "Em",
)  # fmt: skip
MET, NOT_MET = "met", "not_met"


def birth_edit() -> BirthDateEdit:
    """A date of birth (full, month and year, or year only) without the child-age shortcut."""
    edit = BirthDateEdit()
    edit.age_label.hide()
    edit.age_spin.hide()
    return edit


def read_birth(edit: BirthDateEdit, field: str, errors: dict[str, str]) -> Any:
    """The value for the DTO (a ``PartialDate`` or None); a typing error goes to ``errors``."""
    if message := edit.error():
        errors[field] = message
        return None
    return edit.value()


def carer_line(carer: CarerOut) -> str:
    """A carer as one line of a list: name, year of birth, village, status."""
    parts = [carer.full_name]
    if carer.birth is not None:
        parts.append(str(carer.birth.year))
    if carer.village_name:
        parts.append(carer.village_name)
    parts.append(carer.status_label)
    return " · ".join(parts)


def short_text(text: str, chars: int = 90) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def member_text(member: CarerMemberOut | CarerMemberIn) -> str:
    born = member.birth.display() if member.birth is not None else ""
    return f"{member.full_name} ({member.relationship}{', ' + born if born else ''})"


# --- register / edit ----------------------------------------------------------------------------
class CarerFormDialog(CareDialog):
    """Register a carer (``carer`` None) with the household members known, or correct what the
    registry says of one (members, checklist, verification and approval have their own steps)."""

    MODEL = CarerIn
    WIDTH = 860
    HEIGHT = 680

    def __init__(
        self,
        ctx: AppContext,
        carer: CarerOut | None = None,
        parent: QWidget | None = None,
        registration: CarerRegistration | None = None,
        name: str = "",
    ) -> None:
        self.carer = carer
        self.members: list[CarerMemberIn] = []
        self._registration = registration
        self._name = name
        title = (
            self.tr("Register a carer (Mẫu 08)")
            if carer is None
            else self.tr("Edit carer: {0}").format(carer.full_name)
        )
        header = (
            self.tr(
                "A person or family who applied to take a child (Mẫu 08), or a relative who"
                " told the commune they care for the child (Điều 65.4). The conditions,"
                " verification and approval are recorded on the carer's record afterwards."
            )
            if carer is None
            else self.tr(
                "Correct or complete what the registry says. Household members, conditions,"
                " verification and approval are changed on the carer's record."
            )
        )
        super().__init__(ctx, parent, title, header)

    def build(self) -> None:
        self.kind_combo = self.add_combo(
            "kind", self.tr("Person or family *"), [(k.label, k.value) for k in CarerKind], 12
        )
        self.registration_combo = self.add_combo(
            "registration",
            self.tr("How registered *"),
            [(r.label, r.value) for r in CarerRegistration],
            46,
            popup=560,
        )
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.add_row(self.name_label, self.name_edit, "full_name")
        self._getters["full_name"] = self.name_edit.text
        self.track(self.name_edit.text)

        self.sex_combo = enum_combo([(s.label, s.value) for s in Sex], 10)
        self.birth_edit = birth_edit()
        born = QLabel(self.tr("Born *"))
        born.setBuddy(self.birth_edit.line_edit)
        sex_row = row_of(self.sex_combo, born, stretch=False)
        sex_row.addSpacing(4)
        sex_row.addWidget(self.birth_edit, 0)
        sex_row.addStretch(1)
        self.add_row(self.tr("Sex"), sex_row, "sex", "birth", focus=self.sex_combo)
        self.errors.set_focus_widget("birth", self.birth_edit.line_edit)
        self._getters["sex"] = self.sex_combo.currentData
        self.track(self.sex_combo.currentIndex)
        self.track(self.birth_edit.text)

        self.id_edit = self.add_line(
            "id_number", self.tr("Personal ID number"), 20,
            placeholder=self.tr("12 digits (optional)"),
        )  # fmt: skip
        self.id_edit.setMaximumWidth(self.id_edit.fontMetrics().horizontalAdvance("0" * 20) + 24)

        self.village_combo = QComboBox()
        self.village_combo.addItem(self.tr("— not in the commune / not chosen —"), None)
        current_village = self.carer.village_id if self.carer else None
        for village in self.ctx.commune.villages(include_inactive=True):
            if village.active or village.id == current_village:
                self.village_combo.addItem(village.name, village.id)
        fit_combo(self.village_combo, 22, 280)
        self.add_row(self.tr("Village"), row_of(self.village_combo), "village_id",
                     focus=self.village_combo)  # fmt: skip
        self._getters["village_id"] = self.village_combo.currentData
        self.track(self.village_combo.currentIndex)
        self.address_edit = self.add_line("address", self.tr("Address"), 255,
                                          placeholder=self.tr("House number, hamlet…"))  # fmt: skip
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setPlaceholderText("0912 345 678")
        self.occupation_edit = QLineEdit()
        self.occupation_edit.setMaxLength(150)
        occupation = QLabel(self.tr("Occupation"))
        occupation.setBuddy(self.occupation_edit)
        contact = row_of(self.phone_edit, occupation, stretch=False)
        contact.addWidget(self.occupation_edit, 1)
        self.add_row(self.tr("Phone"), contact, "phone", "occupation", focus=self.phone_edit)
        self.errors.set_focus_widget("occupation", self.occupation_edit)
        for field, edit in (("phone", self.phone_edit), ("occupation", self.occupation_edit)):
            self._getters[field] = edit.text
            self.track(edit.text)

        self.registered_label = QLabel()
        self.registered_edit = self.add_date("registered_on", self.registered_label)
        self.wishes_edit = self.add_text("wishes", self.tr("Wishes about the child to take"), 2)
        self.note_edit = self.add_text("note", self.tr("Note"), 2)

        self.members_box = QGroupBox(self.tr("Household members"))
        self.members_table = make_table(
            [self.tr("Full name"), self.tr("Relationship"), self.tr("Born"), self.tr("Agrees")]
        )
        set_widths(self.members_table, (220, 150, 110, 90), stretch=0)
        self.members_table.setMinimumHeight(90)
        self.members_table.setMaximumHeight(150)
        self.add_member_button = QPushButton(self.tr("Add member…"))
        self.remove_member_button = QPushButton(self.tr("Remove"))
        for button in (self.add_member_button, self.remove_member_button):
            button.setAutoDefault(False)
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.members_table.itemSelectionChanged.connect(self._update_member_buttons)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_member_button)
        buttons.addWidget(self.remove_member_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.members_table, 1)
        row.addLayout(buttons)
        box_layout = QVBoxLayout(self.members_box)
        box_layout.addWidget(
            hint_label(
                self.tr(
                    "The other people living in the household. Everyone must agree to take the"
                    " child (Điều 63.2.c)."
                )
            )
        )
        box_layout.addLayout(row)
        self.body_layout.addWidget(self.members_box)
        self.members_box.setVisible(self.carer is None)
        self.track(lambda: len(self.members))

        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_labels())
        self.registration_combo.currentIndexChanged.connect(lambda _i: self._update_labels())
        self._update_member_buttons()

    def _update_labels(self) -> None:
        family = self.kind_combo.currentData() == CarerKind.FAMILY.value
        self.name_label.setText(
            self.tr("Representative's full name *") if family else self.tr("Full name *")
        )
        notice = self.registration_combo.currentData() == CarerRegistration.RELATIVE_NOTICE.value
        self.registered_label.setText(
            self.tr("Date of the notice *") if notice else self.tr("Date of the application *")
        )

    def load(self) -> None:
        c = self.carer
        if c is None:
            set_combo(self.registration_combo, self._registration or CarerRegistration.APPLICATION)
            set_combo(self.sex_combo, Sex.UNKNOWN)
            self.name_edit.setText(self._name)
            self.registered_edit.set_date(date.today())
        else:
            set_combo(self.kind_combo, c.kind)
            set_combo(self.registration_combo, c.registration)
            self.name_edit.setText(c.full_name)
            set_combo(self.sex_combo, c.sex)
            self.birth_edit.set_value(c.birth)
            self.id_edit.setText(c.id_number)
            select_data(self.village_combo, c.village_id)
            self.address_edit.setText(c.address)
            self.phone_edit.setText(c.phone)
            self.occupation_edit.setText(c.occupation)
            self.registered_edit.set_date(c.registered_on)
            self.wishes_edit.setPlainText(c.wishes)
            self.note_edit.setPlainText(c.note)
        self._update_labels()
        self.kind_combo.setFocus()

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        return {"birth": read_birth(self.birth_edit, "birth", errors)}, errors

    def submit(self, data: Any, confirmed: bool = False) -> CarerOut:
        if self.carer is None:
            return self.ctx.care.register_carer(data, self.members, confirm_warnings=confirmed)
        return self.ctx.care.update_carer(self.carer.id, data, confirm_warnings=confirmed)

    def confirm_warnings(self, warnings: Sequence[str]) -> bool:
        return ask_to_confirm(
            self,
            warnings,
            title=self.tr("This carer may already be registered"),
            save_text=self.tr("Save as a new carer anyway"),
        )

    # --- members typed before the carer is saved ---------------------------------------
    def _fill_members(self) -> None:
        table = self.members_table
        table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            cells = (
                m.full_name,
                m.relationship,
                m.birth.display() if m.birth else "",
                self.tr("Yes") if m.agrees else self.tr("No"),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, table_item(text, row))
        fit_rows(table)
        self._update_member_buttons()

    def _update_member_buttons(self) -> None:
        self.remove_member_button.setEnabled(selected_row(self.members_table) is not None)

    def add_member(self) -> None:
        dialog = MemberDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.members.append(dialog.saved)
            self._fill_members()

    def remove_member(self) -> None:
        row = selected_row(self.members_table)
        if row is not None and row < len(self.members):
            del self.members[row]
            self._fill_members()


# --- household members ----------------------------------------------------------------------
class MemberDialog(CareDialog):
    """A member of the carer's household: saved at once for a registered carer, or handed back
    in ``saved`` (a ``CarerMemberIn``) for one being registered (``carer`` None)."""

    MODEL = CarerMemberIn
    WIDTH = 640

    def __init__(
        self, ctx: AppContext, carer: CarerOut | None, parent: QWidget | None = None
    ) -> None:
        self.carer = carer
        header = (
            self.tr("Household of {0}").format(carer.full_name)
            if carer is not None
            else self.tr("Added with the registration.")
        )
        super().__init__(ctx, parent, self.tr("Household member"), header)

    def build(self) -> None:
        self.name_edit = self.add_line("full_name", self.tr("Full name *"), 100)
        self.relationship_combo = QComboBox()
        self.relationship_combo.setEditable(True)
        self.relationship_combo.addItem("")
        for text in MEMBER_RELATIONSHIPS:
            self.relationship_combo.addItem(text)
        fit_combo(self.relationship_combo, 16)
        self.add_row(
            self.tr("Relationship to the carer *"),
            row_of(self.relationship_combo),
            "relationship",
            focus=self.relationship_combo,
        )
        self._getters["relationship"] = self.relationship_combo.currentText
        self.track(self.relationship_combo.currentText)
        self.birth_edit = birth_edit()
        self.add_row(self.tr("Born"), self.birth_edit, "birth", focus=self.birth_edit.line_edit)
        self.track(self.birth_edit.text)
        self.agrees_box = self.add_check(
            "agrees", self.tr("Agrees that the household takes a child (Điều 63.2.c)")
        )
        self.added_edit = self.add_date(
            "added_on",
            self.tr("Member since"),
            required=False,
            hint=self.tr("empty: the day the carer registered"),
        )
        self.note_edit = self.add_line("note", self.tr("Note"), 255)

    def load(self) -> None:
        self.agrees_box.setChecked(True)
        if self.carer is not None:
            self.added_edit.set_date(date.today())
        self.name_edit.setFocus()

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        return {"birth": read_birth(self.birth_edit, "birth", errors)}, errors

    def submit(self, data: Any, confirmed: bool = False) -> Any:
        if self.carer is None:
            return data
        return self.ctx.care.add_member(self.carer.id, data)


class EndMemberDialog(CareDialog):
    """A member left the household: from a day, with the reason (the row stays, dated)."""

    MODEL = CarerMemberEndIn
    WIDTH = 600
    SAVE_TEXT = ""

    def __init__(
        self, ctx: AppContext, member: CarerMemberOut, parent: QWidget | None = None
    ) -> None:
        self.member = member
        super().__init__(
            ctx,
            parent,
            self.tr("Member left the household"),
            self.tr("{0}, member since {1}").format(member_text(member),
                                                    format_date(member.added_on)),
        )  # fmt: skip

    def build(self) -> None:
        self.ended_edit = self.add_date("ended_on", self.tr("No longer a member from *"))
        self.reason_edit = self.add_line(
            "reason", self.tr("Reason *"), 255, placeholder=self.tr("E.g. moved away, married")
        )

    def load(self) -> None:
        self.ended_edit.set_date(date.today())
        self.reason_edit.setFocus()

    def submit(self, data: Any, confirmed: bool = False) -> CarerOut:
        return self.ctx.care.end_member(self.member.id, data)


# --- the checklist of Điều 63.2 ---------------------------------------------------------------
class ConditionsDialog(CareDialog):
    """The conditions of Điều 63.2 as checked on a day: each met, not met, or not checked this
    time (its earlier answer stays). The latest answer of each is shown beside it."""

    MODEL = ConditionsIn
    WIDTH = 1080
    HEIGHT = 680

    def __init__(self, ctx: AppContext, carer: CarerOut, parent: QWidget | None = None) -> None:
        self.carer = carer
        self.combos: dict[CarerCondition, QComboBox] = {}
        self.notes: dict[CarerCondition, QLineEdit] = {}
        super().__init__(
            ctx,
            parent,
            self.tr("Conditions of Điều 63.2: {0}").format(carer.full_name),
            self.tr(
                "Mark each condition checked today as met or not met, with what was seen (a"
                " paper, a visit, the police's answer…). Conditions not checked this time keep"
                " their last answer."
            ),
        )

    def build(self) -> None:
        self.checked_edit = self.add_date("checked_on", self.tr("Checked on *"))
        self.by_edit = self.add_line("checked_by", self.tr("Checked by *"), 150)
        self.all_met_button = QPushButton(self.tr("All met"))
        self.all_met_button.setAutoDefault(False)
        self.all_met_button.setToolTip(self.tr("Mark every condition as met"))
        self.all_met_button.clicked.connect(self.mark_all_met)

        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        heads = (self.tr("Condition (Điều 63.2)"), self.tr("Today"), self.tr("What was seen"),
                 self.tr("Last answer"))  # fmt: skip
        for column, text in enumerate(heads):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, column)
        latest = {c.condition: c for c in self.carer.conditions}
        for row, condition in enumerate(CarerCondition, start=1):
            label = QLabel(f"{condition.point}) {condition.label}")
            label.setWordWrap(True)
            label.setMinimumWidth(420)
            combo = QComboBox()
            combo.addItem(self.tr("— not checked —"), None)
            combo.addItem(self.tr("Met"), MET)
            combo.addItem(self.tr("Not met"), NOT_MET)
            fit_combo(combo, 12)
            combo.setAccessibleName(condition.label)
            note = QLineEdit()
            note.setMaxLength(255)
            note.setMinimumWidth(200)
            last = latest.get(condition)
            last_text = (
                self.tr("{0} on {1}").format(
                    self.tr("Met") if last.met else self.tr("Not met"), format_date(last.checked_on)
                )
                if last is not None
                else self.tr("never checked")
            )
            last_label = hint_label(last_text)
            if last is not None:
                last_label.setToolTip(f"{last.checked_by}: {last.note}" if last.note
                                      else last.checked_by)  # fmt: skip
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            grid.addWidget(last_label, row, 3)
            self.combos[condition] = combo
            self.notes[condition] = note
            self.track(combo.currentIndex)
            self.track(note.text)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        box = QGroupBox(self.tr("The checklist"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(row_of(self.all_met_button))
        box_layout.addWidget(self.errors.wrap(grid_box, "items"))
        self.body_layout.addWidget(box)

    def load(self) -> None:
        self.checked_edit.set_date(date.today())
        self.by_edit.setText(self.officer())
        self.combos[CarerCondition.RESIDENCE].setFocus()

    def mark_all_met(self) -> None:
        for combo in self.combos.values():
            select_data(combo, MET)

    def set_answer(self, condition: CarerCondition, met: bool | None, note: str = "") -> None:
        select_data(self.combos[condition], None if met is None else MET if met else NOT_MET)
        self.notes[condition].setText(note)

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        items = [
            {"condition": c.value, "met": combo.currentData() == MET,
             "note": self.notes[c].text()}
            for c, combo in self.combos.items()
            if combo.currentData() is not None
        ]  # fmt: skip
        return {"items": tuple(items)}, {}

    def submit(self, data: Any, confirmed: bool = False) -> CarerOut:
        return self.ctx.care.record_conditions(self.carer.id, data)


# --- verification and approval ----------------------------------------------------------------
class VerificationDialog(CareDialog):
    """The worker's verification of the carer (Mẫu số 11) and its result. "Eligible" needs every
    condition met and every member agreeing; the service says which are missing."""

    MODEL = VerificationIn
    WIDTH = 760

    def __init__(self, ctx: AppContext, carer: CarerOut, parent: QWidget | None = None) -> None:
        self.carer = carer
        super().__init__(ctx, parent, self.tr("Verification (Mẫu 11): {0}").format(carer.full_name))

    def build(self) -> None:
        c = self.carer
        unmet = c.unmet_conditions
        if not unmet:
            conditions = self.tr("All 8 conditions of Điều 63.2 are met.")
        else:
            conditions = self.tr(
                "{0} of 8 conditions of Điều 63.2 not met or not checked yet:"
            ).format(len(unmet))
            conditions += "\n" + "\n".join(f"• {u.point}) {short_text(u.label)}" for u in unmet)
        present = [m for m in c.members if m.active]
        refusing = [m.full_name for m in present if not m.agrees]
        if not present:
            members = self.tr("No other household member recorded.")
        elif refusing:
            members = self.tr("Not agreeing: {0}").format(", ".join(refusing))
        else:
            members = self.tr("All {0} household members agree.").format(len(present))
        self.conditions_label = hint_label(conditions)
        self.members_label = hint_label(members)
        self.add_row(self.tr("Conditions"), self.conditions_label, "conditions")
        self.add_row(self.tr("Household"), self.members_label, "members")
        self.verified_edit = self.add_date("verified_on", self.tr("Verified on *"))
        self.by_edit = self.add_line("verified_by", self.tr("Verified by *"), 150)
        self.result_combo = self.add_combo(
            "result",
            self.tr("Result *"),
            [(r.label, r.value) for r in VerificationResult],
            36,
        )
        self.result_combo.insertItem(0, self.tr("— choose the result —"), None)
        self.result_combo.setCurrentIndex(0)
        self.note_edit = self.add_text("note", self.tr("Remarks"), 4)

    def load(self) -> None:
        self.result_combo.setCurrentIndex(0)
        self.verified_edit.set_date(date.today())
        self.by_edit.setText(self.officer())
        self.result_combo.setFocus()

    def submit(self, data: Any, confirmed: bool = False) -> CarerOut:
        return self.ctx.care.record_verification(self.carer.id, data)


class ApprovalDialog(CareDialog):
    """The Chủ tịch approves the carer as eligible (Thông tư 14/2020 Điều 7.2, 8.5)."""

    MODEL = ApprovalIn
    WIDTH = 640

    def __init__(self, ctx: AppContext, carer: CarerOut, parent: QWidget | None = None) -> None:
        self.carer = carer
        v = carer.verification
        header = (
            self.tr("Verified on {0} by {1}: {2}").format(
                format_date(v.verified_on), v.verified_by, v.result_label
            )
            if v is not None
            else self.tr("Not verified yet (Mẫu 11).")
        )
        super().__init__(
            ctx, parent, self.tr("Chairman's approval: {0}").format(carer.full_name), header
        )

    def build(self) -> None:
        self.approved_edit = self.add_date("approved_on", self.tr("Approved on *"))
        self.by_edit = self.add_line("approved_by", self.tr("Approved by (Chairman) *"), 150)
        self.number_edit = self.add_line(
            "document_number", self.tr("Document number"), 50, placeholder="15/QĐ-UBND"
        )
        self.note_edit = self.add_line("note", self.tr("Note"), 255)

    def load(self) -> None:
        self.approved_edit.set_date(date.today())
        self.by_edit.setText(self.chairman())
        self.number_edit.setFocus()

    def submit(self, data: Any, confirmed: bool = False) -> CarerOut:
        return self.ctx.care.approve_carer(self.carer.id, data)


class StopCarerDialog(CareDialog):
    """The carer no longer takes children: from a day, with the reason (kept on the registry)."""

    MODEL = CarerStopIn
    WIDTH = 600

    def __init__(self, ctx: AppContext, carer: CarerOut, parent: QWidget | None = None) -> None:
        self.carer = carer
        super().__init__(
            ctx,
            parent,
            self.tr("Stop: {0}").format(carer.full_name),
            self.tr("The carer stays on the registry with this date and reason, and is no longer"
                    " offered for new placements."),
        )  # fmt: skip

    def build(self) -> None:
        self.stopped_edit = self.add_date("stopped_on", self.tr("Stopped on *"))
        self.reason_edit = self.add_line(
            "reason",
            self.tr("Reason *"),
            255,
            placeholder=self.tr("E.g. withdrew the application, moved away"),
        )

    def load(self) -> None:
        self.stopped_edit.set_date(date.today())
        self.reason_edit.setFocus()

    def submit(self, data: Any, confirmed: bool = False) -> CarerOut:
        return self.ctx.care.stop_carer(self.carer.id, data)


__all__ = [
    "ApprovalDialog",
    "CarerFormDialog",
    "ConditionsDialog",
    "EndMemberDialog",
    "MemberDialog",
    "StopCarerDialog",
    "VerificationDialog",
    "birth_edit",
    "carer_line",
    "member_text",
    "short_text",
]
