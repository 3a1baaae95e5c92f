"""Compile installer/commune_care.nsi with makensis into the one .exe the officer double-clicks."""

from __future__ import annotations

import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "commune_care.nsi"


def version_quad(version: str) -> str:
    """``0.1.0`` -> ``0.1.0.0``: VIProductVersion wants four numbers."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    if not numbers:
        raise ValueError(f"version {version!r} has no number")
    return ".".join(str(n) for n in [*numbers, 0, 0, 0][:4])


def write_bundle_list(bundle: Path, include: Path) -> Path:
    """An NSIS macro removing exactly the bundle's top-level files and folders: the uninstaller
    and an upgrade never ``RMDir /r $INSTDIR`` (the user may have chosen a folder of their own)."""
    lines = ["!macro BUNDLE_REMOVE"]
    for path in sorted(bundle.iterdir()):
        if path.is_dir():
            lines.append(f'  RMDir /r "$INSTDIR\\{path.name}"')
        else:
            lines.append(f'  Delete "$INSTDIR\\{path.name}"')
    lines.append("!macroend")
    include.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return include


def compile_installer(
    *,
    bundle: Path,
    out_file: Path,
    icon: Path,
    version: str,
    installed_kb: int,
    work: Path,
    fast: bool = False,
) -> Path:
    """Run makensis; ``fast`` uses zlib instead of solid LZMA (for tests: seconds, not a minute)."""
    bundle_list = write_bundle_list(bundle, work / "bundle_files.nsh")
    defines = {
        "APP_VERSION": version,
        "VERSION_QUAD": version_quad(version),
        "BUNDLE_DIR": str(bundle),
        "OUT_FILE": str(out_file),
        "ICON_FILE": str(icon),
        "INSTALLED_KB": str(installed_kb),
        "COMPRESSOR": "zlib" if fast else "lzma",
        "BUNDLE_LIST": str(bundle_list),
    }
    cmd = ["makensis", "-V2", "-INPUTCHARSET", "UTF8"]
    cmd += [f"-D{key}={value}" for key, value in defines.items()]
    cmd.append(str(SCRIPT))
    out_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(cmd, check=True)
    return out_file
