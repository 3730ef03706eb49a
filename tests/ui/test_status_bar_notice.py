"""A notice in the status bar takes the file name's place, even when given before the
window is shown (a settings notice at start-up was painted on top of the file name)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from timelineapp.ui.controller import TimelineController
from timelineapp.ui.status_bar import TimelineStatusBar


def test_a_notice_given_before_the_window_shows_hides_the_file_name(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = TimelineStatusBar(TimelineController())
    window.setStatusBar(status)
    status.file_label.setText("antiquite.timeline.json")
    status.showMessage("Your settings could not be used", 30_000)
    window.show()
    qtbot.waitExposed(window)
    assert not status.file_label.isVisible()
    assert not status.count_label.isVisible()
    assert "Your settings could not be used" in status.toolTip()
    status.clearMessage()
    assert status.file_label.isVisible()
    assert status.count_label.isVisible()
    assert status.toolTip() == ""
