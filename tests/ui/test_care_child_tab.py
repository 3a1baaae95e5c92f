"""The child page's "Alternative care" tab: the current placement (form, carer, since, the next
follow-up and its state) and every placement newest first with why it ended; a new placement
from the tab has the child chosen already; a placement opens its page, and Back returns to the
child."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from commune_care.domain.care import CareForm, EndReason
from commune_care.domain.cases import DeadlineState
from commune_care.domain.dates import format_date
from commune_care.domain.schemas.care import PlacementEndIn
from commune_care.ui.dialogs.care import PlacementDialog
from commune_care.ui.main_window import MainWindow
from commune_care.ui.pages.child_page import ChildPage
from tests.ui.care_data import carer, child, days_ago, facility, guard, place
from tests.ui.typing_helpers import press_key


def _history(ctx) -> tuple[int, int, int]:
    """A child first in a facility (ended: moved to the family), now with the grandmother."""
    child_id = child(ctx, "Hầu Thị Pà", years=11)
    earlier = place(
        ctx, child_id, None, form=CareForm.FACILITY, provider_id=facility(ctx), relationship="",
        handover_date=None, decision_date=days_ago(400), child_view="Em đồng ý.",
        child_view_date=days_ago(401), non_relative_reason="Chưa tìm được người thân.",
    )  # fmt: skip
    change = PlacementEndIn(end_date=days_ago(101), reason=EndReason.CHANGE_FORM,
                            decision_number="11/QĐ-UBND", decision_date=days_ago(101))  # fmt: skip
    ctx.care.end_placement(earlier, change)
    grandmother = carer(ctx, "Hầu Thị Dua", "1956")
    now = place(ctx, child_id, grandmother, relationship="Bà nội")
    return child_id, earlier, now


def test_the_tab_shows_the_current_placement_and_the_history(qtbot, ctx):
    child_id, earlier, now = _history(ctx)
    page = ChildPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_child(child_id)
    page.tabs.setCurrentWidget(page.care_tab)
    tab = page.care_tab
    current = ctx.care.placement(now)
    assert tab.values["code"].text() == current.code
    assert tab.values["form"].text().startswith(CareForm.RELATIVE.label)
    assert tab.values["carer"].text() == "Hầu Thị Dua (Bà nội)"
    assert tab.values["since"].text().startswith(format_date(days_ago(100)))
    assert tab.values["handover"].text() == format_date(days_ago(95))
    listed = ctx.care.placements_of(child_id)[0]
    assert listed.next_state is DeadlineState.OVERDUE  # the first visits have passed
    assert DeadlineState.OVERDUE.label in tab.values["next"].text()
    assert format_date(listed.next_due) in tab.values["next"].text()
    assert tab.none_label.isHidden()
    assert tab.new_button.isHidden() and not tab.change_button.isHidden()

    # newest first, with why the earlier one ended
    assert tab.table.rowCount() == 2
    assert tab.table.item(0, 0).text() == current.code
    assert tab.table.item(1, 0).text() == ctx.care.placement(earlier).code
    assert tab.table.item(1, 4).text() == EndReason.CHANGE_FORM.label
    assert tab.table.item(1, 3).text() == (
        f"{format_date(days_ago(400))} – {format_date(days_ago(101))}"
    )
    opened: list[int] = []
    tab.open_placement.connect(opened.append)
    tab.table.selectRow(1)
    press_key(tab.table, Qt.Key.Key_Return)
    tab.open_current_button.click()
    assert opened == [earlier, now]


def test_a_new_placement_from_the_tab_has_the_child_chosen(qtbot, ctx, modal):
    modal = guard(modal)
    child_id = child(ctx, "Sình Văn Chá", years=5)
    page = ChildPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_child(child_id)
    tab = page.care_tab
    assert not tab.none_label.isHidden() and tab.table.rowCount() == 0
    assert not tab.new_button.isHidden() and tab.change_button.isHidden()
    seen: list[int | None] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PlacementDialog)
        seen.append(dialog.child.id if dialog.child else None)
        assert dialog.child_button.isHidden()
        assert "Sình Văn Chá" in dialog.child_label.text()
        dialog.done(0)

    modal.next(look)
    tab.new_button.click()
    assert seen == [child_id]


def test_a_placement_opened_from_the_child_returns_to_the_child(qtbot, ctx):
    child_id, _earlier, now = _history(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_child(child_id)
    window.child_page.care_tab.open_current_button.click()
    assert window.current_page_key() == "placement"
    assert window.placement_page.placement is not None
    assert window.placement_page.placement.id == now
    window.placement_page.back_button.click()
    assert window.current_page_key() == "child"
    assert window.child_page.child is not None and window.child_page.child.id == child_id


def test_an_overdue_follow_up_is_the_childs_next_thing_to_do(qtbot, ctx):
    child_id, _earlier, now = _history(ctx)
    page = ChildPage(ctx)
    qtbot.addWidget(page)
    page.show_child(child_id)
    current = ctx.care.placement(now)
    assert current.next_state is DeadlineState.OVERDUE
    banner = page.next_label.text()
    assert current.next_due_label in banner and format_date(current.next_due) in banner
    first = page.tr("Next thing to do: {0}").format("")
    assert banner.startswith(first) and banner[len(first) :].lstrip("<b>").startswith(
        current.next_due_label
    )

    # Once the placement has ended there is nothing of alternative care to do.
    ended = PlacementEndIn(end_date=days_ago(1), reason=EndReason.CHANGE_FORM,
                           decision_number="12/QĐ-UBND", decision_date=days_ago(1))  # fmt: skip
    ctx.care.end_placement(now, ended)
    page.show_child(child_id)
    assert current.next_due_label not in page.next_label.text()
