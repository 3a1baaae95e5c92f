"""Settings: the commune profile and its villages, as set up at the first start; how many
automatic copies of the data are kept and when to remind about a USB backup; for an
administrator, the auto-lock minutes, the shortest password and the accounts; and which database
file and program version are in use."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_care import __version__
from commune_care.domain.access import Permission
from commune_care.domain.accounts import AccountSettings
from commune_care.domain.errors import UserError
from commune_care.domain.schemas.backup import BackupSettings
from commune_care.domain.schemas.dashboard import Targets
from commune_care.ui.access import disable_unless
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.providers_dialog import ProvidersDialog
from commune_care.ui.feedback import show_user_error
from commune_care.ui.widgets.commune_form import CommuneForm

SAVED_STYLE = "QLabel { color: #1b5e20; }"
NOT_SAVED_STYLE = "QLabel { color: #b3261e; }"
PENDING_STYLE = "QLabel { color: #555; }"


class SettingsPage(QWidget):
    """``profile_saved`` fires after each successful save (the status bar shows the name).
    The saved profile is loaded when the page is first shown (or by ``reload()``)."""

    profile_saved = Signal()
    backup_settings_saved = Signal()
    account_settings_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._backup_saved = BackupSettings()
        self._targets_saved = Targets()
        self._accounts_saved = AccountSettings()
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
        actor = self.ctx.actor
        disable_unless(actor, self.providers_button, permission=Permission.EDIT_CASES)
        disable_unless(actor, self.form, permission=Permission.EDIT_SETTINGS)
        lists_row.addStretch(1)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addWidget(self.form, 1)
        inner.addWidget(lists)
        inner.addWidget(self._build_targets())
        inner.addWidget(self._build_backups())
        inner.addWidget(self._build_accounts())
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

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._on_changed)
        return spin

    def _build_targets(self) -> QGroupBox:
        """The programme's targets (QĐ 1591/QĐ-TTg by default): the home page and the year's
        report judge the figures against them."""
        group = QGroupBox(self.tr("Targets of the programme"))
        form = QFormLayout(group)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.mental_target_spin = self._spin(1, 100, " %")
        self.orphans_target_spin = self._spin(1, 100, " %")
        note = QLabel(
            self.tr(
                "Decision 1591/QĐ-TTg: 80 % and 100 %. Change them only when the province's plan"
                " sets other figures for the commune."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(PENDING_STYLE)
        form.addRow(self.tr("Children with mental-health problems reached"),
                    self.mental_target_spin)  # fmt: skip
        form.addRow(self.tr("Orphans in alternative care"), self.orphans_target_spin)
        form.addRow("", note)
        disable_unless(self.ctx.actor, group, permission=Permission.EDIT_SETTINGS)
        return group

    def target_values(self) -> Targets:
        return Targets(
            mental_health_pct=self.mental_target_spin.value(),
            orphans_in_care_pct=self.orphans_target_spin.value(),
        )

    def _build_backups(self) -> QGroupBox:
        group = QGroupBox(self.tr("Backups"))
        form = QFormLayout(group)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.keep_days_spin = self._spin(1, 365, self.tr(" days"))
        self.keep_days_spin.setAccessibleName(self.tr("Automatic copies kept, in days"))
        self.keep_months_spin = self._spin(0, 120, self.tr(" months"))
        self.keep_months_spin.setAccessibleName(self.tr("Monthly copies kept, in months"))
        self.reminder_spin = self._spin(1, 365, self.tr(" days"))
        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("the last")))
        keep.addWidget(self.keep_days_spin)
        keep.addWidget(QLabel(self.tr("and one copy a month for")))
        keep.addWidget(self.keep_months_spin)
        keep.addStretch(1)
        remind = QHBoxLayout()
        remind.addWidget(self.reminder_spin)
        remind.addWidget(QLabel(self.tr("without a backup to a USB stick")))
        remind.addStretch(1)
        self.backups_folder_value = QLabel(str(self.ctx.backup.backups_dir))
        self.backups_folder_value.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.backups_folder_value.setWordWrap(True)
        self.open_backups_button = QPushButton(self.tr("Open the folder"))
        self.open_backups_button.clicked.connect(self.open_backups_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.backups_folder_value, 1)
        folder.addWidget(self.open_backups_button)
        note = QLabel(
            self.tr(
                "The program copies the data on this computer once a day and when it closes. "
                "These copies do not survive a broken computer: back up to a USB stick as well."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(PENDING_STYLE)
        form.addRow(self.tr("Keep automatic copies of"), keep)
        form.addRow(self.tr("Remind me after"), remind)
        form.addRow(self.tr("Automatic copies are in"), folder)
        form.addRow("", note)
        disable_unless(self.ctx.actor, group, permission=Permission.BACKUP)
        return group

    def _build_accounts(self) -> QGroupBox:
        """The administrator's: auto-lock, password length, the accounts themselves."""
        group = self.accounts_group = QGroupBox(self.tr("Accounts and security"))
        form = QFormLayout(group)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.lock_minutes_spin = self._spin(1, 240, self.tr(" minutes"))
        self.lock_minutes_spin.setAccessibleName(self.tr("Lock the screen after, in minutes"))
        self.min_password_spin = self._spin(8, 64, self.tr(" characters"))
        self.min_password_spin.setAccessibleName(self.tr("Shortest password allowed"))
        lock = QHBoxLayout()
        lock.addWidget(self.lock_minutes_spin)
        lock.addWidget(QLabel(self.tr("without using the keyboard or the mouse")))
        lock.addStretch(1)
        length = QHBoxLayout()
        length.addWidget(self.min_password_spin)
        length.addStretch(1)
        self.accounts_button = QPushButton(self.tr("Accounts…"))
        self.accounts_button.setToolTip(
            self.tr("Create accounts, give roles, reset a forgotten password, disable an account")
        )
        self.accounts_button.clicked.connect(self.manage_accounts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accounts_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Lock the screen after"), lock)
        form.addRow(self.tr("Passwords at least"), length)
        form.addRow("", buttons)
        actor = self.ctx.actor
        group.setVisible(actor.can(Permission.EDIT_SETTINGS))
        self.accounts_button.setVisible(actor.can(Permission.MANAGE_ACCOUNTS))
        return group

    def account_values(self) -> AccountSettings:
        return AccountSettings(
            lock_minutes=self.lock_minutes_spin.value(),
            min_password_length=self.min_password_spin.value(),
        )

    def manage_accounts(self) -> None:
        from commune_care.ui.dialogs.accounts.accounts_dialog import AccountsDialog

        AccountsDialog(self.ctx.accounts, parent=self).exec()

    def backup_values(self) -> BackupSettings:
        return BackupSettings(
            keep_days=self.keep_days_spin.value(),
            keep_months=self.keep_months_spin.value(),
            reminder_days=self.reminder_spin.value(),
        )

    def open_backups_folder(self) -> None:
        folder = self.ctx.backup.backups_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

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
        if not self.ctx.can(Permission.BACKUP):  # the group is disabled; the defaults shown
            self._set_status("", PENDING_STYLE)
            return
        self._backup_saved = self.ctx.backup.settings()
        self._targets_saved = self.ctx.indicators.targets()
        for spin, value in (
            (self.mental_target_spin, self._targets_saved.mental_health_pct),
            (self.orphans_target_spin, self._targets_saved.orphans_in_care_pct),
            (self.keep_days_spin, self._backup_saved.keep_days),
            (self.keep_months_spin, self._backup_saved.keep_months),
            (self.reminder_spin, self._backup_saved.reminder_days),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._accounts_saved = self.ctx.accounts.settings()
        for spin, value in (
            (self.lock_minutes_spin, self._accounts_saved.lock_minutes),
            (self.min_password_spin, self._accounts_saved.min_password_length),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._set_status("", PENDING_STYLE)

    def manage_providers(self) -> None:
        ProvidersDialog(self.ctx, parent=self).exec()

    def is_dirty(self) -> bool:
        return (
            self.form.is_dirty()
            or self._backup_dirty()
            or self._targets_dirty()
            or self._accounts_dirty()
        )

    def _targets_dirty(self) -> bool:
        return self._loaded and self.target_values() != self._targets_saved

    def _accounts_dirty(self) -> bool:
        return self._loaded and self.account_values() != self._accounts_saved

    def _backup_dirty(self) -> bool:
        return self._loaded and self.backup_values() != self._backup_saved

    def save(self) -> bool:
        if self._backup_dirty():  # bounded spin boxes: always valid, saved on their own
            self._backup_saved = self.ctx.backup.save_settings(self.backup_values())
            self.backup_settings_saved.emit()
        if self._accounts_dirty():
            try:
                self._accounts_saved = self.ctx.accounts.save_settings(self.account_values())
            except UserError as exc:  # not allowed: say so, the rest is still saved
                show_user_error(self, exc)
            else:
                self.account_settings_saved.emit()
        if not self.ctx.can(Permission.EDIT_SETTINGS):  # the commune's form is read-only
            self._set_status(
                self.tr("Saved at {0}.").format(datetime.now().strftime("%H:%M")), SAVED_STYLE
            )
            return True
        if self._targets_dirty():  # bounded spin boxes: always valid, saved on their own
            self._targets_saved = self.ctx.indicators.set_targets(self.target_values())
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
        if self.is_dirty():
            self._set_status(self.tr("Changes not saved yet."), PENDING_STYLE)
        else:
            self._set_status("", PENDING_STYLE)

    def _set_status(self, text: str, style: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)
