"""The skeleton every step dialog of a case shares (so it is written once, not twelve times).

A ``StepDialog`` has an error banner, a scrolling form, Save / Cancel, Enter saves (Ctrl+Enter
from a multi-line field), Esc cancels (asking first when something was typed). Subclasses add
their fields with the ``add_*`` helpers, which register how to read each value; ``save`` builds
the step's DTO with ``CasesService.validate`` and calls ``submit``. Every message of
``InvalidInput`` is shown in red under its field ("__all__" in the banner) and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from enum import Enum
from typing import Any, ClassVar

from pydantic import BaseModel
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
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
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.cases import CaseOut
from commune_care.services.cases import CasesService
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import (
    ERROR_BANNER_STYLE,
    FieldErrors,
    confirm,
    fit_combo,
    make_banner,
    select_data,
    show_user_error,
)
from commune_care.ui.widgets.date_edit import DateLineEdit

CONFIDENTIAL_STYLE = (
    "QGroupBox#confidentialBox { background: #f6f1fa; border: 1px solid #b9a3cc;"
    " border-radius: 4px; margin-top: 14px; padding-top: 8px; }"
    " QGroupBox#confidentialBox::title { subcontrol-origin: margin; left: 8px;"
    " padding: 0 4px; color: #4a2a66; font-weight: bold; }"
)


def officer_name(ctx: AppContext) -> str:
    profile = ctx.commune.profile()
    return profile.officer_name if profile else ""


def chairman_name(ctx: AppContext) -> str:
    profile = ctx.commune.profile()
    return profile.chairman_name if profile else ""


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(6)
    return form


class DateTimeEdit(QWidget):
    """A date typed ``dd/mm/yyyy`` and a time ``HH:mm`` (for the 12-hour clock)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = DateLineEdit(required=True)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit)
        row.addWidget(QLabel(self.tr("at")))
        row.addWidget(self.time_edit)
        row.addStretch(1)
        self.setFocusProxy(self.date_edit)

    def set_value(self, value: datetime | None) -> None:
        self.date_edit.set_date(value.date() if value else None)
        t = value.time() if value else time(0, 0)
        self.time_edit.setTime(QTime(t.hour, t.minute))

    def value(self) -> datetime | None:
        day = self.date_edit.date()
        if day is None:
            return None
        t = self.time_edit.time()
        return datetime.combine(day, time(t.hour(), t.minute()))

    def error(self) -> str:
        return self.date_edit.error()

    def text(self) -> str:
        return f"{self.date_edit.text()} {self.time_edit.time().toString('HH:mm')}"


