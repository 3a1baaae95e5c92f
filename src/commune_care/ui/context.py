"""What every page and dialog is given: the services, bound to the open database.

The register's services are built with the context; those of the other programmes (alternative
care, adoption, documents, backups) on first use, so their modules are not imported before the
window shows (start-up time, DECISIONS.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from commune_care.domain.access import Actor, as_actor
from commune_care.services import Database
from commune_care.services.cases import CasesService
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.indicators import IndicatorsService
from commune_care.services.register_stats import RegisterStatsService
from commune_care.services.support import SupportService

if TYPE_CHECKING:
    from commune_care.services.accounts import AccountsService
    from commune_care.services.adoption import AdoptionService
    from commune_care.services.backup import BackupService
    from commune_care.services.care import CareService
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
    user: str | None = None  # for the audit trail (the OS user when None)
    actor: Actor | None = None  # who is logged in (None: the OS user, as before accounts)

    @classmethod
    def for_database(cls, db: Database, label: str, user: str | Actor | None = None) -> AppContext:
        """Every service bound to ``db``; ``user`` (the logged-in account, or a plain name for
        tests and the demo, the OS user when None) goes into the audit trail."""
        actor = as_actor(user)
        if isinstance(user, Actor):
            user = user.username
        return cls(
            children=ChildrenService(db, user=user),
            commune=CommuneService(db, user=user),
            database_label=label,
            stats=RegisterStatsService(db),
            cases=CasesService(db, user=user),
            support=SupportService(db, user=user),
            indicators=IndicatorsService(db, user=user),
            db=db,
            user=user,
            actor=actor,
        )

    @property
    def signed_in(self) -> Actor:
        """The acting person (the OS user with every role when nobody logged in)."""
        return self.actor or as_actor(self.user)

    @cached_property
    def accounts(self) -> AccountsService:
        """Accounts: one's own password, and the administration of accounts."""
        from commune_care.services.accounts import AccountsService

        return AccountsService(self.db, user=self.signed_in)

    @cached_property
    def care(self) -> CareService:
        """Alternative care: carers, placements, follow-ups."""
        from commune_care.services.care import CareService

        return CareService(self.db, user=self.user)

    @cached_property
    def adoptions(self) -> AdoptionService:
        """Adoption referrals (Luật Nuôi con nuôi)."""
        from commune_care.services.adoption import AdoptionService

        return AdoptionService(self.db, user=self.user)

    @cached_property
    def todo(self) -> TodoService:
        """ "Việc cần làm" of every programme."""
        from commune_care.services.todo import TodoService

        return TodoService(self.cases, [self.care, self.adoptions])

    @cached_property
    def documents(self) -> DocumentsService:
        """The register of outgoing documents (sổ văn bản đi)."""
        from commune_care.services.documents import DocumentsService

        return DocumentsService(self.db, user=self.user)

    @cached_property
    def backup(self) -> BackupService:
        """USB backups, restore, local copies, integrity checks."""
        from commune_care.services.backup import BackupService

        return BackupService(self.db, user=self.user)
