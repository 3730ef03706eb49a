"""The per-file, per-filter inputs of a scene: titles, colours, mask, document dates.

Computed once when the file or the filter changes, never per frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from ..model.dates import cached_date
from ..model.timeline import Timeline
from ..model.untrusted_text import ShownTexts, shown
from .date_marks import FormInstants
from .evidence_layout import evidence_inputs
from .scene import SceneInputs


def actor_roots(timeline: Timeline) -> npt.NDArray[np.int32]:
    """For each actor, the index of its top-level ancestor (the parent chain is acyclic)."""
    number = timeline.actor_number
    parents = [number.get(a.parent, -1) if a.parent else -1 for a in timeline.actors]
    roots = np.arange(len(parents), dtype=np.int32)
    for i in range(len(parents)):
        node = i
        while parents[node] >= 0:
            node = parents[node]
        roots[i] = node
    return roots


def top_level_actors(timeline: Timeline) -> Sequence[int]:
    """Top-level actors in file order; their position is their colour in the palette."""
    # Kept on the timeline: the legend asks at every layout, and a file with a million
    # actors spent 0.4 s a time walking them.
    return timeline.top_level_actors


def event_colors(timeline: Timeline) -> npt.NDArray[np.int32]:
    """Palette index per event: the top-level actor of its first actor, -1 without actors."""
    index = timeline.index
    roots = actor_roots(timeline)
    palette_slot = np.full(max(1, len(timeline.actors)), -1, dtype=np.int32)
    for slot, actor in enumerate(top_level_actors(timeline)):
        palette_slot[actor] = slot
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


DocumentDate = tuple[int, float, float, str]  # document index, earliest, latest, title


def document_dates(timeline: Timeline) -> list[DocumentDate]:
    """(document index, earliest, latest, title) of each document with a publication date."""
    result = []
    for i, doc in enumerate(timeline.documents):
        if doc.published:
            date = cached_date(doc.published)
            result.append((i, float(date.earliest), float(date.latest), shown(doc.title)))
    return result


def scene_inputs(
    timeline: Timeline,
    mask: npt.NDArray[np.bool_],
    cumulative: npt.NDArray[np.int64],
    *,
    show_faded: bool = False,
    per_file: tuple[npt.NDArray[np.int32], list[DocumentDate]] | None = None,
    show_lag: bool = False,
    form_cache: dict[int, FormInstants | None] | None = None,
) -> SceneInputs:
    """The inputs of a scene of ``timeline`` under a filter mask (window and exports alike)."""
    colors, documents = per_file or (event_colors(timeline), document_dates(timeline))
    return SceneInputs(
        index=timeline.index,
        titles=ShownTexts(timeline.titles),  # a 10 MB title is drawn as a line
        colors=colors,
        mask=mask,
        cumulative=cumulative,
        show_faded=show_faded,
        documents=documents,
        flagged=provenance_flags(timeline),
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
                self._per_file = (timeline, event_colors(timeline), document_dates(timeline))
                self._form_cache = {}
            _, colors, documents = self._per_file
            self._inputs = scene_inputs(
                timeline,
                self._owner.mask,
                self._owner.cumulative,
                show_faded=self.show_faded,
                per_file=(colors, documents),
                show_lag=self.show_lag,
                form_cache=self._form_cache,
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
