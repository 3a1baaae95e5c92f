"""Performance figures of commune_care on a fresh database of N demo children.

    python benchmarks/run.py --children 100000 --json [--keep DIR] [--backup-dir DIR]

prints one JSON object (UTF-8) on stdout; progress goes to stderr. Each figure is measured by a
small function registered with ``@measure(...)`` in ``MEASURES`` (run in that order); a function
that fails leaves its figures ``null`` and adds a line to ``errors`` instead of stopping the run.
A later issue adds its own figures by adding a function (and, when it has one, a target).

The database is made in a temporary folder and deleted at the end, unless ``--keep DIR``: then it
is ``DIR/bench-<N>.sqlite3`` (an older file of that name is replaced) and kept. The backup
figures write to a scratch folder on the same disk, or to ``--backup-dir`` (a USB stick, to
measure the ratio where it matters).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
if str(SRC) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(SRC))

# What each figure must not exceed (DESIGN.md: 100,000 children on a 2-core PC, slow disk).
TARGETS: dict[str, float] = {
    "demo_seconds": 60,
    "startup_seconds": 1.5,
    "search_ms_p95": 30,
    "list_first_page_ms": 100,
    "rss_mb": 300,
    "excel_import_10k_seconds": 10,
    "excel_export_100k_seconds": 15,
    "excel_template_export_100k_seconds": 15,
    "pdf_plan_seconds": 0.5,
    "pdf_child_sheets_1000_seconds": 10,
    "home_page_ms": 300,
    "backup_vs_copy_ratio": 3,
    "role_check_us": 5,
    "audit_page_ms": 100,
}
APP_TIMEOUT_S = 180  # one start of the app (far above the target: a hang, not a slow start)
DEMO_TIMEOUT_S = 420
STARTUP_RUNS = 3
SEARCH_PASSES = 3  # timed passes over the query list, after one untimed pass
LIST_RUNS = 7
CASE_RUNS = 7  # timed runs of each case-management figure, after one untimed run
IMPORT_ROWS = 10_000
AUDIT_ROWS = 1_000_000  # the trail the audit figures page through (a few years of busy use)
AUDIT_BATCH = 50_000


def officer() -> Any:
    """A logged-in officer (domain/access.py): the benchmarks act as the window does."""
    from commune_care.domain.access import Actor, Role

    return Actor(username="can_bo", roles=frozenset({Role.OFFICER}), full_name="Cán bộ")


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


@dataclass
class Run:
    """What the measuring functions share: the database, the figures so far, the errors."""

    children: int
    db: Path
    work: Path  # scratch folder: the app's logs and backups go there, not to the user's
    backup_dir: Path | None = None  # where the backup figures write (default: work/usb)
    figures: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)  # passed between measures

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env["COMMUNE_CARE_DATA_DIR"] = str(self.work / "userdata")
        env.pop("COMMUNE_CARE_DB", None)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH")) if p)
        env["PYTHONIOENCODING"] = "utf-8"
        env.update(extra)
        return env


@dataclass(frozen=True)
class Measure:
    name: str
    keys: tuple[str, ...]
    func: Callable[[Run], dict[str, Any]]


MEASURES: list[Measure] = []


def measure(*keys: str) -> Callable[[Callable[[Run], dict[str, Any]]], Callable[[Run], Any]]:
    """Register a measuring function that returns (some of) the figures ``keys``."""

    def register(func: Callable[[Run], dict[str, Any]]) -> Callable[[Run], dict[str, Any]]:
        MEASURES.append(Measure(func.__name__, keys, func))
        return func

    return register


def app_command(*args: str) -> list[str]:
    """``python -m commune_care ARGS`` (or through cli.main while __main__ does not exist)."""
    if importlib.util.find_spec("commune_care.__main__") is not None:
        return [sys.executable, "-m", "commune_care", *args]
    code = "from commune_care.cli import main; raise SystemExit(main())"
    return [sys.executable, "-c", code, *args]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share 0.95 → p95)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def tail(text: str, lines: int = 5) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


# --- the measures -----------------------------------------------------------------------------


@measure("demo_seconds")
def demo(run: Run) -> dict[str, Any]:
    cmd = app_command("demo", "--db", str(run.db), "--children", str(run.children), "--seed", "1")
    log(f"demo: {run.children} children …")
    start = time.perf_counter()
    done = subprocess.run(
        cmd, capture_output=True, env=run.env(), timeout=DEMO_TIMEOUT_S, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace")
        raise RuntimeError(f"demo exited {done.returncode}: {tail(stderr)}")
    return {"demo_seconds": round(seconds, 3)}


BENCH_USER = "do.khoidong"


def _login_args(run: Run) -> list[str]:
    """A real login for the unattended start (issue #8): an account made once with the CLI,
    its password in a file, so the figure includes Argon2's verification as a person's login
    does (the demo itself has no account)."""
    if "login_args" in run.notes:
        return list(run.notes["login_args"])
    secret = run.work / "bench-password.txt"
    secret.write_text("mat-khau-do-khoi-dong\n", encoding="utf-8")
    listed = subprocess.run(
        app_command("accounts", "list", "--db", str(run.db), "--json"),
        capture_output=True, env=run.env(), timeout=APP_TIMEOUT_S, check=False,
    )  # fmt: skip
    if listed.returncode != 0:
        raise RuntimeError(
            f"accounts list exited {listed.returncode}: {tail(listed.stderr.decode())}"
        )
    if BENCH_USER not in {a["username"] for a in json.loads(listed.stdout)}:
        made = subprocess.run(
            app_command("accounts", "create", BENCH_USER, "--full-name", "Đo khởi động",
                        "--roles", "can_bo", "--password-file", str(secret), "--db", str(run.db)),
            capture_output=True, env=run.env(), timeout=APP_TIMEOUT_S, check=False,
        )  # fmt: skip
        if made.returncode != 0:
            raise RuntimeError(
                f"accounts create exited {made.returncode}: {tail(made.stderr.decode())}"
            )
    run.notes["login_args"] = ["--user", BENCH_USER, "--password-file", str(secret)]
    return list(run.notes["login_args"])


def _start_app_once(run: Run) -> tuple[float, float | None, float | None]:
    """Wall time from spawn to the ``READY`` line; the app's own figure; its RSS if printed."""
    cmd = app_command("--db", str(run.db), "--exit-when-ready", *_login_args(run))
    env = run.env(QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    wall: float | None = None
    inprocess: float | None = None
    rss: float | None = None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:  # ends when the app closes its stdout (it exits)
            word, _, value = line.strip().partition(" ")
            if word == "READY" and wall is None:
                wall = time.perf_counter() - start
                with contextlib.suppress(ValueError):
                    inprocess = float(value)
            elif word == "RSS":
                with contextlib.suppress(ValueError):
                    rss = float(value)
            if time.perf_counter() - start > APP_TIMEOUT_S:
                break
        proc.wait(timeout=max(1.0, APP_TIMEOUT_S - (time.perf_counter() - start)))
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise RuntimeError(f"the app did not exit within {APP_TIMEOUT_S} s") from None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = proc.stderr.read() if proc.stderr else ""
    if wall is None:
        raise RuntimeError(
            f"the app exited {proc.returncode} without printing READY "
            f"(does it support --exit-when-ready?): {tail(stderr)}"
        )
    if proc.returncode != 0:
        raise RuntimeError(f"the app printed READY but exited {proc.returncode}: {tail(stderr)}")
    return wall, inprocess, rss


@measure("startup_seconds", "startup_inprocess_seconds")
def startup(run: Run) -> dict[str, Any]:
    walls: list[float] = []
    inner: list[float] = []
    rss: list[float] = []
    for i in range(STARTUP_RUNS):
        wall, inprocess, peak = _start_app_once(run)
        log(f"start-up {i + 1}/{STARTUP_RUNS}: {wall:.3f} s (app says {inprocess})")
        walls.append(wall)
        if inprocess is not None:
            inner.append(inprocess)
        if peak is not None:
            rss.append(peak)
    if rss:
        run.notes["app_rss_mb"] = max(rss)
    return {
        "startup_seconds": round(statistics.median(walls), 3),
        "startup_inprocess_seconds": round(statistics.median(inner), 3) if inner else None,
    }


def search_queries(db: Path, rng_seed: int = 1) -> list[str]:
    """~200 queries a commune officer types: fixed ones, and names, codes, numbers and parents
    read from the demo data itself (deterministic), and the prefixes of a name as it is typed."""
    fixed = [
        "nguyen van duc", "Nguyễn Thị Lan", "nguyễn văn đức", "duc", "lan", "nguyen", "Nguyễn",
        "tran", "le thi", "hoang", "thi", "van", "TE0012", "te00", "12345", "0922", "ng", "n",
    ]  # fmt: skip
    rng = random.Random(rng_seed)
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        top = conn.execute("SELECT max(id) FROM children").fetchone()[0] or 0
        picks = sorted(rng.sample(range(1, top + 1), min(top, 72)))
        marks = ",".join("?" * len(picks))
        rows = conn.execute(
            "SELECT id, code, full_name, name_key, id_number, father_name, mother_name "
            f"FROM children WHERE id IN ({marks}) ORDER BY id",
            picks,
        ).fetchall()
    queries = list(fixed)
    for n, (cid, code, full_name, name_key, id_number, father, mother) in enumerate(rows):
        words = name_key.split()
        kind = n % 6
        if kind == 0:
            queries.append(full_name)  # with diacritics, as written
        elif kind == 1:
            queries.append(name_key)  # without diacritics
        elif kind == 2:
            queries += [words[-1], words[0]]  # given name; surname
        elif kind == 3:
            queries += [code[: rng.randint(4, len(code))], str(cid)[: rng.randint(2, 5)]]
        elif kind == 4:
            queries += [id_number[: rng.randint(4, 12)]] if id_number else [words[-1]]
        else:
            queries.append(father or mother or full_name)
    # Search-as-you-type: every prefix of a few names ("n", "ng", …, "nguyen van d", …).
    for _, _, _, name_key, *_ in rows[:7]:
        queries += [name_key[:i] for i in range(1, len(name_key) + 1) if name_key[i - 1] != " "]
    return queries


@measure("search_ms_p50", "search_ms_p95", "search_queries")
def search(run: Run) -> dict[str, Any]:
    from commune_care.db.session import Database
    from commune_care.services.children import ChildrenService

    queries = search_queries(run.db)
    db = Database(run.db)
    try:
        service = ChildrenService(db, officer())  # a logged-in account: each call checks it
        for q in queries:  # warm-up: one untimed pass
            service.search(q, limit=50)
        times: list[float] = []
        for _ in range(SEARCH_PASSES):
            for q in queries:
                start = time.perf_counter()
                service.search(q, limit=50)
                times.append((time.perf_counter() - start) * 1000)
    finally:
        db.dispose()
    slowest = sorted(zip(times, queries * SEARCH_PASSES, strict=True), reverse=True)[:5]
    run.notes["search_slowest"] = [{"query": q, "ms": round(t, 2)} for t, q in slowest]
    return {
        "search_ms_p50": round(statistics.median(times), 2),
        "search_ms_p95": round(percentile(times, 0.95), 2),
        "search_queries": len(queries),
    }


@measure("role_check_us")
def role_check(run: Run) -> dict[str, Any]:
    """What one permission check costs (``require``, at the start of every service call):
    microseconds, against the milliseconds of a search or a list page."""
    from commune_care.domain.access import Permission, require

    actor, calls = officer(), 200_000
    start = time.perf_counter()
    for _ in range(calls):
        require(actor, Permission.VIEW_CHILDREN)
    return {"role_check_us": round((time.perf_counter() - start) / calls * 1e6, 3)}


@measure("list_first_page_ms")
def list_first_page(run: Run) -> dict[str, Any]:
    """What the children page does when it opens: all ids of the default filter in name order
    (ChildTableModel._refetch → list_ids), then the rows of the first page (summaries)."""
    from commune_care.db.session import Database
    from commune_care.domain.schemas.children import ChildFilter
    from commune_care.services.children import ChildrenService, ChildSort

    try:
        from commune_care.ui.models.child_table_model import PAGE_SIZE
    except ImportError:  # pragma: no cover - Qt missing
        PAGE_SIZE = 200

    db = Database(run.db)
    try:
        service = ChildrenService(db, officer())

        def open_list() -> float:
            start = time.perf_counter()
            ids = service.list_ids(ChildFilter(), ChildSort.NAME, False)
            service.summaries(ids[:PAGE_SIZE], date.today())
            return (time.perf_counter() - start) * 1000

        open_list()  # warm-up
        runs = [open_list() for _ in range(LIST_RUNS)]
    finally:
        db.dispose()
    return {"list_first_page_ms": round(statistics.median(runs), 2)}


# Run as a separate process: the children page opened the way the app opens it, offscreen.
_RSS_PROBE = r"""
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from commune_care.db.session import Database
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.ui.pages.children_page import ChildrenPage

app = QApplication(sys.argv[:1])
db = Database(sys.argv[1])
try:
    from commune_care.app import make_context
    ctx = make_context(db, sys.argv[1])
except (ImportError, TypeError):
    from commune_care.ui.context import AppContext
    ctx = AppContext(children=ChildrenService(db), commune=CommuneService(db),
                     database_label=sys.argv[1])
page = ChildrenPage(ctx)
loaded = []
page.first_page_loaded.connect(lambda: loaded.append(True))
page.resize(1280, 720)
page.show()
QTimer.singleShot(200, app.quit)  # let the view paint its rows (data() of the first page)
app.exec()
if not loaded:
    sys.exit("the first page was not loaded")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("RSS", peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024)
"""


@measure("rss_mb")
def rss(run: Run) -> dict[str, Any]:
    """Peak resident memory of a process that shows the list: the app's own report when it
    gives one (RSS line after READY), otherwise a probe process that opens the children page."""
    if "app_rss_mb" in run.notes:
        run.notes["rss_source"] = "app (--exit-when-ready)"
        return {"rss_mb": round(run.notes["app_rss_mb"], 1)}
    if importlib.util.find_spec("resource") is None:
        raise RuntimeError("peak RSS needs the resource module (Linux, macOS)")
    done = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, str(run.db)],
        capture_output=True,
        env=run.env(QT_QPA_PLATFORM="offscreen"),
        timeout=APP_TIMEOUT_S,
        check=False,
    )
    out = done.stdout.decode("utf-8", "replace")
    lines = [line.split() for line in out.splitlines() if line.startswith("RSS ")]
    if done.returncode != 0 or not lines:
        stderr = done.stderr.decode("utf-8", "replace")
        raise RuntimeError(f"RSS probe exited {done.returncode}: {tail(stderr)}")
    run.notes["rss_source"] = "probe (ChildrenPage offscreen)"
    return {"rss_mb": round(float(lines[-1][1]), 1)}


