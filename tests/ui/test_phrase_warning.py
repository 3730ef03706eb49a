"""The Event pane says when a date phrase reads another date than the event's (QA #77): the
rule ``timelineapp validate`` applies, shown where the phrase is shown."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


def _example_with_date(tmp_path: Path, phrase: str, date: str) -> tuple[Path, int]:
    source = example_event_file()
    for other in source.parent.iterdir():
        shutil.copy(other, tmp_path / other.name)
    path = tmp_path / source.name
    data = json.loads(path.read_text(encoding="utf-8"))
    for i, event in enumerate(data["events"]):
        if any((s.get("date_phrase") or {}).get("text") == phrase for s in event["sources"]):
            event["date"] = date
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            return path, i
    raise AssertionError(f"no event with the phrase {phrase!r}")


@pytest.mark.shared_window
def test_a_phrase_that_says_another_year_is_flagged_in_the_event_pane(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    path, i = _example_with_date(tmp_path, "en 2012", "2015")
    assert app.opener.open(path)
    qtbot.waitUntil(lambda: app.controller.timeline is not None)
    app.controller.select(i)
    label = app.window.event_pane.phrase_warning_label
    assert label.isVisibleTo(app.window.event_pane)
    assert "« en 2012 »" in label.text()
    assert "2012" in label.text()
    assert "2015" in label.text()


@pytest.mark.shared_window
def test_a_phrase_that_agrees_shows_no_warning(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    timeline = app.controller.timeline
    assert timeline is not None
    with_phrase = [
        i
        for i in range(len(timeline.titles))
        if any(s.date_phrase is not None for s in timeline.event(i).sources)
    ]
    assert with_phrase
    for i in with_phrase:
        app.controller.select(i)
        assert not app.window.event_pane.phrase_warning_label.isVisibleTo(app.window.event_pane)
