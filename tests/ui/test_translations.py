"""Translations: English plurals load, and the compiled .qm matches its .ts source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import timelineapp
from timelineapp.resources import resource_path


def test_english_plurals(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load("timelineapp_en", str(resource_path("translations")))
    assert translator.translate("TimelineStatusBar", "%Ln event(s)", "", 1) == "%Ln event"
    assert translator.translate("TimelineStatusBar", "%Ln event(s)", "", 14) == "%Ln events"


def test_compiled_translation_is_current(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    source = resource_path("translations", "timelineapp_en.ts")
    built = tmp_path / "timelineapp_en.qm"
    subprocess.run([lrelease, str(source), "-qm", str(built)], check=True, capture_output=True)
    shipped = resource_path("translations", "timelineapp_en.qm")
    assert built.read_bytes() == shipped.read_bytes(), (
        "run: pyside6-lrelease resources/translations/timelineapp_en.ts "
        "-qm resources/translations/timelineapp_en.qm"
    )


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def test_every_source_string_has_a_french_translation(tmp_path: Path) -> None:
    """lupdate over today's sources finds no string the shipped French file lacks."""
    shipped = resource_path("translations", "timelineapp_fr.ts")
    refreshed = tmp_path / "timelineapp_fr.ts"
    refreshed.write_bytes(shipped.read_bytes())
    sources = sorted(str(p) for p in Path(timelineapp.__file__).parent.rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(refreshed)],
        check=True,
        capture_output=True,
    )
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ElementTree.parse(refreshed).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not untranslated, "run packaging/update_translations.sh and translate:\n" + "\n".join(
        untranslated
    )


def test_french_file_is_compiled(tmp_path: Path) -> None:
    built = tmp_path / "timelineapp_fr.qm"
    source = resource_path("translations", "timelineapp_fr.ts")
    subprocess.run(
        [_tool("pyside6-lrelease"), str(source), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == resource_path("translations", "timelineapp_fr.qm").read_bytes()


def test_french_menus_and_plurals(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load("timelineapp_fr", str(resource_path("translations")))
    assert translator.translate("MainWindow", "&File") == "&Fichier"
    assert translator.translate("TimelineStatusBar", "%Ln event(s)", "", 1) == "%Ln événement"
    assert translator.translate("TimelineStatusBar", "%Ln event(s)", "", 14) == "%Ln événements"


def test_french_elides_with_the_typographic_apostrophe() -> None:
    """« l’événement », never « l'événement » (QA #62), as everywhere else in the window;
    Qt's time formats (``H' h 'mm``) and the apostrophe named as a character are not elisions."""
    shipped = resource_path("translations", "timelineapp_fr.ts")
    straight = re.compile(r"(?<=[A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ])")
    found = [
        text
        for translation in ElementTree.parse(shipped).getroot().iter("translation")
        for text in [translation.text or "", *(form.text or "" for form in translation)]
        if straight.search(text)
    ]
    assert not found, found[:5]
