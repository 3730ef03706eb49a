"""Reporting-lag lines go down from the mark, then along the axis: they cross no label
(QA #58: a diagonal ran through the labels of every row between the mark and the axis)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from timelineapp.render.evidence_marks import lag_route


def test_the_route_goes_down_then_along_the_axis() -> None:
    route = lag_route(400.0, 50.0, 900.0, 300.0)
    points = [route.at(k) for k in range(route.count())]
    assert points == [QPointF(400, 50), QPointF(400, 300), QPointF(900, 300)]


def test_a_label_between_the_mark_and_the_axis_is_not_crossed() -> None:
    # A label two rows below the mark, right of it, where a diagonal to x=900 passed.
    label = QRectF(450, 120, 300, 16)
    route = lag_route(400.0, 50.0, 900.0, 300.0)
    for k in range(route.count() - 1):
        a, b = route.at(k), route.at(k + 1)
        for step in range(101):
            t = step / 100
            point = QPointF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)
            assert not label.contains(point)
