"""The DLL check on small synthetic DLLs: what passes, what is reported and how."""

from __future__ import annotations

from pathlib import Path

import pytest
from dllcheck import check_bundle, main
from windows_dlls import is_system_dll

from tests.installer.pe_samples import I386, write_dll

WINDOWS = ["KERNEL32.dll", "USER32.dll", "api-ms-win-crt-runtime-l1-1-0.dll"]


def test_imports_from_windows_and_from_the_bundle_pass(tmp_path: Path) -> None:
    write_dll(tmp_path / "Qt6Core.dll", WINDOWS)
    write_dll(tmp_path / "pkg" / "QtCore.pyd", [*WINDOWS, "qt6core.DLL"])

    report = check_bundle(tmp_path)

    assert report.ok, report.text()
    assert report.binaries == 2
    assert report.from_bundle == {"qt6core.dll"}
    assert "kernel32.dll" in report.from_windows


def test_a_dll_newer_than_windows_10_1809_is_reported_with_its_importer(tmp_path: Path) -> None:
    write_dll(tmp_path / "PySide6" / "Qt6Core.dll", [*WINDOWS, "icu.dll"])

    report = check_bundle(tmp_path)

    assert not report.ok
    assert [(o.path, o.problem.split(",")[0]) for o in report.offenders] == [
        ("PySide6/Qt6Core.dll", "imports icu.dll")
    ]
    assert "PySide6/Qt6Core.dll: imports icu.dll" in report.text()


def test_the_visual_cpp_runtime_must_be_shipped(tmp_path: Path) -> None:
    write_dll(tmp_path / "a.pyd", ["vcruntime140.dll", "msvcp140.dll"])
    assert {o.problem.split(",")[0].split()[1] for o in check_bundle(tmp_path).offenders} == {
        "vcruntime140.dll",
        "msvcp140.dll",
    }
    write_dll(tmp_path / "vcruntime140.dll", WINDOWS)
    write_dll(tmp_path / "msvcp140.dll", ["vcruntime140.dll"])
    assert check_bundle(tmp_path).ok


def test_a_32_bit_dll_and_a_file_that_is_no_dll_are_offenders(tmp_path: Path) -> None:
    write_dll(tmp_path / "old.dll", WINDOWS, machine=I386)
    (tmp_path / "broken.pyd").write_bytes(b"not a PE file at all")

    problems = {o.path: o.problem for o in check_bundle(tmp_path).offenders}

    assert problems["old.dll"].startswith("not 64-bit")
    assert problems["broken.pyd"].startswith("not a Windows binary")


@pytest.mark.parametrize(
    ("name", "delay_loaded", "expected"),
    [
        ("api-ms-win-crt-stdio-l1-1-0.dll", False, True),  # Universal CRT, every Windows 10
        ("API-MS-WIN-CORE-SYNCH-L1-2-0.DLL", False, True),  # listed set, any case
        ("api-ms-win-core-synch-l1-2-1.dll", False, False),  # a later revision: not listed
        ("api-ms-win-crt-stdio-l1-2-0.dll", False, False),
        ("ext-ms-win-gdi-dc-l1-2-0.dll", False, False),  # optional set, load-time import
        ("ext-ms-win-gdi-dc-l1-2-0.dll", True, True),  # the same, delay-loaded
        ("icu.dll", True, False),  # Windows 10 1903+
        ("d3d12.dll", False, True),
    ],
)
def test_windows_dll_rules(name: str, delay_loaded: bool, expected: bool) -> None:
    assert is_system_dll(name, delay_loaded=delay_loaded) is expected


def test_command_line_exit_code_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_dll(tmp_path / "good.dll", WINDOWS)
    assert main([str(tmp_path)]) == 0
    assert "OK: every import" in capsys.readouterr().out

    write_dll(tmp_path / "bad.dll", ["fbclient.dll"])
    assert main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "FAILED: 1 problem(s)" in out
    assert "bad.dll: imports fbclient.dll" in out

    assert main([str(tmp_path / "missing")]) == 2
