"""Run the Windows build under Debian's wine (optional: ``apt-get install wine64
binutils-mingw-w64-x86-64``). Not Windows, but the same files, loader, registry and paths.

Wine 8 (Debian 12) lacks ``bcryptprimitives.dll``, which Rust-built modules (pydantic_core,
cryptography) import for ``ProcessPrng``; Windows has it since 8. The prefix gets a stand-in
that forwards ``ProcessPrng`` to ``advapi32.SystemFunction036`` (RtlGenRandom), linked here
with mingw's binutils — only in the throw-away wine prefix, never in the bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path, PureWindowsPath

SHIM_ASM = ".text\n.globl DllMain\nDllMain:\n    mov $1, %eax\n    ret\n"
SHIM_DEF = "LIBRARY bcryptprimitives.dll\nEXPORTS\nProcessPrng = advapi32.SystemFunction036\n"
# Wine does not hand QT_QPA_PLATFORM to the program, so the app is started through this.
OFFSCREEN_RUNNER = """import os, runpy, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.argv = ["commune_care", *sys.argv[1:]]
runpy.run_module("commune_care", run_name="__main__", alter_sys=True)
"""


def wine_program() -> str | None:
    return shutil.which("wine64") or shutil.which("wine") or _existing("/usr/lib/wine/wine64")


def linker() -> str | None:
    return shutil.which("x86_64-w64-mingw32-ld")


def _existing(path: str) -> str | None:
    return path if Path(path).is_file() else None


def windows_path(path: Path) -> str:
    """How a Linux path looks from inside wine (drive Z: is /)."""
    return str(PureWindowsPath("Z:/", *path.resolve().parts[1:]))


class Wine:
    def __init__(self, prefix: Path) -> None:
        program = wine_program()
        assert program is not None
        self.program = program
        self.prefix = prefix
        # Wine hands the environment on: the tests' own data-folder override must not reach the
        # app, which is to find its per-user folders the Windows way.
        clean = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNE_CARE_")}
        self.env = {**clean, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all"}

    def run(self, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
        # stdin must be a real handle: with none, CPython under wine cannot set up sys.stdin
        return subprocess.run(
            [self.program, *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )

    def path(self, path: Path) -> str:
        """A Linux path as the programs inside wine see it: C: is the prefix's drive_c."""
        drive_c = self.prefix / "drive_c"
        if path.is_relative_to(drive_c):
            return str(PureWindowsPath("C:/", *path.relative_to(drive_c).parts))
        return windows_path(path)

    @property
    def local_appdata(self) -> Path:
        users = self.prefix / "drive_c" / "users"
        (user,) = [p for p in users.iterdir() if p.name != "Public"]
        return user / "AppData" / "Local"

    def boot(self, work: Path) -> None:
        """Create the prefix and add the bcryptprimitives stand-in."""
        self.run("wineboot", "--init")
        (work / "shim.s").write_text(SHIM_ASM, encoding="ascii")
        (work / "shim.def").write_text(SHIM_DEF, encoding="ascii")
        ld = linker()
        assert ld is not None
        assembler = ld.removesuffix("ld") + "as"
        subprocess.run([assembler, str(work / "shim.s"), "-o", str(work / "shim.o")], check=True)
        dll = work / "bcryptprimitives.dll"
        subprocess.run(
            [
                ld,
                "--shared",
                "-e",
                "DllMain",
                "-o",
                str(dll),
                str(work / "shim.o"),
                str(work / "shim.def"),
            ],
            check=True,
        )
        system32 = self.prefix / "drive_c" / "windows" / "system32"
        if not (system32 / dll.name).exists():
            shutil.copy2(dll, system32)
