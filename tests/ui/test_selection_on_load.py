"""A selection made while a file is being shown (a remembered view restoring its event)
must reach every pane: the event pane once said "No event selected" beside a selected row."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.ui.controller import TimelineController
from timelineapp.ui.panes import EventPane

from .test_panes import make_timeline

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_selection_made_during_file_loaded_reaches_the_event_pane(qtbot: QtBot) -> None:
    controller = TimelineController()
    # Like the view memory: connected before the pane, it selects while the file is shown.
    controller.file_loaded.connect(lambda: controller.select(0))
    pane = EventPane(controller)
    qtbot.addWidget(pane)
    announced: list[int | None] = []
    controller.selection_changed.connect(announced.append)

    controller.set_timeline(make_timeline())

    assert controller.selection == 0
    assert announced[-1] == 0
    assert "No event selected" not in pane.shown_text()
