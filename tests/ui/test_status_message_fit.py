"""A status-bar message never runs into the permanent fields; titles in it are cut like the
labels' (QA #38)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from timelineapp.model.untrusted_text import TITLE_LIMIT
from timelineapp.resources import example_event_file
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.status_bar import TimelineStatusBar


def _window(qtbot: QtBot, width: int) -> tuple[QMainWindow, TimelineStatusBar]:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = TimelineStatusBar(TimelineController())
    window.setStatusBar(status)
    status.range_label.setText("2011 – 2028")
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, status


def test_a_huge_title_is_cut_and_the_message_ends_before_the_range(qtbot: QtBot) -> None:
    window, status = _window(qtbot, 1024)
    title = "HUGE " * 2_000_000  # 10 MB, as in QA's file
    status.on_selection_hidden(title)
    message = status.currentMessage()
    assert len(message) < 2 * TITLE_LIMIT
    width = status.fontMetrics().horizontalAdvance(message)
    assert 6 + width < status.range_label.x()  # drawn whole, left of the range
    assert "…" in message[-3:]  # and says it is cut (before the isolate's end)
    assert "hidden by the filter" in status.toolTip()  # the whole sentence a hover away
    # Wider, the sentence fits: the title is cut at the limit, the words after it stay.
    window.resize(2000, 300)
    qtbot.waitUntil(lambda: "hidden by the filter" in status.currentMessage())
    assert "HUGE " * 30 not in status.currentMessage()  # at most 120 characters of it


def test_a_notice_given_while_hidden_is_fitted_once_shown_and_keeps_its_timeout(
    qtbot: QtBot,
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = TimelineStatusBar(TimelineController())
    window.setStatusBar(status)
    status.range_label.setText("2011 – 2028")
    status.showMessage(f"Your settings could not be used ({example_event_file()} " + "x" * 400, 500)
    window.resize(800, 300)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "…" in status.currentMessage())
    assert status.fontMetrics().horizontalAdvance(status.currentMessage()) < status.range_label.x()
    assert "x" * 400 in status.toolTip()
    qtbot.waitUntil(lambda: status.currentMessage() == "", timeout=3000)  # 500 ms, as asked
