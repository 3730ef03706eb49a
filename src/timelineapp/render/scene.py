"""What a timeline view shows, computed without painting: marks, lanes, labels, clusters.

``build_scene`` is a pure function of the time index, the filter mask, the time map and the
view size. The widget, the exporter and hit testing all use the same scene, so what is
clicked is what is drawn and what is exported is what is seen. Cost follows what is
visible: culling is a binary search and dense views are drawn from per-column counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from ..model.dates import Precision
from ..model.file_format import ReviewState
from ..model.time_index import REVIEW_CODES, MarkFlag, TimeIndex
from .ticks import AxisTicks, CalendarNames, compute_ticks
from .timemap import TimeMap

# Above this many visible events, marks are aggregated into density and counted clusters:
# a 16 ms frame holds a few thousand labelled marks, not a million.
DETAIL_LIMIT = 2500
# Above this many events covering the whole view, they are counted in one band.
COVERING_LIMIT = 40
# Files this small get lanes packed over all their events, so lanes don't shuffle on pan.
STABLE_LAYOUT_LIMIT = 2000


@dataclass(frozen=True, slots=True)
class Geometry:
    """Vertical layout of a view, in pixels."""

    top: float = 8.0  # above the first lane (title and legend are drawn over it)
    lane_height: float = 24.0
    axis_height: float = 46.0
    marker: float = 11.0  # size of a point marker
    label_gap: float = 6.0  # between a mark and its label
    min_gap: float = 10.0  # between one label's end and the next mark in a lane
    open_tail: float = 28.0  # the fading tail drawn on an open side


@dataclass(frozen=True, slots=True)
class Mark:
    """One event as drawn."""

    event: int
    x0: float  # possible extent
    x1: float
    core0: float  # the part that is certain (between the end of the start and start of end)
    core1: float
    point: bool  # drawn as a marker rather than a band
    lane: int
    label: str
    label_x: float
    flags: int
    precision: int
    status: int
    review: int
    color: int
    faded: bool  # filtered out but shown faded
    flagged: bool = False  # a quote or date phrase no longer matches its document


@dataclass(frozen=True, slots=True)
class Cluster:
    """Events that did not fit in the lanes, counted, never silently hidden."""

    x0: float
    x1: float
    t0: float
    t1: float
    count: int
    events: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DocumentMark:
    x: float
    x1: float  # publication dates can be imprecise too (a month)
    document: int
    label: str


@dataclass(frozen=True, slots=True)
class AxisBreak:
    """A stretch without events drawn compressed (see :mod:`.compress`): its pixels, the
    real span it stands for and the words written in it."""

    x0: float
    x1: float
    t0: float
    t1: float
    label: str


@dataclass
class Scene:
    timemap: TimeMap
    width: float
    height: float
    geometry: Geometry
    ticks: AxisTicks
    lanes: int
    marks: list[Mark] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    density: npt.NDArray[np.int64] | None = None  # per-pixel-column counts in dense mode
    documents: list[DocumentMark] = field(default_factory=list)
    visible_count: int = 0
    covering: int = 0  # events spanning the whole view, counted in one band (0: none)
    breaks: list[AxisBreak] = field(default_factory=list)  # compressed stretches (if any)

    @property
    def dense(self) -> bool:
        return self.density is not None

    @property
    def axis_top(self) -> float:
        return self.height - self.geometry.axis_height

    def lane_y(self, lane: int) -> float:
        """Top of a lane."""
        return self.geometry.top + lane * self.geometry.lane_height

    @property
    def cluster_y(self) -> float:
        return self.lane_y(self.lanes + (1 if self.covering else 0))

    @property
    def covering_y(self) -> float:
        """Top of the band counting the events that span the whole view."""
        return self.lane_y(self.lanes)

    def covering_cluster(self) -> Cluster:
        """The covering band as a cluster whose expansion zooms out (to see those events)."""
        tm = self.timemap
        return Cluster(
            0.0, self.width, tm.start - tm.span * 2, tm.end + tm.span * 2, self.covering, ()
        )


@dataclass(frozen=True)
class SceneInputs:
    """Everything a scene depends on besides the view window; kept by the caller."""

    index: TimeIndex
    titles: Sequence[str]
    colors: npt.NDArray[np.int32]  # palette index per event, -1 for none
    mask: npt.NDArray[np.bool_]  # events passing the filter
    cumulative: npt.NDArray[np.int64]  # index.cumulative_mask(mask)
    show_faded: bool = False
    documents: Sequence[tuple[int, float, float, str]] = ()  # (doc index, t0, t1, label)
    # Per event, whether its provenance is broken (model.provenance); None: nothing flagged.
    flagged: npt.NDArray[np.bool_] | None = None


LabelMeasure = Callable[[str], float]

_APPROXIMATE = int(MarkFlag.APPROXIMATE)
_UNCERTAIN = int(MarkFlag.UNCERTAIN)
_DISPUTED = REVIEW_CODES[ReviewState.DISPUTED]


def label_text(mark_flags: int, title: str) -> str:
    """The label as drawn: a leading "~" for an approximate date, "(?)" for an uncertain one.

    Both go before the title: they qualify the date, not the words. A trailing "?" read as
    the title's own question mark, in French above all ("… sur 946 ?"); "(?)", the editor's
    mark of doubt in both languages, cannot be taken for the end of a question.
    """
    text = title
    if mark_flags & _UNCERTAIN:
        text = "(?) " + text
    if mark_flags & _APPROXIMATE:
        text = "~ " + text
    return text


def label_width(measure: LabelMeasure, flags: int, review: int, title: str) -> float:
    """Width of a label as the painter draws it (with its "~", "?" and disputed "!")."""
    width = measure(label_text(flags, title))
    if review == _DISPUTED:
        width += measure("! ")
    return width


def label_reach(
    inputs: SceneInputs,
    measure: LabelMeasure,
    geometry: Geometry,
    limit: int = 200,
) -> tuple[
    npt.NDArray[np.float64],
    npt.NDArray[np.float64],
    npt.NDArray[np.float64],
    npt.NDArray[np.float64],
]:
    """What a fit needs to keep the labels of the events that end last whole.

    Returns, per event: its start and end instants, how many pixels its label runs right of
    its end, and how many it needs left of its start when moved there (as the scene does at
    the right edge).
    """
    index = inputs.index
    events = np.flatnonzero(index.dated & inputs.mask).astype(np.int64)
    if events.size > limit:
        latest = index.latest[events]
        events = events[np.argpartition(latest, events.size - limit)[events.size - limit :]]
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


def mark_extent(
    index: TimeIndex, tm: TimeMap, events: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Pixel extent [x0, x1] of events (vectorised)."""
    return tm.xs(index.earliest[events].astype(np.float64)), tm.xs(
        index.latest[events].astype(np.float64)
    )


