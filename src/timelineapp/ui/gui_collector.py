"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is passed. With
loading, building, importing and search threads, that was often not the GUI thread: it then
destroyed the GUI thread's Qt objects that had become garbage in reference cycles (a closed
dialog, a timer), which Qt forbids ("QObject::killTimer: Timers cannot be stopped from another
thread") and which crashed the window soon after. So, while the window runs, automatic
collection is off and a timer on the GUI thread collects instead, by the interpreter's own
thresholds (the recipe pyqtgraph's ``GarbageCollector`` uses). Loading still pauses it for its
validation (``model.loading.collector.collector_paused``), which this timer honours.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..model.loading.collector import collection_paused

CHECK_MS = 500
_ATTRIBUTE = "_timelineapp_gui_collector"


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects from the GUI thread's event loop."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.destroyed.connect(gc.enable)

    def check(self) -> int | None:
        """Collect the oldest generation whose threshold is passed; which one, or None."""
        if collection_paused():
            return None
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        generation = None
        if young > first:
            generation = 0
            if middle > second:
                generation = 1
                if old > third:
                    generation = 2
        if generation is not None:
            gc.collect(generation)
        return generation


def leave_collection_off(app: QCoreApplication) -> None:
    """Once the event loop has returned: the collector is not turned back on when it is
    destroyed. At exit PySide destroys the application and its children; with the collector
    back on, an allocation in a later child's destructor ran a collection while Qt held its
    lock, a weak reference's callback disconnected a signal, which waited for that lock: the
    process never exited (seen twice in ~500 benchmark starts). Nothing needs collecting then."""
    found = getattr(app, _ATTRIBUTE, None)
    if isinstance(found, GuiThreadCollector) and shiboken6.isValid(found):
        found.destroyed.disconnect(gc.enable)


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector (made once).

    Kept on the application's Python object rather than found with ``findChild``, which
    wraps each child of the application in Python to test its type: at a start, the style
    object, for which PySide then builds the QStyle class and its dozen enums."""
    found = getattr(app, _ATTRIBUTE, None)
    if isinstance(found, GuiThreadCollector) and shiboken6.isValid(found):
        return found
    made = GuiThreadCollector(app)
    setattr(app, _ATTRIBUTE, made)
    return made
