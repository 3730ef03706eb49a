"""What a pane builds at once is capped: a file can hold a million of anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.conftest import app  # noqa: F401  (the shared window fixture)
from timelineapp.ui.app import Application
from timelineapp.ui.panes import document_marks, event_pane, quotes_pane

from .model.event_files import TEXT, minimal


def _crowded(folder: Path, quotes: int, actors: int) -> Path:
    data = minimal()
    data["actors"] += [{"id": f"a{i}", "name": f"Acteur {i}"} for i in range(actors)]
    event = data["events"][0]
    event["actors"] = [f"a{i}" for i in range(actors)]
    event["sources"][0]["quotes"] = [{"start": 3, "end": 14, "text": TEXT[3:14]}] * quotes
    path = folder / "crowded.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_event_with_many_quotes_and_actors_builds_a_screenful(
    app: Application,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(document_marks, "MAX_MARKS", 40)
    monkeypatch.setattr(event_pane, "MAX_ACTOR_BUTTONS", 12)
    monkeypatch.setattr(quotes_pane, "FETCH_BATCH", 25)
    assert app.opener.open(_crowded(tmp_path, quotes=300, actors=100))
    app.controller.select(0)
    marks = app.window.document_pane.text_edit.extraSelections()
    assert 0 < len(marks) <= 2 * 40
    buttons = app.window.event_pane._actor_buttons
    assert len(buttons) == 12 + 1
    assert buttons[-1].text() == "and 88 more"
    # The quotes list is lazy: a batch now, the next ones as the view scrolls.
    model = app.window.quotes_pane.model
    assert model.rowCount() == 25
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 50
