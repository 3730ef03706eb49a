"""Redo answers Ctrl+Shift+Z and Ctrl+Y from the window (QA #72: a key listed twice on the
action made Qt call it ambiguous, and Redo had no working key)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


@pytest.mark.shared_window
@pytest.mark.parametrize(
    "platform_redo", [["Ctrl+Shift+Z"], ["Ctrl+Y"], ["Ctrl+Y", "Ctrl+Shift+Z"], []]
)
def test_each_redo_key_is_listed_once(
    qapp: object, monkeypatch: pytest.MonkeyPatch, platform_redo: list[str]
) -> None:
    # X11's own Redo key is Ctrl+Shift+Z, Windows' Ctrl+Y: whatever the platform says, each
    # key once (twice is "ambiguous" to Qt, and the key does nothing).
    from timelineapp.ui import main_window

    bindings = [QKeySequence(name) for name in platform_redo]
    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(lambda key: bindings))
    names = [key.toString() for key in main_window.redo_keys()]
    assert len(names) == len(set(names))
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(names)


@pytest.mark.shared_window
@pytest.mark.parametrize(
    ("modifiers", "key"),
    [
        (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z),
        (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y),
    ],
)
def test_redo_key_redoes_an_undone_edit(
    app: Application, qtbot: QtBot, modifiers: Qt.KeyboardModifier, key: Qt.Key
) -> None:
    assert app.opener.open(example_event_file())
    qtbot.waitExposed(app.window)
    timeline = app.controller.timeline
    assert timeline is not None
    count = len(timeline.titles)
    app.controller.select(0)
    app.window.edit_flow.delete_event_action.trigger()
    app.controller.undo_stack.undo()
    assert app.controller.undo_stack.canRedo()
    app.window.activateWindow()
    app.window.timeline.setFocus()
    qtbot.waitUntil(app.window.timeline.hasFocus)
    qtbot.keyClick(app.window.timeline, key, modifiers)
    after = app.controller.timeline
    assert after is not None
    assert len(after.titles) == count - 1
    assert QKeySequence(key.value | modifiers.value) in app.window.redo_action.shortcuts()
