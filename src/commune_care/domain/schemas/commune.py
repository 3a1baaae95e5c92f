"""The commune profile: what every document's header and the status bar need."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from commune_care.domain.enums import VillageKind
from commune_care.domain.schemas.text import clean_text

_LABELS = {
    "province_name": "Tỉnh/thành phố",
    "commune_name": "Tên xã",
    "agency_parent": "Dòng cơ quan thứ nhất",
    "agency_name": "Dòng cơ quan thứ hai",
    "place_name": "Địa danh ghi ngày tháng",
    "officer_name": "Cán bộ phụ trách",
    "chairman_name": "Chủ tịch UBND",
    "vice_chairman_name": "Phó Chủ tịch UBND",
    "upper_recipient": "Cơ quan cấp trên nhận báo cáo",
    "province_code": "Mã tỉnh",
    "commune_code": "Mã xã",
}
_REQUIRED = {"commune_name", "agency_parent", "agency_name", "place_name", "province_name"}


class VillageIn(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    kind: VillageKind = VillageKind.THON
    id: int | None = None  # None: a new village

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, value: Any) -> str:
        text = clean_text(value, label="Tên thôn/bản/tổ dân phố", max_length=100)
        if not text:
            raise ValueError("Tên thôn/bản/tổ dân phố không được để trống.")
        return text


class VillageOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    name: str
    kind: VillageKind
    active: bool
    child_count: int = 0


class CommuneProfileIn(BaseModel):
    model_config = ConfigDict(frozen=True)

    province_code: str = ""
    province_name: str
    commune_code: str = ""  # "" when the name was typed by hand (an old or merged commune)
    commune_name: str
    agency_parent: str = "ỦY BAN NHÂN DÂN"
    agency_name: str
    place_name: str
    officer_name: str = ""
    chairman_name: str = ""
    vice_chairman_name: str = ""
    upper_recipient: str = ""

    @field_validator(*_LABELS, mode="before")
    @classmethod
    def _clean(cls, value: Any, info: Any) -> str:
        name = info.field_name
        text = clean_text(value, label=_LABELS[name], max_length=150)
        if name in _REQUIRED and not text:
            raise ValueError(f"{_LABELS[name]} không được để trống.")
        return text

    @field_validator("agency_parent", "agency_name")
    @classmethod
    def _upper(cls, value: str) -> str:
        # Nghị định 30/2020: the agency lines are written in capitals.
        return value.upper()


class CommuneProfileOut(CommuneProfileIn):
    villages: tuple[VillageOut, ...] = ()


def default_agency_name(commune_name: str) -> str:
    """'Xã Hòa Cư' → 'XÃ HÒA CƯ'; a bare name gets 'XÃ ' in front."""
    name = commune_name.strip()
    lowered = name.lower()
    if lowered.startswith(("xã ", "phường ", "đặc khu ", "thị trấn ")):
        return name.upper()
    return f"XÃ {name}".upper()


def default_place_name(commune_name: str) -> str:
    """'Xã Hòa Cư' → 'Hòa Cư' (the place in 'Hòa Cư, ngày … tháng … năm …')."""
    name = commune_name.strip()
    for prefix in ("Xã ", "Phường ", "Đặc khu ", "Thị trấn ", "xã ", "phường ", "thị trấn "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name
