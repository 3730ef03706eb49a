"""The single mapping between instants and horizontal pixels, plus zoom/pan limits.

Every painter, hit-test and axis in the timeline goes through :class:`TimeMap` so that
events, ticks and the mouse always agree on where an instant is (the role KD Gantt's
``DateTimeGrid::mapFromDateTime``/``mapToDateTime`` play there).  The map is linear:

    x = (t - start) / seconds_per_pixel

Instants are seconds since 1970-01-01T00:00 UTC (see :mod:`timelineapp.model.calendar`),
and the index keeps them as ``int``. A view may sit 13.8 billion years ago (4.4e17 s) and
still be one minute wide: float64 resolves only 64 s at that magnitude, so the view's
left edge is kept exactly, as a whole second (``origin``, a Python int) plus a fraction
(``offset``, in [0, 1)). Integer instants are mapped by subtracting ``origin`` in integer
arithmetic first; only the difference, small while the instant is near the view, becomes
a float. Zoom and pan move ``offset`` and carry its whole seconds into ``origin``, so a
zoom from the Big Bang down to a day and back keeps its anchor to a fraction of a pixel.
``start`` and ``end`` remain as floats for coarse work (culling, fitting, display).

Everything is immutable: each interaction (zoom, pan, resize) returns a new map, which
makes undo-free animation and "compare old/new view" trivial and keeps this module free
of Qt.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import msgspec
import numpy as np
import numpy.typing as npt

from timelineapp.model.calendar import SECONDS_PER_DAY
from timelineapp.model.field_methods import FieldEquality, FieldRepr

from .file_memo import LastFileMemo

if TYPE_CHECKING:
    from timelineapp.model.time_index import TimeIndex

#: Span shown by :meth:`TimeMap.fitted` when asked to fit a single instant.
DEFAULT_POINT_SPAN = float(SECONDS_PER_DAY)


def _check_finite(name: str, value: float) -> None:
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value!r}")


class ZoomLimits(msgspec.Struct, frozen=True):
    """How far a view may zoom and pan; derived from the data shown.

    The field order differs from the sketch in the design brief because a dataclass
    cannot put the defaulted ``min_span`` before required fields.

    Attributes:
        max_span: Largest span (seconds across the whole view).  Without it the user can
            zoom out into a blank infinity where the data is a sub-pixel speck.
        bound_start: Start of the region that must stay (at least partly) in view.
        bound_end: End of that region.  Panning stops once the view would leave
            ``[bound_start, bound_end]`` entirely, so the data can always be found again.
        min_span: Smallest span; one minute across the view is the finest useful zoom
            (ticks stop at one minute and event dates rarely carry seconds).
    """

    max_span: float
    bound_start: float
    bound_end: float
    min_span: float = 60.0

    def __post_init__(self) -> None:
        for name in ("max_span", "bound_start", "bound_end", "min_span"):
            _check_finite(name, getattr(self, name))
        if self.min_span <= 0:
            raise ValueError(f"min_span must be positive, got {self.min_span}")
        if self.max_span < self.min_span:
            raise ValueError(f"max_span {self.max_span} is below min_span {self.min_span}")
        if self.bound_end < self.bound_start:
            raise ValueError("bound_end must not precede bound_start")

    @classmethod
    def for_extent(cls, t0: float, t1: float) -> ZoomLimits:
        """Defaults for data spanning ``[t0, t1]`` (in either order).

        The extent is widened to at least one day around its midpoint, so a single event
        or a same-day cluster still allows a comfortable zoom-out.  The view may show up to
        three extents, and may be panned up to one extent beyond either end of the data.
        """
        _check_finite("t0", t0)
        _check_finite("t1", t1)
        lo, hi = min(t0, t1), max(t0, t1)
        if hi - lo < SECONDS_PER_DAY:
            mid = (lo + hi) / 2
            lo, hi = mid - SECONDS_PER_DAY / 2, mid + SECONDS_PER_DAY / 2
        extent = hi - lo
        return cls(max_span=3 * extent, bound_start=lo - extent, bound_end=hi + extent)


#: Integer instants are subtracted in int64 only below this magnitude (no overflow).
_INT64_SAFE = 2**62


# Its methods but the frozen ones are not generated: see model/field_methods.
@dataclass(frozen=True, init=False, repr=False, eq=False)
class TimeMap(FieldEquality, FieldRepr):
    """Linear map between instants (seconds since 1970) and x pixels of a view.

    Built as ``TimeMap(start, seconds_per_pixel, width)``; ``start`` may be an ``int``
    (exact at any magnitude) or a ``float``, and ``shift`` (seconds) is added to it
    exactly, so ``TimeMap(t, spp, w, shift=-40 * spp)`` starts 40 px before ``t`` however
    far ``t`` lies from 1970.

    Attributes:
        origin: The whole second at or before the view's left edge.
        offset: Seconds from ``origin`` to the left edge, in ``[0, 1)``.
        seconds_per_pixel: Scale; strictly positive.
        width: View width in pixels (may be 0 while a widget is not yet laid out).
    """

    origin: int
    offset: float
    seconds_per_pixel: float
    width: float

    def __init__(
        self,
        start: float | int,
        seconds_per_pixel: float,
        width: float,
        *,
        shift: float = 0.0,
    ) -> None:
        _check_finite("seconds_per_pixel", seconds_per_pixel)
        _check_finite("width", width)
        _check_finite("shift", shift)
        if seconds_per_pixel <= 0:
            raise ValueError(f"seconds_per_pixel must be positive, got {seconds_per_pixel}")
        if width < 0:
            raise ValueError(f"width must not be negative, got {width}")
        if isinstance(start, int | np.integer):
            origin, fraction = int(start), 0.0
        else:
            _check_finite("start", float(start))
            origin = math.floor(start)
            fraction = float(start) - origin  # exact: origin is start's own integer part
        fraction += shift
        whole = math.floor(fraction)
        object.__setattr__(self, "origin", origin + whole)
        object.__setattr__(self, "offset", fraction - whole)
        object.__setattr__(self, "seconds_per_pixel", float(seconds_per_pixel))
        object.__setattr__(self, "width", float(width))

    @property
    def start(self) -> float:
        """Instant at ``x = 0``, as a float (rounded far from 1970; see ``origin``)."""
        return self.origin + self.offset

    @property
    def end(self) -> float:
        """Instant at ``x = width``."""
        return self.origin + (self.offset + self.seconds_per_pixel * self.width)

    @property
    def span(self) -> float:
        """Seconds across the whole view (``end - start``)."""
        return self.seconds_per_pixel * self.width

    def to_x(self, t: float | int) -> float:
        """Pixel x of instant ``t`` (may lie outside ``[0, width]``); exact for ints."""
        if isinstance(t, int | np.integer):
            relative = float(int(t) - self.origin)
        else:
            relative = float(t) - self.origin
        return (relative - self.offset) / self.seconds_per_pixel

    def to_time(self, x: float) -> float:
        """Instant at pixel ``x``; inverse of :meth:`to_x`."""
        return self.origin + (self.offset + x * self.seconds_per_pixel)

    def instant_at(self, x: float) -> tuple[int, float]:
        """The instant at pixel ``x`` exactly, as (whole second, fraction in [0, 1))."""
        relative = self.offset + x * self.seconds_per_pixel
        whole = math.floor(relative)
        return self.origin + whole, relative - whole

    def xs(self, times: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """Vectorised :meth:`to_x`, always returning float64.

        Integer arrays (the index's columns) are made relative to ``origin`` in int64
        before becoming floats, which keeps them exact whatever their magnitude.
        """
        arr = np.asarray(times)
        if arr.dtype.kind in "iu" and abs(self.origin) < _INT64_SAFE:
            if not arr.size:
                return np.zeros(arr.shape, dtype=np.float64)
            if int(arr.max()) < _INT64_SAFE and int(arr.min()) > -_INT64_SAFE:
                relative = (arr.astype(np.int64) - np.int64(self.origin)).astype(np.float64)
                return (relative - self.offset) / self.seconds_per_pixel
        relative = arr.astype(np.float64) - float(self.origin)
        return (relative - self.offset) / self.seconds_per_pixel

    def shifted(self, seconds: float | int) -> TimeMap:
        """The same scale and width, ``seconds`` later (exactly for whole seconds)."""
        if isinstance(seconds, int | np.integer):
            origin = self.origin + int(seconds)
            return TimeMap(origin, self.seconds_per_pixel, self.width, shift=self.offset)
        return TimeMap(self.origin, self.seconds_per_pixel, self.width, shift=self.offset + seconds)

    def with_scale(self, seconds_per_pixel: float, width: float | None = None) -> TimeMap:
        """Same left edge, new scale (and width): a resize that keeps the visible span."""
        return TimeMap(
            self.origin,
            seconds_per_pixel,
            self.width if width is None else width,
            shift=self.offset,
        )

    def zoomed(self, factor: float, anchor_x: float, limits: ZoomLimits | None = None) -> TimeMap:
        """Zoom by ``factor`` (> 1 zooms in) around pixel ``anchor_x``.

        The instant under ``anchor_x`` stays under it.  With ``limits`` the scale is
        clamped *before* placing the view, so hitting the zoom limit still keeps the
        anchor fixed; only the subsequent pan clamp may move it.
        """
        _check_finite("factor", factor)
        _check_finite("anchor_x", anchor_x)
        if factor <= 0:
            raise ValueError(f"zoom factor must be positive, got {factor}")
        spp = self.seconds_per_pixel / factor
        if limits is not None and self.width > 0:
            span = min(max(spp * self.width, limits.min_span), limits.max_span)
            spp = span / self.width
        whole, fraction = self.instant_at(anchor_x)
        zoomed = TimeMap(whole, spp, self.width, shift=fraction - anchor_x * spp)
        return zoomed if limits is None else zoomed._pan_clamped(limits)

    def panned(self, dx: float, limits: ZoomLimits | None = None) -> TimeMap:
        """Move the content ``dx`` pixels; positive ``dx`` drags it right (earlier times
        come into view), matching a mouse drag."""
        _check_finite("dx", dx)
        moved = self.shifted(-dx * self.seconds_per_pixel)
        return moved if limits is None else moved.clamped(limits)

    def resized(self, width: float) -> TimeMap:
        """Same start and scale for a new width: resizing reveals more time on the right
        instead of rescaling, like any scrollable document."""
        return self.with_scale(self.seconds_per_pixel, width)

    @classmethod
    def fitted(
        cls,
        t0: float | int,
        t1: float | int,
        width: float,
        margin_px: float = 40,
        limits: ZoomLimits | None = None,
    ) -> TimeMap:
        """A map showing ``[t0, t1]`` (either order) with ``margin_px`` free on each side.

        ``t0 == t1`` shows :data:`DEFAULT_POINT_SPAN` (one day) centred on the instant.
        Each margin is capped at a quarter of the width so a narrow widget still gives the
        data at least half of it; a zero width is treated as one pixel for the scale.
        Integer instants are placed exactly, however far from 1970.
        """
        _check_finite("t0", float(t0))
        _check_finite("t1", float(t1))
        _check_finite("margin_px", margin_px)
        lo, hi = min(t0, t1), max(t0, t1)
        length = float(hi - lo)  # exact for ints: the difference is taken before rounding
        before = 0.0
        if length == 0:
            length, before = DEFAULT_POINT_SPAN, DEFAULT_POINT_SPAN / 2
        w = max(width, 1.0)
        margin = min(max(margin_px, 0.0), w / 4)
        spp = length / (w - 2 * margin)
        fitted = cls(lo, spp, width, shift=-before - margin * spp)
        return fitted if limits is None else fitted.clamped(limits)

    def clamped(self, limits: ZoomLimits) -> TimeMap:
        """This view brought within ``limits``: the span is clamped around the view's
        centre, then the view is shifted just enough to overlap the bound region."""
        result = self
        if self.width > 0:
            span = self.span
            new_span = min(max(span, limits.min_span), limits.max_span)
            if new_span != span:
                result = TimeMap(
                    self.origin,
                    new_span / self.width,
                    self.width,
                    shift=self.offset + span / 2 - new_span / 2,
                )
        return result._pan_clamped(limits)

    def _pan_clamped(self, limits: ZoomLimits) -> TimeMap:
        # Touching counts as overlapping: at the limit the bound region's edge sits exactly
        # on the view's edge, which is where a drag naturally stops.
        if self.end < limits.bound_start:
            return TimeMap(limits.bound_start, self.seconds_per_pixel, self.width, shift=-self.span)
        if self.start > limits.bound_end:
            return TimeMap(limits.bound_end, self.seconds_per_pixel, self.width)
        return self


# --- what a view shows: used by the timeline widget and by exports alike -------------------

#: Room kept right of the last marks when fitting, for their labels (pixels, capped).
LABEL_ROOM = 320.0
LABEL_ROOM_SHARE = 0.3
#: The margin a fit starts from, on the right, before labels ask for more: the whole right
#: margin when the last labels go left of their marks. Room for the last mark's body with
#: its open-end tail (half a marker + 28 px, scene_items.Geometry), which would be cut
#: at the edge otherwise; a few pixels, not a share of the span (QA #18-#20).
FIT_MARGIN = 36.0
#: The margin a fit keeps left of the first marks (their labels go right of them).
FIT_LEFT_MARGIN = 40.0
#: The room right of the data for labels too long to fit whole in any room (a share of the
#: width): enough for their first words, little enough to keep the data spread out.
LONG_LABEL_SHARE = 0.22


#: The least span an empty timeline shows around its documents' publication dates.
EMPTY_MIN_SPAN = 90.0 * SECONDS_PER_DAY
#: What an empty timeline without dated documents shows: a year, today in its middle.
EMPTY_SPAN = 365.0 * SECONDS_PER_DAY


#: Fit All shows at least this many of the shortest span its events are dated to (up to a
#: day's worth: a span of months gets six days more, not six months): events all dated to
#: one day show that day among its week, on an axis in days, not spread over an axis in
#: hours its dates never gave; one event alike.
MIN_FIT_SPANS = 7


def view_range(
    index: TimeIndex | None,
    mask: npt.NDArray[np.bool_] | None,
    documents: Iterable[tuple[float, float]] = (),
    now: float | None = None,
) -> tuple[float, float]:
    """What "fit all" shows: the dated events passing ``mask``, else all; with no dated
    event, :func:`empty_range` (never the Unix epoch, which is no date of anyone's).

    Never less than :data:`MIN_FIT_SPANS` times the shortest of their dates' spans (up to
    a day's worth), centred on them: Fit All does not zoom past what the dates say.
    """
    if index is None:
        return empty_range(documents, now)
    every = mask is None or bool(mask.all())
    found = None if every else index.extent(mask)
    if found is None:  # nothing filtered out, or nothing passes the filter: every event
        every = True
        found = index.extent()
    if found is None:
        return empty_range(documents, now)
    t0, t1 = found
    if every:
        shortest = shortest_span(index)
    else:
        assert mask is not None
        # Spans in start order (contiguous columns).
        spans = index.sorted_t1 - index.sorted_t0
        shortest = float(spans[mask[index.order]].min())
    least = shortest + (MIN_FIT_SPANS - 1) * min(shortest, float(SECONDS_PER_DAY))
    if t1 - t0 < least:
        pad = (least - (t1 - t0)) / 2
        t0, t1 = t0 - pad, t1 + pad
    return t0, t1


def _shortest_span(index: TimeIndex) -> float:
    """The shortest span an event of ``index`` is dated to (it has dated events)."""
    return float((index.sorted_t1 - index.sorted_t0).min())


# Fit All of a whole file, as it opens: made by the loading thread (``ui.handover``).
shortest_span = LastFileMemo(_shortest_span)


def empty_range(
    documents: Iterable[tuple[float, float]] = (), now: float | None = None
) -> tuple[float, float]:
    """The window of a timeline with no dated event: around its documents' publication
    dates (``(earliest, latest)`` instants; the work is about them), at least
    :data:`EMPTY_MIN_SPAN` wide; else a year around ``now`` (default: the clock)."""
    spans = [(t0, t1) for t0, t1 in documents if math.isfinite(t0) and math.isfinite(t1)]
    if spans:
        t0, t1 = min(s[0] for s in spans), max(s[1] for s in spans)
        pad = max(0.0, (EMPTY_MIN_SPAN - (t1 - t0)) / 2)
        return t0 - pad, t1 + pad
    centre = time.time() if now is None else now
    return centre - EMPTY_SPAN / 2, centre + EMPTY_SPAN / 2


def event_window(index: TimeIndex, event: int) -> tuple[float, float] | None:
    """An event's span with room around it ("zoom to event"); None if undated."""
    if not index.dated[event]:
        return None
    t0, t1 = float(index.earliest[event]), float(index.latest[event])
    pad = max((t1 - t0) * 0.6, SECONDS_PER_DAY * 3)
    return t0 - pad, t1 + pad


def fit_map(
    t0: float,
    t1: float,
    width: float,
    right_room: float | None = None,
    limits: ZoomLimits | None = None,
    left_room: float = FIT_LEFT_MARGIN,
) -> TimeMap:
    """``[t0, t1]`` across ``width``, with room on the right for the last labels.

    ``right_room`` defaults to :data:`LABEL_ROOM` capped at :data:`LABEL_ROOM_SHARE` of the
    width (the last events' labels extend right of their marks); ``left_room`` is what the
    first marks need on the left (their labels go right of them).
    """
    if right_room is None:
        right_room = min(LABEL_ROOM, width * LABEL_ROOM_SHARE)
    usable = max(width * 0.3, width - right_room)
    # ``right_room`` is the whole margin on the right: a second, fixed margin on top of it
    # showed 64 px of empty future after the last event (centuries at Fit All of a file
    # spanning millennia, QA #18-#20).
    left = min(left_room, usable / 4)
    return TimeMap.fitted(t0, t1, usable + left, left, limits=limits).resized(width)


def fit_labelled(
    t0: float,
    t1: float,
    width: float,
    reach: tuple[
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
    ],
    limits: ZoomLimits | None = None,
    max_share: float = 0.7,
    body: tuple[float, float] = (FIT_LEFT_MARGIN, FIT_MARGIN),
) -> TimeMap:
    """:func:`fit_map`, with the right-hand room grown until every label fits whole on one
    side of its mark: right of its end, or left of its start (where the scene moves labels
    that would run off the right edge). ``reach`` is ``scene.label_reach``'s result.

    A label cut at the view's edge while the view has room to spare is what this avoids;
    the room stays below ``max_share`` of the width (the data keeps the rest).

    ``body`` is what the first and last marks themselves need, left and right, in pixels
    (``scene.end_rooms``): the margins start from it, never from a span of time, so the
    view ends a few pixels after the last event however long a pixel lasts (QA #19: a
    fixed 36 px was 0.8 billion years of empty future at deep time).
    """
    starts, ends, right, left = reach
    left_room, body_right = body
    # Start from the mark's own room: labels that can go left of their marks need no more.
    room = min(body_right, width * LABEL_ROOM_SHARE) if ends.size else 0.0
    # A label longer than the most room the data can give is elided whatever the fit: it
    # gets a share of the width for its first words, no more (growing the room for it
    # showed 2012-2024 data as 2010-2048); only labels the room can make whole ask for it.
    fitted = fit_map(t0, t1, width, room, limits, left_room)

    def whole(view: TimeMap) -> npt.NDArray[np.bool_]:
        return (view.xs(ends) + right <= width) | (left <= view.xs(starts))

    fits = whole(fitted)
    hopeless = ~fits & (right >= width * max_share)
    if bool(hopeless.any()):
        wider_room = max(room, width * LONG_LABEL_SHARE)
        wider = fit_map(t0, t1, width, wider_room, limits, left_room)
        # Not at the cost of labels that fit left of their marks without that room.
        if int(whole(wider).sum()) >= int(fits.sum()):
            room, fitted = wider_room, wider
    helped = ~hopeless
    starts, ends, right, left = starts[helped], ends[helped], right[helped], left[helped]
    for _ in range(6):
        if not ends.size or room >= width * max_share:
            break
        over_right = fitted.xs(ends) + right - width
        over_left = left - fitted.xs(starts)
        overflow = float(np.max(np.minimum(over_right, over_left)))
        if overflow <= 0.5:
            break
        room = min(width * max_share, room + overflow + 2.0)
        fitted = fit_map(t0, t1, width, room, limits, left_room)
    if limits is not None and width > 0 and fitted.span >= limits.max_span * 0.999:
        # Zoomed out as far as allowed: clamping around the centre would push the data out
        # of a narrow view, so the data keeps its place at the left instead.
        spp = limits.max_span / width
        fitted = TimeMap(min(t0, t1), spp, width, shift=-left_room * spp).clamped(limits)
    return fitted
