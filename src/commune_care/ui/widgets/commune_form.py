"""The commune profile form, shared by the first-run set-up and the Settings page.

The province and commune are picked from the post-2025 list of ``services.places`` (both combos
search as you type, anywhere in the name, without caring for case or diacritics: "hoa cu" finds
"Xã Hòa Cư"); a commune that is not in the list may be typed by hand. Picking a commune fills the
commune name, and the commune name fills the agency's second line and the place name used in
dates, as long as those still hold what was filled in (a line the officer rewrote is left alone).

``save(service)`` validates through ``CommuneService.validate_profile``, saves with
``save_profile`` (one transaction) and shows each ``InvalidInput`` message in red under its field.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.enums import VillageKind
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.commune import (
    CommuneProfileIn,
    CommuneProfileOut,
    VillageIn,
    VillageOut,
    default_agency_name,
    default_place_name,
)
from commune_care.domain.textfold import fold
from commune_care.services.commune import CommuneService
from commune_care.services.places import Place, communes, provinces
from commune_care.ui.dialogs.child_dialog import ERROR_BANNER_STYLE, FieldErrors, make_banner
from commune_care.ui.feedback import show_user_error
from commune_care.ui.models.child_table_model import thousands

CODE_ROLE = Qt.ItemDataRole.UserRole
FOLD_ROLE = Qt.ItemDataRole.UserRole + 20  # the folded name the completer matches on
VILLAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_CHARS = 24  # the labels of both sections line up at this width
DEFAULT_AGENCY_PARENT = CommuneProfileIn.model_fields["agency_parent"].default


class FoldingCompleter(QCompleter):
    """Completes on folded text: any part of the name, no case, no diacritics, đ = d."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(15)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PlaceCombo(QComboBox):
    """An editable combo of places: pick from the list, search by typing, or type a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setCompleter(FoldingCompleter(self.model(), self))
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.setClearButtonEnabled(True)
        # Typing the whole name (in any case, without diacritics) and leaving picks it.
        line_edit.editingFinished.connect(self.snap_to_item)

    def line_edit(self) -> QLineEdit:
        line_edit = self.lineEdit()
        assert line_edit is not None  # the combo is editable
        return line_edit

    def set_places(self, places: Sequence[Place]) -> None:
        self.blockSignals(True)
        self.clear()
        for place in places:
            self.addItem(place.name, place.code)
            self.setItemData(self.count() - 1, fold(place.name), FOLD_ROLE)
        self.setCurrentIndex(-1)
        self.blockSignals(False)

    def find_text(self, text: str) -> int:
        """The row whose name folds to the same text, or -1."""
        key = fold(text)
        if not key:
            return -1
        for row in range(self.count()):
            if self.itemData(row, FOLD_ROLE) == key:
                return row
        return -1

    def picked(self) -> Place | None:
        """The place of the list the text names, or None when the text is not in the list."""
        row = self.find_text(self.currentText())
        if row < 0:
            return None
        return Place(str(self.itemData(row, CODE_ROLE)), self.itemText(row))

    def select_code(self, code: str, fallback_text: str = "") -> None:
        row = self.findData(code) if code else -1
        if row < 0 and fallback_text:
            row = self.find_text(fallback_text)
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText(fallback_text)

    def snap_to_item(self) -> None:
        row = self.find_text(self.currentText())
        if row >= 0 and row != self.currentIndex():
            self.setCurrentIndex(row)
        elif row >= 0 and self.currentText() != self.itemText(row):
            self.setEditText(self.itemText(row))


class KindDelegate(QStyledItemDelegate):
    """The kind of a village (thôn, bản, tổ dân phố…) chosen from ``VillageKind``."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for kind in VillageKind:
            combo.addItem(kind.value, kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        row = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(row, 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CommuneForm(QWidget):
    """Edit a commune profile and its villages.

    ``load(profile, villages)`` fills it; ``save(service)`` validates and saves, returning the
    saved profile, or None after showing what to correct. ``changed`` fires on any edit;
    ``submit_requested`` when Enter is pressed in a one-line field (for pages, which have no
    default button; a dialog's default button already reacts to Enter).
    """

    changed = Signal()
    submit_requested = Signal()

    COL_NAME = 0
    COL_KIND = 1
    COL_ACTIVE = 2
    COL_CHILDREN = 3

    def __init__(self, parent: QWidget | None = None, show_village_usage: bool = True) -> None:
        super().__init__(parent)
        self._loading = False
        self._show_usage = show_village_usage
        self._previous_name = ""
        self._snapshot: tuple[Any, ...] = ()
        self._build()
        self._connect()
        self.load(None)

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )
        wrap = self.errors.wrap

        commune_box = QGroupBox(self.tr("Commune"))
        form = self._form(commune_box)
        self.province_combo = PlaceCombo()
        self.province_combo.set_places(provinces())
        self.province_combo.line_edit().setPlaceholderText(self.tr("Type to search"))
        form.addRow(
            self._label(self.tr("Province or city *"), self.province_combo),
            wrap(
                self.province_combo,
                "province_name",
                "province_code",
                focus=self.province_combo.line_edit(),
            ),
        )
        self.commune_combo = PlaceCombo()
        self.commune_combo.line_edit().setPlaceholderText(
            self.tr("Type part of the name to search the official list")
        )
        self.commune_combo.setToolTip(
            self.tr(
                "The communes after the 2025 reorganisation. If yours is not in the list,"
                " leave this empty and type its name below."
            )
        )
        form.addRow(
            self._label(self.tr("Commune in the official list"), self.commune_combo),
            wrap(self.commune_combo, "commune_code", focus=self.commune_combo.line_edit()),
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(150)
        self.name_edit.setToolTip(self.tr("As written in documents and reports"))
        form.addRow(
            self._label(self.tr("Commune name *"), self.name_edit),
            wrap(self.name_edit, "commune_name"),
        )
        self.agency_parent_edit = QLineEdit()
        self.agency_parent_edit.setMaxLength(150)
        self.agency_parent_edit.setToolTip(
            self.tr("The first line of the agency in the top-left corner of documents")
        )
        form.addRow(
            self._label(self.tr("Agency, first line *"), self.agency_parent_edit),
            wrap(self.agency_parent_edit, "agency_parent"),
        )
        self.agency_name_edit = QLineEdit()
        self.agency_name_edit.setMaxLength(150)
        self.agency_name_edit.setToolTip(
            self.tr("The second line of the agency, written in capitals")
        )
        form.addRow(
            self._label(self.tr("Agency, second line *"), self.agency_name_edit),
            wrap(self.agency_name_edit, "agency_name"),
        )
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(150)
        self.place_edit.setToolTip(
            self.tr("The place written before the date of documents: «<place>, ngày … tháng …»")
        )
        form.addRow(
            self._label(self.tr("Place name in dates *"), self.place_edit),
            wrap(self.place_edit, "place_name"),
        )

        people_box = QGroupBox(self.tr("Signatures and reports"))
        people = self._form(people_box)
        self.officer_edit = QLineEdit()
        self.chairman_edit = QLineEdit()
        self.vice_chairman_edit = QLineEdit()
        self.recipient_edit = QLineEdit()
        for edit in (self.officer_edit, self.chairman_edit, self.vice_chairman_edit):
            edit.setMaxLength(150)
            edit.setPlaceholderText(self.tr("Full name"))
        self.recipient_edit.setMaxLength(150)
        self.recipient_edit.setPlaceholderText(
            self.tr("The agency that receives the commune's reports")
        )
        for text, edit, field in (
            (self.tr("Officer in charge"), self.officer_edit, "officer_name"),
            (self.tr("Chairman of the People's Committee"), self.chairman_edit, "chairman_name"),
            (
                self.tr("Vice-chairman of the People's Committee"),
                self.vice_chairman_edit,
                "vice_chairman_name",
            ),
            (self.tr("Reports go to"), self.recipient_edit, "upper_recipient"),
        ):
            people.addRow(self._label(text, edit), wrap(edit, field))

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(commune_box)
        left.addWidget(people_box)
        left.addStretch(1)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._villages_box(), 1)

        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 11)
        columns.addSpacing(6)
        columns.addLayout(right, 9)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_banner)
        layout.addLayout(columns, 1)

        chain: list[QWidget] = [
            self.province_combo,
            self.commune_combo,
            self.name_edit,
            self.agency_parent_edit,
            self.agency_name_edit,
            self.place_edit,
            self.officer_edit,
            self.chairman_edit,
            self.vice_chairman_edit,
            self.recipient_edit,
            self.villages_table,
            self.add_village_button,
            self.remove_village_button,
            self.up_button,
            self.down_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _villages_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Villages, hamlets and residential groups"))
        table = QTableWidget(0, 4)
        self.villages_table = table
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("In use"), self.tr("Children")]
        )
        table.setItemDelegateForColumn(self.COL_KIND, KindDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, F2 edits
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Villages"))
        table.setToolTip(
            self.tr(
                "Type to rename (F2 or a double click also edits). Untick «In use» for a"
                " village that no longer exists: its children keep it in their records."
            )
        )
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        header.resizeSection(self.COL_KIND, 14 * char + 16)
        for column in (self.COL_ACTIVE, self.COL_CHILDREN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            table.setColumnHidden(column, not self._show_usage)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        table.setMinimumHeight(180)

        self.add_village_button = QPushButton(self.tr("Add"))
        self.remove_village_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button in (
            self.add_village_button,
            self.remove_village_button,
            self.up_button,
            self.down_button,
        ):
            button.setAutoDefault(False)
        self.add_village_button.setToolTip(self.tr("Add a village at the end of the list"))
        self.remove_village_button.setToolTip(
            self.tr("Remove the selected village (one with children is only marked not in use)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_village_button)
        buttons.addWidget(self.remove_village_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        self.villages_note = QLabel()
        self.villages_note.setWordWrap(True)
        self.villages_note.setStyleSheet("QLabel { color: #555; }")
        self.villages_note.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(
            self.tr(
                "Each child is recorded in one of these. Press Add, type the name, then"
                " choose the kind (double click or F2 to change a cell)."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("QLabel { color: #555; }")

        inner = QVBoxLayout()
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addWidget(table, 1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(box)
        layout.addWidget(self.errors.wrap(inner, "villages", focus=table), 1)
        layout.addWidget(self.villages_note)
        return box

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(6)
        return form

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setFixedWidth(LABEL_CHARS * self.fontMetrics().averageCharWidth())
        label.setContentsMargins(0, 4, 0, 0)  # level with the text of the field beside it
        return label

    def _connect(self) -> None:
        self.province_combo.currentIndexChanged.connect(self._on_province_picked)
        self.commune_combo.currentIndexChanged.connect(self._on_commune_picked)
        self.name_edit.textChanged.connect(self._on_name_changed)
        for combo in (self.province_combo, self.commune_combo):
            combo.editTextChanged.connect(self._emit_changed)
        for edit in self._line_edits():
            edit.textChanged.connect(self._emit_changed)
            edit.returnPressed.connect(self.submit_requested)
        self.villages_table.itemChanged.connect(self._emit_changed)
        self.villages_table.itemSelectionChanged.connect(self._update_village_buttons)
        self.add_village_button.clicked.connect(lambda: self.add_village(edit=True))
        self.remove_village_button.clicked.connect(self.remove_selected_village)
        self.up_button.clicked.connect(lambda: self.move_selected_village(-1))
        self.down_button.clicked.connect(lambda: self.move_selected_village(1))

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.name_edit,
            self.agency_parent_edit,
            self.agency_name_edit,
            self.place_edit,
            self.officer_edit,
            self.chairman_edit,
            self.vice_chairman_edit,
            self.recipient_edit,
        )

    def _emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    # --- filling in for the officer ----------------------------------------------------
    def _on_province_picked(self, row: int) -> None:
        if self._loading:
            return
        place = self.province_combo.picked() if row >= 0 else None
        picked_commune = self.commune_combo.currentText()
        self.commune_combo.set_places(communes(place.code) if place else ())
        # A commune of the same name in the new province stays picked; otherwise none is.
        if picked_commune and (found := self.commune_combo.find_text(picked_commune)) >= 0:
            self.commune_combo.setCurrentIndex(found)
        self.changed.emit()

    def _on_commune_picked(self, row: int) -> None:
        if self._loading or row < 0:
            return
        # Picking a commune is saying which one it is: its name replaces the name typed.
        self.name_edit.setText(self.commune_combo.itemText(row))

    def _on_name_changed(self, name: str) -> None:
        """The agency line and the place follow the name while they hold what was filled in."""
        if not self._loading:
            previous = self._previous_name
            for edit, default in (
                (self.agency_name_edit, default_agency_name),
                (self.place_edit, default_place_name),
            ):
                current = edit.text().strip()
                if not current or (previous.strip() and current == default(previous)):
                    edit.setText(default(name) if name.strip() else "")
        self._previous_name = name

    # --- villages ----------------------------------------------------------------------
    def add_village(
        self,
        name: str = "",
        kind: VillageKind = VillageKind.THON,
        village_id: int | None = None,
        active: bool = True,
        child_count: int = 0,
        edit: bool = False,
    ) -> int:
        """Append a row; returns its number. ``edit`` starts typing its name."""
        table = self.villages_table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(VILLAGE_ID_ROLE, village_id)
        kind_item = QTableWidgetItem(kind.value)
        active_item = QTableWidgetItem()
        active_item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        active_item.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        count_item = QTableWidgetItem(thousands(child_count))
        count_item.setData(CHILD_COUNT_ROLE, child_count)
        count_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        count_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, self.COL_NAME, name_item)
        table.setItem(row, self.COL_KIND, kind_item)
        table.setItem(row, self.COL_ACTIVE, active_item)
        table.setItem(row, self.COL_CHILDREN, count_item)
        table.blockSignals(False)
        if edit:
            table.setCurrentCell(row, self.COL_NAME)
            table.setFocus()
            table.editItem(name_item)
        self._update_village_buttons()
        self._emit_changed()
        return row

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.villages_table.item(row, column)
        assert item is not None  # every cell of a row is made by add_village
        return item

    def village_count(self) -> int:
        return self.villages_table.rowCount()

    def village_row(self, row: int) -> tuple[str, VillageKind, bool, int | None]:
        """(name, kind, in use, id) of a row as shown."""
        name_item = self._item(row, self.COL_NAME)
        kind_text = self._item(row, self.COL_KIND).text()
        try:
            kind = VillageKind(kind_text)
        except ValueError:
            kind = VillageKind.OTHER
        active = self._item(row, self.COL_ACTIVE).checkState() == Qt.CheckState.Checked
        village_id = name_item.data(VILLAGE_ID_ROLE)
        return name_item.text(), kind, active, int(village_id) if village_id else None

    def _child_count(self, row: int) -> int:
        return int(self._item(row, self.COL_CHILDREN).data(CHILD_COUNT_ROLE) or 0)

    def selected_village_row(self) -> int:
        rows = self.villages_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected_village(self) -> None:
        row = self.selected_village_row()
        if row < 0:
            return
        name = self.village_row(row)[0]
        count = self._child_count(row)
        if count and self._show_usage:
            # Its children keep it: it is retired on saving, not deleted.
            self._item(row, self.COL_ACTIVE).setCheckState(Qt.CheckState.Unchecked)
            self.villages_note.setText(
                self.tr(
                    "«{0}» has {1} children in the register: it is kept for their records and"
                    " marked not in use, so it is no longer offered for new children."
                ).format(name, count)
            )
            return
        self.villages_table.removeRow(row)
        if self.villages_table.rowCount():
            self.villages_table.selectRow(min(row, self.villages_table.rowCount() - 1))
        self.villages_note.clear()
        self._update_village_buttons()
        self._emit_changed()

    def move_selected_village(self, step: int) -> None:
        table = self.villages_table
        row = self.selected_village_row()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        table.blockSignals(True)
        for column in range(table.columnCount()):
            item = table.takeItem(row, column)
            other = table.takeItem(target, column)
            table.setItem(target, column, item)
            table.setItem(row, column, other)
        table.blockSignals(False)
        table.selectRow(target)
        self._update_village_buttons()
        self._emit_changed()

    def _update_village_buttons(self) -> None:
        row = self.selected_village_row()
        self.remove_village_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.villages_table.rowCount() - 1)

    # --- loading -----------------------------------------------------------------------
    def load(
        self,
        profile: CommuneProfileIn | None,
        villages: Sequence[VillageOut] | None = None,
    ) -> None:
        """Show a profile (None: an empty form for the first start) and its villages
        (default: those of ``profile`` when it is a ``CommuneProfileOut``)."""
        if villages is None:
            villages = profile.villages if isinstance(profile, CommuneProfileOut) else ()
        self._loading = True
        try:
            self.errors.clear()
            self.villages_note.clear()
            if profile is None:
                self.province_combo.select_code("")
                self.commune_combo.set_places(())
                self.commune_combo.setEditText("")
                for edit in self._line_edits():
                    edit.clear()
                self.agency_parent_edit.setText(DEFAULT_AGENCY_PARENT)
            else:
                self.province_combo.select_code(profile.province_code, profile.province_name)
                place = self.province_combo.picked()
                self.commune_combo.set_places(communes(place.code) if place else ())
                row = self.commune_combo.findData(profile.commune_code)
                if profile.commune_code and row >= 0:
                    self.commune_combo.setCurrentIndex(row)
                else:
                    self.commune_combo.setEditText("")
                for edit, value in zip(
                    self._line_edits(),
                    (
                        profile.commune_name,
                        profile.agency_parent,
                        profile.agency_name,
                        profile.place_name,
                        profile.officer_name,
                        profile.chairman_name,
                        profile.vice_chairman_name,
                        profile.upper_recipient,
                    ),
                    strict=True,
                ):
                    edit.setText(value)
            self._previous_name = self.name_edit.text()
            self.villages_table.setRowCount(0)
            for village in villages:
                self.add_village(
                    village.name,
                    village.kind,
                    village_id=village.id,
                    active=village.active,
                    child_count=village.child_count,
                )
        finally:
            self._loading = False
        self._update_village_buttons()
        self.mark_clean()

    # --- values ------------------------------------------------------------------------
    def profile_values(self) -> dict[str, object]:
        """The raw values for ``CommuneService.validate_profile``."""
        province = self.province_combo.picked()
        commune = self.commune_combo.picked()
        return {
            "province_code": province.code if province else "",
            "province_name": province.name if province else self.province_combo.currentText(),
            "commune_code": commune.code if commune else "",
            "commune_name": self.name_edit.text(),
            "agency_parent": self.agency_parent_edit.text(),
            "agency_name": self.agency_name_edit.text(),
            "place_name": self.place_edit.text(),
            "officer_name": self.officer_edit.text(),
            "chairman_name": self.chairman_edit.text(),
            "vice_chairman_name": self.vice_chairman_edit.text(),
            "upper_recipient": self.recipient_edit.text(),
        }

    def village_values(self) -> tuple[list[VillageIn], dict[str, str]]:
        """(the villages in use, in order, for ``save_profile``; errors by field). A new row
        left without a name is skipped; a village renamed to nothing is an error."""
        villages: list[VillageIn] = []
        problems: list[str] = []
        for row in range(self.village_count()):
            name, kind, active, village_id = self.village_row(row)
            if not active and village_id is not None:
                continue  # retired (or deleted when unused) by the service
            if not name.strip() and village_id is None:
                continue
            try:
                villages.append(VillageIn(name=name, kind=kind, id=village_id))
            except ValidationError as exc:
                for message in InvalidInput.from_pydantic(exc).errors.values():
                    problems.append(self.tr("Row {0}: {1}").format(row + 1, message))
        errors = {"villages": "\n".join(problems)} if problems else {}
        return villages, errors

    def state(self) -> tuple[Any, ...]:
        """Everything the user can change, to tell whether anything was typed."""
        rows = tuple(self.village_row(r) for r in range(self.village_count()))
        return (
            self.province_combo.currentText(),
            self.commune_combo.currentText(),
            *(edit.text() for edit in self._line_edits()),
            rows,
        )

    def is_dirty(self) -> bool:
        return self.state() != self._snapshot

    def mark_clean(self) -> None:
        self._snapshot = self.state()

    # --- saving ------------------------------------------------------------------------
    def save(self, service: CommuneService) -> CommuneProfileOut | None:
        """Validate and save in one transaction; on a problem show it and return None (then
        nothing was written)."""
        villages, errors = self.village_values()
        try:
            profile = service.validate_profile(self.profile_values())
        except InvalidInput as exc:
            self.show_errors({**exc.errors, **errors})
            return None
        if errors:
            self.show_errors(errors)
            return None
        try:
            saved = service.save_profile(profile, villages)
        except InvalidInput as exc:
            self.show_errors(exc.errors)
            return None
        except UserError as exc:
            self.errors.clear()
            show_user_error(self, exc)
            return None
        self.load(saved, service.villages(include_inactive=True))
        return saved

    def show_errors(self, errors: Mapping[str, str]) -> None:
        first = self.errors.show(errors)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.errors.clear()

    def error_text(self, field: str) -> str:
        """The message shown under a field ("" when none)."""
        return self.errors.message(field)
