"""The background date-phrase check gives way to the user: it reads no event while the user
types, clicks or moves the mouse in the window, and stops between two events once cancelled
(a check of a big file takes seconds and runs again after every edit)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from timelineapp.model.loading.under_way import load_under_way
from timelineapp.ui.app import Application
from timelineapp.ui.phrase_warnings import PhraseWarnings, _Cancelled, _giving_way

from .test_phrase_warnings_listed import redated_example, warnings_listed

# What the check finds and when it reads, not how long it waits to start.
pytestmark = pytest.mark.usefixtures("quick_phrase_check")


def _read_in_a_thread(events: list[int], cancelled: threading.Event, idle: threading.Event):
    got: list[int] = []
    outcome: list[str] = []

    def run() -> None:
        try:
            got.extend(_giving_way(events, cancelled, idle))
            outcome.append("done")
        except _Cancelled:
            outcome.append("cancelled")

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, got, outcome


class _CountedWaits(threading.Event):
    """An event that counts the waits on it: how many times a paused check looked."""

    def __init__(self) -> None:
        super().__init__()
        self.waits = 0

    def wait(self, timeout: float | None = None) -> bool:
        self.waits += 1
        return super().wait(timeout)


def test_a_check_reads_no_event_while_the_user_is_at_work() -> None:
    cancelled, idle = threading.Event(), _CountedWaits()  # idle cleared: the user is at work
    thread, got, outcome = _read_in_a_thread([3, 5, 8], cancelled, idle)
    while idle.waits < 6 and thread.is_alive():  # it looked six times, the user still at work
        thread.join(0.005)
    assert thread.is_alive()
    assert got == []
    assert outcome == []
    idle.set()
    thread.join(10)
    assert got == [3, 5, 8]
    assert outcome == ["done"]


def test_a_paused_check_stops_once_cancelled() -> None:
    cancelled, idle = threading.Event(), threading.Event()
    thread, got, outcome = _read_in_a_thread([3, 5, 8], cancelled, idle)
    cancelled.set()
    thread.join(10)
    assert not thread.is_alive()
    assert got == []
    assert outcome == ["cancelled"]


@pytest.mark.shared_window
def test_input_in_the_window_pauses_a_running_check_until_the_user_stops(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    warnings = app.window.findChild(PhraseWarnings)
    assert warnings is not None
    assert app.opener.open(redated_example(tmp_path))
    qtbot.waitUntil(lambda: not warnings.checking, timeout=10_000)  # the open's own check
    # Another check started, held as during a load (test_phrase_warnings_loading) until the
    # mouse has moved and rested: still running at the move, however fast it reads this file.
    with load_under_way():
        warnings._checking = True
        warnings._start_check()
        QTest.mouseMove(app.window.timeline, QPoint(3, 3))  # above the lanes: no tooltip
        assert not warnings._user_idle.is_set()  # paused by the mouse moving over the timeline
        qtbot.waitUntil(warnings._user_idle.is_set, timeout=10_000)  # and on again when it rests
        assert warnings.checking
    qtbot.waitUntil(lambda: not warnings.checking, timeout=10_000)
    assert len(warnings_listed(app.window.provenance_pane.list_widget)) == 2
    assert not warnings._watching  # no filter on every event once the check has ended