def _median_ms(func: Callable[[], Any], runs: int = CASE_RUNS) -> tuple[float, Any]:
    """Median wall time of ``func`` in ms over ``runs`` runs after one untimed run; its result."""
    result = func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2), result


@measure("cases_list_ms", "cases_todo_ms")
def cases(run: Run) -> dict[str, Any]:
    """The Cases page's default list (open cases, soonest deadline first) and "Việc cần làm",
    through CasesService, on the demo's cases."""
    from commune_care.db.session import Database
    from commune_care.domain.schemas.cases import CaseFilter
    from commune_care.services.cases import CasesService

    db = Database(run.db)
    try:
        service = CasesService(db)
        list_ms, rows = _median_ms(lambda: service.list(CaseFilter()))
        todo_ms, items = _median_ms(service.todo)
        run.notes["cases_total"] = len(service.list(CaseFilter(closed=None)))
        run.notes["cases_open"] = len(rows)
        run.notes["todo_items"] = len(items)
    finally:
        db.dispose()
    return {"cases_list_ms": list_ms, "cases_todo_ms": todo_ms}


@measure("care_list_ms", "care_due_ms")
def care(run: Run) -> dict[str, Any]:
    """The alternative-care page's placement list (every placement, newest first, each with its
    next follow-up) and its "Việc cần làm" lines (``CareService.due_items``), on the demo's
    placements."""
    from commune_care.db.session import Database
    from commune_care.domain.schemas.care import PlacementFilter
    from commune_care.services.care import CareService

    db = Database(run.db)
    try:
        service = CareService(db)
        list_ms, rows = _median_ms(lambda: service.placements(PlacementFilter()))
        due_ms, items = _median_ms(service.due_items)
        run.notes["placements"] = len(rows)
        run.notes["placements_current"] = sum(1 for r in rows if r.current)
        run.notes["care_due_items"] = len(items)
    finally:
        db.dispose()
    return {"care_list_ms": list_ms, "care_due_ms": due_ms}


