"""Scene layout: marks where dates imply, lanes without overlapping labels, clusters, culling."""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt
import pytest

from timelineapp.model.calendar import to_seconds
from timelineapp.model.file_format import EventFile
from timelineapp.model.loading import build_time_index
from timelineapp.model.timeline import Timeline
from timelineapp.render.scene import (
    DETAIL_LIMIT,
    SceneInputs,
    build_scene,
    build_scene_filling,
    hit_test,
)
from timelineapp.render.ticks import PlainNames
from timelineapp.render.timemap import TimeMap


def measure(text: str) -> float:
    return len(text) * 7.0


def inputs_for(data: EventFile, mask: npt.NDArray[np.bool_] | None = None) -> SceneInputs:
    """The scene's inputs for ``data``, every event shown unless ``mask`` says otherwise."""
    index = build_time_index(data)
    mask = np.ones(index.count, dtype=np.bool_) if mask is None else mask
    return SceneInputs(
        index=index,
        titles=[e.title for e in data.events],
        colors=np.zeros(index.count, dtype=np.int32),
        mask=mask,
        cumulative=index.cumulative_mask(mask),
    )


def synthetic(count: int, day_step: float = 1.0) -> EventFile:
    events = []
    for i in range(count):
        day = int(i * day_step)
        y, m, d = 2000 + day // 360, 1 + (day // 30) % 12, 1 + day % 28
        events.append({"id": f"e{i}", "title": f"Event {i}", "date": f"{y:04d}-{m:02d}-{d:02d}"})
    return EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )


def test_niger_marks_sit_where_their_dates_imply(niger: Timeline) -> None:
    inputs = inputs_for(niger.loaded.data)
    tm = TimeMap.fitted(to_seconds(2024, 5, 1), to_seconds(2024, 7, 1), 1600)
    scene = build_scene(inputs, tm, 700, measure, PlainNames())
    by_id = {niger.event(m.event).id: m for m in scene.marks}
    signing = by_id["accord-retrait-2024-05-19"]
    # A day 26 px wide is drawn as its whole day, not as a marker at noon (QA #75).
    assert not signing.point
    assert signing.x0 == pytest.approx(tm.to_x(to_seconds(2024, 5, 19)))
    assert signing.x1 == pytest.approx(tm.to_x(to_seconds(2024, 5, 20)))
    midday = to_seconds(2024, 5, 19, 12)
    assert abs((signing.x0 + signing.x1) / 2 - tm.to_x(midday)) < 1
    russia = by_id["deploiement-russe-2024-04"]
    assert russia.x0 == pytest.approx(tm.to_x(to_seconds(2024, 4, 1)))
    assert russia.x1 == pytest.approx(tm.to_x(to_seconds(2024, 6, 1)))
    undated = {int(i) for i in niger.index.undated}
    assert not undated & {m.event for m in scene.marks}


def test_labels_in_a_lane_never_overlap() -> None:
    inputs = inputs_for(synthetic(300, 0.4))
    tm = TimeMap.fitted(to_seconds(2000, 1, 1), to_seconds(2000, 5, 1), 1200)
    scene = build_scene(inputs, tm, 600, measure, PlainNames())
    lanes: dict[int, list[tuple[float, float]]] = {}
    for mark in scene.marks:
        left = (mark.x0 + mark.x1) / 2 - 6 if mark.point else mark.x0
        lanes.setdefault(mark.lane, []).append((left, mark.label_x + measure(mark.label)))
    for spans in lanes.values():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start
    shown = len(scene.marks) + sum(c.count for c in scene.clusters)
    assert shown == scene.visible_count or shown >= scene.visible_count  # nothing silently lost
    assert scene.clusters, "300 events in 4 months cannot all have a labelled lane"


def test_every_visible_event_is_a_mark_or_counted_in_a_cluster() -> None:
    inputs = inputs_for(synthetic(200, 0.5))
    tm = TimeMap.fitted(to_seconds(2000, 1, 1), to_seconds(2000, 4, 1), 900)
    scene = build_scene(inputs, tm, 400, measure, PlainNames())
    in_marks = {m.event for m in scene.marks}
    in_clusters = {e for c in scene.clusters for e in c.events}
    index = inputs.index
    visible = {
        int(e) for e in index.order if index.latest[e] > tm.start and index.earliest[e] < tm.end
    }
    assert visible <= in_marks | in_clusters
    assert not in_marks & in_clusters


