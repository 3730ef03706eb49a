"""What the timeline view says and does in the cases issue 13 found wanting: empty views,
cluster clicks, the view window owned by the controller."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from timelineapp.model.calendar import to_seconds
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.scene import MAX_LANE_HEIGHT, Cluster, cluster_zoom_range
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.timeline_widget import TimelineWidget

_GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"


@pytest.fixture
def controller(niger_timeline: Timeline) -> TimelineController:
    controller = TimelineController()
    controller.set_timeline(niger_timeline)
    return controller


@pytest.fixture
def widget(qtbot: QtBot, controller: TimelineController) -> TimelineWidget:
    view = TimelineWidget(controller)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    return view


def test_an_emptied_view_says_why_and_offers_the_way_back(
    widget: TimelineWidget, controller: TimelineController, qtbot: QtBot
) -> None:
    assert widget.empty_view_message() is None
    count = controller.timeline.index.count  # type: ignore[union-attr]
    controller.set_mask(np.zeros(count, dtype=np.bool_), "actors: all of 13 together")
    found = widget.empty_view_message()
    assert found is not None
    text, link, _action = found
    assert "No event matches the filter" in text
    assert "all of 13 together" in text
    assert link == "Show all events"
    widget.repaint()
    with qtbot.waitSignal(widget.clear_filter_requested):
        rect = widget._empty_link[0]  # type: ignore[index]
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def test_matching_events_elsewhere_are_offered_a_fit(
    widget: TimelineWidget, controller: TimelineController
) -> None:
    widget.show_range(to_seconds(2016, 1, 1), to_seconds(2016, 12, 31))  # no event then
    found = widget.empty_view_message()
    assert found is not None
    text, _link, action = found
    assert "matching event" in text
    assert action is not None
    action()
    assert widget.empty_view_message() is None
    assert widget.scene.visible_count == controller.shown_count


def test_cluster_click_zooms_to_the_span_of_its_events(niger_timeline: Timeline) -> None:
    index = niger_timeline.index
    events = (3, 4, 6)
    cluster = Cluster(0, 10, 0, 0, len(events), events)
    target = cluster_zoom_range(index, cluster, view_span=1e12, room=10)
    assert target is not None
    lo = min(float(index.earliest[e]) for e in events)
    hi = max(float(index.latest[e]) for e in events)
    assert target == (lo, hi)


def test_a_crowded_cluster_zooms_to_a_run_that_fits(niger_timeline: Timeline) -> None:
    index = niger_timeline.index
    events = tuple(range(index.count))
    span = float(index.latest.max() - index.earliest.min())
    cluster = Cluster(0, 10, 0, 0, len(events), events)
    target = cluster_zoom_range(index, cluster, view_span=span, room=3)
    assert target is not None
    t0, t1 = target
    inside = [e for e in events if t0 <= float(index.earliest[e]) <= t1]
    assert len(inside) >= 3
    assert t1 - t0 < span / 10  # each click makes real progress


def test_events_at_one_instant_are_listed_not_zoomed(niger_timeline: Timeline) -> None:
    index = niger_timeline.index
    same = [e for e in range(index.count) if index.earliest[e] == index.earliest[3]]
    cluster = Cluster(0, 10, 0, 0, 2, (same[0], same[0]))
    assert cluster_zoom_range(index, cluster, view_span=1e9, room=5) is None


def test_the_controller_owns_the_view_window(
    widget: TimelineWidget, controller: TimelineController, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(controller.viewport_changed):
        widget.zoom_in()
    assert controller.viewport == widget.timemap


def test_clicking_a_cluster_zooms_in(widget: TimelineWidget, qtbot: QtBot) -> None:
    widget.resize(1200, 170)  # few lanes: the 2024 events overflow into a cluster
    widget.fit_all()
    clusters = widget.scene.clusters
    assert clusters
    before = widget.timemap.span
    cluster = clusters[0]
    widget._expand(cluster, QPointF(cluster.x0, widget.scene.cluster_y))
    assert widget.timemap.span < before / 2


def test_compressed_view_draws_the_break_and_spreads_2024(
    widget: TimelineWidget, controller: TimelineController
) -> None:
    def spread() -> float:
        timeline = controller.timeline
        assert timeline is not None
        xs = [
            m.x0
            for m in widget.scene.marks
            if timeline.index.earliest[m.event] >= to_seconds(2024, 1, 1)
        ]
        return max(xs) - min(xs)

    plain = spread()
    widget.set_compressed(True)
    assert [b.label for b in widget.scene.breaks] == ["2013 – 2023, no events"]
    assert spread() > 3 * plain
    # The controller's window stays in real time: the status bar and exports read it.
    viewport = controller.viewport
    assert viewport is not None
    assert viewport.start < to_seconds(2012, 1, 1) < to_seconds(2024, 9, 15) < viewport.end
    widget.set_compressed(False)
    assert widget.scene.breaks == []


def test_fit_all_fits_the_data_with_small_margins(
    widget: TimelineWidget, controller: TimelineController
) -> None:
    timeline = controller.timeline
    assert timeline is not None
    widget.fit_all()
    t0, t1 = timeline.index.extent()  # type: ignore[misc]
    tm = widget.timemap
    left, right = tm.to_x(t0), tm.to_x(t1)
    assert 0 < left <= 60
    # Labels that can go left of their marks need no room on the right.
    assert right >= 0.85 * tm.width
    assert right < tm.width


@pytest.mark.parametrize("compressed", [False, True])
def test_a_narrow_view_fits_every_event(
    widget: TimelineWidget, controller: TimelineController, compressed: bool
) -> None:
    widget.resize(450, 430)
    widget.set_compressed(compressed)
    widget.fit_all()
    assert widget.empty_view_message() is None
    assert widget.scene.visible_count == controller.shown_count


def test_few_lanes_spread_over_a_tall_view(widget: TimelineWidget) -> None:
    widget.resize(1200, 700)
    widget.fit_all()
    scene = widget.scene
    last = max(m.lane for m in scene.marks)
    bottom = scene.lane_y(last + 1)
    lanes_area = scene.axis_top - scene.geometry.top
    assert scene.geometry.lane_height > 24
    # Up to the tallest lane that still reads as a row of a timeline.
    assert bottom - scene.geometry.top >= min(0.75 * lanes_area, (last + 1) * MAX_LANE_HEIGHT - 1)


def test_one_click_pulls_a_big_cluster_apart(qtbot: QtBot, tmp_path: Path) -> None:
    """The report: on a 1,000-event file "+960" stayed "+911", then "+879" after clicks."""
    spec = importlib.util.spec_from_file_location("benchmarks_generate", _GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generator
    spec.loader.exec_module(generator)
    timeline = Timeline(load_event_file(generator.generate(1000, folder=tmp_path)).loaded)
    controller = TimelineController()
    controller.set_timeline(timeline)
    view = TimelineWidget(controller)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.fit_all()
    biggest = max(view.scene.clusters, key=lambda c: c.count)
    assert biggest.count > 500
    view._expand(biggest, QPointF(biggest.x0, view.scene.cluster_y))
    after = max((c.count for c in view.scene.clusters), default=0)
    assert after < biggest.count / 10
    assert view.scene.marks
