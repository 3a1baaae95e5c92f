"""Settings: the commune profile and its villages, as set up at the first start; and which
database file and program version are in use."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commune_care import __version__
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.providers_dialog import ProvidersDialog
from commune_care.ui.widgets.commune_form import CommuneForm

SAVED_STYLE = "QLabel { color: #1b5e20; }"
NOT_SAVED_STYLE = "QLabel { color: #b3261e; }"
PENDING_STYLE = "QLabel { color: #555; }"


class SettingsPage(QWidget):
    """``profile_saved`` fires after each successful save (the status bar shows the name).
    The saved profile is loaded when the page is first shown (or by ``reload()``)."""

    profile_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("Settings"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.form = CommuneForm()
        self.form.changed.connect(self._on_changed)
        self.form.submit_requested.connect(self.save)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the commune's details (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setToolTip(self.tr("Show the details as they were last saved"))
        self.revert_button.clicked.connect(self.reload)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.revert_button)
        actions.addSpacing(12)
        actions.addWidget(self.status_label, 1)

        about = QGroupBox(self.tr("This copy of the program"))
        about_form = QFormLayout(about)
        about_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.database_value = QLabel(self.ctx.database_label)
        self.database_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_value.setWordWrap(True)
        self.version_value = QLabel(__version__)
        self.version_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_form.addRow(self.tr("Database file in use"), self.database_value)
        about_form.addRow(self.tr("Program version"), self.version_value)

        lists = QGroupBox(self.tr("Lists"))
        lists_row = QHBoxLayout(lists)
        self.providers_button = QPushButton(self.tr("Service providers…"))
        self.providers_button.setToolTip(
            self.tr("The bodies and people services and referrals go to")
        )
        self.providers_button.clicked.connect(self.manage_providers)
        lists_row.addWidget(self.providers_button)
        lists_row.addStretch(1)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addWidget(self.form, 1)
        inner.addWidget(lists)
        inner.addWidget(about)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)

    # --- loading and saving ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            # Loaded when first shown, not when the window is built: counting the children of
            # each village reads the whole register (~0.1 s at 100,000 children).
            self.reload()

    def reload(self) -> None:
        """Show the profile and villages (retired ones too) as saved."""
        self._loaded = True
        self.form.load(self.ctx.commune.profile(), self.ctx.commune.villages(include_inactive=True))
        self._set_status("", PENDING_STYLE)

    def manage_providers(self) -> None:
        ProvidersDialog(self.ctx, parent=self).exec()

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def save(self) -> bool:
        saved = self.form.save(self.ctx.commune)
        if saved is None:
            self._set_status(
                self.tr(
                    "Not saved: correct what is shown in red. The saved details are unchanged."
                ),
                NOT_SAVED_STYLE,
            )
            return False
        self._set_status(
            self.tr("Saved at {0}.").format(datetime.now().strftime("%H:%M")), SAVED_STYLE
        )
        self.profile_saved.emit()
        return True

    def _on_changed(self) -> None:
        if self.form.is_dirty():
            self._set_status(self.tr("Changes not saved yet."), PENDING_STYLE)
        else:
            self._set_status("", PENDING_STYLE)

    def _set_status(self, text: str, style: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)
