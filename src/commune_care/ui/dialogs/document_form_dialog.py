"""Editing a document before it is printed: the year's plan, the year's report, the decision
approving a case's plan. Each part is a text field prefilled by the service (the template, last
year's texts, the figures); "Standard text" puts the template's back. Saving keeps the texts with
the document, as a draft in the register, then the preview opens (print, save as PDF, issue).

``DocumentForms`` is what a page uses: it opens the form, saves it, shows the preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.document_templates import APPROVAL, PLACEMENT, PLAN, REPORT
from commune_care.domain.documents import DocumentStatus, EntityKind
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.document_forms import DocumentForm, FormField
from commune_care.domain.schemas.documents import DocumentOut
from commune_care.services.document_forms import DocumentFormsService
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.document_dialogs import IssueDialog
from commune_care.ui.dialogs.document_preview import (
    MARKINGS,
    DocumentPreviewDialog,
    PreviewChoice,
)
from commune_care.ui.feedback import confirm, show_user_error

ERROR_STYLE = "QLabel { color: #8c1d18; }"
HINT_STYLE = "QLabel { color: #555; }"
NOTE_STYLE = (
    "QLabel { background: #eef4fb; color: #1f3b57; border: 1px solid #b6cbe0; border-radius: 4px;"
    " padding: 6px 8px; }"
)
MAX_LINES = 10  # a field's editor grows with its text up to this many lines, then scrolls


def file_name(text: str) -> str:
    """A file name from a document's words (characters a file name may not hold become '-')."""
    safe = "".join("-" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in text)
    return f"{' '.join(safe.split())[:80].strip(' .') or 'Văn bản'}.pdf"


