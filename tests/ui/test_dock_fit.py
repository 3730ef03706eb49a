"""A file's pane layout saved on a big screen, restored in a small window, leaves the timeline
its room (QA #105: ~300×200 px at 1024×700); a layout that fits is kept as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application
from timelineapp.ui.dock_fit import TIMELINE_ROOM


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(50)


@pytest.mark.shared_window
def test_a_big_screens_layout_is_fitted_to_a_small_window(app: Application, qtbot: QtBot) -> None:
    window = app.window
    window.resize(1900, 1000)
    _settle(qtbot)
    window.resizeDocks([window.docks["event"]], [800], Qt.Orientation.Horizontal)
    window.resizeDocks([window.docks["events"]], [500], Qt.Orientation.Vertical)
    _settle(qtbot)
    state = window.dock_state()
    window.resize(1024, 700)
    _settle(qtbot)
    window.restore_dock_state(state)
    central = window.centralWidget().size()
    assert central.width() >= TIMELINE_ROOM.width()
    assert central.height() >= TIMELINE_ROOM.height()
    assert "default layout" in window.status.currentMessage()


@pytest.mark.shared_window
def test_a_layout_that_fits_is_kept(app: Application, qtbot: QtBot) -> None:
    window = app.window
    window.resize(1900, 1000)
    _settle(qtbot)
    window.resizeDocks([window.docks["event"]], [600], Qt.Orientation.Horizontal)
    _settle(qtbot)
    state = window.dock_state()
    width = window.docks["event"].width()
    window.restore_dock_state(state)
    assert window.docks["event"].width() == width
    assert "default layout" not in window.status.currentMessage()
