"""What every document of the commune shares: the agency's lines, the issuing body's name, the
place of the date line — all from the commune profile."""

from __future__ import annotations

from typing import Any

from commune_care.domain.dates import format_date
from commune_care.domain.documents import issuer_name
from commune_care.domain.schemas.commune import CommuneProfileIn


def commune_parts(profile: CommuneProfileIn) -> dict[str, Any]:
    """``agency``, ``issuer`` and ``place`` for :class:`OfficialDocument`: 'ỦY BAN NHÂN DÂN' /
    'XÃ HÒA CƯ', 'Ủy ban nhân dân xã Hòa Cư', 'Hòa Cư'."""
    agency = tuple(line for line in (profile.agency_parent, profile.agency_name) if line)
    return {
        "agency": agency,
        "issuer": issuer_name(profile.commune_name),
        "place": profile.place_name,
    }


def dmy(value: Any) -> str:
    return format_date(value)


__all__ = ["commune_parts", "dmy"]
