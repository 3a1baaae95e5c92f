"""The skeleton the alternative-care dialogs share, and the question asked before saving a
decision the rules have warnings about.

A ``CareDialog`` has a header line, an error banner, a scrolling form, Save / Cancel, Enter
saves (Ctrl+Enter from a multi-line field), Esc cancels (asking first when something was typed).
Subclasses add their fields with the ``add_*`` helpers, which register how to read each value;
``save`` builds ``MODEL`` with ``CareService.validate`` and calls ``submit``. Every message of
``InvalidInput`` is shown in red under its field and nothing is saved. ``NeedsConfirmation``
(the service's warnings) opens ``WarningsDialog``: "Save anyway" calls ``submit`` again with
``confirmed=True``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, ClassVar

from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, NeedsConfirmation, UserError
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.case_steps.form import chairman_name, officer_name
from commune_care.ui.dialogs.child_dialog import (
    ERROR_BANNER_STYLE,
    WARNING_BANNER_STYLE,
    FieldErrors,
    confirm,
    fit_combo,
    make_banner,
    select_data,
    show_user_error,
)
from commune_care.ui.widgets.date_edit import DateLineEdit

HINT_STYLE = "QLabel { color: #666; }"
HEADER_STYLE = "QLabel { color: #444; }"
REQUIRED_STYLE = "QLabel { color: #8a5a00; }"


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(6)
    return form


def hint_label(text: str = "", style: str = HINT_STYLE) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def row_of(*widgets: QWidget | str, stretch: bool = True) -> QHBoxLayout:
    """Widgets side by side; a string is a grey hint."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for w in widgets:
        if isinstance(w, str):
            w = hint_label(w)
            w.setWordWrap(False)
        row.addWidget(w)
    if stretch:
        row.addStretch(1)
    return row


