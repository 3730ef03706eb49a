"""Where marks go: their footprint in pixels, lanes packed without overlapping labels, and
labels moved left of their marks at the view's right edge (and the room fits keep for them).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from msgspec.structs import replace

from ..model.time_index import MarkFlag, TimeIndex
from .label_places import EDGE_ROOM, ELLIPSIS
from .scene_items import (
    Geometry,
    LabelMeasure,
    Scene,
    SceneInputs,
    label_width,
    mark_body,
    mark_span,
)
from .timemap import TimeMap

# Files this small get lanes packed over all their events, so lanes don't shuffle on pan.
STABLE_LAYOUT_LIMIT = 2000


def mark_extent(
    index: TimeIndex, tm: TimeMap, events: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Pixel extent [x0, x1] of events (vectorised)."""
    # Integer columns go to the map as they are: it subtracts its origin exactly, so marks
    # 13.8 billion years ago still land on the right pixel when the view is a day wide.
    return tm.xs(index.earliest[events]), tm.xs(index.latest[events])


REACH_LIMIT = 200  # the last-ending events whose labels a fit keeps whole


def label_reach(
    inputs: SceneInputs,
    measure: LabelMeasure,
    geometry: Geometry,
    limit: int = REACH_LIMIT,
    ending: npt.NDArray[np.int64] | None = None,
) -> tuple[
    npt.NDArray[np.float64],
    npt.NDArray[np.float64],
    npt.NDArray[np.float64],
    npt.NDArray[np.float64],
]:
    """What a fit needs to keep the labels of the events that end last whole.

    Returns, per event: its start and end instants, how many pixels its label runs right of
    its end, and how many it needs left of its start when moved there (as the scene does at
    the right edge). ``ending``: ``last_ending(index, mask, limit)`` when the caller has it.
    """
    index = inputs.index
    events = last_ending(index, inputs.mask, limit) if ending is None else ending
    starts = index.earliest[events].astype(np.float64)
    ends = index.latest[events].astype(np.float64)
    flags = index.flags[events]
    widths = np.array(
        [
            label_width(measure, int(index.flags[e]), int(index.review[e]), inputs.titles[e])
            for e in events.tolist()
        ],
        dtype=np.float64,
    )
    around = geometry.marker / 2 + geometry.label_gap
    right = widths + around + np.where(flags & MarkFlag.OPEN_END, geometry.open_tail, 0.0)
    left = widths + around + np.where(flags & MarkFlag.OPEN_START, geometry.open_tail, 0.0)
    return starts, ends, right, left


#: Pixels at least between the view's left edge and the first mark's date: the first mark
#: stands clear of the edge and the axis can name a tick before it (QA, session 10: at
#: deep time the Big Bang touched the image's edge and the "−14 Ga" tick was gone). Only
#: on the left: on the right, air is future the data never reached (QA #19).
FIRST_MARK_AIR = 28.0


def end_rooms(
    inputs: SceneInputs,
    geometry: Geometry,
    measure: LabelMeasure | None = None,
    ending: npt.NDArray[np.int64] | None = None,
) -> tuple[float, float]:
    """The pixels the first and the last passing marks need left and right of their dates:
    half a marker and a little air, with the fading tail of an open start or end; on the
    left at least ``FIRST_MARK_AIR``.

    Fit All's margins start from these (``timemap.fit_labelled``), so they say how much of
    a mark is drawn, never a span of time that would read as a date past the data.

    With ``measure``, the right margin also holds an "…" after the last marks: a mark at
    the right edge whose label fits on neither side (the lanes left of it taken) still
    says it has a title rather than standing nameless (QA #103).

    ``ending``: passing events among which is the one that ends last (``last_ending``'s, as
    :func:`label_reach` has them); when several end last, the room holds an open end's tail
    if one of them has it.
    """
    index = inputs.index
    base = geometry.marker / 2 + 2
    named = 0.0 if measure is None else geometry.label_gap + measure(ELLIPSIS) + EDGE_ROOM - 2
    order = index.order  # dated events, by start
    head = order[:4096]
    starting = head[inputs.mask[head]]
    if not starting.size:
        starting = order[inputs.mask[order]]
    if not starting.size:
        return max(base, FIRST_MARK_AIR), base + named
    first = int(starting[0])
    if ending is None:
        ending = last_ending(index, inputs.mask, 1)
    latest = index.latest[ending]
    last = ending[latest == latest.max()]  # the last-ending events (one, unless a tie)
    open_end = bool((index.flags[last] & MarkFlag.OPEN_END).any())
    left = base + (geometry.open_tail if index.flags[first] & MarkFlag.OPEN_START else 0.0)
    left = max(left, FIRST_MARK_AIR)
    right = base + (geometry.open_tail if open_end else 0.0)
    return left, right + named


def fit_rooms(
    inputs: SceneInputs, measure: LabelMeasure, geometry: Geometry
) -> tuple[
    tuple[
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
    ],
    tuple[float, float],
]:
    """:func:`label_reach` and :func:`end_rooms` as a fit asks for both, the last-ending
    events found once (1-2 ms each time at a million events)."""
    ending = last_ending(inputs.index, inputs.mask, REACH_LIMIT)
    reach = label_reach(inputs, measure, geometry, ending=ending)
    return reach, end_rooms(inputs, geometry, measure, ending=ending)


