"""What a timeline view shows, computed without painting: marks, lanes, labels, clusters.

``build_scene`` is a pure function of the time index, the filter mask, the time map and the
view size. The widget, the exporter and hit testing all use the same scene, so what is
clicked is what is drawn and what is exported is what is seen. Cost follows what is
visible: culling is a binary search and dense views are drawn from per-column counts.

The parts live beside it, each in a module named for what it holds: the scene's data in
:mod:`.scene_items`, lanes and label placement in :mod:`.lanes`, counted clusters in
:mod:`.clusters`, hit testing in :mod:`.hit_test`. Their public names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from msgspec.structs import replace

from ..model.calendar import SECONDS_PER_DAY
from ..model.dates import DateForm
from ..model.time_index import MarkFlag, TimeIndex
from .clusters import cluster_zoom_range, group_clusters
from .date_marks import date_form_marks
from .evidence_layout import evidence_decor
from .hit_test import Hit, hit_test
from .label_places import place_labels
from .lanes import (
    STABLE_LAYOUT_LIMIT,
    end_rooms,
    fit_rooms,
    flip_labels_at_right_edge,
    footprint,
    label_reach,
    lanes_for,
    mark_extent,
    pack_lanes,
)
from .scene_items import (
    AxisBreak,
    Cluster,
    DocumentMark,
    Geometry,
    LabelMeasure,
    Mark,
    Scene,
    SceneInputs,
    label_text,
    label_width,
)
from .ticks import CalendarNames, compute_ticks
from .timemap import TimeMap

# Above this many visible events, marks are aggregated into density and counted clusters:
# a 16 ms frame holds a few thousand labelled marks, not a million.
DETAIL_LIMIT = 2500
# Above this many events covering the whole view, they are counted in one band.
COVERING_LIMIT = 40


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
    # Faded events are drawn too, or only those the filter passes are gathered.
    passed = None if inputs.show_faded else inputs.cumulative
    positions = index.visible_positions(tm.start - margin_t, tm.end, passed)
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


#: Lanes grow up to this height when the view has more height than its lanes use: twice
#: the usual lane, so a dozen rows spread over a 1080-pixel export or a full-screen window
#: rather than leaving its lower half empty (QA #21; 34 px did); the gap between two
#: labels stays below two lines of text, so rows still read as one list.
MAX_LANE_HEIGHT = 48.0


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
    point, start, end = footprint(index, events, x0, x1, geometry)
    label_x = end + geometry.label_gap
    labels: dict[int, str] = {}
    # Per event, as plain ints (numpy scalar lookups per mark cost more than the drawing).
    flags_of = dict(zip(events.tolist(), shown_flags(index, events).tolist(), strict=True))
    review_of = dict(zip(events.tolist(), index.review[events].tolist(), strict=True))

    def width_of(event: int) -> float:
        # Titles are decoded and measured only for events that get a lane: in a crowded
        # view most do not, and measuring thousands of labels per frame would cost more
        # than drawing.
        title = labels.get(event)
        if title is None:
            title = labels[event] = inputs.titles[event]
        if event not in flags_of:
            # Lanes packed over the whole file (small files): every event's flags at once,
            # not one numpy call per event (that was a tenth of a zoom frame at 1k events).
            everything = np.arange(index.count, dtype=np.int64)
            flags_of.update(enumerate(shown_flags(index, everything).tolist()))
            review_of.update(enumerate(index.review.tolist()))
        return label_width(measure, flags_of[event], review_of[event], title)

    lanes = lanes_for(scene, inputs, tm, events, start, label_x, lane_cache, width_of)
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
                flags=flags_of[event],
                status=int(index.status[event]),
                review=review_of[event],
                color=int(inputs.colors[event]),
                faded=not bool(inputs.mask[event]),
                flagged=inputs.flagged is not None and bool(inputs.flagged[event]),
                flag_reason=0 if inputs.flag_reasons is None else int(inputs.flag_reasons[event]),
                form=int(index.date_form[event]),
                coarse=bool(point[k])
                and int(index.latest[event]) - int(index.earliest[event]) > SECONDS_PER_DAY,
            )
        )
    _layout_mark_layers(scene, inputs, tm)
    overflow = np.flatnonzero(~placed)
    scene.clusters.extend(group_clusters(index, tm, events, start, end, overflow))
    flip_labels_at_right_edge(scene, measure)
    place_labels(scene, measure)
    scene.evidence = evidence_decor(scene, inputs)


_WHOLE_DATE_DOUBT = int(MarkFlag.UNCERTAIN | MarkFlag.APPROXIMATE)
_INTERVAL = int(MarkFlag.INTERVAL)  # a plain int: IntFlag arithmetic per mark is slow


def shown_flags(index: TimeIndex, events: npt.NDArray[np.int64]) -> npt.NDArray[np.uint8]:
    """Events' mark flags as drawn: a date qualified on one component (``2004?-06-11``)
    shows its doubt over that component (:mod:`.date_marks`), so the whole-date styles
    (dashed or dotted outline, a mark on the label) are left out."""
    qualified = (index.date_form[events] & DateForm.COMPONENT_QUALIFIED) != 0
    flags = index.flags[events]
    return np.where(qualified, flags & ~np.uint8(_WHOLE_DATE_DOUBT), flags).astype(np.uint8)


def _layout_mark_layers(scene: Scene, inputs: SceneInputs, tm: TimeMap) -> None:
    """The mark layers of the marks in view: one call per layer (see ``Scene.date_forms``)."""
    events = [mark.event for mark in scene.marks if mark.form]
    if events and inputs.date_of is not None:
        to_view = inputs.to_view

        def to_x(times: Sequence[int]) -> npt.NDArray[np.float64]:
            instants = np.asarray(times, dtype=np.int64)
            return tm.xs(instants if to_view is None else to_view(instants))

        scene.date_forms = date_form_marks(
            events, inputs.index.date_form, inputs.date_of, inputs.form_cache, to_x
        )


def _core(index: TimeIndex, tm: TimeMap, event: int, x0: float, x1: float) -> tuple[float, float]:
    """The certain part of an interval: from the end of its start to the start of its end."""
    if not index.flags[event] & _INTERVAL:
        return x0, x1
    c0, c1 = tm.to_x(int(index.core0[event])), tm.to_x(int(index.core1[event]))
    return (c0, c1) if c1 > c0 else (c0, c0)


__all__ = [
    "DETAIL_LIMIT",
    "STABLE_LAYOUT_LIMIT",
    "AxisBreak",
    "Cluster",
    "DocumentMark",
    "Geometry",
    "Hit",
    "LabelMeasure",
    "Mark",
    "Scene",
    "SceneInputs",
    "build_scene",
    "build_scene_filling",
    "cluster_zoom_range",
    "end_rooms",
    "fit_rooms",
    "hit_test",
    "label_reach",
    "label_text",
    "label_width",
    "mark_extent",
    "pack_lanes",
    "roomier",
]
