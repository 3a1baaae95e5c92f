"""Home: the numbers are those of the register, and each opens exactly the children it counts."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from commune_care.domain.dates import PartialDate, add_years
from commune_care.domain.enums import ChildStatus, Sex
from commune_care.domain.groups import GROUPS
from commune_care.domain.rules import DEFAULT_AGE_BANDS
from commune_care.domain.schemas.children import ChildFilter, ChildIn, ClassificationIn
from commune_care.ui.pages.children_page import ChildrenPage
from commune_care.ui.pages.home_page import HomePage

TODAY = date.today()


def _number(text: str) -> int:
    return int(text.replace(".", ""))


def _register(ctx) -> dict[str, int]:
    def birth(years: int, days: int = 0) -> PartialDate:
        day = add_years(TODAY, -years) + timedelta(days=days)
        return PartialDate(day.year, day.month, day.day)

    rows = {
        "Nguyễn Văn Đức": (Sex.MALE, birth(4)),
        "Trần Thị Đào": (Sex.FEMALE, birth(9)),
        "Lê Minh Dũng": (Sex.MALE, PartialDate(TODAY.year - 13)),
        "Phạm Thị Hoa": (Sex.FEMALE, birth(12)),
        "Giàng A Páo": (Sex.MALE, birth(2)),
        "Hoàng Văn Tú": (Sex.MALE, birth(16)),  # 16 today
        "Vì Thị Mai": (Sex.UNKNOWN, birth(16, 1)),  # 16 tomorrow
    }
    ids = {}
    for name, (sex, born) in rows.items():
        data = ChildIn(full_name=name, sex=sex, birth=born, over_age_reason="Hỗ trợ tiếp")
        ids[name] = ctx.children.create(data).id
    for name in ("Trần Thị Đào", "Lê Minh Dũng", "Hoàng Văn Tú"):
        ctx.children.classify(ids[name], ClassificationIn(group_code="hcdb_d", start_date=TODAY))
    ctx.children.classify(
        ids["Nguyễn Văn Đức"], ClassificationIn(group_code="nguy_co", start_date=TODAY)
    )
    moved = ctx.children.get(ids["Phạm Thị Hoa"])
    values = {name: getattr(moved, name) for name in ChildIn.model_fields}
    ctx.children.update(moved.id, ChildIn(**{**values, "status": ChildStatus.MOVED_AWAY}))
    ctx.children.archive(ids["Giàng A Páo"], "Đăng ký trùng")
    return ids


def _page(qtbot, ctx) -> HomePage:
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    return page


def test_every_number_shown_equals_the_list_count(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    assert page.buttons  # one per number
    for key, button in page.buttons.items():
        assert _number(button.text()) == ctx.children.count(button.item.filter), key
    assert _number(page.button("status:dang_quan_ly").text()) == 4  # Đức, Đào, Dũng, Mai
    assert _number(page.button("status:du_16_tuoi").text()) == 1  # Tú
    assert _number(page.button("status:chuyen_di").text()) == 1
    assert _number(page.button("archived").text()) == 1
    assert _number(page.button("total").text()) == 6
    assert _number(page.button("sex:nam").text()) == 2
    assert _number(page.button("sex:nu").text()) == 1
    assert _number(page.button("sex:khong_ro").text()) == 1
    assert _number(page.button("group:hcdb_d").text()) == 2  # not Tú: 16 today
    assert _number(page.button("group:nguy_co").text()) == 1
    assert page.as_of_label.text() == f"as of {TODAY:%d/%m/%Y}"


def test_every_group_and_the_bands_under_16_are_shown_with_their_labels(qtbot, ctx):
    page = _page(qtbot, ctx)
    for group in GROUPS:
        assert page.button(f"group:{group.code}").item.label == group.label
    bands = [key for key in page.buttons if key.startswith("age:")]
    assert len(bands) == len([b for b in DEFAULT_AGE_BANDS if b.low < 16])
    assert page.empty_label.isVisibleTo(page)  # nothing registered yet


def test_clicking_a_number_asks_for_the_children_it_counts(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    expected = {
        "group:hcdb_d": ChildFilter(status=ChildStatus.ACTIVE, group_code="hcdb_d"),
        "sex:nu": ChildFilter(status=ChildStatus.ACTIVE, sex=Sex.FEMALE),
        "age:6-11": ChildFilter(status=ChildStatus.ACTIVE, age_band=DEFAULT_AGE_BANDS[1]),
        "status:du_16_tuoi": ChildFilter(status=ChildStatus.TURNED_16),
        "status:dang_quan_ly": ChildFilter(status=ChildStatus.ACTIVE),
        "archived": ChildFilter(archived=True),
        "total": ChildFilter(),
    }
    for key, flt in expected.items():
        with qtbot.waitSignal(page.open_children, timeout=1000) as blocker:
            qtbot.mouseClick(page.button(key), Qt.MouseButton.LeftButton)
        assert blocker.args == [flt], key


def test_the_keyboard_opens_a_number_too(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    button = page.button("sex:nam")
    with qtbot.waitSignal(page.open_children, timeout=1000) as blocker:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert blocker.args == [ChildFilter(status=ChildStatus.ACTIVE, sex=Sex.MALE)]


def test_the_children_list_shows_as_many_as_the_number_said(qtbot, ctx):
    _register(ctx)
    home = _page(qtbot, ctx)
    children = ChildrenPage(ctx)
    qtbot.addWidget(children)
    home.open_children.connect(children.apply_filter)
    for key in ("group:hcdb_d", "sex:nu", "age:11-16", "status:du_16_tuoi", "archived"):
        home.button(key).click()
        assert children.model.rowCount() == _number(home.button(key).text()), key


def test_reload_counts_again(qtbot, ctx):
    _register(ctx)
    page = _page(qtbot, ctx)
    before = _number(page.button("status:dang_quan_ly").text())
    ctx.children.create(ChildIn(full_name="Lò Thị Xuân", sex=Sex.FEMALE, birth=PartialDate(2020)))
    page.button("sex:nu").setFocus()
    page.refresh_button.click()
    assert _number(page.button("status:dang_quan_ly").text()) == before + 1
    assert _number(page.button("sex:nu").text()) == 2
    assert not page.empty_label.isVisibleTo(page)


def test_first_show_loads_the_numbers(qtbot, ctx):
    _register(ctx)
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert page.counts is None  # nothing counted before it is shown
    page.show()
    qtbot.waitUntil(lambda: page.counts is not None, timeout=2000)
    assert _number(page.button("total").text()) == 6
