"""What every page and dialog is given: the services, bound to the open database.

The register's services are built with the context; those of the other programmes (alternative
care, adoption, documents, backups) on first use, so their modules are not imported before the
window shows (start-up time, DECISIONS.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from commune_care.domain.access import Actor, Permission, as_actor
from commune_care.services import Database
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.indicators import IndicatorsService
from commune_care.services.register_stats import RegisterStatsService
from commune_care.services.support import SupportService

if TYPE_CHECKING:
    from commune_care.services.accounts import AccountsService
    from commune_care.services.activities import ActivitiesService
    from commune_care.services.adoption import AdoptionService
    from commune_care.services.assistance import AssistanceService
    from commune_care.services.audit_trail import AuditTrailService
    from commune_care.services.backup import BackupService
    from commune_care.services.care import CareService
    from commune_care.services.dashboard import DashboardService
    from commune_care.services.documents import DocumentsService
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
    db: Database
    actor: Actor  # who is logged in: their name goes into the audit trail, their roles decide

    @property
    def user(self) -> str:
        """The name written into the audit trail."""
        return self.actor.username

    def can(self, permission: Permission) -> bool:
        """Whether the logged-in user's roles allow ``permission`` (what the window offers)."""
        return self.actor.can(permission)

    @classmethod
    def for_database(cls, db: Database, label: str, user: str | Actor | None = None) -> AppContext:
        """Every service bound to ``db`` and acting as ``user``: an ``Actor`` (the account
        logged in), or a plain name / None (every permission: the OS user, tests, demo)."""
        actor = as_actor(user)
        return cls(
            children=ChildrenService(db, user=actor),
            commune=CommuneService(db, user=actor),
            database_label=label,
            stats=RegisterStatsService(db, user=actor),
            cases=CasesService(db, user=actor),
            support=SupportService(db, user=actor),
            indicators=IndicatorsService(db, user=actor),
            db=db,
            actor=actor,
        )

    @cached_property
    def accounts(self) -> AccountsService:
        """Accounts: one's own password, and the administration of accounts."""
        from commune_care.services.accounts import AccountsService

        return AccountsService(self.db, user=self.actor)

    @cached_property
    def care(self) -> CareService:
        """Alternative care: carers, placements, follow-ups."""
        from commune_care.services.care import CareService

        return CareService(self.db, user=self.actor)

    @cached_property
    def adoptions(self) -> AdoptionService:
        """Adoption referrals (Luật Nuôi con nuôi)."""
        from commune_care.services.adoption import AdoptionService

        return AdoptionService(self.db, user=self.actor)

    @cached_property
    def todo(self) -> TodoService:
        """ "Việc cần làm" of every programme."""
        from commune_care.services.todo import TodoService

        return TodoService(self.cases, [self.care, self.adoptions, self.documents, self.backup])

    @cached_property
    def dashboard(self) -> DashboardService:
        """The home page's figures."""
        from commune_care.services.dashboard import DashboardService

        return DashboardService(self.db, user=self.actor)

    @cached_property
    def activities(self) -> ActivitiesService:
        """Activities and sponsorships."""
        from commune_care.services.activities import ActivitiesService

        return ActivitiesService(self.db, user=self.actor)

    @cached_property
    def assistance(self) -> AssistanceService:
        """Social-assistance levels and payments (Nghị định 20/2021/NĐ-CP)."""
        from commune_care.services.assistance import AssistanceService

        return AssistanceService(self.db, user=self.actor)

    @cached_property
    def documents(self) -> DocumentsService:
        """The register of outgoing documents (sổ văn bản đi)."""
        from commune_care.services.documents import DocumentsService

        return DocumentsService(self.db, user=self.actor)

    @cached_property
    def backup(self) -> BackupService:
        """USB backups, restore, local copies, integrity checks."""
        from commune_care.services.backup import BackupService

        return BackupService(self.db, user=self.actor)

    @cached_property
    def audit(self) -> AuditTrailService:
        """The audit trail: browse, filter, check its integrity (Nhật ký hệ thống)."""
        from commune_care.services.audit_trail import AuditTrailService

        return AuditTrailService(self.db, user=self.actor)
