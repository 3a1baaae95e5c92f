"""Start the desktop app.

Order matters: arguments → the database path → the integrity check starts in a thread (SQLite's
``quick_check``, on the second core while the rest starts) → the log → crash hooks → Qt (fonts,
Vietnamese) → the database, migrated (a newer or unreadable file is refused with a message; a
migration waits for the check) → the login (on a file without accounts: creating the
administrator first; after an administrator's reset: a new password) → the first-run set-up
when the commune has no profile yet → the main window, shown only once the check has passed,
with the idle lock watching it. A damaged file is never used: the user is led
to restore the newest good backup instead. After the window shows, the day's copy of the file is
made in the background; when the app closes, today's copy becomes the state at closing.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from commune_care import STARTED_AT, __version__, crash, i18n, paths
from commune_care.db.engine import database_url, sqlite_path
from commune_care.db.integrity import BackgroundCheck, engine_leaves_unchanged
from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.access import Actor
from commune_care.domain.errors import DatabaseDamaged, UserError
from commune_care.logging_setup import setup_logging
from commune_care.services.backup import BackupService
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.damaged_dialog import DamagedDialog
from commune_care.ui.dialogs.setup_dialog import SetupDialog
from commune_care.ui.feedback import show_problem, show_user_error
from commune_care.ui.login_flow import (
    check_login_options,
    interactive_login,
    start_session,
    unattended_actor,
)
from commune_care.ui.main_window import MainWindow
from commune_care.ui.session import SessionController
from commune_care.ui.workers import Worker

log = logging.getLogger("commune_care.app")

EXIT_OK = 0
EXIT_DATABASE = 2
UI_FONT = ("Liberation Sans", 10)
FONT_FILES = (
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
    "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic.ttf",
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="commune-care", add_help=True)
    parser.add_argument("--db", help="tệp dữ liệu SQLite (hoặc URL SQLAlchemy)")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="in READY <giây> khi cửa sổ chính hiện danh sách trẻ em rồi thoát (đo khởi động)",
    )
    # Only with --exit-when-ready: a real login from a file, for the start-up benchmark on data
    # that has accounts. Never a way into the window (it quits once ready), never a bypass.
    parser.add_argument("--user", help="cùng --exit-when-ready: tên đăng nhập")
    parser.add_argument(
        "--password-file", help="cùng --exit-when-ready: tệp chứa mật khẩu ở dòng đầu"
    )
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def load_fonts(app: QApplication) -> None:
    """The bundled OFL fonts, so every PC (and the PDFs) show Vietnamese the same way."""
    folder = paths.resources_dir() / "fonts"
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
            log.warning("Could not load font %s", name)
    app.setFont(QFont(*UI_FONT))


def start_integrity_check(target: str) -> BackgroundCheck | None:
    """``quick_check`` of an existing data file, in a thread (None: no file to check yet)."""
    path = sqlite_path(database_url(target))
    try:
        if path is None or not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    return BackgroundCheck(path)


def await_integrity(check: BackgroundCheck | None) -> None:
    """Wait for the start-up check; ``DatabaseDamaged`` when it found damage."""
    if check is None:
        return
    started = time.perf_counter()
    problems = check.result()
    log.info(
        "quick_check of %s: %s (%.3f s, %.3f s of it waited for)",
        check.path,
        problems[:3] or "ok",
        check.seconds,
        time.perf_counter() - started,
    )
    if problems:
        raise DatabaseDamaged(problems=problems)


def open_database(
    target: str,
    before_change: Callable[[], None] | None = None,
    check: BackgroundCheck | None = None,
) -> Database:
    """Open and migrate; raises ``UserError`` with a Vietnamese message on what can't be used.
    ``before_change`` runs before a migration writes anything (the integrity check's result).
    When the engine would change the file just by opening it (``engine_leaves_unchanged``), the
    start-up ``check`` is awaited first: a damaged file is left byte for byte as it was."""
    path = sqlite_path(database_url(target))
    if check is not None and not engine_leaves_unchanged(check.path):
        await_integrity(check)
    if path is not None:
        if path.is_dir():
            raise UserError(f"«{path}» là một thư mục, không phải tệp dữ liệu. Hãy chỉ đúng tệp.")
        if not path.parent.exists():
            if path != paths.default_database():
                raise UserError(
                    f"Thư mục «{path.parent}» không tồn tại. Hãy tạo thư mục đó hoặc chọn tệp "
                    "dữ liệu khác (--db)."
                )
            path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(target)
    try:
        result = migrate(db, backup_dir=paths.backups_dir(), before_change=before_change)
    except UserError:
        db.dispose()
        raise
    except Exception as exc:  # an unreadable file: say so, keep the file as it is
        db.dispose()
        log.exception("Could not open %s", target)
        raise UserError(
            f"Không mở được tệp dữ liệu «{target}» ({exc.__class__.__name__}). "
            "Hãy kiểm tra tệp hoặc khôi phục từ bản sao lưu; tệp không bị thay đổi."
        ) from exc
    if result.before != result.after:
        log.info("Database %s migrated %s → %s", target, result.before, result.after)
    return db


def make_context(db: Database, target: str, actor: Actor | None = None) -> AppContext:
    return AppContext.for_database(db, target, user=actor)


def report_previous_crash(parent: MainWindow) -> None:
    text = crash.previous_crash(paths.log_dir())
    if text is None:
        return
    log.warning("The previous run ended in a crash:\n%s", text)
    box = QMessageBox(QMessageBox.Icon.Warning, "", "", parent=parent)
    box.setWindowTitle(QCoreApplication.translate("App", "The program closed unexpectedly"))
    box.setText(
        QCoreApplication.translate(
            "App",
            "Last time the program closed unexpectedly. What was saved before that is safe. "
            "If it happens again, send the log folder to the support person.",
        )
    )
    box.setDetailedText(text)
    box.exec()


def start_daily_backup(db: Database) -> Worker | None:
    path = db.path
    if path is None or not path.exists():
        return None
    service = BackupService(db)

    def job(_progress: object, _cancelled: object) -> object:
        return service.daily_copy()

    worker = Worker(job)
    worker.signals.finished.connect(lambda copy: log.info("Daily copy: %s", copy or "done today"))
    worker.signals.failed.connect(lambda exc: log.warning("Daily copy failed: %r", exc))
    worker.start()
    return worker


def closing_copy(db: Database) -> None:
    """Today's local copy becomes the state at closing (never a damaged one)."""
    if db.path is None or not db.path.exists():
        return
    try:
        copy = BackupService(db).closing_copy()
        log.info("Closing copy: %s", copy or "not kept (the file did not pass quick_check)")
    except Exception:  # the app is closing: log it, never lose the exit to it
        log.exception("Closing copy of %s failed", db.path)


class Windows:
    """The session's main window. After a restore the window is rebuilt on the restored data:
    every page starts afresh, nothing of the replaced data stays on screen. When someone else
    logs in at the lock screen, they get a fresh window too (``for_actor``)."""

    def __init__(self, db: Database, target: str, actor: Actor | None = None) -> None:
        self.db = db
        self.target = target
        self.actor = actor
        self.window: MainWindow | None = None
        self.on_new_window: Callable[[MainWindow], None] | None = None  # after a restore

    def open(self) -> MainWindow:
        window = MainWindow(make_context(self.db, self.target, self.actor))
        window.database_replaced.connect(lambda: QTimer.singleShot(0, self.replace))
        self.window = window
        return window

    def for_actor(self, actor: Actor) -> MainWindow:
        """A fresh window for ``actor`` (the session controller closes the old one)."""
        self.actor = actor
        window = self.open()
        window.show()
        return window

    def replace(self) -> None:
        old = self.window
        window = self.open()
        if old is not None:
            window.setGeometry(old.geometry())
        window.show()  # before the old one closes: the app quits with its last window
        if self.on_new_window is not None:
            self.on_new_window(window)
        if old is not None:
            old.close()
            old.deleteLater()
        log.info("Main window rebuilt on the restored data")


def offer_restore(target: str, damaged: DatabaseDamaged) -> bool:
    """The damaged-file dialog; True when the file was replaced by a good backup."""
    db = Database(target)
    try:
        dialog = DamagedDialog(BackupService(db), damaged.problems or [damaged.message])
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        db.dispose()


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    try:
        check_login_options(args)
    except UserError as exc:  # a misuse of options: said before any window opens
        sys.stderr.write(f"Lỗi: {exc.message}\n")
        return EXIT_DATABASE
    target = paths.resolve_database(args.db)
    check = start_integrity_check(target)  # first: it runs while everything else starts
    setup_logging()
    crash.install_hooks()
    crash.enable_faulthandler(paths.log_dir())
    log.info("commune_care %s starting on %s", __version__, target)
    try:
        return _run_qt(args, target, check)
    finally:
        crash.disable_faulthandler()


def _start_window(
    args: argparse.Namespace, target: str, check: BackgroundCheck | None
) -> tuple[Database, Windows | None]:
    """Open the database, log in (creating the administrator on a file without accounts) and
    build the main window (not shown yet); None: the user quit. ``DatabaseDamaged`` when the
    file fails the integrity check or reads as damaged."""
    db = open_database(target, before_change=lambda: await_integrity(check), check=check)
    windows: Windows | None = None
    try:
        while True:
            if args.exit_when_ready:
                actor = unattended_actor(db, args, lambda: await_integrity(check))
            else:
                await_integrity(check)  # a login writes (the audit trail): never when damaged
                actor = interactive_login(db)
                if actor is None:
                    log.info("Login cancelled; the program closes")
                    db.dispose()
                    return db, None
            ctx = make_context(db, target, actor)
            needs_setup = not ctx.commune.is_set_up() and not args.exit_when_ready
            if needs_setup:
                await_integrity(check)  # the set-up writes: never into a damaged file
                setup = SetupDialog(ctx)
                if setup.exec() != QDialog.DialogCode.Accepted:
                    log.info("Set-up cancelled; nothing saved")
                    db.dispose()
                    return db, None
                if setup.restored:  # other data, other accounts: log in to them
                    continue
            break
        windows = Windows(db, target, actor)
        windows.open()
        await_integrity(check)  # built while the check ran; shown only if it passed
        return db, windows
    except BaseException:
        if windows is not None and windows.window is not None:
            windows.window.deleteLater()
        db.dispose()
        raise


def _run_qt(args: argparse.Namespace, target: str, check: BackgroundCheck | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("commune_care")
    app.setApplicationVersion(__version__)
    icon = paths.resources_dir() / "icons" / "commune_care.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts(app)
    translators = i18n.install_translators(app)
    if not args.exit_when_ready:  # unattended runs must never wait on a dialog
        crash.set_bug_reporter(
            lambda exc: show_problem(app.activeWindow(), exc, str(paths.log_dir()))
        )

    db: Database | None = None
    try:
        while True:
            try:
                db, windows = _start_window(args, target, check)
                break
            except DatabaseDamaged as exc:
                log.error("Damaged database %s: %s", target, exc.problems[:5] or exc.message)
                sys.stderr.write(f"Lỗi: {exc.message}\n")
                if args.exit_when_ready or not offer_restore(target, exc):
                    return EXIT_DATABASE
                check = None  # the restored file was checked in full before it was put in place
            except UserError as exc:
                log.error("Refused database %s: %s", target, exc.message)
                sys.stderr.write(f"Lỗi: {exc.message}\n")
                if not args.exit_when_ready:  # unattended runs must never wait on a dialog
                    show_user_error(None, exc)
                return EXIT_DATABASE
        if windows is None or windows.window is None:
            return EXIT_OK
        window = windows.window
        if args.exit_when_ready:
            window.first_page_loaded.connect(lambda: _ready_and_quit(app))
        window.show()
        backup: Worker | None = None  # kept referenced while it runs
        session: SessionController | None = None
        if not args.exit_when_ready:
            QTimer.singleShot(0, lambda: report_previous_crash(window))
            backup = start_daily_backup(db)
            session = start_session(db, window, windows.for_actor)
            if session is not None:
                windows.on_new_window = session.adopt
        code = app.exec()
        if session is not None:
            session.stop()
        QThreadPool.globalInstance().waitForDone()  # never close the file mid-copy
        del backup
        if not args.exit_when_ready:
            closing_copy(db)
        return code
    finally:
        crash.set_bug_reporter(None)
        for translator in translators:
            app.removeTranslator(translator)
        if db is not None:
            db.dispose()


def _ready_and_quit(app: QApplication) -> None:
    """For the start-up benchmark: the window shows its first page of children."""
    elapsed = time.perf_counter() - STARTED_AT
    QTimer.singleShot(0, app.quit)  # first: a reader that went away must not keep us running
    rss = _rss_mb()
    lines = f"READY {elapsed:.3f}\n" + (f"RSS {rss:.1f}\n" if rss is not None else "")
    try:
        sys.stdout.write(lines)  # the benchmark's contract
        sys.stdout.flush()
    except OSError:
        log.info("Nobody reads the start-up time any more")


def _rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024
