"""What every page and dialog is given: the services, bound to the open database."""

from __future__ import annotations

from dataclasses import dataclass

from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.register_stats import RegisterStatsService


@dataclass(frozen=True)
class AppContext:
    children: ChildrenService
    commune: CommuneService
    database_label: str  # shown in the status bar: the file in use
    stats: RegisterStatsService  # the numbers of the home page
