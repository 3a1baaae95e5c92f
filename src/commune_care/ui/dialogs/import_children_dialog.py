"""Import children from an Excel list (issue #6, item 3): a wizard in five steps.

1. *File and sheet* — choose the .xlsx; the sheet that holds the list is chosen by itself (hidden
   sheets are offered, marked); the header found below the title rows is shown.
2. *Columns* — each column of the sheet with its header, its first values and where it goes,
   as guessed from the header (or as saved the last time this template was imported); every
   choice can be changed.
3. *Check* — every line read and checked as the register checks a child typed in by hand, with
   the duplicate check; the lines with their result and reasons, filtered by result. Villages
   the commune does not have yet can be added here, then the lines are checked again.
4. *Import* — all valid lines in one transaction, with a progress bar and Cancel (which leaves
   the register as it was).
5. *Done* — what was imported, and "Save rejected lines…" (an Excel file with a "Lý do" column).

Reading and writing run in a worker (``ui/workers.py``): the window stays responsive and
shows progress; the worker returns plain DTOs and never touches widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import UserError
from commune_care.domain.import_values import village_kind
from commune_care.domain.schemas.children_import import (
    ImportField,
    ImportPreview,
    ImportSummary,
    RowStatus,
    SheetLayout,
)
from commune_care.domain.schemas.commune import CommuneProfileIn, VillageIn
from commune_care.services.children_import import ChildrenImportService, ImportCancelled
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import (
    ERROR_BANNER_STYLE,
    WARNING_BANNER_STYLE,
    fit_combo,
    make_banner,
)
from commune_care.ui.feedback import confirm, show_user_error
from commune_care.ui.models.import_preview_model import ImportPreviewModel
from commune_care.ui.workers import Cancelled, Progress, Worker

HINT_STYLE = "QLabel { color: #555; }"
STEP_FILE, STEP_COLUMNS, STEP_CHECK, STEP_IMPORT, STEP_DONE = range(5)
_FIELD_ORDER = tuple(ImportField)
FILTER_WARNINGS = "warnings"  # the filter's item for lines with a warning


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class ImportChildrenDialog(QDialog):
    """The wizard. ``imported`` carries the number of children added (the caller reloads its
    list when it is not zero)."""

    imported = Signal(int)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: str | Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ChildrenImportService(ctx.children.db, user=ctx.children.actor)
        self.layout_info: SheetLayout | None = None
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self._worker: Worker | None = None
        self._last_worker: Worker | None = None
        self._close_when_idle = False
        self.setWindowTitle(self.tr("Import children from Excel"))
        self.resize(1120, 660)
        self._build()
        self._show_step(STEP_FILE)
        if path is not None:
            self.open_file(str(path))

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.step_label = QLabel()
        self.step_label.setStyleSheet(HINT_STYLE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_step())
        self.stack.addWidget(self._columns_step())
        self.stack.addWidget(self._check_step())
        self.stack.addWidget(self._import_step())
        self.stack.addWidget(self._done_step())

        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def _file_step(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose a file, or type or paste its path"))
        self.path_edit.returnPressed.connect(lambda: self.open_file(self.path_edit.text()))
        self.path_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.browse_button = QPushButton(self.tr("&Choose file…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.sheet_combo = QComboBox()
        fit_combo(self.sheet_combo, 30)
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Excel file:"), file_row)
        form.addRow(self.tr("Sheet:"), sheet_row)
        self.file_status = _hint()
        self.file_error = make_banner(ERROR_BANNER_STYLE)
        self.file_progress = QProgressBar()
        self.file_progress.setRange(0, 0)
        self.file_progress.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(_title_label(self.tr("1. Choose the Excel list")))
        layout.addWidget(
            _hint(
                self.tr(
                    "Choose the .xlsx file in which the commune keeps its children. Title rows "
                    "above the list, merged header cells, blank and total lines are fine: the "
                    "header is found by its column names (Họ và tên, Ngày sinh, …). A file with "
                    "a password or an old .xls file must first be saved as .xlsx in Excel."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.file_progress)
        layout.addWidget(self.file_status)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _columns_step(self) -> QWidget:
        page = QWidget()
        self.columns_hint = _hint()
        self.columns_table = QTableWidget(0, 4)
        headers = [self.tr("Column"), self.tr("Header in the file"), self.tr("First values")]
        self.columns_table.setHorizontalHeaderLabels([*headers, self.tr("Import into")])
        self.columns_table.verticalHeader().hide()
        self.columns_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setAlternatingRowColors(True)
        header = self.columns_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.fontMetrics().averageCharWidth()
        header.resizeSection(0, 8 * char + 16)
        header.resizeSection(1, 34 * char)
        header.resizeSection(3, 38 * char)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        vertical = self.columns_table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(QComboBox().sizeHint().height() + 4)
        self.columns_error = make_banner(ERROR_BANNER_STYLE)
        self.reset_button = QPushButton(self.tr("&Use the guess from the headers"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._reset_mapping)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(page)
        layout.addWidget(_title_label(self.tr("2. Where each column goes")))
        layout.addWidget(self.columns_hint)
        layout.addWidget(self.columns_error)
        layout.addWidget(self.columns_table, 1)
        layout.addLayout(bottom)
        self._combos: list[QComboBox] = []
        return page

    def _check_step(self) -> QWidget:
        page = QWidget()
        self.check_progress = QProgressBar()
        self.check_progress.hide()
        self.check_summary = QLabel()
        self.check_summary.setWordWrap(True)
        self.check_notes = make_banner(WARNING_BANNER_STYLE)
        self.villages_banner = make_banner(WARNING_BANNER_STYLE)
        self.add_villages_button = QPushButton(self.tr("&Add these villages to the commune"))
        self.add_villages_button.setAutoDefault(False)
        self.add_villages_button.clicked.connect(self.add_unknown_villages)
        self.add_villages_button.hide()
        villages_row = QHBoxLayout()
        villages_row.addWidget(self.villages_banner, 1)
        villages_row.addWidget(self.add_villages_button, 0, Qt.AlignmentFlag.AlignTop)
        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("All lines"), "")
        for status in RowStatus:
            self.filter_combo.addItem(status.label, status.value)
        self.filter_combo.addItem(self.tr("With something to check"), FILTER_WARNINGS)
        fit_combo(self.filter_combo, 22)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        filter_row = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.filter_combo)
        filter_row.addWidget(self.check_summary, 1)
        filter_row.addWidget(show)
        filter_row.addWidget(self.filter_combo)
        self.preview_model = ImportPreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.setTabKeyNavigation(False)
        vertical = self.preview_view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.preview_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        m = ImportPreviewModel
        for column, chars in ((m.COL_ROW, 6), (m.COL_STATUS, 11), (m.COL_NAME, 24),
                              (m.COL_BIRTH, 11), (m.COL_SEX, 7), (m.COL_VILLAGE, 13),
                              (m.COL_GROUPS, 9)):  # fmt: skip
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(m.COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.preview_view.selectionModel().currentRowChanged.connect(self._show_line)
        self.line_details = QLabel()
        self.line_details.setWordWrap(True)
        self.line_details.setTextFormat(Qt.TextFormat.PlainText)
        self.line_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line_details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.line_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.line_details.setStyleSheet(
            "QLabel { background: white; border: 1px solid #ccc; padding: 4px 6px; }"
        )
        layout = QVBoxLayout(page)
        layout.addWidget(_title_label(self.tr("3. Check the lines")))
        layout.addWidget(self.check_progress)
        layout.addLayout(filter_row)
        layout.addWidget(self.check_notes)
        layout.addLayout(villages_row)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.line_details)
        layout.addWidget(
            _hint(
                self.tr(
                    "Only the lines marked «Sẽ nhập» are imported, all together or none. Lines "
                    "that are probably a child already registered, or an earlier line of the "
                    "file, are left out: importing the same file again adds nobody."
                )
            )
        )
        return page

    def _import_step(self) -> QWidget:
        page = QWidget()
        self.import_label = QLabel()
        self.import_label.setWordWrap(True)
        self.import_progress = QProgressBar()
        layout = QVBoxLayout(page)
        layout.addWidget(_title_label(self.tr("4. Importing")))
        layout.addSpacing(12)
        layout.addWidget(self.import_label)
        layout.addWidget(self.import_progress)
        layout.addWidget(
            _hint(
                self.tr("Cancel stops the import and leaves the register exactly as it was before.")
            )
        )
        layout.addStretch(1)
        return page

    def _done_step(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.done_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.done_label.setFont(font)
        self.save_errors_button = QPushButton(self.tr("&Save rejected lines…"))
        self.save_errors_button.setAutoDefault(False)
        self.save_errors_button.clicked.connect(lambda: self.save_rejected())
        self.saved_label = _hint()
        row = QHBoxLayout()
        row.addWidget(self.save_errors_button)
        row.addWidget(self.saved_label, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(_title_label(self.tr("5. Done")))
        layout.addSpacing(12)
        layout.addWidget(self.done_label)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(
            _hint(
                self.tr(
                    "The rejected lines are saved with the same columns and a «Lý do» column "
                    "that says what to correct. Correct them in that file and import it again."
                )
            )
        )
        layout.addStretch(1)
        return page

    # --- steps ---------------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_label.setText(self.tr("Step %1 of 5").replace("%1", str(step + 1)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        step, busy = self.step, self.busy
        self.back_button.setEnabled(not busy and step in (STEP_COLUMNS, STEP_CHECK))
        self.back_button.setVisible(step < STEP_IMPORT)
        if step == STEP_CHECK and self.preview is not None:
            count = len(self.preview.ready)
            self.next_button.setText(self.tr("&Import %1 children").replace("%1", thousands(count)))
            enabled = count > 0
        elif step == STEP_DONE:
            self.next_button.setText(self.tr("&Close"))
            enabled = True
        else:
            self.next_button.setText(self.tr("&Next >"))
            enabled = step == STEP_COLUMNS or bool(self.path_edit.text().strip())
        self.next_button.setEnabled(enabled and not busy)
        self.next_button.setVisible(step != STEP_IMPORT)
        self.cancel_button.setVisible(step != STEP_DONE)
        self.cancel_button.setEnabled(True)

    def go_next(self) -> None:
        if self.busy:
            return
        if self.step == STEP_FILE:
            typed = self.path_edit.text().strip()
            if self.layout_info is None or typed != self.layout_info.path:
                if typed:
                    self.open_file(typed)  # a path typed or pasted, not read yet
                return
            self._show_step(STEP_COLUMNS)
        elif self.step == STEP_COLUMNS:
            self._start_check()
        elif self.step == STEP_CHECK and self.preview is not None and self.preview.ready:
            self._start_import()
        elif self.step == STEP_DONE:
            self.accept()

    def go_back(self) -> None:
        if not self.busy and self.step in (STEP_COLUMNS, STEP_CHECK):
            self._show_step(self.step - 1)

    def cancel(self) -> None:
        """The Cancel button: stops the work under way (nothing is written) and stays; closes
        the wizard when nothing is running."""
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def reject(self) -> None:
        """Esc or the window's close button: stops the work under way, then closes."""
        if self._worker is not None:
            self._close_when_idle = True
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    # --- background work -----------------------------------------------------------------
    def _run(
        self,
        job: Callable[[Progress, Callable[[], bool]], Any],
        done: Callable[[Any], None],
        progress: Callable[[int, int], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        stopped: Callable[[], None] | None = None,
    ) -> None:
        def guarded(report: Progress, cancelled: Callable[[], bool]) -> Any:
            try:
                return job(report, cancelled)
            except ImportCancelled:
                raise Cancelled() from None

        worker = Worker(guarded)
        self._worker = worker
        # Kept after it ends: its signals object must outlive the slot that is running.
        self._last_worker = worker

        def finish() -> bool:
            """Back to idle; True when the wizard closed because the user asked it to."""
            self._worker = None
            self._update_buttons()
            if self._close_when_idle:
                self._close_when_idle = False
                super(ImportChildrenDialog, self).reject()
                return True
            return False

        def on_finished(result: Any) -> None:
            if not finish():
                done(result)

        def on_failed(exc: Any) -> None:
            if finish():
                return
            if failed is not None and isinstance(exc, UserError):
                failed(exc)
            elif isinstance(exc, UserError):
                show_user_error(self, exc)
            else:
                raise exc  # a bug: the crash hook logs it and shows it once

        def on_cancelled() -> None:
            if not finish() and stopped is not None:
                stopped()

        if progress is not None:
            worker.signals.progress.connect(progress)
        worker.signals.finished.connect(on_finished)
        worker.signals.failed.connect(on_failed)
        worker.signals.cancelled.connect(on_cancelled)
        self._update_buttons()
        worker.start()

    # --- 1. file and sheet ---------------------------------------------------------------
    def browse(self) -> None:
        start = (
            str(Path(self.path_edit.text()).parent) if self.path_edit.text() else QDir.homePath()
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Excel list"),
            start,
            self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str, sheet: str | None = None) -> None:
        """Read the file's sheets and find the list's header (in the background)."""
        path = path.strip().strip('"')
        if self.busy or not path:
            return
        self.path_edit.setText(path)
        self.layout_info = None
        self.preview = None
        self.file_error.hide()
        self.sheet_combo.setEnabled(False)
        self.file_status.setText(self.tr("Reading the file…"))
        self.file_progress.show()
        self._run(
            lambda _p, _c: self.service.inspect(path, sheet),
            self._file_read,
            failed=self._file_failed,
        )

    def _file_read(self, layout: SheetLayout) -> None:
        self.file_progress.hide()
        self.layout_info = layout
        self.path_edit.setText(layout.path)
        self.sheet_combo.clear()
        for info in layout.sheets:
            if not info.is_worksheet:
                continue
            text = info.name + (self.tr(" (hidden)") if info.hidden else "")
            self.sheet_combo.addItem(text, info.name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(layout.sheet)))
        self.sheet_combo.setEnabled(self.sheet_combo.count() > 1)
        if len(layout.header_rows) == 1:
            text = self.tr("The list's header is row %1 of sheet «%2»; %3 columns.")
        else:
            text = self.tr("The list's header is rows %1 of sheet «%2» (two levels); %3 columns.")
        rows = "–".join(str(r) for r in layout.header_rows)
        text = text.replace("%1", rows).replace("%2", layout.sheet)
        text = text.replace("%3", str(len(layout.columns)))
        self.file_status.setText(text)
        self._fill_columns(layout.mapping)
        self._update_buttons()

    def _file_failed(self, exc: BaseException) -> None:
        self.file_progress.hide()
        self.file_status.setText("")
        self.file_error.setText(exc.message if isinstance(exc, UserError) else str(exc))
        self.file_error.show()
        self._update_buttons()

    def _sheet_chosen(self, index: int) -> None:
        sheet = self.sheet_combo.itemData(index)
        if sheet and (self.layout_info is None or sheet != self.layout_info.sheet):
            self.open_file(self.path_edit.text(), sheet)

    # --- 2. columns ----------------------------------------------------------------------
    def _fill_columns(self, mapping: tuple[ImportField, ...]) -> None:
        layout = self.layout_info
        assert layout is not None
        if layout.mapping_source == "saved":
            hint = self.tr(
                "This layout was imported before: the columns are matched as they were then. "
                "Change any choice that is wrong."
            )
        else:
            hint = self.tr(
                "The columns were recognised from their headers. Check each choice and change "
                "the wrong ones; columns set to «(không nhập)» are not imported. The choices "
                "are remembered for files with the same header."
            )
        self.columns_hint.setText(hint)
        self.columns_error.hide()
        table = self.columns_table
        table.setRowCount(len(layout.columns))
        self._combos = []
        for row, column in enumerate(layout.columns):
            letter = QTableWidgetItem(column.letter)
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 0, letter)
            table.setItem(row, 1, QTableWidgetItem(column.label))
            samples = QTableWidgetItem(" · ".join(column.samples))
            samples.setToolTip("\n".join(column.samples))
            table.setItem(row, 2, samples)
            combo = QComboBox()
            for target in _FIELD_ORDER:
                combo.addItem(target.label, target.value)
            combo.setCurrentIndex(combo.findData(mapping[row].value))
            combo.setAccessibleName(self.tr("Import column %1 into").replace("%1", column.letter))
            combo.setMaxVisibleItems(len(_FIELD_ORDER))
            table.setCellWidget(row, 3, combo)
            self._combos.append(combo)

    def mapping(self) -> tuple[ImportField, ...]:
        return tuple(ImportField(c.currentData()) for c in self._combos)

    def set_mapping(self, column: int, target: ImportField) -> None:
        combo = self._combos[column]
        combo.setCurrentIndex(combo.findData(target.value))

    def _reset_mapping(self) -> None:
        if self.layout_info is not None:
            self._fill_columns(self.layout_info.guessed)

    # --- 3. check ------------------------------------------------------------------------
    def _start_check(self) -> None:
        assert self.layout_info is not None
        layout = self.layout_info.with_mapping(self.mapping())
        self.columns_error.hide()
        self.preview = None
        self.preview_model.set_rows([], {})
        self.check_summary.setText(self.tr("Reading and checking every line…"))
        self.check_notes.hide()
        self.villages_banner.hide()
        self.add_villages_button.hide()
        self.check_progress.setRange(0, 0)
        self.check_progress.show()
        self._show_step(STEP_CHECK)
        self._run(
            lambda report, cancelled: self.service.preview(
                layout, progress=report, cancelled=cancelled
            ),
            self._checked,
            progress=self._check_progress,
            failed=self._check_failed,
            stopped=lambda: self._show_step(STEP_COLUMNS),
        )

    def _check_progress(self, done: int, total: int) -> None:
        self.check_progress.setRange(0, max(total, 1))
        self.check_progress.setValue(min(done, total))

    def _check_failed(self, exc: BaseException) -> None:
        self.check_progress.hide()
        self._show_step(STEP_COLUMNS)
        self.columns_error.setText(exc.message if isinstance(exc, UserError) else str(exc))
        self.columns_error.show()

    def _checked(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.check_progress.hide()
        villages = {v.id: v.name for v in self.ctx.commune.villages(include_inactive=True)}
        self.preview_model.set_rows(preview.rows, villages)
        self._filter_changed(self.filter_combo.currentIndex())
        text = self.tr(
            "%1 lines read: %2 to import, %3 probably already registered, %4 rejected, "
            "%5 skipped (totals, headings)."
        )
        for number, value in enumerate(
            (preview.rows_read, len(preview.ready), preview.count(RowStatus.DUPLICATE),
             preview.count(RowStatus.REJECTED), preview.count(RowStatus.SKIPPED)),
            start=1,
        ):  # fmt: skip
            text = text.replace(f"%{number}", thousands(value))
        self.check_summary.setText(text)
        if preview.notes:
            self.check_notes.setText("\n".join(preview.notes))
            self.check_notes.show()
        if preview.unknown_villages:
            names = ", ".join(f"{name} ({thousands(n)})" for name, n in preview.unknown_villages)
            self.villages_banner.setText(
                self.tr("Villages not in the commune's list yet (lines): %1").replace("%1", names)
            )
            self.villages_banner.show()
            self.add_villages_button.show()
        self._update_buttons()

    def _show_line(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid():
            self.line_details.setText(self.tr("Select a line to read its reasons in full."))
            return
        row = self.preview_model.row_at(current.row())
        head = self.tr("Line %1: %2").replace("%1", str(row.row)).replace("%2", row.status.label)
        self.line_details.setText("\n".join([head, *row.reasons, *row.warnings]))

    def _filter_changed(self, index: int) -> None:
        value = self.filter_combo.itemData(index) or ""
        if value in set(RowStatus):
            self.preview_model.set_filter(RowStatus(value))
        else:
            self.preview_model.set_filter(None, warnings_only=value == FILTER_WARNINGS)
        if self.preview_model.rowCount() > 0:
            self.preview_view.selectRow(0)
        else:
            self._show_line(self.preview_model.index(-1, -1))

    def add_unknown_villages(self) -> None:
        """Add the villages the list names and the commune lacks, then check the lines again."""
        if self.preview is None or not self.preview.unknown_villages:
            return
        names = [name for name, _ in self.preview.unknown_villages]
        question = self.tr("Add these villages to the commune's list?\n\n%1").replace(
            "%1", "\n".join(f"• {n}" for n in names)
        )
        if not confirm(self, self.tr("Add villages"), question):
            return
        profile = self.ctx.commune.profile()
        if profile is None:
            show_user_error(
                self, self.tr("Set up the commune first (Settings), then import the list.")
            )
            return
        current = [
            VillageIn(id=v.id, name=v.name, kind=v.kind) for v in profile.villages if v.active
        ]
        new = [VillageIn(name=n, kind=village_kind(n)) for n in names]
        values = {f: getattr(profile, f) for f in CommuneProfileIn.model_fields}
        try:
            self.ctx.commune.save_profile(CommuneProfileIn(**values), [*current, *new])
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._start_check()

    # --- 4. import -----------------------------------------------------------------------
    def _start_import(self) -> None:
        preview = self.preview
        assert preview is not None
        count = len(preview.ready)
        self.import_label.setText(
            self.tr("Writing %1 children to the register…").replace("%1", thousands(count))
        )
        self.import_progress.setRange(0, max(count, 1))
        self.import_progress.setValue(0)
        self._show_step(STEP_IMPORT)
        self._run(
            lambda report, cancelled: self.service.import_rows(
                preview, progress=report, cancelled=cancelled
            ),
            self._done,
            progress=lambda done, total: self.import_progress.setValue(done),
            failed=self._import_failed,
            stopped=self._import_cancelled,
        )

    def _import_failed(self, exc: BaseException) -> None:
        self._show_step(STEP_CHECK)
        show_user_error(self, exc if isinstance(exc, UserError) else str(exc))

    def _import_cancelled(self) -> None:
        self._show_step(STEP_CHECK)
        self.check_summary.setText(
            self.tr("The import was cancelled; nothing was written. ") + self.check_summary.text()
        )

    # --- 5. done -------------------------------------------------------------------------
    def _done(self, summary: ImportSummary) -> None:
        self.summary = summary
        lines = [self.tr("Children imported: %1").replace("%1", thousands(summary.imported))]
        if summary.imported:
            lines.append(
                self.tr("Their codes: %1 to %2")
                .replace("%1", summary.first_code)
                .replace("%2", summary.last_code)
            )
        for text, value in (
            (self.tr("Lines left out, probably already registered: %1"), summary.duplicates),
            (self.tr("Lines rejected: %1"), summary.rejected),
            (self.tr("Lines skipped (totals, headings): %1"), summary.skipped),
        ):
            lines.append(text.replace("%1", thousands(value)))
        self.done_label.setText("\n".join(lines))
        problems = summary.duplicates + summary.rejected
        self.save_errors_button.setEnabled(problems > 0)
        self.saved_label.setText("")
        self._show_step(STEP_DONE)
        self.imported.emit(summary.imported)

    def save_rejected(self, path: str | None = None) -> None:
        """Write the rejected and duplicate lines, with their reasons, to an Excel file."""
        if self.summary is None or self.preview is None:
            return
        if path is None:
            source = Path(self.preview.layout.path)
            suggested = source.with_name(f"{source.stem} - dong loi.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save rejected lines"),
                str(suggested),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not path:
                return
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        try:
            count = self.service.write_problems(self.preview.layout, self.summary.rows, path)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.saved_label.setText(
            self.tr("%1 lines saved in %2").replace("%1", thousands(count)).replace("%2", path)
        )
