"""Sổ văn bản đi: the register of outgoing documents — number, date, number and symbol,
subject, signer, status — filtered by year, type and status. A row opens the document's preview
(print, save as PDF; the signer chosen while it is a draft); a draft is issued (numbered) or
cancelled here. Two documents are printed straight from the data: a child's record sheet and a
list of children of a group or a village."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.documents import COMMON_TYPES, DocumentStatus, DocumentType
from commune_care.domain.schemas.children import ChildFilter
from commune_care.domain.schemas.documents import DocumentFilter, DocumentOut
from commune_care.services.documents import SignerChoice
from commune_care.ui.access import hide_unless, workbook_export_missing
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.case_steps.child_picker import ChildPickerDialog
from commune_care.ui.dialogs.child_dialog import fit_combo, select_data
from commune_care.ui.dialogs.document_dialogs import (
    CancelDocumentDialog,
    ChildrenListDialog,
    IssueDialog,
)
from commune_care.ui.dialogs.document_form_dialog import DocumentForms
from commune_care.ui.dialogs.document_preview import DocumentPreviewDialog, PreviewChoice
from commune_care.ui.dialogs.excel_export_dialog import ExcelExportDialog
from commune_care.ui.models.document_table_model import DocumentTableModel

M = DocumentTableModel
# Column widths in average characters of the UI font (1366×768, 10 pt).
_COLUMN_CHARS = {
    M.COL_NUMBER: 5,
    M.COL_DATE: 11,
    M.COL_SYMBOL: 16,
    M.COL_SUBJECT: 40,  # stretches
    M.COL_SIGNER: 26,
    M.COL_STATUS: 14,
}


def file_name(text: str) -> str:
    """A file name from a document's words, in Vietnamese (Windows takes it): 'Quyết định
    07-QĐ-UBND.pdf'; characters a file name may not hold become '-'."""
    safe = "".join("-" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in text)
    return f"{' '.join(safe.split())[:80].strip(' .') or 'Văn bản'}.pdf"


