"""Dialogs of the register of outgoing documents: issue a draft (date, signer, number), cancel a
document (reason; its number stays its own), and choose which children a list shows."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.documents import SignerRole, number_symbol
from commune_care.domain.enums import ChildStatus
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.groups import GROUPS
from commune_care.domain.schemas.children import ChildFilter
from commune_care.domain.schemas.commune import CommuneProfileOut
from commune_care.domain.schemas.documents import DocumentOut
from commune_care.services.documents import DocumentsService
from commune_care.ui.dialogs.child_dialog import fit_combo
from commune_care.ui.dialogs.document_preview import SIGNER_CHOICES, signer_labels
from commune_care.ui.widgets.date_edit import DateLineEdit

ERROR_STYLE = "QLabel { color: #8c1d18; }"
ACTIVE = ChildStatus.ACTIVE  # lists show the children under management


class _FormDialog(QDialog):
    """A form with an error line and Save/Cancel; ``save()`` does the work."""

    def __init__(self, parent: QWidget | None, title: str, save_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        cancel.setAutoDefault(False)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def show_errors(self, error: UserError) -> None:
        messages = error.errors.values() if isinstance(error, InvalidInput) else [error.message]
        self.error_label.setText("\n".join(messages))
        self.error_label.show()

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except UserError as exc:  # nothing was written: the form stays as typed
            self.show_errors(exc)
            return
        super().accept()


class IssueDialog(_FormDialog):
    """Number a draft: the date of issue, who signs, the number (the next one by default).
    After ``exec()``, ``issued`` is the document as registered (None when cancelled)."""

    def __init__(self, documents: DocumentsService, doc: DocumentOut,
                 profile: CommuneProfileOut | None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Issue and number a document"), self.tr("&Issue"))
        self.documents = documents
        self.doc = doc
        self.profile = profile
        self.issued: DocumentOut | None = None
        subject = QLabel(f"{doc.type_label}: {doc.subject}")
        subject.setWordWrap(True)
        self.date_edit = DateLineEdit(required=True)
        self.date_edit.set_date(date.today())
        self.signer_combo = QComboBox()
        labels = signer_labels()
        for choice in SIGNER_CHOICES:
            self.signer_combo.addItem(labels[choice], choice)
        fit_combo(self.signer_combo, 30)
        self.name_edit = QLineEdit()
        self.number_spin = QSpinBox()
        self.number_spin.setRange(0, 99999)
        self.number_spin.setAccessibleName(self.tr("Number"))
        self.form.addRow(self.tr("Document:"), subject)
        self.form.addRow(self.tr("&Date of issue:"), self.date_edit)
        self.form.addRow(self.tr("&Signed by:"), self.signer_combo)
        self.form.addRow(self.tr("Signer's &name:"), self.name_edit)
        self.form.addRow(self.tr("N&umber:"), self.number_spin)
        hint = QLabel(self.tr("Numbers restart at 01 on 1 January, one series per document type."))
        hint.setStyleSheet("QLabel { color: #555; }")
        self.form.addRow("", hint)
        self._default_name = ""
        self.signer_combo.currentIndexChanged.connect(lambda _i: self._update_name())
        self.date_edit.date_changed.connect(self._update_number)
        self._update_name()
        self._update_number()
        self.resize(560, self.sizeHint().height())

    def _update_name(self) -> None:
        role, _on_behalf = self.signer_combo.currentData()
        default = ""
        if self.profile is not None:
            chairman = role is SignerRole.CHAIRMAN
            default = self.profile.chairman_name if chairman else self.profile.vice_chairman_name
        if self.name_edit.text() in ("", self._default_name):
            self.name_edit.setText(default)
        self._default_name = default

    def _update_number(self) -> None:
        day = self.date_edit.date()
        year = day.year if day is not None else date.today().year
        next_number = self.documents.next_number(self.doc.doc_type, year)
        self.number_spin.setSpecialValueText(
            self.tr("next: {0}").format(number_symbol(next_number, self.doc.symbol))
        )

    def save(self) -> None:
        if not self.date_edit.validate():
            raise InvalidInput({"issued_on": self.date_edit.error()})
        role, on_behalf = self.signer_combo.currentData()
        values = {
            "issued_on": self.date_edit.date(),
            "signer_role": role,
            "on_behalf": on_behalf,
            "signer_name": self.name_edit.text(),
            "number": self.number_spin.value() or None,
        }
        self.issued = self.documents.issue(self.doc.id, self.documents.validate_issue(values))


class CancelDocumentDialog(_FormDialog):
    """Cancel a document: why and when. Its number stays in the register, never given again."""

    def __init__(self, documents: DocumentsService, doc: DocumentOut,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Cancel a document"), self.tr("Cancel the &document"))
        self.documents = documents
        self.doc = doc
        self.cancelled: DocumentOut | None = None
        which = doc.number_symbol or self.tr("draft")
        subject = QLabel(f"{which} — {doc.subject}")
        subject.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.date_edit = DateLineEdit(required=True)
        self.date_edit.set_date(date.today())
        self.form.addRow(self.tr("Document:"), subject)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.form.addRow(self.tr("&Cancelled on:"), self.date_edit)
        note = QLabel(self.tr("The document keeps its number; the number is never given again."))
        note.setStyleSheet("QLabel { color: #555; }")
        self.form.addRow("", note)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        if not self.date_edit.validate():
            raise InvalidInput({"cancelled_on": self.date_edit.error()})
        values = {"reason": self.reason_edit.toPlainText(), "cancelled_on": self.date_edit.date()}
        self.cancelled = self.documents.cancel(self.doc.id, self.documents.validate_cancel(values))


class ChildrenListDialog(_FormDialog):
    """Which children a list shows: a group, a village, or all under management. After
    ``exec()``, ``child_filter`` is the filter chosen."""

    def __init__(self, profile: CommuneProfileOut | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("List of children"), self.tr("&Preview"))
        self.child_filter: ChildFilter | None = None
        self.by_group = QRadioButton(self.tr("Children of a &group"))
        self.by_village = QRadioButton(self.tr("Children of a &village"))
        self.everyone = QRadioButton(self.tr("&All children under management"))
        self.choice = QButtonGroup(self)
        for button in (self.by_group, self.by_village, self.everyone):
            self.choice.addButton(button)
        self.group_combo = QComboBox()
        for group in GROUPS:
            self.group_combo.addItem(group.label, group.code)
        fit_combo(self.group_combo, 36, 560)
        self.village_combo = QComboBox()
        for village in profile.villages if profile is not None else ():
            self.village_combo.addItem(village.name, village.id)
        fit_combo(self.village_combo, 24)
        self.form.addRow(self.by_group, self.group_combo)
        self.form.addRow(self.by_village, self.village_combo)
        self.form.addRow(self.everyone)
        self.by_group.setChecked(True)
        self.group_combo.activated.connect(lambda _i: self.by_group.setChecked(True))
        self.village_combo.activated.connect(lambda _i: self.by_village.setChecked(True))
        self.by_village.setEnabled(self.village_combo.count() > 0)

    def save(self) -> None:
        if self.by_group.isChecked():
            self.child_filter = ChildFilter(
                group_code=self.group_combo.currentData(), status=ACTIVE
            )
        elif self.by_village.isChecked():
            self.child_filter = ChildFilter(
                village_id=self.village_combo.currentData(), status=ACTIVE
            )
        else:
            self.child_filter = ChildFilter(status=ACTIVE)


__all__ = ["CancelDocumentDialog", "ChildrenListDialog", "IssueDialog"]