def last_ending(index: TimeIndex, mask: npt.NDArray[np.bool_], limit: int) -> npt.NDArray[np.int64]:
    """The dated events passing ``mask`` that end last: ``limit`` of them (all if fewer).

    Without ranking every end (a million-event partition held the window 0.1 s as a file
    opened): the ``limit`` passing events that start last all end at or after the earliest
    of their ends, so the last-ending ones are among the events ending no earlier.
    """
    order = index.order  # dated events, by start
    take = limit
    while True:
        tail = order[-take:] if take < order.size else order
        tail = tail[mask[tail]]
        if tail.size >= limit or take >= order.size:
            break
        take *= 8  # a filter passing few of the last events: look further back
    if take >= order.size and tail.size <= limit:  # every passing dated event, few enough
        return tail.astype(np.int64)
    floor = index.latest[tail].min()
    events = np.flatnonzero((index.latest >= floor) & index.dated & mask).astype(np.int64)
    if events.size > limit:
        latest = index.latest[events]
        events = events[np.argpartition(latest, events.size - limit)[events.size - limit :]]
    return events


def footprint(
    index: TimeIndex,
    events: npt.NDArray[np.int64],
    x0: npt.NDArray[np.float64],
    x1: npt.NDArray[np.float64],
    geometry: Geometry,
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Which marks are points, and the pixels each mark covers, open-side tails included."""
    flags = index.flags[events]
    # A date is a marker only while it is narrower than one: a day at an hour's zoom is its
    # whole day, hatched (QA #75), as a month is at a day's zoom; a marker in its middle would
    # say "at noon", which no source said.
    point = (x1 - x0) < geometry.marker
    mid = (x0 + x1) / 2
    start = np.where(point, mid - geometry.marker / 2, x0)
    end = np.where(point, mid + geometry.marker / 2, np.maximum(x1, x0 + 2))
    start = start - np.where(flags & MarkFlag.OPEN_START, geometry.open_tail, 0.0)
    end = end + np.where(flags & MarkFlag.OPEN_END, geometry.open_tail, 0.0)
    return point, start, end


def lanes_for(
    scene: Scene,
    inputs: SceneInputs,
    tm: TimeMap,
    events: npt.NDArray[np.int64],
    start: npt.NDArray[np.float64],
    label_x: npt.NDArray[np.float64],
    lane_cache: dict[float, dict[int, int]] | None,
    width_of: Callable[[int], float],
) -> dict[int, int]:
    index = inputs.index
    if lane_cache is not None and index.dated_count <= STABLE_LAYOUT_LIMIT:
        # Pack all events at this scale once; panning then never reshuffles lanes.
        key = tm.seconds_per_pixel
        cached = lane_cache.get(key)
        if cached is None:
            everything = index.order if inputs.show_faded else index.order[inputs.mask[index.order]]
            a0, a1 = mark_extent(index, tm, everything)
            geometry = scene.geometry
            _, s, e = footprint(index, everything, a0, a1, geometry)
            cached = pack_lanes(
                everything, s, e + geometry.label_gap, width_of, scene.lanes, geometry
            )
            lane_cache.clear()  # one scale at a time is all panning needs
            lane_cache[key] = cached
        return cached
    return pack_lanes(events, start, label_x, width_of, scene.lanes, scene.geometry)


def pack_lanes(
    events: npt.NDArray[np.int64],
    start: npt.NDArray[np.float64],
    label_x: npt.NDArray[np.float64],
    width_of: Callable[[int], float],
    lanes: int,
    geometry: Geometry,
) -> dict[int, int]:
    """Greedy first-fit: each event (in start order) takes the first lane that is free.

    A mark with its label occupies ``[start, label_x + width)``; widths are asked for only
    for events that find a free lane.
    """
    free_from = [-np.inf] * lanes
    earliest_free = -np.inf  # min(free_from): below it no lane is free, no need to look
    result: dict[int, int] = {}
    gap = geometry.min_gap
    order = np.argsort(start, kind="stable")
    starts = start.tolist()
    label_xs = label_x.tolist()
    ids = events.tolist()
    for k in order.tolist():
        s = starts[k]
        if s < earliest_free:
            result[ids[k]] = -1  # crowded: every lane is taken here (the common case)
            continue
        for lane in range(lanes):
            if free_from[lane] <= s:
                free_from[lane] = label_xs[k] + width_of(ids[k]) + gap
                result[ids[k]] = lane
                earliest_free = min(free_from)
                break
        else:
            result[ids[k]] = -1
    return result


def flip_labels_at_right_edge(scene: Scene, measure: LabelMeasure) -> None:
    """Labels that would run off the right edge go left of their mark where there is room:
    in the mark's own lane, or else in another lane free over that stretch (the label is
    then whole rather than cut at the edge)."""
    g = scene.geometry
    marks = scene.marks
    widths = [label_width(measure, m.flags, m.review, m.label) for m in marks]

    occupied: dict[int, dict[int, tuple[float, float]]] = {}
    for k, mark in enumerate(marks):
        occupied.setdefault(mark.lane, {})[k] = mark_span(mark, widths[k], g)
    for k in sorted(range(len(marks)), key=lambda k: marks[k].x0):
        mark = marks[k]
        if mark.label_x + widths[k] <= scene.width:
            continue
        left, right = mark_body(mark, g)
        flipped = left - g.label_gap - widths[k]
        if flipped < EDGE_ROOM:  # a label keeps a margin from the view's edges
            continue
        want = (flipped - g.min_gap, right + g.min_gap)
        for lane in [mark.lane, *(n for n in range(scene.lanes) if n != mark.lane)]:
            others = occupied.get(lane, {})
            if all(b <= want[0] or a >= want[1] for j, (a, b) in others.items() if j != k):
                occupied[mark.lane].pop(k, None)
                occupied.setdefault(lane, {})[k] = (flipped, right)
                marks[k] = replace(mark, label_x=flipped, lane=lane)
                break
