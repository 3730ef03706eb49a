"""The legend explains the bodies the painter draws (QA #89), and a day wider than a marker
is drawn as its extent, not as a marker at noon (QA #75)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from timelineapp.model.calendar import to_seconds
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.inputs import scene_inputs
from timelineapp.render.legend import LegendKind, scene_kinds
from timelineapp.render.mark_bodies import MarkBody, body_kind
from timelineapp.render.scene import Scene, build_scene
from timelineapp.render.tick_names import PlainNames
from timelineapp.render.timemap import TimeMap

FORMS_FILE = Path(__file__).parents[1] / "data" / "edtf" / "edtf-forms.timeline.json"


def timeline_of(tmp_path: Path, dates: list[str]) -> Timeline:
    data = json.loads(FORMS_FILE.read_text(encoding="utf-8"))
    template = data["events"][0]
    data["events"] = [
        {**template, "id": f"e{k}", "title": f"Event {k}", "date": date}
        for k, date in enumerate(dates)
    ]
    path = tmp_path / "bodies.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = load_event_file(path)
    assert result.loaded is not None
    return Timeline(result.loaded)


def scene_of(timeline: Timeline, start: int, end: int) -> Scene:
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    inputs = scene_inputs(timeline, mask, timeline.index.cumulative_mask(mask))
    tm = TimeMap.fitted(start, end, 1200)
    return build_scene(inputs, tm, 500, lambda text: len(text) * 7.0, PlainNames())


def test_one_day_in_a_week_is_explained_as_imprecise_not_as_an_interval(tmp_path: Path) -> None:
    timeline = timeline_of(tmp_path, ["[2025-10-27..2025-11-02]"])
    scene = scene_of(timeline, to_seconds(2025, 10, 20), to_seconds(2025, 11, 10))
    (mark,) = scene.marks
    assert body_kind(mark) is MarkBody.IMPRECISE  # hatched, no solid core
    kinds = scene_kinds(scene)
    assert LegendKind.IMPRECISE in kinds
    assert LegendKind.INTERVAL not in kinds


def test_an_interval_is_still_explained_as_an_interval(tmp_path: Path) -> None:
    timeline = timeline_of(tmp_path, ["2025-10-27/2025-11-02"])
    scene = scene_of(timeline, to_seconds(2025, 10, 20), to_seconds(2025, 11, 10))
    assert LegendKind.INTERVAL in scene_kinds(scene)
    assert LegendKind.IMPRECISE not in scene_kinds(scene)


def test_a_day_at_an_hours_zoom_is_its_whole_day_not_a_marker_at_noon(tmp_path: Path) -> None:
    timeline = timeline_of(tmp_path, ["2024-10-29"])
    scene = scene_of(timeline, to_seconds(2024, 10, 28, 18), to_seconds(2024, 10, 30, 6))
    (mark,) = scene.marks
    assert mark.x1 - mark.x0 > scene.geometry.marker
    assert not mark.point
    assert body_kind(mark) is MarkBody.IMPRECISE
    kinds = scene_kinds(scene)
    assert LegendKind.IMPRECISE in kinds
    assert LegendKind.DAY not in kinds


def test_a_day_at_a_months_zoom_stays_a_marker(tmp_path: Path) -> None:
    timeline = timeline_of(tmp_path, ["2024-10-29"])
    scene = scene_of(timeline, to_seconds(2024, 1), to_seconds(2025, 1))
    (mark,) = scene.marks
    assert body_kind(mark) is MarkBody.POINT
    assert LegendKind.DAY in scene_kinds(scene)
