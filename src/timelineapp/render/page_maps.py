"""The time maps of an export's pages: tiled at one scale, or, for a compressed export, one
per group of events with pages turned at the breaks (:mod:`.page_split` chooses the groups).
``measure`` is the export font's text width, so labels are fitted at the export's size."""

from __future__ import annotations

from collections.abc import Callable

import msgspec
import numpy as np

from .compress import Compression
from .export_options import View
from .page_split import page_bounds, page_groups
from .scene import Geometry, SceneInputs, fit_rooms
from .timemap import TimeMap, fit_labelled

Measure = Callable[[str], float]


def page_maps(
    view: View, width: int, pages: int, inputs: SceneInputs, measure: Measure
) -> list[TimeMap]:
    """One time map per page; pages tile the span left to right at one scale.

    A range is fitted as Fit All fits the window: with room for the last labels, whole.
    """
    total = float(width * pages)
    if isinstance(view, TimeMap):
        full = TimeMap(view.start, max(view.span, 1.0) / total, total)
    else:
        reach, body = fit_rooms(inputs, measure, Geometry())
        full = fit_labelled(view[0], view[1], total, reach, body=body)
    spp = full.seconds_per_pixel
    return [TimeMap(full.start + k * width * spp, spp, float(width)) for k in range(pages)]


def compressed_page_maps(
    view: tuple[float, float],
    width: int,
    pages: int,
    inputs: SceneInputs,
    compression: Compression,
    measure: Measure,
) -> list[TimeMap] | None:
    """One time map per page of a compressed export: pages turn at the breaks, then in the
    widest pauses (:func:`.page_split.page_groups`), each fitted to its own events with
    their labels whole; None when there are too few events to choose (then tiled)."""
    index = inputs.index
    t0, t1 = view
    shown = index.dated & inputs.mask & (index.latest >= t0) & (index.earliest <= t1)
    events = np.flatnonzero(shown)
    if events.size < 2:
        return None
    events = events[np.argsort(index.earliest[events], kind="stable")]
    starts = index.earliest[events]
    packed_starts = compression.pack_ints(compression.starts)
    cuts = (packed_starts + compression.kept / 2).tolist()
    maps = []
    for a, b in page_groups(starts, cuts, pages):
        mask = np.zeros_like(inputs.mask)
        mask[events[a:b]] = True
        page = msgspec.structs.replace(inputs, mask=mask)
        first = max(float(starts[a]), t0)
        last = min(float(index.latest[events[a:b]].max()), t1)
        reach, body = fit_rooms(page, measure, Geometry())
        fitted = fit_labelled(first, max(last, first + 1.0), width, reach, body=body)
        lowest, highest = page_bounds(
            float(starts[a]), float(index.latest[events[a:b]].max()), cuts
        )
        start, end = max(fitted.start, lowest), min(fitted.end, highest)
        if (start, end) != (fitted.start, fitted.end):  # the page turns at the break
            fitted = TimeMap(start, max(end - start, 1.0) / width, float(width))
        maps.append(fitted)
    return maps
