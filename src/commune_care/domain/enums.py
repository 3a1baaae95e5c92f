"""Closed lists of the domain, with the Vietnamese label the law or the office uses."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "nam"
    FEMALE = "nu"
    UNKNOWN = "khong_ro"

    @property
    def label(self) -> str:
        return {Sex.MALE: "Nam", Sex.FEMALE: "Nữ", Sex.UNKNOWN: "Không rõ"}[self]


class ChildStatus(StrEnum):
    """The status the officer sets. ``TURNED_16`` is also derived from the date of birth."""

    ACTIVE = "dang_quan_ly"
    MOVED_AWAY = "chuyen_di"
    TURNED_16 = "du_16_tuoi"
    DECEASED = "da_mat"

    @property
    def label(self) -> str:
        return {
            ChildStatus.ACTIVE: "Đang quản lý",
            ChildStatus.MOVED_AWAY: "Chuyển đi",
            ChildStatus.TURNED_16: "Đủ 16 tuổi",
            ChildStatus.DECEASED: "Đã mất",
        }[self]


class ParentStatus(StrEnum):
    LIVING = "con_song"
    DEAD = "da_mat"
    MISSING = "mat_tich"
    DETAINED = "chap_hanh_an"
    RIGHTS_RESTRICTED = "han_che_quyen"
    UNKNOWN = "khong_ro"

    @property
    def label(self) -> str:
        return {
            ParentStatus.LIVING: "Còn sống",
            ParentStatus.DEAD: "Đã mất",
            ParentStatus.MISSING: "Mất tích",
            ParentStatus.DETAINED: "Đang chấp hành án phạt tù / cai nghiện, giáo dục bắt buộc",
            ParentStatus.RIGHTS_RESTRICTED: "Bị hạn chế quyền làm cha mẹ",
            ParentStatus.UNKNOWN: "Không rõ",
        }[self]


class Household(StrEnum):
    """Hộ nghèo / cận nghèo as certified for the year."""

    NONE = ""
    POOR = "ho_ngheo"
    NEAR_POOR = "ho_can_ngheo"

    @property
    def label(self) -> str:
        return {
            Household.NONE: "",
            Household.POOR: "Hộ nghèo",
            Household.NEAR_POOR: "Hộ cận nghèo",
        }[self]


class VillageKind(StrEnum):
    THON = "Thôn"
    BAN = "Bản"
    TO_DAN_PHO = "Tổ dân phố"
    TIEU_KHU = "Tiểu khu"
    AP = "Ấp"
    KHU_PHO = "Khu phố"
    BUON = "Buôn"
    LANG = "Làng"
    OTHER = "Khác"
