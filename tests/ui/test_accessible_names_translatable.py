"""Every accessible name and description in the window is a string Qt's translation tools see.

A screen reader in a French window spoke English pane descriptions: they went through a
``_tr(text)`` helper, and pyside6-lupdate, which reads only literal ``translate``/``tr`` calls,
never put them in the French file (found on the real AT-SPI bus with
``packaging/check_accessibility.py --lang fr``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

import timelineapp
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


def _lupdate_sources(tmp_path: Path) -> set[str]:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in Path(timelineapp.__file__).parent.rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True)
    return {
        str(message.findtext("source"))
        for message in ElementTree.parse(ts).getroot().iter("message")
    }


@pytest.mark.shared_window
def test_accessible_names_and_descriptions_are_translatable(
    app: Application, tmp_path: Path
) -> None:
    assert app.opener.open(example_event_file())
    app.controller.select(0)
    translatable = _lupdate_sources(tmp_path)
    widgets = [app.window, *app.window.findChildren(QWidget)]
    said = {
        text
        for widget in widgets
        for text in (widget.accessibleName(), widget.accessibleDescription())
        if text
    }
    timeline = QAccessible.queryAccessibleInterface(app.window.timeline)
    assert timeline is not None
    said |= {timeline.text(QAccessible.Text.Name), timeline.text(QAccessible.Text.Description)}
    assert len(said) >= 10
    # Dock titles become pane names with the mnemonic ampersand stripped, as Qt shows them;
    # Qt's own widgets (a dock's buttons, a tab bar's arrows) are in Qt's translations.
    qt = QTranslator()
    assert qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    untranslatable = sorted(
        text
        for text in said
        if text not in translatable
        and not any(source.replace("&", "") == text for source in translatable)
        and not any(qt.translate(context, text) for context in ("QDockWidget", "QTabBar"))
    )
    assert not untranslatable
