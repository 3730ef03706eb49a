"""The one owner of the event filter: the current spec, its undo history, and applying it.

The actor pane and the filter bar never filter anything themselves: they ask this object for
a new :class:`FilterSpec`, it computes the mask with the file's :class:`FilterEngine` and hands
it to the controller, which tells every view. So the timeline, the tables and the counts
always agree on what is shown.
"""

from __future__ import annotations

import dataclasses
import threading

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QTimer, Signal

from ..model.filtering import FilterEngine, FilterSpec, engine_for
from ..model.loading.collector import collector_paused
from ..render.filter_words import describe_filter
from .controller import TimelineController

# Enough to walk back through a session's worth of filters; each entry is a few strings.
UNDO_LIMIT = 200
# A big file's search index is built this long after the file is shown (its first frames
# and panes come first); a search typed before then builds it at once.
SEARCH_INDEX_DELAY_MS = 1500
SEARCH_INDEX_THREAD_EVENTS = 20_000  # below, the first search builds it in a moment


def _build_search_index(engine: FilterEngine) -> None:
    # No cyclic collection on this thread, as on the loading thread (ui.file_opener): it
    # would destroy the GUI thread's Qt objects that are garbage in cycles from here.
    with collector_paused():
        engine.prepare_search()


def _only_text_differs(a: FilterSpec, b: FilterSpec) -> bool:
    return a.text != b.text and dataclasses.replace(a, text=b.text) == b


