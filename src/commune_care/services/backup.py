"""Data safety (issue #7): encrypted and verified backups to a USB stick, restore, the automatic
local copies, the reminder, and SQLite's integrity checks.

``BackupService(db)`` is bound to the open database like every service. Restoring never writes
into the current file: the backup is decrypted and checked into a scratch file next to it,
upgraded when it is older, and only then put in its place with one rename, after a copy of the
current file was kept. Everything that can go wrong before that rename leaves the current data
byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from commune_care import __version__, paths
from commune_care.db import backup as files
from commune_care.db.backup_format import (
    DEFAULT_KDF,
    FORMAT_VERSION,
    Header,
    KdfParams,
    read_header,
    unlock,
)
from commune_care.db.integrity import FULL, INTEGRITY, QUICK, check_file, read_only
from commune_care.db.integrity import schema_revision as file_revision
from commune_care.db.integrity import table_counts as file_counts
from commune_care.db.migrate import head_revision, known_revisions, migrate
from commune_care.db.models import SettingRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, as_actor, require, require_any
from commune_care.domain.cases import DeadlineState
from commune_care.domain.errors import (
    BackupDamaged,
    BackupError,
    BackupTargetError,
    BackupTooNew,
    DatabaseDamaged,
    InvalidInput,
    OtherCommuneBackup,
    UserError,
)
from commune_care.domain.schemas.backup import (
    MIN_PASSWORD_LENGTH,
    BackupInfo,
    BackupReminder,
    BackupResult,
    BackupSettings,
    BackupStep,
    CancelledFn,
    IntegrityReport,
    LocalCopy,
    ProgressFn,
    RestoreResult,
    never_cancelled,
    no_progress,
)
from commune_care.domain.schemas.todo import DueItem
from commune_care.domain.support import Programme
from commune_care.domain.textfold import fold
from commune_care.services import audit

log = logging.getLogger(__name__)

SETTING_KEYS = {
    "keep_days": "backup.keep_days",
    "keep_months": "backup.keep_months",
    "reminder_days": "backup.reminder_days",
}
LAST_EXTERNAL_KEY = "backup.last_external"  # the last verified backup to another drive (JSON)
LAST_FOLDER_KEY = "backup.last_folder"  # where the last backup went (offered next time)
RESTORE_SCRATCH = ".khoi-phuc-"
BACKUP_DUE_SOON_DAYS = 2  # "Việc cần làm" shows the USB backup two days before the reminder


def other_drive(folder: Path, data_file: Path) -> bool:
    """Is ``folder`` on another drive (volume) than the data file? A backup there survives the
    PC's disk; one on the same drive does not, and does not silence the reminder."""
    try:
        return os.stat(folder).st_dev != os.stat(data_file.parent).st_dev
    except OSError:
        return True


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "khong-ro-xa"