def build_scene(
    inputs: SceneInputs,
    tm: TimeMap,
    height: float,
    measure: LabelMeasure,
    names: CalendarNames,
    geometry: Geometry | None = None,
    lane_cache: dict[float, dict[int, int]] | None = None,
) -> Scene:
    geometry = geometry or Geometry()
    ticks = compute_ticks(tm, measure, names)
    available = height - geometry.top - geometry.axis_height - 4
    # One lane is kept for clusters, so the count of what did not fit is always shown.
    lanes = max(1, int(available // geometry.lane_height) - 1)
    scene = Scene(tm, tm.width, height, geometry, ticks, lanes)
    index = inputs.index
    for doc, t0, t1, label in inputs.documents:
        x, x1 = tm.to_x(t0), tm.to_x(t1)
        if x1 >= 0 and x <= tm.width:
            scene.documents.append(DocumentMark(x, x1, doc, label))
    # Cull with margins so labels of events just left of the view still show.
    margin_t = tm.seconds_per_pixel * 400
    # Clearly crowded views are counted, not listed: two binary searches instead of gathering
    # a million events' instants on every frame.
    lo = int(np.searchsorted(index.sorted_t0, tm.start, side="left"))
    hi = int(np.searchsorted(index.sorted_t0, tm.end, side="left"))
    starting_inside = int(inputs.cumulative[hi] - inputs.cumulative[lo])
    if starting_inside > 4 * DETAIL_LIMIT:
        scene.visible_count = starting_inside
        _dense(scene, inputs, tm)
        return scene
    positions = index.visible_positions(tm.start - margin_t, tm.end)
    events = index.order[positions]
    passing = inputs.mask[events]
    shown = events if inputs.show_faded else events[passing]
    in_view = shown[(index.latest[shown] > tm.start) & (index.earliest[shown] < tm.end)]
    scene.visible_count = int(np.count_nonzero(inputs.mask[in_view]))
    covering = (index.earliest[shown] <= tm.start) & (index.latest[shown] >= tm.end)
    if np.count_nonzero(covering) > COVERING_LIMIT:
        # Many dates coarser than the view (years, months, long intervals) would fill every
        # lane with the same bands: they are counted in one band, and the events that begin
        # or end in the view keep the lanes.
        covered = shown[covering]
        scene.covering = int(np.count_nonzero(inputs.mask[covered]))
        scene.lanes = max(1, scene.lanes - 1)
        shown = shown[~covering]
        in_view = in_view[~np.isin(in_view, covered)]
    if in_view.size > DETAIL_LIMIT:
        _dense(scene, inputs, tm)
        return scene
    _detail(scene, inputs, tm, shown, measure, lane_cache)
    return scene


#: Lanes grow up to this height when the view has more height than its lanes use.
MAX_LANE_HEIGHT = 34.0


def roomier(scene: Scene) -> Geometry | None:
    """A geometry with taller lanes when the scene's marks leave much of its height empty
    (a dozen events in a tall view): the height is used, not left blank below the marks.
    None when the scene already uses its height (or is a density view)."""
    if scene.dense or not scene.marks or scene.clusters:
        return None
    g = scene.geometry
    used = max(m.lane for m in scene.marks) + 1 + (1 if scene.covering else 0)
    available = scene.height - g.top - g.axis_height - 4
    # One lane more than used stays free, as build_scene keeps it for clusters.
    taller = min(MAX_LANE_HEIGHT, available / (used + 1))
    if taller < g.lane_height + 2:
        return None
    return replace(g, lane_height=float(int(taller)))


def build_scene_filling(
    inputs: SceneInputs,
    tm: TimeMap,
    height: float,
    measure: LabelMeasure,
    names: CalendarNames,
    geometry: Geometry | None = None,
    lane_cache: dict[float, dict[int, int]] | None = None,
) -> Scene:
    """:func:`build_scene`, laid out again with taller lanes when the first layout leaves
    much of the height empty (see :func:`roomier`)."""
    scene = build_scene(inputs, tm, height, measure, names, geometry, lane_cache)
    taller = roomier(scene)
    if taller is None:
        return scene
    return build_scene(inputs, tm, height, measure, names, taller, lane_cache)


def _dense(scene: Scene, inputs: SceneInputs, tm: TimeMap) -> None:
    width = max(1, int(np.ceil(tm.width)))
    edges = tm.start + np.arange(width + 1, dtype=np.float64) * tm.seconds_per_pixel
    scene.density = inputs.index.count_between(edges, inputs.cumulative)
    # Clusters per bucket of ~120 px give counts to read and targets to click (zoom in).
    bucket = 120
    for b0 in range(0, width, bucket):
        b1 = min(width, b0 + bucket)
        count = int(scene.density[b0:b1].sum())
        if count:
            scene.clusters.append(
                Cluster(float(b0), float(b1), float(edges[b0]), float(edges[b1]), count, ())
            )


def _detail(
    scene: Scene,
    inputs: SceneInputs,
    tm: TimeMap,
    events: npt.NDArray[np.int64],
    measure: LabelMeasure,
    lane_cache: dict[float, dict[int, int]] | None,
) -> None:
    index = inputs.index
    geometry = scene.geometry
    x0, x1 = mark_extent(index, tm, events)
    point, start, end = _footprint(index, events, x0, x1, geometry)
    label_x = end + geometry.label_gap
    labels: dict[int, str] = {}

    def width_of(event: int) -> float:
        # Titles are decoded and measured only for events that get a lane: in a crowded
        # view most do not, and measuring thousands of labels per frame would cost more
        # than drawing.
        title = labels.get(event)
        if title is None:
            title = labels[event] = inputs.titles[event]
        return label_width(measure, int(index.flags[event]), int(index.review[event]), title)

    lanes = _lanes_for(scene, inputs, tm, events, start, label_x, lane_cache, width_of)
    lane_of = np.fromiter((lanes.get(e, -1) for e in events.tolist()), np.int64, events.size)
    placed = (lane_of >= 0) & (lane_of < scene.lanes)
    for k in np.flatnonzero(placed).tolist():
        event = int(events[k])
        if x1[k] < 0 and label_x[k] + width_of(event) < 0:
            continue  # entirely left of the view (culling margin)
        core0, core1 = _core(index, tm, event, float(x0[k]), float(x1[k]))
        scene.marks.append(
            Mark(
                event=event,
                x0=float(x0[k]),
                x1=float(x1[k]),
                core0=core0,
                core1=core1,
                point=bool(point[k]),
                lane=int(lane_of[k]),
                label=labels.get(event) or inputs.titles[event],
                label_x=float(label_x[k]),
                flags=int(index.flags[event]),
                precision=int(index.precision[event]),
                status=int(index.status[event]),
                review=int(index.review[event]),
                color=int(inputs.colors[event]),
                faded=not bool(inputs.mask[event]),
                flagged=inputs.flagged is not None and bool(inputs.flagged[event]),
            )
        )
    overflow = np.flatnonzero(~placed)
    scene.clusters.extend(_clusters(index, tm, events, start, end, overflow))
    _flip_labels_at_right_edge(scene, measure)


def _flip_labels_at_right_edge(scene: Scene, measure: LabelMeasure) -> None:
    """Labels that would run off the right edge go left of their mark where there is room:
    in the mark's own lane, or else in another lane free over that stretch (the label is
    then whole rather than cut at the edge)."""
    g = scene.geometry
    marks = scene.marks
    widths = [label_width(measure, m.flags, m.review, m.label) for m in marks]

    def body(mark: Mark) -> tuple[float, float]:
        left = (mark.x0 + mark.x1) / 2 - g.marker / 2 if mark.point else mark.x0
        right = (mark.x0 + mark.x1) / 2 + g.marker / 2 if mark.point else mark.x1
        if mark.flags & MarkFlag.OPEN_START:
            left -= g.open_tail
        if mark.flags & MarkFlag.OPEN_END:
            right += g.open_tail
        return left, right

    occupied: dict[int, dict[int, tuple[float, float]]] = {}
    for k, mark in enumerate(marks):
        left, right = body(mark)
        span = (min(left, mark.label_x), max(right, mark.label_x + widths[k]))
        occupied.setdefault(mark.lane, {})[k] = span
    for k in sorted(range(len(marks)), key=lambda k: marks[k].x0):
        mark = marks[k]
        if mark.label_x + widths[k] <= scene.width:
            continue
        left, right = body(mark)
        flipped = left - g.label_gap - widths[k]
        if flipped < 0:
            continue
        want = (flipped - g.min_gap, right + g.min_gap)
        for lane in [mark.lane, *(n for n in range(scene.lanes) if n != mark.lane)]:
            others = occupied.get(lane, {})
            if all(b <= want[0] or a >= want[1] for j, (a, b) in others.items() if j != k):
                occupied[mark.lane].pop(k, None)
                occupied.setdefault(lane, {})[k] = (flipped, right)
                marks[k] = replace(mark, label_x=flipped, lane=lane)
                break


def _footprint(
    index: TimeIndex,
    events: npt.NDArray[np.int64],
    x0: npt.NDArray[np.float64],
    x1: npt.NDArray[np.float64],
    geometry: Geometry,
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Which marks are points, and the pixels each mark covers, open-side tails included."""
    flags = index.flags[events]
    # A date known to the day (or finer) is a marker at any zoom; others are bands unless
    # they shrink below a marker's width.
    spread = MarkFlag.INTERVAL | MarkFlag.ONE_OF
    exact = (index.precision[events] >= Precision.DAY) & ((flags & spread) == 0)
    point = exact | ((x1 - x0) < geometry.marker)
    mid = (x0 + x1) / 2
    start = np.where(point, mid - geometry.marker / 2, x0)
    end = np.where(point, mid + geometry.marker / 2, np.maximum(x1, x0 + 2))
    start = start - np.where(flags & MarkFlag.OPEN_START, geometry.open_tail, 0.0)
    end = end + np.where(flags & MarkFlag.OPEN_END, geometry.open_tail, 0.0)
    return point, start, end


def _core(index: TimeIndex, tm: TimeMap, event: int, x0: float, x1: float) -> tuple[float, float]:
    """The certain part of an interval: from the end of its start to the start of its end."""
    if not index.flags[event] & MarkFlag.INTERVAL:
        return x0, x1
    c0, c1 = tm.to_x(float(index.core0[event])), tm.to_x(float(index.core1[event]))
    return (c0, c1) if c1 > c0 else (c0, c0)


def _lanes_for(
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
            origin = TimeMap(tm.start, tm.seconds_per_pixel, tm.width)
            a0, a1 = mark_extent(index, origin, everything)
            geometry = scene.geometry
            _, s, e = _footprint(index, everything, a0, a1, geometry)
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


def _clusters(
    index: TimeIndex,
    tm: TimeMap,
    events: npt.NDArray[np.int64],
    start: npt.NDArray[np.float64],
    end: npt.NDArray[np.float64],
    overflow: npt.NDArray[np.int64],
) -> list[Cluster]:
    """Group events that found no lane into counted clusters of nearby marks (vectorised)."""
    if not overflow.size:
        return []
    order = overflow[np.argsort(start[overflow], kind="stable")]
    s, e = start[order], end[order]
    reach = np.maximum.accumulate(e)
    # A new cluster starts where a mark begins more than 30 px after all before it ended.
    breaks = np.flatnonzero(s[1:] > reach[:-1] + 30) + 1
    firsts = np.concatenate(([0], breaks))
    lasts = np.concatenate((breaks, [order.size]))
    members = events[order]
    t0 = index.earliest[members].astype(np.float64)
    t1 = index.latest[members].astype(np.float64)
    clusters = []
    for a, b in zip(firsts.tolist(), lasts.tolist(), strict=True):
        x0, x1 = float(s[a]), float(reach[b - 1])
        if x1 < 0 or x0 > tm.width:
            continue
        clusters.append(
            Cluster(
                x0,
                x1,
                float(t0[a:b].min()),
                float(t1[a:b].max()),
                b - a,
                tuple(members[a:b].tolist()),
            )
        )
    return clusters


def cluster_zoom_range(
    index: TimeIndex, cluster: Cluster, view_span: float, room: int
) -> tuple[float, float] | None:
    """Where a click on a "+N" cluster zooms: the span of its events.

    When that span is much of the view already (a long chain of crowded marks), or the
    cluster holds far more events than the lanes, zooming to it would barely change anything
    (+960, then +915...), so the click zooms to the shortest run of ``room`` consecutive
    events instead: every click pulls a cluster apart. None when its events
    share one instant: no zoom separates them, the caller lists them instead.
    A dense view's cluster (no event list) zooms to its columns' span.
    """
    if not cluster.events:
        return cluster.t0, cluster.t1
    members = np.asarray(cluster.events, dtype=np.int64)
    t0 = index.earliest[members].astype(np.float64)
    t1 = index.latest[members].astype(np.float64)
    lo, hi = float(t0.min()), float(t1.max())
    if float(t0.max()) - lo < 60.0 and float(t1.max() - t1.min()) < 60.0:
        return None  # one instant (to the minute): zooming cannot pull them apart
    if hi - lo <= view_span / 4 and members.size <= 3 * room:
        return lo, hi
    starts = np.sort(t0)
    k = min(max(2, room), starts.size)
    widths = starts[k - 1 :] - starts[: starts.size - k + 1]
    first = int(np.argmin(widths))
    a, b = float(starts[first]), float(starts[first + k - 1])
    if b - a < 60.0:
        b = a + 60.0
    return a, b


@dataclass(frozen=True, slots=True)
class Hit:
    event: int | None = None
    cluster: Cluster | None = None
    document: int | None = None


def hit_test(scene: Scene, x: float, y: float, measure: LabelMeasure) -> Hit:
    """What is under (x, y): an event's mark or label, a cluster, or a document marker."""
    g = scene.geometry
    if scene.covering and scene.covering_y <= y < scene.covering_y + g.lane_height:
        return Hit(cluster=scene.covering_cluster())
    if scene.dense or y >= scene.cluster_y:
        for cluster in scene.clusters:
            in_lane = scene.dense or scene.cluster_y <= y < scene.cluster_y + g.lane_height
            if in_lane and cluster.x0 - 4 <= x <= max(cluster.x1, cluster.x0 + 40) + 4:
                return Hit(cluster=cluster)
    if y >= scene.axis_top - 4:
        for doc in scene.documents:
            if abs(x - doc.x) <= 6 or doc.x <= x <= doc.x1:
                return Hit(document=doc.document)
        return Hit()
    lane = int((y - g.top) // g.lane_height)
    best: Mark | None = None
    for mark in scene.marks:
        if mark.lane != lane:
            continue
        left = mark.x0 if not mark.point else (mark.x0 + mark.x1) / 2 - g.marker
        width = label_width(measure, mark.flags, mark.review, mark.label)
        right = max(mark.x1, left + g.marker * 2, mark.label_x + width)
        if left - 2 <= x <= right and (best is None or mark.x0 > best.x0):
            best = mark
    return Hit(event=best.event if best else None)


__all__ = [
    "DETAIL_LIMIT",
    "Cluster",
    "DocumentMark",
    "Geometry",
    "Hit",
    "Mark",
    "Scene",
    "SceneInputs",
    "build_scene",
    "build_scene_filling",
    "cluster_zoom_range",
    "hit_test",
    "label_reach",
    "pack_lanes",
    "roomier",
]
