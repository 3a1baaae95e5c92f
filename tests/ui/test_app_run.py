"""The first start as the officer meets it: ``app.run`` on a new file asks for the commune,
then opens the main window on it; cancelling the set-up quits with nothing written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from commune_care import app
from commune_care.db.session import Database
from commune_care.services.commune import CommuneService
from commune_care.ui.dialogs.setup_dialog import SetupDialog
from commune_care.ui.main_window import MainWindow
from tests.ui.test_setup_dialog import _pick as pick
from tests.ui.typing_helpers import press_key, type_text


@pytest.fixture(autouse=True)
def _keep_hooks() -> object:
    hook = sys.excepthook
    yield None
    sys.excepthook = hook


def _close_main_window_when_shown(seen: list[str]) -> None:
    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        if not visible:
            QTimer.singleShot(20, poll)
            return
        seen.append(visible[0].commune_label.text())
        visible[0].close()

    QTimer.singleShot(0, poll)


def _fill_and_save(dialog: SetupDialog) -> None:
    form = dialog.form
    pick(form.province_combo, "lang son")
    type_text(form.name_edit, "Xã Tân Lập")
    type_text(form.officer_edit, "Trần Thị Hạnh")
    press_key(form.officer_edit, Qt.Key.Key_Return)
    if dialog.isVisible():  # not saved: fail the test rather than wait forever
        dialog.discard()
        raise AssertionError("the set-up was not saved: " + form.error_text("province_name"))


def test_first_start_sets_up_the_commune_then_opens_the_register(
    qtbot, modal, tmp_path: Path
) -> None:
    path = tmp_path / "moi.sqlite3"
    seen: list[str] = []
    modal.next(_fill_and_save)
    _close_main_window_when_shown(seen)
    assert app.run(["--db", str(path)]) == app.EXIT_OK
    assert seen == ["Xã Tân Lập"]
    db = Database(path)
    profile = CommuneService(db).profile()
    db.dispose()
    assert profile is not None and profile.commune_name == "Xã Tân Lập"
    assert profile.agency_name == "XÃ TÂN LẬP"


def test_cancelling_the_set_up_quits_with_nothing_saved(qtbot, modal, tmp_path: Path) -> None:
    path = tmp_path / "moi.sqlite3"
    modal.next(lambda dialog: dialog.reject())
    assert app.run(["--db", str(path)]) == app.EXIT_OK
    db = Database(path)
    assert not CommuneService(db).is_set_up()
    db.dispose()
