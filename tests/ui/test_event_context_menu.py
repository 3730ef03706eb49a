"""Right-click on an event, on the timeline or in the Events table, opens its menu; Delete
deletes the selected event there, undoably, outside Review Mode (QA #67)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application

from .conftest import wait_for_panes

# Each test starts from the module's one window, emptied as a new one is (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window


def _opened(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    app.window.show()
    wait_for_panes(qtbot, app)
    qtbot.waitExposed(app.window)


def test_right_click_on_a_mark_selects_it_and_offers_its_actions(
    app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMenu, "popup", lambda self, *args: None)  # offscreen cannot pop up
    _opened(app, qtbot)
    timeline = app.window.timeline
    qtbot.waitUntil(lambda: bool(timeline.scene.marks))
    mark = timeline.scene.marks[0]
    y = timeline.scene.lane_y(mark.lane) + timeline.scene.geometry.lane_height / 2
    at = QPoint(int(mark.label_x + 8), int(y))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, timeline.mapToGlobal(at))
    QApplication.sendEvent(timeline, event)
    assert app.controller.selection == mark.event
    menu = app.window.event_menu.menu
    assert menu is not None
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert app.window.edit_flow.delete_event_action in actions
    assert app.window.zoom_selection_action in actions
    app.window.event_menu.copy_action.trigger()
    controller_timeline = app.controller.timeline
    assert controller_timeline is not None
    assert QGuiApplication.clipboard().text() == controller_timeline.titles[mark.event]


def test_right_click_on_empty_timeline_offers_nothing(app: Application, qtbot: QtBot) -> None:
    _opened(app, qtbot)
    timeline = app.window.timeline
    at = QPoint(2, timeline.height() - 2)  # the axis: no event there
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, timeline.mapToGlobal(at))
    QApplication.sendEvent(timeline, event)
    assert app.window.event_menu.menu is None


def test_delete_on_the_timeline_deletes_the_selected_event_undoably(
    app: Application, qtbot: QtBot
) -> None:
    _opened(app, qtbot)
    before = app.controller.timeline
    assert before is not None
    count = len(before.titles)
    app.controller.select(0)
    app.window.timeline.setFocus()
    qtbot.waitUntil(app.window.timeline.hasFocus)
    qtbot.keyClick(app.window.timeline, Qt.Key.Key_Delete)
    after = app.controller.timeline
    assert after is not None
    assert len(after.titles) == count - 1
    app.controller.undo_stack.undo()
    undone = app.controller.timeline
    assert undone is not None
    assert len(undone.titles) == count
    app.window.review.mode_action.setChecked(True)  # Review Mode's own Delete owns the key
    keys = app.window.timeline.actions()
    enabled = [a for a in keys if a.isEnabled() and a.shortcut().toString() == "Del"]
    assert enabled == [app.window.review.delete_action]
    app.window.review.mode_action.setChecked(False)


def test_shift_f10_opens_the_selected_events_menu_and_is_listed(
    app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA #109d: Shift+F10 did nothing on the timeline, and Help › Keyboard Shortcuts listed
    no key for the menu."""
    from timelineapp.ui.shortcuts_dialog import shortcut_rows

    popped: list[object] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *args: popped.append(args))
    _opened(app, qtbot)
    timeline = app.window.timeline
    qtbot.waitUntil(lambda: bool(timeline.scene.marks))
    mark = timeline.scene.marks[0]
    app.controller.select(mark.event)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    qtbot.keyClick(timeline, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert popped
    menu = app.window.event_menu.menu
    assert menu is not None
    assert app.window.edit_flow.delete_event_action in menu.actions()
    assert any("F10" in keys for _, keys, _ in shortcut_rows(app.window))
