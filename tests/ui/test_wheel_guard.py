"""The wheel over a box in a pane scrolls the pane instead of changing the box's value
unless the box has the focus (QA #90: one notch over Review recorded "Disputed")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application

# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window


def _wheel(box: QComboBox) -> None:
    at = QPointF(box.width() / 2, box.height() / 2)
    event = QWheelEvent(
        at,
        box.mapToGlobal(at),
        QPoint(),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box, event)


def test_the_wheel_over_an_unfocused_review_box_changes_nothing(
    app: Application, qtbot: QtBot
) -> None:
    assert app.opener.open(example_event_file())
    app.controller.select(0)
    editor = app.window.event_editor
    review = editor.review
    before = review.currentIndex()
    timeline = app.controller.timeline
    assert timeline is not None
    verdict = timeline.event(0).review
    app.window.timeline.setFocus()
    _wheel(review)
    assert review.currentIndex() == before
    after = app.controller.timeline
    assert after is not None
    assert after.event(0).review == verdict
    assert not app.controller.modified


def test_a_focused_box_still_takes_the_wheel(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    app.controller.select(0)
    status = app.window.event_editor.status
    assert status.focusPolicy() == Qt.FocusPolicy.StrongFocus
    app.window.activateWindow()
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    before = status.currentIndex()
    _wheel(status)
    assert status.currentIndex() != before
