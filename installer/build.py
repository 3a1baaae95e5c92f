#!/usr/bin/env python3
"""Build the Windows installer of commune_care on Linux (one command).

usage:
    python3 installer/build.py [--out DIR] [--cache DIR] [--fast]
    python3 installer/build.py --check [--wine]   the installer tests (pytest -m installer);
                                                  --wine also installs wine to run the installer

Runs inside the project's .venv (made by dev.py if missing, where ``pefile`` and Pillow come
from); installs Debian's ``nsis`` and ``osslsigncode`` with apt-get when run as root. Downloads
come from PyPI only, into the cache (installer/build/cache). Writes DIR/bundle (the app folder),
DIR/commune_care-<version>-setup.exe and DIR/build-report.json (default DIR: installer/dist).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOOLS = {"makensis": "nsis", "osslsigncode": "osslsigncode"}  # program -> Debian package
# For --check --wine: the installer is installed, started and uninstalled under wine.
WINE_TOOLS = {"wine64": "wine64", "x86_64-w64-mingw32-ld": "binutils-mingw-w64-x86-64"}
WINE_PATHS = ("/usr/lib/wine/wine64",)  # Debian's wine64 without the `wine` wrapper package


def _dev() -> ModuleType:
    """dev.py of the checkout: its .venv and apt-get helpers."""
    sys.path.insert(0, str(ROOT))
    import dev

    return dev


def ensure_venv() -> None:
    """Re-run this script with the .venv's Python (set up from requirements.lock if needed)."""
    dev = _dev()
    dev.ensure_venv()
    if Path(sys.prefix).resolve() == dev.VENV.resolve():
        return
    os.execv(str(dev.PY), [str(dev.PY), str(Path(__file__).resolve()), *sys.argv[1:]])


def _missing(tools: dict[str, str]) -> list[str]:
    found = {t for t in tools if shutil.which(t)} | {
        Path(p).name for p in WINE_PATHS if Path(p).is_file()
    }
    return sorted({pkg for tool, pkg in tools.items() if tool not in found})


def ensure_tools(wine: bool = False) -> None:
    missing = _missing({**TOOLS, **(WINE_TOOLS if wine else {})})
    if missing and not _dev().install_system_packages(missing):
        raise SystemExit(f"error: the build needs {', '.join(missing)} (see above)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="output folder (default installer/dist)")
    parser.add_argument("--cache", type=Path, help="download cache (default installer/build/cache)")
    parser.add_argument("--fast", action="store_true", help="zlib instead of LZMA: quick, larger")
    parser.add_argument("--check", action="store_true", help="run the installer tests instead")
    parser.add_argument(
        "--wine", action="store_true", help="with --check: install wine so the wine test runs too"
    )
    args = parser.parse_args(argv)
    ensure_venv()
    ensure_tools(wine=args.check and args.wine)
    if args.check:
        cmd = [sys.executable, "-m", "pytest", "-q", "-m", "installer", "tests/installer"]
        return subprocess.call(cmd, cwd=ROOT)
    sys.path.insert(0, str(HERE))
    import pipeline

    try:
        pipeline.build(
            out=args.out or pipeline.DEFAULT_OUT,
            cache=args.cache or pipeline.DEFAULT_CACHE,
            fast=args.fast,
        )
    except (pipeline.BuildError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
