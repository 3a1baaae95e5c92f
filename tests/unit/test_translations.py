"""The shipped Vietnamese translation is complete (DESIGN.md §4): no unfinished or empty entry,
and no string in the sources that the translation file does not have yet."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
APP_TS = I18N / "commune_care_vi.ts"
SOURCES = ROOT / "src" / "commune_care"


def _unfinished(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            numerus = translation is not None and message.get("numerus") == "yes"
            if numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]  # type: ignore[union-attr]
                empty = not forms or any(not f.strip() for f in forms)
            else:
                empty = translation is None or not (translation.text or "").strip()
            if kind in ("unfinished", "missing", "vanished", "obsolete") or empty:
                problems.append(f"{ts.name}: {name}: {source!r} ({kind or 'empty'})")
    return problems


@pytest.mark.parametrize("ts", sorted(I18N.glob("*_vi.ts")), ids=lambda p: p.name)
def test_every_entry_is_translated(ts: Path) -> None:
    assert _unfinished(ts) == []


def test_translations_keep_the_placeholders() -> None:
    """A translation that drops {0} or %1 would print the wrong thing or nothing."""
    wrong = []
    for ts in I18N.glob("*_vi.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            holders = sorted(re.findall(r"\{\d*\}|%\d", source))
            if holders != sorted(re.findall(r"\{\d*\}|%\d", translation)):
                wrong.append(f"{source!r} → {translation!r}")
    assert wrong == []


def _lupdate() -> str | None:
    here = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (here / name).exists():
            return str(here / name)
    return shutil.which("pyside6-lupdate")


def test_the_sources_have_no_string_missing_from_the_translation(tmp_path: Path) -> None:
    tool = _lupdate()
    assert tool is not None, "pyside6-lupdate comes with PySide6"
    copy = tmp_path / APP_TS.name
    shutil.copy(APP_TS, copy)
    sources = sorted(
        str(p)
        for p in SOURCES.rglob("*.py")
        if re.search(r"\btr\(|\btranslate\(", p.read_text(encoding="utf-8"))
    )
    subprocess.run(
        [tool, *sources, "-no-obsolete", "-silent", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    missing = [p for p in _unfinished(copy) if p not in _unfinished(APP_TS)]
    assert missing == [], "run `python dev.py translations` and translate:\n" + "\n".join(missing)