@measure("indicators_year_ms")
def indicators(run: Run) -> dict[str, Any]:
    """``IndicatorsService.for_year`` for this year (what ``commune-care indicators`` prints):
    the QĐ 1591 mental-health figures and the orphans in alternative care."""
    from commune_care.db.session import Database
    from commune_care.services.indicators import IndicatorsService

    db = Database(run.db)
    try:
        service = IndicatorsService(db)
        year_ms, figures = _median_ms(lambda: service.for_year(date.today().year))
        run.notes["indicators"] = figures
    finally:
        db.dispose()
    return {"indicators_year_ms": year_ms}


# The home page as the app shows it, offscreen in its own process: every tile, chart and the due
# list counted and painted at 1366×768. One untimed load, then the median of HOME_RUNS reloads.
_HOME_PROBE = r"""
import statistics, sys, time
from PySide6.QtWidgets import QApplication
from commune_care.app import make_context
from commune_care.db.session import Database
from commune_care.ui.pages.home_page import HomePage

app = QApplication(sys.argv[:1])
db = Database(sys.argv[1])
page = HomePage(make_context(db, sys.argv[1]))
page.resize(1366 - 200, 768 - 120)
page.show()
app.processEvents()

def load():
    start = time.perf_counter()
    page.reload()
    page.repaint()  # the tiles, charts and the register's numbers, painted
    shown = time.perf_counter()
    app.processEvents()  # then the due list, filled just after (HomePage.reload defers it)
    return (shown - start) * 1000, (time.perf_counter() - shown) * 1000

load()
runs = [load() for _ in range(int(sys.argv[2]))]
d = page.dashboard.dashboard
print("MS", statistics.median(r[0] for r in runs))
print("DUE_MS", statistics.median(r[1] for r in runs))
print("TILES", len(d.tiles()), "DUE", len(page.dashboard.entries))
"""
HOME_RUNS = 5


