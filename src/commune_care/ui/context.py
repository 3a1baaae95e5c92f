"""What every page and dialog is given: the services, bound to the open database."""

from __future__ import annotations

from dataclasses import dataclass

from commune_care.services import Database
from commune_care.services.adoption import AdoptionService
from commune_care.services.care import CareService
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.documents import DocumentsService
from commune_care.services.indicators import IndicatorsService
from commune_care.services.register_stats import RegisterStatsService
from commune_care.services.support import SupportService
from commune_care.services.todo import TodoService


@dataclass(frozen=True)
class AppContext:
    children: ChildrenService
    commune: CommuneService
    database_label: str  # shown in the status bar: the file in use
    stats: RegisterStatsService  # the numbers of the home page
    cases: CasesService
    support: SupportService  # services, referrals, providers of every programme
    indicators: IndicatorsService
    care: CareService  # alternative care: carers, placements, follow-ups
    adoptions: AdoptionService  # adoption referrals (Luật Nuôi con nuôi)
    todo: TodoService  # "Việc cần làm" of every programme
    documents: DocumentsService  # the register of outgoing documents (sổ văn bản đi)

    @classmethod
    def for_database(cls, db: Database, label: str, user: str | None = None) -> AppContext:
        """Every service bound to ``db``; ``user`` goes into the audit trail (the OS user
        when None)."""
        cases = CasesService(db, user=user)
        care = CareService(db, user=user)
        adoptions = AdoptionService(db, user=user)
        return cls(
            children=ChildrenService(db, user=user),
            commune=CommuneService(db, user=user),
            database_label=label,
            stats=RegisterStatsService(db),
            cases=cases,
            support=SupportService(db, user=user),
            indicators=IndicatorsService(db, user=user),
            care=care,
            adoptions=adoptions,
            todo=TodoService(cases, [care, adoptions]),
            documents=DocumentsService(db, user=user),
        )
