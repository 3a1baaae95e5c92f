"""All ORM records; importing this module registers every table on ``Base.metadata``."""

from commune_care.db.models.account import AccountRecord
from commune_care.db.models.activities import (
    ActivityChildRecord,
    ActivityRecord,
    AssistanceLevelRecord,
    AssistancePaymentRecord,
    SponsorshipRecord,
)
from commune_care.db.models.adoption import (
    AdopterRecord,
    AdoptionConsentRecord,
    AdoptionRecord,
    AdoptionReportRecord,
)
from commune_care.db.models.audit import AuditRecord
from commune_care.db.models.care import (
    CarerConditionRecord,
    CarerMemberRecord,
    CarerRecord,
    PlacementFollowUpRecord,
    PlacementRecord,
)
from commune_care.db.models.case import (
    CaseCycleRecord,
    CaseLogEntryRecord,
    CasePlanTaskRecord,
    CaseRecord,
)
from commune_care.db.models.child import ChildRecord, ClassificationRecord
from commune_care.db.models.commune import CommuneProfileRecord, SettingRecord, VillageRecord
from commune_care.db.models.document import DocumentRecord
from commune_care.db.models.excel_template import ExcelTemplateRecord
from commune_care.db.models.support import ChildServiceRecord, ProviderRecord, ReferralRecord

__all__ = [
    "AccountRecord",
    "ActivityChildRecord",
    "ActivityRecord",
    "AdopterRecord",
    "AdoptionConsentRecord",
    "AdoptionRecord",
    "AdoptionReportRecord",
    "AssistanceLevelRecord",
    "AssistancePaymentRecord",
    "AuditRecord",
    "CarerConditionRecord",
    "CarerMemberRecord",
    "CarerRecord",
    "CaseCycleRecord",
    "CaseLogEntryRecord",
    "CasePlanTaskRecord",
    "CaseRecord",
    "ChildRecord",
    "ChildServiceRecord",
    "ClassificationRecord",
    "CommuneProfileRecord",
    "DocumentRecord",
    "ExcelTemplateRecord",
    "PlacementFollowUpRecord",
    "PlacementRecord",
    "ProviderRecord",
    "ReferralRecord",
    "SettingRecord",
    "SponsorshipRecord",
    "VillageRecord",
]
