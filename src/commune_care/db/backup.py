"""Backup primitives: consistent copies of a live SQLite file (SQLite's online backup API), the
automatic local copies and their retention, the encrypted backup file written and verified, and
the atomic replacement of the data file by a restored one.

Files are always written under a temporary name in their final folder and renamed into place
there (never across drives: FAT32/exFAT sticks know no other atomic step), and nothing here
relies on permissions (no chmod), which FAT does not have.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from commune_care.db.backup_format import (
    DEFAULT_KDF,
    SALT_SIZE,
    Header,
    KdfParams,
    decrypt_stream,
    derive_key,
    encrypt_stream,
    file_sha256,
    new_header,
    read_header,
)
from commune_care.db.integrity import INTEGRITY, problems, read_only, schema_revision, table_counts
from commune_care.domain.errors import (
    BackupDamaged,
    BackupTargetError,
    DatabaseDamaged,
    DatabaseInUse,
    DiskFull,
    OperationCancelled,
)
from commune_care.domain.schemas.backup import (
    BackupStep,
    CancelledFn,
    ProgressFn,
    never_cancelled,
    no_progress,
)

log = logging.getLogger(__name__)

PAGES_PER_STEP = 4096  # 16 MB of 4 KiB pages between two progress reports / cancel checks
BACKUP_SUFFIX = ".ccbak"
PART_SUFFIX = ".part"

OpenOutput = Callable[[Path], BinaryIO]


def _open_output(path: Path) -> BinaryIO:
    return open(path, "xb")  # the caller closes it


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to flush)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def snapshot(
    source: Path,
    destination: Path,
    *,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    durable: bool = True,
) -> Path:
    """Copy ``source`` to ``destination`` consistently, even while it is open elsewhere.

    Written to a temporary name first and renamed into place, so a half copy never exists
    under the final name. ``durable``: fsync before the rename (not for scratch copies)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled():
            raise OperationCancelled()
        progress(BackupStep.SNAPSHOT, total - remaining, total)

    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, pages=PAGES_PER_STEP, progress=step)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if durable:
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(partial, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return destination


# --- automatic local copies (plain SQLite, in the per-user backups folder) --------------------

DAILY_MARK = "-hang-ngay-"
PRE_MIGRATION_MARK = "-truoc-nang-cap-"
PRE_RESTORE_MARK = "-truoc-khoi-phuc-"
DAMAGED_MARK = "-hong-"
_KINDS = {
    DAILY_MARK: "daily",
    PRE_MIGRATION_MARK: "pre-migration",
    PRE_RESTORE_MARK: "pre-restore",
    DAMAGED_MARK: "damaged",
}
_DAY = re.compile(r"(\d{8})")


@dataclass(frozen=True)
class LocalCopyFile:
    path: Path
    kind: str
    made_at: datetime  # the file's modification time: when the copy was completed

    @property
    def day(self) -> date:
        """The day in the name (a daily copy's day), else the day it was made."""
        match = _DAY.search(self.path.name[-20:])
        if self.kind == "daily" and match:
            with contextlib.suppress(ValueError):
                return datetime.strptime(match.group(1), "%Y%m%d").date()
        return self.made_at.date()


def local_copies(folder: Path, stem: str) -> list[LocalCopyFile]:
    """The copies of the data file ``stem`` in ``folder``, newest first."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{stem}-*.sqlite3"):
        rest = path.name[len(stem) :]
        kind = next((k for mark, k in _KINDS.items() if rest.startswith(mark)), None)
        if kind is None:
            continue
        with contextlib.suppress(OSError):
            found.append(LocalCopyFile(path, kind, datetime.fromtimestamp(path.stat().st_mtime)))
    return sorted(found, key=lambda c: (c.made_at, c.path.name), reverse=True)


def daily_name(stem: str, day: date) -> str:
    return f"{stem}{DAILY_MARK}{day:%Y%m%d}.sqlite3"


def prune_daily_copies(folder: Path, stem: str, keep: int, months: int = 0) -> list[Path]:
    """Keep the newest ``keep`` days' copies, plus the newest copy of each of the last
    ``months`` calendar months that has one; delete the other daily copies. Copies made before a
    migration, a restore or of a damaged file are never deleted here."""
    daily = [c for c in local_copies(folder, stem) if c.kind == "daily"]
    daily.sort(key=lambda c: (c.day, c.made_at), reverse=True)
    kept = {c.path for c in daily[:keep]}
    if months > 0 and daily:
        newest = daily[0].day
        first = (newest.year * 12 + newest.month - 1) - (months - 1)
        seen: set[int] = set()
        for copy in daily:  # newest first: the first of each month is its newest
            month = copy.day.year * 12 + copy.day.month - 1
            if month >= first and month not in seen:
                seen.add(month)
                kept.add(copy.path)
    removed = []
    for copy in daily:
        if copy.path not in kept:
            with contextlib.suppress(OSError):
                copy.path.unlink()
                removed.append(copy.path)
    return removed


def daily_snapshot(
    source: Path, folder: Path, keep: int = 7, today: date | None = None, months: int = 0
) -> Path | None:
    """The start-up copy: at most one per day (``keep`` days and ``months`` monthly kept).

    Returns the new copy, or None when today's copy exists already. Runs in a worker after the
    window is shown, so a large file never slows the start."""
    destination = folder / daily_name(source.stem, today or date.today())
    if destination.exists():
        return None
    snapshot(source, destination)
    prune_daily_copies(folder, source.stem, keep, months)
    return destination


def exit_snapshot(
    source: Path, folder: Path, keep: int = 7, today: date | None = None, months: int = 0
) -> Path | None:
    """The copy made when the app closes: today's copy becomes the state at closing.

    The new copy replaces today's only after it passes ``quick_check``: a file damaged during
    the day never pushes out the good copy made in the morning. Returns None in that case."""
    destination = folder / daily_name(source.stem, today or date.today())
    fresh = destination.with_name(destination.name + ".new")
    try:
        snapshot(source, fresh)
        from commune_care.db.integrity import QUICK, check_file

        found = check_file(fresh, QUICK)
        if found:
            log.error("Not keeping the closing copy of %s: %s", source, found[:3])
            return None
        os.replace(fresh, destination)
    finally:
        with contextlib.suppress(OSError):
            fresh.unlink(missing_ok=True)
    prune_daily_copies(folder, source.stem, keep, months)
    return destination


def copy_aside(source: Path, folder: Path, mark: str, stamp: str | None = None) -> Path:
    """Keep the current data file before it is replaced: a sound file through SQLite's backup
    API; a damaged one byte for byte with its ``-wal``, as it is (``-hong-`` in the name), so
    that nothing of it is lost to whoever tries to rescue it later."""
    from commune_care.db.integrity import QUICK, check_file

    stamp = stamp or datetime.now().strftime("%Y%m%d-%H%M%S")
    found = check_file(source, QUICK)
    if not found:
        with contextlib.suppress(sqlite3.DatabaseError):
            return snapshot(source, folder / f"{source.stem}{mark}{stamp}.sqlite3")
    log.warning("Copying %s byte for byte (%s)", source, found[:1])
    target = folder / f"{source.stem}{DAMAGED_MARK}{stamp}.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    wal = Path(f"{source}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return target


# --- the encrypted backup file ------------------------------------------------------------------


@dataclass(frozen=True)
class WrittenBackup:
    path: Path
    bytes: int
    header: Header
    counts: dict[str, int]
    sha256: str
    kdf_seconds: float


def _target_error(exc: OSError, folder: Path, needed: int) -> Exception:
    """An OSError while writing to the chosen folder, said the way the officer can act on it."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        megabytes = max(1, round(needed / 1_000_000))
        return DiskFull(
            f"USB hoặc ổ đĩa «{folder}» không còn đủ chỗ trống cho bản sao lưu (cần khoảng "
            f"{megabytes} MB). Hãy xóa bớt tệp trên đó hoặc dùng USB khác rồi sao lưu lại; không có "
            "bản sao lưu dở dang nào được giữ lại và dữ liệu không bị ảnh hưởng."
        )
    if code == errno.EFBIG:
        return BackupTargetError(
            f"«{folder}» không chứa được tệp lớn như vậy (USB định dạng FAT32 chỉ chứa tệp dưới "
            "4 GB). Hãy định dạng lại USB theo exFAT hoặc chọn nơi khác."
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BackupTargetError(
            f"Không ghi được vào «{folder}»: USB có thể đang bật khóa chống ghi, hoặc thư mục không "
            "cho phép ghi. Hãy chọn thư mục khác hoặc tắt khóa chống ghi."
        )
    if code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return BackupTargetError(
            f"Mất kết nối với «{folder}» trong khi ghi (USB bị rút ra hoặc bị lỗi). Hãy cắm lại USB "
            "và sao lưu lại; không có bản sao lưu dở dang nào được giữ lại."
        )
    return BackupTargetError(
        f"Không ghi được bản sao lưu vào «{folder}» ({exc.strerror or exc}). Hãy thử lại hoặc chọn "
        "nơi khác; không có bản sao lưu dở dang nào được giữ lại."
    )


def _drop_cache(path: Path) -> None:
    """Ask the OS to forget the file's cached pages, so reading it back reads the stick (Linux;
    elsewhere the read-back may come from the cache, which still proves the writes went through
    the file system without error)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def unique_target(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``… when a file of that name exists."""
    target = folder / name
    stem, suffix = target.stem, target.suffix
    n = 2
    while target.exists() or target.with_name(target.name + PART_SUFFIX).exists():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target


SCRATCH_PREFIX = "sao-luu-"
STALE_SCRATCH_SECONDS = 3600


def _remove_stale_scratch(work_dir: Path) -> None:
    """Scratch folders of backups that were killed (they hold a plain copy of the data): gone
    at the next backup once an hour old (a running backup touches its folder all the time)."""
    now = time.time()
    for folder in work_dir.glob(f"{SCRATCH_PREFIX}*"):
        with contextlib.suppress(OSError):
            newest = max([folder.stat().st_mtime] + [p.stat().st_mtime for p in folder.iterdir()])
            if now - newest > STALE_SCRATCH_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)


def write_encrypted_backup(
    source: Path,
    target: Path,
    password: str,
    meta: dict[str, Any],
    *,
    work_dir: Path,
    kdf: KdfParams = DEFAULT_KDF,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    open_output: OpenOutput = _open_output,
) -> WrittenBackup:
    """Snapshot ``source``, encrypt it to ``target.part`` in the target's folder, flush and fsync,
    read it back and decrypt it to a scratch file, run ``integrity_check`` on that and compare its
    counts and checksum with the header; only then rename it to ``target``.

    On any failure (cancel, disk full, stick pulled, a read-back that differs) the ``.part`` file
    is deleted and nothing is left under the final name."""
    folder = target.parent
    part = target.with_name(target.name + PART_SUFFIX)
    work_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_scratch(work_dir)
    scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=work_dir))
    needed = source.stat().st_size
    try:
        part.unlink(missing_ok=True)  # left by a run that was killed
        snap = scratch / "snapshot.sqlite3"
        snapshot(source, snap, progress=progress, cancelled=cancelled, durable=False)
        with read_only(snap) as conn:
            counts = table_counts(conn)
            revision = schema_revision(conn)
        size = snap.stat().st_size
        sha256, _ = file_sha256(snap, lambda done: progress(BackupStep.CHECKSUM, done, size))
        progress(BackupStep.KEY, 0, 0)
        started = time.perf_counter()
        salt = os.urandom(SALT_SIZE)
        key = derive_key(password, salt, kdf)
        kdf_seconds = time.perf_counter() - started
        header = new_header(
            {**meta, "schema_revision": revision, "counts": counts},
            content_size=size,
            sha256=sha256,
            key=key,
            salt=salt,
            kdf=kdf,
        )
        if cancelled():
            raise OperationCancelled()
        try:
            with open_output(part) as out, open(snap, "rb") as src:
                written = encrypt_stream(
                    src,
                    out,
                    header,
                    key,
                    lambda done: progress(BackupStep.ENCRYPT, done, size),
                    cancelled,
                )
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise _target_error(exc, folder, needed + len(header.raw)) from exc
        _drop_cache(part)
        try:
            verify_backup_file(part, key, header, scratch / "verify.sqlite3", progress, cancelled)
        except BackupDamaged as exc:
            raise BackupDamaged(
                "Đọc lại tệp vừa ghi không khớp với dữ liệu đã ghi: USB có thể bị lỗi, bị rút ra "
                "hoặc không chứa được hết dữ liệu. Tệp chưa hoàn chỉnh đã bị xóa; hãy sao lưu lại "
                "hoặc dùng USB khác. Dữ liệu không bị ảnh hưởng."
            ) from exc
        except OSError as exc:
            raise _target_error(exc, folder, needed) from exc
        progress(BackupStep.REPLACE, 0, 0)
        try:
            os.replace(part, target)  # the same folder: atomic on FAT32/exFAT too
        except OSError as exc:
            raise _target_error(exc, folder, needed) from exc
        _fsync_dir(folder)
        return WrittenBackup(target, written, header, counts, sha256, kdf_seconds)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def verify_backup_file(
    path: Path,
    key: bytes,
    header: Header | None,
    out_path: Path,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> Header:
    """Decrypt ``path`` into ``out_path`` and check the result fully: every chunk's tag, the
    length and SHA-256 of the content, ``PRAGMA integrity_check``, the schema revision and the
    row count of every table against the header. ``header``: the one just written (the file's own
    must be byte-identical), or None to trust the file's (a restore, after ``unlock``).

    ``out_path`` is removed on failure. Raises ``BackupDamaged`` (the file) or
    ``DatabaseDamaged`` (a file that decrypts intact but holds a damaged database)."""
    try:
        with open(path, "rb") as src:
            found = read_header(src)
            if header is not None and found.raw != header.raw:
                raise BackupDamaged()
            size = found.content_size
            with open(out_path, "wb") as out:
                decrypt_stream(
                    src,
                    out,
                    found,
                    key,
                    lambda done: progress(BackupStep.VERIFY, done, size),
                    cancelled,
                )
        progress(BackupStep.CHECK, 0, 0)
        with read_only(out_path) as conn:
            bad = problems(conn, INTEGRITY, cancelled)
            if bad:
                raise DatabaseDamaged(
                    "Dữ liệu trong bản sao lưu không qua được kiểm tra toàn vẹn (PRAGMA "
                    "integrity_check): " + "; ".join(bad[:3]),
                    bad,
                )
            counts = table_counts(conn)
            revision = schema_revision(conn)
        if counts != found.fields.get("counts") or revision != found.fields.get("schema_revision"):
            raise BackupDamaged()
        return found
    except BaseException:
        with contextlib.suppress(OSError):
            out_path.unlink(missing_ok=True)
        raise


# --- replacing the data file --------------------------------------------------------------------


def _side_files(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def take_exclusive(path: Path) -> None:
    """Make sure nobody else has ``path`` open, and fold its WAL into the file.

    Leaving WAL mode needs the only connection; the ``-wal`` and ``-shm`` files are gone after
    it (a stale ``-wal`` next to a replaced file would be replayed into it). Raises
    ``DatabaseInUse`` when another connection holds the file."""
    try:
        conn = sqlite3.connect(path, timeout=2.0)
    except sqlite3.Error:
        return
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise DatabaseInUse()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseInUse() from exc
        log.warning("Could not leave WAL mode on %s: %s", path, exc)
    except sqlite3.DatabaseError as exc:  # damaged: its side files are removed by the caller
        log.warning("Could not leave WAL mode on %s: %s", path, exc)
    finally:
        conn.close()


def replace_database(current: Path, new_file: Path) -> None:
    """Put ``new_file`` (in the same folder) in place of ``current`` in one rename.

    The caller has disposed of its engine, kept a copy of ``current`` (``copy_aside``) and
    called ``take_exclusive``; leftover side files of the old file are removed first."""
    if new_file.parent.resolve() != current.parent.resolve():
        raise ValueError("the new file must be in the data file's folder")
    for side in _side_files(current):
        side.unlink(missing_ok=True)
    with open(new_file, "rb+") as handle:
        os.fsync(handle.fileno())
    try:
        os.replace(new_file, current)
    except PermissionError as exc:  # Windows: the file is open in another program
        raise DatabaseInUse() from exc
    _fsync_dir(current.parent)


def to_single_file(path: Path) -> None:
    """Leave WAL mode so the database is one self-contained file (ready to be renamed)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
