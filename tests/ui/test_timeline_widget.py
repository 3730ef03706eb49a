"""The timeline widget: zoom anchored under the cursor, pan, fit, keyboard walk, marks."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timelineapp.model.calendar import to_seconds
from timelineapp.model.timeline import Timeline
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.timeline_widget import TimelineWidget


@pytest.fixture
def widget(qtbot: QtBot, niger_timeline: Timeline) -> TimelineWidget:
    controller = TimelineController()
    view = TimelineWidget(controller)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    controller.set_timeline(niger_timeline)
    view._test_controller = controller  # type: ignore[attr-defined]
    return view


def wheel(view: TimelineWidget, x: float, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    pos = QPointF(x, 100)
    event = QWheelEvent(
        pos,
        QPointF(view.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


@pytest.mark.parametrize("x", [100.0, 600.0, 1100.0])
@pytest.mark.parametrize("delta", [120, -120, 480])
def test_wheel_zoom_keeps_the_instant_under_the_cursor(
    widget: TimelineWidget, x: float, delta: int
) -> None:
    widget.show_range(to_seconds(2024, 1, 1), to_seconds(2024, 12, 31))
    before = widget.timemap
    instant = before.to_time(x)
    wheel(widget, x, delta, Qt.KeyboardModifier.NoModifier)
    after = widget.timemap
    assert after.seconds_per_pixel != before.seconds_per_pixel
    assert (after.seconds_per_pixel < before.seconds_per_pixel) == (delta > 0)
    assert after.to_time(x) == pytest.approx(instant, abs=after.seconds_per_pixel)


def test_shift_wheel_pans(widget: TimelineWidget) -> None:
    widget.show_range(to_seconds(2024, 1, 1), to_seconds(2024, 12, 31))
    before = widget.timemap
    wheel(widget, 500, -120, Qt.KeyboardModifier.ShiftModifier)
    after = widget.timemap
    assert after.seconds_per_pixel == before.seconds_per_pixel
    assert after.start != before.start


def test_drag_pans_by_the_dragged_distance(widget: TimelineWidget, qtbot: QtBot) -> None:
    widget.show_range(to_seconds(2024, 1, 1), to_seconds(2024, 12, 31))
    before = widget.timemap
    y = int(widget.height() - 120)  # empty area above the axis
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    qtbot.mouseMove(widget, QPoint(500, y))
    qtbot.mouseMove(widget, QPoint(400, y))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    shift = widget.timemap.start - before.start
    assert shift == pytest.approx(200 * before.seconds_per_pixel, rel=1e-6)


def test_fit_all_shows_every_dated_event(widget: TimelineWidget, niger_timeline: Timeline) -> None:
    widget.zoom_in()
    widget.zoom_in()
    widget.fit_all()
    tm = widget.timemap
    index = niger_timeline.index
    dated = index.order
    assert tm.start <= index.earliest[dated].min()
    assert tm.end >= index.latest[dated].max()


def test_zoom_is_limited_to_one_minute(widget: TimelineWidget) -> None:
    for _ in range(80):
        widget.zoom_in()
    assert widget.timemap.span >= 60 - 1e-6


def test_zoom_out_is_limited_by_the_data(widget: TimelineWidget) -> None:
    for _ in range(80):
        widget.zoom_out()
    extent = to_seconds(2024, 10, 1) - to_seconds(2012, 1, 1)
    assert widget.timemap.span <= extent * 4


def test_left_right_walk_events_in_date_order(
    widget: TimelineWidget, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    controller: TimelineController = widget._test_controller  # type: ignore[attr-defined]
    widget.setFocus()
    seen = []
    for _ in range(niger_timeline.index.dated_count):
        qtbot.keyClick(widget, Qt.Key.Key_Right)
        seen.append(controller.selection)
    assert seen == [int(i) for i in niger_timeline.index.order]
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert controller.selection == seen[-2]


def test_click_selects_the_event_under_the_cursor(widget: TimelineWidget, qtbot: QtBot) -> None:
    controller: TimelineController = widget._test_controller  # type: ignore[attr-defined]
    widget.show_range(to_seconds(2024, 5, 1), to_seconds(2024, 7, 1))
    mark = widget.scene.marks[0]
    y = widget.scene.lane_y(mark.lane) + widget.scene.geometry.lane_height / 2
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(int(mark.label_x + 8), int(y)))
    assert controller.selection == mark.event


def test_rendered_marks_are_at_the_x_their_dates_imply(
    widget: TimelineWidget, niger_timeline: Timeline
) -> None:
    widget.show_range(to_seconds(2024, 5, 1), to_seconds(2024, 7, 1))
    image = widget.grab().toImage()
    background = QColor(image.pixel(widget.width() // 2, widget.scene.geometry.top - 3))
    scale = image.width() / widget.width()
    signing = niger_timeline.event_number["accord-retrait-2024-05-19"]
    [mark] = [m for m in widget.scene.marks if m.event == signing]
    x = widget.timemap.to_x(to_seconds(2024, 5, 19, 12))
    y = widget.scene.lane_y(mark.lane) + widget.scene.geometry.lane_height / 2
    centre = QColor(image.pixel(int(x * scale), int(y * scale)))
    assert centre != background
    # A day's width to the left there is nothing of this lane's mark.
    left = QColor(image.pixel(int((x - 30) * scale), int(y * scale)))
    assert left == background or left.alpha() == 0 or np.isclose(left.lightness(), 255, atol=30)


def test_fit_all_fits_the_filtered_events(widget: TimelineWidget, niger_timeline: Timeline) -> None:
    controller: TimelineController = widget._test_controller  # type: ignore[attr-defined]
    index = niger_timeline.index
    mask = np.zeros(index.count, dtype=np.bool_)
    russia = niger_timeline.event_number["deploiement-russe-2024-04"]
    mask[russia] = True
    controller.set_mask(mask)
    widget.fit_all()
    tm = widget.timemap
    assert tm.start <= index.earliest[russia]
    assert tm.end >= index.latest[russia]
    assert tm.span < 365 * 86400  # not the whole 2012–2024 extent any more


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Equal, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Minus, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_the_window_actions_keys_are_left_to_the_actions(
    widget: TimelineWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    """Pan, zoom, Enter and Esc are the window's actions (``ui/timeline_keys``): the widget
    itself neither handles nor accepts them, so the keys live in one table."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    controller: TimelineController = widget._test_controller  # type: ignore[attr-defined]
    controller.select(int(controller.timeline.index.order[0]))  # type: ignore[union-attr]
    before = (widget.timemap.start, widget.timemap.span, controller.selection)
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    widget.keyPressEvent(event)
    assert not event.isAccepted()
    assert (widget.timemap.start, widget.timemap.span, controller.selection) == before
