"""What is recorded on a placement after the decision: the handover (Nghị định 56 Điều 42.7),
a follow-up (the worker's visit on Mẫu số 13, the carer's report, the commune's review, the
facility review), and the end (Luật Trẻ em Điều 69; the carer's request Mẫu số 15, the
Chủ tịch's decision Mẫu số 16). Each holds what the service returned in ``saved``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from commune_care.domain.care import (
    HANDOVER_WORKING_DAYS,
    EndReason,
    FollowUpKind,
    follow_up_kinds,
)
from commune_care.domain.dates import format_date
from commune_care.domain.schemas.care import FollowUpIn, FollowUpOut, PlacementEndIn, PlacementOut
from commune_care.ui.context import AppContext
from commune_care.ui.dialogs.care.form import CareDialog, hint_label, set_combo
from commune_care.ui.dialogs.child_dialog import select_data

OFF_SCHEDULE = "off"


def placement_header(p: PlacementOut) -> str:
    return f"{p.code} · {p.child_name} · {p.form.short_label} · {p.carer_name}"


def follow_up_short(kind: FollowUpKind) -> str:
    """A follow-up's kind for a table or a list (the law's wording goes in the tooltip)."""
    # Written out in full: lupdate does not see QCoreApplication.translate under another name.
    if kind is FollowUpKind.WORKER_VISIT:
        return QCoreApplication.translate("CareFollowUps", "Worker's visit (Mẫu 13)")
    if kind is FollowUpKind.CARER_REPORT:
        return QCoreApplication.translate("CareFollowUps", "Carer's report")
    if kind is FollowUpKind.COMMUNE_REVIEW:
        return QCoreApplication.translate("CareFollowUps", "Commune's 6-monthly review")
    return QCoreApplication.translate("CareFollowUps", "Review: move the child to a family")


def follow_up_when(f: FollowUpOut) -> str:
    if f.months is None:
        return QCoreApplication.translate("CareFollowUps", "off the schedule")
    if f.months == 1:
        return QCoreApplication.translate("CareFollowUps", "after 1 month")
    return QCoreApplication.translate("CareFollowUps", "after {0} months").format(f.months)


def slot_key(kind: FollowUpKind, seq: int) -> str:
    return f"{kind.value}:{seq}"


class HandoverDialog(CareDialog):
    """The day the child was handed over to the carer (or a correction of it)."""

    WIDTH = 620

    def __init__(
        self, ctx: AppContext, placement: PlacementOut, parent: QWidget | None = None
    ) -> None:
        self.placement = placement
        super().__init__(ctx, parent, self.tr("Handover of the child"), placement_header(placement))

    def build(self) -> None:
        p = self.placement
        due = (
            self.tr("Due by {0}: {1} working days after the decision of {2}.").format(
                format_date(p.handover_due), HANDOVER_WORKING_DAYS, format_date(p.decision_date)
            )
            if p.handover_due is not None
            else ""
        )
        self.handover_edit = self.add_date("handover_date", self.tr("Handed over on *"))
        self.form.addRow("", hint_label(due))
        self.form.addRow(
            "",
            hint_label(self.tr("The follow-up schedule counts from the handover once recorded.")),
        )

    def load(self) -> None:
        self.handover_edit.set_date(self.placement.handover_date or date.today())
        self.handover_edit.setFocus()
        self.handover_edit.selectAll()

    def validated(self) -> Any | None:
        if message := self.handover_edit.error():
            self.show_errors({"handover_date": message})
            return None
        return self.handover_edit.date()

    def submit(self, data: Any, confirmed: bool = False) -> PlacementOut:
        return self.ctx.care.record_handover(self.placement.id, data)


class EndPlacementDialog(CareDialog):
    """The end of a placement: the day, the reason of Điều 69 (or another), the carer's request
    (Mẫu 15) when the carer asked, the Chủ tịch's decision (Mẫu 16)."""

    MODEL = PlacementEndIn
    WIDTH = 860

    def __init__(
        self, ctx: AppContext, placement: PlacementOut, parent: QWidget | None = None
    ) -> None:
        self.placement = placement
        super().__init__(
            ctx,
            parent,
            self.tr("End the placement (Mẫu 15/16)"),
            placement_header(placement)
            + "\n"
            + self.tr(
                "To place the child with someone else at the same time, use “Change carer or"
                " form…” instead: it ends this placement in the same save."
            ),
        )

    def build(self) -> None:
        self.end_edit = self.add_date("end_date", self.tr("Ends on *"))
        self.reason_combo = self.add_combo(
            "reason",
            self.tr("Reason *"),
            [(r.label, r.value) for r in EndReason if r is not EndReason.ADOPTED],
            50,
            popup=700,
        )
        self.reason_combo.insertItem(0, self.tr("— choose the reason —"), None)
        self.reason_combo.setCurrentIndex(0)
        self.basis_label = hint_label()
        self.form.addRow("", self.basis_label)
        self.request_edit = self.add_date(
            "request_date",
            self.tr("Carer's request (Mẫu 15) of"),
            required=False,
            hint=self.tr("when the carer asked to end the care"),
        )
        self.number_label = hint_label("")
        self.number_edit = self.add_line(
            "decision_number", self.tr("Decision to end (Mẫu 16) No."), 50,
            placeholder="30/QĐ-UBND",
        )  # fmt: skip
        self.decision_edit = self.add_date(
            "decision_date", self.tr("Decision to end dated"), required=False
        )
        self.form.addRow("", self.number_label)
        self.note_edit = self.add_text("note", self.tr("Note"), 3)
        self.reason_combo.currentIndexChanged.connect(lambda _i: self._on_reason())

    def load(self) -> None:
        self.reason_combo.setCurrentIndex(0)
        self.end_edit.set_date(date.today())
        self._on_reason()
        self.reason_combo.setFocus()

    def _on_reason(self) -> None:
        data = self.reason_combo.currentData()
        reason = EndReason(data) if data else None
        self.basis_label.setText(reason.basis if reason is not None else "")
        self.basis_label.setVisible(bool(reason and reason.basis))
        self.request_edit.setEnabled(reason is not None and reason.needs_request)
        if reason is None:
            text = ""
        elif reason.needs_decision:
            text = self.tr("Required: ended by the Chairman's decision (Mẫu 16, Điều 48.2).")
        else:
            text = self.tr("No decision is needed for this reason; record it if there is one.")
        self.number_label.setText(text)
        self.number_label.setVisible(bool(text))

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        data = self.reason_combo.currentData()
        reason = EndReason(data) if data else None
        if reason is None or not reason.needs_request:
            return {"request_date": None}, {}
        return {}, {}

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values, errors = super().raw_values()
        if values.get("request_date") is None:
            errors.pop("request_date", None)
        return values, errors

    def submit(self, data: Any, confirmed: bool = False) -> PlacementOut:
        return self.ctx.care.end_placement(self.placement.id, data)