def _same_commune(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("code") and b.get("code"):
        return bool(a["code"] == b["code"] and a.get("province_code") == b.get("province_code"))
    return fold(str(a.get("name", ""))) == fold(str(b.get("name", ""))) and fold(
        str(a.get("province", ""))
    ) == fold(str(b.get("province", "")))


@dataclass
class PreparedRestore:
    """A backup decrypted, checked and upgraded into a scratch file next to the data file."""

    scratch: Path
    source: Path
    info: BackupInfo | None  # None for a local (plain) copy
    created_at: datetime | None
    commune_name: str
    counts: dict[str, int]
    migrated_from: str | None

    def discard(self) -> None:
        for path in (self.scratch, Path(f"{self.scratch}-wal"), Path(f"{self.scratch}-shm")):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


class BackupService:
    def __init__(
        self,
        db: Database,
        user: str | Actor | None = None,
        *,
        backups_dir: Path | None = None,
        work_dir: Path | None = None,
        kdf: KdfParams = DEFAULT_KDF,
        open_output: Callable[[Path], BinaryIO] | None = None,
    ) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.user = self.actor.username  # the name in the audit trail
        self.backups_dir = backups_dir if backups_dir is not None else paths.backups_dir()
        self.work_dir = work_dir if work_dir is not None else paths.data_dir() / "tmp"
        self.kdf = kdf
        self._open_output = open_output

    # --- the data file ------------------------------------------------------------------------
    @property
    def data_file(self) -> Path:
        path = self.db.path
        if path is None:
            raise BackupError(
                "Chỉ sao lưu và khôi phục được dữ liệu nằm trong một tệp SQLite trên máy này."
            )
        return path

    # --- settings -----------------------------------------------------------------------------
    @staticmethod
    def validate_settings(values: dict[str, Any]) -> BackupSettings:
        try:
            return BackupSettings.model_validate(values)
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    def _stored(self) -> dict[str, str]:
        with self.db.session() as s:
            rows = s.scalars(select(SettingRecord).where(SettingRecord.key.like("backup.%")))
            return {r.key: r.value for r in rows}

    def settings(self) -> BackupSettings:
        require_any(self.actor, Permission.BACKUP, Permission.RESTORE)
        return self._settings()

    def _settings(self) -> BackupSettings:
        stored = self._stored()
        values = {field: stored[key] for field, key in SETTING_KEYS.items() if key in stored}
        try:
            return BackupSettings.model_validate(values)
        except ValidationError:  # a value edited by hand: the defaults, never a crash
            log.warning("Backup settings %r are not valid; using the defaults", values)
            return BackupSettings()

    def save_settings(self, new: BackupSettings) -> BackupSettings:
        require(self.actor, Permission.BACKUP)
        old = self._settings()
        with self.db.session() as s:
            for field, key in SETTING_KEYS.items():
                self._put(s, key, str(getattr(new, field)))
            if changes := audit.diff(old.model_dump(), new.model_dump()):
                summary = (
                    f"Sao lưu: giữ {new.keep_days} ngày và {new.keep_months} tháng, nhắc sau "
                    f"{new.reminder_days} ngày"
                )
                audit.record(
                    s, self.user, "update", "setting", None, {**changes, "summary": summary}
                )
        return new

    @staticmethod
    def _put(s: Any, key: str, value: str) -> None:
        record = s.get(SettingRecord, key)
        if record is None:
            s.add(SettingRecord(key=key, value=value))
        else:
            record.value = value

    def last_folder(self) -> Path | None:
        require(self.actor, Permission.VIEW_STATISTICS)
        value = self._stored().get(LAST_FOLDER_KEY)
        return Path(value) if value else None

    def last_external_backup(self) -> datetime | None:
        """When the last verified backup to another drive was made, or None."""
        require(self.actor, Permission.VIEW_STATISTICS)
        raw = self._stored().get(LAST_EXTERNAL_KEY)
        if not raw:
            return None
        try:
            return datetime.fromisoformat(json.loads(raw)["at"])
        except (ValueError, KeyError, TypeError):
            return None

    def reminder(self, now: datetime | None = None) -> BackupReminder:
        require(self.actor, Permission.VIEW_STATISTICS)
        now = now or datetime.now()
        threshold = self._settings().reminder_days
        last = self.last_external_backup()
        if last is None:
            return BackupReminder(last_at=None, days_since=None, threshold_days=threshold, due=True)
        days = (now.date() - last.date()).days
        return BackupReminder(
            last_at=last, days_since=days, threshold_days=threshold, due=days >= threshold
        )

    def due_items(self, today: date | None = None) -> list[DueItem]:
        """ "Việc cần làm": the backup to a USB stick, when the reminder is due or within
        ``BACKUP_DUE_SOON_DAYS`` of it (due today when there was never one)."""
        require(self.actor, Permission.BACKUP)
        today = today or date.today()
        reminder = self.reminder(datetime.combine(today, datetime.min.time()))
        if reminder.last_at is None:
            due, state = today, DeadlineState.DUE_SOON
            label = "Sao lưu dữ liệu ra USB — chưa sao lưu lần nào"
        else:
            due = reminder.last_at.date() + timedelta(days=reminder.threshold_days)
            if today > due:
                state = DeadlineState.OVERDUE
            elif (due - today).days <= BACKUP_DUE_SOON_DAYS:
                state = DeadlineState.DUE_SOON
            else:
                return []
            label = (f"Sao lưu dữ liệu ra USB — lần gần nhất {reminder.last_at:%d/%m/%Y} "
                     f"({reminder.days_since} ngày trước)")  # fmt: skip
        return [
            DueItem(
                programme=Programme.OTHER,
                subject_kind="backup",
                subject_id=0,
                subject_code="USB",
                child_id=None,
                child_name="",
                label=label,
                due=due,
                state=state,
            )
        ]

    # --- the commune ----------------------------------------------------------------------------
    def _commune(self) -> dict[str, Any] | None:
        """The open database's commune, or None (no file or no profile yet, or a file that
        cannot be read: restoring is how a damaged file is replaced). Read with plain SQLite,
        read-only: looking never changes the file (the engine would switch it to WAL)."""
        row = self._read_current(
            "SELECT commune_name, commune_code, province_name, province_code FROM commune_profile"
        )
        if not row:
            return None
        name, code, province, province_code = row[0]
        return {"name": name, "code": code, "province": province, "province_code": province_code}

    def _read_current(self, sql: str) -> list[Any]:
        path = self.db.path
        if path is None or not path.exists() or path.stat().st_size == 0:
            return []
        try:
            with read_only(path) as conn:
                return list(conn.execute(sql).fetchall())
        except sqlite3.Error as exc:
            log.info("Could not read %s: %r", path, exc)
            return []

    def suggested_name(self, now: datetime | None = None) -> str:
        require(self.actor, Permission.BACKUP)
        commune = self._commune()
        moment = now or datetime.now()
        slug = _slug(commune["name"]) if commune else "khong-ro-xa"
        return f"sao-luu_{slug}_{moment:%Y-%m-%d_%H-%M-%S}{files.BACKUP_SUFFIX}"

    # --- backup to a folder (a USB stick) ------------------------------------------------------
    @staticmethod
    def check_password(password: str) -> None:
        if len(password.strip()) < MIN_PASSWORD_LENGTH:
            raise InvalidInput(
                {
                    "password": f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự. Hãy chọn "
                    "mật khẩu dễ nhớ với người phụ trách nhưng khó đoán, và cất giữ cẩn thận: "
                    "quên mật khẩu thì không khôi phục được bản sao lưu."
                }
            )

    def is_other_drive(self, folder: Path) -> bool:
        require(self.actor, Permission.BACKUP)
        return other_drive(folder, self.data_file)

    def backup_to(
        self,
        folder: Path,
        password: str,
        progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled,
        now: datetime | None = None,
        record: bool = True,
    ) -> BackupResult:
        """An encrypted, verified backup in ``folder``; returns only once it was read back,
        decrypted and checked. The file is named with the commune, the date and the time.
        ``record``: note it in the data (``record_backup``) — the app does that on its UI
        thread, which is the one that writes to the database."""
        require(self.actor, Permission.BACKUP)
        self.check_password(password)
        source = self.data_file
        if not folder.is_dir():
            raise BackupTargetError(
                f"Không tìm thấy thư mục «{folder}». Hãy cắm USB và chọn lại thư mục để sao lưu."
            )
        folder = folder.absolute()
        moment = (now or datetime.now()).astimezone().replace(microsecond=0)
        commune = self._commune()
        meta = {
            "app": "commune_care",
            "app_version": __version__,
            "created_at": moment.isoformat(timespec="seconds"),
            "commune": commune or {},
        }
        target = files.unique_target(folder, self.suggested_name(moment))
        started = time.perf_counter()
        written = files.write_encrypted_backup(
            source,
            target,
            password,
            meta,
            work_dir=self.work_dir,
            kdf=self.kdf,
            progress=progress,
            cancelled=cancelled,
            **({"open_output": self._open_output} if self._open_output else {}),
        )
        result = BackupResult(
            path=str(written.path),
            bytes=written.bytes,
            seconds=round(time.perf_counter() - started, 3),
            verified=True,
            created_at=moment,
            sha256=written.sha256,
            counts=written.counts,
            kdf_seconds=round(written.kdf_seconds, 3),
            other_drive=self.is_other_drive(folder),
        )
        if record:
            self.record_backup(result)
        return result

    def record_backup(self, result: BackupResult) -> None:
        """The folder for next time, the date for the reminder (a backup on another drive
        only), a line in the audit trail. The backup itself is done: a failure here is logged,
        not reported as a failed backup."""
        require(self.actor, Permission.BACKUP)
        path = Path(result.path)
        try:
            with self.db.session() as s:
                self._put(s, LAST_FOLDER_KEY, str(path.parent))
                if result.other_drive:
                    value: dict[str, Any] = {
                        "at": result.created_at.replace(tzinfo=None).isoformat(timespec="seconds"),
                        "file": path.name,
                        "bytes": result.bytes,
                    }
                    self._put(s, LAST_EXTERNAL_KEY, json.dumps(value, ensure_ascii=False))
                audit.record(s, self.user, "backup", "database", None, {
                    "file": path.name,
                    "folder": str(path.parent),
                    "bytes": result.bytes,
                    "other_drive": result.other_drive,
                    "summary": f"Sao lưu ra {path}",
                })  # fmt: skip
        except (UserError, DBAPIError) as exc:
            log.warning("Backup %s written, but not recorded: %r", path, exc)

    # --- reading a backup's header ------------------------------------------------------------
    def read_info(self, file: Path) -> BackupInfo:
        """The plain header of a backup file (no password needed), compared with the open
        database: ``other_commune`` and ``newer_schema`` say what a restore would meet."""
        require_any(self.actor, Permission.BACKUP, Permission.RESTORE)
        header = self._header(file)
        return self._info(file, header)

    @staticmethod
    def _header(file: Path) -> Header:
        try:
            with open(file, "rb") as handle:
                return read_header(handle)
        except IsADirectoryError:
            raise BackupTargetError(
                f"«{file}» là một thư mục. Hãy chọn tệp sao lưu (.ccbak)."
            ) from None
        except FileNotFoundError:
            raise BackupTargetError(
                f"Không tìm thấy tệp «{file}». Hãy kiểm tra USB và chọn lại."
            ) from None
        except OSError as exc:
            raise BackupTargetError(
                f"Không đọc được tệp «{file}» ({exc.strerror or exc}). Hãy kiểm tra USB rồi thử lại."
            ) from exc

    def _info(self, file: Path, header: Header) -> BackupInfo:
        f = header.fields
        try:
            commune = dict(f.get("commune") or {})
            created = datetime.fromisoformat(str(f["created_at"]))
            counts = {str(k): int(v) for k, v in dict(f["counts"]).items()}
            revision = str(f["schema_revision"])
        except (KeyError, TypeError, ValueError):
            raise BackupDamaged() from None
        current = self._commune()
        other = bool(current and commune and not _same_commune(commune, current))
        return BackupInfo(
            file=str(file),
            file_bytes=file.stat().st_size,
            format_version=header.version,
            app_version=str(f.get("app_version", "")),
            schema_revision=revision,
            created_at=created,
            commune_name=str(commune.get("name", "")),
            province_name=str(commune.get("province", "")),
            commune_code=str(commune.get("code", "")),
            counts=counts,
            content_bytes=header.content_size,
            sha256=header.sha256,
            kdf=header.kdf.describe(),
            newer_schema=revision not in known_revisions(),
            other_commune=other,
        )

    # --- restore --------------------------------------------------------------------------------
    def _scratch(self) -> Path:
        target = self.data_file
        if not target.parent.is_dir():
            raise BackupError(
                f"Thư mục «{target.parent}» không tồn tại. Hãy tạo thư mục đó hoặc chọn tệp dữ "
                "liệu khác."
            )
        for stale in target.parent.glob(f"{target.name}{RESTORE_SCRATCH}*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()  # left by a restore that was killed: never the data file itself
        return target.with_name(f"{target.name}{RESTORE_SCRATCH}{os.getpid()}.tmp")

    def prepare_restore(
        self,
        file: Path,
        password: str,
        *,
        allow_other_commune: bool = False,
        progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled,
    ) -> PreparedRestore:
        """Everything that can fail, without touching the current data: the header, the
        password, the full verification (decrypt, checksum, integrity_check, counts) into a
        scratch file next to the data file, and the upgrade when the backup is older."""
        require(self.actor, Permission.RESTORE)
        header = self._header(file)
        info = self._info(file, header)
        if info.newer_schema or header.version > FORMAT_VERSION:
            raise BackupTooNew()
        if info.other_commune and not allow_other_commune:
            current = self._commune() or {}
            raise OtherCommuneBackup(info.commune_name, str(current.get("name", "")))
        scratch = self._scratch()
        progress(BackupStep.KEY, 0, 0)
        key = unlock(header, password)
        files.verify_backup_file(file, key, None, scratch, progress, cancelled)
        prepared = PreparedRestore(
            scratch=scratch,
            source=file,
            info=info,
            created_at=info.created_at,
            commune_name=info.commune_name,
            counts=info.counts,
            migrated_from=None,
        )
        try:
            self._finish_scratch(prepared, info.schema_revision, progress)
        except BaseException:
            prepared.discard()
            raise
        return prepared

    def _finish_scratch(
        self, prepared: PreparedRestore, revision: str | None, progress: ProgressFn
    ) -> None:
        """Upgrade the scratch copy, carry this PC's backup settings over, note the restore in
        its audit trail, and make it one file (no WAL) ready to be renamed."""
        if revision != head_revision():
            progress(BackupStep.MIGRATE, 0, 0)
            prepared.migrated_from = revision
        carried = self._carried_settings()
        scratch_db = Database(prepared.scratch)
        try:
            migrate(scratch_db)
            with scratch_db.session() as s:
                for key, value in carried.items():
                    self._put(s, key, value)
                when = prepared.created_at.isoformat() if prepared.created_at else ""
                audit.record(s, self.user, "restore", "database", None, {
                    "file": str(prepared.source),
                    "created_at": when,
                    "summary": f"Khôi phục dữ liệu từ {prepared.source.name}",
                })  # fmt: skip
        finally:
            scratch_db.dispose()
        files.to_single_file(prepared.scratch)

    def _carried_settings(self) -> dict[str, str]:
        """The backup settings and the date of the last USB backup belong to the office's
        routine, not to the restored data: they stay those of the file being replaced."""
        rows = self._read_current("SELECT key, value FROM settings WHERE key LIKE 'backup.%'")
        return {str(k): str(v) for k, v in rows}

    def finish_restore(
        self, prepared: PreparedRestore, progress: ProgressFn = no_progress
    ) -> RestoreResult:
        """Keep a copy of the current file, then put the prepared one in its place in one
        rename. The engine is disposed of first; its next connection opens the restored file.
        Call it from the thread that owns the database (the UI thread in the app)."""
        require(self.actor, Permission.RESTORE)
        started = time.perf_counter()
        progress(BackupStep.REPLACE, 0, 0)
        current = self.data_file
        safety = None
        if current.exists() and current.stat().st_size > 0:
            safety = files.copy_aside(current, self.backups_dir, files.PRE_RESTORE_MARK)
        self.db.dispose()
        if current.exists():
            files.take_exclusive(current)
        files.replace_database(current, prepared.scratch)
        self.db.dispose()  # a connection another thread opened meanwhile saw the old file
        return RestoreResult(
            database=str(current),
            restored_from=str(prepared.source),
            created_at=prepared.created_at,
            commune_name=prepared.commune_name,
            counts=prepared.counts,
            safety_copy=str(safety) if safety else None,
            migrated_from=prepared.migrated_from,
            seconds=round(time.perf_counter() - started, 3),
        )

    def restore(
        self,
        file: Path,
        password: str,
        *,
        allow_other_commune: bool = False,
        progress: ProgressFn = no_progress,
        cancelled: CancelledFn = never_cancelled,
    ) -> RestoreResult:
        """``prepare_restore`` then ``finish_restore`` (the CLI; the app runs the first in a
        worker and the second on the UI thread)."""
        require(self.actor, Permission.RESTORE)
        started = time.perf_counter()
        prepared = self.prepare_restore(
            file,
            password,
            allow_other_commune=allow_other_commune,
            progress=progress,
            cancelled=cancelled,
        )
        try:
            result = self.finish_restore(prepared, progress)
        finally:
            prepared.discard()
        return result.model_copy(update={"seconds": round(time.perf_counter() - started, 3)})

    # --- automatic local copies --------------------------------------------------------------
    def _retention(self) -> BackupSettings:
        try:
            return self._settings()  # whoever is logged in: the copies keep the office's rule
        except (UserError, DBAPIError):
            return BackupSettings()

    def daily_copy(self) -> Path | None:
        """Today's copy in the per-user backups folder, once a day (None: made already)."""
        keep = self._retention()
        return files.daily_snapshot(
            self.data_file, self.backups_dir, keep=keep.keep_days, months=keep.keep_months
        )

    def closing_copy(self) -> Path | None:
        """When the app closes: today's copy becomes the state at closing (if it is sound)."""
        keep = self._retention()
        return files.exit_snapshot(
            self.data_file, self.backups_dir, keep=keep.keep_days, months=keep.keep_months
        )

    def local_copies(self) -> list[LocalCopy]:
        require_any(self.actor, Permission.BACKUP, Permission.RESTORE)
        return [
            LocalCopy(path=str(c.path), kind=c.kind, made_at=c.made_at, bytes=c.path.stat().st_size)
            for c in files.local_copies(self.backups_dir, self.data_file.stem)
            if c.path.exists()
        ]

    def newest_good_local_copy(self) -> LocalCopy | None:
        """The newest automatic copy that passes ``quick_check`` and that this version can open
        (copies of a damaged file are never offered)."""
        require(self.actor, Permission.RESTORE)
        known = known_revisions()
        for copy in self.local_copies():
            if copy.kind == "damaged":
                continue
            path = Path(copy.path)
            if check_file(path, QUICK):
                continue
            try:
                with read_only(path) as conn:
                    revision = file_revision(conn)
            except (sqlite3.Error, OSError):  # an unreadable copy is simply not offered
                continue
            if revision in known:
                return copy
        return None

    def prepare_local_restore(
        self, copy: Path, cancelled: CancelledFn = never_cancelled
    ) -> PreparedRestore:
        """A local (plain) copy checked fully and copied next to the data file."""
        require(self.actor, Permission.RESTORE)
        bad = check_file(copy, INTEGRITY, cancelled)
        if bad:
            raise DatabaseDamaged(f"Bản sao «{copy.name}» cũng bị hỏng; hãy chọn bản khác.", bad)
        with read_only(copy) as conn:
            revision = file_revision(conn)
            counts = file_counts(conn)
            row = None
            with contextlib.suppress(Exception):
                row = conn.execute("SELECT commune_name FROM commune_profile").fetchone()
        if revision not in known_revisions():
            raise BackupTooNew()
        scratch = self._scratch()
        files.snapshot(copy, scratch, cancelled=cancelled)
        prepared = PreparedRestore(
            scratch=scratch,
            source=copy,
            info=None,
            created_at=datetime.fromtimestamp(copy.stat().st_mtime),
            commune_name=str(row[0]) if row else "",
            counts=counts,
            migrated_from=None,
        )
        try:
            self._finish_scratch(prepared, revision, no_progress)
        except BaseException:
            prepared.discard()
            raise
        return prepared

    def restore_local(self, copy: Path) -> RestoreResult:
        require(self.actor, Permission.RESTORE)
        prepared = self.prepare_local_restore(copy)
        try:
            return self.finish_restore(prepared)
        finally:
            prepared.discard()

    # --- integrity ------------------------------------------------------------------------------
    def check(self, full: bool = True, cancelled: CancelledFn = never_cancelled) -> IntegrityReport:
        """SQLite's checks on the data file: ``full`` = integrity_check and foreign_key_check
        (seconds at 100,000 children), else quick_check."""
        require_any(self.actor, Permission.BACKUP, Permission.RESTORE)
        started = time.perf_counter()
        path = self.data_file
        if not path.exists():
            raise BackupError(f"Không tìm thấy tệp dữ liệu «{path}».")
        found = check_file(path, FULL if full else QUICK, cancelled)
        counts: dict[str, int] = {}
        if not found:
            with contextlib.suppress(Exception), read_only(path) as conn:
                counts = file_counts(conn)
        return IntegrityReport(
            ok=not found,
            full=full,
            problems=tuple(found),
            seconds=round(time.perf_counter() - started, 3),
            counts=counts,
        )
