"""The hover underline is on the label under the pointer, compressed or not (QA, session
10: at 1024x700 with compressed stretches the underline was on "Mise en pl…" while the
pointer was on "Retrait des troupes françaises du Niger", a lane away: the hover of the
view before compressing was kept)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.scene import hit_test, label_width
from timelineapp.resources import example_event_file
from timelineapp.ui.timeline_widget import TimelineWidget

from .conftest import ShowTimeline

#: The timeline's size in the QA's 1024x700 window.
SIZE = (500, 300)


@pytest.fixture(scope="module")
def niger(qapp: QApplication) -> Timeline:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    return Timeline(result.loaded)


def _label_points(widget: TimelineWidget) -> list[tuple[int, QPoint]]:
    """Each drawn label's event and a point inside its drawn text."""
    scene = widget.scene
    g = scene.geometry
    points = []
    for mark in scene.marks:
        text_w = label_width(widget._measure, mark.flags, mark.review, mark.label)
        room = min(text_w, mark.label_room if math.isfinite(mark.label_room) else text_w)
        right = min(mark.label_x + room, scene.width - 4)
        if mark.label_x < 0 or right - mark.label_x < 12:
            continue
        y = scene.lane_y(mark.lane) + g.lane_height / 2
        points.append((mark.event, QPoint(round(mark.label_x + 6), round(y))))
    return points


@pytest.mark.parametrize("compressed", [False, True])
def test_hovering_a_drawn_label_hovers_its_own_event(
    niger: Timeline, show_timeline: ShowTimeline, qtbot: QtBot, compressed: bool
) -> None:
    widget = show_timeline(niger, *SIZE)
    widget._show_tooltip = lambda *_args: None  # type: ignore[method-assign]  # no popups
    widget.set_compressed(compressed)
    points = _label_points(widget)
    assert len(points) >= 5
    for event, point in points:
        qtbot.mouseMove(widget, point)
        assert widget._hover.event == event, (event, point)


def test_compressing_under_a_still_pointer_hovers_what_is_now_under_it(
    niger: Timeline, show_timeline: ShowTimeline, qtbot: QtBot
) -> None:
    widget = show_timeline(niger, *SIZE)
    widget._show_tooltip = lambda *_args: None  # type: ignore[method-assign]  # no popups
    for event, point in _label_points(widget):
        qtbot.mouseMove(widget, point)
        assert widget._hover.event == event
        widget.set_compressed(True)
        scene = widget.scene
        now = hit_test(scene, point.x(), point.y(), widget._measure)
        assert widget._hover == now, (event, point)
        widget.set_compressed(False)
