"""The keyboard at start-up: the timeline has the focus, and window shortcuts work from a
text field (QA #45)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


def _active(app: Application, qtbot: QtBot) -> None:
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)


def test_the_window_opens_with_the_timeline_focused(app: Application, qtbot: QtBot) -> None:
    window = app.window
    assert window.panes_ready  # the panes are built after the first paint: focus kept
    assert window.focusWidget() is window.timeline
    _active(app, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    # The timeline's keys work at once: Right walks to an event.
    assert app.opener.open(example_event_file())
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
    assert app.controller.selection is not None


class _ClaimsEveryKey(QObject):
    """What QLineEdit does with Ctrl+E on X11 (end of line): it claims the key before the
    window's shortcuts see it. Offscreen, Qt uses the Windows key scheme, so it is forced."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
        return False


@pytest.mark.shared_window
def test_window_shortcuts_work_from_a_text_field_that_claims_them(
    app: Application, qtbot: QtBot
) -> None:
    window = app.window
    assert app.opener.open(example_event_file())
    _active(app, qtbot)
    search: QLineEdit = window.filter_bar.search
    claims = _ClaimsEveryKey(search)
    search.installEventFilter(claims)
    window.export_requested.disconnect()  # the dialog itself is not this test's concern
    window.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    with qtbot.waitSignal(window.export_requested, timeout=2000):
        qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # The field keeps the keys that edit text: Ctrl+Z is its own undo, not the file's.
    override = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    QApplication.sendEvent(search, override)
    assert override.isAccepted()
    # And plain keys are text, even when a window action uses them.
    override = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_V, Qt.KeyboardModifier.NoModifier, "v"
    )
    QApplication.sendEvent(search, override)
    assert override.isAccepted()
