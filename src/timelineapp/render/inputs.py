"""The per-file, per-filter inputs of a scene: titles, colours, mask, document dates.

Computed once when the file or the filter changes, never per frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from ..model.dates import cached_date
from ..model.lazy_sequence import LazySequence
from ..model.timeline import Timeline
from ..model.untrusted_text import ShownTexts, shown
from .date_marks import FormInstants
from .evidence_layout import evidence_inputs
from .file_memo import LastFileMemo
from .scene import SceneInputs
from .scene_items import FlagReason


def actor_roots(timeline: Timeline) -> npt.NDArray[np.int32]:
    """For each actor, the index of its top-level ancestor (the parent chain is acyclic)."""
    # From the filter's actor tree, in numpy: a walk up per actor took 1.9 s at a million.
    return timeline.filter_engine.tree.top_ancestors().astype(np.int32)


def top_level_actors(timeline: Timeline) -> npt.NDArray[np.int64]:
    """Top-level actors in file order; their position is their colour in the palette."""
    # Kept on the timeline: the legend asks at every layout, and a file with a million
    # actors spent 0.4 s a time walking them.
    return timeline.top_level_actors


def event_colors(timeline: Timeline) -> npt.NDArray[np.int32]:
    """Palette index per event: the top-level actor of its first actor, -1 without actors."""
    index = timeline.index
    roots = actor_roots(timeline)
    palette_slot = np.full(max(1, len(timeline.actors)), -1, dtype=np.int32)
    tops = top_level_actors(timeline)  # a million at most: one numpy store, not a loop
    palette_slot[tops] = np.arange(tops.size, dtype=np.int32)
    colors = np.full(index.count, -1, dtype=np.int32)
    has = index.actor_ptr[1:] > index.actor_ptr[:-1]
    if index.actor_ids.size:
        first = index.actor_ids[index.actor_ptr[:-1][has]]
        colors[has] = palette_slot[roots[first]]
    return colors


def provenance_flags(timeline: Timeline) -> npt.NDArray[np.bool_] | None:
    """Per event, whether a quote or date phrase of it no longer matches its document."""
    provenance = timeline.provenance
    return provenance.flagged_mask() if provenance.flagged_events() else None


def flag_reasons(timeline: Timeline) -> npt.NDArray[np.int8] | None:
    """Per flagged event, why (:class:`FlagReason`): a quote that no longer matches, only
    date phrases, or a cited document that cannot be read (nothing known to differ); None
    when every flagged event's reason is a quote."""
    provenance = timeline.provenance
    count = provenance.event_count
    reasons = np.zeros(count, dtype=np.int8)
    for event in provenance.flagged_events():
        if not 0 <= event < count:
            continue
        problems = provenance.event_problems(event)
        if not problems:
            reasons[event] = FlagReason.UNREADABLE
        elif all(p.is_date_phrase for p in problems):
            reasons[event] = FlagReason.DATE_PHRASE
    return reasons if reasons.any() else None


DocumentDate = tuple[int, float, float, str]  # document index, earliest, latest, title


def document_dates(timeline: Timeline) -> list[DocumentDate]:
    """(document index, earliest, latest, title) of each document with a publication date."""
    result = []
    for i, doc in enumerate(timeline.documents):
        if doc.published:
            date = cached_date(doc.published)
            result.append((i, float(date.earliest), float(date.latest), shown(doc.title)))
    return result


# A big file's colours and document dates, computed by the loading thread before the file
# reaches the window (ui.handover): 40 ms of the window's first frame at a million events.
def _per_file(timeline: Timeline) -> tuple[npt.NDArray[np.int32], list[DocumentDate]]:
    return event_colors(timeline), document_dates(timeline)


per_file_inputs = LastFileMemo(_per_file)


class RememberedTexts(LazySequence[str]):
    """A file's strings as drawn (:class:`ShownTexts`), each made once and then kept.

    Every frame reads the visible events' titles again: cutting and cleaning each one per
    frame cost more than measuring it. Kept per file, across filters (``SceneSource``).
    """

    _LIMIT = 1 << 17  # titles kept; past it the memo starts again (a million-event pan)

    def __init__(self, texts: Sequence[str]) -> None:
        self._shown = ShownTexts(texts)
        self._kept: dict[int, str] = {}
        self._count = len(texts)  # a file's: it does not change; read on every title

    def __len__(self) -> int:
        return self._count

    def _item(self, i: int) -> str:
        text = self._kept.get(i)
        if text is None:
            if len(self._kept) >= self._LIMIT:
                self._kept.clear()
            text = self._kept[i] = self._shown[i]
        return text


def scene_inputs(
    timeline: Timeline,
    mask: npt.NDArray[np.bool_],
    cumulative: npt.NDArray[np.int64],
    *,
    show_faded: bool = False,
    per_file: tuple[npt.NDArray[np.int32], list[DocumentDate]] | None = None,
    show_lag: bool = False,
    form_cache: dict[int, FormInstants | None] | None = None,
    titles: Sequence[str] | None = None,
) -> SceneInputs:
    """The inputs of a scene of ``timeline`` under a filter mask (window and exports alike).

    ``titles``: the file's titles as drawn, when the caller keeps them (RememberedTexts).
    """
    colors, documents = per_file or (event_colors(timeline), document_dates(timeline))
    return SceneInputs(
        index=timeline.index,
        # A 10 MB title is drawn as a line.
        titles=titles if titles is not None else ShownTexts(timeline.titles),
        colors=colors,
        mask=mask,
        cumulative=cumulative,
        show_faded=show_faded,
        documents=documents,
        flagged=provenance_flags(timeline),
        flag_reasons=flag_reasons(timeline),
        evidence=evidence_inputs(timeline, show_lag),
        date_of=timeline.date,
        form_cache={} if form_cache is None else form_cache,
    )


class SceneSource:
    """Caches :class:`SceneInputs` for a controller-like owner of timeline, mask and filter."""

    def __init__(self, owner: _Owner) -> None:
        self._owner = owner
        self._inputs: SceneInputs | None = None
        # What depends on the file only (colours, document dates), kept across filter
        # changes and recomputed when the owner holds another timeline.
        self._per_file: tuple[Timeline, npt.NDArray[np.int32], list[DocumentDate]] | None = None
        self._form_cache: dict[int, FormInstants | None] = {}  # per file, across filters
        self._titles: RememberedTexts | None = None  # per file, across filters
        self.show_faded = False
        self.show_lag = False  # reporting-lag lines (View menu)

    def invalidate(self) -> None:
        """The filter or the file changed: rebuild the inputs on next use."""
        self._inputs = None

    def inputs(self) -> SceneInputs:
        if self._inputs is None:
            timeline = self._owner.timeline
            assert timeline is not None
            if self._per_file is None or self._per_file[0] is not timeline:
                self._per_file = (timeline, *per_file_inputs(timeline))
                self._form_cache = {}
                self._titles = RememberedTexts(timeline.titles)
            _, colors, documents = self._per_file
            self._inputs = scene_inputs(
                timeline,
                self._owner.mask,
                self._owner.cumulative,
                show_faded=self.show_faded,
                per_file=(colors, documents),
                show_lag=self.show_lag,
                form_cache=self._form_cache,
                titles=self._titles,
            )
        return self._inputs


class _Owner(Protocol):
    """What :class:`SceneSource` needs from its owner (the controller, or an exporter)."""

    @property
    def timeline(self) -> Timeline | None: ...
    @property
    def mask(self) -> npt.NDArray[np.bool_]: ...
    @property
    def cumulative(self) -> npt.NDArray[np.int64]: ...