@measure("home_page_ms", "home_due_list_ms")
def home_page(run: Run) -> dict[str, Any]:
    """``HomePage.reload`` with every tile shown and painted: the two targets, the year's
    tiles, the four quarters, children by group and the register's breakdowns; then, apart,
    the due list that fills in just after (every programme's "Việc cần làm")."""
    done = subprocess.run(
        [sys.executable, "-c", _HOME_PROBE, str(run.db), str(HOME_RUNS)],
        capture_output=True,
        env=run.env(QT_QPA_PLATFORM="offscreen"),
        timeout=APP_TIMEOUT_S,
        check=False,
    )
    out = done.stdout.decode("utf-8", "replace").splitlines()
    ms = [line.split() for line in out if line.startswith("MS ")]
    if done.returncode != 0 or not ms:
        stderr = done.stderr.decode("utf-8", "replace")
        raise RuntimeError(f"home page probe exited {done.returncode}: {tail(stderr)}")
    due = [line.split() for line in out if line.startswith("DUE_MS ")]
    shown = next((line.split() for line in out if line.startswith("TILES ")), [])
    if shown:
        run.notes["home_page"] = {"tiles": int(shown[1]), "due_items": int(shown[3])}
    return {
        "home_page_ms": round(float(ms[-1][1]), 1),
        "home_due_list_ms": round(float(due[-1][1]), 1) if due else None,
    }


def fill_audit_trail(db_path: Path, rows: int, seed: int = 1) -> float:
    """Append ``rows`` entries as officers write them (updates of children with old → new
    values, exports, prints, logins) through ``audit.append`` in batches — the bulk path, one
    read of the last hash per batch. Returns the seconds it took."""
    from commune_care.db.session import Database, hold_write_lock
    from commune_care.services import audit

    rng = random.Random(seed)
    users = [f"canbo{n}" for n in range(6)] + ["lanhdao", "quantri"]
    db = Database(db_path)
    started = time.perf_counter()
    try:
        written = 0
        while written < rows:
            batch = []
            for _ in range(min(AUDIT_BATCH, rows - written)):
                kind = rng.random()
                user = rng.choice(users[:6]) if kind < 0.97 else rng.choice(users[6:])
                if kind < 0.9:
                    child = rng.randint(1, 100_000)
                    batch.append(
                        audit.row(
                            user,
                            "update",
                            "child",
                            child,
                            {
                                "school": [
                                    f"Trường Tiểu học số {rng.randint(1, 9)}",
                                    "Trường THCS Hòa Cư",
                                ],
                                "caregiver_phone": ["", f"09{rng.randint(10**7, 10**8 - 1)}"],
                            },
                        )
                    )
                elif kind < 0.97:
                    batch.append(
                        audit.row(
                            user,
                            "export",
                            "pdf",
                            None,
                            {
                                "summary": f"Lưu tệp PDF «Phiếu thông tin trẻ em TE{rng.randint(1, 99999):06d}»"
                            },
                        )
                    )
                else:
                    batch.append(audit.row(user, "login", "account", rng.randint(1, 8)))
            with db.session() as s:
                hold_write_lock(s)
                audit.append(s, batch)
            written += len(batch)
    finally:
        db.dispose()
    return time.perf_counter() - started


