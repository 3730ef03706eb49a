"""What the timeline view says and does in the cases issue 13 found wanting: empty views,
cluster clicks, the view window owned by the controller."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from timelineapp.model.calendar import to_seconds
from timelineapp.model.timeline import Timeline
from timelineapp.render.scene import Cluster, cluster_zoom_range
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.timeline_widget import TimelineWidget


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
