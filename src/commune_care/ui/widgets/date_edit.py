"""Date fields typed the Vietnamese way, ``dd/mm/yyyy``.

``DateLineEdit`` is one full date (optional or required by the form that uses it).
``BirthDateEdit`` is a date of birth that may be partial (``mm/yyyy`` or ``yyyy``), estimated,
or given as an estimated age. Errors are the Vietnamese messages of ``DateParseError``.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from commune_care.domain.dates import (
    DateParseError,
    PartialDate,
    format_date,
    parse_date,
)

# Digits and the separators people type (/ . -), at most "dd/mm/yyyy".
_ALLOWED = QRegularExpression(r"[0-9/.\-]{0,10}")
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")  # "07032015" → 07/03/2015
_ERROR_STYLE = "border: 1px solid #c62828; background-color: #fff4f4;"
MAX_ESTIMATED_AGE = 25
_Date = date  # DateLineEdit.date() shadows the name inside the class


def set_error_state(widget: QWidget, message: str) -> None:
    """Mark a field as wrong (red border, the message as tooltip) or clear the mark."""
    if message:
        widget.setStyleSheet(f"{type(widget).__name__} {{ {_ERROR_STYLE} }}")
        widget.setToolTip(message)
    else:
        widget.setStyleSheet("")
        widget.setToolTip("")
    widget.setProperty("invalid", bool(message))


def _expand_compact(text: str) -> str:
    m = _COMPACT.match(text)
    return f"{m.group(1)}/{m.group(2)}/{m.group(3)}" if m else text


class DateLineEdit(QLineEdit):
    """One date, typed as ``dd/mm/yyyy``; checked when the field loses focus.

    ``date()`` is None when the field is empty or wrong; ``error()`` says what is wrong.
    """

    error_changed = Signal(str)
    date_changed = Signal()  # the text changed (typed or set)

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self._required = required
        self._error = ""
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setValidator(QRegularExpressionValidator(_ALLOWED, self))
        self.setMaxLength(10)
        self.setClearButtonEnabled(False)
        width = self.fontMetrics().horizontalAdvance("00/00/00000") + 24
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 40)
        self.textChanged.connect(self._on_text_changed)

    # --- value -------------------------------------------------------------------------
    def date(self) -> _Date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(_expand_compact(text))
        except DateParseError:
            return None

    def set_date(self, value: _Date | None) -> None:
        self.setText(format_date(value))
        self._set_error("")

    def error(self) -> str:
        """The Vietnamese message for what is typed now ('' when it is fine)."""
        text = self.text().strip()
        if not text:
            return self.tr("Enter a date (dd/mm/yyyy).") if self._required else ""
        try:
            parse_date(_expand_compact(text))
        except DateParseError as exc:
            return str(exc)
        return ""

    def validate(self) -> bool:
        """Check now, show or clear the error state; True when the value is usable."""
        text = self.text().strip()
        if text and (value := self.date()) is not None:
            formatted = format_date(value)
            if formatted != self.text():
                self.blockSignals(True)
                self.setText(formatted)
                self.blockSignals(False)
        message = self.error()
        self._set_error(message)
        return not message

    def has_error(self) -> bool:
        return bool(self._error)

    # --- events ------------------------------------------------------------------------
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.validate()

    def _on_text_changed(self, _text: str) -> None:
        if self._error and not self.error():
            self._set_error("")
        self.date_changed.emit()

    def _set_error(self, message: str) -> None:
        if message != self._error:
            self._error = message
            set_error_state(self, message)
            self.error_changed.emit(message)


class BirthDateEdit(QWidget):
    """A date of birth: ``dd/mm/yyyy``, ``mm/yyyy`` or ``yyyy``; an 'estimated' tick; or an
    estimated age in years that fills in the year (and ticks 'estimated')."""

    changed = Signal()
    error_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error = ""
        self._filling_from_age = False

        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("dd/mm/yyyy, mm/yyyy or yyyy"))
        self.line_edit.setValidator(QRegularExpressionValidator(_ALLOWED, self.line_edit))
        self.line_edit.setMaxLength(10)
        metrics = self.line_edit.fontMetrics()
        self.line_edit.setMinimumWidth(
            metrics.horizontalAdvance(self.line_edit.placeholderText()) + 24
        )
        self.line_edit.setAccessibleName(self.tr("Date of birth"))

        self.estimated_box = QCheckBox(self.tr("Estimated"), self)
        self.estimated_box.setToolTip(
            self.tr("Tick when the date of birth is not known for certain.")
        )

        self.age_label = QLabel(self.tr("or age (years):"), self)
        self.age_spin = QSpinBox(self)
        self.age_spin.setRange(-1, MAX_ESTIMATED_AGE)
        self.age_spin.setSpecialValueText(self.tr("—"))
        self.age_spin.setValue(-1)
        self.age_spin.setToolTip(
            self.tr("When only the age is known: fills in the year of birth, marked estimated.")
        )
        self.age_spin.setAccessibleName(self.tr("Estimated age in years"))
        self.age_label.setBuddy(self.age_spin)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addSpacing(8)
        layout.addWidget(self.estimated_box)
        layout.addSpacing(16)
        layout.addWidget(self.age_label)
        layout.addWidget(self.age_spin)
        self.setFocusProxy(self.line_edit)

        self.line_edit.textChanged.connect(self._on_text_changed)
        self.line_edit.editingFinished.connect(self.validate)
        self.estimated_box.toggled.connect(lambda _checked: self.changed.emit())
        self.age_spin.valueChanged.connect(self._on_age_changed)

    # --- value -------------------------------------------------------------------------
    def value(self) -> PartialDate | None:
        """The date of birth, or None when nothing is typed. Raises ``DateParseError``
        (a Vietnamese message) when the text is not a date."""
        text = _expand_compact(self.line_edit.text().strip())
        if not text:
            return None
        return PartialDate.parse(text, estimated=self.estimated_box.isChecked())

    def set_value(self, value: PartialDate | None) -> None:
        self.line_edit.blockSignals(True)
        self.line_edit.setText(self._text_of(value))
        self.line_edit.blockSignals(False)
        self.estimated_box.setChecked(bool(value and value.estimated))
        self._reset_age()
        self._set_error("")
        self.changed.emit()

    def text(self) -> str:
        return self.line_edit.text()

    def error(self) -> str:
        try:
            self.value()
        except DateParseError as exc:
            return str(exc)
        return ""

    def validate(self) -> bool:
        message = self.error()
        if not message and (value := self.value()) is not None:
            text = self._text_of(value)
            if text != self.line_edit.text():
                self.line_edit.blockSignals(True)
                self.line_edit.setText(text)
                self.line_edit.blockSignals(False)
        self._set_error(message)
        return not message

    def has_error(self) -> bool:
        return bool(self._error)

    # --- internals ---------------------------------------------------------------------
    @staticmethod
    def _text_of(value: PartialDate | None) -> str:
        if value is None:
            return ""
        return PartialDate(value.year, value.month, value.day).display()

    def _on_text_changed(self, _text: str) -> None:
        if not self._filling_from_age:
            self._reset_age()
        if self._error and not self.error():
            self._set_error("")
        self.changed.emit()

    def _on_age_changed(self, years: int) -> None:
        if years < 0:
            return
        self._filling_from_age = True
        self.line_edit.setText(str(date.today().year - years))
        self._filling_from_age = False
        self.estimated_box.setChecked(True)
        self._set_error("")

    def _reset_age(self) -> None:
        self.age_spin.blockSignals(True)
        self.age_spin.setValue(-1)
        self.age_spin.blockSignals(False)

    def _set_error(self, message: str) -> None:
        if message != self._error:
            self._error = message
            set_error_state(self.line_edit, message)
            self.error_changed.emit(message)


__all__ = ["BirthDateEdit", "DateLineEdit", "set_error_state"]