class FollowUpDialog(CareDialog):
    """A follow-up done: one of the schedule (the earliest not done is proposed) or one off the
    schedule. The findings are what Mẫu 13 asks: the child's living conditions, health, spirit
    and how the child fits in."""

    MODEL = FollowUpIn
    WIDTH = 860
    HEIGHT = 620

    def __init__(
        self,
        ctx: AppContext,
        placement: PlacementOut,
        follow_ups: Sequence[FollowUpOut],
        parent: QWidget | None = None,
        slot: tuple[FollowUpKind, int] | None = None,
    ) -> None:
        self.placement = placement
        self.open_items = [f for f in follow_ups if not f.done and f.seq is not None]
        self._slot = slot
        super().__init__(
            ctx, parent, self.tr("Record a follow-up (Mẫu 13)"), placement_header(placement)
        )

    def build(self) -> None:
        self.slot_combo = self.add_combo("seq", self.tr("Which follow-up *"), [], 60, popup=760)
        for f in self.open_items:
            assert f.seq is not None
            when = f"{follow_up_short(f.kind)}, {follow_up_when(f)}"
            text = f"{format_date(f.due)} · {f.state.label} · {when}"
            self.slot_combo.addItem(text, slot_key(f.kind, f.seq))
            self.slot_combo.setItemData(
                self.slot_combo.count() - 1, f.label, Qt.ItemDataRole.ToolTipRole
            )
        self.slot_combo.addItem(self.tr("Another follow-up, off the schedule"), OFF_SCHEDULE)
        del self._getters["seq"]
        kinds = follow_up_kinds(self.placement.form)
        self.kind_combo = self.add_combo(
            "kind", self.tr("Kind *"), [(k.label, k.value) for k in kinds], 50, popup=700
        )
        del self._getters["kind"]
        self.kind_hint = hint_label()
        self.form.addRow("", self.kind_hint)
        self.done_edit = self.add_date("done_on", self.tr("Done on *"))
        self.by_edit = self.add_line("done_by", self.tr("Done by *"), 150)
        self.findings_edit = self.add_text("findings", self.tr("Findings *"), 5)
        self.findings_edit.setPlaceholderText(
            self.tr(
                "The child's living conditions, health, spirit, schooling and how the child fits"
                " in with the carer's family…"
            )
        )
        self.next_edit = self.add_text("next_steps", self.tr("Proposals, next steps"), 3)
        self.slot_combo.currentIndexChanged.connect(lambda _i: self._on_slot())

    def load(self) -> None:
        self.done_edit.set_date(date.today())
        self.by_edit.setText(self.officer())
        if self._slot is not None:
            select_data(self.slot_combo, slot_key(*self._slot))
        else:
            self.slot_combo.setCurrentIndex(0)
        self._on_slot()
        self.findings_edit.setFocus()

    def selected_slot(self) -> tuple[FollowUpKind, int] | None:
        data = self.slot_combo.currentData()
        if data in (OFF_SCHEDULE, None):
            return None
        kind, seq = str(data).split(":")
        return FollowUpKind(kind), int(seq)

    def selected_kind(self) -> FollowUpKind | None:
        slot = self.selected_slot()
        if slot is not None:
            return slot[0]
        value = self.kind_combo.currentData()
        return FollowUpKind(value) if value else None

    def _on_slot(self) -> None:
        slot = self.selected_slot()
        self.kind_combo.setEnabled(slot is None)
        if slot is not None:
            set_combo(self.kind_combo, slot[0])
        kind = self.selected_kind()
        self.kind_hint.setText(kind.basis if kind is not None else "")
        officer = self.officer()
        carer = self.placement.carer_name
        if self.by_edit.text() in ("", officer, carer):
            self.by_edit.setText(carer if kind is FollowUpKind.CARER_REPORT else officer)

    def extra_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        slot = self.selected_slot()
        kind = self.selected_kind()
        return {"kind": kind.value if kind else None, "seq": slot[1] if slot else None}, {}

    def submit(self, data: Any, confirmed: bool = False) -> FollowUpOut:
        return self.ctx.care.record_follow_up(self.placement.id, data)


__all__ = [
    "EndPlacementDialog",
    "FollowUpDialog",
    "HandoverDialog",
    "follow_up_short",
    "follow_up_when",
    "placement_header",
    "slot_key",
]