class DocumentsPage(QWidget):
    document_changed = Signal(int)  # a document was issued or cancelled

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.documents = ctx.documents
        self.model = DocumentTableModel(self.documents, self)
        # The year's plan and report, edited then kept in the register.
        self.forms = DocumentForms(ctx, self, on_saved=self._after_change)
        self._build()
        self._build_forms()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Outgoing documents register"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.sheet_button = QPushButton(self.tr("Child record sheet…"))
        self.sheet_button.setToolTip(self.tr("Print the record sheet of a child"))
        self.list_button = QPushButton(self.tr("List of children…"))
        self.list_button.setToolTip(self.tr("Print the list of children of a group or a village"))
        self.excel_button = QPushButton(self.tr("Export to Excel…"))
        self.excel_button.setToolTip(self.tr("The year's figures and lists in one Excel workbook"))
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setToolTip(
            self.tr("Preview, print or save the selected document (Enter)")
        )
        self.issue_button = QPushButton(self.tr("Issue…"))
        self.issue_button.setToolTip(self.tr("Give the selected draft its number and date"))
        self.cancel_button = QPushButton(self.tr("Cancel document…"))
        self.cancel_button.setToolTip(self.tr("Cancel the selected document; its number is kept"))
        buttons = (self.sheet_button, self.list_button, self.excel_button, self.preview_button,
                   self.issue_button, self.cancel_button)  # fmt: skip
        for button in buttons:
            button.setAutoDefault(False)
        self.sheet_button.clicked.connect(self.print_child_sheet)
        self.list_button.clicked.connect(self.print_children_list)
        self.excel_button.clicked.connect(self.export_excel)
        self.preview_button.clicked.connect(self.preview_selected)
        self.issue_button.clicked.connect(self.issue_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        actor = self.ctx.actor
        hide_unless(actor, Permission.EXPORT_PERSONAL, self.sheet_button, self.list_button)
        hide_unless(actor, Permission.ISSUE_DOCUMENTS, self.issue_button, self.cancel_button)
        self.excel_button.setVisible(workbook_export_missing(actor) is None)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.sheet_button)
        top.addWidget(self.list_button)
        top.addWidget(self.excel_button)
        self.top_row = top

        # Filters
        self.year_combo = QComboBox()
        fit_combo(self.year_combo, 8)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All types"), None)
        others = sorted((t for t in DocumentType if t not in COMMON_TYPES), key=lambda t: t.label)
        for doc_type in (*COMMON_TYPES, *others):
            self.type_combo.addItem(f"{doc_type.label} ({doc_type.abbreviation})", doc_type.value)
        self.type_combo.insertSeparator(len(COMMON_TYPES) + 1)
        fit_combo(self.type_combo, 16, 260)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in DocumentStatus:
            self.status_combo.addItem(status.label, status.value)
        fit_combo(self.status_combo, 12)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        show = QLabel(self.tr("&Year:"))
        show.setBuddy(self.year_combo)
        filters.addWidget(show)
        filters.addWidget(self.year_combo)
        for name, combo in ((self.tr("Type"), self.type_combo),
                            (self.tr("Status"), self.status_combo)):  # fmt: skip
            combo.setToolTip(name)
            combo.setAccessibleName(name)
            filters.addWidget(combo)
        for combo in (self.year_combo, self.type_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters.addStretch(1)
        filters.addWidget(self.clear_button)

        # The register
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        # The register's own order until a header is clicked: drafts, then the latest.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(M.COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.preview_row(index.row()))
        self.table.installEventFilter(self)
        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("QLabel { color: #666; }")
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addSpacing(16)
        actions.addWidget(self.empty_label, 1)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.issue_button)
        actions.addWidget(self.cancel_button)
        self.actions_row = actions

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._fill_years()
        self._update_buttons()

    def _build_forms(self) -> None:
        """The buttons of the documents made from forms: the year's plan and report, and
        editing again the texts of such a draft."""
        self.plan_button = QPushButton(self.tr("New plan for year…"))
        self.plan_button.setToolTip(
            self.tr("The year's plan of the mental-health and orphan-care programme")
        )
        self.report_button = QPushButton(self.tr("New report for year…"))
        self.report_button.setToolTip(self.tr("The year's report of results, with its figures"))
        self.edit_button = QPushButton(self.tr("Edit texts…"))
        self.edit_button.setToolTip(self.tr("Edit the texts of the selected draft"))
        for button in (self.plan_button, self.report_button, self.edit_button):
            button.setAutoDefault(False)
        hide_unless(
            self.ctx.actor, Permission.DRAFT_DOCUMENTS, self.plan_button, self.report_button,
            self.edit_button,
        )  # fmt: skip
        self.plan_button.clicked.connect(self.forms.new_plan)
        self.report_button.clicked.connect(self.forms.new_report)
        self.edit_button.clicked.connect(self.edit_selected)
        self.top_row.insertWidget(2, self.plan_button)
        self.top_row.insertWidget(3, self.report_button)
        self.actions_row.insertWidget(
            self.actions_row.indexOf(self.preview_button), self.edit_button
        )
        self.table.selectionModel().selectionChanged.connect(self._update_edit_button)
        self.model.modelReset.connect(self._update_edit_button)
        self._update_edit_button()

    def _update_edit_button(self) -> None:
        self.edit_button.setEnabled(self.forms.editable(self.selected_document()))

    def edit_selected(self) -> None:
        doc = self.selected_document()
        if self.forms.editable(doc):
            assert doc is not None
            self.forms.edit_document(doc)

    def _fill_years(self) -> None:
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in self.documents.years():
            self.year_combo.addItem(str(year), year)
        select_data(self.year_combo, current if current is not None else date.today().year)
        self.year_combo.blockSignals(False)

    # --- the filter --------------------------------------------------------------------
    def current_filter(self) -> DocumentFilter:
        doc_type = self.type_combo.currentData()
        status = self.status_combo.currentData()
        return DocumentFilter(
            year=self.year_combo.currentData(),
            doc_type=DocumentType(doc_type) if doc_type else None,
            status=DocumentStatus(status) if status else None,
        )

    def apply_filter(self, flt: DocumentFilter) -> None:
        combos = (self.year_combo, self.type_combo, self.status_combo)
        for combo in combos:
            combo.blockSignals(True)
        try:
            select_data(self.year_combo, flt.year)
            select_data(self.type_combo, flt.doc_type.value if flt.doc_type else None)
            select_data(self.status_combo, flt.status.value if flt.status else None)
        finally:
            for combo in combos:
                combo.blockSignals(False)
        self.reload()

    def clear_filters(self) -> None:
        self.apply_filter(DocumentFilter(year=date.today().year))

    def reload(self) -> None:
        """Fetch the register again; keep the selection."""
        selected = self.selected_document()
        self.model.set_filter(self.current_filter())
        n = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 document") if n == 1 else self.tr("{0} documents").format(n)
        )
        if n:
            self.empty_label.clear()
        elif self.current_filter() != DocumentFilter(year=date.today().year):
            self.empty_label.setText(self.tr("No document matches the filters."))
        else:
            self.empty_label.setText(self.tr("No document in the register this year yet."))
        if selected is not None:
            self.select_document(selected.id)

    # --- selection ---------------------------------------------------------------------
    def selected_document(self) -> DocumentOut | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.document(rows[0].row()) if rows else None

    def select_document(self, doc_id: int) -> bool:
        row = self.model.row_of(doc_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def show_document(self, doc_id: int) -> None:
        """Select a document (a draft from "Việc cần làm"): the drafts of every year are shown
        so it is in the list, ready to be issued."""
        if not self.select_document(doc_id):
            self.apply_filter(DocumentFilter(status=DocumentStatus.DRAFT))
            self.select_document(doc_id)
        self.table.setFocus()

    def _update_buttons(self) -> None:
        doc = self.selected_document()
        self.preview_button.setEnabled(doc is not None)
        self.issue_button.setEnabled(doc is not None and doc.status is DocumentStatus.DRAFT)
        self.cancel_button.setEnabled(
            doc is not None and doc.status is not DocumentStatus.CANCELLED
        )

    # --- actions -----------------------------------------------------------------------
    def make_preview(self, doc: DocumentOut) -> DocumentPreviewDialog:
        draft = doc.status is DocumentStatus.DRAFT
        on_behalf = doc.doc_type is not DocumentType.QUYET_DINH
        signer = SignerChoice(on_behalf=on_behalf)
        if self.forms.editable(doc):  # made from a form: the signer its template proposes
            signer = self.forms.forms.proposed_signer(doc.template)
        return DocumentPreviewDialog(
            render=lambda choice: self.documents.render(doc.id, choice.signer),
            save=self.documents.save_pdf,
            printed=self.documents.record_print,
            title=f"{doc.number_symbol or self.tr('Draft')} — {doc.subject}",
            file_name=file_name(f"{doc.type_label} {doc.number_symbol.replace('/', '-')}"),
            signer=signer if draft else None,
            parent=self,
        )

    def preview_row(self, row: int) -> None:
        doc = self.model.document(row)
        if doc is not None:
            self.make_preview(doc).exec()

    def preview_selected(self) -> None:
        doc = self.selected_document()
        if doc is not None:
            self.make_preview(doc).exec()

    def make_issue_dialog(self, doc: DocumentOut) -> IssueDialog:
        return IssueDialog(self.documents, doc, self.ctx.commune.profile(), self)

    def issue_selected(self) -> None:
        doc = self.selected_document()
        if doc is None or doc.status is not DocumentStatus.DRAFT:
            return
        dialog = self.make_issue_dialog(doc)
        dialog.exec()
        if dialog.issued is not None:
            self._after_change(dialog.issued)

    def make_cancel_dialog(self, doc: DocumentOut) -> CancelDocumentDialog:
        return CancelDocumentDialog(self.documents, doc, self)

    def cancel_selected(self) -> None:
        doc = self.selected_document()
        if doc is None or doc.status is DocumentStatus.CANCELLED:
            return
        dialog = self.make_cancel_dialog(doc)
        dialog.exec()
        if dialog.cancelled is not None:
            self._after_change(dialog.cancelled)

    def _after_change(self, doc: DocumentOut) -> None:
        self._fill_years()
        if doc.year is not None and self.year_combo.currentData() not in (None, doc.year):
            select_data(self.year_combo, doc.year)
        self.reload()
        self.select_document(doc.id)
        self.document_changed.emit(doc.id)

    def make_child_picker(self) -> ChildPickerDialog:
        return ChildPickerDialog(self.ctx, self, self.tr("Record sheet of a child"))

    def child_sheet_preview(self, child_id: int, name: str) -> DocumentPreviewDialog:
        def render(choice: PreviewChoice):
            sheet = self.documents.child_sheet(
                child_id, choice.include_confidential, marking=choice.marking
            )
            return self.documents.render_document(sheet)

        return DocumentPreviewDialog(
            render=render,
            save=self.documents.save_pdf,
            printed=self.documents.record_print,
            title=self.tr("Record sheet — {0}").format(name),
            file_name=file_name(f"Phiếu thông tin trẻ em {name}"),
            confidential=True,
            parent=self,
        )

    def print_child_sheet(self) -> None:
        picker = self.make_child_picker()
        picker.exec()
        if picker.chosen is not None:
            self.child_sheet_preview(picker.chosen.id, picker.chosen.full_name).exec()

    def make_list_dialog(self) -> ChildrenListDialog:
        return ChildrenListDialog(self.ctx.commune.profile(), self)

    def children_list_preview(self, flt: ChildFilter) -> DocumentPreviewDialog:
        def render(choice: PreviewChoice):
            return self.documents.render_document(
                self.documents.children_list(flt, signer=choice.signer)
            )

        return DocumentPreviewDialog(
            render=render,
            save=self.documents.save_pdf,
            printed=self.documents.record_print,
            title=self.tr("List of children"),
            file_name=file_name("Danh sách trẻ em"),
            signer=SignerChoice(),
            parent=self,
        )

    def export_excel(self) -> None:
        ExcelExportDialog(self.ctx, self).exec()

    def print_children_list(self) -> None:
        dialog = self.make_list_dialog()
        dialog.exec()
        if dialog.child_filter is not None:
            self.children_list_preview(dialog.child_filter).exec()

    # --- events ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "table", None) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.preview_selected()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fill_years()
        self.reload()


__all__ = ["DocumentsPage", "file_name"]
