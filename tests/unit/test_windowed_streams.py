"""The installed app runs under pythonw.exe, where sys.stdout and sys.stderr are None."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from commune_care import cli


def test_an_error_without_a_console_is_an_exit_code_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    missing = tmp_path / "no-such-folder" / "data.sqlite3"

    code = cli.main(["children", "search", "an", "--db", str(missing)])

    assert code == cli.EXIT_USER
    assert sys.stderr is not None and sys.stdout is not None
    assert not missing.parent.exists()
