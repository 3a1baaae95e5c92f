"""Qt fixtures: the app context on a real database, the bundled fonts, and a driver for
modal dialogs (which block in ``exec()`` until something answers them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from commune_care.db.session import Database
from commune_care.ui.context import AppContext

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@pytest.fixture(scope="session", autouse=True)
def _ui_fonts(qapp: QApplication) -> None:
    """Liberation Sans has the Vietnamese glyphs; offscreen Qt has no system fonts."""
    for name in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(FONTS / name))
    qapp.setFont(QFont("Liberation Sans", 10))


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext.for_database(db, str(db.path), user="test")


class ModalDriver:
    """Answer the next modal dialog: ``modal.next(action)`` schedules ``action(dialog)`` for
    the first modal widget that opens after the call (the code under test then blocks in
    ``exec()`` until ``action`` closes it)."""

    TIMEOUT_MS = 5000
    POLL_MS = 10

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.handled: list[QWidget] = []
        self.pending = 0
        self.stopped = False

    def next(self, action: Callable[[QWidget], None]) -> None:
        before = QApplication.activeModalWidget()
        waited = [0]
        self.pending += 1

        def poll() -> None:
            if self.stopped:  # the test is over: never touch the next test's dialogs
                return
            widget = QApplication.activeModalWidget()
            if widget is None or widget is before or widget in self.handled:
                waited[0] += self.POLL_MS
                if waited[0] > self.TIMEOUT_MS:
                    self.failures.append("no modal dialog opened")
                    self.pending -= 1
                    return
                QTimer.singleShot(self.POLL_MS, poll)
                return
            self.handled.append(widget)
            self.pending -= 1
            try:
                action(widget)
            except Exception as exc:  # the failure is reported by the test, not lost in Qt
                self.failures.append(repr(exc))
                widget.close()

        QTimer.singleShot(0, poll)

    @staticmethod
    def _answer(widget: QWidget, roles: tuple[QMessageBox.ButtonRole, ...], accept: bool) -> None:
        if isinstance(widget, QMessageBox):
            for button in widget.buttons():
                if widget.buttonRole(button) in roles:
                    button.click()
                    return
        if accept:
            widget.accept()  # type: ignore[attr-defined]
        else:
            widget.reject()  # type: ignore[attr-defined]

    @classmethod
    def yes(cls, widget: QWidget) -> None:
        """Answer a confirmation with Yes (a QMessageBox, whatever its button texts, or any
        dialog)."""
        R = QMessageBox.ButtonRole
        cls._answer(widget, (R.YesRole, R.AcceptRole), accept=True)

    @classmethod
    def no(cls, widget: QWidget) -> None:
        R = QMessageBox.ButtonRole
        cls._answer(widget, (R.NoRole, R.RejectRole), accept=False)


@pytest.fixture
def modal() -> Iterator[ModalDriver]:
    driver = ModalDriver()
    yield driver
    driver.stopped = True
    assert not driver.failures, driver.failures
    assert not driver.pending, f"{driver.pending} expected dialog(s) never opened"
