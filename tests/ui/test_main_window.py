"""The application window: opens the example, reports bad files, restores its layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.highlight import MATCH_COLOR
from timelineapp.ui.issues_dialog import IssuesDialog
from timelineapp.ui.settings import load_settings

from ..model.event_files import minimal, to_bytes


@pytest.mark.shared_window
def test_opens_the_bundled_example(app: Application) -> None:
    assert app.opener.open(example_event_file())
    timeline = app.controller.timeline
    assert timeline is not None
    assert "Niger" in app.window.windowTitle()
    assert app.window.status.count_label.text().startswith(str(timeline.index.count))
    docks = {d.objectName() for d in app.window.findChildren(QDockWidget)}
    assert {"dock-event", "dock-sources", "dock-quotes", "dock-document", "dock-events"} <= docks


@pytest.mark.shared_window
def test_bad_file_shows_located_errors_and_keeps_the_open_file(
    app: Application, tmp_path: Path
) -> None:
    app.opener.open(example_event_file())
    before = app.controller.timeline
    data = minimal()
    data["events"][0]["date"] = "2024-02-30"
    bad = tmp_path / "bad.timeline.json"
    bad.write_bytes(to_bytes(data))
    assert not app.opener.open(bad)
    assert app.controller.timeline is before
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, IssuesDialog)]
    text = dialogs[-1].text.toPlainText()
    assert "events[0].date" in text
    assert "bad.timeline.json" in text
    dialogs[-1].close()


def test_layout_is_saved_and_restored(qtbot: QtBot, tmp_path: Path) -> None:
    settings_path = tmp_path / "settings.json"
    first = Application(create_qapplication(), settings_path)
    qtbot.addWidget(first.window)
    first.window.show()
    first.window.docks["sources"].hide()
    first.window.close()
    first.on_about_to_quit()
    saved = json.loads(settings_path.read_text(encoding="utf-8"))
    assert saved["window_state"]
    assert load_settings(settings_path).window_state == saved["window_state"]
    second = Application(create_qapplication(), settings_path)
    qtbot.addWidget(second.window)
    second.window.show()
    assert not second.window.docks["sources"].isVisible()
    assert second.window.docks["event"].isVisible()


def test_corrupt_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path).theme == "system"


@pytest.mark.shared_window
def test_big_files_load_in_the_background(app: Application, qtbot: QtBot) -> None:
    app.opener.background_threshold = 0  # treat the example as big
    with qtbot.waitSignal(app.opener.opened, timeout=10_000):
        assert app.opener.open(example_event_file())
    assert app.controller.timeline is not None
    assert not app.opener.busy


@pytest.mark.shared_window
@pytest.mark.parametrize("threshold", [0, 10**12], ids=["in the loading thread", "at once"])
def test_a_crash_while_loading_is_reported_not_hung(
    app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, threshold: int
) -> None:
    """Whatever breaks while loading, the window says so and keeps its file."""
    from timelineapp.ui import file_opener

    def broken(*args: object, **kwargs: object) -> None:
        raise MemoryError

    before = app.controller.timeline
    monkeypatch.setattr(file_opener, "load_event_file", broken)
    app.opener.background_threshold = threshold
    with qtbot.waitSignal(app.opener.failed, timeout=10_000):
        app.opener.open(example_event_file())
    assert not app.opener.busy
    assert app.controller.timeline is before
    dialog = app.opener.last_dialog
    assert dialog is not None
    assert "loading failed: not enough memory" in dialog.text.toPlainText()
    dialog.close()


@pytest.mark.shared_window
def test_search_marks_matches_in_the_panes(app: Application, qtbot: QtBot) -> None:
    from timelineapp.model.filtering import FilterSpec

    app.opener.open(example_event_file())
    timeline = app.controller.timeline
    assert timeline is not None
    app.filter_state.set_spec(FilterSpec(text="accord"))
    signing = timeline.event_number["accord-retrait-2024-05-19"]
    app.controller.select(signing)
    title = app.window.event_pane.title_label
    assert title.textFormat() == Qt.TextFormat.RichText
    assert "background-color" in title.text()
    assert "<span" in title.text()
    quotes = app.window.quotes_pane.model
    assert any(quotes.matches(row) for row in range(quotes.rowCount()))
    marks = app.window.document_pane.findChild(QPlainTextEdit).extraSelections()
    # One search highlight everywhere: the match background of the labels and quotes.
    matched = [s for s in marks if s.format.background().color() == MATCH_COLOR]
    assert matched
    assert all(s.cursor.selectedText().casefold() == "accord" for s in matched)
    app.filter_state.set_spec(FilterSpec())
    assert title.textFormat() == Qt.TextFormat.PlainText
