"""A file's pane layout saved on a big screen, restored in a small window, leaves the timeline
its room (QA #105: ~300×200 px at 1024×700); a layout that fits is kept as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application
from timelineapp.ui.dock_fit import TIMELINE_ROOM

from .layout_settle import settle_layouts


def _settle(window: QWidget) -> None:
    """The resize's events and the layouts they ask for run now, as a moment later."""
    QApplication.processEvents()
    settle_layouts(window)


@pytest.mark.shared_window
def test_a_big_screens_layout_is_fitted_to_a_small_window(app: Application, qtbot: QtBot) -> None:
    window = app.window
    window.resize(1900, 1000)
    _settle(window)
    window.resizeDocks([window.docks["event"]], [800], Qt.Orientation.Horizontal)
    window.resizeDocks([window.docks["events"]], [500], Qt.Orientation.Vertical)
    _settle(window)
    state = window.dock_state()
    window.resize(1024, 700)
    _settle(window)
    window.restore_dock_state(state)
    central = window.centralWidget().size()
    assert central.width() >= TIMELINE_ROOM.width()
    assert central.height() >= TIMELINE_ROOM.height()
    assert "default layout" in window.status.currentMessage()


@pytest.mark.shared_window
def test_a_layout_that_fits_is_kept(app: Application, qtbot: QtBot) -> None:
    window = app.window
    window.resize(1900, 1000)
    _settle(window)
    window.resizeDocks([window.docks["event"]], [600], Qt.Orientation.Horizontal)
    _settle(window)
    state = window.dock_state()
    width = window.docks["event"].width()
    window.restore_dock_state(state)
    assert window.docks["event"].width() == width
    assert "default layout" not in window.status.currentMessage()