class DocumentFormDialog(QDialog):
    """The texts of one document, field by field. After ``exec()``, ``saved`` is the draft in
    the register (None when cancelled)."""

    def __init__(self, forms: DocumentFormsService, form: DocumentForm, title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.forms = forms
        self.form = form
        self.saved: DocumentOut | None = None
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.setWindowTitle(title)
        labels = self.field_labels()
        hints = self.field_hints()

        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 8, 0)
        if form.reused_from:
            note = QLabel(
                self.tr(
                    "The texts that do not change were taken from {0}: check the year, the "
                    "numbers and the dates before saving."
                ).format(form.reused_from)
            )
            note.setWordWrap(True)
            note.setStyleSheet(NOTE_STYLE)
            fields.addWidget(note)
        if form.note:  # the service's word, in Vietnamese: a decision's recorded number
            known = QLabel(form.note)
            known.setWordWrap(True)
            known.setStyleSheet(NOTE_STYLE)
            fields.addWidget(known)
        for field in form.fields:
            fields.addLayout(self._field_row(field, labels.get(field.key, field.key),
                                             hints.get(field.key, "")))  # fmt: skip
        self.confidential_check = QCheckBox(
            self.tr("Include the &confidential details (Nghị định 56, Điều 24), marked:")
        )
        self.marking_combo = QComboBox()
        self.marking_combo.setEditable(True)
        self.marking_combo.addItems(MARKINGS)
        self.marking_combo.setAccessibleName(self.tr("Marking"))
        if form.marking:
            self.marking_combo.setEditText(form.marking)
        self.confidential_check.setChecked(form.include_confidential)
        self.marking_combo.setEnabled(form.include_confidential)
        self.confidential_check.toggled.connect(self.marking_combo.setEnabled)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.confidential_check)
        secret_row.addWidget(self.marking_combo)
        secret_row.addStretch(1)
        confidential = form.template == APPROVAL
        self.confidential_check.setVisible(confidential)
        self.marking_combo.setVisible(confidential)
        fields.addLayout(secret_row)
        fields.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save and preview"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(
            self.tr("Keep the texts with the document in the register, then preview it"
                    " (Ctrl+Enter)")
        )  # fmt: skip
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(820, 680)

    # --- the fields ----------------------------------------------------------------------
    def field_labels(self) -> dict[str, str]:
        return {
            "subject": self.tr("Subject (trích yếu)"),
            "intro": self.tr("Opening"),
            "purpose": self.tr("I.1 Purpose"),
            "requirements": self.tr("I.2 Requirements"),
            "targets": self.tr("II. Targets"),
            "figures": self.tr("II. The commune's figures"),
            "tasks": self.tr("III. Tasks and solutions"),
            "budget": self.tr("IV. Budget"),
            "org_vhxh": self.tr("V. Culture and social affairs officer"),
            "org_health": self.tr("V. Commune health station"),
            "org_schools": self.tr("V. Schools"),
            "org_justice": self.tr("V. Justice and civil status officer"),
            "org_finance": self.tr("V. Finance and accounting officer"),
            "org_front": self.tr("V. Fatherland Front and mass organisations"),
            "closing": self.tr("Closing paragraph"),
            "recipients": self.tr("Recipients (Nơi nhận)"),
            "addressees": self.tr("Sent to (Kính gửi)"),
            "direction": self.tr("II.1 Direction and organisation"),
            "children_note": self.tr("I. Comment on the children's figures"),
            "mental_health_note": self.tr("II.2 Comment on mental health care"),
            "orphans_note": self.tr("II.3 Comment on orphan care"),
            "cases_note": self.tr("II.4 Comment on support and intervention"),
            "services_note": self.tr("II.5 Comment on the services"),
            "activities": self.tr("II.6 Communication, training, visits and support"),
            "strengths": self.tr("III.1 Strengths"),
            "limits": self.tr("III.2 Shortcomings and their causes"),
            "next_year": self.tr("IV. Tasks for next year"),
            "proposals": self.tr("V. Proposals"),
            "authority": self.tr("Issuing authority"),
            "basis": self.tr("Legal grounds (Căn cứ)"),
            "basis_case": self.tr("Grounds of this case"),
            "proposal": self.tr("At the proposal of"),
            "article_1": self.tr("Article 1"),
            "article_2": self.tr("Article 2"),
            "article_3": self.tr("Article 3"),
            "monitoring": self.tr("Attached plan: monitoring and evaluation"),
        }

    def field_hints(self) -> dict[str, str]:
        per_line = self.tr("One paragraph per line.")
        return {
            "figures": self.tr("Made from the register today; 'Standard text' makes them again."),
            "org_vhxh": self.tr("First line: the body; then its tasks, one paragraph per line."),
            "recipients": self.tr(
                "One recipient per line; the last line says where the copy is kept (Lưu: VT, VHXH)."
            ),
            "addressees": self.tr("The upper level the report goes to; one per line."),
            "basis": self.tr("One ground per line; the semicolons are added when printing."),
            "intro": per_line,
            "tasks": per_line,
            "activities": per_line,
        }

    def _field_row(self, field: FormField, label: str, hint: str) -> QVBoxLayout:
        title = QLabel(label)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        reset = QPushButton(self.tr("Standard text"))
        reset.setAutoDefault(False)
        reset.setToolTip(self.tr("Put back the template's text for this part"))
        reset.setEnabled(field.text != field.standard)
        editor: QLineEdit | QPlainTextEdit
        if field.multiline:
            editor = QPlainTextEdit(field.text)
            editor.setTabChangesFocus(True)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            lines = max(2, min(MAX_LINES, self._wrapped_lines(field.text)))
            editor.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
            editor.textChanged.connect(
                lambda e=editor, b=reset, f=field: b.setEnabled(e.toPlainText() != f.standard)
            )
        else:
            editor = QLineEdit(field.text)
            editor.textChanged.connect(
                lambda text, b=reset, f=field: b.setEnabled(text != f.standard)
            )
        editor.setAccessibleName(label)
        title.setBuddy(editor)
        reset.clicked.connect(lambda _c=False, f=field: self.reset(f.key))
        self.editors[field.key] = editor
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(reset)
        column = QVBoxLayout()
        column.setSpacing(3)
        column.addLayout(head)
        if hint:
            note = QLabel(hint)
            note.setStyleSheet(HINT_STYLE)
            note.setWordWrap(True)
            column.addWidget(note)
        column.addWidget(editor)
        column.addSpacing(6)
        return column

    @staticmethod
    def _wrapped_lines(text: str, width: int = 95) -> int:
        return sum(max(1, -(-len(line) // width)) for line in text.splitlines() or [""])

    def reset(self, key: str) -> None:
        field = next(f for f in self.form.fields if f.key == key)
        editor = self.editors[key]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(field.standard)
        else:
            editor.setText(field.standard)

    def texts(self) -> dict[str, str]:
        return {
            key: e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()
            for key, e in self.editors.items()
        }

    # --- saving --------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            form = self.forms.validate(
                self.form, self.texts(), self.confidential_check.isChecked(),
                self.marking_combo.currentText(),
            )  # fmt: skip
            self.saved = self.forms.save(form)
        except UserError as exc:  # nothing was written: the texts stay as typed
            messages = exc.errors.values() if isinstance(exc, InvalidInput) else [exc.message]
            self.error_label.setText("\n".join(messages))
            self.error_label.show()
            return
        super().accept()


class DocumentForms:
    """What a page does with a document built from the data: edit its texts, keep them in the
    register, preview it (print, save as PDF, issue). The ``make_*`` methods are the seams the
    tests drive."""

    def __init__(self, ctx: AppContext, parent: QWidget,
                 on_saved: Callable[[DocumentOut], None] | None = None) -> None:  # fmt: skip
        self.ctx = ctx
        self.parent = parent
        self.on_saved = on_saved
        documents = ctx.documents
        self.forms = DocumentFormsService(documents.db, documents.actor)

    def make_form_dialog(self, form: DocumentForm, title: str) -> DocumentFormDialog:
        return DocumentFormDialog(self.forms, form, title, self.parent)

    def make_issue_dialog(self, doc: DocumentOut, parent: QWidget) -> IssueDialog:
        return IssueDialog(self.ctx.documents, doc, self.ctx.commune.profile(), parent)

    def make_year_dialog(self, title: str, default: int) -> YearDialog:
        return YearDialog(title, default, self.parent)

    def make_preview(self, doc: DocumentOut) -> DocumentPreviewDialog:
        documents = self.ctx.documents
        draft = doc.status is DocumentStatus.DRAFT
        signer = self.forms.proposed_signer(doc.template) if draft else None

        def issue(parent: QWidget) -> bool:
            dialog = self.make_issue_dialog(documents.get(doc.id), parent)
            dialog.exec()
            if dialog.issued is not None and self.on_saved is not None:
                self.on_saved(dialog.issued)
            return dialog.issued is not None

        number = doc.number_symbol.replace("/", "-")
        return DocumentPreviewDialog(
            render=lambda choice: documents.render(doc.id, choice.signer),
            save=documents.save_pdf,
            printed=documents.record_print,
            title=f"{doc.number_symbol or doc.type_label} — {doc.subject}",
            file_name=file_name(f"{doc.type_label} {number} {doc.subject}"),
            signer=signer,
            parent=self.parent,
            issue=issue if draft else None,
        )

    def edit(self, form: DocumentForm, title: str) -> DocumentOut | None:
        """The form, then (when saved) the preview. Returns the draft saved, or None."""
        dialog = self.make_form_dialog(form, title)
        dialog.exec()
        if dialog.saved is None:
            return None
        if self.on_saved is not None:
            self.on_saved(dialog.saved)
        self.make_preview(dialog.saved).exec()
        return dialog.saved

    def edit_document(self, doc: DocumentOut) -> DocumentOut | None:
        """Edit again the texts of a draft made from a form."""
        try:
            form = self.forms.form_of(doc.id)
        except UserError as exc:
            show_user_error(self.parent, exc)
            return None
        return self.edit(form, doc.subject)

    @staticmethod
    def editable(doc: DocumentOut | None) -> bool:
        """A draft made from one of the forms: its texts can be edited again."""
        return (
            doc is not None
            and doc.status is DocumentStatus.DRAFT
            and doc.template in (PLAN, REPORT, APPROVAL, PLACEMENT)
        )

    # --- the year's documents ------------------------------------------------------------
    def new_plan(self) -> DocumentOut | None:
        """Ask the year, then edit its plan (this year's draft if there is one)."""
        today = date.today()
        default = today.year + 1 if today.month >= 10 else today.year
        dialog = self.make_year_dialog(
            QCoreApplication.translate("DocumentForms", "Plan of the programme"), default
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._year_document(PLAN, dialog.year())

    def new_report(self) -> DocumentOut | None:
        """Ask the year, then edit its report (this year's draft if there is one)."""
        dialog = self.make_year_dialog(
            QCoreApplication.translate("DocumentForms", "Report of results"), date.today().year
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._year_document(REPORT, dialog.year())

    def _year_document(self, template: str, year: int) -> DocumentOut | None:
        issued = [
            d for d in self.forms.existing(template, EntityKind.YEAR, year)
            if d.status is DocumentStatus.ISSUED
        ]  # fmt: skip
        drafts = self.forms.existing(template, EntityKind.YEAR, year)
        if issued and len(drafts) == len(issued):
            question = QCoreApplication.translate(
                "DocumentForms", "{0} of {1} has already been issued ({2}). Draft another one?"
            ).format(issued[0].type_label, year, issued[0].number_symbol)
            if not confirm(
                self.parent, QCoreApplication.translate("DocumentForms", "Already issued"), question
            ):
                return None
        try:
            make = self.forms.plan_form if template == PLAN else self.forms.report_form
            form = make(year)
        except UserError as exc:
            show_user_error(self.parent, exc)
            return None
        return self.edit(form, form.text("subject"))

    # --- a placement's decision ----------------------------------------------------------
    def placement(self, placement_id: int) -> DocumentOut | None:
        """Mẫu 12 of the placement: its texts, then the preview."""
        try:
            form = self.forms.placement_form(placement_id)
        except UserError as exc:
            show_user_error(self.parent, exc)
            return None
        return self.edit(form, form.text("subject"))

    # --- a case's documents --------------------------------------------------------------
    def approval(self, case_id: int) -> DocumentOut | None:
        """The decision approving the case's plan (Mẫu 05): its texts, then the preview."""
        try:
            form = self.forms.approval_form(case_id)
        except UserError as exc:
            show_user_error(self.parent, exc)
            return None
        return self.edit(form, form.text("subject"))

    def make_case_plan_preview(self, case_id: int, title: str) -> DocumentPreviewDialog:
        """Mẫu 04 of the case, printed alone: confidential details only when asked."""

        def render(choice: PreviewChoice):
            doc = self.forms.case_plan(case_id, choice.include_confidential, choice.marking)
            return self.ctx.documents.render_document(doc)

        return DocumentPreviewDialog(
            render=render,
            save=self.ctx.documents.save_pdf,
            printed=self.ctx.documents.record_print,
            title=title,
            file_name=file_name(f"Kế hoạch hỗ trợ, can thiệp {title}"),
            confidential=True,
            parent=self.parent,
        )

    def case_plan(self, case_id: int, title: str) -> None:
        self.make_case_plan_preview(case_id, title).exec()


class YearDialog(QDialog):
    """Which year: a spin box, this year or the next by default."""

    def __init__(self, title: str, default: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.spin = QSpinBox()
        self.spin.setRange(2000, date.today().year + 1)
        self.spin.setValue(default)
        self.spin.setAccessibleName(self.tr("Year"))
        form = QFormLayout()
        label = QLabel(self.tr("&Year:"))
        label.setBuddy(self.spin)
        form.addRow(label, self.spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def year(self) -> int:
        return int(self.spin.value())


__all__ = ["DocumentFormDialog", "DocumentForms", "YearDialog", "file_name"]
