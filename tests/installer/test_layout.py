"""The bundle's small rules: pins from the lock, the import path, the NSIS helpers, the check
that stripping kept every module the app imports."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from bundle import PTH, lock_pins, unpinned, write_pth
from imports_check import missing_modules
from nsis import version_quad, write_bundle_list


def test_lock_pins_are_read_by_normalised_name(tmp_path: Path) -> None:
    lock = tmp_path / "requirements.lock"
    lock.write_text(
        "# a comment with x==1\nPySide6_Essentials==6.9.3\nargon2-cffi==25.1.0  # later\n"
        'tzdata==2026.6 ; sys_platform == "win32"\n',
        encoding="utf-8",
    )
    assert lock_pins(lock) == {
        "pyside6-essentials": "6.9.3",
        "argon2-cffi": "25.1.0",
        "tzdata": "2026.6",
    }


def _dist(site: Path, name: str, version: str) -> None:
    info = site / f"{name}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
    )


def test_every_installed_package_must_have_the_locked_version(tmp_path: Path) -> None:
    _dist(tmp_path, "PySide6_Essentials", "6.9.3")
    _dist(tmp_path, "commune_care", "0.1.0")  # the app itself is not in the lock
    assert unpinned(tmp_path, {"pyside6-essentials": "6.9.3"}) == []

    _dist(tmp_path, "shiboken6", "6.10.0")
    _dist(tmp_path, "greenlet", "3.0.0")
    assert unpinned(tmp_path, {"pyside6-essentials": "6.9.3", "shiboken6": "6.9.3"}) == [
        "greenlet 3.0.0 (lock: not pinned)",
        "shiboken6 6.10.0 (lock: 6.9.3)",
    ]


def test_the_import_path_file_lists_the_bundle_folders_without_site(tmp_path: Path) -> None:
    write_pth(tmp_path)
    text = (tmp_path / PTH).read_bytes().decode("ascii")
    assert text.split("\r\n") == ["python311.zip", ".", r"Lib\site-packages", "app", ""]
    assert "import site" not in text


@pytest.mark.parametrize(
    ("version", "quad"), [("0.1.0", "0.1.0.0"), ("2", "2.0.0.0"), ("1.2.3.4.5", "1.2.3.4")]
)
def test_version_quad(version: str, quad: str) -> None:
    assert version_quad(version) == quad


def test_version_quad_refuses_a_version_without_number() -> None:
    with pytest.raises(ValueError):
        version_quad("dev")


def test_the_uninstall_list_names_exactly_the_bundle_top_level(tmp_path: Path) -> None:
    (tmp_path / "bundle" / "Lib").mkdir(parents=True)
    (tmp_path / "bundle" / "python.exe").write_bytes(b"")
    include = write_bundle_list(tmp_path / "bundle", tmp_path / "list.nsh")
    assert include.read_text(encoding="utf-8").splitlines() == [
        "!macro BUNDLE_REMOVE",
        '  RMDir /r "$INSTDIR\\Lib"',
        '  Delete "$INSTDIR\\python.exe"',
        "!macroend",
    ]


def test_modules_the_app_imports_must_survive_stripping(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    site = bundle / "Lib" / "site-packages"
    (site / "sqlalchemy" / "orm").mkdir(parents=True)
    (site / "sqlalchemy" / "orm" / "__init__.py").write_text("", encoding="utf-8")
    (site / "PySide6").mkdir()
    (site / "PySide6" / "QtCore.pyd").write_bytes(b"")
    (site / "reportlab").mkdir()
    with zipfile.ZipFile(bundle / "python311.zip", "w") as stdlib:
        stdlib.writestr("json/__init__.pyc", b"")
    app = bundle / "app" / "commune_care"
    app.mkdir(parents=True)
    (app / "a.py").write_text(
        "import json, math\nfrom sqlalchemy.orm import Session\n"
        "from PySide6 import QtCore, QtWidgets\nfrom reportlab.lib import colors\n"
        "from commune_care import paths\ntry:\n    import resource\nexcept ImportError:\n"
        "    pass\nimport tomllib\n",
        encoding="utf-8",
    )

    assert missing_modules(bundle, app) == ["PySide6.QtWidgets", "reportlab.lib", "tomllib"]
