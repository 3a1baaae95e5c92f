"""The managed list of service providers (issue #3, item 3): name, kind, address, phone.

``ProvidersDialog`` lists every provider, the deactivated ones greyed, with add / edit /
deactivate / use again / delete. A provider that a service or referral points to is never deleted,
only deactivated (``SupportService.delete_provider`` refuses; the button says why).
``ProviderDialog`` adds or edits one. Both are reached from Settings and from the service and
referral dialogs.

The small table helpers at the top are shared by the pages and dialogs of this area.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.support import ProviderOut
from commune_care.domain.support import ProviderKind
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import (
    ERROR_BANNER_STYLE,
    FieldErrors,
    fit_combo,
    make_banner,
    select_data,
)
from commune_care.ui.feedback import confirm, show_user_error

MUTED = "#666"
INACTIVE_COLOR = QColor("#8a8a8a")
HINT_STYLE = f"QLabel {{ color: {MUTED}; }}"


# --- tables of this area -----------------------------------------------------------------------
def make_table(headers: Sequence[str]) -> QTableWidget:
    """A read-only table of whole rows, one selected at a time, text wrapped."""
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


def set_widths(table: QTableWidget, widths: Sequence[int], stretch: int | None = None) -> None:
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def fit_rows(table: QTableWidget) -> None:
    """Rows as tall as their (wrapped) text, with air above and below."""
    table.resizeRowsToContents()
    for row in range(table.rowCount()):
        table.setRowHeight(row, table.rowHeight(row) + 8)


def table_item(text: str, data: Any = None, muted: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if text:
        item.setToolTip(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if muted:
        item.setForeground(INACTIVE_COLOR)
    return item


def selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def add_provider_items(combo: QComboBox, providers: Sequence[ProviderOut]) -> None:
    """The providers as combo items (data: id), with their kind in the tooltip."""
    for p in providers:
        text = p.name if p.active else combo.tr("{0} (no longer used)").format(p.name)
        combo.addItem(text, p.id)
        combo.setItemData(
            combo.count() - 1, f"{p.name} — {p.kind_label}", Qt.ItemDataRole.ToolTipRole
        )


# --- one provider --------------------------------------------------------------------------------
class ProviderDialog(QDialog):
    """Add a provider (``provider`` None) or edit one; ``saved`` holds the result."""

    def __init__(
        self,
        ctx: AppContext,
        provider: ProviderOut | None = None,
        parent: QWidget | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.provider = provider
        self.saved: ProviderOut | None = None
        self.setWindowTitle(
            self.tr("New service provider") if provider is None
            else self.tr("Edit service provider")
        )  # fmt: skip
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )
        wrap = self.errors.wrap
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(150)
        self.name_edit.setPlaceholderText(self.tr("E.g. Trạm Y tế xã, Trường THCS …"))
        self.kind_combo = QComboBox()
        for kind in ProviderKind:
            self.kind_combo.addItem(kind.label, kind.value)
        fit_combo(self.kind_combo, 30)
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(255)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(30)
        self.phone_edit.setPlaceholderText("0912 345 678")
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(1000)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name *"), wrap(self.name_edit, "name"))
        form.addRow(self.tr("Kind *"), wrap(self.kind_combo, "kind"))
        form.addRow(self.tr("Address"), wrap(self.address_edit, "address"))
        form.addRow(self.tr("Phone"), wrap(self.phone_edit, "phone"))
        form.addRow(self.tr("Note"), wrap(self.note_edit, "note"))

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

        if provider is not None:
            self.name_edit.setText(provider.name)
            select_data(self.kind_combo, provider.kind.value)
            self.address_edit.setText(provider.address)
            self.phone_edit.setText(provider.phone)
            self.note_edit.setText(provider.note)
        else:
            self.name_edit.setText(name)
            select_data(self.kind_combo, ProviderKind.OTHER.value)
        self.name_edit.setFocus()
        self.resize(620, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "address": self.address_edit.text(),
            "phone": self.phone_edit.text(),
            "note": self.note_edit.text(),
            "active": self.provider.active if self.provider is not None else True,
        }

    def save(self) -> None:
        support = self.ctx.support
        try:
            data = support.validate_provider(self.values())
            if self.provider is None:
                self.saved = support.create_provider(data)
            else:
                self.saved = support.update_provider(self.provider.id, data)
        except InvalidInput as exc:
            first = self.errors.show(exc.errors)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    def accept(self) -> None:
        self.save()


# --- the list ----------------------------------------------------------------------------------
class ProvidersDialog(QDialog):
    """Every provider, deactivated ones greyed; ``changed`` is True once anything was saved and
    ``created_id`` is the last provider added here."""

    COL_NAME, COL_KIND, COL_ADDRESS, COL_PHONE, COL_STATE = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.created_id: int | None = None
        self.rows: list[ProviderOut] = []
        self.setWindowTitle(self.tr("Service providers"))

        intro = QLabel(
            self.tr(
                "The bodies and people services and referrals go to. A provider already used by"
                " a service or referral cannot be deleted: stop using it instead, its history"
                " stays."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.table = make_table(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("State"),
            ]
        )
        set_widths(self.table, (260, 230, 220, 120, 150), stretch=self.COL_ADDRESS)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)  # Enter edits the selected provider

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.deactivate_button = QPushButton(self.tr("Stop using"))
        self.deactivate_button.setToolTip(
            self.tr("No longer offered for new services and referrals; its history stays.")
        )
        self.reactivate_button = QPushButton(self.tr("Use again"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.close_button = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.accept)
        for button in (self.add_button, self.edit_button, self.deactivate_button,
                       self.reactivate_button, self.delete_button):  # fmt: skip
            button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.empty_label = QLabel(self.tr("No provider yet. Add the first with “Add…”."))
        self.empty_label.setStyleSheet(HINT_STYLE)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.deactivate_button,
                       self.reactivate_button, self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()
        self.resize(1060, 520)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    def reload(self, select_id: int | None = None) -> None:
        self.rows = self.ctx.support.providers(include_inactive=True)
        self.table.setRowCount(len(self.rows))
        for row, p in enumerate(self.rows):
            if not p.active:
                state = self.tr("No longer used")
            elif p.in_use:
                state = self.tr("In use")
            else:
                state = self.tr("Not used yet")
            cells = (p.name, p.kind_label, p.address, p.phone, state)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, table_item(text, p.id, muted=not p.active))
        fit_rows(self.table)
        self.empty_label.setVisible(not self.rows)
        if select_id is not None:
            for row, p in enumerate(self.rows):
                if p.id == select_id:
                    self.table.selectRow(row)
                    break
        elif self.rows and selected_row(self.table) is None:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> ProviderOut | None:
        row = selected_row(self.table)
        return self.rows[row] if row is not None and row < len(self.rows) else None

    def _update_buttons(self) -> None:
        p = self.selected()
        self.edit_button.setEnabled(p is not None)
        self.deactivate_button.setEnabled(p is not None and p.active)
        self.reactivate_button.setEnabled(p is not None and not p.active)
        self.delete_button.setEnabled(p is not None)
        self.delete_button.setToolTip(
            self.tr("Used by services or referrals: it can only be stopped, not deleted.")
            if p is not None and p.in_use
            else self.tr("Delete a provider entered by mistake.")
        )

    # --- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        dialog = ProviderDialog(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed = True
            self.created_id = dialog.saved.id
            self.reload(dialog.saved.id)

    def edit_selected(self) -> None:
        p = self.selected()
        if p is None:
            return
        dialog = ProviderDialog(self.ctx, p, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload(p.id)

    def deactivate_selected(self) -> None:
        p = self.selected()
        if p is None or not p.active:
            return
        if not confirm(
            self,
            self.tr("Stop using this provider?"),
            self.tr(
                "«{0}» will no longer be offered for new services and referrals. What was"
                " recorded with it stays. You can use it again later."
            ).format(p.name),
        ):
            return
        self._run(lambda: self.ctx.support.deactivate_provider(p.id), p.id)

    def reactivate_selected(self) -> None:
        p = self.selected()
        if p is None or p.active:
            return
        values = p.model_dump(include={"name", "kind", "address", "phone", "note"})
        self._run(
            lambda: self.ctx.support.update_provider(
                p.id, self.ctx.support.validate_provider({**values, "active": True})
            ),
            p.id,
        )

    def delete_selected(self) -> None:
        p = self.selected()
        if p is None:
            return
        if p.in_use:
            show_user_error(
                self,
                self.tr(
                    "«{0}» is used by services or referrals and cannot be deleted. Choose"
                    " “Stop using” to keep its history."
                ).format(p.name),
            )
            return
        if not confirm(
            self,
            self.tr("Delete this provider?"),
            self.tr("Delete «{0}» from the list? Use this only for a provider entered by mistake.")
            .format(p.name),
        ):  # fmt: skip
            return
        self._run(lambda: self.ctx.support.delete_provider(p.id), None)

    def _run(self, action: Any, select_id: int | None) -> None:
        try:
            action()
        except UserError as exc:
            show_user_error(self, exc)
            self.reload(select_id)
            return
        self.changed = True
        self.reload(select_id)


__all__ = [
    "ProviderDialog",
    "ProvidersDialog",
    "add_provider_items",
    "fit_rows",
    "make_table",
    "selected_row",
    "set_widths",
    "table_item",
]
