"""Create or edit a child (DOMAIN.md §2): every field of ``ChildIn`` in four sections.

Saving: the raw values go to ``ChildrenService.validate``; each message of ``InvalidInput``
is shown in red under its field and nothing is saved. Warnings (``ChildrenService.warnings``)
are shown in an amber banner and do not stop a second press of Save. A probable duplicate
(``LikelyDuplicate``) opens ``DuplicateDialog``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.dates import DateParseError, PartialDate
from commune_care.domain.enums import ChildStatus, Household, ParentStatus, Sex
from commune_care.domain.errors import InvalidInput, LikelyDuplicate, UserError
from commune_care.domain.ethnicities import ETHNICITIES, KINH_CODE
from commune_care.domain.rules import has_turned_16
from commune_care.domain.schemas.children import ChildIn, ChildOut, DuplicateMatch
from commune_care.ui.context import AppContext
from commune_care.ui.widgets.confidential import ConfidentialValue
from commune_care.ui.widgets.date_edit import BirthDateEdit, DateLineEdit, set_error_state

# Who usually cares for a child; the combo stays editable for anyone else.
CAREGIVER_RELATIONSHIPS = (
    "Bố", "Mẹ", "Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại", "Chú", "Thím", "Bác", "Cô",
    "Dượng", "Dì", "Cậu", "Mợ", "Anh trai", "Chị gái", "Bố dượng", "Mẹ kế", "Bố nuôi",
    "Mẹ nuôi", "Người giám hộ",
)  # fmt: skip

ERROR_COLOR = "#b3261e"
ERROR_BANNER_STYLE = (
    "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e6a7a1;"
    " border-radius: 4px; padding: 6px 8px; }"
)
WARNING_BANNER_STYLE = (
    "QLabel { background: #fff4d6; color: #5c4300; border: 1px solid #e8c66a;"
    " border-radius: 4px; padding: 6px 8px; }"
)


# --- shared by the dialogs of this package ---------------------------------------------------
def _feedback() -> Any | None:
    """``commune_care.ui.feedback`` (the app's message boxes) when it is there."""
    try:
        return importlib.import_module("commune_care.ui.feedback")
    except ImportError:
        return None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default."""
    feedback = _feedback()
    if feedback is not None:
        return bool(feedback.confirm(parent, title, text))
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_user_error(parent: QWidget | None, err: UserError) -> None:
    feedback = _feedback()
    if feedback is not None:
        feedback.show_user_error(parent, err)
        return
    title = QCoreApplication.translate("ChildDialog", "Cannot continue")
    QMessageBox.warning(parent, title, err.message)


def make_banner(style: str) -> QLabel:
    banner = QLabel()
    banner.setWordWrap(True)
    banner.setStyleSheet(style)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    banner.hide()
    return banner


class FieldErrors:
    """Messages in red under the fields they concern; anything else in a banner."""

    def __init__(self, banner: QLabel, general_text: str = "") -> None:
        self.banner = banner
        self.general_text = general_text
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._marked: list[QWidget] = []

    def wrap(
        self, widget: QWidget | QLayout, *fields: str, focus: QWidget | None = None
    ) -> QWidget:
        """A field (or a row of fields) with its error line beneath; ``fields`` are the names
        whose messages show there, ``focus`` (default: the widget) is focused on error."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(widget, QLayout):
            layout.addLayout(widget)
        else:
            layout.addWidget(widget)
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(f"QLabel {{ color: {ERROR_COLOR}; }}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        layout.addWidget(label)
        target = focus if focus is not None else widget
        for field in fields:
            self._labels[field] = label
            if isinstance(target, QWidget):
                self._widgets[field] = target
        return box

    def set_focus_widget(self, field: str, widget: QWidget) -> None:
        """The widget focused (and marked) when ``field`` is wrong."""
        self._widgets[field] = widget

    def label(self, field: str) -> QLabel | None:
        return self._labels.get(field)

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear(self) -> None:
        for label in set(self._labels.values()):
            label.clear()
            label.hide()
        for widget in self._marked:
            set_error_state(widget, "")
        self._marked.clear()
        self.banner.clear()
        self.banner.hide()

    def show(self, errors: Mapping[str, str]) -> QWidget | None:
        """Show the messages; returns the first field (in form order) that is wrong."""
        self.clear()
        texts: dict[QLabel, list[str]] = {}
        general: list[str] = []
        for field, message in errors.items():
            label = self._labels.get(field.split(".")[0])
            if label is None:
                general.append(message)
            else:
                texts.setdefault(label, []).append(message)
        for label, messages in texts.items():
            label.setText("\n".join(messages))
            label.show()
        first: QWidget | None = None
        for field, widget in self._widgets.items():
            if field in errors or any(k.split(".")[0] == field for k in errors):
                if first is None:
                    first = widget
                if widget not in self._marked:
                    set_error_state(widget, errors.get(field, ""))
                    self._marked.append(widget)
        lines = ([self.general_text] if self.general_text and texts else []) + general
        if lines:
            self.banner.setText("\n".join(lines))
            self.banner.show()
        return first


def fit_combo(combo: QComboBox, chars: int, popup_width: int = 0) -> None:
    """A combo that does not grow with its longest item (the popup may be wider)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    if popup_width:
        combo.view().setMinimumWidth(popup_width)
    for i in range(combo.count()):
        text = combo.itemText(i)
        if text and combo.itemData(i, Qt.ItemDataRole.ToolTipRole) is None:
            combo.setItemData(i, text, Qt.ItemDataRole.ToolTipRole)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


# --- the duplicate question -----------------------------------------------------------------
class DuplicateChoice(Enum):
    OPEN_EXISTING = "open"
    SAVE_ANYWAY = "save"
    BACK = "back"


class DuplicateDialog(QDialog):
    """'This child may already be registered': the matches, why, and three ways on."""

    def __init__(
        self, matches: Sequence[DuplicateMatch], message: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.matches = list(matches)
        self.choice = DuplicateChoice.BACK
        self.chosen_id: int | None = self.matches[0].child.id if self.matches else None
        self.setWindowTitle(self.tr("This child may already be registered"))
        self.resize(980, 380)

        intro = QLabel(message or LikelyDuplicate([]).message)
        intro.setWordWrap(True)

        self.table = QTableWidget(len(self.matches), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Full name"),
                self.tr("Date of birth"),
                self.tr("Village"),
                self.tr("Father / mother"),
                self.tr("Why it may be the same child"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, match in enumerate(self.matches):
            child = match.child
            parents = (
                f"{child.father_name or '—'} / {child.mother_name or '—'}"
                if child.father_name or child.mother_name
                else ""
            )
            cells = (
                child.code,
                child.full_name,
                child.birth.display() if child.birth else "",
                child.village_name,
                parents,
                "\n".join(match.reasons),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 190, 120, 130, 230)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if self.matches:
            self.table.selectRow(0)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _index: self._choose(DuplicateChoice.OPEN_EXISTING))

        self.open_button = QPushButton(self.tr("Open existing record"))
        self.save_button = QPushButton(self.tr("Save as a new record anyway"))
        self.back_button = QPushButton(self.tr("Back to editing"))
        self.back_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._choose(DuplicateChoice.OPEN_EXISTING))
        self.save_button.clicked.connect(lambda: self._choose(DuplicateChoice.SAVE_ANYWAY))
        self.back_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen_id = self.matches[rows[0].row()].child.id

    def _choose(self, choice: DuplicateChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = DuplicateChoice.BACK
        super().reject()


# --- the child form -------------------------------------------------------------------------
class ChildDialog(QDialog):
    """New child (``child_id`` None) or edit one. After ``exec()``: ``saved_child_id`` (and
    ``saved_child``) when saved, ``opened_existing_id`` when the user chose to open the record
    that was already there instead."""

    def __init__(
        self, ctx: AppContext, child_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.saved_child_id: int | None = None
        self.saved_child: ChildOut | None = None
        self.opened_existing_id: int | None = None
        self._acknowledged_warnings: tuple[str, ...] = ()
        self._existing: ChildOut | None = ctx.children.get(child_id) if child_id else None
        # Test seam and extension point: how the duplicate question is asked.
        self.ask_duplicate: Callable[[LikelyDuplicate], tuple[DuplicateChoice, int | None]] = (
            self._ask_duplicate
        )

        if self._existing is None:
            self.setWindowTitle(self.tr("New child"))
        else:
            self.setWindowTitle(
                self.tr("Edit child {0} – {1}").format(
                    self._existing.code, self._existing.full_name
                )
            )
        self._build()
        self._load(self._existing)
        self._snapshot = self._state()
        self.resize(1120, 680)

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.warning_banner = make_banner(WARNING_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )

        left = QVBoxLayout()
        left.addWidget(self._basic_section())
        left.addWidget(self._notes_section())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._family_section())
        right.addWidget(self._status_section())
        right.addWidget(self._confidential_section())
        right.addStretch(1)

        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 6, 0)
        columns.addLayout(left, 11)
        columns.addSpacing(6)
        columns.addLayout(right, 10)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(body)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        hint = QLabel(self.tr("Enter: save   ·   Esc: cancel"))
        hint.setStyleSheet("QLabel { color: #666; }")
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.warning_banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

        # Enter in a multi-line note makes a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        return form

    def _basic_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Basic information"))
        form = self._form(box)
        wrap = self.errors.wrap

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(150)
        self.name_edit.setPlaceholderText(self.tr("Family name, middle name and given name"))
        form.addRow(self.tr("Full name *"), wrap(self.name_edit, "full_name"))

        self.sex_combo = QComboBox()
        for sex in (Sex.MALE, Sex.FEMALE, Sex.UNKNOWN):
            self.sex_combo.addItem(sex.label, sex.value)
        fit_combo(self.sex_combo, 10)
        sex_row = QHBoxLayout()
        sex_row.addWidget(self.sex_combo)
        sex_row.addStretch(1)
        form.addRow(self.tr("Sex"), wrap(sex_row, "sex", focus=self.sex_combo))

        self.birth_edit = BirthDateEdit()
        form.addRow(
            self.tr("Date of birth *"),
            wrap(self.birth_edit, "birth", focus=self.birth_edit.line_edit),
        )

        self.id_number_edit = QLineEdit()
        self.id_number_edit.setMaxLength(20)
        self.id_number_edit.setPlaceholderText(self.tr("12 digits (optional)"))
        form.addRow(self.tr("Personal ID number"), wrap(self.id_number_edit, "id_number"))

        self.ethnicity_combo = QComboBox()
        self.ethnicity_combo.addItem(self.tr("— not recorded —"), "")
        for ethnicity in ETHNICITIES:
            self.ethnicity_combo.addItem(ethnicity.name, ethnicity.code)
        self.ethnicity_combo.setMaxVisibleItems(20)
        fit_combo(self.ethnicity_combo, 16)
        form.addRow(self.tr("Ethnic group"), wrap(self.ethnicity_combo, "ethnicity_code"))

        self.village_combo = QComboBox()
        fit_combo(self.village_combo, 22, 280)
        form.addRow(self.tr("Village"), wrap(self.village_combo, "village_id"))

        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("House number, hamlet…"))
        form.addRow(self.tr("Address"), wrap(self.address_edit, "address"))

        self.school_edit = QLineEdit()
        self.class_edit = QLineEdit()
        self.class_edit.setMaximumWidth(90)
        class_label = QLabel(self.tr("Class"))
        class_label.setBuddy(self.class_edit)
        school_row = QHBoxLayout()
        school_row.addWidget(self.school_edit, 1)
        school_row.addWidget(class_label)
        school_row.addWidget(self.class_edit)
        form.addRow(
            self.tr("School"), wrap(school_row, "school", "school_class", focus=self.school_edit)
        )

        self.household_combo = QComboBox()
        self.household_combo.addItem(self.tr("Neither poor nor near-poor"), Household.NONE.value)
        self.household_combo.addItem(Household.POOR.label, Household.POOR.value)
        self.household_combo.addItem(Household.NEAR_POOR.label, Household.NEAR_POOR.value)
        fit_combo(self.household_combo, 20)
        household_row = QHBoxLayout()
        household_row.addWidget(self.household_combo)
        household_row.addStretch(1)
        form.addRow(
            self.tr("Household"), wrap(household_row, "household", focus=self.household_combo)
        )

        self.bhyt_number_edit = QLineEdit()
        self.bhyt_number_edit.setMaxLength(30)
        self.bhyt_expiry_edit = DateLineEdit()
        expiry_label = QLabel(self.tr("valid until"))
        expiry_label.setBuddy(self.bhyt_expiry_edit)
        bhyt_row = QHBoxLayout()
        bhyt_row.addWidget(self.bhyt_number_edit, 1)
        bhyt_row.addWidget(expiry_label)
        bhyt_row.addWidget(self.bhyt_expiry_edit)
        form.addRow(
            self.tr("Health insurance card"),
            wrap(bhyt_row, "bhyt_number", "bhyt_expiry", focus=self.bhyt_number_edit),
        )
        self.errors.set_focus_widget("bhyt_expiry", self.bhyt_expiry_edit)
        self.errors.set_focus_widget("school_class", self.class_edit)
        return box

    def _parent_row(self) -> tuple[QLineEdit, QComboBox, QHBoxLayout]:
        name = QLineEdit()
        name.setPlaceholderText(self.tr("Full name"))
        status = QComboBox()
        for value in ParentStatus:
            status.addItem(value.label, value.value)
        fit_combo(status, 12, 420)
        status.setToolTip(self.tr("Whether this parent is living, dead, missing…"))
        row = QHBoxLayout()
        row.addWidget(name, 3)
        row.addWidget(status, 2)
        return name, status, row

    def _family_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Family"))
        form = self._form(box)
        wrap = self.errors.wrap
        self.father_name_edit, self.father_status_combo, father_row = self._parent_row()
        form.addRow(
            self.tr("Father"),
            wrap(father_row, "father_name", "father_status", focus=self.father_name_edit),
        )
        self.mother_name_edit, self.mother_status_combo, mother_row = self._parent_row()
        form.addRow(
            self.tr("Mother"),
            wrap(mother_row, "mother_name", "mother_status", focus=self.mother_name_edit),
        )
        self.caregiver_name_edit = QLineEdit()
        self.caregiver_name_edit.setPlaceholderText(
            self.tr("Who looks after the child now, if not the parents")
        )
        form.addRow(self.tr("Current caregiver"), wrap(self.caregiver_name_edit, "caregiver_name"))

        self.relationship_combo = QComboBox()
        self.relationship_combo.setEditable(True)
        self.relationship_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.relationship_combo.addItem("")
        self.relationship_combo.addItems(CAREGIVER_RELATIONSHIPS)
        fit_combo(self.relationship_combo, 12)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(20)
        phone_label = QLabel(self.tr("Phone"))
        phone_label.setBuddy(self.phone_edit)
        caregiver_row = QHBoxLayout()
        caregiver_row.addWidget(self.relationship_combo, 1)
        caregiver_row.addWidget(phone_label)
        caregiver_row.addWidget(self.phone_edit, 1)
        form.addRow(
            self.tr("Relationship"),
            wrap(
                caregiver_row,
                "caregiver_relationship",
                "caregiver_phone",
                focus=self.relationship_combo,
            ),
        )
        self.errors.set_focus_widget("caregiver_phone", self.phone_edit)
        self.errors.set_focus_widget("father_status", self.father_status_combo)
        self.errors.set_focus_widget("mother_status", self.mother_status_combo)
        return box

    def _status_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Status"))
        form = self._form(box)
        self.status_form = form
        wrap = self.errors.wrap
        self.status_combo = QComboBox()
        for status in ChildStatus:
            self.status_combo.addItem(status.label, status.value)
        fit_combo(self.status_combo, 14)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        form.addRow(self.tr("Status"), wrap(status_row, "status", focus=self.status_combo))

        self.status_note_edit = QLineEdit()
        self.status_note_edit.setPlaceholderText(self.tr("E.g. where the child moved to, and when"))
        form.addRow(self.tr("Status note"), wrap(self.status_note_edit, "status_note"))

        self.registered_edit = DateLineEdit(required=True)
        registered_row = QHBoxLayout()
        registered_row.addWidget(self.registered_edit)
        registered_row.addStretch(1)
        form.addRow(
            self.tr("Registered on"),
            wrap(registered_row, "registered_on", focus=self.registered_edit),
        )

        self.over_age_edit = QLineEdit()
        self.over_age_edit.setPlaceholderText(self.tr("Why a child aged 16 or more is registered"))
        self.over_age_field = wrap(self.over_age_edit, "over_age_reason")
        self.over_age_label = QLabel(self.tr("Reason (16 or older) *"))
        form.addRow(self.over_age_label, self.over_age_field)

        self.birth_edit.changed.connect(self._update_over_age)
        self.registered_edit.date_changed.connect(self._update_over_age)
        return box

    def _notes_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)
        self.notes_edit.setMaximumHeight(150)
        self.notes_edit.setPlaceholderText(self.tr("Anything else worth knowing"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.errors.wrap(self.notes_edit, "notes"))
        return box

    def _confidential_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Confidential notes"))
        box.setObjectName("confidentialBox")
        box.setStyleSheet(
            "QGroupBox#confidentialBox { background: #f6f1fa; border: 1px solid #b9a3cc;"
            " border-radius: 4px; margin-top: 14px; padding-top: 8px; }"
            " QGroupBox#confidentialBox::title { subcontrol-origin: margin; left: 8px;"
            " padding: 0 4px; color: #4a2a66; font-weight: bold; }"
        )
        hint = QLabel(
            self.tr(
                "Sensitive information, for the officer only. The change history records that"
                " these notes changed, never what they say."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #4a2a66; }")
        self.confidential_edit = QPlainTextEdit()
        self.confidential_edit.setTabChangesFocus(True)
        self.confidential_edit.setMinimumHeight(70)
        self.confidential_edit.setMaximumHeight(150)
        # Saved notes stay masked until shown with a reason (the service records it); until
        # then the edit holds them unseen and saves them unchanged.
        self.confidential_mask = ConfidentialValue(self.tr("The child's confidential notes"))
        self.confidential_mask.setVisible(False)
        self.confidential_mask.revealed.connect(self._notes_revealed)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.confidential_mask)
        layout.addWidget(self.errors.wrap(self.confidential_edit, "confidential_notes"))
        return box

    def _mask_notes(self, child: ChildOut) -> None:
        if not (child.confidential_notes or child.confidential_hidden):
            return
        self.confidential_edit.setVisible(False)
        self.confidential_mask.setVisible(True)
        self.confidential_mask.set_content(
            bool(child.confidential_notes),
            child.confidential_hidden,
            lambda reason: self.ctx.children.reveal(child.id, reason),
        )

    def _notes_revealed(self, value: str) -> None:
        self.confidential_mask.setVisible(False)
        self.confidential_edit.setPlainText(value)
        self.confidential_edit.setVisible(True)
        self.confidential_edit.setFocus()

    # --- loading -----------------------------------------------------------------------
    def _load(self, child: ChildOut | None) -> None:
        villages = self.ctx.commune.villages(include_inactive=True)
        current_village = child.village_id if child else None
        self.village_combo.addItem(self.tr("— not chosen —"), None)
        for village in villages:
            if village.active or village.id == current_village:
                self.village_combo.addItem(village.name, village.id)
        fit_combo(self.village_combo, 22, 280)

        if child is None:
            select_data(self.sex_combo, Sex.UNKNOWN.value)
            select_data(self.ethnicity_combo, KINH_CODE)
            select_data(self.status_combo, ChildStatus.ACTIVE.value)
            select_data(self.father_status_combo, ParentStatus.UNKNOWN.value)
            select_data(self.mother_status_combo, ParentStatus.UNKNOWN.value)
            self.registered_edit.set_date(date.today())
            self._update_over_age()
            self.name_edit.setFocus()
            return
        self.name_edit.setText(child.full_name)
        select_data(self.sex_combo, child.sex.value)
        self.birth_edit.set_value(child.birth)
        self.id_number_edit.setText(child.id_number)
        select_data(self.ethnicity_combo, child.ethnicity_code)
        select_data(self.village_combo, child.village_id)
        self.address_edit.setText(child.address)
        self.school_edit.setText(child.school)
        self.class_edit.setText(child.school_class)
        select_data(self.household_combo, child.household.value)
        self.bhyt_number_edit.setText(child.bhyt_number)
        self.bhyt_expiry_edit.set_date(child.bhyt_expiry)
        self.father_name_edit.setText(child.father_name)
        select_data(self.father_status_combo, child.father_status.value)
        self.mother_name_edit.setText(child.mother_name)
        select_data(self.mother_status_combo, child.mother_status.value)
        self.caregiver_name_edit.setText(child.caregiver_name)
        self.relationship_combo.setCurrentText(child.caregiver_relationship)
        self.phone_edit.setText(child.caregiver_phone)
        select_data(self.status_combo, child.status.value)
        self.status_note_edit.setText(child.status_note)
        self.registered_edit.set_date(child.registered_on)
        self.over_age_edit.setText(child.over_age_reason)
        self.notes_edit.setPlainText(child.notes)
        self.confidential_edit.setPlainText(child.confidential_notes)
        self._mask_notes(child)
        self._update_over_age()
        self.name_edit.setFocus()

    def _update_over_age(self) -> None:
        """The reason is asked only when the child is 16 or older on the registration day."""
        try:
            birth = self.birth_edit.value()
        except DateParseError:
            birth = None
        on = self.registered_edit.date() or date.today()
        needed = birth is not None and has_turned_16(birth, on)
        visible = needed or bool(self.over_age_edit.text().strip())
        self.status_form.setRowVisible(self.over_age_field, visible)

    # --- values ------------------------------------------------------------------------
    def _state(self) -> tuple[Any, ...]:
        """Everything the user can change, to tell whether anything was typed."""
        return (
            self.name_edit.text(),
            self.sex_combo.currentIndex(),
            self.birth_edit.text(),
            self.birth_edit.estimated_box.isChecked(),
            self.id_number_edit.text(),
            self.ethnicity_combo.currentIndex(),
            self.village_combo.currentIndex(),
            self.address_edit.text(),
            self.school_edit.text(),
            self.class_edit.text(),
            self.household_combo.currentIndex(),
            self.bhyt_number_edit.text(),
            self.bhyt_expiry_edit.text(),
            self.father_name_edit.text(),
            self.father_status_combo.currentIndex(),
            self.mother_name_edit.text(),
            self.mother_status_combo.currentIndex(),
            self.caregiver_name_edit.text(),
            self.relationship_combo.currentText(),
            self.phone_edit.text(),
            self.status_combo.currentIndex(),
            self.status_note_edit.text(),
            self.registered_edit.text(),
            self.over_age_edit.text(),
            self.notes_edit.toPlainText(),
            self.confidential_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(values for ``ChildrenService.validate``, errors found while reading the dates)."""
        errors: dict[str, str] = {}
        birth: PartialDate | None = None
        try:
            birth = self.birth_edit.value()
        except DateParseError as exc:
            errors["birth"] = str(exc)
        for field, edit in (
            ("bhyt_expiry", self.bhyt_expiry_edit),
            ("registered_on", self.registered_edit),
        ):
            if message := edit.error():
                errors[field] = message
        values: dict[str, Any] = {
            "full_name": self.name_edit.text(),
            "sex": self.sex_combo.currentData(),
            "birth": birth,
            "id_number": self.id_number_edit.text(),
            "ethnicity_code": self.ethnicity_combo.currentData() or "",
            "village_id": self.village_combo.currentData(),
            "address": self.address_edit.text(),
            "school": self.school_edit.text(),
            "school_class": self.class_edit.text(),
            "household": self.household_combo.currentData(),
            "bhyt_number": self.bhyt_number_edit.text(),
            "bhyt_expiry": self.bhyt_expiry_edit.date(),
            "father_name": self.father_name_edit.text(),
            "father_status": self.father_status_combo.currentData(),
            "mother_name": self.mother_name_edit.text(),
            "mother_status": self.mother_status_combo.currentData(),
            "caregiver_name": self.caregiver_name_edit.text(),
            "caregiver_relationship": self.relationship_combo.currentText(),
            "caregiver_phone": self.phone_edit.text(),
            "status": self.status_combo.currentData(),
            "status_note": self.status_note_edit.text(),
            "registered_on": self.registered_edit.date() or date.today(),
            "over_age_reason": self.over_age_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "confidential_notes": self.confidential_edit.toPlainText(),
        }
        return values, errors

    # --- saving ------------------------------------------------------------------------
    def save(self) -> None:
        data = self._validated()
        if data is None:
            return
        warnings = tuple(self.ctx.children.warnings(data))
        if warnings and warnings != self._acknowledged_warnings:
            self._acknowledged_warnings = warnings
            self.warning_banner.setText(
                "\n".join(
                    [self.tr("Please check before saving (press Save anyway to keep it as it is):")]
                    + [f"• {w}" for w in warnings]
                )
            )
            self.warning_banner.show()
            self.save_button.setText(self.tr("Save anyway"))
            return
        self._write(data, allow_duplicate=False)

    def _validated(self) -> ChildIn | None:
        values, errors = self.raw_values()
        self._update_over_age()
        try:
            data = self.ctx.children.validate(values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        else:
            if not errors:
                self.errors.clear()
                return data
        self._show_errors(errors)
        return None

    def _show_errors(self, errors: Mapping[str, str]) -> None:
        if "over_age_reason" in errors:
            self.status_form.setRowVisible(self.over_age_field, True)
        first = self.errors.show(errors)
        self._acknowledged_warnings = ()
        self.warning_banner.hide()
        self.save_button.setText(self.tr("Save"))
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _write(self, data: ChildIn, allow_duplicate: bool) -> None:
        children = self.ctx.children
        try:
            if self.child_id is None:
                saved = children.create(data, allow_duplicate=allow_duplicate)
            else:
                saved = children.update(self.child_id, data, allow_duplicate=allow_duplicate)
        except LikelyDuplicate as exc:
            choice, chosen = self.ask_duplicate(exc)
            if choice is DuplicateChoice.OPEN_EXISTING and chosen is not None:
                self.opened_existing_id = chosen
                super().accept()
            elif choice is DuplicateChoice.SAVE_ANYWAY:
                self._write(data, allow_duplicate=True)
            return
        except InvalidInput as exc:
            self._show_errors(exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.saved_child = saved
        self.saved_child_id = saved.id
        super().accept()

    def _ask_duplicate(self, exc: LikelyDuplicate) -> tuple[DuplicateChoice, int | None]:
        dialog = DuplicateDialog(exc.matches, exc.message, self)
        dialog.exec()
        return dialog.choice, dialog.chosen_id

    # --- closing -----------------------------------------------------------------------
    def accept(self) -> None:  # Enter on a focused default button ends up here too
        self.save()

    def discard(self) -> None:
        """Close without asking, dropping what was typed (e.g. the app is closing)."""
        self._snapshot = self._state()
        super().reject()

    def reject(self) -> None:
        if self.is_dirty() and not confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("What you typed in this form has not been saved. Close it and lose it?"),
        ):
            return
        super().reject()
