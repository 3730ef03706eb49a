"""The one owner of the state that changes: the open file, the filter, the selection.

Views never change each other; they ask the controller, and it tells everyone through a few
coarse signals that say what changed.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, Signal

from ..model.timeline import Timeline
from ..render.timemap import TimeMap


class TimelineController(QObject):
    """Holds the opened :class:`Timeline`, the filter mask and the selected event."""

    file_loaded = Signal()  # a new timeline replaced the old one
    filter_changed = Signal()  # the mask of shown events changed
    selection_changed = Signal(object)  # int event index, or None
    passage_requested = Signal(str, int, int)  # document id, start, end: show this text
    zoom_to_event_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._mask: npt.NDArray[np.bool_] = np.zeros(0, dtype=np.bool_)
        self._cumulative: npt.NDArray[np.int64] = np.zeros(1, dtype=np.int64)
        self._selection: int | None = None
        self._filter_description = ""

    # --- state ----------------------------------------------------------------------------
    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def mask(self) -> npt.NDArray[np.bool_]:
        """Events passing the filter (all of them until a filter is set)."""
        return self._mask

    @property
    def cumulative(self) -> npt.NDArray[np.int64]:
        """Running count of passing events in date order (for density and counts)."""
        return self._cumulative

    @property
    def selection(self) -> int | None:
        return self._selection

    @property
    def filter_description(self) -> str:
        """The active filter in words ("" when everything is shown)."""
        return self._filter_description

    @property
    def shown_count(self) -> int:
        return int(np.count_nonzero(self._mask))

    # --- changes --------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._selection = None
        self._filter_description = ""
        self._set_mask(np.ones(timeline.index.count, dtype=np.bool_), emit=False)
        self.file_loaded.emit()
        self.selection_changed.emit(None)

    def set_mask(self, mask: npt.NDArray[np.bool_], description: str = "") -> None:
        self._filter_description = description
        self._set_mask(mask, emit=True)

    def _set_mask(self, mask: npt.NDArray[np.bool_], emit: bool) -> None:
        self._mask = mask
        if self._timeline is not None:
            index = self._timeline.index
            everything = mask.size == index.count and bool(mask.all())
            self._cumulative = index.cumulative_all if everything else index.cumulative_mask(mask)
        if emit:
            self.filter_changed.emit()

    def select(self, event: int | None) -> None:
        if event == self._selection:
            return
        self._selection = event
        self.selection_changed.emit(event)

    def select_neighbour(self, step: int) -> None:
        """Select the next (step 1) or previous (-1) shown, dated event in date order."""
        if self._timeline is None:
            return
        found = self._timeline.index.neighbour(self._selection, step, self._mask)
        if found is not None:
            self.select(found)

    def show_passage(self, document_id: str, start: int, end: int) -> None:
        self.passage_requested.emit(document_id, start, end)

    # --- the view window (render) ------------------------------------------------------------
    # The visible window of the timeline, set by the timeline widget; exports, the overview
    # and the status bar read it from here.
    viewport_changed = Signal(object)  # TimeMap
    _viewport: TimeMap | None = None

    @property
    def viewport(self) -> TimeMap | None:
        return self._viewport

    def set_viewport(self, timemap: TimeMap) -> None:
        if timemap != self._viewport:
            self._viewport = timemap
            self.viewport_changed.emit(timemap)
