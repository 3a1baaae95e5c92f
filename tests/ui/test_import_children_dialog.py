"""The import wizard on a real database: a messy list walked from the file to the summary, a
column corrected, villages added, the rejected lines saved; a file that is refused; Cancel in
the middle of the import leaves the register as it was, and the window stays responsive."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from commune_care.db.session import Database
from commune_care.domain.schemas.children_import import ImportField, RowStatus
from commune_care.services import children_import
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.import_children_dialog import (
    STEP_CHECK,
    STEP_COLUMNS,
    STEP_DONE,
    STEP_FILE,
    ImportChildrenDialog,
)
from tests import import_samples as samples
from tests.ui.conftest import ModalDriver
from tests.ui.typing_helpers import press_key, type_text

WAIT_MS = 15_000


def count(db: Database, table: str = "children") -> int:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        value = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    conn.close()
    return value


def idle(qtbot: QtBot, dialog: ImportChildrenDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


@pytest.fixture
def wizard(qtbot: QtBot, ctx: AppContext) -> ImportChildrenDialog:
    dialog = ImportChildrenDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_walk_from_the_file_to_the_summary(
    qtbot: QtBot, wizard: ImportChildrenDialog, db: Database, modal: ModalDriver, tmp_path: Path
) -> None:
    folder = tmp_path / "Tài liệu"
    folder.mkdir()
    path = samples.official_list(folder / "Danh sách trẻ em.xlsx")
    assert wizard.step == STEP_FILE and not wizard.next_button.isEnabled()
    # The officer pastes the path (Vietnamese letters) and presses Enter.
    type_text(wizard.path_edit, str(path))
    press_key(wizard.path_edit, Qt.Key.Key_Return)
    idle(qtbot, wizard)
    assert wizard.layout_info is not None and wizard.layout_info.sheet == "Danh sách"
    assert "6–7" in wizard.file_status.text()
    assert [wizard.sheet_combo.itemData(i) for i in range(wizard.sheet_combo.count())] == [
        "Dữ liệu cũ", "Danh sách",
    ]  # fmt: skip
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)

    assert wizard.step == STEP_COLUMNS
    assert wizard.mapping()[1] is ImportField.FULL_NAME
    assert wizard.mapping()[2] is ImportField.SEX_MALE
    wizard.set_mapping(9, ImportField.IGNORE)  # "Ghi chú" is not wanted
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    idle(qtbot, wizard)

    assert wizard.step == STEP_CHECK
    preview = wizard.preview
    assert preview is not None and len(preview.ready) == 4
    assert wizard.next_button.text().replace("&", "") == "Import 4 children"
    assert wizard.preview_model.rowCount() == 10
    wizard.filter_combo.setCurrentIndex(wizard.filter_combo.findData("rejected"))
    assert wizard.preview_model.rowCount() == 3
    assert "Line 14" in wizard.line_details.text() and "Xóm Bắc" in wizard.line_details.text()
    assert wizard.villages_banner.isVisibleTo(wizard) and "Xóm Bắc (1)" in (
        wizard.villages_banner.text()
    )

    # "Xóm Bắc" is a real village of the commune that was never entered: add it, check again.
    modal.next(ModalDriver.yes)
    qtbot.mouseClick(wizard.add_villages_button, Qt.MouseButton.LeftButton)
    idle(qtbot, wizard)
    assert "Xóm Bắc" in [v.name for v in wizard.ctx.commune.villages()]
    assert wizard.preview is not None and len(wizard.preview.ready) == 5
    assert not wizard.add_villages_button.isVisibleTo(wizard)

    with qtbot.waitSignal(wizard.imported, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert signal.args == [5]
    idle(qtbot, wizard)
    assert wizard.step == STEP_DONE
    assert "Children imported: 5" in wizard.done_label.text()
    assert "TE000001 to TE000005" in wizard.done_label.text()
    assert count(db) == 5
    bich = wizard.ctx.children.search("tran thi bich")[0]
    assert wizard.ctx.children.get(bich.id).notes == ""  # the "Ghi chú" column was left out

    errors = tmp_path / "dòng lỗi.xlsx"
    wizard.save_rejected(str(errors))
    assert "3 lines saved" in wizard.saved_label.text()  # 1 duplicate, 2 rejected
    ws = load_workbook(errors).active
    assert [c.value for c in ws[1]][-2:] == ["Lý do", "Dòng gốc"]
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == wizard.DialogCode.Accepted


def test_a_file_that_is_refused_says_why_and_goes_no_further(
    qtbot: QtBot, wizard: ImportChildrenDialog, tmp_path: Path
) -> None:
    wizard.open_file(str(samples.encrypted(tmp_path / "mật khẩu.xlsx")))
    idle(qtbot, wizard)
    assert wizard.file_error.isVisibleTo(wizard)
    assert "được đặt mật khẩu" in wizard.file_error.text()
    wizard.go_next()  # tries the same file again: refused again, still on the first step
    idle(qtbot, wizard)
    assert wizard.step == STEP_FILE and wizard.layout_info is None


def test_a_mapping_without_names_is_refused_on_the_columns_step(
    qtbot: QtBot, wizard: ImportChildrenDialog, tmp_path: Path
) -> None:
    wizard.open_file(str(samples.plain_list(tmp_path / "ds.xlsx")))
    idle(qtbot, wizard)
    wizard.go_next()
    wizard.set_mapping(0, ImportField.IGNORE)
    wizard.go_next()
    idle(qtbot, wizard)
    assert wizard.step == STEP_COLUMNS
    assert "Họ và tên" in wizard.columns_error.text()
    wizard.columns_table.cellWidget(0, 3).setCurrentIndex(1)  # back to "Họ và tên"
    assert wizard.mapping()[0] is ImportField.FULL_NAME


def test_cancel_while_importing_leaves_the_register_as_it_was(
    qtbot: QtBot,
    wizard: ImportChildrenDialog,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [[f"Trẻ số {i}", samples.Y - 8, "Nam", "", "", "", "", ""] for i in range(60)]
    wizard.open_file(str(samples.plain_list(tmp_path / "ds.xlsx", rows)))
    idle(qtbot, wizard)
    wizard.go_next()
    wizard.go_next()
    idle(qtbot, wizard)
    assert wizard.preview is not None and len(wizard.preview.ready) == 60
    # Slow writing down so that Cancel arrives in the middle of it.
    monkeypatch.setattr(children_import, "BATCH", 1)
    real = children_import.insert_children

    def slow(*args: Any, **kwargs: Any) -> list[str]:
        time.sleep(0.02)
        return real(*args, **kwargs)

    monkeypatch.setattr(children_import, "insert_children", slow)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    before = (count(db), count(db, "audit_log"))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.import_progress.value() >= 5, timeout=WAIT_MS)
    assert ticks  # the event loop ran while the worker wrote: the window stays responsive
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    idle(qtbot, wizard)
    timer.stop()
    assert wizard.step == STEP_CHECK and wizard.isVisible()
    assert "cancelled; nothing was written" in wizard.check_summary.text()
    assert (count(db), count(db, "audit_log")) == before
    assert wizard.preview.count(RowStatus.READY) == 60  # and it can be imported after all
    monkeypatch.setattr(children_import, "insert_children", real)
    monkeypatch.setattr(children_import, "BATCH", 500)
    wizard.go_next()
    idle(qtbot, wizard)
    assert wizard.step == STEP_DONE and count(db) == 60


def test_escape_while_checking_stops_and_closes(
    qtbot: QtBot, wizard: ImportChildrenDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard.open_file(str(samples.plain_list(tmp_path / "ds.xlsx")))
    idle(qtbot, wizard)
    wizard.go_next()
    real = children_import.ChildrenImportService.preview

    def slow(self: Any, layout: Any, **kwargs: Any) -> Any:
        while not kwargs["cancelled"]():
            time.sleep(0.01)
        return real(self, layout, **kwargs)

    monkeypatch.setattr(children_import.ChildrenImportService, "preview", slow)
    wizard.go_next()
    assert wizard.busy and not wizard.next_button.isEnabled()
    press_key(wizard, Qt.Key.Key_Escape)
    idle(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)
    assert wizard.result() == wizard.DialogCode.Rejected
