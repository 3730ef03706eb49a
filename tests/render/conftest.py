"""Shared helpers of the render tests: the bundled example as a timeline, a scene of it at a
view, a timeline widget shown on a file."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timelineapp.model.calendar import SECONDS_PER_DAY
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.calendar_names import LocaleNames
from timelineapp.render.inputs import scene_inputs
from timelineapp.render.label_measure import label_measure
from timelineapp.render.scene import Scene, build_scene_filling
from timelineapp.render.timemap import TimeMap
from timelineapp.resources import example_event_file
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.timeline_widget import TimelineWidget

ShowTimeline = Callable[[Timeline, int, int], TimelineWidget]


@pytest.fixture(scope="module")
def niger(qapp: QApplication) -> Timeline:
    """The bundled example (Niger 2024), loaded once per test module."""
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    return Timeline(result.loaded)


def scene_at(timeline: Timeline, font: QFont, start: float, days: float, width: int) -> Scene:
    """Every event of ``timeline`` laid out from ``start`` over ``days`` in ``width`` pixels,
    labels measured in ``font`` (the screen's or the export's)."""
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    inputs = scene_inputs(timeline, mask, timeline.index.cumulative_mask(mask))
    view = TimeMap(start, days * SECONDS_PER_DAY / width, float(width))
    return build_scene_filling(inputs, view, 330.0, label_measure(font), LocaleNames())


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
