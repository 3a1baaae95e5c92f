"""The date fields: dd/mm/yyyy, partial dates of birth, estimated age, the error state."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFocusEvent

from commune_care.domain.dates import DateParseError, PartialDate
from commune_care.ui.widgets.date_edit import BirthDateEdit, DateLineEdit
from tests.ui.typing_helpers import type_text


def test_date_line_edit_reads_and_shows_dd_mm_yyyy(qtbot):
    edit = DateLineEdit()
    qtbot.addWidget(edit)
    assert edit.placeholderText() == "dd/mm/yyyy"
    assert edit.date() is None and edit.error() == ""
    edit.set_date(date(2015, 3, 7))
    assert edit.text() == "07/03/2015"
    assert edit.date() == date(2015, 3, 7)


def test_date_line_edit_accepts_short_forms_and_normalises_them(qtbot):
    edit = DateLineEdit()
    qtbot.addWidget(edit)
    type_text(edit, "7/3/2015")
    assert edit.validate()
    assert edit.text() == "07/03/2015"
    edit.clear()
    type_text(edit, "07032015")
    assert edit.date() == date(2015, 3, 7)
    assert edit.validate() and edit.text() == "07/03/2015"


def test_date_line_edit_shows_the_error_on_focus_out(qtbot):
    edit = DateLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    seen: list[str] = []
    edit.error_changed.connect(seen.append)
    type_text(edit, "31/02/2015")
    assert edit.date() is None
    QCoreApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut))
    assert edit.has_error()
    assert "không có thật" in edit.error()
    assert edit.toolTip() == edit.error()
    assert seen and "không có thật" in seen[-1]
    # Correcting the text clears the error state at once.
    edit.setText("28/02/2015")
    assert not edit.has_error() and edit.toolTip() == ""


def test_letters_cannot_be_typed(qtbot):
    edit = DateLineEdit()
    qtbot.addWidget(edit)
    type_text(edit, "ab12/xy")
    assert edit.text() == "12/"


def test_required_date_says_so_when_empty(qtbot):
    edit = DateLineEdit(required=True)
    qtbot.addWidget(edit)
    assert not edit.validate()
    assert edit.error()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07/03/2015", PartialDate(2015, 3, 7)),
        ("3/2015", PartialDate(2015, 3)),
        ("2015", PartialDate(2015)),
        ("", None),
    ],
)
def test_birth_date_edit_accepts_partial_dates(qtbot, text, expected):
    edit = BirthDateEdit()
    qtbot.addWidget(edit)
    type_text(edit.line_edit, text)
    assert edit.value() == expected


def test_birth_date_edit_estimated_tick(qtbot):
    edit = BirthDateEdit()
    qtbot.addWidget(edit)
    type_text(edit.line_edit, "2015")
    edit.estimated_box.setChecked(True)
    assert edit.value() == PartialDate(2015, estimated=True)


def test_birth_date_edit_estimated_age_fills_the_year(qtbot):
    edit = BirthDateEdit()
    qtbot.addWidget(edit)
    edit.age_spin.setValue(7)
    assert edit.text() == str(date.today().year - 7)
    assert edit.estimated_box.isChecked()
    assert edit.value() == PartialDate(date.today().year - 7, estimated=True)
    # Typing a date again forgets the age.
    edit.line_edit.setText("01/06/2012")
    assert edit.age_spin.value() == edit.age_spin.minimum()


def test_birth_date_edit_errors_are_vietnamese(qtbot):
    edit = BirthDateEdit()
    qtbot.addWidget(edit)
    type_text(edit.line_edit, "15/2015")
    with pytest.raises(DateParseError):
        edit.value()
    assert not edit.validate()
    assert "Tháng 15 không có thật" in edit.error()
    assert edit.has_error()
    edit.line_edit.clear()
    type_text(edit.line_edit, "12/2015")
    assert not edit.has_error()


def test_birth_date_edit_round_trips_a_value(qtbot):
    edit = BirthDateEdit()
    qtbot.addWidget(edit)
    edit.set_value(PartialDate(2014, 5, None, estimated=True))
    assert edit.text() == "05/2014"
    assert edit.estimated_box.isChecked()
    assert edit.value() == PartialDate(2014, 5, None, estimated=True)
    edit.set_value(None)
    assert edit.value() is None and not edit.estimated_box.isChecked()
