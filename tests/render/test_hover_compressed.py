"""The hover underline is on the label under the pointer, compressed or not (QA, session
10: at 1024x700 with compressed stretches the underline was on "Mise en pl…" while the
pointer was on "Retrait des troupes françaises du Niger", a lane away: the hover of the
view before compressing was kept)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.render.label_places import EDGE_ROOM, LABEL_ROOM_MIN
from timelineapp.render.scene import hit_test, label_width
from timelineapp.render.scene_items import mark_body, mark_span
from timelineapp.ui.timeline_widget import TimelineWidget

from .conftest import ShowTimeline

#: The timeline's size in the QA's 1024x700 window.
SIZE = (500, 300)


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


@pytest.mark.parametrize("size", [SIZE, (527, 300), (470, 330)])
def test_compressed_labels_are_not_cut_at_the_right_edge_when_the_left_holds_them(
    niger: Timeline, show_timeline: ShowTimeline, size: tuple[int, int]
) -> None:
    """QA, session 10: five labels cut at the right edge ("Dénonciati…") with the space
    left of their marks empty; other rows placed theirs left."""
    widget = show_timeline(niger, *size)
    widget.set_compressed(True)
    scene = widget.scene
    g = scene.geometry
    measure = widget._measure
    widths = [label_width(measure, m.flags, m.review, m.label) for m in scene.marks]
    for k, mark in enumerate(scene.marks):
        if mark.label_x < 0 or mark.label_x + widths[k] <= scene.width - EDGE_ROOM:
            continue  # whole beside its mark, or held at the left edge
        if mark.label_x + min(widths[k], mark.label_room) < mark.x0:
            continue  # already left of its mark
        left, _right = mark_body(mark, g)
        free_from = max(
            [0.0]
            + [
                mark_span(other, widths[j], g)[1] + g.min_gap
                for j, other in enumerate(scene.marks)
                if j != k and other.lane == mark.lane and mark_span(other, widths[j], g)[1] <= left
            ]
        )
        room = left - g.label_gap - free_from
        beside = scene.width - EDGE_ROOM - mark.label_x
        assert room <= max(beside, LABEL_ROOM_MIN), (size, mark.label, room, beside)
