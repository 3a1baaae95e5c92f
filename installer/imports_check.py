"""Prove that stripping left every module the app imports: read the app's code, look in the bundle.

The bundle cannot be run here (it is Windows Python), so each ``import`` in the app's sources is
resolved against the bundle's files: the standard library in ``python311.zip`` or a ``.pyd``
next to ``python.exe`` (or built into ``python311.dll``), third-party modules in
``Lib/site-packages`` down to the submodule named, PySide6 modules as their ``.pyd``.
"""

from __future__ import annotations

import ast
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

# Modules compiled into python311.dll on Windows (CPython's PC/config.c), so no file shows them.
WINDOWS_BUILTINS = frozenset(
    [
        "_abc",
        "_ast",
        "_bisect",
        "_blake2",
        "_codecs",
        "_collections",
        "_contextvars",
        "_csv",
        "_datetime",
        "_functools",
        "_heapq",
        "_imp",
        "_io",
        "_json",
        "_locale",
        "_lsprof",
        "_md5",
        "_opcode",
        "_operator",
        "_pickle",
        "_random",
        "_sha1",
        "_sha256",
        "_sha3",
        "_sha512",
        "_signal",
        "_sre",
        "_stat",
        "_statistics",
        "_string",
        "_struct",
        "_symtable",
        "_thread",
        "_tokenize",
        "_tracemalloc",
        "_typing",
        "_warnings",
        "_weakref",
        "_winapi",
        "array",
        "atexit",
        "audioop",
        "binascii",
        "builtins",
        "cmath",
        "errno",
        "faulthandler",
        "gc",
        "itertools",
        "marshal",
        "math",
        "mmap",
        "msvcrt",
        "nt",
        "signal",
        "sys",
        "time",
        "winreg",
        "xxsubtype",
        "zlib",
    ]
)
# Imported by the app only inside ``try`` on POSIX (memory figure of the benchmark).
POSIX_ONLY = frozenset({"resource", "fcntl", "termios", "pwd", "grp", "posix"})


def imported_modules(package: Path) -> set[str]:
    """Absolute module names imported anywhere in ``package``'s sources."""
    names: set[str] = set()
    for source in package.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
                if node.module == "PySide6":  # "from PySide6 import QtCore": a submodule
                    names.update(f"PySide6.{alias.name}" for alias in node.names)
    return names


def _stdlib_entries(bundle: Path) -> set[str]:
    with zipfile.ZipFile(bundle / "python311.zip") as archive:
        entries = set(archive.namelist())
    tops = {e.split("/")[0].removesuffix(".pyc") for e in entries}
    tops |= {p.name.split(".")[0] for p in bundle.glob("*.pyd")}
    return tops


def _module_file_exists(site: Path, dotted: str) -> bool:
    path = site.joinpath(*dotted.split("."))
    if path.is_dir() or path.with_suffix(".py").is_file():
        return True
    return any(path.parent.glob(f"{path.name}.*.pyd")) or path.with_suffix(".pyd").is_file()


def _parents(dotted: str) -> Iterator[str]:
    parts = dotted.split(".")
    for i in range(1, len(parts) + 1):
        yield ".".join(parts[:i])


def missing_modules(bundle: Path, app_package: Path) -> list[str]:
    """Modules the app imports that the bundle lacks (empty: nothing needed was stripped)."""
    site = bundle / "Lib" / "site-packages"
    stdlib_here = _stdlib_entries(bundle)
    missing: list[str] = []
    for name in sorted(imported_modules(app_package)):
        top = name.split(".")[0]
        if top == app_package.name or top in POSIX_ONLY or top == "__future__":
            continue
        if top in sys.stdlib_module_names:
            if top not in stdlib_here and top not in WINDOWS_BUILTINS:
                missing.append(name)
            continue
        # "from x.y import Name": x.y must exist; Name may be a class, so only modules are checked
        if not all(_module_file_exists(site, part) for part in _parents(name)):
            missing.append(name)
    return missing