class FilterState(QObject):
    """Holds the :class:`FilterSpec`, applies it, and can undo changes one by one."""

    spec_changed = Signal(object)  # the new FilterSpec, whoever changed it
    can_undo_changed = Signal(bool)
    engine_changed = Signal()  # a file was opened: new actors, roles and counts
    # Events matching the search text and the rest of the filter, in date order (undated
    # last); empty when there is no search text. For "next match" navigation.
    search_matches_changed = Signal(list)
    # The filter hid the selected event, so the selection was cleared (the event's title).
    selection_hidden = Signal(str)

    def __init__(self, controller: TimelineController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._engine: FilterEngine | None = None
        self._spec = FilterSpec()
        self._undo: list[FilterSpec] = []
        self._could_undo = False  # last value reported by can_undo_changed
        # Typing a search word changes the spec on every pause; one undo should remove the
        # whole word, so consecutive text-only changes are merged into one step.
        self._typing = False
        self._matches: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._rank: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        controller.file_loaded.connect(self.on_file_loaded)
        if controller.timeline is not None:
            self.on_file_loaded()

    # --- state ----------------------------------------------------------------------------
    @property
    def controller(self) -> TimelineController:
        return self._controller

    @property
    def spec(self) -> FilterSpec:
        return self._spec

    @property
    def engine(self) -> FilterEngine | None:
        """The open file's engine (None before any file is open)."""
        return self._engine

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def description(self) -> str:
        """The filter in words, in the file's language ("" when everything is shown)."""
        timeline = self._controller.timeline
        return "" if timeline is None else describe_filter(self._spec, timeline)

    @property
    def search_matches(self) -> list[int]:
        return [int(i) for i in self._matches]

    # --- changes --------------------------------------------------------------------------
    def set_spec(self, spec: FilterSpec) -> None:
        """Filter by ``spec``; the previous filter can be restored with :meth:`undo`."""
        if spec == self._spec:
            return
        text_only = _only_text_differs(spec, self._spec)
        if not (text_only and self._typing):
            self._undo.append(self._spec)
            del self._undo[:-UNDO_LIMIT]
        self._typing = text_only
        self._apply(spec)

    def only_actor(self, actor_id: str) -> None:
        """Show only the events of one actor (and its members); other filters are kept."""
        self.set_spec(
            dataclasses.replace(
                self._spec,
                actors=frozenset({actor_id}),
                actors_alone=frozenset(),
                include_no_actor=False,
                include_descendants=True,
                all_actors=False,
                role=None,
            )
        )

    def only_no_actor(self) -> None:
        """Show only the events that name no actor."""
        self.set_spec(
            dataclasses.replace(
                self._spec,
                actors=frozenset(),
                actors_alone=frozenset(),
                include_no_actor=True,
                all_actors=False,
                role=None,
            )
        )

    def clear(self) -> None:
        """Show every event (undoable). The "certainly/possibly" choice is a preference: kept."""
        self.set_spec(FilterSpec(within=self._spec.within))

    def undo(self) -> None:
        """Restore the filter as it was before the last change."""
        if not self._undo:
            return
        self._typing = False
        self._apply(self._undo.pop())

    def select_next_match(self) -> None:
        self._select_match(1)

    def select_previous_match(self) -> None:
        self._select_match(-1)

    # --- slots ----------------------------------------------------------------------------
    def on_file_loaded(self) -> None:
        timeline = self._controller.timeline
        self._engine = None if timeline is None else engine_for(timeline)
        big = timeline is not None and timeline.index.count > SEARCH_INDEX_THREAD_EVENTS
        if self._engine is not None and big:
            # The first search of a big file would wait for its index (tenths of a second at a
            # million events): build it soon, off the GUI thread (it touches no Qt object).
            # Not at once: a thread holding the interpreter lock would slow the window's
            # busiest moment, the file's first frames, on a shared or a two-core machine.
            engine = self._engine
            QTimer.singleShot(SEARCH_INDEX_DELAY_MS, self, lambda: self._prepare_search(engine))
        self._rank = np.zeros(0, dtype=np.int64)
        if timeline is not None:
            # Date order, undated events last: the order matches are visited in.
            self._rank = timeline.index.date_rank
        if self._controller.reloading_after_edit:
            self.engine_changed.emit()
            self._apply(self._spec)  # an edit of the same file: keep the user's filter
            return
        # Another file's actor ids and roles mean nothing here: start afresh.
        self._undo.clear()
        self._typing = False
        self._spec = FilterSpec(within=self._spec.within)
        self._set_matches(np.zeros(0, dtype=np.int64))
        self.engine_changed.emit()
        self.spec_changed.emit(self._spec)
        self._report_can_undo()

    # --- internals ------------------------------------------------------------------------
    def _prepare_search(self, engine: FilterEngine) -> None:
        if engine is not self._engine:
            return  # another file since: its own index is built when it is searched
        threading.Thread(
            target=_build_search_index, args=(engine,), name="search-index", daemon=True
        ).start()

    def _apply(self, spec: FilterSpec) -> None:
        self._spec = spec
        timeline = self._controller.timeline
        engine = self._engine
        if timeline is not None and engine is not None:
            mask = engine.mask(spec)
            self._controller.set_mask(mask, describe_filter(spec, timeline))
            selected = self._controller.selection
            if selected is not None and 0 <= selected < mask.size and not mask[selected]:
                # The panes must not go on showing an event the timeline no longer shows as
                # if it were there: the selection is cleared, and the status bar says why.
                self._controller.select(None)
                self.selection_hidden.emit(timeline.titles[selected])
            if spec.terms:
                ranked = np.flatnonzero(mask)
                self._set_matches(ranked[np.argsort(self._rank[ranked], kind="stable")])
            else:
                self._set_matches(np.zeros(0, dtype=np.int64))
        self.spec_changed.emit(spec)
        self._report_can_undo()

    def _report_can_undo(self) -> None:
        if self.can_undo != self._could_undo:
            self._could_undo = self.can_undo
            self.can_undo_changed.emit(self._could_undo)

    def _set_matches(self, matches: npt.NDArray[np.int64]) -> None:
        if not (matches.size or self._matches.size):
            return
        self._matches = matches
        self.search_matches_changed.emit(self.search_matches)

    def _select_match(self, step: int) -> None:
        """Select the next (or previous) match after the selection, wrapping around."""
        matches = self._matches
        if not matches.size:
            return
        ranks = self._rank[matches]
        current = self._controller.selection
        if current is None or current >= self._rank.size:
            k = 0 if step > 0 else matches.size - 1
        elif step > 0:
            k = int(np.searchsorted(ranks, self._rank[current], side="right")) % matches.size
        else:
            k = int(np.searchsorted(ranks, self._rank[current], side="left")) - 1
            k %= matches.size
        self._controller.select(int(matches[k]))
