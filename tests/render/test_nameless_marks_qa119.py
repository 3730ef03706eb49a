"""QA #119 re-checked after the #103/#114 fixes: at Fit All no mark is drawn without at least
an "…" of its title, on the QA's two files (a copy of the example with a 75-character HTML
title in the third event; one with the first title shortened by an outside edit, which
packed a long title beside it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.scene import label_text
from timelineapp.resources import example_event_file

from .conftest import ShowTimeline
from .test_every_mark_named import _drawn

HTML_TITLE = '<b>bold</b> <a href="javascript:alert(1)">x</a> <img src=x onerror=alert(1)>'


def _variant(tmp_path: Path, event: int, title: str) -> Timeline:
    source = example_event_file()
    for item in source.parent.iterdir():
        if item.is_file():
            shutil.copy(item, tmp_path / item.name)
    data = json.loads(source.read_text(encoding="utf-8"))
    data["events"][event]["title"] = title
    path = tmp_path / "variant.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = load_event_file(path)
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    ("event", "title"),
    [(2, HTML_TITLE), (0, "EDITED OUTSIDE Signature 2012")],
    ids=["html", "short"],
)
@pytest.mark.parametrize(("width", "height"), [(535, 260), (535, 330), (800, 420), (1400, 700)])
def test_at_fit_all_no_mark_is_nameless(
    tmp_path: Path,
    show_timeline: ShowTimeline,
    event: int,
    title: str,
    width: int,
    height: int,
) -> None:
    timeline = _variant(tmp_path, event, title)
    widget = show_timeline(timeline, width, height)
    scene = widget.scene
    drawn = _drawn(scene, widget.font())
    for mark in scene.marks:
        if not 0 <= (mark.x0 + mark.x1) / 2 <= scene.width:
            continue
        top = scene.lane_y(mark.lane)
        text_of_mark = label_text(mark.flags, mark.label)
        assert any(
            text
            and top <= y <= top + scene.geometry.lane_height
            and text_of_mark.startswith(text.removesuffix("…"))
            for _x, y, text in drawn
        ), (width, height, mark.label)
