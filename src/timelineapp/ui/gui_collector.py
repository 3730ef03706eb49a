"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is passed. With
loading, building, importing and search threads, that was often not the GUI thread: it then
destroyed the GUI thread's Qt objects that had become garbage in reference cycles (a closed
dialog, a timer), which Qt forbids ("QObject::killTimer: Timers cannot be stopped from another
thread") and which crashed the window soon after. So, while the window runs, automatic
collection is off and a timer on the GUI thread collects instead, by the interpreter's own
thresholds (the recipe pyqtgraph's ``GarbageCollector`` uses). Loading still pauses it for its
validation (``model.loading.pipeline.collector_paused``), which this timer honours.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..model.loading.pipeline import collection_paused

CHECK_MS = 500


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


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector (made once)."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
