"""The register at a glance (the home page): how many children, by status, sex, age and group.

Every number carries the ``ChildFilter`` of the children it counts, so that
``ChildrenService.count(item.filter) == item.count`` and a click on the number can open exactly
those children in the list.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from pydantic import BaseModel, ConfigDict

from commune_care.domain.schemas.children import ChildFilter


class StatCount(BaseModel):
    """One number of the register and the filter that lists the children it counts."""

    model_config = ConfigDict(frozen=True)

    key: str  # stable: "status:dang_quan_ly", "sex:nu", "age:0-6", "group:hcdb_a", "archived", …
    label: str  # the Vietnamese label of the domain ("" when the page words it itself)
    count: int
    filter: ChildFilter


class RegisterCounts(BaseModel):
    """The register on the day ``on``.

    ``register_total`` and ``by_status`` cover every record that is not archived (the statuses
    are the effective ones: a child still *đang quản lý* who has turned 16 counts as *đủ 16
    tuổi*). ``by_sex``, ``by_age_band`` and ``by_group`` break down the children *under
    management* (status *đang quản lý*, hence under 16), so only the age bands below 16 appear.
    ``without_birth_date`` counts the children under management whose date of birth is not
    recorded (they are in no age band; the list cannot filter them, so it has no filter).
    """

    model_config = ConfigDict(frozen=True)

    on: date
    register_total: StatCount
    under_management: StatCount
    by_status: tuple[StatCount, ...]
    by_sex: tuple[StatCount, ...]
    by_age_band: tuple[StatCount, ...]
    without_birth_date: int
    by_group: tuple[StatCount, ...]
    turned_16: StatCount
    archived: StatCount

    def items(self) -> Iterator[StatCount]:
        """Every number, each once."""
        yield self.register_total
        yield from self.by_status  # includes under_management and turned_16
        yield from self.by_sex
        yield from self.by_age_band
        yield from self.by_group
        yield self.archived

    def get(self, key: str) -> StatCount:
        for item in self.items():
            if item.key == key:
                return item
        raise KeyError(key)
