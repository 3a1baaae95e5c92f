"""The dialogs of an adoption referral, one per step (Luật Nuôi con nuôi; issue #4).

They reuse the skeleton of the case steps (``case_steps/form.StepDialog``: error banner, fields
with their red messages, Enter saves, Ctrl+Enter from a multi-line field, Esc asks before
dropping what was typed). Each takes the app context and the referral (``None`` for a new
proposal) and after ``exec()`` holds the saved referral in ``saved``. Raw values go to
``AdoptionService.validate``; every Vietnamese message of ``InvalidInput`` is shown on its field
and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, ClassVar

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.adoption import (
    AdopterCondition,
    AdopterKind,
    AdopterRelation,
    ChildSituation,
    ConsentAnswer,
    ConsentRole,
    notice_end,
)
from commune_care.domain.dates import format_date
from commune_care.domain.enums import ParentStatus, Sex
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.adoption import (
    AdopterOut,
    AdoptersIn,
    AdoptersWithdrawalIn,
    AdoptionOut,
    ConsentIn,
    FileReceivedIn,
    NoticeIn,
    OpinionsIn,
    ProposalIn,
    RefusalIn,
    RegistrationIn,
    ReportIn,
    WithdrawalIn,
    condition_field,
)
from commune_care.domain.schemas.children import ChildSummary
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.case_steps.child_picker import ChildPickerDialog, child_line
from commune_care.ui.dialogs.case_steps.form import StepDialog, form_layout, officer_name
from commune_care.ui.widgets.date_edit import DateLineEdit

HINT_STYLE = "QLabel { color: #555; }"
WARNING_STYLE = (
    "QLabel { background: #fff4dc; color: #5c3b00; border: 1px solid #e0b34a; border-radius: 4px;"
    " padding: 4px 6px; }"
)
SEP = "__"  # "first__full_name": a person's field (FieldErrors splits on ".")


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class AdoptionStepDialog(StepDialog):
    """A step of a referral: ``self.adoption`` is the referral (None for a new proposal)."""

    def __init__(
        self,
        ctx: AppContext,
        adoption: AdoptionOut | None,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        self.adoption = adoption
        super().__init__(ctx, None, parent, title)
        layout = self.layout()
        item = layout.itemAt(0) if layout is not None else None
        header = item.widget() if item is not None else None
        if isinstance(header, QLabel):
            header.setText(
                self.tr("Referral {0} · {1} ({2})").format(
                    adoption.code, adoption.child_name, adoption.child_code
                )
                if adoption is not None
                else self.tr("A new referral is opened when this proposal is saved.")
            )

    def submit(self, data: Any) -> Any:
        """Call the service; returns the referral as saved (``AdoptionOut``)."""
        raise NotImplementedError

    @property
    def adoption_id(self) -> int:
        assert self.adoption is not None
        return self.adoption.id

    def validated(self) -> Any | None:
        values, errors = self.raw_values()
        try:
            data = self.ctx.adoptions.validate(self.MODEL, self.shape(values))
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        else:
            if not errors:
                return data
        self.show_errors(errors)
        return None

    def shape(self, values: dict[str, Any]) -> dict[str, Any]:
        """The raw values as the DTO takes them (nested for the adopters)."""
        return values


# --------------------------------------------------------------------------- proposal


class ProposeDialog(AdoptionStepDialog):
    """Propose a child of the register for adoption, with the reason. ``child`` pre-selects
    one (opened from the child's page)."""

    MODEL = ProposalIn
    WIDTH = 820
    HEIGHT = 520

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, child: ChildSummary | None = None
    ) -> None:
        self._child = child
        # Test seam: how a child is chosen.
        self.pick_child: Callable[[], ChildSummary | None] = self._pick_child
        super().__init__(ctx, None, parent)
        self.setWindowTitle(self.tr("Propose a child for adoption"))

    def build(self) -> None:
        self.child_label = QLabel(self.tr("— none chosen —"))
        self.child_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a child…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.child_label, 1)
        row.addWidget(self.choose_button)
        self.add_row(self.tr("Child *"), row, "child_id", focus=self.choose_button)
        self.track(lambda: self._child.id if self._child else None)
        self.situation_combo = self.add_combo(
            "situation",
            self.tr("Situation *"),
            [(s.label, s.value) for s in ChildSituation],
            chars=44,
        )
        self.date_edit = self.add_date("proposed_on", self.tr("Proposed on *"))
        self.by_edit = self.add_line("proposed_by", self.tr("Proposed by *"), 100)
        self.reason_edit = self.add_text("reason", self.tr("Reason *"), 90)
        self.form.addRow(
            "",
            _hint(
                self.tr(
                    "The reason is shown on the referral's page, never in the lists or the"
                    " change history."
                )
            ),
        )

    def load(self) -> None:
        self.date_edit.set_date(date.today())
        self.by_edit.setText(officer_name(self.ctx))
        self._update_child()
        (self.situation_combo if self._child else self.choose_button).setFocus()

    def _update_child(self) -> None:
        self.child_label.setText(
            child_line(self._child) if self._child else self.tr("— none chosen —")
        )

    def _pick_child(self) -> ChildSummary | None:
        dialog = ChildPickerDialog(self.ctx, self, self.tr("Choose the child to propose"))
        dialog.exec()
        return dialog.chosen

    def _choose(self) -> None:
        chosen = self.pick_child()
        if chosen is not None:
            self._child = chosen
        self._update_child()

    def set_child(self, child: ChildSummary | None) -> None:
        self._child = child
        self._update_child()

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        if self._child is None:
            return {"child_id": None}, {"child_id": self.tr("Choose the child to propose.")}
        return {"child_id": self._child.id}, {}

    def submit(self, data: ProposalIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.propose(data)


# --------------------------------------------------------------------------- notice


class NoticeDialog(AdoptionStepDialog):
    MODEL = NoticeIn
    WIDTH = 680
    HEIGHT = 360

    def build(self) -> None:
        self.setWindowTitle(self.tr("Public notice at the commune office (Điều 15.2.b)"))
        self.date_edit = self.add_date("start_on", self.tr("Posted on *"))
        self.end_label = _hint("")
        self.form.addRow("", self.end_label)
        self.place_edit = self.add_line("place", self.tr("Posted at *"), 255)
        self.note_edit = self.add_text("note", self.tr("Note"), 50)
        self.date_edit.date_changed.connect(self._update_end)

    def load(self) -> None:
        a = self.adoption
        if a is not None and a.notice is not None:
            self.date_edit.set_date(a.notice.start_on)
            self.place_edit.setText(a.notice.place)
            self.note_edit.setPlainText(a.notice.note)
        else:
            self.date_edit.set_date(date.today())
            self.place_edit.setText(NoticeIn.model_fields["place"].default)
        self._update_end()
        self.date_edit.setFocus()

    def _update_end(self) -> None:
        start = self.date_edit.date()
        self.end_label.setText(
            self.tr("The 60 days end on {0}.").format(format_date(notice_end(start)))
            if start
            else ""
        )

    def submit(self, data: NoticeIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.start_notice(self.adoption_id, data)


# --------------------------------------------------------------------------- adopters


class PersonBox(QGroupBox):
    """One person asking to adopt: identity, relation to the child, the dated conditions."""

    def __init__(self, dialog: AdoptersDialog, key: str, title: str) -> None:
        super().__init__(title)
        self.key = key
        self.dialog = dialog
        form = form_layout()
        QVBoxLayout(self).addLayout(form)
        d = dialog
        self.name_edit = d.add_line(f"{key}{SEP}full_name", self.tr("Full name *"), 100, form)
        self.sex_combo = d.add_combo(
            f"{key}{SEP}sex", self.tr("Sex *"), [(s.label, s.value) for s in (Sex.MALE, Sex.FEMALE)],
            chars=8, form=form,
        )  # fmt: skip
        self.birth_edit = d.add_line(f"{key}{SEP}birth", self.tr("Date of birth *"), 10, form)
        self.birth_edit.setPlaceholderText(self.tr("dd/mm/yyyy or yyyy"))
        self.birth_edit.setMaximumWidth(
            self.fontMetrics().horizontalAdvance("dd/mm/yyyy or yyyy") + 40
        )
        self.relation_combo = d.add_combo(
            f"{key}{SEP}relation",
            self.tr("Relation to the child *"),
            [(r.label, r.value) for r in AdopterRelation],
            chars=16,
            form=form,
        )
        self.id_edit = d.add_line(f"{key}{SEP}id_number", self.tr("Personal ID number"), 14, form)
        self.address_edit = d.add_line(f"{key}{SEP}address", self.tr("Permanent residence"), 255,
                                       form)  # fmt: skip
        self.phone_edit = d.add_line(f"{key}{SEP}phone", self.tr("Phone"), 20, form)
        form.addRow(_hint(self.tr("Conditions of Điều 14, the day each was confirmed (empty: not"
                                  " yet). Hover a condition for the law's words.")))  # fmt: skip
        self.condition_edits: dict[AdopterCondition, DateLineEdit] = {}
        for condition in AdopterCondition:
            edit = d.add_date(
                f"{key}{SEP}{condition_field(condition)}",
                f"{condition.short_label} ({condition.article.removeprefix('Điều ')})",
                required=False,
                form=form,
            )
            tip = condition.label
            if condition is AdopterCondition.MEANS:
                tip += "\n" + self.tr("Not needed for a step-parent or a blood aunt or uncle.")
            edit.setToolTip(tip)
            box = edit.parentWidget()  # the field's box, with its error line
            caption = form.labelForField(box) if box is not None else None
            if isinstance(caption, QLabel):
                caption.setToolTip(tip)
            self.condition_edits[condition] = edit
        self.today_button = QPushButton(self.tr("All confirmed today"))
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(self.confirm_all_today)
        form.addRow("", self.today_button)
        self.note_edit = d.add_text(f"{key}{SEP}note", self.tr("Note"), 40, form)

    def confirm_all_today(self) -> None:
        for edit in self.condition_edits.values():
            if edit.date() is None:
                edit.set_date(date.today())

    def set_value(self, person: AdopterOut) -> None:
        self.name_edit.setText(person.full_name)
        StepDialog.set_combo(self.sex_combo, person.sex)
        self.birth_edit.setText(person.birth.display())
        StepDialog.set_combo(self.relation_combo, person.relation)
        self.id_edit.setText(person.id_number)
        self.address_edit.setText(person.address)
        self.phone_edit.setText(person.phone)
        for condition, edit in self.condition_edits.items():
            edit.set_date(getattr(person, condition_field(condition)))
        self.dialog._set_text(f"{self.key}{SEP}note", person.note)


class AdoptersDialog(AdoptionStepDialog):
    """Who asks to adopt: one person, or both spouses of a married couple (Điều 8.3), with the
    checks of Điều 13, 14 run by the service on save."""

    MODEL = AdoptersIn
    WIDTH = 1080
    HEIGHT = 720

    def build(self) -> None:
        self.setWindowTitle(self.tr("People asking to adopt the child"))
        self.applied_edit = self.add_date("applied_on", self.tr("Application received on *"))
        self.kind_combo = self.add_combo(
            "kind", self.tr("Adopted by *"), [(k.label, k.value) for k in AdopterKind], chars=14
        )
        self.form.addRow(
            "",
            _hint(
                self.tr(
                    "Grandparents and siblings may not adopt (Điều 13.6). The adopter is at least"
                    " 20 years older than the child, except a step-parent or a blood aunt or"
                    " uncle (Điều 14.3)."
                )
            ),
        )
        people = QHBoxLayout()
        self.first_box = PersonBox(self, "first", self.tr("First person"))
        self.second_box = PersonBox(self, "second", self.tr("Husband or wife"))
        people.addWidget(self.first_box, 1)
        people.addWidget(self.second_box, 1)
        second_wrap = self.errors.wrap(people, "second")
        self.body_layout.addWidget(second_wrap)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_kind())

    def _set_text(self, field: str, text: str) -> None:
        box = self.first_box if field.startswith("first") else self.second_box
        box.note_edit.setPlainText(text)

    def load(self) -> None:
        a = self.adoption
        active = a.adopters if a is not None else ()
        if active:
            self.applied_edit.set_date(active[0].applied_on)
            self.set_combo(self.kind_combo, active[0].kind)
            self.first_box.set_value(active[0])
            if len(active) > 1:
                self.second_box.set_value(active[1])
        else:
            self.applied_edit.set_date(date.today())
            self.set_combo(self.kind_combo, AdopterKind.COUPLE)
            self.set_combo(self.second_box.sex_combo, Sex.FEMALE)
            for box in (self.first_box, self.second_box):
                self.set_combo(box.relation_combo, AdopterRelation.OTHER)
        self._update_kind()
        self.first_box.name_edit.setFocus()

    def _update_kind(self) -> None:
        couple = self.kind_combo.currentData() == AdopterKind.COUPLE.value
        self.second_box.setVisible(couple)

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values, errors = super().raw_values()
        if self.kind_combo.currentData() != AdopterKind.COUPLE.value:
            values = {k: v for k, v in values.items() if not k.startswith(f"second{SEP}")}
            errors = {k: v for k, v in errors.items() if not k.startswith(f"second{SEP}")}
        return values, errors

    def shape(self, values: dict[str, Any]) -> dict[str, Any]:
        flat: dict[str, Any] = {}
        people: dict[str, dict[str, Any]] = {}
        for key, value in values.items():
            if SEP in key:
                who, field = key.split(SEP, 1)
                people.setdefault(who, {})[field] = value
            else:
                flat[key] = value
        flat["first"] = people.get("first", {})
        flat["second"] = people.get("second")
        return flat

    def show_errors(self, errors: Mapping[str, str]) -> None:
        super().show_errors({k.replace(".", SEP, 1): v for k, v in errors.items()})

    def submit(self, data: AdoptersIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.save_adopters(self.adoption_id, data)


class WithdrawAdoptersDialog(AdoptionStepDialog):
    MODEL = AdoptersWithdrawalIn
    WIDTH = 620
    HEIGHT = 300

    def build(self) -> None:
        self.setWindowTitle(self.tr("The people asking to adopt withdrew"))
        if self.adoption is not None:
            self.form.addRow(_hint(self.adoption.adopter_names))
        self.date_edit = self.add_date("withdrawn_on", self.tr("Withdrawn on *"))
        self.reason_edit = self.add_text("reason", self.tr("Reason *"), 50)

    def load(self) -> None:
        self.date_edit.set_date(date.today())
        self.reason_edit.setFocus()

    def submit(self, data: AdoptersWithdrawalIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.withdraw_adopters(self.adoption_id, data)


# --------------------------------------------------------------------------- file, consents


class FileDialog(AdoptionStepDialog):
    MODEL = FileReceivedIn
    WIDTH = 680
    HEIGHT = 380

    def build(self) -> None:
        self.setWindowTitle(self.tr("File received (Điều 17, 18, 19)"))
        self.form.addRow(
            _hint(
                self.tr(
                    "The adopters' file (application, ID, judicial record, marital status, health"
                    " certificate, family situation) and the child's (birth certificate, health"
                    " certificate, two photos, the parents' documents). The opinions are due"
                    " within 10 days of the complete file."
                )
            )
        )
        self.date_edit = self.add_date("received_on", self.tr("Complete file received on *"))
        self.by_edit = self.add_line("received_by", self.tr("Received by *"), 100)
        self.note_edit = self.add_text("note", self.tr("Note"), 50)

    def load(self) -> None:
        a = self.adoption
        if a is not None and a.file is not None:
            self.date_edit.set_date(a.file.received_on)
            self.by_edit.setText(a.file.received_by)
            self.note_edit.setPlainText(a.file.note)
        else:
            self.date_edit.set_date(date.today())
            self.by_edit.setText(officer_name(self.ctx))
        self.date_edit.setFocus()

    def submit(self, data: FileReceivedIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.record_file(self.adoption_id, data)


class ConsentDialog(AdoptionStepDialog):
    """One opinion of Điều 21: a birth parent, the guardian, or the child from 9; for a birth
    parent who cannot be asked, why (with the document)."""

    MODEL = ConsentIn
    WIDTH = 720
    HEIGHT = 480
    _PARENT_ANSWERS: ClassVar[dict[ParentStatus, ConsentAnswer]] = {
        ParentStatus.DEAD: ConsentAnswer.DEAD,
        ParentStatus.MISSING: ConsentAnswer.MISSING,
        ParentStatus.UNKNOWN: ConsentAnswer.UNKNOWN,
    }

    def __init__(
        self,
        ctx: AppContext,
        adoption: AdoptionOut,
        parent: QWidget | None = None,
        role: ConsentRole | None = None,
    ) -> None:
        self._role = role
        self._parents: dict[ConsentRole, tuple[str, ParentStatus]] = {}
        try:
            child = ctx.children.get(adoption.child_id)
            self._parents = {
                ConsentRole.FATHER: (child.father_name, child.father_status),
                ConsentRole.MOTHER: (child.mother_name, child.mother_status),
            }
        except UserError:  # only a convenience: the form works without the names
            self._parents = {}
        super().__init__(ctx, adoption, parent)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Opinion of a person of Điều 21"))
        self.role_combo = self.add_combo(
            "role", self.tr("Whose opinion *"), [(r.label, r.value) for r in ConsentRole], 20
        )
        self.answer_combo = self.add_combo(
            "answer", self.tr("Opinion *"), [(a.label, a.value) for a in ConsentAnswer], 24
        )
        self.name_edit = self.add_line("person_name", self.tr("Full name"), 100)
        self.date_edit = self.add_date("given_on", self.tr("Given on"), required=False)
        self.counselled_check = self.add_check(
            "counselled",
            self.tr("Counselled in full by the commune beforehand (Điều 21.2)"),
        )
        self.basis_edit = self.add_line("basis", self.tr("Document (death certificate, court…)"))
        self.note_edit = self.add_text("note", self.tr("Note"), 40)
        self.form.addRow(
            "",
            _hint(
                self.tr(
                    "A birth parent consents at least 15 days after the birth (Điều 21.4). For a"
                    " parent who is dead, missing, incapacitated or unknown, choose that instead"
                    " of an opinion: the other parent, or the guardian, decides."
                )
            ),
        )
        self.role_combo.currentIndexChanged.connect(lambda _i: self._load_role())
        self.answer_combo.currentIndexChanged.connect(lambda _i: self._update_answer())

    def load(self) -> None:
        role = self._role or self._first_missing()
        self.set_combo(self.role_combo, role)
        self._load_role()
        self.answer_combo.setFocus()

    def _first_missing(self) -> ConsentRole:
        a = self.adoption
        done = {c.role for c in a.consents} if a is not None else set()
        needed = [ConsentRole.FATHER, ConsentRole.MOTHER]
        if a is not None:
            for finding in a.consents_missing:
                if finding.field in {r.value for r in ConsentRole}:
                    needed.append(ConsentRole(finding.field))
        return next((r for r in needed if r not in done), ConsentRole.FATHER)

    def _load_role(self) -> None:
        role = ConsentRole(self.role_combo.currentData())
        a = self.adoption
        existing = next((c for c in a.consents if c.role is role), None) if a else None
        if existing is not None:
            self.set_combo(self.answer_combo, existing.answer)
            self.name_edit.setText(existing.person_name)
            self.date_edit.set_date(existing.given_on)
            self.counselled_check.setChecked(existing.counselled)
            self.basis_edit.setText(existing.basis)
            self.note_edit.setPlainText(existing.note)
        else:
            name, status = self._parents.get(role, ("", ParentStatus.LIVING))
            if role is ConsentRole.CHILD and a is not None:
                name = a.child_name
            answer = self._PARENT_ANSWERS.get(status, ConsentAnswer.AGREED)
            self.set_combo(self.answer_combo, answer)
            self.name_edit.setText(name)
            self.date_edit.set_date(date.today())
            self.counselled_check.setChecked(False)
            self.basis_edit.clear()
            self.note_edit.clear()
        self._update_answer()

    def _update_answer(self) -> None:
        answer = ConsentAnswer(self.answer_combo.currentData())
        self.date_edit.setEnabled(answer.given)
        self.counselled_check.setEnabled(answer.given)
        self.basis_edit.setEnabled(not answer.given)

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        answer = ConsentAnswer(self.answer_combo.currentData())
        if answer.given:
            return {}, {}
        # No date, no counselling for a parent who cannot be asked.
        return {"given_on": None, "counselled": False}, {}

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values, errors = super().raw_values()
        if not ConsentAnswer(self.answer_combo.currentData()).given:
            errors.pop("given_on", None)
        return values, errors

    def submit(self, data: ConsentIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.record_consent(self.adoption_id, data)


class OpinionsDialog(AdoptionStepDialog):
    MODEL = OpinionsIn
    WIDTH = 700
    HEIGHT = 420

    def build(self) -> None:
        self.setWindowTitle(self.tr("Opinions collected (Điều 20)"))
        a = self.adoption
        if a is not None:
            lines = [f"{c.role.label}: {c.answer.label}" + (
                f" ({format_date(c.given_on)})" if c.given_on else "") for c in a.consents]  # fmt: skip
            lines += [f.message for f in a.consents_missing]
            summary = _hint("\n".join(lines) or self.tr("No opinion recorded yet."))
            self.form.addRow(self.tr("Opinions"), summary)
        self.date_edit = self.add_date("completed_on", self.tr("Completed on *"))
        self.by_edit = self.add_line("completed_by", self.tr("Collected by *"), 100)
        self.note_edit = self.add_text("note", self.tr("Note"), 50)

    def load(self) -> None:
        a = self.adoption
        if a is not None and a.opinions is not None:
            self.date_edit.set_date(a.opinions.completed_on)
            self.by_edit.setText(a.opinions.completed_by)
            self.note_edit.setPlainText(a.opinions.note)
        else:
            self.date_edit.set_date(date.today())
            self.by_edit.setText(officer_name(self.ctx))
        self.date_edit.setFocus()

    def submit(self, data: OpinionsIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.record_opinions(self.adoption_id, data)


# --------------------------------------------------------------------------- outcome


def _findings_label(adoption: AdoptionOut | None) -> QLabel | None:
    if adoption is None or not adoption.findings:
        return None
    label = QLabel("\n".join(f"• {f.message}" for f in adoption.findings))
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    return label


class RegisterDialog(AdoptionStepDialog):
    MODEL = RegistrationIn
    WIDTH = 760
    HEIGHT = 480

    def build(self) -> None:
        self.setWindowTitle(self.tr("Registration of the adoption (Điều 22.1)"))
        if (found := _findings_label(self.adoption)) is not None:
            self.form.addRow(self.tr("To check"), found)
        self.date_edit = self.add_date("registered_on", self.tr("Registered on *"))
        self.number_edit = self.add_line(
            "certificate_no", self.tr("Adoption certificate number *"), 50
        )
        self.handover_edit = self.add_date("handover_on", self.tr("Child handed over on *"))
        self.form.addRow(
            "",
            _hint(
                self.tr(
                    "The six reports of the adoptive parents are due every 6 months for 3 years"
                    " from the handover (Điều 23). The child's current placement becomes"
                    " «adopted»."
                )
            ),
        )
        self.note_edit = self.add_text("note", self.tr("Note"), 40)

    def load(self) -> None:
        self.date_edit.set_date(date.today())
        self.handover_edit.set_date(date.today())
        self.number_edit.setFocus()

    def submit(self, data: RegistrationIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.register(self.adoption_id, data)


class RefuseDialog(AdoptionStepDialog):
    MODEL = RefusalIn
    WIDTH = 700
    HEIGHT = 400

    def build(self) -> None:
        self.setWindowTitle(self.tr("Refusal in writing, with the reasons (Điều 22.2)"))
        self.date_edit = self.add_date("refused_on", self.tr("Refused on *"))
        self.number_edit = self.add_line("document_no", self.tr("Letter number"), 50)
        self.reasons_edit = self.add_text("reasons", self.tr("Reasons *"), 90)

    def load(self) -> None:
        self.date_edit.set_date(date.today())
        self.reasons_edit.setFocus()

    def submit(self, data: RefusalIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.refuse(self.adoption_id, data)


class WithdrawDialog(AdoptionStepDialog):
    MODEL = WithdrawalIn
    WIDTH = 660
    HEIGHT = 330

    def build(self) -> None:
        self.setWindowTitle(self.tr("Stop the referral"))
        self.form.addRow(
            _hint(
                self.tr(
                    "The referral ends and stays in the records with the reason. The child may"
                    " be proposed again later."
                )
            )
        )
        self.date_edit = self.add_date("withdrawn_on", self.tr("Stopped on *"))
        self.reason_edit = self.add_text("reason", self.tr("Reason *"), 60)

    def load(self) -> None:
        self.date_edit.set_date(date.today())
        self.reason_edit.setFocus()

    def submit(self, data: WithdrawalIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.withdraw(self.adoption_id, data)


class ReportDialog(AdoptionStepDialog):
    """One of the six post-adoption reports (Điều 23)."""

    MODEL = ReportIn
    WIDTH = 720
    HEIGHT = 420

    def __init__(
        self,
        ctx: AppContext,
        adoption: AdoptionOut,
        parent: QWidget | None = None,
        number: int | None = None,
    ) -> None:
        self._number = number
        super().__init__(ctx, adoption, parent)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Report on the adopted child (Điều 23)"))
        reports = self.adoption.reports if self.adoption is not None else ()
        items = []
        for r in reports:
            text = self.tr("Report {0} of 6 — due {1}").format(r.number, format_date(r.due_on))
            if r.received_on is not None:
                text += " " + self.tr("(received {0})").format(format_date(r.received_on))
            items.append((text, r.number))
        self.number_combo: QComboBox = self.add_combo(
            "number", self.tr("Report *"), items, chars=34
        )
        self.date_edit = self.add_date("received_on", self.tr("Received on *"))
        self.summary_edit = self.add_text(
            "summary", self.tr("What it says (health, growth, integration) *"), 100
        )
        self.number_combo.currentIndexChanged.connect(lambda _i: self._load_number())

    def load(self) -> None:
        reports = self.adoption.reports if self.adoption is not None else ()
        number = self._number or next(
            (r.number for r in reports if r.received_on is None),
            reports[0].number if reports else 1,
        )
        self.set_combo(self.number_combo, number)
        self._load_number()
        self.summary_edit.setFocus()

    def _load_number(self) -> None:
        reports = self.adoption.reports if self.adoption is not None else ()
        report = next((r for r in reports if r.number == self.number_combo.currentData()), None)
        if report is not None and report.received_on is not None:
            self.date_edit.set_date(report.received_on)
            self.summary_edit.setPlainText(report.summary)
        else:
            self.date_edit.set_date(date.today())
            self.summary_edit.clear()

    def submit(self, data: ReportIn):  # -> AdoptionOut (StepDialog types it CaseOut)
        return self.ctx.adoptions.record_report(self.adoption_id, data)


__all__ = [
    "AdoptersDialog",
    "AdoptionStepDialog",
    "ConsentDialog",
    "FileDialog",
    "NoticeDialog",
    "OpinionsDialog",
    "ProposeDialog",
    "RefuseDialog",
    "RegisterDialog",
    "ReportDialog",
    "WithdrawAdoptersDialog",
    "WithdrawDialog",
]
