""" "Xuất Excel…": the year's workbook for the upper level (issue #6) — year, anonymised or not,
the file; written in a ``Worker`` with a progress bar and Cancel (nothing is left behind).

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
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import UserError
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.backup_common import NOTE_STYLE
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
        self.path_edit = QLineEdit()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.path_edit.setText(
            str(Path(folder or Path.home()) / f"So lieu tre em {today.year}.xlsx")
        )
        self.year_spin.valueChanged.connect(self._year_changed)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("&Year:"), self.year_spin)
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
            "One workbook for the year: summary, children in special circumstances, mental "
            "health, orphans and alternative care, support and intervention (no confidential "
            "information), activities."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(620, self.sizeHint().height())

    def _year_changed(self, year: int) -> None:
        path = Path(self.path_edit.text())
        self.path_edit.setText(str(path.with_name(f"So lieu tre em {year}.xlsx")))

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

        text = self.path_edit.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the file."))
            return
        out = Path(text if text.lower().endswith(".xlsx") else f"{text}.xlsx")
        if not out.parent.is_dir():
            self.message.setText(self.tr("The folder does not exist. Choose another one."))
            return
        service = ExcelExportService(self.ctx.db, self.ctx.user)
        year, anonymise = self.year_spin.value(), self.anonymise_check.isChecked()

        def job(progress: Progress, cancelled: Any) -> Any:
            try:
                return service.export(year, out, anonymise, progress=progress,
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
        for widget in (self.year_spin, self.anonymise_check, self.path_edit, self.choose_button,
                       self.export_button, self.close_button):  # fmt: skip
            widget.setEnabled(not running)
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
        rows = result.rows.get("Trẻ em có HCĐB", 0)
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
