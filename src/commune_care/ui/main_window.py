"""The main window (DESIGN.md §4): navigation on the left, one page at a time, one search
box that finds a child from anywhere, and a status bar saying which commune and file are open.

Later features add their page with ``add_page``; the child's page gets tabs with
``child_page.add_tab``.

Data safety (issue #7): the Data menu backs up to a USB stick, restores and checks the data; a
calm banner above the pages reminds the officer when no USB backup was made for a while; the
status bar says when the last one was. After a restore the window emits ``database_replaced``
and the app builds a new window on the restored data (nothing shown here is kept).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care import __version__, paths
from commune_care.domain.access import DUE_WORK_PERMISSIONS, Permission
from commune_care.domain.schemas.backup import BackupReminder
from commune_care.domain.schemas.cases import CaseFilter
from commune_care.domain.schemas.children import ChildFilter
from commune_care.domain.schemas.todo import TodoEntry
from commune_care.ui.access import disable_unless, workbook_export_missing
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.backup_dialog import BackupDialog
from commune_care.ui.dialogs.check_dialog import CheckDialog
from commune_care.ui.dialogs.damaged_dialog import DamagedDialog
from commune_care.ui.dialogs.restore_dialog import RestoreDialog
from commune_care.ui.feedback import show_info
from commune_care.ui.pages.case_page import CasePage
from commune_care.ui.pages.cases_page import CasesPage
from commune_care.ui.pages.child_page import ChildPage
from commune_care.ui.pages.children_page import ChildrenPage
from commune_care.ui.pages.home_page import HomePage
from commune_care.ui.pages.mental_health_page import MentalHealthPage
from commune_care.ui.pages.settings_page import SettingsPage
from commune_care.ui.pages.todo_page import TodoPage
from commune_care.ui.widgets.quick_search import QuickSearch

if TYPE_CHECKING:
    from commune_care.ui.pages.adoption_page import AdoptionPage
    from commune_care.ui.pages.care_page import CarePage
    from commune_care.ui.pages.documents_page import DocumentsPage
    from commune_care.ui.pages.placement_page import PlacementPage

NAV_WIDTH = 190
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
BANNER_STYLE = (
    "QFrame#backupBanner { background: #fff6dc; border: 1px solid #e8cf8a; border-radius: 4px; }"
    " QFrame#backupBanner QLabel { color: #4a3b10; }"
)


# What a section shows needs one of these permissions; a section the account may not open is
# left out of the navigation column (the services would refuse its data anyway).
SECTION_PERMISSIONS: dict[str, tuple[Permission, ...]] = {
    "home": (Permission.VIEW_STATISTICS,),
    "todo": DUE_WORK_PERMISSIONS,
    "children": (Permission.VIEW_CHILDREN,),
    "cases": (Permission.VIEW_CASES,),
    "mental_health": (Permission.VIEW_CASES,),  # a programme of support work, as the cases
    "care": (Permission.VIEW_CARE,),
    "adoption": (Permission.VIEW_ADOPTION,),
    "activities": (Permission.VIEW_CHILDREN,),  # they name the children concerned
    "audit": (Permission.VIEW_AUDIT,),
    "documents": (Permission.DRAFT_DOCUMENTS, Permission.ISSUE_DOCUMENTS),
    "settings": (Permission.EDIT_SETTINGS, Permission.BACKUP),
}


class MainWindow(QMainWindow):
    first_page_loaded = Signal()  # the children list has its first rows (start-up benchmark)
    database_replaced = Signal()  # a backup was restored: the app rebuilds the window on it
    lock_requested = Signal()  # "Lock the screen" (the session controller covers the windows)
    logout_requested = Signal()
    account_settings_saved = Signal()  # the auto-lock minutes may have changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Child protection — commune_care"))
        self.resize(1280, 720)
        self._pages: dict[str, QWidget] = {}
        # Sections built on first visit: their modules load after the window shows (start-up).
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._placement_page: PlacementPage | None = None
        self._banner_dismissed = False

        self.home_page = HomePage(ctx)
        self.todo_page = TodoPage(ctx)
        self.children_page = ChildrenPage(ctx)
        self.child_page = ChildPage(ctx)
        self.cases_page = CasesPage(ctx)
        self.case_page = CasePage(ctx)
        self._case_return: QWidget | None = None  # where Back leaves a case for
        self.mental_health_page = MentalHealthPage(ctx)
        self._placement_return: QWidget | None = None  # where Back leaves a placement for
        self.settings_page = SettingsPage(ctx)
        self._build()
        self.add_page("home", self.tr("Home"), self.home_page)
        self.add_page("todo", self.tr("To do"), self.todo_page)
        self.add_page("children", self.tr("Children"), self.children_page)
        self.add_page("cases", self.tr("Support & intervention"), self.cases_page)
        self.add_page("mental_health", self.tr("Mental health"), self.mental_health_page)
        self.add_page("care", self.tr("Alternative care"), self._make_care_page)
        self.add_page("adoption", self.tr("Adoption"), self._make_adoption_page)
        self.add_page("activities", self.tr("Activities"), self._make_activities_page)
        self.add_page("documents", self.tr("Documents"), self._make_documents_page)
        self.add_page("settings", self.tr("Settings"), self.settings_page)
        self.add_page("audit", self.tr("Audit trail"), self._make_audit_page)
        self.stack.addWidget(self.child_page)  # reached from a child, not from the column
        self.stack.addWidget(self.case_page)  # reached from a case, as the child page
        self._connect()
        self._obey_roles()
        self.refresh_status()
        self.show_page(self.first_section())

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.search = QuickSearch(self.ctx)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.search)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self._build_banner())
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addLayout(right, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self.commune_label = QLabel()
        self.database_label = QLabel()
        self.backup_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setStyleSheet(
            "QLabel { padding-right: 10px; border-right: 1px solid #b0b0b0; margin-right: 4px; }"
        )
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addWidget(self.commune_label)
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.backup_label)
        self._build_menus()

    def _build_banner(self) -> QFrame:
        """The reminder to back up to a USB stick: visible, but calm (no red, no dialog)."""
        self.backup_banner = QFrame()
        self.backup_banner.setObjectName("backupBanner")
        self.backup_banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_backup_button = QPushButton(self.tr("Back up now…"))
        self.banner_backup_button.clicked.connect(self.back_up)
        self.banner_later_button = QPushButton(self.tr("Later"))
        self.banner_later_button.setToolTip(self.tr("Hide this reminder until the next start"))
        self.banner_later_button.clicked.connect(self.dismiss_banner)
        row = QHBoxLayout(self.backup_banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_backup_button)
        row.addWidget(self.banner_later_button)
        self.backup_banner.setVisible(False)
        return self.backup_banner

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_child_action = QAction(self.tr("&Add child…"), self)
        self.add_child_action.setShortcut(QKeySequence.StandardKey.New)
        file_menu.addAction(self.add_child_action)
        find = self.find_action = QAction(self.tr("&Find a child"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        file_menu.addAction(find)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        data_menu = self.data_menu = self.menuBar().addMenu(self.tr("&Data"))
        self.backup_action = QAction(self.tr("&Back up to USB…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(self.back_up)
        data_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        data_menu.addAction(self.restore_action)
        data_menu.addSeparator()
        self.check_action = QAction(self.tr("&Check the data"), self)
        self.check_action.triggered.connect(self.check_data)
        data_menu.addAction(self.check_action)
        self.verify_audit_action = QAction(self.tr("Check the &audit trail"), self)
        self.verify_audit_action.triggered.connect(self.verify_audit)
        data_menu.addAction(self.verify_audit_action)
        data_menu.addSeparator()
        # also here, not only on the Documents page: "Chỉ xem" may export the anonymised figures
        self.excel_action = QAction(self.tr("Export to &Excel…"), self)
        self.excel_action.triggered.connect(self.export_excel)
        data_menu.addAction(self.excel_action)

        self._build_account_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open the &log folder"), self)
        logs.triggered.connect(self.open_log_folder)
        help_menu.addAction(logs)
        about = QAction(self.tr("&About commune_care"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.add_child_action.triggered.connect(self._add_child)

    def _build_account_menu(self) -> None:
        """Only for a person who logged in (not the OS user of tests and unattended runs)."""
        menu = self.account_menu = self.menuBar().addMenu(self.tr("&Account"))
        self.change_password_action = QAction(self.tr("&Change my password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("&Lock the screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.logout_action = QAction(self.tr("Log &out"), self)
        self.logout_action.triggered.connect(self.logout_requested)
        for action in (self.change_password_action, self.lock_action, self.logout_action):
            menu.addAction(action)
        menu.setEnabled(self.ctx.actor.account_id is not None)

    def change_password(self) -> None:
        from commune_care.ui.dialogs.accounts.password_dialog import ChangePasswordDialog

        if ChangePasswordDialog(self.ctx.accounts, parent=self).exec():
            show_info(self, self.tr("Change my password"), self.tr("Your password was changed."))

    def _connect(self) -> None:
        self.nav.currentItemChanged.connect(self._on_nav)
        self.search.open_child.connect(self.open_child)
        self.search.show_all.connect(self.show_search_results)
        self.children_page.open_child.connect(self.open_child)
        self.mental_health_page.open_child.connect(self.open_child)
        self.children_page.first_page_loaded.connect(self.first_page_loaded)
        self.child_page.back_requested.connect(self.back_from_child)
        self.child_page.child_changed.connect(self._on_child_changed)
        self.cases_page.open_case.connect(self.open_case)
        self.todo_page.open_entry.connect(self.open_todo_entry)
        self.child_page.cases_tab.open_case.connect(self.open_case)
        self.case_page.back_requested.connect(self.back_from_case)
        self.case_page.case_changed.connect(self._on_case_changed)
        self.case_page.open_child.connect(self.open_child)
        self.child_page.care_tab.open_placement.connect(self.open_placement)
        self.home_page.open_children.connect(self.show_children)
        self.home_page.open_cases.connect(self.show_cases)
        self.home_page.open_entry.connect(self.open_todo_entry)
        self.home_page.open_todo.connect(lambda: self.show_page("todo"))
        self.home_page.open_activities.connect(lambda: self.show_page("activities"))
        self.settings_page.profile_saved.connect(self._on_profile_saved)
        self.settings_page.backup_settings_saved.connect(self.refresh_backup_status)
        self.settings_page.account_settings_saved.connect(self.account_settings_saved)

    def _obey_roles(self) -> None:
        """Menu actions the account may not use: disabled, the tooltip says why."""
        actor = self.ctx.actor
        for menu in self.menuBar().findChildren(QMenu):
            menu.setToolTipsVisible(True)
        disable_unless(actor, self.add_child_action, permission=Permission.EDIT_CHILDREN)
        disable_unless(actor, self.find_action, self.search, permission=Permission.VIEW_CHILDREN)
        disable_unless(actor, self.backup_action, permission=Permission.BACKUP)
        disable_unless(actor, self.restore_action, permission=Permission.RESTORE)
        disable_unless(actor, self.verify_audit_action, permission=Permission.VIEW_AUDIT)
        missing = workbook_export_missing(actor)
        if missing is not None:
            disable_unless(actor, self.excel_action, permission=missing)
        if not actor.can_any(Permission.BACKUP, Permission.RESTORE):
            disable_unless(actor, self.check_action, permission=Permission.BACKUP)

    def may_open(self, key: str) -> bool:
        return self.ctx.actor.can_any(*SECTION_PERMISSIONS.get(key, ()))

    def first_section(self) -> str:
        """The children list, or the first section the account may open."""
        items = [self.nav.item(r) for r in range(self.nav.count())]
        allowed = [item.data(PAGE_ROLE) for item in items if not item.isHidden()]
        return "children" if "children" in allowed else (allowed or ["home"])[0]

    # --- pages -------------------------------------------------------------------------
    def add_page(self, key: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        """A section in the navigation column, in the order added: a page, or a function that
        builds it on the first visit."""
        if isinstance(page, QWidget):
            self._pages[key] = page
            self.stack.addWidget(page)
        else:
            self._factories[key] = page
        item = QListWidgetItem(title)
        item.setData(PAGE_ROLE, key)
        self.nav.addItem(item)
        item.setHidden(key in SECTION_PERMISSIONS and not self.may_open(key))

    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            built = self._factories.pop(key)()
            self._pages[key] = built
            self.stack.addWidget(built)
        return self._pages[key]

    def _make_care_page(self) -> QWidget:
        from commune_care.ui.pages.care_page import CarePage

        page = CarePage(self.ctx)
        page.open_placement.connect(self.open_placement)
        page.open_child.connect(self.open_child)
        page.placement_saved.connect(self._on_placement_changed)
        return page

    def _make_adoption_page(self) -> QWidget:
        from commune_care.ui.pages.adoption_page import AdoptionPage

        page = AdoptionPage(self.ctx)
        page.open_child.connect(self.open_child)
        return page

    def _make_activities_page(self) -> QWidget:
        from commune_care.ui.pages.activities_page import ActivitiesPage

        page = ActivitiesPage(self.ctx)
        page.open_child.connect(self.open_child)
        return page

    def _make_audit_page(self) -> QWidget:
        from commune_care.ui.pages.audit_page import AuditPage

        return AuditPage(self.ctx)

    def _make_documents_page(self) -> QWidget:
        from commune_care.ui.pages.documents_page import DocumentsPage

        return DocumentsPage(self.ctx)

    @property
    def care_page(self) -> CarePage:
        return cast("CarePage", self.page("care"))

    @property
    def adoption_page(self) -> AdoptionPage:
        return cast("AdoptionPage", self.page("adoption"))

    @property
    def documents_page(self) -> DocumentsPage:
        return cast("DocumentsPage", self.page("documents"))

    @property
    def placement_page(self) -> PlacementPage:
        """A placement's page, reached from a placement as the case page is from a case."""
        if self._placement_page is None:
            from commune_care.ui.pages.placement_page import PlacementPage

            page = PlacementPage(self.ctx)
            page.back_requested.connect(self.back_from_placement)
            page.placement_changed.connect(self._on_placement_changed)
            page.open_child.connect(self.open_child)
            self.stack.addWidget(page)
            self._placement_page = page
        return self._placement_page

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        if current is self.child_page:
            return "child"
        if current is self.case_page:
            return "case"
        if current is not None and current is self._placement_page:
            return "placement"
        return next((k for k, p in self._pages.items() if p is current), None)

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(PAGE_ROLE) == key:
                if self.nav.currentRow() == row:
                    self._on_nav(item, None)  # coming back from a child: re-show the page
                else:
                    self.nav.setCurrentRow(row)
                return
        raise KeyError(key)

    def _on_nav(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        page = self.page(item.data(PAGE_ROLE))
        self.stack.setCurrentWidget(page)
        if page is self.home_page:
            self.home_page.reload()

    def open_child(self, child_id: int) -> None:
        if not self.may_open("children"):
            return
        self.child_page.show_child(child_id)
        self.stack.setCurrentWidget(self.child_page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._row_of("children"))
        self.nav.blockSignals(False)

    def back_from_child(self) -> None:
        self.show_page("children")

    def open_case(self, case_id: int) -> None:
        if not self.may_open("cases"):
            return
        current = self.stack.currentWidget()
        if current is not self.case_page:
            self._case_return = current
        self.case_page.show_case(case_id)
        self.stack.setCurrentWidget(self.case_page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._row_of("cases"))
        self.nav.blockSignals(False)

    def open_todo_entry(self, entry: TodoEntry) -> None:
        """Open what a "Việc cần làm" line is about."""
        if entry.subject_kind == "case":
            self.open_case(entry.subject_id)
        elif entry.subject_kind == "placement":
            self.open_placement(entry.subject_id)
        elif entry.subject_kind == "adoption":
            self.show_page("adoption")
            self.adoption_page.show_adoption(entry.subject_id)
        elif entry.subject_kind == "document":
            self.show_page("documents")
            self.documents_page.show_document(entry.subject_id)
        elif entry.subject_kind == "backup":
            self.back_up()

    def back_from_case(self) -> None:
        if self._case_return is self.child_page and self.child_page.child is not None:
            self.open_child(self.child_page.child.id)  # the child's page, refreshed
        elif self._case_return is self.todo_page:
            self.show_page("todo")
        else:
            self.show_page("cases")

    def open_placement(self, placement_id: int) -> None:
        if not self.may_open("care"):
            return
        current = self.stack.currentWidget()
        if current is not self.placement_page:
            self._placement_return = current
        self.placement_page.show_placement(placement_id)
        self.stack.setCurrentWidget(self.placement_page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._row_of("care"))
        self.nav.blockSignals(False)

    def back_from_placement(self) -> None:
        if self._placement_return is self.child_page and self.child_page.child is not None:
            self.open_child(self.child_page.child.id)  # the child's page, refreshed
        elif self._placement_return is self.todo_page:
            self.show_page("todo")
        else:
            self.show_page("care")

    def _on_placement_changed(self, _placement_id: int) -> None:
        if self.child_page.child is not None:
            self.child_page.refresh()

    def _on_case_changed(self, _case_id: int) -> None:
        self.cases_page.reload()
        if self.child_page.child is not None:
            self.child_page.refresh()

    def show_children(self, flt: ChildFilter) -> None:
        if not self.may_open("children"):  # the home page's figures of an administrator
            return
        self.children_page.apply_filter(flt)
        self.show_page("children")

    def show_cases(self, flt: CaseFilter) -> None:
        self.show_page("cases")
        self.cases_page.tabs.setCurrentIndex(0)  # the list, not its "To do" tab
        self.cases_page.apply_filter(flt)

    def show_search_results(self, text: str) -> None:
        self.show_children(ChildFilter(text=text))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _row_of(self, key: str) -> int:
        return next(r for r in range(self.nav.count()) if self.nav.item(r).data(PAGE_ROLE) == key)

    def _add_child(self) -> None:
        self.show_page("children")
        self.children_page.add_child()

    def _on_child_changed(self, _child_id: int) -> None:
        self.children_page.reload()

    def _on_profile_saved(self) -> None:
        self.refresh_status()
        self.children_page.reload()  # village names may have changed

    # --- status bar and help -----------------------------------------------------------
    def refresh_status(self) -> None:
        actor = self.ctx.actor
        if actor.account_id is None:
            self.user_label.setText(self.tr("Computer user: %1").replace("%1", actor.username))
        else:
            name = actor.full_name or actor.username
            self.user_label.setText(f"{name} ({actor.username}) · {actor.roles_label}")
        profile = self.ctx.commune.profile()
        self.commune_label.setText(profile.commune_name if profile else self.tr("No commune"))
        self.database_label.setText(self.tr("Data file: %1").replace("%1", self.ctx.database_label))
        self.database_label.setToolTip(self.ctx.database_label)
        self.refresh_backup_status()

    # --- data safety ---------------------------------------------------------------------
    def refresh_backup_status(self) -> None:
        """The status bar's date of the last USB backup, and the reminder banner."""
        reminder = self.ctx.backup.reminder()
        if reminder.last_at is None:
            self.backup_label.setText(self.tr("Last USB backup: none yet"))
        else:
            self.backup_label.setText(
                self.tr("Last USB backup: %1").replace("%1", reminder.last_at.strftime("%d/%m/%Y"))
            )
        self.banner_label.setText(self._banner_text(reminder))
        may_back_up = self.ctx.actor.can(Permission.BACKUP)  # a reminder only to who can act
        self.backup_banner.setVisible(reminder.due and not self._banner_dismissed and may_back_up)

    def _banner_text(self, reminder: BackupReminder) -> str:
        why = self.tr("A copy on a USB stick keeps the records if this computer breaks or is lost.")
        if reminder.last_at is None:
            return self.tr("No backup to a USB stick has been made yet.") + " " + why
        text = self.tr("The last backup to a USB stick was %1 days ago (%2).")
        text = text.replace("%1", str(reminder.days_since))
        return text.replace("%2", reminder.last_at.strftime("%d/%m/%Y")) + " " + why

    def dismiss_banner(self) -> None:
        self._banner_dismissed = True
        self.backup_banner.setVisible(False)

    def back_up(self) -> None:
        dialog = BackupDialog(self.ctx.backup, parent=self)
        dialog.backed_up.connect(lambda _result: self.refresh_backup_status())
        dialog.exec()

    def restore_backup(self) -> None:
        dialog = RestoreDialog(self.ctx.backup, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            self._restored(dialog.result_.safety_copy)

    def check_data(self) -> None:
        dialog = CheckDialog(self.ctx.backup, parent=self)
        dialog.exec()
        if dialog.damaged and dialog.report is not None:
            damaged = DamagedDialog(
                self.ctx.backup, list(dialog.report.problems), parent=self, at_start=False
            )
            if damaged.exec() == QDialog.DialogCode.Accepted and damaged.result_ is not None:
                self._restored(damaged.result_.safety_copy)

    def export_excel(self) -> None:
        from commune_care.ui.dialogs.excel_export_dialog import ExcelExportDialog

        ExcelExportDialog(self.ctx, self).exec()

    def verify_audit(self) -> None:
        """The audit trail's hash chain, checked in the background; a trail changed outside
        the app is a clear warning, not a crash."""
        from commune_care.ui.dialogs.audit_verify_dialog import AuditVerifyDialog

        AuditVerifyDialog(self.ctx.audit, parent=self).exec()

    def _restored(self, safety_copy: str | None) -> None:
        text = self.tr("The data was restored. The program now shows the restored data.")
        if safety_copy:
            text += "\n\n" + self.tr("The data it replaced was kept in: %1").replace(
                "%1", safety_copy
            )
        show_info(self, self.tr("Restore from a backup"), text)
        self.database_replaced.emit()

    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        text = QCoreApplication.translate(
            "MainWindow",
            "commune_care %1 — managing children and child protection in the commune.\n"
            "Data file: %2\nLog folder: %3",
        )
        text = text.replace("%1", __version__).replace("%2", self.ctx.database_label)
        show_info(self, self.tr("About commune_care"), text.replace("%3", str(paths.log_dir())))
