"""Handing a loaded file to the window without freezing it.

When a big file has loaded, the window must show it at once: fit it, colour it, count the
events per actor, order the Events table, show the first document. At a million events
each of those is tens of milliseconds of numpy work, and together they held the event loop
for 0.15-0.3 s. Whatever depends on the file alone is computed here, by the loading thread,
before the file reaches the window; the views then find it ready (each keeps it in a
:class:`~timelineapp.render.file_memo.LastFileMemo` or in the model's own caches).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ..model.time_index import TimeIndex
from ..model.timeline import Timeline
from ..render.file_memo import LastFileMemo
from ..render.inputs import per_file_inputs
from ..render.timemap import shortest_span


def _date_order(index: TimeIndex) -> npt.NDArray[np.int64]:
    """Every event in date order (by earliest instant, ties in file order), undated last."""
    return np.concatenate([index.order, index.undated]).astype(np.int64, copy=False)


#: The Events table's first order (a million events: 10-30 ms of the handover).
date_order = LastFileMemo(_date_order)


def _has_date_phrases(passage_rows: npt.NDArray[np.int64]) -> bool:
    """Whether any passage row is a date phrase (one without a quote: ``events_with_phrases``)."""
    return bool((passage_rows[:, 5] == -1).any())


#: Whether the date-phrase check has anything to read (a million events: ~5-12 ms of the
#: handover). Keyed by the rows themselves: an edit makes new ones (``model/draft_patch``).
has_date_phrases = LastFileMemo(_has_date_phrases)


def prepare_window(timeline: Timeline) -> None:
    """Compute, off the GUI thread, what the window asks of a file the moment it opens.

    Touches no Qt object (it runs on the loading thread); never changes what is shown.
    """
    index = timeline.index
    per_file_inputs(timeline)  # the timeline's colours and document dates
    date_order(index)  # the Events table's first order
    has_date_phrases(timeline.loaded.passage_rows)  # whether the date-phrase check starts
    if index.dated_count:
        shortest_span(index)  # Fit All's least span
    # The per-actor totals (the engine keeps them); as a file opens, nothing is filtered out.
    timeline.filter_engine.counts_by_actor(np.ones(index.count, dtype=np.bool_))
    documents = timeline.documents
    if documents:
        # The first document is shown as the file opens, with its passages marked.
        _ = timeline.passages.get(documents[0].id, [])
