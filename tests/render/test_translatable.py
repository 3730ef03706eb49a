"""The words of exported pictures and of the legend are seen by pyside6-lupdate.

A string passed to ``translate()`` through a variable is invisible to lupdate and so never
translated; a plural must be extracted as a plural (numerus) message to get its forms.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timelineapp.render import legend

RENDER = Path(legend.__file__).parent


def _extract(tmp_path: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> numerus, for the legend and export modules."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    sources = [*sorted(RENDER.glob("legend*.py")), *sorted(RENDER.glob("export*.py"))]
    ts = tmp_path / "check.ts"
    subprocess.run([lupdate, *map(str, sources), "-ts", str(ts)], check=True, capture_output=True)
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message.get("numerus") == "yes"
    return found


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], bool]:
    """One lupdate run for the module's tests (they read the same sources)."""
    return _extract(tmp_path_factory.mktemp("lupdate"))


def test_legend_and_export_strings_are_extracted(found: dict[tuple[str, str], bool]) -> None:
    for text in ("Event on a day", "Disputed", "Marks", "Colours: actors"):
        assert ("Legend", text) in found
    assert any(c == "Legend" and s.startswith("Not reviewed yet") for c, s in found)
    for text in ("Sources", "Filter: {filter}", "No events match the filter", "Exported {date}"):
        assert ("Export", text) in found


def test_export_plurals_are_extracted_as_plurals(found: dict[tuple[str, str], bool]) -> None:
    plurals = {s for (c, s), numerus in found.items() if c == "Export" and numerus}
    assert "%Ln event(s)" in plurals
    assert "%Ln quote(s) do not match their documents" in plurals
    assert "… and %Ln more source document(s), listed in the event file" in plurals
    # Every "(s)" string is a plural message, so a translator is asked for its forms.
    assert all(found[key] for key in found if "(s)" in key[1])
