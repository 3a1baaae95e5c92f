#!/usr/bin/env python3
"""Developer bootstrap for commune_care (standard library only, Windows and Linux).

usage:
    python dev.py start [app args...]     set up .venv, then run the app
    python dev.py test  [pytest args...]  set up .venv, then run the tests offscreen
    python dev.py check                   ruff check, ruff format --check, mypy, lint-imports
    python dev.py translations            update resources/i18n/*.ts from the sources, compile .qm

Setup makes .venv if missing and reinstalls (pip install -c requirements.lock -e .[dev])
only when pyproject.toml or requirements.lock changed since the last successful install.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
IS_WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if IS_WINDOWS else "bin")
PY = BIN / ("python.exe" if IS_WINDOWS else "python")
STAMP = VENV / ".commune-care-install.sha256"
INSTALL_INPUTS = ("pyproject.toml", "requirements.lock")
MIN_PYTHON = (3, 11)
MIN_PIP = (23, 1)

# Shared libraries Qt loads even offscreen on Linux, and the Debian package shipping each.
QT_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# Programs the export tests use to read PDFs back.
TOOLS = {"pdftoppm": "poppler-utils", "pdftotext": "poppler-utils"}


def log(message: str) -> None:
    print(f"[dev] {message}", file=sys.stderr, flush=True)


def run(cmd: Sequence[object], **kwargs: Any) -> int:
    return subprocess.call([str(part) for part in cmd], **kwargs)


def fail(message: str) -> NoReturn:
    log(f"error: {message}")
    raise SystemExit(1)


def venv_pip_version() -> tuple[int, ...] | None:
    """The pip version inside .venv, or None if .venv or its pip is unusable."""
    try:
        proc = subprocess.run([str(PY), "-m", "pip", "--version"], capture_output=True, text=True)
    except OSError:  # no .venv yet, or its python is broken
        return None
    if proc.returncode != 0 or not proc.stdout.startswith("pip "):
        return None
    return tuple(int(p) for p in proc.stdout.split()[1].split(".")[:2] if p.isdigit())


def install_digest() -> str:
    digest = hashlib.sha256()
    for name in INSTALL_INPUTS:
        path = ROOT / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()


def ensure_venv() -> None:
    pip_version = venv_pip_version()
    if pip_version is None:
        log(f"creating {VENV.name} with Python {platform.python_version()} ({sys.executable})")
        if run([sys.executable, "-m", "venv", "--clear", VENV]) != 0:
            hint = " (on Debian/Ubuntu: apt-get install python3-venv)" if not IS_WINDOWS else ""
            fail(f"could not create {VENV}{hint}")
        pip_version = venv_pip_version() or (0,)
    if pip_version < MIN_PIP:
        log(f"upgrading pip in {VENV.name}")
        if run([PY, "-m", "pip", "install", "--upgrade", f"pip>={MIN_PIP[0]}.{MIN_PIP[1]}"]) != 0:
            fail("could not upgrade pip")
    digest = install_digest()
    if STAMP.exists() and STAMP.read_text(encoding="ascii").strip() == digest:
        return
    log("installing dependencies (pyproject.toml or requirements.lock changed)")
    cmd = [PY, "-m", "pip", "install", "-c", "requirements.lock", "-e", ".[dev]"]
    if run(cmd, cwd=ROOT) != 0:
        fail("pip install failed; fix the error above and run again")
    STAMP.write_text(digest + "\n", encoding="ascii")
    log("dependencies installed")


def shared_libraries() -> set[str]:
    """Sonames in the dynamic linker's cache (empty if ldconfig is unavailable)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    try:
        out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    except OSError:
        return set()
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def has_library(soname: str, cache: set[str]) -> bool:
    short_name = soname.removeprefix("lib").split(".so")[0]  # "libEGL.so.1" -> "EGL"
    return soname in cache or ctypes.util.find_library(short_name) == soname


def ensure_linux_test_deps() -> None:
    """Qt's offscreen libraries and poppler-utils; apt-get installs them when we are root."""
    if not sys.platform.startswith("linux"):
        return
    cache = shared_libraries()
    missing = {pkg for lib, pkg in QT_LIBS.items() if not has_library(lib, cache)}
    missing |= {pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None}
    if missing and not install_system_packages(sorted(missing)):
        log("warning: Qt or PDF tests may fail without them")


def install_system_packages(packages: Sequence[str]) -> bool:
    """apt-get install ``packages`` when we are root (waiting for another apt to finish);
    otherwise print the command to run. True when they were installed."""
    install = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log(f"installing system packages: {' '.join(packages)}")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        quiet = {"env": env, "stdin": subprocess.DEVNULL}
        wait = ["-o", "DPkg::Lock::Timeout=600"]
        if run(["apt-get", *wait, "update"], **quiet) == 0 and run(install + wait, **quiet) == 0:
            return True
        log("warning: apt-get failed")
        return False
    log(f"missing system packages: {' '.join(packages)}; install them with:")
    log(f"    sudo apt-get update && sudo {' '.join(install)}")
    return False


def tool(name: str) -> Path:
    return BIN / (f"{name}.exe" if IS_WINDOWS else name)


def translation_sources() -> list[Path]:
    """The Python files whose tr() strings make up the app's Vietnamese translation."""
    package = ROOT / "src" / "commune_care"
    return sorted(
        p
        for p in package.rglob("*.py")
        if re.search(r"\btr\(|\btranslate\(", p.read_text(encoding="utf-8"))
    )


def build_translations() -> None:
    """Compile resources/i18n/*.ts to .qm when the .qm is missing or older (a build output)."""
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if run([tool("pyside6-lrelease"), "-silent", ts, "-qm", qm]) != 0:
            fail(f"could not compile {ts.name}")


def cmd_translations(args: list[str]) -> int:
    """Refresh the .ts files from the sources (new strings appear as unfinished), then compile."""
    ensure_venv()
    sources = [p.relative_to(ROOT) for p in translation_sources()]
    ts = Path("resources") / "i18n" / "commune_care_vi.ts"
    code = run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", ts, *args], cwd=ROOT)
    if code == 0:
        build_translations()
    return code


def cmd_start(args: list[str]) -> int:
    ensure_venv()
    build_translations()
    return run([PY, "-m", "commune_care", *args])


def cmd_test(args: list[str]) -> int:
    ensure_linux_test_deps()
    ensure_venv()
    build_translations()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    log(f"running pytest (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})")
    code = run([PY, "-m", "pytest", *args], cwd=ROOT, env=env)
    if code == 5:
        log("pytest collected no tests; treating that as success")
        return 0
    return code


def cmd_check(args: list[str]) -> int:
    ensure_venv()
    lint_imports = BIN / ("lint-imports.exe" if IS_WINDOWS else "lint-imports")
    checks: list[tuple[str, list[object]]] = [
        ("ruff check", [PY, "-m", "ruff", "check", ".", *args]),
        ("ruff format --check", [PY, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [PY, "-m", "mypy"]),
        ("lint-imports", [lint_imports]),
    ]
    for label, cmd in checks:
        log(f"running {label}")
        code = run(cmd, cwd=ROOT)
        if code != 0:
            log(f"{label} failed (exit code {code})")
            return code
    log("all checks passed")
    return 0


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "start": cmd_start,
    "test": cmd_test,
    "check": cmd_check,
    "translations": cmd_translations,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    if sys.version_info < MIN_PYTHON:
        fail(f"Python 3.11+ is required, this is {platform.python_version()}")
    try:
        return COMMANDS[argv[0]](argv[1:])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
