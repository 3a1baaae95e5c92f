"""The real build (``pytest -m installer`` or ``python3 installer/build.py --check``): downloads
from PyPI once into installer/build/cache, then about a minute."""

from __future__ import annotations

import shutil
from pathlib import Path

import pefile
import pytest
from bundle import lock_pins
from dllcheck import check_bundle
from embedded_python import check_signature
from imports_check import missing_modules
from pipeline import ROOT, BuildResult

pytestmark = pytest.mark.installer
MB = 1024 * 1024


def test_the_bundle_has_the_expected_tree(built: BuildResult) -> None:
    bundle = Path(built.bundle)
    for name in [
        "python.exe",
        "pythonw.exe",
        "python311.dll",
        "python311.zip",
        "_sqlite3.pyd",
        "commune_care.ico",
        "app/commune_care/__main__.py",
        "app/commune_care/paths.py",
        "Lib/site-packages/PySide6/QtWidgets.pyd",
        "Lib/site-packages/PySide6/QtPrintSupport.pyd",
        "Lib/site-packages/PySide6/Qt6Widgets.dll",
        "Lib/site-packages/PySide6/plugins/platforms/qwindows.dll",
        "Lib/site-packages/PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "Lib/site-packages/shiboken6/Shiboken.pyd",
        "Lib/site-packages/pydantic_core",
        "Lib/site-packages/holidays/locale/vi/LC_MESSAGES/VN.mo",
        "resources/fonts/LiberationSans-Regular.ttf",
        "resources/fonts/LICENSE-OFL.txt",
        "resources/i18n/commune_care_vi.qm",
        "resources/i18n/qtbase_vi.qm",
        "resources/icons/commune_care.png",
        "migrations/env.py",
        "migrations/versions/0001_initial_register.py",
    ]:
        assert (bundle / name).exists(), name
    assert (bundle / "python311._pth").read_text(encoding="ascii").split() == [
        "python311.zip",
        ".",
        r"Lib\site-packages",
        "app",
    ]
    site = bundle / "Lib" / "site-packages"
    for gone in [
        "PySide6/QtQml.pyd",
        "PySide6/QtQuick.pyd",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt6Qml.dll",
        "PySide6/Qt6Designer.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/designer.exe",
        "PySide6/qml",
        "PySide6/plugins/sqldrivers",
        "PySide6/translations/qtbase_de.qm",
        "commune_care",  # moved to app/
        "bin",
    ]:
        assert not (site / gone).exists(), gone
    leftovers = [p for p in bundle.rglob("*") if p.name == "__pycache__" or p.suffix == ".pyi"]
    assert leftovers == []
    assert list((bundle / "resources" / "i18n").glob("*.ts")) == []


def test_the_packages_are_the_locked_ones(built: BuildResult) -> None:
    pins = lock_pins(ROOT / "requirements.lock")
    assert built.packages["pyside6-essentials"] == pins["pyside6-essentials"]
    major, minor = (int(n) for n in built.packages["pyside6-essentials"].split(".")[:2])
    assert (major, minor) < (6, 10)  # Qt 6.10 needs the ICU of Windows 10 1903
    dependencies = {k: v for k, v in built.packages.items() if k != "commune-care"}
    assert {name: pins.get(name) for name in dependencies} == dependencies
    assert "pytest" not in built.packages and "pefile" not in built.packages  # dev only


def test_the_dll_check_passes_on_the_real_bundle(built: BuildResult) -> None:
    report = check_bundle(Path(built.bundle))
    assert report.ok, report.text()
    assert report.binaries > 50
    assert {"qt6core.dll", "python311.dll", "vcruntime140.dll"} <= report.from_bundle


def test_every_module_the_app_imports_is_in_the_bundle(built: BuildResult) -> None:
    bundle = Path(built.bundle)
    assert missing_modules(bundle, bundle / "app" / "commune_care") == []


def test_the_signature_check_rejects_a_modified_python(built: BuildResult, tmp_path: Path) -> None:
    good = check_signature(Path(built.bundle) / "python.exe")
    assert good.verified and good.signer == "Python Software Foundation"
    changed = tmp_path / "python.exe"
    shutil.copy2(Path(built.bundle) / "python.exe", changed)
    data = bytearray(changed.read_bytes())
    data[0x1000] ^= 0xFF  # one byte of code
    changed.write_bytes(bytes(data))

    bad = check_signature(changed)

    assert not bad.verified and not bad.digest_ok


def test_the_installer_is_a_64_bit_exe_with_version_information(built: BuildResult) -> None:
    pe = pefile.PE(built.installer)
    try:
        assert pe.FILE_HEADER.Machine == pefile.MACHINE_TYPE["IMAGE_FILE_MACHINE_AMD64"]
        strings = {
            key.decode(): value.decode()
            for info in pe.FileInfo[0]
            if info.Key == b"StringFileInfo"
            for table in info.StringTable
            for key, value in table.entries.items()
        }
        tables = [
            t.LangID for i in pe.FileInfo[0] if i.Key == b"StringFileInfo" for t in i.StringTable
        ]
    finally:
        pe.close()
    assert strings["ProductVersion"] == built.version
    assert strings["ProductName"] == "Quản lý trẻ em và bảo vệ trẻ em cấp xã"
    assert tables[0].lower().startswith(b"042a")  # Vietnamese


def test_sizes_stay_small(built: BuildResult) -> None:
    # zlib here (the test build); the release build's LZMA is about a third smaller
    assert built.installer_bytes < 70 * MB
    assert built.bundle_bytes < 150 * MB
    assert built.stripped_bytes > 100 * MB
