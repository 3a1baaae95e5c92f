"""Carrying out the plan (a log line, a task's status), the review (Mẫu 06), closing and
reopening the case."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from commune_care.domain.cases import ReviewOutcome, RiskLevel, TaskStatus
from commune_care.domain.schemas.cases import (
    CaseOut,
    ClosureIn,
    LogEntryIn,
    PlanTaskOut,
    ReopenIn,
    ReviewIn,
    TaskStatusIn,
)
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.case_steps.form import StepDialog, officer_name


class LogEntryDialog(StepDialog):
    MODEL = LogEntryIn
    WIDTH = 640
    HEIGHT = 360

    def build(self) -> None:
        self.setWindowTitle(self.tr("Implementation log: add an entry"))
        self.date_edit = self.add_date("logged_on", self.tr("Date *"))
        self.by_edit = self.add_line("logged_by", self.tr("Done by"), 100)
        self.text_edit = self.add_text("text", self.tr("What was done *"), 100)

    def load(self) -> None:
        self.date_edit.set_date(date.today())
        self.by_edit.setText(officer_name(self.ctx))
        self.text_edit.setFocus()

    def submit(self, data: LogEntryIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.add_log(self.case.id, data)


class TaskStatusDialog(StepDialog):
    MODEL = TaskStatusIn
    WIDTH = 620
    HEIGHT = 280

    def __init__(
        self, ctx: AppContext, case: CaseOut, task: PlanTaskOut, parent: QWidget | None = None
    ) -> None:
        self.task = task
        super().__init__(ctx, case, parent)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Update a task of the plan"))
        label = QLabel(self.task.description)
        label.setWordWrap(True)
        self.form.addRow(self.tr("Task"), label)
        self.status_combo = self.add_combo(
            "status", self.tr("Status *"), [(s.label, s.value) for s in TaskStatus]
        )
        self.date_edit = self.add_date("changed_on", self.tr("Since *"))

    def load(self) -> None:
        self.set_combo(self.status_combo, self.task.status)
        self.date_edit.set_date(date.today())
        self.status_combo.setFocus()

    def submit(self, data: TaskStatusIn) -> CaseOut:
        assert self.task.id is not None
        return self.ctx.cases.update_task_status(self.task.id, data)


class ReviewDialog(StepDialog):
    MODEL = ReviewIn
    WIDTH = 820
    HEIGHT = 560

    def build(self) -> None:
        self.setWindowTitle(self.tr("Review after the plan (Mẫu 06)"))
        self.date_edit = self.add_date("reviewed_on", self.tr("Reviewed on *"))
        self.by_edit = self.add_line("reviewed_by", self.tr("Reviewed by *"), 100)
        secret = self.confidential_box(
            self.tr("Confidential (Nghị định 56, Điều 24)"), self.tr("Shown only on request.")
        )
        scale = [(self.tr("— not rated —"), None)] + [(lv.label, lv.value) for lv in RiskLevel]
        self.harm_combo = self.add_combo(
            "harm_level",
            "1. Mức độ tổn hại của trẻ em có còn nghiêm trọng không",
            scale,
            form=secret,
        )
        self.access_combo = self.add_combo(
            "abuser_access", "2. Khả năng tiếp cận trẻ em của đối tượng xâm hại", scale, form=secret
        )
        self.environment_combo = self.add_combo(
            "environment_obstacles",
            "3. Những trở ngại trong môi trường chăm sóc trẻ em",
            scale,
            form=secret,
        )
        self.notes_edit = self.add_text("notes", self.tr("Review notes"), 70, form=secret)
        self.level_combo = self.add_combo(
            "level", self.tr("Level of risk now *"), [(lv.label, lv.value) for lv in RiskLevel]
        )
        self.outcome_combo = self.add_combo(
            "outcome",
            self.tr("Outcome *"),
            [(o.label, o.value) for o in ReviewOutcome],
            chars=36,
        )

    def load(self) -> None:
        self.date_edit.set_date(date.today())
        self.by_edit.setText(officer_name(self.ctx))
        self.set_combo(self.level_combo, RiskLevel.LOW)
        self.date_edit.setFocus()

    def submit(self, data: ReviewIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.review(self.case.id, data)


class CloseCaseDialog(StepDialog):
    MODEL = ClosureIn
    WIDTH = 640
    HEIGHT = 300

    def build(self) -> None:
        self.setWindowTitle(self.tr("Close the case"))
        unfinished = 0
        if self.case is not None and self.case.current.plan is not None:
            unfinished = sum(not t.status.finished for t in self.case.current.plan.tasks)
        if unfinished:
            note = QLabel(
                self.tr("{0} task(s) of the plan are not finished: write why the case is closed.")
                .format(unfinished)
            )  # fmt: skip
            note.setWordWrap(True)
            note.setStyleSheet("QLabel { color: #5c4300; }")
            self.form.addRow(note)
        self.date_edit = self.add_date("closed_on", self.tr("Closed on *"))
        self.reason_edit = self.add_line("reason", self.tr("Reason"), 500)

    def load(self) -> None:
        self.date_edit.set_date(date.today())
        self.reason_edit.setFocus()

    def submit(self, data: ClosureIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.close(self.case.id, data)


class ReopenCaseDialog(StepDialog):
    MODEL = ReopenIn
    WIDTH = 640
    HEIGHT = 300

    def build(self) -> None:
        self.setWindowTitle(self.tr("Reopen the case"))
        note = QLabel(
            self.tr(
                "A new cycle starts: a new initial assessment is due within 12 hours of the"
                " reopening."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.at_edit = self.add_datetime("reopened_at", self.tr("Reopened on *"))
        self.reason_edit = self.add_line("reason", self.tr("Reason *"), 500)

    def load(self) -> None:
        self.at_edit.set_value(datetime.now().replace(second=0, microsecond=0))
        self.reason_edit.setFocus()

    def submit(self, data: ReopenIn) -> CaseOut:
        assert self.case is not None
        return self.ctx.cases.reopen(self.case.id, data)

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        return {}, {}


__all__ = [
    "CloseCaseDialog",
    "LogEntryDialog",
    "ReopenCaseDialog",
    "ReviewDialog",
    "TaskStatusDialog",
]
