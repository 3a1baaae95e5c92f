"""The decision to place a child in alternative care (Mẫu số 12; Nghị định 56 Điều 42), and a
change of carer or form that ends the current placement in the same save (Mẫu số 16).

``PlacementDialog`` picks the child (or has it given), the form, the term, the carer of the
registry (or a social-assistance facility), the decision, the handover, the start, the child's
view (required from 7) and, for a non-relative or a facility, why not a relative. On Save, the
blocks of ``CareService.decide_placement`` are shown at their fields and nothing is written;
its warnings are listed in ``WarningsDialog`` — "Save anyway" decides, "Go back" returns to the
form. After ``exec()``, ``saved`` holds the new ``PlacementOut``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.care import (
    CHILD_VIEW_AGE,
    HANDOVER_WORKING_DAYS,
    CareForm,
    CarerRegistration,
    CarerStatus,
    CareTerm,
    EndReason,
    age_range,
    handover_due,
)
from commune_care.domain.dates import format_date
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.care import (
    CarerFilter,
    CarerOut,
    PlacementEndIn,
    PlacementIn,
    PlacementOut,
)
from commune_care.domain.schemas.cases import CaseSummary
from commune_care.domain.schemas.children import ChildOut
from commune_care.domain.schemas.support import ProviderOut
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care.carer_forms import CarerFormDialog, carer_line
from commune_care.ui.dialogs.care.form import (
    REQUIRED_STYLE,
    CareDialog,
    ask_to_confirm,
    enum_combo,
    form_layout,
    hint_label,
    row_of,
    set_combo,
    text_edit,
)
from commune_care.ui.dialogs.case_steps.child_picker import ChildPickerDialog
from commune_care.ui.dialogs.child_dialog import fit_combo, select_data, show_user_error
from commune_care.ui.dialogs.providers_dialog import ProvidersDialog, add_provider_items
from commune_care.ui.dialogs.service_dialogs import case_text
from commune_care.ui.widgets.date_edit import DateLineEdit

# The relatives who usually take a child (Luật Trẻ em Điều 4.6: người thân thích); editable.
RELATIVE_RELATIONSHIPS = (
    "Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại", "Anh ruột", "Chị ruột", "Bác ruột",
    "Chú ruột", "Cô ruột", "Cậu ruột", "Dì ruột", "Thím", "Mợ", "Dượng",
)  # fmt: skip
PLACEMENT_FORMS = (CareForm.RELATIVE, CareForm.NON_RELATIVE, CareForm.FACILITY)
# The reasons a change of carer or form gives for ending the current placement.
CHANGE_REASONS = (
    EndReason.CHANGE_CARER,
    EndReason.CHANGE_FORM,
    EndReason.CARER_NOT_ELIGIBLE,
    EndReason.CARER_HARMED_CHILD,
    EndReason.CARER_REQUEST,
    EndReason.CHILD_HARMED_CARER,
    EndReason.CHILD_WISH,
    EndReason.OTHER,
)


def end_field(key: str) -> str:
    """The service's "end_current.<field>" as the name of this form's field."""
    if key.startswith("end_current."):
        return "end_" + key.split(".", 1)[1]
    return "end_general" if key == "end_current" else key


def placement_summary(p: PlacementOut) -> str:
    return f"{p.code}: {p.form.short_label}, {p.carer_name}, từ {format_date(p.start_date)}"


# --- choosing the carer -----------------------------------------------------------------------
class CarerPicker(QWidget):
    """A carer of the registry who can take a child (registered or verified eligible), for the
    form chosen: a relative, or a person or family who applied (Mẫu 08). "Register a carer…"
    adds one and chooses it. Under the list: where the carer stands."""

    carer_chosen = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: CareForm | None = None
        self.carers: dict[int, CarerOut] = {}
        self.combo = QComboBox()
        fit_combo(self.combo, 40, 520)
        self.combo.setAccessibleName(self.tr("Carer"))
        self.register_button = QPushButton(self.tr("Register a carer…"))
        self.register_button.setAutoDefault(False)
        self.register_button.setToolTip(
            self.tr("The carer is not on the registry yet: register and choose them here")
        )
        self.register_button.clicked.connect(self.register)
        self.info_label = hint_label()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.combo, 1)
        top.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.info_label)
        self.combo.currentIndexChanged.connect(self._on_changed)
        self.setFocusProxy(self.combo)

    def set_form(self, form: CareForm | None) -> None:
        self.form = form
        self.reload(self.carer_id())

    def reload(self, select_id: int | None = None) -> None:
        offered = [
            c
            for c in self.ctx.care.carers(CarerFilter(include_stopped=False))
            if c.status.can_take_children or c.id == select_id
        ]
        if self.form is CareForm.NON_RELATIVE:
            offered = [c for c in offered if c.registration is CarerRegistration.APPLICATION]
        self.carers = {c.id: c for c in offered}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("— choose a carer of the registry —"), None)
        for c in offered:
            self.combo.addItem(carer_line(c), c.id)
        self.combo.blockSignals(False)
        if select_id is not None:
            select_data(self.combo, select_id)
        self._on_changed()

    def carer_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def carer(self) -> CarerOut | None:
        chosen = self.carer_id()
        return self.carers.get(chosen) if chosen is not None else None

    def select(self, carer_id: int | None) -> None:
        select_data(self.combo, carer_id)

    def _on_changed(self, _index: int = -1) -> None:
        c = self.carer()
        self.info_label.setText(self.describe(c) if c is not None else self._empty_text())
        self.info_label.setVisible(bool(self.info_label.text()))
        self.carer_chosen.emit()

    def _empty_text(self) -> str:
        if len(self.carers) == 0:
            return self.tr("Nobody on the registry can take a child for this form yet.")
        return ""

    def describe(self, c: CarerOut) -> str:
        parts = [c.registration_label]
        v = c.verification
        if v is not None:
            parts.append(
                self.tr("verified on {0}: {1}").format(format_date(v.verified_on), v.result_label)
            )
        else:
            parts.append(self.tr("not verified yet (Mẫu 11)"))
        if c.approval is not None:
            parts.append(self.tr("approved on {0}").format(format_date(c.approval.approved_on)))
        elif c.registration is CarerRegistration.APPLICATION and c.status is CarerStatus.ELIGIBLE:
            parts.append(self.tr("not approved by the Chairman yet"))
        if c.current_placements:
            parts.append(self.tr("caring for {0} child(ren) now").format(c.current_placements))
        return " · ".join(parts)

    def register(self) -> None:
        registration = (
            CarerRegistration.RELATIVE_NOTICE
            if self.form is CareForm.RELATIVE
            else CarerRegistration.APPLICATION
        )
        dialog = CarerFormDialog(self.ctx, None, self, registration=registration)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(dialog.saved.id)
            self.combo.setFocus()


# --- the decision -----------------------------------------------------------------------------
class PlacementDialog(CareDialog):
    """A new placement of a child (``child_id`` given or picked), or — with ``change_from`` —
    a change of carer or form that ends the child's current placement in the same save."""

    MODEL = PlacementIn
    WIDTH = 940
    HEIGHT = 700

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        child_id: int | None = None,
        carer_id: int | None = None,
        change_from: PlacementOut | None = None,
    ) -> None:
        self.change_from = change_from
        self.child: ChildOut | None = None
        self.current: PlacementOut | None = None
        self.cases: list[CaseSummary] = []
        self.facilities: list[ProviderOut] = []
        self._child_id = change_from.child_id if change_from is not None else child_id
        self._carer_id = carer_id
        self._end_data: PlacementEndIn | None = None
        # Test seam: how a child is chosen with "Choose…".
        self.pick_child: Callable[[], int | None] = self._pick_child
        title = (
            self.tr("Change carer or form: {0}").format(change_from.code)
            if change_from is not None
            else self.tr("New alternative-care placement")
        )
        header = self.tr(
            "The decision to place the child (Mẫu 12). Relatives come first (Điều 60.4): a"
            " non-relative or a facility needs the reason why no relative takes the child."
        )
        super().__init__(ctx, parent, title, header)

    # --- building ----------------------------------------------------------------------
    def build(self) -> None:
        # the child
        self.child_label = QLabel()
        self.child_label.setWordWrap(True)
        self.child_label.setTextFormat(Qt.TextFormat.PlainText)
        self.child_button = QPushButton(self.tr("Choose…"))
        self.child_button.setAutoDefault(False)
        self.child_button.setToolTip(self.tr("Find the child in the register"))
        self.child_button.clicked.connect(self.choose_child)
        self.child_button.setVisible(self._child_id is None)
        self.child_note = hint_label("", REQUIRED_STYLE)
        child_box = QVBoxLayout()
        child_box.setSpacing(2)
        child_row = QHBoxLayout()
        child_row.addWidget(self.child_label, 1)
        child_row.addWidget(self.child_button)
        child_box.addLayout(child_row)
        child_box.addWidget(self.child_note)
        self.add_row(self.tr("Child *"), child_box, "child_id", focus=self.child_button)

        # form, term and who
        self.form_combo = self.add_combo(
            "form",
            self.tr("Form of care *"),
            [(f.label, f.value) for f in PLACEMENT_FORMS],
            46,
            popup=560,
        )
        self.form_combo.insertItem(0, self.tr("— choose the form —"), None)
        self.form_combo.setCurrentIndex(0)
        self.term_combo = self.add_combo(
            "term", self.tr("Term *"), [(t.label, t.value) for t in CareTerm], 12
        )
        self.term_combo.insertItem(0, self.tr("— choose —"), None)
        self.term_combo.setCurrentIndex(0)
        self.carer_picker = CarerPicker(self.ctx)
        self.carer_row = self.add_row(
            self.tr("Carer *"), self.carer_picker, "carer_id", focus=self.carer_picker.combo
        )
        self.track(self.carer_picker.combo.currentIndex)
        self.facility_combo = QComboBox()
        fit_combo(self.facility_combo, 40, 480)
        self.facility_combo.setAccessibleName(self.tr("Social-assistance facility"))
        self.providers_button = QPushButton(self.tr("Provider list…"))
        self.providers_button.setAutoDefault(False)
        self.providers_button.setToolTip(
            self.tr("Add the facility to the providers list (kind: social-assistance facility)")
        )
        self.providers_button.clicked.connect(self.manage_providers)
        self.facility_note = hint_label()
        facility_box = QVBoxLayout()
        facility_box.setSpacing(2)
        facility_box.addLayout(row_of(self.facility_combo, self.providers_button))
        facility_box.addWidget(self.facility_note)
        self.facility_row = self.add_row(
            self.tr("Facility *"), facility_box, "provider_id", focus=self.facility_combo
        )
        self.track(self.facility_combo.currentIndex)
        self.relationship_label = QLabel()
        self.relationship_combo = QComboBox()
        self.relationship_combo.setEditable(True)
        self.relationship_combo.addItem("")
        for text in RELATIVE_RELATIONSHIPS:
            self.relationship_combo.addItem(text)
        fit_combo(self.relationship_combo, 18)
        self.relationship_row = self.add_row(
            self.relationship_label,
            row_of(self.relationship_combo, self.tr("of the carer to the child")),
            "relationship",
            focus=self.relationship_combo,
        )
        self.track(self.relationship_combo.currentText)
        self.reason_edit = text_edit(3)
        self.reason_edit.setPlaceholderText(
            self.tr("E.g. the child has no relative; the grandmother is too ill to take him…")
        )
        self.reason_row = self.add_row(
            self.tr("Why not a relative *"), self.reason_edit, "non_relative_reason"
        )
        self.track(self.reason_edit.toPlainText)

        # the decision
        decision = QGroupBox(self.tr("Decision (Mẫu 12)"))
        decision_form = form_layout()
        decision.setLayout(decision_form)
        self.number_edit = self.add_line(
            "decision_number", self.tr("Number *"), 50, form=decision_form,
            placeholder="25/QĐ-UBND",
        )  # fmt: skip
        self.number_edit.setMaximumWidth(260)
        self.decision_date_edit = self.add_date(
            "decision_date", self.tr("Date *"), form=decision_form
        )
        self.signer_edit = self.add_line(
            "decision_signer", self.tr("Signed by *"), 150, form=decision_form
        )
        self.handover_hint = hint_label()
        self.handover_hint.setWordWrap(False)
        self.handover_edit = DateLineEdit()
        self.handover_row = self.add_row(
            self.tr("Handed over on"),
            row_of(self.handover_edit, self.handover_hint),
            "handover_date",
            focus=self.handover_edit,
            form=decision_form,
        )
        self.register_date("handover_date", self.handover_edit)
        self.start_edit = self.add_date(
            "start_date",
            self.tr("Care starts on"),
            required=False,
            form=decision_form,
            hint=self.tr("empty: the day of the decision"),
        )
        self.body_layout.addWidget(decision)

        # the child's view
        view = QGroupBox(self.tr("The child's view (Điều 60.3)"))
        view_form = form_layout()
        view.setLayout(view_form)
        self.view_requirement = hint_label()
        self.view_edit = text_edit(3)
        view_box = QVBoxLayout()
        view_box.setSpacing(2)
        view_box.addWidget(self.view_requirement)
        view_box.addWidget(self.view_edit)
        self.add_row(self.tr("View and wishes"), view_box, "child_view", focus=self.view_edit,
                     form=view_form)  # fmt: skip
        self._getters["child_view"] = self.view_edit.toPlainText
        self.track(self.view_edit.toPlainText)
        self.view_date_edit = self.add_date(
            "child_view_date", self.tr("Asked on"), required=False, form=view_form
        )
        self.body_layout.addWidget(view)

        if self.change_from is not None:
            self._build_end_box(self.change_from)

        # the rest
        more = QGroupBox(self.tr("Other"))
        more_form = form_layout()
        more.setLayout(more_form)
        self.case_combo = QComboBox()
        fit_combo(self.case_combo, 40)
        self.add_row(self.tr("Part of the case"), row_of(self.case_combo), "case_id",
                     focus=self.case_combo, form=more_form)  # fmt: skip
        self._getters["case_id"] = self.case_combo.currentData
        self.note_edit = self.add_text("note", self.tr("Note"), 2, form=more_form)
        self.body_layout.addWidget(more)

        self.form_combo.currentIndexChanged.connect(lambda _i: self._on_form())
        self.decision_date_edit.date_changed.connect(self._on_decision_date)

    def _build_end_box(self, current: PlacementOut) -> None:
        box = QGroupBox(self.tr("End of the current placement (Mẫu 16)"))
        form = form_layout()
        box.setLayout(form)
        form.addRow(self.tr("Now"), hint_label(placement_summary(current)))
        self.end_date_edit = self.add_date(
            "end_end_date",
            self.tr("Ends on"),
            required=False,
            form=form,
            hint=self.tr("empty: the day before the new care starts"),
        )
        self.end_reason_combo = enum_combo([(r.label, r.value) for r in CHANGE_REASONS], 46, 640)
        self.add_row(self.tr("Reason *"), self.end_reason_combo, "end_reason",
                     focus=self.end_reason_combo, form=form)  # fmt: skip
        self.track(self.end_reason_combo.currentIndex)
        self.end_request_edit = self.add_date(
            "end_request_date", self.tr("Carer's request (Mẫu 15) of"), required=False, form=form
        )
        self.end_number_edit = self.add_line(
            "end_decision_number", self.tr("Decision to end (Mẫu 16) No."), 50, form=form
        )
        self.end_decision_edit = self.add_date(
            "end_decision_date", self.tr("Decision to end dated"), required=False, form=form
        )
        self.end_note_edit = self.add_line("end_note", self.tr("Note on the end"), 1000, form=form)
        for field in ("end_end_date", "end_request_date", "end_decision_number",
                      "end_decision_date", "end_note"):  # fmt: skip
            del self._getters[field]  # read by end_values, not sent as the placement's
            self._date_errors.pop(field, None)
        self.end_reason_combo.currentIndexChanged.connect(lambda _i: self._on_end_reason())
        self.body_layout.addWidget(box)

    def load(self) -> None:
        self.decision_date_edit.set_date(date.today())
        self.signer_edit.setText(self.chairman())
        if self._child_id is not None:
            self.set_child(self._child_id)
        else:
            self._show_child()
        if self.change_from is not None:
            set_combo(self.form_combo, self.change_from.form)
            set_combo(self.term_combo, self.change_from.term)
            self._on_end_reason()
        self._on_form()
        if self._carer_id is not None:
            carer = self.ctx.care.carer(self._carer_id)
            form = (
                CareForm.RELATIVE
                if carer.registration is CarerRegistration.RELATIVE_NOTICE
                else CareForm.NON_RELATIVE
            )
            set_combo(self.form_combo, form)
            self.carer_picker.select(self._carer_id)
        (self.child_button if self._child_id is None else self.form_combo).setFocus()

    # --- the child ---------------------------------------------------------------------
    def _pick_child(self) -> int | None:
        dialog = ChildPickerDialog(self.ctx, self, self.tr("The child to place"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            return dialog.chosen.id
        return None

    def choose_child(self) -> None:
        child_id = self.pick_child()
        if child_id is not None:
            self.set_child(child_id)

    def set_child(self, child_id: int) -> None:
        try:
            self.child = self.ctx.children.get(child_id)
            self.current = self.ctx.care.current_placement(child_id)
            self.cases = self.ctx.cases.for_child(child_id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._child_id = child_id
        self.case_combo.clear()
        self.case_combo.addItem(self.tr("— not part of a case —"), None)
        for case in self.cases:
            self.case_combo.addItem(case_text(case), case.id)
        self._show_child()
        self._on_decision_date()

    def _show_child(self) -> None:
        c = self.child
        if c is None:
            self.child_label.setText(self.tr("No child chosen yet."))
            self.child_note.hide()
            return
        parts = [c.full_name, c.code]
        if c.birth is not None:
            parts.append(self.tr("born {0}").format(c.birth.display()))
            parts.append(self.tr("{0} years old").format(c.age))
        if c.village_name:
            parts.append(c.village_name)
        self.child_label.setText(" · ".join(parts))
        note = ""
        if self.current is not None and self.change_from is None:
            note = self.tr(
                "Already in alternative care ({0}). To move the child, open that placement and"
                " choose “Change carer or form…”."
            ).format(placement_summary(self.current))
        self.child_note.setText(note)
        self.child_note.setVisible(bool(note))

    # --- what depends on the form and the decision date --------------------------------
    def selected_form(self) -> CareForm | None:
        data = self.form_combo.currentData()
        return CareForm(data) if data else None

    def _on_form(self) -> None:
        form = self.selected_form()
        family = form is None or form.is_family
        facility = form is CareForm.FACILITY
        self.form.setRowVisible(self.carer_row, family)
        self.form.setRowVisible(self.facility_row, facility)
        self.form.setRowVisible(self.relationship_row, family)
        self.form.setRowVisible(self.reason_row, form in (CareForm.NON_RELATIVE, CareForm.FACILITY))
        self.relationship_label.setText(
            self.tr("Relationship *") if form is CareForm.RELATIVE else self.tr("Relationship")
        )
        self.handover_edit.setEnabled(family)
        self.handover_hint.setVisible(family)
        self.carer_picker.set_form(form)
        if facility and not self.facilities:
            self._load_facilities()
        if self.change_from is not None:
            wanted = (
                EndReason.CHANGE_CARER if form is self.change_from.form else EndReason.CHANGE_FORM
            )
            if self.end_reason_combo.currentData() in (
                EndReason.CHANGE_CARER.value,
                EndReason.CHANGE_FORM.value,
            ):
                set_combo(self.end_reason_combo, wanted)

    def _load_facilities(self, select_id: int | None = None) -> None:
        self.facilities = self.ctx.care.facilities()
        self.facility_combo.clear()
        self.facility_combo.addItem(self.tr("— choose the facility —"), None)
        add_provider_items(self.facility_combo, self.facilities)
        if select_id is not None:
            select_data(self.facility_combo, select_id)
        self.facility_note.setText(
            ""
            if self.facilities
            else self.tr(
                "No social-assistance facility in the providers list yet: add it with"
                " “Provider list…” (kind: social-assistance facility)."
            )
        )

    def manage_providers(self) -> None:
        dialog = ProvidersDialog(self.ctx, parent=self)
        dialog.exec()
        if dialog.changed:
            self._load_facilities(dialog.created_id or self.facility_combo.currentData())

    def _on_decision_date(self) -> None:
        decided = self.decision_date_edit.date()
        if decided is not None:
            self.handover_hint.setText(
                self.tr("due by {0}: {1} working days after the decision").format(
                    format_date(handover_due(decided)), HANDOVER_WORKING_DAYS
                )
            )
        else:
            self.handover_hint.setText(
                self.tr("within {0} working days of the decision").format(HANDOVER_WORKING_DAYS)
            )
        self._show_view_requirement(decided or date.today())

    def _show_view_requirement(self, on: date) -> None:
        c = self.child
        style = REQUIRED_STYLE
        if c is None:
            text = self.tr("Required when the child is {0} or older.").format(CHILD_VIEW_AGE)
            style = "QLabel { color: #666; }"
        elif c.birth is None:
            text = self.tr(
                "The date of birth is not known: record the child's view if the child is {0}"
                " or older."
            ).format(CHILD_VIEW_AGE)
        else:
            youngest, oldest = age_range(c.birth, on)
            if youngest >= CHILD_VIEW_AGE:
                text = self.tr(
                    "Required: the child is {0} years old on the day of the decision (from {1},"
                    " the child's view and its date must be recorded)."
                ).format(youngest, CHILD_VIEW_AGE)
            elif oldest >= CHILD_VIEW_AGE:
                text = self.tr(
                    "Probably required: the child may already be {0} on the day of the decision."
                ).format(CHILD_VIEW_AGE)
            else:
                text = self.tr("Not required: the child is under {0} (it can still be recorded).")
                text = text.format(CHILD_VIEW_AGE)
                style = "QLabel { color: #666; }"
        self.view_requirement.setText(text)
        self.view_requirement.setStyleSheet(style)

    def _on_end_reason(self) -> None:
        reason = EndReason(self.end_reason_combo.currentData())
        self.end_request_edit.setEnabled(reason.needs_request)

    # --- values ------------------------------------------------------------------------
    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        form = self.selected_form()
        family = form is None or form.is_family
        values: dict[str, Any] = {
            "child_id": self._child_id,
            "carer_id": self.carer_picker.carer_id() if family else None,
            "provider_id": self.facility_combo.currentData() if form is CareForm.FACILITY
            else None,
            "relationship": self.relationship_combo.currentText() if family else "",
            "non_relative_reason": self.reason_edit.toPlainText()
            if form in (CareForm.NON_RELATIVE, CareForm.FACILITY)
            else "",
        }  # fmt: skip
        errors: dict[str, str] = {}
        if self._child_id is None:
            errors["child_id"] = self.tr("Choose the child to place (“Choose…”).")
        if not family:
            values["handover_date"] = None
        return values, errors

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values, errors = super().raw_values()
        form = self.selected_form()
        if form is not None and not form.is_family:
            errors.pop("handover_date", None)
        return values, errors

    def end_values(self, start: date | None) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        for field, edit in (
            ("end_end_date", self.end_date_edit),
            ("end_request_date", self.end_request_edit),
            ("end_decision_date", self.end_decision_edit),
        ):
            if message := edit.error():
                errors[field] = message
        end = self.end_date_edit.date()
        if end is None and not self.end_date_edit.text().strip() and start is not None:
            end = start - timedelta(days=1)
        reason = EndReason(self.end_reason_combo.currentData())
        values = {
            "end_date": end,
            "reason": reason.value,
            "note": self.end_note_edit.text(),
            "request_date": self.end_request_edit.date() if reason.needs_request else None,
            "decision_number": self.end_number_edit.text(),
            "decision_date": self.end_decision_edit.date(),
        }
        return values, errors

    def validated(self) -> Any | None:
        values, errors = self.raw_values()
        data: PlacementIn | None = None
        try:
            data = self.ctx.care.validate(PlacementIn, values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        self._end_data = None
        if self.change_from is not None:
            start = values.get("start_date") or values.get("decision_date")
            end_values, end_errors = self.end_values(start)
            errors.update(end_errors)
            try:
                self._end_data = self.ctx.care.validate(PlacementEndIn, end_values)
            except InvalidInput as exc:
                for key, message in exc.errors.items():
                    errors.setdefault("end_" + key, message)
        if errors or data is None:
            self.show_errors(errors)
            return None
        return data

    def show_errors(self, errors: Mapping[str, str]) -> None:
        super().show_errors({end_field(k): v for k, v in errors.items()})

    def confirm_warnings(self, warnings: Sequence[str]) -> bool:
        return ask_to_confirm(
            self,
            warnings,
            title=self.tr("Please read before saving the decision"),
            intro=self.tr(
                "The decision is not saved yet. The law asks you to check these points; save"
                " it anyway only if the placement is right despite them."
            ),
        )

    def submit(self, data: Any, confirmed: bool = False) -> PlacementOut:
        return self.ctx.care.decide_placement(
            data, confirm_warnings=confirmed, end_current=self._end_data
        )


__all__ = [
    "CHANGE_REASONS",
    "PLACEMENT_FORMS",
    "CarerPicker",
    "PlacementDialog",
    "end_field",
    "placement_summary",
]