def test_dense_views_aggregate_instead_of_drawing_every_event() -> None:
    inputs = inputs_for(synthetic(DETAIL_LIMIT * 2, 0.05))
    extent = inputs.index.extent()
    assert extent is not None
    tm = TimeMap.fitted(*extent, 1000)
    scene = build_scene(inputs, tm, 500, measure, PlainNames())
    assert scene.dense
    assert not scene.marks
    assert scene.density is not None
    assert int(scene.density.sum()) == DETAIL_LIMIT * 2
    assert sum(c.count for c in scene.clusters) == DETAIL_LIMIT * 2


def test_hit_test_finds_the_mark_under_the_cursor(niger: Timeline) -> None:
    inputs = inputs_for(niger.loaded.data)
    tm = TimeMap.fitted(to_seconds(2024, 5, 1), to_seconds(2024, 7, 1), 1600)
    scene = build_scene(inputs, tm, 700, measure, PlainNames())
    mark = scene.marks[0]
    y = scene.lane_y(mark.lane) + scene.geometry.lane_height / 2
    assert hit_test(scene, mark.label_x + 5, y, measure).event == mark.event
    assert hit_test(scene, mark.label_x + 5, scene.height - 200, measure).event is None


def test_many_events_spanning_the_view_are_counted_in_one_band() -> None:
    events = [{"id": f"y{i}", "title": f"Year {i}", "date": "2000"} for i in range(100)]
    events += [
        {"id": f"d{i}", "title": f"Day {i}", "date": f"2000-03-{i + 1:02d}"} for i in range(5)
    ]
    data = EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )
    inputs = inputs_for(data)
    tm = TimeMap.fitted(to_seconds(2000, 3, 1), to_seconds(2000, 3, 10), 1200)
    scene = build_scene(inputs, tm, 600, measure, PlainNames())
    assert scene.covering == 100
    assert not scene.dense
    assert {data.events[m.event].id for m in scene.marks} == {f"d{i}" for i in range(5)}
    y = scene.covering_y + scene.geometry.lane_height / 2
    hit = hit_test(scene, 600, y, measure)
    assert hit.cluster is not None
    assert hit.cluster.count == 100
    assert hit.cluster.t1 - hit.cluster.t0 > tm.span  # expanding it zooms out
    zoomed_out = TimeMap.fitted(to_seconds(2000, 1, 1), to_seconds(2001, 1, 1), 1200)
    assert build_scene(inputs, zoomed_out, 600, measure, PlainNames()).covering == 0


def test_a_label_drawn_left_of_its_mark_is_clickable_all_along(niger: Timeline) -> None:
    """QA #1: at Fit All most labels are moved left of their marks; the whole drawn label
    is the click target, as it is on the right."""
    inputs = inputs_for(niger.loaded.data)
    extent = inputs.index.extent()
    assert extent is not None
    tm = TimeMap.fitted(*extent, 900, margin_px=20)
    scene = build_scene(inputs, tm, 700, measure, PlainNames())
    flipped = [m for m in scene.marks if m.label_x < min(m.x0, (m.x0 + m.x1) / 2 - 6)]
    assert flipped, "the last events' labels go left of their marks at the right edge"
    for mark in flipped:
        y = scene.lane_y(mark.lane) + scene.geometry.lane_height / 2
        text_w = measure(mark.label)
        for x in (mark.label_x + 3, mark.label_x + text_w / 2, mark.label_x + text_w - 3):
            assert hit_test(scene, x, y, measure).event == mark.event


def test_a_dozen_rows_spread_over_a_tall_view(niger: Timeline) -> None:
    """QA #21: 13 rows in a 1080-pixel export filled the top half of the plot; the same
    layout (the window's) spreads them over the height."""
    inputs = inputs_for(niger.loaded.data)
    extent = inputs.index.extent()
    assert extent is not None
    tm = TimeMap.fitted(*extent, 1920)
    scene = build_scene_filling(inputs, tm, 760, measure, PlainNames())
    assert not scene.clusters
    rows = max(m.lane for m in scene.marks) + 1
    assert rows >= 10
    g = scene.geometry
    bottom = scene.lane_y(rows)
    assert bottom - g.top >= 0.8 * (scene.axis_top - g.top)
