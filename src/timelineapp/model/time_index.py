"""The columnar time index: numpy arrays over a file's events, built once per file.

Everything the paint path, hit testing, culling and filtering need is here as arrays, so
that no per-event Python object is touched to draw a frame. Dated events are kept sorted
by their earliest instant: the events overlapping a time window are found by binary
search, and how many fall in any span is a difference of two binary searches.
"""

from __future__ import annotations

import itertools
from functools import cached_property

import numpy as np
import numpy.typing as npt
from msgspec import Struct

# MarkFlag lives with the date columns it describes; it is imported from here too.
from .date_columns import MarkFlag as MarkFlag
from .evidence import EVIDENCE_DTYPE
from .format_rules import EventStatus, ReviewState

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


STATUS_CODES = {s: i for i, s in enumerate(EventStatus)}
REVIEW_CODES = {r: i for i, r in enumerate(ReviewState)}
_MARKED_SHARE = 16
"""A window holding at least 1/16 of the dated events is found by marking, not sorting."""


class TimeIndex(Struct, frozen=True, dict=True, weakref=True):
    """Arrays over events. ``order`` lists dated events (file indices) sorted by earliest."""

    count: int  # all events, dated or not
    # Per event, in file order:
    earliest: IntArray  # seconds since 1970; 0 for undated (see ``dated``)
    latest: IntArray  # exclusive end
    core0: IntArray  # intervals: end of the start point (the surely-covered part begins)
    core1: IntArray  # intervals: start of the end point; equal to the extent for others
    precision: npt.NDArray[np.int8]
    flags: npt.NDArray[np.uint8]
    status: npt.NDArray[np.int8]
    review: npt.NDArray[np.int8]
    dated: BoolArray
    # The EDTF forms of each date (dates.DateForm bits: X digits, season, sets...); 0 for plain
    date_form: npt.NDArray[np.uint8]
    # Dated events sorted by earliest, and the same instants as floats in that order:
    order: IntArray
    sorted_t0: FloatArray
    sorted_t1: FloatArray
    # Culling by duration class: the events of class c are class_positions[bounds[c]:
    # bounds[c+1]] (positions into ``order``, ascending), starting at class_t0 (same slice),
    # none longer than class_spans[c]. An event overlapping [t0, t1) starts within
    # [t0 - its class's span, t1): a binary search per class, however long the other
    # classes' events are.
    class_positions: IntArray
    class_t0: FloatArray
    class_bounds: IntArray
    class_spans: FloatArray
    # Actor membership, CSR: actors of event i are actor_ids[actor_ptr[i]:actor_ptr[i+1]].
    actor_ptr: IntArray
    actor_ids: npt.NDArray[np.int32]
    actor_roles: npt.NDArray[np.int32]  # index into ``roles``; -1 for no role
    roles: tuple[str, ...]
    undated: IntArray  # file indices of events without a date
    # Per event, in file order: origins, documents, flags, grades (evidence.EVIDENCE_DTYPE).
    evidence: npt.NDArray[np.void]

    @property
    def dated_count(self) -> int:
        return int(self.order.size)

    # Per-file arrays that the window needs the moment a file arrives. They are derived, so
    # they are computed on first use; the loading thread asks for them early, so that the
    # GUI thread finds them ready (see ``warm_up``).
    @cached_property
    def date_rank(self) -> IntArray:
        """Per event, its place in date order: dated by earliest instant, then undated."""
        rank = np.empty(self.count, dtype=np.int64)
        rank[np.concatenate((self.order, self.undated))] = np.arange(self.count)
        return rank

    @cached_property
    def cumulative_all(self) -> IntArray:
        """:meth:`cumulative_mask` of a mask passing every event."""
        return np.arange(self.order.size + 1, dtype=np.int64)

    def warm_up(self) -> None:
        """Compute the derived arrays now (from a worker thread), not when first drawn."""
        _ = self.date_rank, self.cumulative_all

    def extent(self, mask: BoolArray | None = None) -> tuple[float, float] | None:
        """(earliest, latest) over dated events (those passing ``mask``), or None if none."""
        if mask is None:
            if not self.order.size:
                return None
            return float(self.sorted_t0[0]), float(self.sorted_t1.max())
        passing = mask[self.order]
        if not passing.any():
            return None
        return float(self.sorted_t0[passing][0]), float(self.sorted_t1[passing].max())

    def visible_positions(
        self, t0: float, t1: float, cumulative: IntArray | None = None
    ) -> IntArray:
        """Positions into ``order`` of events overlapping ``[t0, t1)``, sorted by earliest;
        with ``cumulative`` (:meth:`cumulative_mask` of a filter), only the events it passes.
        """
        found = []
        for c in range(self.class_spans.size):
            a, b = int(self.class_bounds[c]), int(self.class_bounds[c + 1])
            starts = self.class_t0[a:b]
            lo = a + int(np.searchsorted(starts, t0 - self.class_spans[c], side="left"))
            hi = a + int(np.searchsorted(starts, t1, side="left"))
            candidates = self.class_positions[lo:hi]
            if cumulative is not None:
                # Filtered first: a narrow filter at fit-all keeps thousands of a million.
                candidates = candidates[cumulative[candidates + 1] > cumulative[candidates]]
            found.append(candidates[self.sorted_t1[candidates] > t0])
        total = sum(part.size for part in found)
        if total * _MARKED_SHARE < self.order.size:
            window = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
            window.sort()
            return window
        # A wide window (a fit-all under a narrow filter at a million events): the classes'
        # ascending runs are marked and read back in order, a pass over the dated events,
        # where sorting the million positions took 80 ms of a filter change's frame.
        marked = np.zeros(self.order.size, dtype=np.bool_)
        for part in found:
            marked[part] = True
        return np.flatnonzero(marked).astype(np.int64, copy=False)

    def count_between(self, edges: FloatArray, cumulative: IntArray | None = None) -> IntArray:
        """Events whose earliest falls in each ``[edges[k], edges[k+1])``.

        ``cumulative`` (from :meth:`cumulative_mask`) restricts the count to filtered events.
        Cost is a binary search per edge, whatever the number of events.
        """
        pos = np.searchsorted(self.sorted_t0, edges, side="left")
        if cumulative is None:
            return np.diff(pos).astype(np.int64)
        return np.diff(cumulative[pos]).astype(np.int64)

    def cumulative_mask(self, mask: BoolArray) -> IntArray:
        """Running count of passing events in sorted order (length dated_count + 1)."""
        result = np.zeros(self.order.size + 1, dtype=np.int64)
        np.cumsum(mask[self.order], out=result[1:])
        return result

    def neighbour(self, event: int | None, step: int, mask: BoolArray | None = None) -> int | None:
        """The dated event ``step`` places after (or before) ``event`` in date order."""
        positions = np.arange(self.order.size)
        if mask is not None:
            positions = positions[mask[self.order]]
        if not positions.size:
            return None
        if event is None or not self.dated[event]:
            return int(self.order[positions[0 if step > 0 else -1]])
        where = int(np.flatnonzero(self.order == event)[0])
        k = int(np.searchsorted(positions, where))
        if k < positions.size and positions[k] == where:
            k += step
        else:
            k += step if step < 0 else 0
        if k < 0 or k >= positions.size:
            return None
        return int(self.order[positions[k]])


