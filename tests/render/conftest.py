"""Shared helpers of the render tests: a timeline widget shown on a file."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.timeline_widget import TimelineWidget

ShowTimeline = Callable[[Timeline, int, int], TimelineWidget]


@pytest.fixture
def show_timeline(qtbot: QtBot) -> ShowTimeline:
    """A factory: a :class:`TimelineWidget` of the given size, shown, with ``timeline`` open
    (its controller is ``widget._controller``)."""

    def show(timeline: Timeline, width: int, height: int) -> TimelineWidget:
        controller = TimelineController()
        view = TimelineWidget(controller)
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        controller.set_timeline(timeline)
        return view

    return show
