"""Check that every DLL a bundle's binaries import is in the bundle or in Windows 10 1809 itself.

A Windows build assembled on Linux cannot be started here, so a DLL that is neither shipped nor
part of the oldest Windows we support would only show on the officer's PC ("The code execution
cannot proceed because X.dll was not found"). Reading the import tables with ``pefile`` finds it
at build time. Names are matched case-insensitively against every DLL in the bundle (the loader
finds an already-loaded module by name, and Python adds the package folders it needs), so the
check is about presence, not about the search order inside the bundle.

    python installer/dllcheck.py BUNDLE_DIR      # exit 1 and a list of offenders if any
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pefile
from windows_dlls import MINIMUM_WINDOWS, is_system_dll

BINARY_SUFFIXES = (".dll", ".pyd", ".exe")
AMD64 = pefile.MACHINE_TYPE["IMAGE_FILE_MACHINE_AMD64"]
_IMPORT_DIRECTORIES = [
    pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
    pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"],
]


@dataclass(frozen=True)
class PeImports:
    machine: int
    imports: tuple[str, ...]  # lower-case DLL names, load-time
    delay_imports: tuple[str, ...]  # loaded on first call


@dataclass(frozen=True)
class Offender:
    path: str  # relative to the bundle, with forward slashes
    problem: str


@dataclass
class Report:
    root: Path
    binaries: int = 0
    from_bundle: set[str] = field(default_factory=set)
    from_windows: set[str] = field(default_factory=set)
    offenders: list[Offender] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.offenders

    def text(self) -> str:
        lines = [
            f"DLL check of {self.root}: {self.binaries} binaries (.dll .pyd .exe); "
            f"{len(self.from_bundle)} DLLs imported from the bundle, "
            f"{len(self.from_windows)} from {MINIMUM_WINDOWS}."
        ]
        if self.ok:
            lines.append("OK: every import is in the bundle or in Windows.")
        else:
            lines.append(f"FAILED: {len(self.offenders)} problem(s):")
            lines.extend(f"  {o.path}: {o.problem}" for o in self.offenders)
        return "\n".join(lines)


def read_imports(path: Path) -> PeImports:
    """The machine type and imported DLL names of one PE file (``pefile.PEFormatError`` if not PE)."""
    pe = pefile.PE(str(path), fast_load=True)
    try:
        pe.parse_data_directories(directories=_IMPORT_DIRECTORIES)
        imports = tuple(
            e.dll.decode("ascii").lower() for e in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])
        )
        delay = tuple(
            e.dll.decode("ascii").lower() for e in getattr(pe, "DIRECTORY_ENTRY_DELAY_IMPORT", [])
        )
        return PeImports(pe.FILE_HEADER.Machine, imports, delay)
    finally:
        pe.close()


def binaries(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in BINARY_SUFFIXES)


def check_bundle(root: Path) -> Report:
    files = binaries(root)
    shipped = {p.name.lower() for p in files if p.suffix.lower() == ".dll"}
    report = Report(root=root, binaries=len(files))
    for path in files:
        rel = path.relative_to(root).as_posix()
        try:
            pe = read_imports(path)
        except pefile.PEFormatError as exc:
            report.offenders.append(Offender(rel, f"not a Windows binary ({exc.value})"))
            continue
        if pe.machine != AMD64:
            report.offenders.append(
                Offender(rel, f"not 64-bit x64 (machine 0x{pe.machine:04x}); the bundle is x64")
            )
        _check_names(report, rel, pe.imports, shipped, delay_loaded=False)
        _check_names(report, rel, pe.delay_imports, shipped, delay_loaded=True)
    return report


def _check_names(
    report: Report, rel: str, names: Iterable[str], shipped: set[str], *, delay_loaded: bool
) -> None:
    for name in names:
        if name in shipped:
            report.from_bundle.add(name)
        elif is_system_dll(name, delay_loaded=delay_loaded):
            report.from_windows.add(name)
        else:
            kind = "delay-loads" if delay_loaded else "imports"
            report.offenders.append(
                Offender(
                    rel, f"{kind} {name}, which is neither in the bundle nor in {MINIMUM_WINDOWS}"
                )
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the app folder as it will be installed")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"error: {args.bundle} is not a folder", file=sys.stderr)
        return 2
    report = check_bundle(args.bundle)
    print(report.text())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