@measure("audit_page_ms", "audit_page_deep_ms", "audit_page_filtered_ms", "audit_text_miss_ms",
         "audit_verify_seconds", "audit_append_rows_per_second")  # fmt: skip
def audit_trail(run: Run) -> dict[str, Any]:
    """The Nhật ký hệ thống page on a copy of the benchmark's database whose trail holds a
    million entries: the first page (what the page shows when it opens), a page half-way down
    (keyset: it should cost the same), the worst of the filtered first pages (a rare user, a
    kind of object with a word of text, a date range), a text found nowhere (the worst case: every
    entry's folded words read), and the whole chain's verification."""
    from commune_care.db.session import Database
    from commune_care.domain.schemas.audit import AuditFilter
    from commune_care.services.audit_trail import AuditTrailService

    path = run.work / "audit-trail.sqlite3"
    with sqlite3.connect(run.db) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    seconds = fill_audit_trail(path, AUDIT_ROWS)
    db = Database(path)
    try:
        service = AuditTrailService(db)
        first_ms, page = _median_ms(lambda: service.page(AuditFilter()))
        middle = page[0].id // 2
        deep_ms, _ = _median_ms(lambda: service.page(AuditFilter(), before_id=middle))
        today = date.today()
        filters = [
            AuditFilter(user="quantri"),
            AuditFilter(entity="pdf", text="phieu thong tin"),
            AuditFilter(action="update", date_from=today, date_to=today),
        ]
        filtered = [_median_ms(lambda f=f: service.page(f))[0] for f in filters]
        miss_ms, _ = _median_ms(lambda: service.page(AuditFilter(text="khong co o dau")), runs=3)
        started = time.perf_counter()
        result = service.verify()
        verify_s = time.perf_counter() - started
        run.notes["audit_rows"] = result.total
        run.notes["audit_intact"] = result.intact
    finally:
        db.dispose()
        path.unlink(missing_ok=True)
    return {
        "audit_page_ms": first_ms,
        "audit_page_deep_ms": deep_ms,
        "audit_page_filtered_ms": max(filtered),
        "audit_text_miss_ms": miss_ms,
        "audit_verify_seconds": round(verify_s, 2),
        "audit_append_rows_per_second": round(AUDIT_ROWS / seconds),
    }


