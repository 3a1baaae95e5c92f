"""Leave out of the bundle what the app never loads: most of Qt, tools, stubs, tests, caches.

What the app needs from Qt is read from its code (QtCore, QtGui, QtWidgets, QtPrintSupport);
``imports_check.py`` proves after stripping that every module the app imports is still there.
The Qt and MSVC runtime DLLs kept are exactly those the kept modules and plugins import,
directly or through each other (read from their import tables), so a Qt DLL nothing links to —
QtQuick, QtQml, Designer, WebEngine, the software OpenGL fallback — goes.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dllcheck import read_imports

# The Qt modules the app imports (checked by imports_check.py against the code).
QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"})
# Qt plugins Qt loads at run time for a widgets app on Windows. qoffscreen draws without a
# screen (QT_QPA_PLATFORM=offscreen), useful to support staff and smoke tests.
QT_PLUGINS = frozenset(
    {
        "platforms/qwindows.dll",
        "platforms/qoffscreen.dll",
        "styles/qmodernwindowsstyle.dll",  # the Windows 10 / 11 look
    }
)
# Folders of the PySide6 wheel for QML, code generation and the developer tools.
PYSIDE_FOLDERS = (
    "qml",
    "include",
    "typesystems",
    "glue",
    "doc",
    "metatypes",
    "resources",
    "scripts",
)
# Qt ships no qtbase_vi; the app brings its own (resources/i18n), so all of Qt's go.
TRANSLATIONS_KEPT_PREFIX = "qtbase_vi"
RUNTIME_FOLDERS = ("PySide6", "shiboken6")  # where unreachable DLLs are pruned
# Optional Pillow codecs (AVIF alone is 8 MB): Pillow runs without them, and the app reads no
# image (reportlab draws text; pypdfium2 renders into Qt images).
PILLOW_OPTIONAL = ("_avif", "_webp")
# holidays' translated names: the app asks for Vietnamese only (domain/working_days.py).
HOLIDAYS_LANGUAGES_KEPT = frozenset({"vi"})
TEST_FOLDERS = frozenset({"tests", "test", "testing_data"})
JUNK_SUFFIXES = (".pyi", ".pyc", ".lib", ".exe", ".h", ".cpp")
PACKAGES_KEEPING_SUFFIXES = {".h": ("cffi",)}  # cffi reads its headers when it builds at run time


@dataclass
class StripReport:
    removed_files: int = 0
    removed_bytes: int = 0
    removed: list[str] = field(default_factory=list)  # notable removals, for the log

    def note(self, path: Path, site: Path) -> None:
        self.removed.append(path.relative_to(site).as_posix())


def _size(path: Path) -> tuple[int, int]:
    if path.is_file():
        return 1, path.stat().st_size
    files = [p for p in path.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def _remove(path: Path, report: StripReport) -> None:
    count, size = _size(path)
    report.removed_files += count
    report.removed_bytes += size
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()


def strip(site: Path) -> StripReport:
    """Trim ``site`` (the bundle's site-packages) in place."""
    report = StripReport()
    pyside = site / "PySide6"
    for name in PYSIDE_FOLDERS:
        if (pyside / name).exists():
            report.note(pyside / name, site)
            _remove(pyside / name, report)
    for module in sorted(pyside.glob("Qt*.pyd")):
        if module.stem.split(".")[0] not in QT_MODULES:
            _remove(module, report)
    for qm in sorted((pyside / "translations").glob("*.qm")):
        if not qm.name.startswith(TRANSLATIONS_KEPT_PREFIX):
            _remove(qm, report)
    plugins = pyside / "plugins"
    for plugin in sorted(p for p in plugins.rglob("*") if p.is_file()):
        if plugin.relative_to(plugins).as_posix() not in QT_PLUGINS:
            _remove(plugin, report)
    _remove_empty_folders(plugins)
    for codec in PILLOW_OPTIONAL:
        for module in sorted((site / "PIL").glob(f"{codec}.*.pyd")):
            _remove(module, report)
    for language in sorted((site / "holidays" / "locale").glob("*")):
        if language.is_dir() and language.name not in HOLIDAYS_LANGUAGES_KEPT:
            _remove(language, report)
    if (site / "bin").is_dir():  # pip --target's Linux console scripts
        _remove(site / "bin", report)
    _remove_junk(site, report)
    _prune_unreachable_dlls(site, report)
    return report


def _remove_junk(site: Path, report: StripReport) -> None:
    for folder in sorted(p for p in site.rglob("*") if p.is_dir()):
        if folder.exists() and (folder.name == "__pycache__" or folder.name in TEST_FOLDERS):
            _remove(folder, report)
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix not in JUNK_SUFFIXES:
            continue
        top = path.relative_to(site).parts[0]
        if top in PACKAGES_KEEPING_SUFFIXES.get(suffix, ()):
            continue
        _remove(path, report)


def _prune_unreachable_dlls(site: Path, report: StripReport) -> None:
    """Drop DLLs of the Qt and C++ runtime folders that no kept binary imports."""
    runtime = [site / name for name in RUNTIME_FOLDERS]
    pruned = [p for folder in runtime if folder.is_dir() for p in folder.glob("*.dll")]
    candidates = {p.name.lower(): p for p in pruned}
    binaries = (p for p in site.rglob("*") if p.suffix.lower() in (".dll", ".pyd"))
    roots = [p for p in binaries if p not in pruned]  # modules, plugins, other packages' DLLs
    needed = _closure(roots, candidates)
    for folder in runtime:
        for dll in sorted(folder.glob("*.dll")):
            if dll.name.lower() not in needed:
                report.note(dll, site)
                _remove(dll, report)


def _closure(roots: Iterable[Path], by_name: dict[str, Path]) -> set[str]:
    """Names in ``by_name`` reachable through import tables from ``roots``."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        pe = read_imports(todo.pop())
        for name in (*pe.imports, *pe.delay_imports):
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name])
    return seen


def _remove_empty_folders(root: Path) -> None:
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
