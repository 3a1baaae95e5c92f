"""Install, start and uninstall the real installer under wine (``-m installer``; skipped
without wine64 and mingw's binutils). What this shows and what only Windows can: see
docs/decisions/installer.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from pipeline import BuildResult

from tests.installer.wine import OFFSCREEN_RUNNER, Wine, linker, wine_program

pytestmark = [
    pytest.mark.installer,
    pytest.mark.skipif(
        wine_program() is None or linker() is None,
        reason="needs wine64 and binutils-mingw-w64-x86-64 (python3 installer/build.py --check --wine)",
    ),
]
SHORTCUT = "Quản lý trẻ em.lnk"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\commune_care"


def test_install_start_and_uninstall_keep_the_data(built: BuildResult, tmp_path: Path) -> None:
    wine = Wine(tmp_path / "prefix")
    wine.boot(tmp_path)

    assert wine.run(wine.path(Path(built.installer)), "/S").returncode == 0

    local = wine.local_appdata
    program = local / "Programs" / "commune_care"
    user = local.parent.parent
    start_menu = user / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
    assert (program / "pythonw.exe").is_file() and (program / "uninstall.exe").is_file()
    assert (start_menu / SHORTCUT).is_file() and (user / "Desktop" / SHORTCUT).is_file()
    assert list((program / "app" / "commune_care").glob("__pycache__/*.pyc")), "not compiled"
    entry = wine.run("reg", "query", UNINSTALL_KEY).stdout
    assert "DisplayVersion" in entry and built.version in entry

    # The default database in the per-user data folder, as the officer's first start makes it.
    data = local / "commune_care" / "commune_care"
    python = wine.path(program / "python.exe")
    demo = wine.run(python, "-m", "commune_care", "demo", "--children", "60", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    assert (data / "commune_care.sqlite3").is_file()

    runner = tmp_path / "offscreen.py"
    runner.write_text(OFFSCREEN_RUNNER, encoding="utf-8")
    started = wine.run(python, wine.path(runner), "--exit-when-ready")
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("READY ")

    # The shortcut's pythonw.exe has no console: an error must still be a clean exit code.
    pythonw = wine.path(program / "pythonw.exe")
    refused = wine.run(
        pythonw, "-m", "commune_care", "children", "search", "a", "--db", r"Z:\no\x.db"
    )
    assert refused.returncode == 2

    uninstaller = wine.path(program / "uninstall.exe")
    # _?= runs the uninstaller in place and waits (it then cannot delete itself)
    assert wine.run(uninstaller, "/S", f"_?={wine.path(program)}").returncode == 0
    assert [p.name for p in program.iterdir()] == ["uninstall.exe"]
    assert not (start_menu / SHORTCUT).exists() and not (user / "Desktop" / SHORTCUT).exists()
    assert wine.run("reg", "query", UNINSTALL_KEY).returncode != 0
    assert (data / "commune_care.sqlite3").is_file(), "the uninstaller must keep the data"
    assert (data / "Logs" / "commune_care.log").is_file()
