"""The main window (DESIGN.md §4): navigation on the left, one page at a time, one search
box that finds a child from anywhere, and a status bar saying which commune and file are open.

Later features add their page with ``add_page``; the child's page gets tabs with
``child_page.add_tab``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commune_care import __version__, paths
from commune_care.domain.schemas.children import ChildFilter
from commune_care.domain.schemas.todo import TodoEntry
from commune_care.ui.context import AppContext
from commune_care.ui.feedback import show_info
from commune_care.ui.pages.adoption_page import AdoptionPage
from commune_care.ui.pages.care_page import CarePage
from commune_care.ui.pages.case_page import CasePage
from commune_care.ui.pages.cases_page import CasesPage
from commune_care.ui.pages.child_page import ChildPage
from commune_care.ui.pages.children_page import ChildrenPage
from commune_care.ui.pages.documents_page import DocumentsPage
from commune_care.ui.pages.home_page import HomePage
from commune_care.ui.pages.mental_health_page import MentalHealthPage
from commune_care.ui.pages.placement_page import PlacementPage
from commune_care.ui.pages.settings_page import SettingsPage
from commune_care.ui.pages.todo_page import TodoPage
from commune_care.ui.widgets.quick_search import QuickSearch

NAV_WIDTH = 190
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    first_page_loaded = Signal()  # the children list has its first rows (start-up benchmark)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Child protection — commune_care"))
        self.resize(1280, 720)
        self._pages: dict[str, QWidget] = {}

        self.home_page = HomePage(ctx)
        self.todo_page = TodoPage(ctx)
        self.children_page = ChildrenPage(ctx)
        self.child_page = ChildPage(ctx)
        self.cases_page = CasesPage(ctx)
        self.case_page = CasePage(ctx)
        self._case_return: QWidget | None = None  # where Back leaves a case for
        self.mental_health_page = MentalHealthPage(ctx)
        self.care_page = CarePage(ctx)
        self.placement_page = PlacementPage(ctx)
        self._placement_return: QWidget | None = None  # where Back leaves a placement for
        self.adoption_page = AdoptionPage(ctx)
        self.documents_page = DocumentsPage(ctx)
        self.settings_page = SettingsPage(ctx)
        self._build()
        self.add_page("home", self.tr("Home"), self.home_page)
        self.add_page("todo", self.tr("To do"), self.todo_page)
        self.add_page("children", self.tr("Children"), self.children_page)
        self.add_page("cases", self.tr("Support & intervention"), self.cases_page)
        self.add_page("mental_health", self.tr("Mental health"), self.mental_health_page)
        self.add_page("care", self.tr("Alternative care"), self.care_page)
        self.add_page("adoption", self.tr("Adoption"), self.adoption_page)
        self.add_page("documents", self.tr("Documents"), self.documents_page)
        self.add_page("settings", self.tr("Settings"), self.settings_page)
        self.stack.addWidget(self.child_page)  # reached from a child, not from the column
        self.stack.addWidget(self.case_page)  # reached from a case, as the child page
        self.stack.addWidget(self.placement_page)  # reached from a placement, as a case
        self._connect()
        self.refresh_status()
        self.show_page("children")

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
        status = self.statusBar()
        status.addWidget(self.commune_label)
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.backup_label)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_child_action = QAction(self.tr("&Add child…"), self)
        self.add_child_action.setShortcut(QKeySequence.StandardKey.New)
        file_menu.addAction(self.add_child_action)
        find = QAction(self.tr("&Find a child"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        file_menu.addAction(find)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open the &log folder"), self)
        logs.triggered.connect(self.open_log_folder)
        help_menu.addAction(logs)
        about = QAction(self.tr("&About commune_care"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.add_child_action.triggered.connect(self._add_child)

    def _connect(self) -> None:
        self.nav.currentItemChanged.connect(self._on_nav)
        self.search.open_child.connect(self.open_child)
        self.search.show_all.connect(self.show_search_results)
        self.children_page.open_child.connect(self.open_child)
        self.mental_health_page.open_child.connect(self.open_child)
        self.adoption_page.open_child.connect(self.open_child)
        self.children_page.first_page_loaded.connect(self.first_page_loaded)
        self.child_page.back_requested.connect(self.back_from_child)
        self.child_page.child_changed.connect(self._on_child_changed)
        self.cases_page.open_case.connect(self.open_case)
        self.todo_page.open_entry.connect(self.open_todo_entry)
        self.child_page.cases_tab.open_case.connect(self.open_case)
        self.case_page.back_requested.connect(self.back_from_case)
        self.case_page.case_changed.connect(self._on_case_changed)
        self.case_page.open_child.connect(self.open_child)
        self.care_page.open_placement.connect(self.open_placement)
        self.care_page.open_child.connect(self.open_child)
        self.care_page.placement_saved.connect(self._on_placement_changed)
        self.child_page.care_tab.open_placement.connect(self.open_placement)
        self.placement_page.back_requested.connect(self.back_from_placement)
        self.placement_page.placement_changed.connect(self._on_placement_changed)
        self.placement_page.open_child.connect(self.open_child)
        self.home_page.open_children.connect(self.show_children)
        self.settings_page.profile_saved.connect(self._on_profile_saved)

    # --- pages -------------------------------------------------------------------------
    def add_page(self, key: str, title: str, page: QWidget) -> None:
        """A section in the navigation column, in the order added."""
        self._pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(title)
        item.setData(PAGE_ROLE, key)
        self.nav.addItem(item)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        if current is self.child_page:
            return "child"
        if current is self.case_page:
            return "case"
        if current is self.placement_page:
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
        page = self._pages[item.data(PAGE_ROLE)]
        self.stack.setCurrentWidget(page)
        if page is self.home_page:
            self.home_page.reload()

    def open_child(self, child_id: int) -> None:
        self.child_page.show_child(child_id)
        self.stack.setCurrentWidget(self.child_page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._row_of("children"))
        self.nav.blockSignals(False)

    def back_from_child(self) -> None:
        self.show_page("children")

    def open_case(self, case_id: int) -> None:
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
        elif entry.child_id is not None:
            self.open_child(entry.child_id)

    def back_from_case(self) -> None:
        if self._case_return is self.child_page and self.child_page.child is not None:
            self.open_child(self.child_page.child.id)  # the child's page, refreshed
        elif self._case_return is self.todo_page:
            self.show_page("todo")
        else:
            self.show_page("cases")

    def open_placement(self, placement_id: int) -> None:
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
        self.children_page.apply_filter(flt)
        self.show_page("children")

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
        profile = self.ctx.commune.profile()
        self.commune_label.setText(profile.commune_name if profile else self.tr("No commune"))
        self.database_label.setText(self.tr("Data file: %1").replace("%1", self.ctx.database_label))
        self.database_label.setToolTip(self.ctx.database_label)
        self.backup_label.setText(self.tr("Last USB backup: none yet"))

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
