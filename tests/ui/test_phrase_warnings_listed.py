"""The date phrases `timelineapp validate` warns of are listed in the Provenance pane and
counted in the status bar, not only shown in the Event pane of their event (QA #115)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from timelineapp.model.file_format import ReviewState
from timelineapp.model.loading import load_event_file
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.validate_cli import _with_phrase_warnings

# What the check finds and when it reads, not how long it waits to start.
pytestmark = pytest.mark.usefixtures("quick_phrase_check")

# The example's events with a date phrase and no source date of their own, given another
# date: « en 2012 » beside 2015, « en avril et en mai » (2024) beside 2020.
REDATED = {0: "2015", 13: "2020"}


def redated_example(folder: Path) -> Path:
    example = example_event_file()
    for found in example.parent.iterdir():
        shutil.copy(found, folder / found.name)
    path = folder / example.name
    data = json.loads(path.read_text(encoding="utf-8"))
    for event, date in REDATED.items():
        data["events"][event]["date"] = date
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def warnings_listed(listing: QListWidget) -> list[str]:
    texts = (listing.item(row).text() for row in range(listing.count()))
    return [text for text in texts if "date phrase" in text]


@pytest.mark.shared_window
def test_phrase_warnings_are_listed_counted_and_lead_to_their_event(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    path = redated_example(tmp_path)
    validated = _with_phrase_warnings(load_event_file(path))
    expected = [i for i in validated.issues if i.code == "date_phrase_disagrees"]
    assert len(expected) == len(REDATED)  # what `validate` warns of: the same rule

    assert app.opener.open(path)
    pane = app.window.provenance_pane
    # Not read in the open itself: started once loads and edits pause.
    assert pane.phrase_warnings.checking
    assert pane.phrase_warnings._check is None
    listing = pane.list_widget
    qtbot.waitUntil(lambda: len(warnings_listed(listing)) == len(REDATED), timeout=10_000)
    listed = warnings_listed(listing)
    for issue in expected:
        assert any(issue.json_path in text for text in listed), issue.json_path
    assert any("« en 2012 »" in text and "2015" in text for text in listed)
    summary = pane.findChild(type(app.window.status.count_label))
    assert summary is not None
    assert "2 date phrase" in summary.text()
    assert "Every quote and date phrase" not in summary.text()

    button = app.window.status.provenance_button
    assert button.isVisibleTo(app.window.status)
    assert "2 provenance problem" in button.text()

    # A click on a warning selects its event, as for every other problem in the list.
    row = next(
        r for r in range(listing.count()) if "« en avril et en mai »" in listing.item(r).text()
    )
    listing.itemClicked.emit(listing.item(row))
    assert app.controller.selection == 13


@pytest.mark.shared_window
def test_a_file_without_such_phrases_says_so_once_read(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    pane = app.window.provenance_pane
    qtbot.waitUntil(lambda: not pane.phrase_warnings.checking, timeout=10_000)
    summary = pane.findChild(type(app.window.status.count_label))
    assert summary is not None
    assert "Every quote and date phrase matches its document's text." in summary.text()
    assert warnings_listed(pane.list_widget) == []
    assert not app.window.status.provenance_button.isVisibleTo(app.window.status)


@pytest.mark.shared_window
def test_a_warning_goes_when_its_date_is_put_right(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    """The list is made again after an edit: the date given back, that warning is gone."""
    path = redated_example(tmp_path)
    assert app.opener.open(path)
    pane = app.window.provenance_pane
    qtbot.waitUntil(lambda: len(warnings_listed(pane.list_widget)) == 2, timeout=10_000)
    app.controller.select(0)
    editor = app.window.event_editor
    editor.date.line.setText("2012")
    editor.on_date_edited()
    qtbot.waitUntil(lambda: len(warnings_listed(pane.list_widget)) == 1, timeout=10_000)
    assert "1 provenance problem" in app.window.status.provenance_button.text()


@pytest.mark.shared_window
def test_an_edit_in_place_keeps_the_count_until_the_new_one(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    """A verdict reloads the file: the count stays on screen while its phrases are read again
    (it blinked at every key of review mode), then is the new file's."""
    path = redated_example(tmp_path)
    assert app.opener.open(path)
    pane = app.window.provenance_pane
    qtbot.waitUntil(lambda: len(warnings_listed(pane.list_widget)) == 2, timeout=10_000)
    app.controller.select(5)
    assert app.window.review.judge(ReviewState.VERIFIED)
    assert pane.phrase_warnings.checking
    assert len(warnings_listed(pane.list_widget)) == 2  # kept meanwhile
    assert "2 provenance problem" in app.window.status.provenance_button.text()
    qtbot.waitUntil(lambda: not pane.phrase_warnings.checking, timeout=10_000)
    assert len(warnings_listed(pane.list_widget)) == 2


@pytest.mark.shared_window
def test_phrases_that_say_no_date_are_counted_under_their_own_words(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    """The pane's heading said "3 date phrases do not match their date" when one of the three
    said no date at all: each kind is counted under its own words."""
    path = redated_example(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    source = data["events"][5]["sources"][0]
    words = "Pas moins de"
    start = source["quotes"][0]["start"]
    source["date_phrase"] = {"start": start, "end": start + len(words), "text": words}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

    assert app.opener.open(path)
    pane = app.window.provenance_pane
    qtbot.waitUntil(lambda: len(warnings_listed(pane.list_widget)) == 3, timeout=10_000)
    summary = pane.findChild(type(app.window.status.count_label))
    assert summary is not None
    # (tests run without the English plural forms: "%Ln date phrase(s)" as written)
    disagreeing, dateless = summary.text().split(" · ")[:2]
    assert disagreeing.startswith("2 date phrase")
    assert "do not match their date" in disagreeing
    assert dateless.startswith("1 date phrase")
    assert "say no date" in dateless
    assert "3 provenance problem" in app.window.status.provenance_button.text()
