"""Translations: English plurals load, and the compiled .qm matches its .ts source."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from timelineapp.resources import resource_path


def test_english_plurals(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load("timelineapp_en", str(resource_path("translations")))
    assert translator.translate("TimelineStatusBar", "%n event(s)", "", 1) == "%n event"
    assert translator.translate("TimelineStatusBar", "%n event(s)", "", 14) == "%n events"


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
