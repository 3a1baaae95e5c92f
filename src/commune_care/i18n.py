"""The Vietnamese interface: Qt translators for the app's strings and Qt's own dialogs.

Sources are English in the code (``self.tr``); ``resources/i18n/commune_care_vi.ts`` is the
complete Vietnamese translation and ``qtbase_vi.ts`` ours for Qt's standard buttons, since Qt
ships no ``qtbase_vi``. ``dev.py`` and the installer compile them to ``.qm``; a checkout run
without them compiles on first start into the per-user folder, so the UI is never English.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from commune_care import paths

log = logging.getLogger("commune_care.i18n")

LANGUAGE = "vi"
CATALOGUES = ("qtbase", "commune_care")


def _lrelease() -> str | None:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    return shutil.which("pyside6-lrelease")


def compiled_catalogue(name: str) -> Path | None:
    """The ``.qm`` of ``name``: next to its ``.ts`` when up to date, else compiled into the
    per-user cache; None when there is neither."""
    ts = paths.resources_dir() / "i18n" / f"{name}_{LANGUAGE}.ts"
    qm = ts.with_suffix(".qm")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return qm if qm.exists() else None
    cached = paths.data_dir() / "i18n" / qm.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return qm if qm.exists() else None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(cached)], check=True, capture_output=True
        )
    except (OSError, subprocess.CalledProcessError):
        log.warning("Could not compile %s", ts, exc_info=True)
        return qm if qm.exists() else None
    return cached


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Load Vietnamese into ``app``; returns the translators (keep them alive)."""
    QLocale.setDefault(QLocale("vi_VN"))
    translators: list[QTranslator] = []
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{LANGUAGE}", qt_dir):  # a Qt build that has it wins
        app.installTranslator(qt_own)
        translators.append(qt_own)
        names: tuple[str, ...] = CATALOGUES[1:]
    else:
        names = CATALOGUES
    for name in names:
        qm = compiled_catalogue(name)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("No Vietnamese translation %s; that part of the UI stays English", name)
    return translators
