"""Counted clusters: events that found no lane, grouped by nearness, and where a click on
one zooms ("+N" is never a dead end)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ..model.time_index import TimeIndex
from .scene_items import Cluster
from .timemap import TimeMap


def group_clusters(
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
