"""The installer's modules live in installer/ (a build tool, not part of the app package)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The real build (downloads into installer/build/cache once), with the quick compressor."""
    import build
    import pipeline

    build.ensure_tools()
    out = tmp_path_factory.mktemp("installer-out")
    yield pipeline.build(out=out, cache=pipeline.DEFAULT_CACHE, fast=True)
