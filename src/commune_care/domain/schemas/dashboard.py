"""The home page's figures (issue #9): the two QĐ 1591 targets, the tiles and the quarters.

Every tile carries what opens the list behind it: a ``ChildFilter`` (the children) or a
``CaseFilter`` (the cases), so the number and the list are the same query.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from commune_care.domain.schemas.cases import CaseFilter
from commune_care.domain.schemas.children import ChildFilter
from commune_care.domain.support import MENTAL_HEALTH_TARGET_PCT, ORPHANS_IN_CARE_TARGET_PCT

TARGET_LABELS = {
    "mental_health": "trẻ em có vấn đề sức khỏe tâm thần được tiếp cận dịch vụ",
    "orphans_in_care": "trẻ em mồ côi được chăm sóc thay thế",
}


def _pct(value: Any, label: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"Chỉ tiêu {label}: hãy nhập một số nguyên từ 1 đến 100 (%).")
    if not 1 <= value <= 100:
        raise ValueError(f"Chỉ tiêu {label} phải từ 1 đến 100 %, không phải {value}.")
    return value


class Targets(BaseModel):
    """The programme's targets in per cent (QĐ 1591/QĐ-TTg by default; the commune may set the
    figures its province's plan gives)."""

    model_config = ConfigDict(frozen=True)

    mental_health_pct: int = MENTAL_HEALTH_TARGET_PCT
    orphans_in_care_pct: int = ORPHANS_IN_CARE_TARGET_PCT

    @field_validator("mental_health_pct", mode="before")
    @classmethod
    def _mh(cls, value: Any) -> int:
        return _pct(value, TARGET_LABELS["mental_health"])

    @field_validator("orphans_in_care_pct", mode="before")
    @classmethod
    def _orphans(cls, value: Any) -> int:
        return _pct(value, TARGET_LABELS["orphans_in_care"])


class Tile(BaseModel):
    """A number on the home page and what it opens. ``part`` of ``whole`` against
    ``target_pct`` for a progress tile; ``value`` alone otherwise."""

    model_config = ConfigDict(frozen=True)

    key: str
    label: str
    value: int
    whole: int | None = None
    pct: float | None = None
    target_pct: int | None = None
    children: ChildFilter | None = None  # opens the children list so narrowed
    cases: CaseFilter | None = None  # opens the cases list so narrowed

    @property
    def meets_target(self) -> bool | None:
        if self.target_pct is None or self.pct is None:
            return None
        return self.pct >= self.target_pct


class QuarterFigures(BaseModel):
    """One quarter of the year: the two indicators from 1 January to the quarter's last day
    (None for a quarter not begun), cases received and activities held in the quarter."""

    model_config = ConfigDict(frozen=True)

    quarter: int
    end: date
    mental_health_pct: float | None
    orphans_in_care_pct: float | None
    cases_received: int
    activities: int
    started: bool


class Dashboard(BaseModel):
    model_config = ConfigDict(frozen=True)

    year: int
    on: date
    targets: Targets
    mental_health: Tile  # reached of flagged, vs target
    mental_health_not_reached: Tile
    orphans: Tile  # in care of orphans, vs target
    orphans_not_in_care: Tile
    under_management: Tile
    groups: tuple[Tile, ...]  # children under management by group (every group, law order)
    cases_open: Tile
    cases_overdue: Tile
    activities: Tile  # held in the year
    sponsored: Tile  # children sponsored in the year
    assisted: Tile  # children paid social assistance in the year
    quarters: tuple[QuarterFigures, ...] = Field(default=())

    def tiles(self) -> tuple[Tile, ...]:
        return (
            self.mental_health, self.mental_health_not_reached, self.orphans,
            self.orphans_not_in_care, self.under_management, self.cases_open,
            self.cases_overdue, self.activities, self.sponsored, self.assisted, *self.groups,
        )  # fmt: skip

    def as_json(self) -> dict[str, Any]:
        """One flat JSON object: a key per tile (``<key>``, and ``<key>_of`` / ``_pct`` /
        ``_target_pct`` / ``_meets_target`` for a progress tile), ``children_group_<code>`` per
        group and ``q<1–4>_…`` per quarter."""
        out: dict[str, Any] = {}
        for tile in self.tiles():
            if tile.key.startswith("group:"):
                continue
            out[tile.key] = tile.value
            if tile.whole is not None:
                out[f"{tile.key}_of"] = tile.whole
                out[f"{tile.key}_pct"] = tile.pct
            if tile.target_pct is not None:
                out[f"{tile.key}_target_pct"] = tile.target_pct
                out[f"{tile.key}_meets_target"] = tile.meets_target
        for tile in self.groups:  # one flat object, as the other indicators
            out[f"children_group_{tile.key.removeprefix('group:')}"] = tile.value
        for q in self.quarters:
            out[f"q{q.quarter}_mental_health_reached_pct"] = q.mental_health_pct
            out[f"q{q.quarter}_orphans_in_alternative_care_pct"] = q.orphans_in_care_pct
            out[f"q{q.quarter}_cases_received"] = q.cases_received
            out[f"q{q.quarter}_activities"] = q.activities
        return out


__all__ = ["TARGET_LABELS", "Dashboard", "QuarterFigures", "Targets", "Tile"]
