"""Backups, restores and integrity checks as the UI and the CLI see them (issue #7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

MIN_PASSWORD_LENGTH = 8


class BackupStep(StrEnum):
    """What a long backup or restore is doing (the UI words each one)."""

    SNAPSHOT = "snapshot"  # a consistent copy of the live file (SQLite's backup API)
    KEY = "key"  # deriving the key from the password (scrypt)
    CHECKSUM = "checksum"
    ENCRYPT = "encrypt"  # encrypting and writing to the target
    VERIFY = "verify"  # reading the written file back and decrypting it
    CHECK = "check"  # PRAGMA integrity_check, counts
    MIGRATE = "migrate"
    REPLACE = "replace"


# step, done, total (total 0: no measure of progress for that step)
ProgressFn = Callable[[BackupStep, int, int], None]
CancelledFn = Callable[[], bool]


def no_progress(_step: BackupStep, _done: int, _total: int) -> None:
    return None


def never_cancelled() -> bool:
    return False


_SETTING_LIMITS = {
    "keep_days": (1, 365, "Số ngày giữ bản sao tự động"),
    "keep_months": (0, 120, "Số tháng giữ bản sao hằng tháng"),
    "reminder_days": (1, 365, "Số ngày nhắc sao lưu ra USB"),
}


class BackupSettings(BaseModel):
    """Stored in the ``settings`` table (keys ``backup.*``): they belong to the data."""

    model_config = ConfigDict(frozen=True)

    keep_days: int = 7  # the newest N days' automatic copies
    keep_months: int = 12  # plus the newest copy of each of the last M months
    reminder_days: int = 7  # remind when no backup to another drive for this many days

    @field_validator("keep_days", "keep_months", "reminder_days", mode="before")
    @classmethod
    def _bounded(cls, value: Any, info: Any) -> int:
        low, high, label = _SETTING_LIMITS[info.field_name]
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(f"{label} phải là một số nguyên.") from None
        if not low <= number <= high:
            raise ValueError(f"{label} phải từ {low} đến {high}.")
        return number


class BackupInfo(BaseModel):
    """The plain header of a backup file: readable without the password."""

    model_config = ConfigDict(frozen=True)

    file: str
    file_bytes: int
    format_version: int
    app_version: str
    schema_revision: str
    created_at: datetime
    commune_name: str
    province_name: str
    commune_code: str
    counts: dict[str, int]
    content_bytes: int
    sha256: str
    kdf: str  # "scrypt n=131072 r=8 p=1"
    newer_schema: bool = False  # made by a newer version of the app: cannot be restored here
    other_commune: bool = False  # filled by the service against the open database

    @property
    def children(self) -> int:
        return self.counts.get("children", 0)

    @property
    def cases(self) -> int:
        return self.counts.get("cases", 0)


class BackupResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    bytes: int
    seconds: float
    verified: bool
    created_at: datetime
    sha256: str
    counts: dict[str, int]
    kdf_seconds: float
    other_drive: bool  # on another drive than the data file: counts as a USB backup


class RestoreResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    database: str
    restored_from: str
    created_at: datetime | None  # when the backup was made (None: a local copy's mtime unknown)
    commune_name: str
    counts: dict[str, int]
    safety_copy: str | None  # the replaced data, kept in the backups folder
    migrated_from: str | None  # the backup's schema when it had to be upgraded
    seconds: float


class LocalCopy(BaseModel):
    """An automatic copy of the data file in the per-user backups folder (plain SQLite)."""

    model_config = ConfigDict(frozen=True)

    path: str
    kind: str  # daily | pre-migration | pre-restore | damaged
    made_at: datetime
    bytes: int


class IntegrityReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    ok: bool
    full: bool  # integrity_check + foreign_key_check (else quick_check)
    problems: tuple[str, ...] = ()
    seconds: float = 0.0
    counts: dict[str, int] = {}


class BackupReminder(BaseModel):
    """Whether to remind the officer to back up to a USB stick, and since when."""

    model_config = ConfigDict(frozen=True)

    last_at: datetime | None
    days_since: int | None  # None: never
    threshold_days: int
    due: bool
