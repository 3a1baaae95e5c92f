""" "Xuất Excel…": the workbook for the upper level (issue #6) — the period (a year, a quarter,
6 months, two days), our layout or a saved "Mẫu của cấp trên" (added, edited, renamed, deleted
here), anonymised or not, the file; written in a ``Worker`` with a progress bar and Cancel
(nothing is left behind).

A workbook with children's names is personal data (Nghị định 56, Điều 24; issue #8): the dialog
says so while "Anonymised" is off, and Export then asks once more, offering the anonymised
workbook first. Every export is recorded in the audit trail by the service."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.access import Permission
from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.periods import PeriodKind, ReportPeriod
from commune_care.services.excel_templates import ExcelTemplatesService
from commune_care.ui.access import denied_tooltip
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.backup_common import NOTE_STYLE
from commune_care.ui.dialogs.excel_template_dialog import ExcelTemplateDialog
from commune_care.ui.widgets.date_edit import DateLineEdit
from commune_care.ui.workers import Cancelled, Progress, Worker

__all__ = ["ExcelExportDialog"]


class ExcelExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.worker: Worker | None = None
        self.result_: Any = None
        self._close_when_done = False
        today = today or date.today()
        self.setWindowTitle(self.tr("Export to Excel"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, today.year)
        self.year_spin.setValue(today.year)
        self.anonymise_check = QCheckBox(
            self.tr("Anonymised: child codes instead of names; no ID numbers, addresses or parents")
        )
        self.personal_warning = QLabel(self.tr(
            "The workbook will hold children's names, ID numbers, addresses and parents' names: "
            "personal data protected by law (Nghị định 56, Điều 24). Keep it on this PC or hand "
            "it over in person; to send it by e-mail, tick Anonymised."))  # fmt: skip
        self.personal_warning.setWordWrap(True)
        self.personal_warning.setStyleSheet(NOTE_STYLE)
        self.anonymise_check.toggled.connect(
            lambda anonymised: self.personal_warning.setVisible(not anonymised)
        )
        if not ctx.can(Permission.EXPORT_PERSONAL):  # "Chỉ xem": the anonymised workbook only
            self.anonymise_check.setChecked(True)
            self.anonymise_check.setEnabled(False)
            self.anonymise_check.setToolTip(denied_tooltip(Permission.EXPORT_PERSONAL))
        self.path_edit = QLineEdit()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.path_edit.setText(
            str(Path(folder or Path.home()) / f"So lieu tre em {today.year}.xlsx")
        )
        self.year_spin.valueChanged.connect(self._year_changed)
        self.kind_combo = QComboBox()
        for kind, label in ((PeriodKind.YEAR, self.tr("Year")),
                            (PeriodKind.QUARTER, self.tr("Quarter")),
                            (PeriodKind.HALF, self.tr("Six months")),
                            (PeriodKind.RANGE, self.tr("From … to …"))):  # fmt: skip
            self.kind_combo.addItem(label, kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.part_combo = QComboBox()
        self.from_edit = DateLineEdit(required=True)
        self.to_edit = DateLineEdit(required=True)
        self.from_edit.set_date(today.replace(month=1, day=1))
        self.to_edit.set_date(today)
        period_row = QHBoxLayout()
        period_row.addWidget(self.kind_combo)
        period_row.addWidget(self.year_spin)
        period_row.addWidget(self.part_combo, 1)
        self.from_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            period_row.addWidget(widget)
        self.templates = ExcelTemplatesService(ctx.db, ctx.actor)
        self.template_combo = QComboBox()
        self.add_template_button = QPushButton(self.tr("Add template of the upper level…"))
        self.edit_template_button = QPushButton(self.tr("Edit…"))
        self.rename_template_button = QPushButton(self.tr("Rename…"))
        self.delete_template_button = QPushButton(self.tr("Delete"))
        self.add_template_button.clicked.connect(self.add_template)
        self.edit_template_button.clicked.connect(self.edit_template)
        self.rename_template_button.clicked.connect(self.rename_template)
        self.delete_template_button.clicked.connect(self.delete_template)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        template_buttons = QHBoxLayout()
        for button in (self.add_template_button, self.edit_template_button,
                       self.rename_template_button, self.delete_template_button):  # fmt: skip
            button.setAutoDefault(False)
            template_buttons.addWidget(button)
        template_buttons.addStretch(1)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), period_row)
        form.addRow(self.tr("&Layout:"), self.template_combo)
        form.addRow("", template_buttons)
        form.addRow("", self.anonymise_check)
        form.addRow("", self.personal_warning)
        form.addRow(self.tr("&File:"), path_row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.request_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.cancel_button.setEnabled(False)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "One workbook for the period: summary, children in special circumstances, mental "
            "health, orphans and alternative care, support and intervention (no confidential "
            "information), activities. Or the list of children in a template of the upper "
            "level."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._kind_changed()
        self.reload_templates()
        self.resize(720, self.sizeHint().height())

    def _year_changed(self, year: int) -> None:
        path = Path(self.path_edit.text())
        self.path_edit.setText(str(path.with_name(f"So lieu tre em {year}.xlsx")))

    # --- the period ---------------------------------------------------------------------------
    def _kind_changed(self, _index: int = 0) -> None:
        kind = PeriodKind(self.kind_combo.currentData())
        self.part_combo.clear()
        if kind is PeriodKind.QUARTER:
            for n, roman in enumerate(("I", "II", "III", "IV"), 1):
                self.part_combo.addItem(self.tr("Quarter %1").replace("%1", roman), n)
        elif kind is PeriodKind.HALF:
            self.part_combo.addItem(self.tr("First six months"), 1)
            self.part_combo.addItem(self.tr("Last six months"), 2)
        ranged = kind is PeriodKind.RANGE
        self.year_spin.setVisible(not ranged)
        self.part_combo.setVisible(kind in (PeriodKind.QUARTER, PeriodKind.HALF))
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(ranged)

    def period(self) -> int | ReportPeriod:
        """The chosen period: a year as an int (its own checks), else a ``ReportPeriod``;
        ``InvalidInput`` for dates that are not dates."""
        kind = PeriodKind(self.kind_combo.currentData())
        year = self.year_spin.value()
        if kind is PeriodKind.QUARTER:
            return ReportPeriod.of_quarter(year, int(self.part_combo.currentData()))
        if kind is PeriodKind.HALF:
            return ReportPeriod.of_half(year, int(self.part_combo.currentData()))
        if kind is PeriodKind.RANGE:
            start, end = self.from_edit.date(), self.to_edit.date()
            if start is None or end is None:
                raise InvalidInput({"from": self.from_edit.error() or self.to_edit.error()
                                    or self.tr("Type both dates as dd/mm/yyyy.")})  # fmt: skip
            return ReportPeriod.between(start, end)
        return year

    # --- the templates ------------------------------------------------------------------------
    def reload_templates(self, select: int | None = None) -> None:
        current = select if select is not None else self.template_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("The app's workbook (six sheets)"), None)
        for t in self.templates.list():
            self.template_combo.addItem(f"{t.name} — {t.list_label}", t.id)
        index = self.template_combo.findData(current) if current is not None else 0
        self.template_combo.setCurrentIndex(max(index, 0))
        self.template_combo.blockSignals(False)
        self._template_changed()

    def template_id(self) -> int | None:
        data = self.template_combo.currentData()
        return int(data) if data is not None else None

    def _template_changed(self, _index: int = 0) -> None:
        chosen = self.template_id() is not None
        for button in (self.edit_template_button, self.rename_template_button,
                       self.delete_template_button):  # fmt: skip
            button.setEnabled(chosen)

    def add_template(self) -> None:
        dialog = ExcelTemplateDialog(self.ctx, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload_templates(dialog.saved.id)

    def edit_template(self) -> None:
        template_id = self.template_id()
        if template_id is None:
            return
        try:
            template = self.templates.get(template_id)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        dialog = ExcelTemplateDialog(self.ctx, self, template)
        if dialog.exec() and dialog.saved is not None:
            self.reload_templates(dialog.saved.id)

    def rename_template(self) -> None:
        template_id = self.template_id()
        if template_id is None:
            return
        old = self.templates.get(template_id).name
        name, ok = QInputDialog.getText(self, self.tr("Rename the template"),
                                        self.tr("New name:"), text=old)  # fmt: skip
        if not ok:
            return
        try:
            self.templates.rename(template_id, name)
        except InvalidInput as exc:
            self.message.setText("\n".join(exc.errors.values()))
            return
        self.message.clear()
        self.reload_templates(template_id)

    def delete_template(self) -> None:
        template_id = self.template_id()
        if template_id is None:
            return
        name = self.templates.get(template_id).name
        answer = QMessageBox.question(
            self, self.tr("Delete the template"),
            self.tr("Delete the template «%1»? Files already exported stay.").replace("%1", name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.templates.delete(template_id)
        self.reload_templates()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Excel file"), self.path_edit.text(),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if path:
            self.path_edit.setText(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")

    def request_export(self) -> None:
        """Export; with names, only once the officer has chosen that over the anonymised
        workbook offered first."""
        if not self.anonymise_check.isChecked():
            choice = self.ask_personal_data()
            if choice == "cancel":
                return
            if choice == "anonymise":
                self.anonymise_check.setChecked(True)
        self.start()

    def ask_personal_data(self) -> str:
        """'anonymise', 'personal' or 'cancel'."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Personal data"))
        box.setText(self.tr(
            "This workbook will hold the names and personal details of children. Export the "
            "anonymised workbook instead (child codes only)?"))  # fmt: skip
        box.setInformativeText(self.tr(
            "The export is recorded in the audit trail with your name and the time."))  # fmt: skip
        anonymise = box.addButton(self.tr("Export &anonymised"), QMessageBox.ButtonRole.AcceptRole)
        personal = box.addButton(self.tr("Export &with names"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(anonymise)
        box.exec()
        clicked = box.clickedButton()
        if clicked is anonymise:
            return "anonymise"
        return "personal" if clicked is personal else "cancel"

    def start(self) -> None:
        from commune_care.services.excel_export import ExcelExportCancelled, ExcelExportService
        from commune_care.services.excel_template_export import TemplateExportService

        text = self.path_edit.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the file."))
            return
        out = Path(text if text.lower().endswith(".xlsx") else f"{text}.xlsx")
        if not out.parent.is_dir():
            self.message.setText(self.tr("The folder does not exist. Choose another one."))
            return
        try:
            period = self.period()
        except InvalidInput as exc:
            self.message.setText("\n".join(exc.errors.values()))
            return
        anonymise = self.anonymise_check.isChecked()
        template_id = self.template_id()
        if template_id is not None:
            by_template = TemplateExportService(self.ctx.db, self.ctx.actor)

            def job(progress: Progress, cancelled: Any) -> Any:
                try:
                    return by_template.export(template_id, period, out, anonymise,
                                              progress=progress, cancelled=cancelled)  # fmt: skip
                except ExcelExportCancelled:
                    raise Cancelled() from None
        else:
            service = ExcelExportService(self.ctx.db, self.ctx.actor)

            def job(progress: Progress, cancelled: Any) -> Any:
                try:
                    return service.export(period, out, anonymise, progress=progress,
                                          cancelled=cancelled)  # fmt: skip
                except ExcelExportCancelled:
                    raise Cancelled() from None

        self.worker = Worker(job)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self.message.setText(self.tr("Writing the workbook…"))
        self._set_running(True)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _set_running(self, running: bool) -> None:
        for widget in (self.year_spin, self.kind_combo, self.part_combo, self.from_edit,
                       self.to_edit, self.template_combo, self.add_template_button,
                       self.edit_template_button, self.rename_template_button,
                       self.delete_template_button, self.anonymise_check, self.path_edit,
                       self.choose_button, self.export_button, self.close_button):  # fmt: skip
            widget.setEnabled(not running)
        self.anonymise_check.setEnabled(not running and self.ctx.can(Permission.EXPORT_PERSONAL))
        if not running:
            self._template_changed()
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setValue(0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self) -> None:
        self.worker = None
        self._set_running(False)
        if self._close_when_done:
            self.reject()

    def _finished(self, result: Any) -> None:
        self.result_ = result
        rows = result.rows if isinstance(result.rows, int) else result.rows.get("Trẻ em có HCĐB", 0)
        self.message.setText(
            self.tr("Done: %1 (%2 children).").replace("%1", str(result.path))
            .replace("%2", f"{rows:,}".replace(",", "."))
        )  # fmt: skip
        self._done()

    def _failed(self, exc: object) -> None:
        if isinstance(exc, UserError):
            self.message.setText(exc.message)
        else:
            self.message.setText(self.tr("The file could not be written. See the log for details."))
        self._done()

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Cancelled; no file was written."))
        self._done()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self._close_when_done = True
            self.worker.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.worker is not None:
            self._close_when_done = True
            self.worker.cancel()
            return
        super().reject()
