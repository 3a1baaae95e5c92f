"""The logged-in session of the window: auto-lock when idle, the lock screen, log out, and who
gets the window after it (issue #8 item 5).

- ``IdleWatcher`` is an application-wide event filter: every key press, click, wheel or mouse
  move notes the time; one QTimer checks whether ``timeout_ms`` passed without any.
- Locking covers every window of the program (the main window and any open form or message)
  with an opaque panel and hides the titles, *without* closing or hiding anything: a form in
  ``exec()`` keeps running underneath with what was typed. The lock screen is an application-
  modal dialog over the main window, so nothing else takes input.
- The same person unlocks: the covers go, everything is as it was. Someone else logs in (after
  a confirmation that the locked person's open forms and unsaved text will be closed): the
  forms are closed without saving, and the new person gets a fresh main window.
- Logging out is the same lock, with the name field empty and the event recorded as a logout.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QLabel, QVBoxLayout, QWidget

from commune_care.domain.access import Actor
from commune_care.domain.accounts import Login
from commune_care.services.accounts import AccountsService
from commune_care.ui.dialogs.accounts.login_dialog import LoginDialog
from commune_care.ui.dialogs.accounts.password_dialog import ChangePasswordDialog
from commune_care.ui.feedback import confirm
from commune_care.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
COVER_STYLE = (
    "QFrame#lockCover { background: #dfe5ec; } QLabel { color: #37474f; font-size: 16pt; }"
)


class IdleWatcher(QObject):
    """``idle`` once no user input reached the application for ``timeout_ms``."""

    idle = Signal()

    def __init__(
        self,
        timeout_ms: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._clock = clock
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._installed = False

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._last = self._clock()
        self._timer.start(self.timeout_ms)

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        if self._timer.isActive():
            self._check()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = self._clock()  # cheap: the timer re-reads it when it fires
        return False

    def _check(self) -> None:
        idle_ms = (self._clock() - self._last) * 1000
        if idle_ms >= self.timeout_ms:
            self.stop()
            self.idle.emit()
        else:
            self._timer.start(max(1, int(self.timeout_ms - idle_ms)))


class LockCovers(QObject):
    """Opaque panels over the program's windows while locked; titles hidden too (a form's
    title may name a child). Windows that open while locked are covered as they appear."""

    def __init__(self, keep_open: Callable[[QWidget], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._keep_open = keep_open  # the lock screen itself
        self._covers: dict[QWidget, QFrame] = {}
        self._titles: dict[QWidget, str] = {}

    def cover_all(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open menu or list would stay on top
            popup.close()
            popup = QApplication.activePopupWidget()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self.cover(widget)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def cover(self, widget: QWidget) -> None:
        if widget in self._covers or self._keep_open(widget):
            return
        if widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            return
        panel = QFrame(widget)
        panel.setObjectName("lockCover")
        panel.setStyleSheet(COVER_STYLE)
        panel.setAutoFillBackground(True)
        label = QLabel(self.tr("Locked"), panel)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(panel).addWidget(label)
        panel.setGeometry(widget.rect())
        panel.raise_()
        panel.show()
        widget.installEventFilter(self)
        self._covers[widget] = panel
        self._titles[widget] = widget.windowTitle()
        widget.setWindowTitle(self.tr("Locked — commune_care"))

    def covered(self, widget: QWidget) -> bool:
        panel = self._covers.get(widget)
        return panel is not None and panel.isVisible() and panel.geometry() == widget.rect()

    def uncover_all(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for widget, panel in list(self._covers.items()):
            widget.removeEventFilter(self)
            widget.setWindowTitle(self._titles.get(widget, widget.windowTitle()))
            panel.hide()
            panel.deleteLater()
        self._covers.clear()
        self._titles.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched in self._covers:
            self._covers[watched].setGeometry(watched.rect())
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(0, lambda w=watched: self.cover(w) if w.isVisible() else None)
        return False


class SessionController(QObject):
    """Owns the idle watcher and the lock screen of one program run. ``open_window(actor)``
    builds (and shows) a fresh main window for a person who logs in instead."""

    window_replaced = Signal(object)  # the new MainWindow

    def __init__(
        self,
        window: MainWindow,
        accounts: AccountsService,
        open_window: Callable[[Actor], MainWindow],
        idle_ms: int | None = None,
        commune_name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.accounts = accounts  # not bound to anyone: it checks logins
        self.open_window = open_window
        self.commune_name = commune_name
        self._fixed_idle_ms = idle_ms  # tests give a tiny interval; else the setting
        self.lock_screen: LoginDialog | None = None
        self.covers = LockCovers(lambda w: w is self.lock_screen, self)
        self.idle = IdleWatcher(self._idle_ms(), parent=self)
        self.idle.idle.connect(self.auto_lock)
        self._attach(window)
        self.idle.start()

    @property
    def actor(self) -> Actor:
        return self.window.ctx.actor

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None

    def _idle_ms(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return self.accounts.settings().lock_minutes * 60_000

    def adopt(self, window: MainWindow) -> None:
        """The app rebuilt the window (after a restore): watch the new one."""
        self.window = window
        self._attach(window)

    def _attach(self, window: MainWindow) -> None:
        window.lock_requested.connect(self.lock)
        window.logout_requested.connect(self.logout)
        window.account_settings_saved.connect(lambda: self.idle.set_timeout(self._idle_ms()))

    # --- locking ------------------------------------------------------------------------------
    def auto_lock(self) -> None:
        minutes = max(1, round(self.idle.timeout_ms / 60_000))
        self.lock(f"Tự khóa sau {minutes} phút không thao tác")

    def lock(self, summary: str = "") -> None:
        self._cover("screen_lock", summary or "Khóa màn hình", ask_name=False)

    def logout(self) -> None:
        self._cover("logout", "", ask_name=True)

    def _cover(self, action: str, summary: str, ask_name: bool) -> None:
        if self.locked:
            return
        self.idle.stop()
        self.window.ctx.accounts.record_event(action, summary)
        log.info("%s by %s", action, self.actor.username)
        self.lock_screen = LoginDialog(
            self.accounts,
            self.commune_name,
            locked_user=self.actor,
            confirm_other_user=self._confirm_other_user,
            ask_name=ask_name,
            parent=self.window,
        )
        self.covers.cover_all()
        self.lock_screen.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lock_screen.logged_in.connect(self._logged_in)
        self.lock_screen.quit_requested.connect(self._quit)
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.activateWindow()

    def _open_forms(self) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self.window and w is not self.lock_screen
        ]

    def _confirm_other_user(self) -> bool:
        forms = len(self._open_forms())
        text = self.tr("The main window of %1 will be closed for the new person.").replace(
            "%1", self.actor.username
        )
        if forms:
            text += " " + self.tr(
                "%1 open form(s) with what was typed in them and not saved will be closed and LOST."
            ).replace("%1", str(forms))
        text += "\n\n" + self.tr("Log in as someone else?")
        return confirm(self.lock_screen, self.tr("Log in as someone else"), text)

    def _logged_in(self, login: Login) -> None:
        screen = self.lock_screen
        self.lock_screen = None
        if screen is not None:
            screen.hide()  # before a forced password change opens over it
            screen.deleteLater()
        if login.actor.account_id == self.actor.account_id:
            self.covers.uncover_all()
        else:
            self._hand_over(login.actor)
        if login.must_change_password and not self._forced_change():
            self.logout()
            return
        self.idle.set_timeout(self._idle_ms())
        self.idle.start()

    def _forced_change(self) -> bool:
        dialog = ChangePasswordDialog(self.window.ctx.accounts, forced=True, parent=self.window)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _discard_forms(self) -> None:
        """Close the locked person's forms without saving (they were told)."""
        for widget in self._open_forms():
            if isinstance(widget, QDialog):
                widget.done(QDialog.DialogCode.Rejected.value)  # not reject(): it would ask
            else:
                widget.close()

    def _hand_over(self, actor: Actor) -> None:
        old = self.window
        self._discard_forms()
        self.covers.uncover_all()
        new = self.open_window(actor)
        new.setGeometry(old.geometry())
        self.window = new
        self._attach(new)
        old.close()
        old.deleteLater()
        log.info("Main window handed over to %s", actor.username)
        self.window_replaced.emit(new)

    def _quit(self) -> None:
        text = self.tr(
            "Quit the program? The open forms of %1 and what was typed in them and not saved"
            " will be lost."
        ).replace("%1", self.actor.username)
        if not confirm(self.lock_screen, self.tr("Quit the program"), text):
            return
        screen = self.lock_screen
        self.lock_screen = None
        self._discard_forms()
        if screen is not None:
            screen.dismiss()
            screen.deleteLater()
        self.covers.uncover_all()
        self.window.close()
        QCoreApplication.quit()

    def stop(self) -> None:
        self.idle.stop()
