"""One child: a header with the next thing to do, and tabs (Details, Classification, History).

Later areas add their tab with one line in ``ChildPage.__init__``:
``self.add_tab(SomeTab(ctx), self.tr("Title"))`` — a ``ChildTab`` is any widget with
``show_child(child: ChildOut)`` and, optionally, a ``changed`` signal. Tabs are inserted before
"History", which stays last.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.cases import DeadlineState
from commune_care.domain.confidential import is_mental_health
from commune_care.domain.dates import DatePrecision, format_date
from commune_care.domain.enums import ChildStatus, Household, ParentStatus
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.children import ChildOut, ClassificationOut
from commune_care.ui.access import hide_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import (
    ERROR_BANNER_STYLE,
    WARNING_BANNER_STYLE,
    ChildDialog,
    FieldErrors,
    confirm,
    make_banner,
    show_user_error,
)
from commune_care.ui.dialogs.classification_dialog import (
    ClassificationDialog,
    EndClassificationDialog,
)
from commune_care.ui.pages.child_care_tab import ChildCareTab
from commune_care.ui.pages.child_support_tabs import ChildCasesTab, ChildServicesTab
from commune_care.ui.widgets.confidential import (
    ConfidentialValue,
    ask_reveal,
    hidden_text,
    mask_text,
)
from commune_care.ui.widgets.history_view import HistoryView

_MUTED = "#666"
_BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 3px 8px; }}"
_NEUTRAL_BANNER_STYLE = (
    "QLabel { background: #eef3ee; color: #1d3b22; border: 1px solid #c5d6c7;"
    " border-radius: 4px; padding: 6px 8px; }"
)
_STATUS_COLORS = {
    ChildStatus.ACTIVE: ("#e3f1e5", "#1d5b2a"),
    ChildStatus.TURNED_16: ("#ffe2a8", "#5c3b00"),
    ChildStatus.MOVED_AWAY: ("#e6ecf5", "#23395d"),
    ChildStatus.DECEASED: ("#e8e8e8", "#333333"),
}


def next_steps(child: ChildOut, today: date | None = None) -> list[str]:
    """What the officer should do next for this child, most pressing first (from the data)."""
    today = today or date.today()
    if child.archived:
        return [
            QCoreApplication.translate(
                "ChildPage", "Nothing: the record is archived. Restore it to work on it again."
            )
        ]
    steps: list[str] = []
    if child.effective_status is ChildStatus.TURNED_16 and child.status is ChildStatus.ACTIVE:
        steps.append(
            QCoreApplication.translate("ChildPage", "Update the status: the child has turned 16")
        )
    if child.status is ChildStatus.ACTIVE:
        if not child.classifications:
            steps.append(QCoreApplication.translate("ChildPage", "Classify the child"))
        birth = child.birth
        if birth is None or birth.estimated or birth.precision is not DatePrecision.DAY:
            steps.append(QCoreApplication.translate("ChildPage", "Verify the date of birth"))
    steps.extend(
        QCoreApplication.translate("ChildPage", "Check: {0}").format(w) for w in child.warnings
    )
    if (
        child.status is ChildStatus.ACTIVE
        and child.bhyt_expiry is not None
        and child.bhyt_expiry < today
    ):
        steps.append(
            QCoreApplication.translate("ChildPage", "Renew the health insurance card (BHYT)")
        )
    return steps or [QCoreApplication.translate("ChildPage", "Nothing to do")]


@runtime_checkable
class ChildTab(Protocol):
    def show_child(self, child: ChildOut) -> None: ...


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return table


def _fit_rows(table: QTableWidget) -> None:
    """Rows as tall as their (wrapped) text, with air above and below."""
    table.resizeRowsToContents()
    for row in range(table.rowCount()):
        table.setRowHeight(row, table.rowHeight(row) + 10)


def _item(text: str, tooltip: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tooltip and text:
        item.setToolTip(text)
    return item


# --- tabs -----------------------------------------------------------------------------------
class InfoTab(QScrollArea):
    """Every field of the record, read-only; confidential notes in their own box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.values: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        body = QWidget()
        columns = QHBoxLayout(body)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(8)
        columns.addLayout(right, 1)

        left.addWidget(
            self._section(
                self.tr("Basic information"),
                (
                    ("full_name", self.tr("Full name")),
                    ("code", self.tr("Code")),
                    ("sex", self.tr("Sex")),
                    ("birth", self.tr("Date of birth")),
                    ("id_number", self.tr("Personal ID number")),
                    ("ethnicity", self.tr("Ethnic group")),
                    ("village", self.tr("Village")),
                    ("address", self.tr("Address")),
                    ("school", self.tr("School and class")),
                    ("household", self.tr("Household")),
                    ("bhyt", self.tr("Health insurance card")),
                ),
            )
        )
        left.addStretch(1)
        right.addWidget(
            self._section(
                self.tr("Family"),
                (
                    ("father", self.tr("Father")),
                    ("mother", self.tr("Mother")),
                    ("caregiver", self.tr("Current caregiver")),
                ),
            )
        )
        right.addWidget(
            self._section(
                self.tr("Status"),
                (
                    ("status", self.tr("Status")),
                    ("status_note", self.tr("Status note")),
                    ("registered_on", self.tr("Registered on")),
                    ("over_age_reason", self.tr("Reason (16 or older)")),
                    ("updated", self.tr("Last changed")),
                ),
            )
        )
        right.addWidget(self._section(self.tr("Notes"), (("notes", ""),)))
        confidential = QGroupBox(self.tr("Confidential notes"))
        self.confidential = ConfidentialValue(self.tr("The child's confidential notes"))
        QVBoxLayout(confidential).addWidget(self.confidential)
        self.reveal_notes: Callable[[int, str], str] | None = None  # set by the child page
        confidential.setObjectName("confidentialBox")
        confidential.setStyleSheet(
            "QGroupBox#confidentialBox { background: #f6f1fa; border: 1px solid #b9a3cc;"
            " border-radius: 4px; margin-top: 14px; padding-top: 8px; }"
            " QGroupBox#confidentialBox::title { subcontrol-origin: margin; left: 8px;"
            " padding: 0 4px; color: #4a2a66; font-weight: bold; }"
        )
        right.addWidget(confidential)
        right.addStretch(1)
        self.setWidget(body)

    def _section(self, title: str, rows: Sequence[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        for key, label in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self._forms[key] = form
            if label:
                form.addRow(QLabel(label), value)
            else:
                form.addRow(value)
        return box

    def _set(self, key: str, text: str) -> None:
        label = self.values[key]
        label.setText(text or "—")
        label.setStyleSheet("" if text else f"QLabel {{ color: {_MUTED}; }}")

    def show_child(self, child: ChildOut) -> None:
        today = date.today()
        birth = ""
        if child.birth is not None:
            birth = self.tr("{0}  ({1} years old)").format(child.birth.display(), child.age)
        school = ", ".join(
            p for p in (child.school, self.tr("class {0}").format(child.school_class)
                        if child.school_class else "") if p
        )  # fmt: skip
        bhyt = child.bhyt_number
        if child.bhyt_expiry is not None:
            expiry = format_date(child.bhyt_expiry)
            if child.bhyt_expiry < today:
                bhyt = self.tr("{0}, expired on {1}").format(bhyt or "—", expiry)
            else:
                bhyt = self.tr("{0}, valid until {1}").format(bhyt or "—", expiry)
        caregiver = " · ".join(
            p for p in (child.caregiver_name, child.caregiver_relationship, child.caregiver_phone)
            if p
        )  # fmt: skip
        status = child.effective_status.label
        if child.effective_status is not child.status:
            status = self.tr("{0} (recorded as: {1})").format(status, child.status.label)
        values = {
            "full_name": child.full_name,
            "code": child.code,
            "sex": child.sex.label,
            "birth": birth,
            "id_number": child.id_number,
            "ethnicity": child.ethnicity_name,
            "village": child.village_name,
            "address": child.address,
            "school": school,
            "household": child.household.label if child.household is not Household.NONE else "",
            "bhyt": bhyt,
            "father": self._parent(child.father_name, child.father_status.label),
            "mother": self._parent(child.mother_name, child.mother_status.label),
            "caregiver": caregiver,
            "status": status,
            "status_note": child.status_note,
            "registered_on": format_date(child.registered_on),
            "over_age_reason": child.over_age_reason,
            "updated": child.updated_at.strftime("%d/%m/%Y %H:%M"),
            "notes": child.notes,
        }
        for key, text in values.items():
            self._set(key, text)
        reveal = self.reveal_notes
        self.confidential.set_content(
            bool(child.confidential_notes),
            child.confidential_hidden,
            (lambda reason: reveal(child.id, reason)) if reveal is not None else None,
        )
        # Asked only for a child registered at 16 or older.
        self._forms["over_age_reason"].setRowVisible(
            self.values["over_age_reason"], bool(child.over_age_reason)
        )

    @staticmethod
    def _parent(name: str, status: str) -> str:
        if not name:
            return "" if status == ParentStatus.UNKNOWN.label else f"— ({status})"
        return f"{name} ({status})"


class ClassificationTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child: ChildOut | None = None
        self.table = _table(
            [
                self.tr("Group"),
                self.tr("Sub-group"),
                self.tr("From"),
                self.tr("Until"),
                self.tr("Basis"),
                self.tr("State"),
            ]
        )
        header = self.table.horizontalHeader()
        for column, width in enumerate((300, 300, 95, 95, 200, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add classification"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.end_button = QPushButton(self.tr("End classification"))
        self.end_button.setToolTip(
            self.tr("The child no longer belongs to this group from a date; the row stays.")
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.reveal_button = QPushButton(self.tr("Show confidential basis…"))
        self.reveal_button.setToolTip(
            self.tr("The basis and note of a mental-health group are confidential")
        )
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.revealed: dict[int, ClassificationOut] = {}
        # Test seam: how the reason is asked (a dialog by default).
        self.ask: Callable[..., ClassificationOut | None] = ask_reveal
        self.empty_label = QLabel(self.tr("The child is not classified in any group yet."))
        self.empty_label.setStyleSheet(f"QLabel {{ color: {_MUTED}; }}")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.reveal_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        hide_unless(
            ctx.actor, Permission.EDIT_CHILDREN, self.add_button, self.edit_button, self.end_button
        )
        self.table.doubleClicked.disconnect()
        if ctx.can(Permission.EDIT_CHILDREN):
            self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self._update_buttons()

    def _basis(self, c: ClassificationOut) -> str:
        """A mental-health group's basis is masked until revealed (hidden for a role that may
        not see it); other groups' basis is plain."""
        if c.details_hidden:
            return hidden_text()
        if is_mental_health(c.group_code) and (c.basis or c.note):
            shown = self.revealed.get(c.id)
            return shown.basis if shown is not None else mask_text()
        return c.basis

    def show_child(self, child: ChildOut) -> None:
        if self.child is None or self.child.id != child.id:
            self.revealed = {}
        self.child = child
        rows = sorted(child.classifications, key=lambda c: (not c.active, c.start_date))
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, c in enumerate(rows):
            state = self.tr("Active") if c.active else self.tr("Ended")
            if not c.active and c.end_date is None:
                state = self.tr("Not started")
            cells = (
                c.group_label,
                c.subgroup_label,
                format_date(c.start_date),
                format_date(c.end_date),
                self._basis(c),
                state,
            )
            for column, text in enumerate(cells):
                item = _item(text)
                if not c.active:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        _fit_rows(self.table)
        self.empty_label.setVisible(not rows)
        self._update_buttons()

    def selected(self) -> ClassificationOut | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.end_button.setEnabled(chosen is not None and chosen.end_date is None)
        masked = chosen is not None and self._basis(chosen) == mask_text()
        self.reveal_button.setVisible(self.ctx.can(Permission.VIEW_CONFIDENTIAL))
        self.reveal_button.setEnabled(masked)

    def reveal_selected(self) -> None:
        chosen = self.selected()
        if self.child is None or chosen is None:
            return
        what = self.tr("The basis of this mental-health group")
        shown = self.ask(
            self, what, lambda reason: self.ctx.children.reveal_classification(chosen.id, reason)
        )
        if shown is not None:
            self.revealed[chosen.id] = shown
            self.show_child(self.child)

    def add(self) -> None:
        if self.child is None:
            return
        dialog = ClassificationDialog(self.ctx, self.child.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def edit_selected(self) -> None:
        chosen = self.selected()
        if self.child is None or chosen is None:
            return
        dialog = ClassificationDialog(self.ctx, self.child.id, chosen, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def end_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.end_date is not None:
            return
        dialog = EndClassificationDialog(self.ctx, chosen, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()


class HistoryTab(QWidget):
    """Every audit entry of the child, newest first, with each field's old → new value."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = HistoryView()
        self.table = self.view.table
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def show_child(self, child: ChildOut) -> None:
        self.view.set_entries(self.ctx.children.history(child.id))


class ArchiveDialog(QDialog):
    """Why the record is archived; then a confirmation; then ``archive``."""

    def __init__(self, ctx: AppContext, child: ChildOut, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self.saved: ChildOut | None = None
        self.setWindowTitle(self.tr("Archive the record"))
        intro = QLabel(
            self.tr(
                "The record of {0} ({1}) leaves the register but is kept, with its history,"
                " and can be restored later. Nothing is deleted."
            ).format(child.full_name, child.code)
        )
        intro.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(255)
        self.reason_edit.setPlaceholderText(
            self.tr("E.g. registered twice (see TE000123), moved to another province…")
        )
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(self.error_banner)
        form = QFormLayout()
        form.addRow(self.tr("Reason *"), self.errors.wrap(self.reason_edit, "archive_reason"))
        buttons = QDialogButtonBox()
        self.archive_button = buttons.addButton(
            self.tr("Archive"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.archive_button.setDefault(True)
        cancel.setAutoDefault(False)
        self.archive_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()
        self.resize(560, 200)

    def save(self) -> None:
        reason = self.reason_edit.text()
        if not reason.strip():
            self.errors.show({"archive_reason": self.tr("Write why the record is archived.")})
            self.reason_edit.setFocus()
            return
        if not confirm(
            self,
            self.tr("Archive the record?"),
            self.tr("Archive the record of {0}?").format(self.child.full_name),
        ):
            return
        try:
            self.saved = self.ctx.children.archive(self.child.id, reason)
        except InvalidInput as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    def accept(self) -> None:
        self.save()


# --- the page -------------------------------------------------------------------------------
class ChildPage(QWidget):
    back_requested = Signal()
    child_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child: ChildOut | None = None
        self._tabs: list[ChildTab] = []
        self._build()
        self.info_tab = InfoTab()
        self.classification_tab = ClassificationTab(ctx)
        self.history_tab = HistoryTab(ctx)
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self._tabs.append(self.history_tab)
        # The tabs, in the order of DESIGN.md §4 ("History" stays last):
        self.add_tab(self.info_tab, self.tr("Details"))
        self.add_tab(self.classification_tab, self.tr("Classification"))
        self.cases_tab = ChildCasesTab(ctx)  # open_case(int): routed by the main window
        self.services_tab = ChildServicesTab(ctx)
        self.care_tab = ChildCareTab(ctx)  # open_placement(int): routed by the main window
        # A programme the account may not see has no tab (Tư pháp: not the cases, not care).
        if ctx.can(Permission.VIEW_CASES):
            self.add_tab(self.cases_tab, self.tr("Support && intervention"))
            self.add_tab(self.services_tab, self.tr("Services"))
        if ctx.can(Permission.VIEW_CARE):
            self.add_tab(self.care_tab, self.tr("Alternative care"))
        self.info_tab.reveal_notes = ctx.children.reveal

    def add_tab(self, tab: QWidget, title: str) -> None:
        """Add a tab before "History". ``tab`` has ``show_child(child)``; its ``changed``
        signal, if any, reloads the page."""
        assert isinstance(tab, ChildTab)
        self.tabs.insertTab(self.tabs.indexOf(self.history_tab), tab, title)
        self._tabs.insert(len(self._tabs) - 1, tab)
        changed = getattr(tab, "changed", None)
        if changed is not None:
            changed.connect(self._on_tab_changed)
        if self.child is not None:
            tab.show_child(self.child)

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left or Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        for keys in ("Alt+Left", "Esc"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.back_requested)

        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = QLabel()
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel()
        self.archived_badge = QLabel(self.tr("Archived"))
        self.archived_badge.setStyleSheet(_BADGE.format(bg="#5f6368", fg="white"))

        self.edit_button = QPushButton(self.tr("Edit"))
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.edit_button.clicked.connect(self.edit)
        self.archive_button.clicked.connect(self.archive)
        self.restore_button.clicked.connect(self.restore)
        for button in (self.back_button, self.edit_button, self.archive_button,
                       self.restore_button):  # fmt: skip
            button.setAutoDefault(False)
        self.may_edit = hide_unless(
            self.ctx.actor, Permission.EDIT_CHILDREN, self.edit_button, self.archive_button,
            self.restore_button,
        )  # fmt: skip

        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addSpacing(12)
        title_row.addWidget(self.name_label)
        title_row.addSpacing(8)
        title_row.addWidget(self.status_badge)
        title_row.addWidget(self.archived_badge)
        title_row.addStretch(1)
        title_row.addWidget(self.edit_button)
        title_row.addWidget(self.archive_button)
        title_row.addWidget(self.restore_button)

        self.archived_banner = make_banner(
            "QLabel { background: #eceff1; color: #263238; border: 1px solid #b0bec5;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label.setStyleSheet(WARNING_BANNER_STYLE)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.archived_banner)
        layout.addWidget(self.next_label)
        layout.addWidget(self.tabs, 1)

    # --- showing -----------------------------------------------------------------------
    def _care_step(self, child: ChildOut) -> str:
        """The child's alternative-care follow-up or handover when it is due soon or overdue."""
        if child.archived or not self.ctx.can(Permission.VIEW_CARE):
            return ""
        placement = self.ctx.care.current_placement(child.id)
        if placement is None or placement.next_due is None or placement.next_state is None:
            return ""
        if placement.next_state not in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON):
            return ""
        return self.tr("{0} — due {1} ({2})").format(
            placement.next_due_label, format_date(placement.next_due), placement.next_state.label
        )

    def show_child(self, child_id: int) -> None:
        try:
            child = self.ctx.children.get(child_id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        if self.child is None or self.child.id != child_id:
            self.tabs.setCurrentIndex(0)
        self.child = child
        self.name_label.setText(child.full_name)
        meta = [child.code, child.sex.label]
        if child.birth is not None:
            meta.append(self.tr("born {0}").format(child.birth.display()))
            meta.append(self.tr("{0} years old").format(child.age))
        if child.village_name:
            meta.append(child.village_name)
        self.meta_label.setText("   ·   ".join(meta))
        bg, fg = _STATUS_COLORS[child.effective_status]
        self.status_badge.setText(child.effective_status.label)
        self.status_badge.setStyleSheet(_BADGE.format(bg=bg, fg=fg))
        if child.effective_status is ChildStatus.TURNED_16:
            self.status_badge.setToolTip(
                self.tr(
                    "The child has turned 16 and is no longer a child under the Law on Children."
                )
            )
        else:
            self.status_badge.setToolTip("")
        self.archived_badge.setVisible(child.archived)
        if child.archived:
            self.archived_banner.setText(
                self.tr("This record is archived. Reason: {0}").format(child.archive_reason)
            )
        self.archived_banner.setVisible(child.archived)
        self.archive_button.setVisible(self.may_edit and not child.archived)
        self.restore_button.setVisible(self.may_edit and child.archived)

        steps = next_steps(child)
        care_step = self._care_step(child)
        if care_step:
            nothing = steps == [QCoreApplication.translate("ChildPage", "Nothing to do")]
            steps = [care_step] + ([] if nothing else steps)
        text = self.tr("Next thing to do: {0}").format(f"<b>{html.escape(steps[0])}</b>")
        if len(steps) > 1:
            text += "<br>" + html.escape(self.tr("Also:")) + "<br>"
            text += "<br>".join(f"•&nbsp;{html.escape(step)}" for step in steps[1:])
        self.next_label.setText(text)
        self.next_label.setVisible(not child.archived)  # the archived banner says it all
        nothing = (
            steps == [QCoreApplication.translate("ChildPage", "Nothing to do")] or child.archived
        )
        self.next_label.setStyleSheet(_NEUTRAL_BANNER_STYLE if nothing else WARNING_BANNER_STYLE)
        for tab in self._tabs:
            tab.show_child(child)

    def refresh(self) -> None:
        if self.child is not None:
            self.show_child(self.child.id)

    def next_steps(self) -> list[str]:
        return next_steps(self.child) if self.child is not None else []

    def _on_tab_changed(self) -> None:
        if self.child is not None:
            self.refresh()
            self.child_changed.emit(self.child.id)

    # --- actions -----------------------------------------------------------------------
    def edit(self) -> None:
        if self.child is None:
            return
        dialog = ChildDialog(self.ctx, self.child.id, self)
        dialog.exec()
        if dialog.opened_existing_id is not None:
            self.show_child(dialog.opened_existing_id)
        elif dialog.saved_child_id is not None:
            self.refresh()
            self.child_changed.emit(dialog.saved_child_id)

    def archive(self) -> None:
        if self.child is None or self.child.archived:
            return
        dialog = ArchiveDialog(self.ctx, self.child, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.child_changed.emit(self.child.id)

    def restore(self) -> None:
        if self.child is None or not self.child.archived:
            return
        if not confirm(
            self,
            self.tr("Restore the record?"),
            self.tr("Put the record of {0} back in the register?").format(self.child.full_name),
        ):
            return
        try:
            self.ctx.children.restore(self.child.id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.refresh()
        self.child_changed.emit(self.child.id)


__all__ = ["ArchiveDialog", "ChildPage", "ChildTab", "next_steps"]
