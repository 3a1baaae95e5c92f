"""Services a child received and referrals (issue #3, item 3): one model for every programme.

``ServiceDialog`` adds or edits a service, ``EndServiceDialog`` closes one on a date with its
outcome, ``ReferralDialog`` adds or edits a referral, ``ReferralStatusDialog`` records the
provider's answer. Raw values go to ``SupportService.validate_*``; each Vietnamese message is
shown in red under its field and nothing is saved. Enter saves, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_care.domain.errors import InvalidInput, UserError
from commune_care.domain.schemas.cases import CaseSummary
from commune_care.domain.schemas.support import ProviderOut, ReferralOut, ServiceOut
from commune_care.domain.support import Programme, ReferralStatus, ServiceSetting, ServiceType
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.child_dialog import (
    ERROR_BANNER_STYLE,
    FieldErrors,
    fit_combo,
    make_banner,
    select_data,
)
from commune_care.ui.dialogs.providers_dialog import (
    HINT_STYLE,
    ProviderDialog,
    ProvidersDialog,
    add_provider_items,
)
from commune_care.ui.feedback import show_user_error
from commune_care.ui.widgets.date_edit import DateLineEdit


def _text_edit(lines: int = 3) -> QPlainTextEdit:
    """Several lines of text; Tab moves on (keyboard first)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _buttons(dialog: QDialog, save_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    save = box.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("ServiceDialogs", "Cancel"),
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    save.setDefault(True)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    # Enter in a multi-line field starts a new line; Ctrl+Enter saves from anywhere.
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(save.click)
    return box, save


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(6)
    return form


def _row(*widgets: QWidget | str, stretch: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for w in widgets:
        if isinstance(w, str):
            label = QLabel(w)
            label.setStyleSheet(HINT_STYLE)
            row.addWidget(label)
        else:
            row.addWidget(w)
    if stretch:
        row.addStretch(1)
    return row


def _show(errors: FieldErrors, found: dict[str, str]) -> None:
    first = errors.show(found)
    if first is not None:
        first.setFocus(Qt.FocusReason.OtherFocusReason)


def case_text(case: CaseSummary) -> str:
    """A case as one line of a list: code, date opened, stage."""
    return f"{case.code} · {case.opened_at:%d/%m/%Y} · {case.stage.label}"


def _case_combo(cases: Sequence[CaseSummary], none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for case in cases:
        combo.addItem(case_text(case), case.id)
    fit_combo(combo, 40)
    return combo


def _programme_combo(auto_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(auto_text, None)
    for programme in Programme:
        combo.addItem(programme.label, programme.value)
    fit_combo(combo, 40)
    return combo


class ProviderPicker(QWidget):
    """A provider of the managed list, or a name typed by hand for one not on it; with
    shortcuts to add a provider and to manage the list."""

    provider_chosen = Signal()

    def __init__(
        self, ctx: AppContext, current_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_id = current_id  # kept offered even if deactivated since
        self.providers: dict[int, ProviderOut] = {}
        self.combo = QComboBox()
        fit_combo(self.combo, 36)
        self.new_button = QPushButton(self.tr("New provider…"))
        self.list_button = QPushButton(self.tr("Provider list…"))
        for button in (self.new_button, self.list_button):
            button.setAutoDefault(False)
        self.new_button.setToolTip(self.tr("Add a provider to the list and choose it here"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(150)
        self.name_edit.setPlaceholderText(
            self.tr("…or the name of a person or place not on the list")
        )
        self.new_button.clicked.connect(self.new_provider)
        self.list_button.clicked.connect(self.manage_list)
        self.combo.currentIndexChanged.connect(self._on_changed)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.list_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.name_edit)
        self.reload(current_id)

    def reload(self, select_id: int | None = None) -> None:
        offered = self.ctx.support.providers()
        if self._current_id is not None and all(p.id != self._current_id for p in offered):
            offered += [
                p
                for p in self.ctx.support.providers(include_inactive=True)
                if p.id == self._current_id
            ]
        self.providers = {p.id: p for p in offered}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("— not on the list (type the name below) —"), None)
        add_provider_items(self.combo, offered)
        self.combo.blockSignals(False)
        if select_id is not None:
            select_data(self.combo, select_id)
        self._on_changed()

    def provider_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def provider(self) -> ProviderOut | None:
        chosen = self.provider_id()
        return self.providers.get(chosen) if chosen is not None else None

    def typed_name(self) -> str:
        return self.name_edit.text() if self.provider_id() is None else ""

    def set_value(self, provider_id: int | None, name: str) -> None:
        if provider_id is not None:
            select_data(self.combo, provider_id)
        self.name_edit.setText(name if provider_id is None else "")
        self._on_changed()

    def _on_changed(self, _index: int = -1) -> None:
        self.name_edit.setEnabled(self.provider_id() is None)
        self.provider_chosen.emit()

    def new_provider(self) -> None:
        dialog = ProviderDialog(self.ctx, parent=self, name=self.name_edit.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.name_edit.clear()
            self.reload(dialog.saved.id)
            self.combo.setFocus()

    def manage_list(self) -> None:
        chosen = self.provider_id()
        dialog = ProvidersDialog(self.ctx, parent=self)
        dialog.exec()
        if dialog.changed:
            self.reload(dialog.created_id or chosen)


# --- services ----------------------------------------------------------------------------------
class ServiceDialog(QDialog):
    """Record a service a child received (``service`` None) or edit one; ``saved`` holds the
    result after the dialog is accepted. ``cases`` are the child's cases it may belong to
    (read from the service when not given)."""

    def __init__(
        self,
        ctx: AppContext,
        child_id: int,
        service: ServiceOut | None = None,
        parent: QWidget | None = None,
        cases: Sequence[CaseSummary] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.service = service
        self.saved: ServiceOut | None = None
        self.setWindowTitle(
            self.tr("Record a service") if service is None else self.tr("Edit service")
        )
        if cases is None:
            cases = ctx.cases.for_child(child_id)
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )
        wrap = self.errors.wrap

        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("— choose a type —"), None)
        for service_type in ServiceType:
            self.type_combo.addItem(service_type.label, service_type.value)
        fit_combo(self.type_combo, 30)
        self.setting_combo = QComboBox()
        self.setting_combo.addItem(self.tr("— not specified —"), None)
        for setting in ServiceSetting:
            self.setting_combo.addItem(setting.label, setting.value)
        fit_combo(self.setting_combo, 34)
        self.provider = ProviderPicker(ctx, service.provider_id if service else None)
        self.provider.provider_chosen.connect(self._on_provider)
        self.description_edit = QLineEdit()
        self.description_edit.setMaxLength(255)
        self.description_edit.setPlaceholderText(
            self.tr("E.g. 6 counselling sessions at school, first aid and treatment…")
        )
        self.start_edit = DateLineEdit(required=True)
        self.end_edit = DateLineEdit()
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.end_edit)
        dates = _row(
            self.start_edit, to_label, self.end_edit, self.tr("leave empty while it goes on")
        )
        self.outcome_edit = _text_edit(3)
        self.case_combo = _case_combo(cases, self.tr("— not part of a case —"))
        self.programme_combo = _programme_combo(
            self.tr("Automatic (case management when part of a case)")
        )

        form = _form()
        form.addRow(self.tr("Type of service *"), wrap(self.type_combo, "type"))
        form.addRow(self.tr("Setting"), wrap(self.setting_combo, "setting"))
        form.addRow(
            self.tr("Provider"),
            wrap(self.provider, "provider_id", "provider_name", focus=self.provider.combo),
        )
        self.errors.set_focus_widget("provider_name", self.provider.name_edit)
        form.addRow(self.tr("What was given"), wrap(self.description_edit, "description"))
        form.addRow(self.tr("From *"), wrap(dates, "start_date", "end_date", focus=self.start_edit))
        self.errors.set_focus_widget("end_date", self.end_edit)
        form.addRow(self.tr("Outcome"), wrap(self.outcome_edit, "outcome"))
        form.addRow(self.tr("Part of the case"), wrap(self.case_combo, "case_id"))
        form.addRow(self.tr("Programme"), wrap(self.programme_combo, "programme"))

        buttons, self.save_button = _buttons(self, self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._load()
        self.resize(860, self.sizeHint().height())

    def _load(self) -> None:
        s = self.service
        if s is None:
            self.start_edit.set_date(date.today())
            self.type_combo.setFocus()
            return
        select_data(self.type_combo, s.type.value)
        select_data(self.setting_combo, s.setting.value if s.setting else None)
        self.provider.set_value(s.provider_id, s.provider_name)
        self.description_edit.setText(s.description)
        self.start_edit.set_date(s.start_date)
        self.end_edit.set_date(s.end_date)
        self.outcome_edit.setPlainText(s.outcome)
        select_data(self.case_combo, s.case_id)
        select_data(self.programme_combo, s.programme.value if s.programme else None)
        self.type_combo.setFocus()

    def _on_provider(self) -> None:
        """A provider whose kind is a setting proposes it, when no setting is chosen yet."""
        chosen = self.provider.provider()
        if self.service is not None or chosen is None:
            return  # an edited service keeps what was recorded
        if self.setting_combo.currentData() is None:
            setting = chosen.kind.setting
            if setting is not None:
                select_data(self.setting_combo, setting.value)

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        errors: dict[str, str] = {}
        for field, edit in (("start_date", self.start_edit), ("end_date", self.end_edit)):
            if message := edit.error():
                errors[field] = message
        values: dict[str, Any] = {
            "child_id": self.child_id,
            "type": self.type_combo.currentData(),
            "setting": self.setting_combo.currentData(),
            "provider_id": self.provider.provider_id(),
            "provider_name": self.provider.typed_name(),
            "description": self.description_edit.text(),
            "start_date": self.start_edit.date(),
            "end_date": self.end_edit.date(),
            "outcome": self.outcome_edit.toPlainText(),
            "case_id": self.case_combo.currentData(),
            "programme": self.programme_combo.currentData(),
        }
        if self.service is not None:
            values["plan_task_id"] = self.service.plan_task_id
            if values["case_id"] != self.service.case_id:
                values["plan_task_id"] = None  # a task belongs to the case it came with
        return values, errors

    def save(self) -> None:
        values, errors = self.raw_values()
        support = self.ctx.support
        try:
            data = support.validate_service(values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        if errors:
            _show(self.errors, errors)
            return
        try:
            if self.service is None:
                self.saved = support.add_service(data)
            else:
                self.saved = support.update_service(self.service.id, data)
        except InvalidInput as exc:
            _show(self.errors, exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    def accept(self) -> None:
        self.save()


class EndServiceDialog(QDialog):
    """Close a service on a date, with its outcome."""

    def __init__(self, ctx: AppContext, service: ServiceOut, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.saved: ServiceOut | None = None
        self.setWindowTitle(self.tr("End service"))
        what = QLabel(f"{service.type_label} — {service.provider or '—'}")
        what.setWordWrap(True)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        since = QLabel(self.tr("Since {0}").format(f"{service.start_date:%d/%m/%Y}"))
        since.setStyleSheet(HINT_STYLE)
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )
        self.end_edit = DateLineEdit(required=True)
        self.end_edit.set_date(date.today())
        self.outcome_edit = _text_edit(3)
        self.outcome_edit.setPlainText(service.outcome)
        form = _form()
        form.addRow(
            self.tr("End date *"),
            self.errors.wrap(_row(self.end_edit), "end_date", "start_date", focus=self.end_edit),
        )
        form.addRow(self.tr("Outcome"), self.errors.wrap(self.outcome_edit, "outcome"))
        buttons, self.save_button = _buttons(self, self.tr("End service"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(since)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.end_edit.setFocus()
        self.end_edit.selectAll()
        self.resize(640, self.sizeHint().height())

    def save(self) -> None:
        if message := self.end_edit.error():
            _show(self.errors, {"end_date": message})
            return
        end = self.end_edit.date()
        assert end is not None
        try:
            self.saved = self.ctx.support.end_service(
                self.service.id, end, self.outcome_edit.toPlainText()
            )
        except InvalidInput as exc:
            _show(self.errors, exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    def accept(self) -> None:
        self.save()


# --- referrals ---------------------------------------------------------------------------------
class ReferralDialog(QDialog):
    """Refer a child to a provider or a person (``referral`` None: a new one, status "sent"),
    or edit one (its status is changed with ``ReferralStatusDialog``)."""

    def __init__(
        self,
        ctx: AppContext,
        child_id: int,
        referral: ReferralOut | None = None,
        parent: QWidget | None = None,
        cases: Sequence[CaseSummary] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child_id = child_id
        self.referral = referral
        self.saved: ReferralOut | None = None
        self.setWindowTitle(
            self.tr("Refer the child") if referral is None else self.tr("Edit referral")
        )
        if cases is None:
            cases = ctx.cases.for_child(child_id)
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )
        wrap = self.errors.wrap

        self.recipient = ProviderPicker(ctx, referral.provider_id if referral else None)
        self.service_combo = QComboBox()
        self.service_combo.addItem(self.tr("— not specified —"), None)
        for service_type in ServiceType:
            self.service_combo.addItem(service_type.label, service_type.value)
        fit_combo(self.service_combo, 30)
        self.date_edit = DateLineEdit(required=True)
        self.reason_edit = _text_edit(3)
        self.case_combo = _case_combo(cases, self.tr("— not part of a case —"))
        self.programme_combo = _programme_combo(
            self.tr("Automatic (case management when part of a case)")
        )

        form = _form()
        form.addRow(
            self.tr("Referred to *"),
            wrap(self.recipient, "provider_id", "to_whom", focus=self.recipient.combo),
        )
        self.errors.set_focus_widget("to_whom", self.recipient.name_edit)
        form.addRow(self.tr("Service asked for"), wrap(self.service_combo, "service_type"))
        form.addRow(
            self.tr("Date of referral *"),
            wrap(_row(self.date_edit), "referred_on", "status_date", focus=self.date_edit),
        )
        form.addRow(self.tr("Reason *"), wrap(self.reason_edit, "reason"))
        form.addRow(self.tr("Part of the case"), wrap(self.case_combo, "case_id"))
        form.addRow(self.tr("Programme"), wrap(self.programme_combo, "programme"))
        buttons, self.save_button = _buttons(self, self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._load()
        self.resize(860, self.sizeHint().height())

    def _load(self) -> None:
        r = self.referral
        if r is None:
            self.date_edit.set_date(date.today())
            self.recipient.combo.setFocus()
            return
        self.recipient.set_value(r.provider_id, r.to_whom)
        select_data(self.service_combo, r.service_type.value if r.service_type else None)
        self.date_edit.set_date(r.referred_on)
        self.reason_edit.setPlainText(r.reason)
        select_data(self.case_combo, r.case_id)
        select_data(self.programme_combo, r.programme.value if r.programme else None)
        self.recipient.combo.setFocus()

    def save(self) -> None:
        errors: dict[str, str] = {}
        if message := self.date_edit.error():
            errors["referred_on"] = message
        r = self.referral
        values: dict[str, Any] = {
            "child_id": self.child_id,
            "provider_id": self.recipient.provider_id(),
            "to_whom": self.recipient.typed_name(),
            "service_type": self.service_combo.currentData(),
            "referred_on": self.date_edit.date(),
            "reason": self.reason_edit.toPlainText(),
            "status": r.status.value if r else ReferralStatus.SENT.value,
            "status_date": r.status_date if r else None,
            "feedback": r.feedback if r else "",
            "case_id": self.case_combo.currentData(),
            "programme": self.programme_combo.currentData(),
        }
        support = self.ctx.support
        try:
            data = support.validate_referral(values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        if errors:
            _show(self.errors, errors)
            return
        try:
            if r is None:
                self.saved = support.add_referral(data)
            else:
                self.saved = support.update_referral(r.id, data)
        except InvalidInput as exc:
            _show(self.errors, exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    def accept(self) -> None:
        self.save()


_NEXT_STATUS = {
    ReferralStatus.SENT: ReferralStatus.ACCEPTED,
    ReferralStatus.ACCEPTED: ReferralStatus.SERVED,
}


class ReferralStatusDialog(QDialog):
    """The provider's answer to a referral: status, date, feedback."""

    def __init__(
        self, ctx: AppContext, referral: ReferralOut, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.referral = referral
        self.saved: ReferralOut | None = None
        self.setWindowTitle(self.tr("Update referral status"))
        what = QLabel(
            self.tr("Referred to {0} on {1}").format(
                referral.recipient, f"{referral.referred_on:%d/%m/%Y}"
            )
        )
        what.setWordWrap(True)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        now = QLabel(self.tr("Now: {0}").format(referral.status_label))
        now.setStyleSheet(HINT_STYLE)
        self.error_banner = make_banner(ERROR_BANNER_STYLE)
        self.errors = FieldErrors(
            self.error_banner,
            self.tr("Some fields need correcting: see the messages in red. Nothing was saved."),
        )
        self.status_combo = QComboBox()
        for status in ReferralStatus:
            self.status_combo.addItem(status.label, status.value)
        fit_combo(self.status_combo, 24)
        select_data(self.status_combo, _NEXT_STATUS.get(referral.status, referral.status).value)
        self.date_edit = DateLineEdit(required=True)
        self.date_edit.set_date(date.today())
        self.feedback_edit = _text_edit(4)
        self.feedback_edit.setPlainText(referral.feedback)
        self.feedback_hint = QLabel(self.tr("Feedback is written once the provider has answered."))
        self.feedback_hint.setStyleSheet(HINT_STYLE)
        feedback_box = QVBoxLayout()
        feedback_box.setSpacing(2)
        feedback_box.addWidget(self.feedback_edit)
        feedback_box.addWidget(self.feedback_hint)

        form = _form()
        form.addRow(self.tr("Status *"), self.errors.wrap(self.status_combo, "status"))
        form.addRow(
            self.tr("Date *"),
            self.errors.wrap(_row(self.date_edit), "status_date", focus=self.date_edit),
        )
        form.addRow(
            self.tr("Provider's feedback"),
            self.errors.wrap(feedback_box, "feedback", focus=self.feedback_edit),
        )
        buttons, self.save_button = _buttons(self, self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(now)
        layout.addWidget(self.error_banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.status_combo.currentIndexChanged.connect(self._on_status)
        self._on_status()
        self.status_combo.setFocus()
        self.resize(640, self.sizeHint().height())

    def _on_status(self, _index: int = -1) -> None:
        takes = ReferralStatus(self.status_combo.currentData()).takes_feedback
        self.feedback_edit.setEnabled(takes)
        self.feedback_hint.setVisible(not takes)

    def save(self) -> None:
        errors: dict[str, str] = {}
        if message := self.date_edit.error():
            errors["status_date"] = message
        status = ReferralStatus(self.status_combo.currentData())
        values = {
            "status": status.value,
            "status_date": self.date_edit.date(),
            "feedback": self.feedback_edit.toPlainText() if status.takes_feedback else "",
        }
        support = self.ctx.support
        try:
            data = support.validate_referral_status(values)
        except InvalidInput as exc:
            errors = {**exc.errors, **errors}
        if errors:
            _show(self.errors, errors)
            return
        try:
            self.saved = support.set_referral_status(self.referral.id, data)
        except InvalidInput as exc:
            _show(self.errors, exc.errors)
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    def accept(self) -> None:
        self.save()


__all__ = [
    "EndServiceDialog",
    "ProviderPicker",
    "ReferralDialog",
    "ReferralStatusDialog",
    "ServiceDialog",
    "case_text",
]
