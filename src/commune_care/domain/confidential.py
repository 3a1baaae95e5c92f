"""The confidential fields (Nghị định 56/2017, Điều 24) and the reason asked to reveal one.

Which fields: a case's report and assessments (``CONFIDENTIAL_FIELDS`` of each step DTO in
``schemas/cases.py``: narrative, the informant and their contact, the kinds of abuse and harm), a
child's confidential notes, and the details (basis, note) of a mental-health classification.
A role without ``Permission.VIEW_CONFIDENTIAL`` never receives them; a role with it sees them
masked in the window until revealed with a reason, which the audit trail keeps.
"""

from __future__ import annotations

from typing import Any

from commune_care.domain.errors import InvalidInput
from commune_care.domain.groups import MENTAL_HEALTH_CODES
from commune_care.domain.schemas.text import clean_text

CHILD_NOTES = "confidential_notes"
CASE_CONTENT = "case_confidential"
MENTAL_HEALTH_DETAILS = "mental_health_details"

FIELD_LABELS = {
    CHILD_NOTES: "Ghi chú mật của trẻ",
    CASE_CONTENT: "Nội dung mật của hồ sơ (báo cáo, người báo tin, hình thức xâm hại, đánh giá)",
    MENTAL_HEALTH_DETAILS: "Căn cứ, ghi chú về sức khỏe tâm thần",
}

REASON_MIN = 5
REASON_MAX = 255

# The action written in the audit trail for each reveal.
REVEAL_ACTION = "reveal"


def is_mental_health(group_code: str) -> bool:
    """A classification whose basis and note are mental-health details."""
    return group_code in MENTAL_HEALTH_CODES


def clean_reason(value: Any) -> str:
    """The reason given to reveal a confidential field: required, one line, NFC."""
    try:
        reason = clean_text(value, label="Lý do xem", max_length=REASON_MAX)
    except ValueError as exc:
        raise InvalidInput({"reason": str(exc)}) from None
    if len(reason) < REASON_MIN:
        raise InvalidInput(
            {
                "reason": "Hãy ghi lý do xem thông tin bảo mật (ít nhất "
                f"{REASON_MIN} ký tự), ví dụ «Lập kế hoạch hỗ trợ»."
            }
        )
    return reason
