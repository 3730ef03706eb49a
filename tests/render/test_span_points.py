"""A date longer than a day drawn as a marker is hatched and explained as such, never the
"Event on a day" diamond (QA #103: April – May 2024 was a solid ◆ at overview zoom)."""

from __future__ import annotations

import numpy as np

from timelineapp.model.calendar import to_seconds
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.inputs import scene_inputs
from timelineapp.render.legend_kinds import LegendKind, scene_kinds
from timelineapp.render.mark_bodies import MarkBody, body_kind
from timelineapp.render.scene import Scene, build_scene
from timelineapp.render.ticks import PlainNames
from timelineapp.render.timemap import TimeMap
from timelineapp.resources import example_event_file


def _overview() -> tuple[Timeline, Scene]:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    timeline = Timeline(result.loaded)
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    inputs = scene_inputs(timeline, mask, timeline.index.cumulative_mask(mask))
    start, end = to_seconds(2011), to_seconds(2025)
    tm = TimeMap(start, (end - start) / 600.0, 600.0)  # 2 months: 8 px, under a marker
    scene = build_scene(inputs, tm, 900.0, lambda text: 7.0 * len(text), PlainNames())
    return timeline, scene


def test_a_two_month_date_is_a_hatched_marker_and_a_day_is_not() -> None:
    timeline, scene = _overview()
    marks = {timeline.titles[m.event]: m for m in scene.marks}
    months = next(m for title, m in marks.items() if title.startswith("Déploiement"))
    day = marks["Signature de l’accord sur le retrait des troupes américaines"]
    assert months.point
    assert months.coarse
    assert body_kind(months) is MarkBody.SPAN_POINT
    assert day.point
    assert not day.coarse
    assert body_kind(day) is MarkBody.POINT
    kinds = scene_kinds(scene)
    assert LegendKind.SPAN_POINT in kinds
    assert LegendKind.DAY in kinds