class StepDialog(QDialog):
    """Base of the step dialogs. Subclasses set ``MODEL`` and implement ``build`` (add the
    fields), optionally ``load`` (fill them from the case) and ``submit`` (call the service)."""

    MODEL: ClassVar[type[BaseModel]]
    WIDTH: ClassVar[int] = 760
    HEIGHT: ClassVar[int] = 560

    def __init__(
        self,
        ctx: AppContext,
        case: CaseOut | None,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.saved: CaseOut | None = None
        self._getters: dict[str, Callable[[], Any]] = {}
        self._date_errors: dict[str, Callable[[], str]] = {}
        self._state_readers: list[Callable[[], Any]] = []
        self.setWindowTitle(title)
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 6, 0)
        self.form = form_layout()
        self.body_layout.addLayout(self.form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self.body)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        hint = QLabel(self.tr("Enter: save   ·   Esc: cancel"))
        hint.setStyleSheet("QLabel { color: #666; }")
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        header = QLabel(
            self.tr("Case {0} · {1}").format(case.code, case.child_name)
            if case is not None
            else self.tr("A new case is opened when this report is saved.")
        )
        header.setStyleSheet("QLabel { color: #444; }")
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

        self.build()
        self.body_layout.addStretch(1)
        self.load()
        self._snapshot = self._state()
        self.resize(self.WIDTH, self.HEIGHT)

    # --- for subclasses ----------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """Fill the fields (defaults for a new step, the recorded values to correct one)."""

    def submit(self, data: Any) -> CaseOut:
        raise NotImplementedError

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Values (and local errors) not read by a registered getter."""
        return {}, {}

    # --- field helpers -----------------------------------------------------------------
    def add_row(
        self,
        label: str,
        widget: QWidget | QLayout,
        *fields: str,
        focus: QWidget | None = None,
        form: QFormLayout | None = None,
    ) -> QWidget:
        wrapped = self.errors.wrap(widget, *fields, focus=focus)
        (form or self.form).addRow(label, wrapped)
        return wrapped

    def add_line(
        self, field: str, label: str, max_length: int = 255, form: QFormLayout | None = None
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        self.add_row(label, edit, field, form=form)
        self._getters[field] = edit.text
        self._state_readers.append(edit.text)
        return edit

    def add_text(
        self, field: str, label: str, height: int = 70, form: QFormLayout | None = None
    ) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(int(height * 1.5) + 20)
        self.add_row(label, edit, field, form=form)
        self._getters[field] = edit.toPlainText
        self._state_readers.append(edit.toPlainText)
        return edit

    def add_date(
        self, field: str, label: str, required: bool = True, form: QFormLayout | None = None
    ) -> DateLineEdit:
        edit = DateLineEdit(required=required)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addStretch(1)
        self.add_row(label, row, field, focus=edit, form=form)
        self._getters[field] = edit.date
        self._date_errors[field] = edit.error
        self._state_readers.append(edit.text)
        return edit

    def add_datetime(self, field: str, label: str, form: QFormLayout | None = None) -> DateTimeEdit:
        edit = DateTimeEdit()
        self.add_row(label, edit, field, focus=edit.date_edit, form=form)
        self._getters[field] = edit.value
        self._date_errors[field] = edit.error
        self._state_readers.append(edit.text)
        return edit

    def add_combo(
        self,
        field: str,
        label: str,
        items: Iterable[tuple[str, Any]],
        chars: int = 18,
        form: QFormLayout | None = None,
    ) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        fit_combo(combo, chars, 360)
        row = QHBoxLayout()
        row.addWidget(combo)
        row.addStretch(1)
        self.add_row(label, row, field, focus=combo, form=form)
        self._getters[field] = combo.currentData
        self._state_readers.append(combo.currentIndex)
        return combo

    def add_check(self, field: str, text: str, form: QFormLayout | None = None) -> QCheckBox:
        box = QCheckBox(text)
        self.add_row("", box, field, form=form)
        self._getters[field] = box.isChecked
        self._state_readers.append(box.isChecked)
        return box

    def confidential_box(self, title: str, hint: str) -> QFormLayout:
        """A purple box for the fields that are confidential (Nghị định 56 Điều 24)."""
        box = QGroupBox(title)
        box.setObjectName("confidentialBox")
        box.setStyleSheet(CONFIDENTIAL_STYLE)
        outer = QVBoxLayout(box)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #4a2a66; }")
        outer.addWidget(note)
        form = form_layout()
        outer.addLayout(form)
        self.body_layout.addWidget(box)
        return form

    def track(self, reader: Callable[[], Any]) -> None:
        self._state_readers.append(reader)

    @staticmethod
    def set_combo(combo: QComboBox, value: Any) -> None:
        select_data(combo, value.value if isinstance(value, Enum) else value)

    # --- values and saving -------------------------------------------------------------
    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values = {field: getter() for field, getter in self._getters.items()}
        errors = {f: msg for f, read in self._date_errors.items() if (msg := read())}
        extra, extra_errors = self.extra_values()
        values.update(extra)
        errors.update(extra_errors)
        return values, errors

    def validated(self) -> Any | None:
        values, errors = self.raw_values()
        try:
            data = CasesService.validate(self.MODEL, values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        else:
            if not errors:
                return data
        self.show_errors(errors)
        return None

    def show_errors(self, errors: Mapping[str, str]) -> None:
        first = self.errors.show(errors)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        data = self.validated()
        if data is None:
            return
        try:
            self.saved = self.submit(data)
        except InvalidInput as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.errors.clear()
        super().accept()

    def accept(self) -> None:  # Enter on the default button ends up here too
        self.save()

    def _state(self) -> tuple[Any, ...]:
        return tuple(read() for read in self._state_readers)

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    def discard(self) -> None:
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


def today() -> date:
    return date.today()


__all__ = [
    "CONFIDENTIAL_STYLE",
    "DateTimeEdit",
    "StepDialog",
    "chairman_name",
    "form_layout",
    "officer_name",
]
