"""The window's export lists the date phrases the Provenance pane flags: those that cannot
mean their date and those that say no date, each under its own words (QA #133: the window
flagged them, its exports said nothing)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.edits import update_event
from timelineapp.render.export import ExportFormat, ExportOptions, render_export, timeline_range
from timelineapp.ui.app import Application

from ..phrase_files import DATELESS, REDATED, phrase_warned_copy

# What the check finds and when it reads, not how long it waits to start.
pytestmark = pytest.mark.usefixtures("quick_phrase_check")

SVG = ExportOptions(format=ExportFormat.SVG, export_date="2026-11-27")


def svg_texts(data: bytes) -> str:
    root = ET.fromstring(data)
    return "\n".join(
        "".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")
    )


def window_export(app: Application) -> str:
    """The texts of what File > Export Image writes of the whole timeline (as SVG)."""
    source = app.export_flow.source()
    assert source is not None
    result = render_export(source.subject(), timeline_range(source.timeline, source.mask), SVG)
    return svg_texts(result.data)


@pytest.mark.shared_window
def test_the_window_export_lists_the_date_phrases_the_provenance_pane_lists(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    assert app.opener.open(phrase_warned_copy(tmp_path))
    phrases = app.window.provenance_pane.phrase_warnings
    qtbot.waitUntil(lambda: not phrases.checking, timeout=10_000)
    assert sorted(e for e, _ in phrases.warnings) == [REDATED, DATELESS]
    texts = window_export(app)
    assert "the date phrase “en 2012” reads 2012, not the event's date 2015" in texts
    assert "the date phrase “Pas moins de” says no date" in texts
    head = next(line for line in texts.splitlines() if line.startswith("⚠"))
    assert "date phrase" in head
    assert "no date" in head


@pytest.mark.shared_window
def test_an_export_while_the_phrases_are_read_again_has_the_edited_files(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    """An edit starts the check again; an export meanwhile reads the phrases itself: the
    warning the edit put right is gone, not kept from the file before it."""
    assert app.opener.open(phrase_warned_copy(tmp_path))
    phrases = app.window.provenance_pane.phrase_warnings
    qtbot.waitUntil(lambda: not phrases.checking, timeout=10_000)
    controller = app.controller
    draft = controller.draft
    assert draft is not None
    controller.edit(update_event(draft, DATELESS, title="Départ de 269 militaires"), "Edit")
    controller.edit(update_event(draft, REDATED, date="2012"), "Edit")
    assert phrases.checking
    texts = window_export(app)
    assert "“en 2012”" not in texts  # the date given back
    assert "the date phrase “Pas moins de” says no date" in texts
    assert "Départ de 269 militaires" in texts
    # What was read for the export is the check's result: the pane shows it at once.
    assert not phrases.checking
    assert [e for e, _ in phrases.warnings] == [DATELESS]
