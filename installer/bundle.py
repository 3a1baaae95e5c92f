"""Lay out the Windows app folder: the app, its pinned dependencies, resources and migrations.

Layout (INSTDIR is %LOCALAPPDATA%\\Programs\\commune_care once installed)::

    python.exe, pythonw.exe, python311.dll, python311.zip, *.pyd   embeddable CPython
    python311._pth          the import path: the stdlib zip, ., Lib\\site-packages, app
    Lib/site-packages/      the dependencies, win_amd64 wheels at the versions of requirements.lock
    app/commune_care/       the app (from its wheel)
    resources/, migrations/ found by paths.app_root(): app/commune_care/paths.py -> parents[2]
    commune_care.ico        shortcuts and the uninstall entry
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

PTH = "python311._pth"
PTH_LINES = ("python311.zip", ".", r"Lib\site-packages", "app")
APP_PACKAGE = "commune_care"


def site_packages(bundle: Path) -> Path:
    return bundle / "Lib" / "site-packages"


def normalise(name: str) -> str:
    """PEP 503 name: ``PySide6_Essentials`` and ``pyside6-essentials`` are one project."""
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_pins(lock: Path) -> dict[str, str]:
    """``name -> version`` of every ``name==version`` line of requirements.lock."""
    pins: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[normalise(name)] = version.split(";")[0].strip()
    return pins


def build_app_wheel(root: Path, wheel_dir: Path, python: str) -> Path:
    """A wheel of the app, built from a copy so the checkout gets no build/ or egg-info."""
    wheel_dir.mkdir(parents=True, exist_ok=True)
    for old in wheel_dir.glob(f"{APP_PACKAGE}-*.whl"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="commune-care-wheel-") as tmp:
        src = Path(tmp) / "project"
        src.mkdir()
        shutil.copy2(root / "pyproject.toml", src)
        shutil.copytree(
            root / "src", src / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
        )
        cmd = [python, "-m", "pip", "wheel", "--quiet", "--no-deps"]
        subprocess.run([*cmd, "--wheel-dir", str(wheel_dir), str(src)], check=True)
    (wheel,) = wheel_dir.glob(f"{APP_PACKAGE}-*.whl")
    return wheel


def install_packages(python: str, wheel: Path, lock: Path, site: Path) -> None:
    """The app and its dependencies as win_amd64 / CPython 3.11 wheels, pinned by the lock.

    The lock is a constraints file (as in dev.py): the app's own requirements decide *which*
    packages, the lock *which versions*, so dev-only pins are simply not installed and the
    markers of the lock need no Windows-specific copy."""
    cmd = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    cmd += ["--target", str(site), "--platform", "win_amd64", "--python-version", "3.11"]
    cmd += ["--implementation", "cp", "--abi", "cp311", "--only-binary=:all:", "--no-compile"]
    cmd += ["--constraint", str(lock), str(wheel)]
    subprocess.run(cmd, check=True)


def installed_versions(site: Path) -> dict[str, str]:
    versions: dict[str, str] = {}
    for metadata in site.glob("*.dist-info/METADATA"):
        fields = dict(
            line.split(": ", 1)
            for line in metadata.read_text(encoding="utf-8").splitlines()[:20]
            if ": " in line
        )
        versions[normalise(fields["Name"])] = fields["Version"]
    return versions


def unpinned(site: Path, pins: dict[str, str]) -> list[str]:
    """Installed distributions whose version the lock does not pin exactly (the app excepted)."""
    problems = []
    for name, version in sorted(installed_versions(site).items()):
        if name == normalise(APP_PACKAGE):
            continue
        if pins.get(name) != version:
            problems.append(f"{name} {version} (lock: {pins.get(name, 'not pinned')})")
    return problems


def move_app(site: Path, bundle: Path) -> Path:
    """Move the app's package out of site-packages to ``app/`` (see the layout above)."""
    app = bundle / "app"
    app.mkdir(exist_ok=True)
    for path in [site / APP_PACKAGE, *site.glob(f"{APP_PACKAGE}-*.dist-info")]:
        shutil.move(str(path), str(app / path.name))
    return app / APP_PACKAGE


def copy_resources(root: Path, bundle: Path) -> None:
    """Fonts with their licence, the icon, compiled translations (.qm only), migrations."""
    res = root / "resources"
    out = bundle / "resources"
    (out / "fonts").mkdir(parents=True)
    for font in [*sorted((res / "fonts").glob("*.ttf")), res / "fonts" / "LICENSE-OFL.txt"]:
        shutil.copy2(font, out / "fonts")
    (out / "icons").mkdir()
    shutil.copy2(res / "icons" / "commune_care.png", out / "icons")
    (out / "i18n").mkdir()
    for ts in sorted((res / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            raise FileNotFoundError(f"{qm} is missing or older than {ts.name}: compile it first")
        shutil.copy2(qm, out / "i18n")
    migrations = bundle / "migrations"
    (migrations / "versions").mkdir(parents=True)
    for name in ("env.py", "script.py.mako"):
        shutil.copy2(root / "migrations" / name, migrations)
    for script in sorted((root / "migrations" / "versions").glob("*.py")):
        shutil.copy2(script, migrations / "versions")


def write_pth(bundle: Path) -> None:
    """Replace python.org's ._pth: no ``import site`` (nothing here needs .pth files, and the
    user's own site-packages must never leak in), CRLF as Windows writes it."""
    (bundle / PTH).write_bytes(("\r\n".join(PTH_LINES) + "\r\n").encode("ascii"))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
