"""The plan (Mẫu 04) with its tasks, its submission to the Chủ tịch, and the approval (Mẫu 05)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from commune_care.domain.cases import TaskStatus
from commune_care.domain.schemas.cases import (
    ApprovalIn,
    CaseOut,
    PlanIn,
    PlanSubmissionIn,
    PlanTaskOut,
)
from commune_care.domain.support import ServiceType
from commune_care.ui.dialogs.case_steps.form import StepDialog, chairman_name, officer_name
from commune_care.ui.models.child_table_model import thousands
from commune_care.ui.widgets.date_edit import DateLineEdit


def format_vnd(amount: int) -> str:
    """1234000 → '1.234.000' ('' for nothing)."""
    return thousands(amount) if amount else ""


class BudgetEdit(QLineEdit):
    """Whole đồng, shown with dots as thousands separators once typed."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.editingFinished.connect(self.reformat)

    def reformat(self) -> None:
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        if digits and digits == self.text().replace(".", "").replace(" ", "").replace("đ", ""):
            self.setText(format_vnd(int(digits)))


class PlanDialog(StepDialog):
    MODEL = PlanIn
    WIDTH = 1180
    HEIGHT = 640
    (COL_DESCRIPTION, COL_TYPE, COL_RESPONSIBLE, COL_PROVIDER, COL_START, COL_END, COL_BUDGET) = (
        range(7)
    )

    def build(self) -> None:
        self.setWindowTitle(self.tr("Support and intervention plan (Mẫu 04)"))
        self._task_ids: list[int | None] = []
        self._task_status: list[TaskStatus] = []
        self._providers = [p.name for p in self.ctx.support.providers()]
        self.date_edit = self.add_date("drafted_on", self.tr("Drafted on *"))
        self.by_edit = self.add_line("drafted_by", self.tr("Drafted by *"), 100)
        self.goals_edit = self.add_text("goals", self.tr("Goals *"), 60)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service or task *"),
                self.tr("Type of service"),
                self.tr("Responsible *"),
                self.tr("Provider"),
                self.tr("Start"),
                self.tr("Expected end"),
                self.tr("Budget (VND)"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.table.setMinimumHeight(200)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((250, 170, 170, 170, 112, 112, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.add_task_button = QPushButton(self.tr("Add a task"))
        self.remove_task_button = QPushButton(self.tr("Remove the selected task"))
        for button in (self.add_task_button, self.remove_task_button):
            button.setAutoDefault(False)
        self.add_task_button.clicked.connect(lambda: self.add_task())
        self.remove_task_button.clicked.connect(self.remove_selected_task)
        self.total_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_task_button)
        buttons.addWidget(self.remove_task_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        tasks = QVBoxLayout()
        tasks.addWidget(self.table, 1)
        tasks.addLayout(buttons)
        self.add_row(self.tr("Services and tasks *"), tasks, "tasks", focus=self.table)
        self.track(self._tasks_state)

    # --- the tasks table ---------------------------------------------------------------
    def add_task(self, task: PlanTaskOut | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        description = QLineEdit(task.description if task else "")
        type_combo = QComboBox()
        type_combo.addItem(self.tr("— (a task, not a service)"), None)
        for kind in ServiceType:
            type_combo.addItem(kind.label, kind.value)
        if task and task.service_type:
            type_combo.setCurrentIndex(type_combo.findData(task.service_type.value))
        responsible = QLineEdit(task.responsible if task else "")
        provider = QLineEdit(task.provider if task else "")
        completer = QCompleter(self._providers, provider)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        provider.setCompleter(completer)
        start, end = DateLineEdit(), DateLineEdit()
        start.set_date(task.start_on if task else None)
        end.set_date(task.end_on if task else None)
        budget = BudgetEdit()
        budget.setText(format_vnd(task.budget_vnd) if task else "")
        budget.textChanged.connect(lambda _t: self._update_total())
        for column, widget in enumerate(
            (description, type_combo, responsible, provider, start, end, budget)
        ):
            widget.setMaximumWidth(16777215)
            widget.setMinimumWidth(0)
            self.table.setCellWidget(row, column, widget)
        self._task_ids.append(task.id if task else None)
        self._task_status.append(task.status if task else TaskStatus.TODO)
        self._update_total()
        description.setFocus()
        return row

    def cell(self, row: int, column: int) -> Any:
        return self.table.cellWidget(row, column)

    def remove_selected_task(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self._task_ids[row]
        del self._task_status[row]
        self._update_total()

    def _tasks_state(self) -> tuple[Any, ...]:
        return tuple(
            tuple(
                (w.text() if isinstance(w, QLineEdit) else w.currentIndex())
                for w in (self.cell(r, c) for c in range(7))
            )
            for r in range(self.table.rowCount())
        )

    def _update_total(self) -> None:
        total = 0
        for row in range(self.table.rowCount()):
            digits = "".join(ch for ch in self.cell(row, self.COL_BUDGET).text() if ch.isdigit())
            total += int(digits) if digits else 0
        self.total_label.setText(self.tr("Total budget: {0} VND").format(thousands(total)))

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        tasks: list[dict[str, Any]] = []
        errors: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            start, end = self.cell(row, self.COL_START), self.cell(row, self.COL_END)
            for edit in (start, end):
                if message := edit.error():
                    errors[f"tasks.{row}"] = message
            tasks.append(
                {
                    "id": self._task_ids[row],
                    "description": self.cell(row, self.COL_DESCRIPTION).text(),
                    "service_type": self.cell(row, self.COL_TYPE).currentData(),
                    "responsible": self.cell(row, self.COL_RESPONSIBLE).text(),
                    "provider": self.cell(row, self.COL_PROVIDER).text(),
                    "start_on": start.date(),
                    "end_on": end.date(),
                    "budget_vnd": self.cell(row, self.COL_BUDGET).text(),
                    "status": self._task_status[row].value,
                }
            )
        return {"tasks": tasks}, errors

    def show_errors(self, errors):
        # "tasks.1.responsible" → under the table, as "Line 2: …".
        shown: dict[str, str] = {}
        lines: list[str] = []
        for key, message in errors.items():
            parts = key.split(".")
            if parts[0] == "tasks" and len(parts) > 1 and parts[1].isdigit():
                lines.append(self.tr("Line {0}: {1}").format(int(parts[1]) + 1, message))
            else:
                shown[key] = message
        if lines:
            shown["tasks"] = "\n".join(([shown["tasks"]] if "tasks" in shown else []) + lines)
        super().show_errors(shown)

    # --- loading and saving ------------------------------------------------------------
    def load(self) -> None:
        plan = self.case.current.plan if self.case else None
        if plan is None:
            self.date_edit.set_date(date.today())
            self.by_edit.setText(officer_name(self.ctx))
            self.add_task()
        else:
            self.date_edit.set_date(plan.drafted_on)
            self.by_edit.setText(plan.drafted_by)
            self.goals_edit.setPlainText(plan.goals)
            for task in plan.tasks:
                self.add_task(task)
        self.date_edit.setFocus()

    def submit(self, data: PlanIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.save_plan(self.case.id, data)


class SubmitPlanDialog(StepDialog):
    MODEL = PlanSubmissionIn
    WIDTH = 560
    HEIGHT = 240

    def build(self) -> None:
        self.setWindowTitle(self.tr("Submit the plan to the commune chairman"))
        note = QLabel(
            self.tr("The chairman has 2 working days from this date to approve the plan.")
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.date_edit = self.add_date("submitted_on", self.tr("Submitted on *"))

    def load(self) -> None:
        plan = self.case.current.plan if self.case else None
        self.date_edit.set_date((plan.submitted_on if plan else None) or date.today())
        self.date_edit.setFocus()

    def submit(self, data: PlanSubmissionIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.submit_plan(self.case.id, data)


class ApprovalDialog(StepDialog):
    MODEL = ApprovalIn
    WIDTH = 620
    HEIGHT = 300

    def build(self) -> None:
        self.setWindowTitle(self.tr("Decision approving the plan (Mẫu 05)"))
        self.number_edit = self.add_line("decision_no", self.tr("Decision number *"), 50)
        self.number_edit.setPlaceholderText(self.tr("e.g. 05/QĐ-UBND"))
        self.date_edit = self.add_date("approved_on", self.tr("Approved on *"))
        self.signer_edit = self.add_line("signer", self.tr("Signed by *"), 100)

    def load(self) -> None:
        step = self.case.current.approval if self.case else None
        if step is None:
            self.date_edit.set_date(date.today())
            self.signer_edit.setText(chairman_name(self.ctx))
        else:
            self.number_edit.setText(step.decision_no)
            self.date_edit.set_date(step.approved_on)
            self.signer_edit.setText(step.signer)
        self.number_edit.setFocus()

    def submit(self, data: ApprovalIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.approve_plan(self.case.id, data)


__all__ = ["ApprovalDialog", "BudgetEdit", "PlanDialog", "SubmitPlanDialog", "format_vnd"]
