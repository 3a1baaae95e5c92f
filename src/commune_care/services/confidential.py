"""Revealing a confidential field: the permission, the reason, the audit row — one shape for
every service that holds such a field (``domain/confidential.py`` names them)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from commune_care.domain.access import Actor, Permission, require
from commune_care.domain.confidential import FIELD_LABELS, REVEAL_ACTION, clean_reason
from commune_care.services import audit


def record_reveal(
    s: Session, actor: Actor, entity: str, entity_id: int, field: str, reason: object
) -> str:
    """Check that ``actor`` may see confidential fields and that a reason is given, and write
    the audit row ("reveal", the field, the reason) in ``s``'s unit of work. Returns the
    cleaned reason. The value itself never goes into the trail."""
    require(actor, Permission.VIEW_CONFIDENTIAL)
    cleaned = clean_reason(reason)
    audit.record(
        s,
        actor.username,
        REVEAL_ACTION,
        entity,
        entity_id,
        {"field": field, "summary": f"{FIELD_LABELS[field]} — lý do: {cleaned}", "reason": cleaned},
    )
    return cleaned