def index_from_columns(
    *,
    earliest: IntArray,
    latest: IntArray,
    core0: IntArray,
    core1: IntArray,
    precision: npt.NDArray[np.int8],
    flags: npt.NDArray[np.uint8],
    date_form: npt.NDArray[np.uint8],
    status: npt.NDArray[np.int8],
    review: npt.NDArray[np.int8],
    dated: BoolArray,
    actor_ptr: IntArray,
    actor_ids: npt.NDArray[np.int32],
    actor_roles: npt.NDArray[np.int32],
    roles: tuple[str, ...],
    evidence: npt.NDArray[np.void] | None = None,
) -> TimeIndex:
    dated_ids = np.flatnonzero(dated)
    order = dated_ids[np.argsort(earliest[dated_ids], kind="stable")]
    sorted_t0 = earliest[order].astype(np.float64)
    sorted_t1 = latest[order].astype(np.float64)
    durations = sorted_t1 - sorted_t0
    # Duration classes: a day, a month, a year, a decade, longer. One century-long event
    # then costs one entry in its own class instead of widening every search window.
    limits = np.array([86400.0, 31 * 86400.0, 366 * 86400.0, 3660 * 86400.0, np.inf])
    classes = np.searchsorted(limits, durations, side="left")
    # Five classes: as bytes, the stable sort is a radix sort.
    class_positions = np.argsort(classes.astype(np.uint8), kind="stable").astype(np.int64)
    class_bounds = np.searchsorted(classes[class_positions], np.arange(limits.size + 1))
    class_spans = np.array(
        [
            float(durations[class_positions[a:b]].max()) if b > a else 0.0
            for a, b in itertools.pairwise(class_bounds)
        ]
    )
    return TimeIndex(
        count=int(earliest.size),
        earliest=earliest,
        latest=latest,
        core0=core0,
        core1=core1,
        precision=precision,
        flags=flags,
        date_form=date_form,
        status=status,
        review=review,
        dated=dated,
        order=order.astype(np.int64),
        sorted_t0=sorted_t0,
        sorted_t1=sorted_t1,
        class_positions=class_positions,
        class_t0=sorted_t0[class_positions],
        class_bounds=class_bounds.astype(np.int64),
        class_spans=class_spans,
        actor_ptr=actor_ptr,
        actor_ids=actor_ids,
        actor_roles=actor_roles,
        roles=roles,
        undated=np.flatnonzero(~dated).astype(np.int64),
        evidence=np.zeros(earliest.size, EVIDENCE_DTYPE) if evidence is None else evidence,
    )
