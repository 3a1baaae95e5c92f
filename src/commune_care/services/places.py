"""Provinces and communes after the 2025 reform, from the offline `vietnam-provinces` data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province, Ward

from commune_care.domain.textfold import fold


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name: str


@cache
def provinces() -> tuple[Place, ...]:
    items = [Place(str(int(p.code)), p.name) for p in Province.iter_all()]
    return tuple(sorted(items, key=lambda p: fold(p.name)))


@cache
def communes(province_code: str) -> tuple[Place, ...]:
    """The xã, phường and đặc khu of a province, by name."""
    wanted = int(province_code)
    items = [
        Place(str(int(w.code)), w.name) for w in Ward.iter_all() if int(w.province_code) == wanted
    ]
    return tuple(sorted(items, key=lambda p: fold(p.name)))