def import_workbook(db: Path, path: Path, rows: int = IMPORT_ROWS, seed: int = 1) -> dict[str, int]:
    """A commune's own Excel list of ``rows`` children as offices keep them: title rows, a
    header, dates as Excel dates, "15/3/2012" text and bare years, sex written every which way,
    the register's villages, groups as free text; 2 % are children already in the register
    (the duplicate check finds them), 1 % have a date that does not exist."""
    from datetime import datetime, timedelta

    from openpyxl import Workbook

    rng = random.Random(seed)
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        villages = [n for (n,) in conn.execute("SELECT name FROM villages WHERE active")]
        top = conn.execute("SELECT max(id) FROM children").fetchone()[0] or 0
        picks = rng.sample(range(1, top + 1), min(top, rows // 50))
        marks = ",".join("?" * len(picks))
        known = conn.execute(
            f"SELECT full_name, birth_year, sex FROM children WHERE id IN ({marks})", picks
        ).fetchall()
    surnames = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")  # fmt: skip
    middles = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Gia", "Bảo",
               "Khánh")  # fmt: skip
    given = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Khánh",
             "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo",
             "Trang", "Tuấn", "Vy", "Yến", "Khôi", "Nhi", "Phương", "Thư")  # fmt: skip
    groups = ["", "", "", "", "", "Mồ côi cha", "mồ côi mẹ", "Khuyết tật", "Hộ nghèo",
              "Khuyết tật nặng; hộ cận nghèo", "Mồ côi cả cha và mẹ"]  # fmt: skip
    today = date.today()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["ỦY BAN NHÂN DÂN XÃ", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ws.append(["DANH SÁCH TRẺ EM TRÊN ĐỊA BÀN XÃ"])
    ws.append([])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Thôn", "Họ tên cha",
               "Họ tên mẹ", "Đối tượng", "Trường", "Lớp", "Ghi chú"])  # fmt: skip
    figures = {"rows": rows, "known": 0, "bad_dates": 0}
    for i in range(rows):
        sex = rng.choice(["Nam", "Nữ", "nam", "NỮ", "nu"])
        name = f"{rng.choice(surnames)} {rng.choice(middles)} {rng.choice(middles)} {rng.choice(given)}"
        born = today - timedelta(days=rng.randrange(200, 15 * 365))
        birth: object = (
            datetime(born.year, born.month, born.day) if i % 3 == 0
            else f"{born.day}/{born.month}/{born.year}" if i % 3 == 1
            else born.year
        )  # fmt: skip
        if known and i % 50 == 7:
            name, year, stored_sex = known[(i // 50) % len(known)]
            birth, sex = year, ("Nam" if stored_sex == "nam" else "Nữ")
            figures["known"] += 1
        elif i % 100 == 42:
            birth = f"31/02/{born.year}"
            figures["bad_dates"] += 1
        ws.append([
            i + 1, name, birth, sex, rng.choice(["Kinh", "Kinh", "Kinh", "Tày", "Mường", "H'Mông"]),
            rng.choice(villages) if villages else "", f"{rng.choice(surnames)} Văn {rng.choice(given)}",
            f"{rng.choice(surnames)} Thị {rng.choice(given)}", rng.choice(groups),
            "Trường Tiểu học", f"{rng.randint(1, 5)}A", "",
        ])  # fmt: skip
    wb.save(path)
    return figures


@measure("excel_import_10k_seconds")
def excel_import(run: Run) -> dict[str, Any]:
    """``ChildrenImportService.run`` on a 10,000-line list (built here) into a copy of the
    benchmark's register: open, find the header, read and validate every line, check duplicates
    against the register and the earlier lines, write them all in one transaction."""
    from commune_care.db.session import Database
    from commune_care.services.children_import import ChildrenImportService

    workbook = run.work / "import-10k.xlsx"
    figures = import_workbook(run.db, workbook)
    copy = run.work / "import-copy.sqlite3"
    with (
        contextlib.closing(sqlite3.connect(run.db)) as src,
        contextlib.closing(sqlite3.connect(copy)) as dst,
    ):
        src.backup(dst)
    db = Database(copy)
    try:
        start = time.perf_counter()
        summary, _preview = ChildrenImportService(db, user="benchmark").run(workbook)
        seconds = time.perf_counter() - start
    finally:
        db.dispose()
    run.notes["excel_import"] = {
        **figures,
        "rows_read": summary.rows_read,
        "imported": summary.imported,
        "duplicates": summary.duplicates,
        "rejected": summary.rejected,
        "workbook_kb": workbook.stat().st_size // 1024,
    }
    return {"excel_import_10k_seconds": round(seconds, 3)}


@measure("excel_export_100k_seconds")
def excel_export(run: Run) -> dict[str, Any]:
    """``ExcelExportService.export`` of this year on the benchmark's register: the six sheets,
    the children's list with every child under management (100,000 at full size), written to a
    temporary file and renamed. The key keeps its name whatever ``--children`` is."""
    from commune_care.db.session import Database
    from commune_care.services.excel_export import ExcelExportService

    out = run.work / "export.xlsx"
    db = Database(run.db)
    try:
        start = time.perf_counter()
        summary = ExcelExportService(db, user="benchmark").export(date.today().year, out)
        seconds = time.perf_counter() - start
    finally:
        db.dispose()
    run.notes["excel_export"] = {"rows": summary.rows, "workbook_kb": out.stat().st_size // 1024}
    return {"excel_export_100k_seconds": round(seconds, 3)}


@measure("excel_template_export_100k_seconds")
def excel_template_export(run: Run) -> dict[str, Any]:
    """Every child under management through a province-like template (title rows, a merged
    two-level header, a totals line and signatures that move under the list): the template's
    own path (``exports/xlsx/template_fill``). Saving the template is not timed."""
    sys.path.insert(0, str(ROOT))
    from tests.excel_template_samples import province_template

    from commune_care.db.session import Database
    from commune_care.domain.excel_templates import TemplateDataset
    from commune_care.services.excel_template_export import TemplateExportService
    from commune_care.services.excel_templates import ExcelTemplatesService

    source = province_template(run.work / "mau-tinh.xlsx")
    out = run.work / "template-export.xlsx"
    db = Database(run.db)
    try:
        templates = ExcelTemplatesService(db, user="benchmark")
        layout = templates.inspect(source)
        saved = templates.save("Mẫu đo tốc độ", source, layout, layout.columns,
                               TemplateDataset.CHILDREN)  # fmt: skip
        start = time.perf_counter()
        summary = TemplateExportService(db, user="benchmark").export(
            saved.id, date.today().year, out
        )
        seconds = time.perf_counter() - start
        templates.delete(saved.id)
    finally:
        db.dispose()
    run.notes["excel_template_export"] = {"rows": summary.rows,
                                          "workbook_kb": out.stat().st_size // 1024}  # fmt: skip
    return {"excel_template_export_100k_seconds": round(seconds, 3)}


def plan_like_document(pages: int = 30) -> Any:
    """A synthetic Kế hoạch of about ``pages`` pages: sections I. … with 1. / a) headings,
    justified paragraphs, a table every few sections, an appendix with a long table. Its
    layout time is a note beside the real plan's figure (the engine alone, at 30 pages)."""
    from commune_care.domain.documents import SignerRole
    from commune_care.domain.official_document import (
        Align,
        Appendix,
        Column,
        Heading,
        OfficialDocument,
        Paragraph,
        Signer,
        Table,
    )  # fmt: skip

    text = (
        "Trẻ em có vấn đề về sức khỏe tâm thần, trẻ em mồ côi đều được chăm sóc sức khỏe tâm "
        "thần, được tiếp cận các dịch vụ hỗ trợ phù hợp nhằm thực hiện các quyền của trẻ em, "
        "chăm sóc phát triển toàn diện trẻ em trên địa bàn xã."
    )
    columns = (
        Column(title="STT", width=0.6, align=Align.CENTER),
        Column(title="Nội dung hoạt động", width=4),
        Column(title="Số lượt", width=1, align=Align.RIGHT),
    )

    def table(rows: int) -> Table:
        cells = tuple((str(i), f"Truyền thông tại thôn {i}", str(i * 3)) for i in range(1, rows))
        return Table(columns=columns, rows=cells)

    blocks: list[Any] = []
    for n in range(1, round(pages * 1.8) + 1):
        blocks += [
            Heading(level=1, text=f"Nhiệm vụ và giải pháp {n}"),
            Heading(level=2, text="Mục đích"),
            Paragraph(text=text),
            Paragraph(text=text),
            Heading(level=3, text="Phấn đấu 80% trẻ em được tiếp cận dịch vụ phù hợp."),
            Paragraph(text="- Cân đối ngân sách, bố trí kinh phí thực hiện kế hoạch."),
            Heading(level=2, text="Yêu cầu"),
            Paragraph(text=text),
        ]
        if n % 4 == 0:
            blocks.append(table(12))
    blocks.append(Paragraph(text="Trên đây là Kế hoạch năm của xã./."))
    return OfficialDocument(
        agency=("ỦY BAN NHÂN DÂN", "XÃ HÒA CƯ"), issuer="Ủy ban nhân dân xã Hòa Cư",
        symbol="KH-UBND", number=5, place="Hòa Cư", issued_on=date(2024, 3, 5),
        type_name="KẾ HOẠCH", subject="Thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ "
        "em, chăm sóc trẻ em mồ côi năm 2024 trên địa bàn xã Hòa Cư", blocks=tuple(blocks),
        recipients=("UBND huyện", "Các đoàn thể xã", "Lưu: VT, VHXH"),
        signers=(Signer.commune(SignerRole.VICE_CHAIRMAN, "Tô Văn Mít"),),
        appendices=(Appendix(number="I", title="Các hoạt động", blocks=(table(40),)),),
    )  # fmt: skip


@measure("pdf_plan_seconds")
def pdf_plan(run: Run) -> dict[str, Any]:
    """The year's plan (Kế hoạch thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm
    sóc trẻ em mồ côi) as the officer gets it from the demo's register: the form made through
    DocumentFormsService (the template, last year's plan if any, this day's figures of the
    register and last year's indicator), laid out and rendered to PDF bytes. Median of 5 after
    one. The synthetic 30-page plan's layout alone is a note."""
    from commune_care.db.session import Database
    from commune_care.exports.pdf import render_pdf
    from commune_care.services.document_forms import DocumentFormsService

    db = Database(run.db)
    try:
        forms = DocumentFormsService(db)
        year = date.today().year

        def real_plan() -> Any:
            return render_pdf(forms.build(forms.plan_form(year)))

        ms, result = _median_ms(real_plan, runs=5)
    finally:
        db.dispose()
    run.notes["pdf_plan_pages"] = result.pages
    doc = plan_like_document(30)
    synthetic_ms, synthetic = _median_ms(lambda: render_pdf(doc), runs=3)
    run.notes["pdf_plan_30_pages_layout_seconds"] = round(synthetic_ms / 1000, 3)
    run.notes["pdf_plan_30_pages"] = synthetic.pages
    return {"pdf_plan_seconds": round(ms / 1000, 3)}


@measure("pdf_child_sheets_1000_seconds")
def pdf_child_sheets(run: Run) -> dict[str, Any]:
    """1,000 record sheets (Phiếu thông tin trẻ em) of the demo's first children in name order
    in one PDF through DocumentsService: reading the children, building, laying out. One run,
    after ten sheets to load the fonts."""
    from commune_care.db.session import Database
    from commune_care.domain.schemas.children import ChildFilter
    from commune_care.services.children import ChildrenService
    from commune_care.services.documents import DocumentsService

    db = Database(run.db)
    try:
        ids = ChildrenService(db).list_ids(ChildFilter(), limit=1000)
        service = DocumentsService(db)
        service.child_sheets_pdf(ids[:10])
        start = time.perf_counter()
        result = service.child_sheets_pdf(ids)
        seconds = time.perf_counter() - start
        run.notes["pdf_child_sheets"] = len(ids)
        run.notes["pdf_child_sheets_pages"] = result.pages
        run.notes["pdf_child_sheets_mb"] = round(len(result.data) / 1e6, 1)
    finally:
        db.dispose()
    return {"pdf_child_sheets_1000_seconds": round(seconds, 3)}


BACKUP_RUNS = 3  # timed backups and plain copies (medians)


class StepTimer:
    """A backup's progress callback that adds up the time spent in each step."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self._step: str | None = None
        self._since = time.perf_counter()

    def __call__(self, step: Any, _done: int, _total: int) -> None:
        self._switch(step.value)

    def _switch(self, step: str | None) -> None:
        now = time.perf_counter()
        if self._step is not None:
            self.spent[self._step] = self.spent.get(self._step, 0.0) + now - self._since
        self._step, self._since = step, now

    def stop(self) -> dict[str, float]:
        self._switch(None)
        return {k: round(v, 3) for k, v in self.spent.items()}


BACKUP_PASSWORD = "benchmark password 2026"


@measure(
    "backup_seconds",
    "restore_seconds",
    "backup_vs_copy_ratio",
    "copyfile_seconds",
    "kdf_seconds",
    "quick_check_seconds",
    "integrity_check_seconds",
)
def backup(run: Run) -> dict[str, Any]:
    """An encrypted, verified backup through BackupService (the app's scrypt cost), against
    ``shutil.copyfile`` of the same file into the same folder, measured alternately; then a
    restore of that backup into a copy of the database; and SQLite's two checks."""
    from commune_care.db.integrity import INTEGRITY, QUICK, check_file
    from commune_care.db.session import Database
    from commune_care.services.backup import BackupService

    target = run.backup_dir or run.work / "usb"
    target.mkdir(parents=True, exist_ok=True)
    db = Database(run.db)
    service = BackupService(db, backups_dir=run.work / "backups", work_dir=run.work / "tmp")
    backups: list[float] = []
    copies: list[float] = []
    synced: list[float] = []
    steps: dict[str, float] = {}
    files: list[Path] = []
    try:
        for i in range(BACKUP_RUNS):
            copy = target / f"bench-copy-{i}.sqlite3"
            start = time.perf_counter()
            shutil.copyfile(run.db, copy)
            copies.append(time.perf_counter() - start)
            with open(copy, "rb") as handle:
                os.fsync(handle.fileno())
            synced.append(time.perf_counter() - start)
            copy.unlink()
            timer = StepTimer()
            start = time.perf_counter()
            result = service.backup_to(target, BACKUP_PASSWORD, progress=timer)
            backups.append(time.perf_counter() - start)
            steps = timer.stop()
            files.append(Path(result.path))
            run.notes["kdf_seconds"] = result.kdf_seconds
            log(f"backup {i + 1}/{BACKUP_RUNS}: {backups[-1]:.3f} s, copyfile {copies[-1]:.3f} s")
        run.notes["backup_steps_seconds"] = steps
        run.notes["backup_bytes"] = files[-1].stat().st_size
        run.notes["copy_fsync_seconds"] = round(statistics.median(synced), 3)
        restored = run.work / "restore-target.sqlite3"
        shutil.copyfile(run.db, restored)
        other = Database(restored)
        try:
            start = time.perf_counter()
            BackupService(
                other, backups_dir=run.work / "backups", work_dir=run.work / "tmp"
            ).restore(files[-1], BACKUP_PASSWORD)
            restore_seconds = time.perf_counter() - start
        finally:
            other.dispose()
        start = time.perf_counter()
        assert check_file(run.db, QUICK) == []
        quick = time.perf_counter() - start
        start = time.perf_counter()
        assert check_file(run.db, INTEGRITY) == []
        full = time.perf_counter() - start
    finally:
        db.dispose()
        for file in files:
            file.unlink(missing_ok=True)
    backup_seconds = statistics.median(backups)
    copy_seconds = statistics.median(copies)
    run.notes["backup_vs_copy_fsync_ratio"] = round(backup_seconds / statistics.median(synced), 2)
    return {
        "backup_seconds": round(backup_seconds, 3),
        "restore_seconds": round(restore_seconds, 3),
        "backup_vs_copy_ratio": round(backup_seconds / copy_seconds, 2),
        "copyfile_seconds": round(copy_seconds, 3),
        "kdf_seconds": run.notes["kdf_seconds"],
        "quick_check_seconds": round(quick, 3),
        "integrity_check_seconds": round(full, 3),
    }


# --- the run ----------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    return {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "sqlite": sqlite3.sqlite_version,
    }


def meets(figures: dict[str, Any]) -> dict[str, bool | None]:
    """Per target: measured value ≤ target; null when the figure could not be measured."""
    result: dict[str, bool | None] = {}
    for key, target in TARGETS.items():
        value = figures.get(key)
        result[key] = None if value is None else bool(value <= target)
    return result


def run_all(
    children: int,
    folder: Path,
    scratch: Path,
    backup_dir: Path | None = None,
    only: set[str] | None = None,
) -> dict[str, Any]:
    """Every measure, or those named in ``only``; a database kept from an earlier run (--keep)
    is reused when the demo is not among them."""
    db = folder / f"bench-{children}.sqlite3"
    reuse = only is not None and "demo" not in only and db.exists()
    if not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    run = Run(children=children, db=db, work=scratch, backup_dir=backup_dir)
    started = time.perf_counter()
    for m in MEASURES:
        if only is not None and m.name not in only and not (m.name == "demo" and not reuse):
            continue
        for key in m.keys:
            run.figures.setdefault(key, None)
        if m.name != "demo" and not db.exists():
            run.errors.append(f"{m.name}: skipped, no database")
            continue
        log(f"{m.name} …")
        try:
            run.figures.update(m.func(run))
        except Exception as exc:
            run.errors.append(f"{m.name}: {exc.__class__.__name__}: {exc}")
            log(f"{m.name} failed: {exc}")
    result: dict[str, Any] = {"children": children, **run.figures}
    result["targets"] = dict(TARGETS)
    result["meets_targets"] = meets(run.figures)
    result["machine"] = machine()
    result["details"] = run.notes
    result["errors"] = run.errors
    result["total_seconds"] = round(time.perf_counter() - started, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=100_000, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="make and keep the database in DIR"
    )
    parser.add_argument(
        "--backup-dir",
        type=Path,
        metavar="DIR",
        help="write the backup figures' files there (a USB stick); default: a scratch folder",
    )
    parser.add_argument(
        "--only",
        metavar="NAMES",
        help="comma-separated measures to run (e.g. home_page,indicators); with --keep DIR an"
        " existing database is reused instead of a new demo",
    )
    args = parser.parse_args(argv)
    only = {n.strip() for n in args.only.split(",") if n.strip()} if args.only else None
    if only is not None and (unknown := only - {m.name for m in MEASURES}):
        parser.error(f"unknown measures: {', '.join(sorted(unknown))}")
    if args.children < 1:
        parser.error("--children must be at least 1")
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    scratch = Path(tempfile.mkdtemp(prefix="commune-care-bench-"))
    try:
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            result = run_all(args.children, args.keep.resolve(), scratch, args.backup_dir, only)
            result["database"] = str(args.keep.resolve() / f"bench-{args.children}.sqlite3")
        else:
            result = run_all(args.children, scratch, scratch, args.backup_dir, only)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key, target in TARGETS.items():
            if result.get(key) is None and only is not None:
                continue
            ok = result["meets_targets"][key]
            mark = "?" if ok is None else ("ok" if ok else "OVER")
            print(f"{key:22} {result.get(key)!s:>10}  (target {target}) {mark}")
        for error in result["errors"]:
            print(f"error: {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