def text_edit(lines: int = 3) -> QPlainTextEdit:
    """Several lines of text; Tab moves on (keyboard first)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def enum_combo(
    items: Iterable[tuple[str, Any]], chars: int, popup: int = 0, none_text: str = ""
) -> QComboBox:
    combo = QComboBox()
    if none_text:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)
    fit_combo(combo, chars, popup)
    return combo


def set_combo(combo: QComboBox, value: Any) -> None:
    select_data(combo, value.value if isinstance(value, Enum) else value)


# --- the warnings question ------------------------------------------------------------------
class WarningsDialog(QDialog):
    """The service's warnings, one per line, and two ways on: "Save anyway" (accept) or
    "Go back" (reject, the default: Enter never confirms by accident)."""

    def __init__(
        self,
        warnings: Sequence[str],
        parent: QWidget | None = None,
        title: str = "",
        intro: str = "",
        save_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.warnings = list(warnings)
        self.setWindowTitle(title or self.tr("Please read before saving"))
        intro_label = QLabel(
            intro
            or self.tr(
                "Nothing is saved yet. Read each point below; save anyway only if the decision"
                " is right despite them."
            )
        )
        intro_label.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 4, 0)
        self.labels: list[QLabel] = []
        for warning in self.warnings:
            label = make_banner(WARNING_BANNER_STYLE)
            label.setText(f"⚠  {warning}")
            label.show()
            body_layout.addWidget(label)
            self.labels.append(label)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            save_text or self.tr("Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = buttons.addButton(
            self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.back_button.setFocus()
        height = min(620, 150 + sum(60 + len(w) // 2 for w in self.warnings))
        self.resize(720, height)

    def text(self) -> str:
        return "\n".join(self.warnings)


def ask_to_confirm(parent: QWidget | None, warnings: Sequence[str], **kwargs: str) -> bool:
    """Show the warnings; True when the user chose to save anyway."""
    dialog = WarningsDialog(warnings, parent, **kwargs)
    return dialog.exec() == QDialog.DialogCode.Accepted


# --- the skeleton ---------------------------------------------------------------------------
class CareDialog(QDialog):
    """Base of the alternative-care forms. Subclasses set ``MODEL`` and implement ``build``
    (add the fields), optionally ``load`` (fill them) and ``submit`` (call the service; with
    ``confirmed`` once the user chose to save despite the warnings)."""

    MODEL: ClassVar[type[BaseModel]]
    WIDTH: ClassVar[int] = 720
    HEIGHT: ClassVar[int] = 0  # 0: as tall as the form needs
    SAVE_TEXT: ClassVar[str] = ""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, title: str = "", header: str = ""
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Any = None
        self._getters: dict[str, Callable[[], Any]] = {}
        self._date_errors: dict[str, Callable[[], str]] = {}
        self._state_readers: list[Callable[[], Any]] = []
        self.setWindowTitle(title)
        self.header_label = hint_label(header, HEADER_STYLE)
        self.header_label.setVisible(bool(header))
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
        self.save_button: QPushButton = self.buttons.addButton(
            self.SAVE_TEXT or self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        keys_hint = hint_label(self.tr("Enter: save   ·   Esc: cancel"))
        keys_hint.setWordWrap(False)
        bottom = QHBoxLayout()
        bottom.addWidget(keys_hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

        self.build()
        self.body_layout.addStretch(1)
        self.load()
        self._snapshot = self._state()
        height = self.HEIGHT or min(700, self.sizeHint().height() + 40)
        self.resize(self.WIDTH, height)

    # --- for subclasses ----------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """Fill the fields (defaults, or what is recorded)."""

    def submit(self, data: Any, confirmed: bool = False) -> Any:
        raise NotImplementedError

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Values (and local errors) not read by a registered getter."""
        return {}, {}

    def officer(self) -> str:
        return officer_name(self.ctx)

    def chairman(self) -> str:
        return chairman_name(self.ctx)

    # --- field helpers -----------------------------------------------------------------
    def add_row(
        self,
        label: str | QWidget,
        widget: QWidget | QLayout,
        *fields: str,
        focus: QWidget | None = None,
        form: QFormLayout | None = None,
    ) -> QWidget:
        wrapped = self.errors.wrap(widget, *fields, focus=focus)
        (form or self.form).addRow(label, wrapped)
        return wrapped

    def add_line(
        self,
        field: str,
        label: str | QWidget,
        max_length: int = 255,
        form: QFormLayout | None = None,
        placeholder: str = "",
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        self.add_row(label, edit, field, form=form)
        self._getters[field] = edit.text
        self._state_readers.append(edit.text)
        return edit

    def add_text(
        self, field: str, label: str | QWidget, lines: int = 3, form: QFormLayout | None = None
    ) -> QPlainTextEdit:
        edit = text_edit(lines)
        self.add_row(label, edit, field, form=form)
        self._getters[field] = edit.toPlainText
        self._state_readers.append(edit.toPlainText)
        return edit

    def add_date(
        self,
        field: str,
        label: str | QWidget,
        required: bool = True,
        form: QFormLayout | None = None,
        hint: str | QLabel = "",
    ) -> DateLineEdit:
        edit = DateLineEdit(required=required)
        self.add_row(label, row_of(edit, hint) if hint else row_of(edit), field, focus=edit,
                     form=form)  # fmt: skip
        self.register_date(field, edit)
        return edit

    def register_date(self, field: str, edit: DateLineEdit) -> None:
        self._getters[field] = edit.date
        self._date_errors[field] = edit.error
        self._state_readers.append(edit.text)

    def add_combo(
        self,
        field: str,
        label: str | QWidget,
        items: Iterable[tuple[str, Any]],
        chars: int = 18,
        form: QFormLayout | None = None,
        popup: int = 360,
    ) -> QComboBox:
        combo = enum_combo(items, chars, popup)
        self.add_row(label, row_of(combo), field, focus=combo, form=form)
        self._getters[field] = combo.currentData
        self._state_readers.append(combo.currentIndex)
        return combo

    def add_check(self, field: str, text: str, form: QFormLayout | None = None) -> QCheckBox:
        box = QCheckBox(text)
        self.add_row("", box, field, form=form)
        self._getters[field] = box.isChecked
        self._state_readers.append(box.isChecked)
        return box

    def track(self, reader: Callable[[], Any]) -> None:
        self._state_readers.append(reader)

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
            data = self.ctx.care.validate(self.MODEL, values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        else:
            if not errors:
                return data
        self.show_errors(errors)
        return None

    def show_errors(self, errors: Mapping[str, str]) -> None:
        first = self.errors.show(errors)
        target = first if first is not None else self.error_banner
        if target.isVisible() or first is not None:
            self.scroll_area.ensureWidgetVisible(target)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm_warnings(self, warnings: Sequence[str]) -> bool:
        return ask_to_confirm(self, warnings)

    def save(self) -> None:
        data = self.validated()
        if data is None:
            return
        try:
            try:
                self.saved = self.submit(data)
            except NeedsConfirmation as exc:
                if not self.confirm_warnings(exc.warnings):
                    return
                self.saved = self.submit(data, confirmed=True)
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

    def reject(self) -> None:
        if self.is_dirty() and not confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("What you typed in this form has not been saved. Close it and lose it?"),
        ):
            return
        super().reject()


__all__ = [
    "HINT_STYLE",
    "CareDialog",
    "WarningsDialog",
    "ask_to_confirm",
    "enum_combo",
    "form_layout",
    "hint_label",
    "row_of",
    "set_combo",
    "text_edit",
]
