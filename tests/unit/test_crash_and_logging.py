"""Crash hooks and the log (DESIGN.md §6): bugs are logged and shown once, hard crashes leave
a file that the next start reports exactly once, the log is UTF-8."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from commune_care import crash
from commune_care.logging_setup import LOG_FILE, setup_logging


@pytest.fixture(autouse=True)
def _restore_hooks() -> object:
    hook = sys.excepthook
    yield None
    sys.excepthook = hook
    crash.set_bug_reporter(None)


def test_previous_crash_is_reported_once(tmp_path: Path) -> None:
    (tmp_path / crash.CRASH_FILE).write_text("Fatal Python error: Segmentation fault\n")
    assert "Segmentation fault" in (crash.previous_crash(tmp_path) or "")
    assert crash.previous_crash(tmp_path) is None
    assert (tmp_path / (crash.CRASH_FILE + crash.REPORTED_SUFFIX)).exists()


def test_no_crash_file_means_nothing_to_report(tmp_path: Path) -> None:
    assert crash.previous_crash(tmp_path) is None


def test_clean_exit_leaves_no_crash_file(tmp_path: Path) -> None:
    crash.enable_faulthandler(tmp_path)
    assert (tmp_path / crash.CRASH_FILE).exists()
    crash.disable_faulthandler()
    assert not (tmp_path / crash.CRASH_FILE).exists()


def test_uncaught_exception_is_logged_and_shown(caplog: pytest.LogCaptureFixture) -> None:
    shown: list[BaseException] = []
    crash.install_hooks()
    crash.set_bug_reporter(shown.append)
    try:
        raise ValueError("hỏng")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="commune_care.crash"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert [str(e) for e in shown] == ["hỏng"]
    assert "ValueError: hỏng" in caplog.text


def test_a_failing_reporter_does_not_raise(caplog: pytest.LogCaptureFixture) -> None:
    def broken(_exc: BaseException) -> None:
        raise RuntimeError("dialog broke")

    crash.set_bug_reporter(broken)
    crash.report_bug(ValueError("x"))
    assert "Could not show the error dialog" in caplog.text


def test_log_file_is_utf8(tmp_path: Path) -> None:
    target = setup_logging(folder=tmp_path)
    assert target == tmp_path / LOG_FILE
    logging.getLogger("commune_care.test").info("Đã lưu trẻ Nguyễn Văn Đức")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "Nguyễn Văn Đức" in target.read_text(encoding="utf-8")
    setup_logging(folder=tmp_path)  # a second set-up replaces the handler, never doubles it
    files = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.FileHandler) and Path(h.baseFilename) == target
    ]
    assert len(files) == 1
    logging.getLogger().removeHandler(files[0])
    files[0].close()
