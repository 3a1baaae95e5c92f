"""Crash safety (issue #7, item 5): the process is killed with SIGKILL at random moments while
it writes through the real services, backs up, or restores; afterwards the database opens,
passes ``integrity_check`` and holds every write that had been reported as committed, and no
backup file that is not whole looks valid.

The default run kills the writer ``COMMUNE_CARE_CRASH_KILLS`` times (20); a long run:
``COMMUNE_CARE_CRASH_KILLS=500 python dev.py test tests/safety``. ``COMMUNE_CARE_CRASH_SEED``
repeats a run's random moments (the seed is printed when a check fails).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.domain.errors import BackupDamaged, NotABackup
from commune_care.services.backup import BackupService

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal (Windows has none)"
)

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("COMMUNE_CARE_CRASH_KILLS", "20"))
SEED = int(os.environ.get("COMMUNE_CARE_CRASH_SEED", str(random.randrange(1 << 30))))
PASSWORD = "Mật khẩu của xã 2026"


class Lines:
    """Collects a child's stdout line by line while it runs (a full pipe would stall it)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[bytes]) -> None:
        for raw in stream:
            if not raw.endswith(b"\n"):  # cut by the kill: never reported as committed
                break
            line = raw.decode("utf-8").strip()
            if line == "READY":
                self.ready.set()
            self.lines.append(line)

    def join(self) -> list[str]:
        self._thread.join(timeout=10)
        return list(self.lines)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    return env


def _kill_at_random(
    cmd: list[str], rng: random.Random, after_ready: bool, once_made: Path | None = None
) -> list[str]:
    """Kill ``cmd`` at a random moment: after it printed READY, anywhere in its start, or (with
    ``once_made``) soon after that file appeared, that is while the first start makes the schema."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env())
    assert proc.stdout is not None
    lines = Lines(proc.stdout)
    if once_made is not None:
        deadline = time.monotonic() + 60
        while not once_made.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.001)
        time.sleep(rng.uniform(0.0, 0.25))
    elif after_ready:
        lines.ready.wait(timeout=60)
        time.sleep(rng.uniform(0.0, 0.3))
    else:  # anywhere in the start: imports, opening, migrating, the first writes
        time.sleep(rng.uniform(0.0, 0.8))
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return lines.join()


def _check(path: Path, created: set[int], notes: dict[int, int], classified: set[int]) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:  # killed while the first start created the schema
            assert not tables, f"a half-made schema was left: {sorted(tables)}"
            assert not created, "children reported committed, but the schema is not there"
            return
        ids = {row[0] for row in conn.execute("SELECT id FROM children")}
        missing = created - ids
        assert not missing, f"committed children lost: {sorted(missing)[:10]}"
        for child_id, counter in notes.items():
            (text,) = conn.execute(
                "SELECT notes FROM children WHERE id = ?", (child_id,)
            ).fetchone()
            assert int(text.rsplit(" ", 1)[1]) >= counter, (child_id, text, counter)
        with_group = {row[0] for row in conn.execute("SELECT child_id FROM classifications")}
        assert classified <= with_group
        audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert audit >= len(created)  # every create wrote its audit row in the same transaction


def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    path = tmp_path / "crash.sqlite3"
    created: set[int] = set()
    notes: dict[int, int] = {}
    classified: set[int] = set()
    reported = 0
    for run in range(KILLS):
        cmd = [sys.executable, str(WRITER), str(path), str(run + 1)]
        # the first start and every fourth are killed anywhere, the schema's creation included
        lines = _kill_at_random(cmd, rng, after_ready=run % 4 != 0)
        for line in lines:
            kind, *rest = line.split()
            if kind == "C":
                created.add(int(rest[0]))
            elif kind == "U":
                notes[int(rest[0])] = max(notes.get(int(rest[0]), 0), int(rest[1]))
            elif kind == "K":
                classified.add(int(rest[0]))
            reported += kind != "READY"
        if path.exists():
            try:
                _check(path, created, notes, classified)
            except AssertionError as exc:
                raise AssertionError(
                    f"after kill {run + 1} (COMMUNE_CARE_CRASH_SEED={SEED})"
                ) from exc
    assert reported > KILLS  # the kills did land among writes
    db = Database(path)  # and the app opens it as it would after a power cut
    try:
        migrate(db)
        assert BackupService(db).check(full=True).ok
    finally:
        db.dispose()


def test_sigkill_while_the_first_start_makes_the_schema(tmp_path: Path) -> None:
    """The schema is made in one transaction: a kill leaves no table or every table, and the
    next start opens the file (a half schema used to be refused as another program's file)."""
    rng = random.Random(SEED + 2)
    for run in range(6):
        path = tmp_path / f"first-{run}.sqlite3"
        cmd = [sys.executable, str(WRITER), str(path), str(run + 1)]
        _kill_at_random(cmd, rng, after_ready=False, once_made=path)
        _check(path, set(), {}, set())
        lines = _kill_at_random(cmd, rng, after_ready=True)
        assert "READY" in lines, f"the start after the kill failed (run {run}, seed {SEED})"


def test_sigkill_during_backups_and_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A killed backup leaves at most a ``.part`` file, which a restore refuses; a killed
    restore leaves the data file either as it was or fully restored, never in between."""
    rng = random.Random(SEED + 1)
    path = tmp_path / "data.sqlite3"
    db = Database(path)
    migrate(db)
    from commune_care.services.commune import CommuneService
    from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES
    from tests.services.test_backup_service import add_child

    CommuneService(db, user="t").save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    for i in range(200):
        add_child(db, f"Trẻ thứ {i}")
    db.dispose()
    usb = tmp_path / "usb"
    usb.mkdir()
    password = tmp_path / "pw.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    cli = [sys.executable, "-m", "commune_care"]
    monkeypatch.setenv("COMMUNE_CARE_DATA_DIR", str(tmp_path / "userdata"))
    for _ in range(3):
        _kill_at_random(
            [*cli, "backup", "--db", str(path), "--to", str(usb), "--password-file", str(password)],
            rng,
            after_ready=False,
        )
    done = subprocess.run(
        [*cli, "backup", "--db", str(path), "--to", str(usb), "--password-file", str(password)],
        env=_env(),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    db = Database(path)
    service = BackupService(db, backups_dir=tmp_path / "b", work_dir=tmp_path / "w")
    whole = sorted(usb.glob("*.ccbak"))
    assert whole
    for file in whole:  # every file under a final name is whole and verifies
        prepared = service.prepare_restore(file, PASSWORD)
        prepared.discard()
    for part in usb.glob("*.part"):
        with pytest.raises((BackupDamaged, NotABackup)):
            service.prepare_restore(part, PASSWORD)
    db.dispose()

    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM classifications")
        conn.execute("UPDATE children SET notes = 'sau sao lưu'")
        conn.commit()
    for _ in range(3):
        _kill_at_random(
            [*cli, "restore", str(whole[-1]), "--db", str(path), "--password-file", str(password)],
            rng,
            after_ready=False,
        )
        with contextlib.closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            states = {row[0] for row in conn.execute("SELECT DISTINCT notes FROM children")}
            assert states in ({"sau sao lưu"}, {""}), states  # all old or all restored


def test_the_writer_reports_only_after_the_commit() -> None:
    """The contract the tests above rely on: a line is printed after the service returned."""
    text = WRITER.read_text(encoding="utf-8")
    assert text.index("children.create(") < text.index('out.write(f"C ')
    assert text.index("children.update(") < text.index('out.write(f"U ')
