"""While the window runs, garbage cycles are collected on the GUI thread only: a collection
run by a loading or building thread destroyed the window's Qt objects from that thread
("Timers cannot be stopped from another thread", then a crash)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer

from timelineapp.model.loading.collector import collector_paused
from timelineapp.ui.app import Application
from timelineapp.ui.gui_collector import (
    GuiThreadCollector,
    collect_on_gui_thread,
    leave_collection_off,
)


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.timer = QTimer()  # a Qt object of the GUI thread, in the cycle
        self.timer.start(60_000)


def _garbage_cycle() -> weakref.ref[_Cycle]:
    cycle = _Cycle()
    return weakref.ref(cycle)


def test_other_threads_never_collect_and_the_gui_thread_does(app: Application) -> None:
    assert not gc.isenabled()
    gone = _garbage_cycle()

    def allocate() -> None:
        junk = []
        for _ in range(50_000):
            pair: list[object] = []
            pair.append(pair)  # cycles, past every threshold
            junk.append(pair)

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert gone() is not None  # the thread did not collect the GUI thread's timer
    collector = collect_on_gui_thread(app.qapp)
    assert collector is app.qapp.findChild(GuiThreadCollector)  # one per application
    with collector_paused():
        assert collector.check() is None  # a load's pause is honoured
    assert collector.check() is not None
    while gone() is not None and collector.check() is not None:
        pass
    assert gone() is None


def test_the_collector_is_a_child_of_the_application(app: Application) -> None:
    found = app.qapp.findChildren(GuiThreadCollector)
    assert len(found) == 1
    assert isinstance(found[0], QObject)


def test_after_the_loop_the_collector_stays_off_when_destroyed() -> None:
    # At exit PySide destroys the application's children; a collection turned back on in
    # there deadlocked on Qt's lock (run_app calls leave_collection_off after exec).
    collecting = gc.isenabled()
    owner = QObject()
    try:
        collect_on_gui_thread(owner)  # type: ignore[arg-type]
        leave_collection_off(owner)  # type: ignore[arg-type]
        del owner  # made in Python without a parent: destroyed with its collector
        assert not gc.isenabled()
    finally:
        if collecting:
            gc.enable()
