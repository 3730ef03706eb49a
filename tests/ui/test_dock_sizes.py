"""Dock widths at a small window (1024 x 700) hold when the panes' content changes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.ui.app import Application

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _laid_out_at_1024(app: Application, qtbot: QtBot, timeline: Timeline) -> None:
    app.controller.set_timeline(timeline)
    window = app.window
    window.resize(1024, 700)
    qtbot.wait(10)
    window.reset_layout()  # the default docks, sized for this window
    qtbot.wait(10)
    assert app.controller.selection is None


@pytest.mark.shared_window
def test_selecting_an_event_keeps_the_event_dock_width(
    app: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    _laid_out_at_1024(app, qtbot, niger_timeline)
    window = app.window
    event_dock = window.docks["event"]
    before = event_dock.width()

    app.controller.select(0)
    qtbot.wait(10)
    app.controller.select(len(niger_timeline.events) - 1)
    qtbot.wait(10)

    assert abs(event_dock.width() - before) <= 3
    central = window.centralWidget()
    assert central is not None
    assert central.width() >= central.minimumSizeHint().width()  # nothing left to take back
    assert window.timeline.width() >= 450  # the timeline keeps most of a 1024 px window


@pytest.mark.shared_window
def test_empty_panes_do_not_widen_the_docks(
    app: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    from PySide6.QtWidgets import QLabel

    _laid_out_at_1024(app, qtbot, niger_timeline)
    # The greyed empty-state sentences ("No event selected") wrap: their length is not the
    # dock's minimum width, which the dock layout would take back once an event is selected.
    for key in ("event", "editor", "quotes"):
        pane = app.window.docks[key].widget()
        assert pane is not None
        hints = [
            label
            for label in pane.findChildren(QLabel)
            if label.isVisible() and not label.isEnabled() and label.text()
        ]
        assert hints, key
        for label in hints:
            sentence = label.fontMetrics().horizontalAdvance(label.text())
            assert pane.minimumSizeHint().width() < sentence, (key, label.text())


@pytest.mark.shared_window
def test_the_left_dock_is_wider_than_a_fifth_at_1024(
    app: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    _laid_out_at_1024(app, qtbot, niger_timeline)
    assert app.window.docks["actors"].width() >= 225  # actor names, legend rows readable


def test_the_within_choice_shrinks_only_when_the_bar_is_narrow(qtbot: QtBot) -> None:
    from timelineapp.ui.controller import TimelineController
    from timelineapp.ui.filter_bar import FilterBar
    from timelineapp.ui.filter_state import FilterState

    bar = FilterBar(FilterState(TimelineController()))
    qtbot.addWidget(bar)
    within = bar.within
    longest = max(
        within.fontMetrics().horizontalAdvance(within.itemText(i)) for i in range(within.count())
    )
    # Its longest choice is not the timeline's minimum width...
    assert within.minimumWidth() < longest
    # ...yet with room the choice is shown whole.
    bar.resize(1600, bar.sizeHint().height())
    bar.show()
    qtbot.wait(1)
    assert within.width() >= longest
