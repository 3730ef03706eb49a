"""Compressed time: long stretches without events drawn as labelled axis breaks.

A news chronology often has one old event (a 2012 agreement) and a dozen from one month of
2024: on a linear axis the recent ones pile into one column. Here every stretch of time that
no shown event covers, longer than a share of the data's extent, is squeezed to a narrow
break, drawn with a "≈" on the axis and the skipped span written in it ("2013 – 2023, no
events"), so that every event gets room and no reader mistakes the axis for linear.

How: a monotone, piecewise-linear map from real instants to *packed* instants. The scene is
built, unchanged, over a time index whose instants are packed (lanes, culling, hit tests
and zoom all work as before); only the axis ticks are computed per linear piece, in real
time, and the breaks are added. The widget and exports share every part of it.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from msgspec import Struct
from msgspec.structs import force_setattr, replace
from PySide6.QtCore import QCoreApplication

from ..model.calendar import SECONDS_PER_DAY, from_seconds, to_seconds
from ..model.time_index import TimeIndex, index_from_columns
from .scene import AxisBreak, LabelMeasure, Scene, SceneInputs
from .ticks import (
    PRESENT_YEAR,
    AxisTicks,
    CalendarNames,
    Tick,
    compute_ticks,
    deep_time_label,
    deep_time_unit,
)
from .timemap import TimeMap

#: A stretch without events is compressed when longer than this share of the data's extent.
MIN_GAP_SHARE = 0.25
#: ... and longer than half a year (a pause of weeks or months is part of a story).
MIN_GAP_SECONDS = 180.0 * SECONDS_PER_DAY
#: What a compressed stretch keeps, as a share of the packed extent (its break's width).
BREAK_SHARE = 0.035


class Compression(Struct, frozen=True):
    """The map between real and packed instants: gaps ``[starts[k], ends[k])`` (real) are
    each squeezed to ``kept[k]`` seconds; elsewhere time runs at its own pace.

    Whole seconds (int64), so that packing the index's integer instants is exact at any
    magnitude (:meth:`pack_ints`; a float at the Big Bang resolves only 64 s); the float
    methods serve view edges and single instants.
    """

    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    kept: npt.NDArray[np.int64]

    def __post_init__(self) -> None:
        for name in ("starts", "ends", "kept"):
            whole = np.rint(np.asarray(getattr(self, name))).astype(np.int64)
            force_setattr(self, name, whole)

    @property
    def _removed_before(self) -> npt.NDArray[np.int64]:
        # removed[k]: seconds taken out by the gaps before gap k (k = 0..n).
        return np.concatenate(([0], np.cumsum(self.ends - self.starts - self.kept)))

    def pack_ints(self, times: npt.ArrayLike) -> npt.NDArray[np.int64]:
        """Instants packed exactly as whole seconds (inside a gap, rounded to the second;
        float instants are first truncated to their second)."""
        t = np.asarray(times).astype(np.int64)
        removed = self._removed_before
        k = np.searchsorted(self.starts, t, side="right")  # gaps starting at or before t
        out = t - removed[k]
        inside = (k > 0) & (t < self.ends[np.maximum(k - 1, 0)])
        if np.any(inside):
            g = k[inside] - 1
            ratio = self.kept[g] / (self.ends[g] - self.starts[g])
            into = np.rint((t[inside] - self.starts[g]) * ratio).astype(np.int64)
            out[inside] = self.starts[g] - removed[g] + into
        return out

    def to_packed(self, times: npt.ArrayLike) -> npt.NDArray[np.float64]:
        t = np.asarray(times, dtype=np.float64)
        removed = self._removed_before.astype(np.float64)
        k = np.searchsorted(self.starts, t, side="right")  # gaps starting at or before t
        out = t - removed[k]
        inside = (k > 0) & (t < self.ends[np.maximum(k - 1, 0)])
        if np.any(inside):
            g = k[inside] - 1
            start = self.starts[g] - removed[g]
            ratio = self.kept[g] / (self.ends[g] - self.starts[g])
            out[inside] = start + (t[inside] - self.starts[g]) * ratio
        return out

    def to_real(self, packed: npt.ArrayLike) -> npt.NDArray[np.float64]:
        c = np.asarray(packed, dtype=np.float64)
        removed = self._removed_before.astype(np.float64)
        packed_starts = self.starts - removed[:-1]
        packed_ends = packed_starts + self.kept
        k = np.searchsorted(packed_starts, c, side="right")
        out = c + removed[k]
        inside = (k > 0) & (c < packed_ends[np.maximum(k - 1, 0)])
        if np.any(inside):
            g = k[inside] - 1
            ratio = (self.ends[g] - self.starts[g]) / self.kept[g]
            out[inside] = self.starts[g] + (c[inside] - packed_starts[g]) * ratio
        return out

    def packed(self, t: float) -> float:
        return float(self.to_packed([t])[0])

    def real(self, c: float) -> float:
        return float(self.to_real([c])[0])

    def shift_at(self, packed: float) -> int:
        """Real minus packed time on the linear piece holding ``packed``: the whole seconds
        the gaps before it took out (exact, for the axis of that piece)."""
        removed = self._removed_before
        packed_starts = self.starts - removed[:-1]
        return int(removed[int(np.searchsorted(packed_starts, packed, side="right"))])


def find_compression(index: TimeIndex, mask: npt.NDArray[np.bool_]) -> Compression | None:
    """The stretches no shown event covers that are long enough to compress; None if none."""
    shown = index.dated & mask
    if np.count_nonzero(shown) < 2:
        return None
    t0 = index.earliest[shown]
    t1 = index.latest[shown]
    order = np.argsort(t0, kind="stable")
    t0, t1 = t0[order], t1[order]
    covered = np.maximum.accumulate(t1)
    extent = int(covered[-1] - t0[0])
    # A gap opens where an event starts after everything before it has ended.
    opens = np.flatnonzero(t0[1:] > covered[:-1])
    starts, ends = covered[opens], t0[opens + 1]
    longest = max(MIN_GAP_SECONDS, MIN_GAP_SHARE * extent)
    big = (ends - starts) > longest
    if not np.any(big):
        return None
    starts, ends = _on_calendar(starts[big], ends[big], longest)
    kept_extent = extent - int(np.sum(ends - starts))
    kept = np.full(starts.size, max(round(BREAK_SHARE * kept_extent), SECONDS_PER_DAY))
    kept = np.minimum(kept, (ends - starts) // 2)
    return Compression(starts, ends, kept)


def _on_calendar(
    starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64], longest: float
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each gap narrowed to whole years (else whole months, else whole days) inside it, the
    coarsest unit that still leaves it longer than ``longest``: its words then name exactly
    what it hides. A gap from late 2012 to April 2024 hid January – March 2024 under
    "2013 – 2023, no events" (QA #141); it now ends on 1 January 2024."""
    snapped_starts, snapped_ends = starts.copy(), ends.copy()
    for k in range(starts.size):
        t0, t1 = int(starts[k]), int(ends[k])
        for unit in ("year", "month", "day"):
            first, last = _boundary_after(t0, unit), _boundary_before(t1, unit)
            if last - first > longest or unit == "day":
                if last > first:
                    snapped_starts[k], snapped_ends[k] = first, last
                break
    return snapped_starts, snapped_ends


def _boundary_after(t: int, unit: str) -> int:
    """The first start of a ``unit`` at or after ``t``."""
    y, m, d, *_ = from_seconds(t)
    if unit == "day":
        day = to_seconds(y, m, d)
        return day if day == t else day + SECONDS_PER_DAY
    if unit == "month":
        month = to_seconds(y, m, 1)
        return month if month == t else to_seconds(y + m // 12, m % 12 + 1, 1)
    year = to_seconds(y, 1, 1)
    return year if year == t else to_seconds(y + 1, 1, 1)


def _boundary_before(t: int, unit: str) -> int:
    """The last start of a ``unit`` at or before ``t``."""
    y, m, d, *_ = from_seconds(t)
    if unit == "day":
        return to_seconds(y, m, d)
    if unit == "month":
        return to_seconds(y, m, 1)
    return to_seconds(y, 1, 1)


def packed_index(index: TimeIndex, compression: Compression) -> TimeIndex:
    """The same index with every instant packed (order, counts and columns otherwise equal)."""

    def pack(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        return compression.pack_ints(values)

    return index_from_columns(
        earliest=np.where(index.dated, pack(index.earliest), index.earliest),
        latest=np.where(index.dated, pack(index.latest), index.latest),
        core0=np.where(index.dated, pack(index.core0), index.core0),
        core1=np.where(index.dated, pack(index.core1), index.core1),
        precision=index.precision,
        flags=index.flags,
        date_form=index.date_form,
        status=index.status,
        review=index.review,
        dated=index.dated,
        actor_ptr=index.actor_ptr,
        actor_ids=index.actor_ids,
        actor_roles=index.actor_roles,
        roles=index.roles,
        evidence=index.evidence,
    )


def packed_inputs(inputs: SceneInputs, compression: Compression) -> SceneInputs:
    """Scene inputs over packed time (document dates too)."""
    index = packed_index(inputs.index, compression)
    documents = [
        (doc, compression.packed(t0), compression.packed(t1), label)
        for doc, t0, t1, label in inputs.documents
    ]
    return replace(
        inputs,
        index=index,
        cumulative=index.cumulative_mask(inputs.mask),
        documents=documents,
        to_view=compression.pack_ints,
    )


def break_label(t0: float | int, t1: float | int, names: CalendarNames | None = None) -> str:
    """ "2013 – 2023, no events": exactly what the break ``[t0, t1)`` hides, in whole years,
    else whole months ("January – March 2024"), else days; in deep time the span in the
    axis's own units ("−13.6 Ga – −4.6 Ga, no events").

    ``names`` gives the years their era ("500 BCE"), the months their names and deep time
    its decimal point; without it years are plain astronomical numbers, months numbers.
    """
    start, end = int(t0), int(t1)
    y0, m0, d0, *_ = from_seconds(start)
    y1, m1, *_ = from_seconds(end)
    farthest = max(abs(y0 - PRESENT_YEAR), abs(y1 - PRESENT_YEAR))
    year = names.year if names is not None else str
    if farthest >= DEEP_TIME_BREAK_YEARS:
        # Two significant decimals of the view's unit: a break is read, not measured.
        first_year = y0 if start == to_seconds(y0, 1, 1) else y0 + 1
        unit = deep_time_unit(farthest)
        step = max(1, unit // 100)
        point = names.decimal_point() if names is not None else "."
        ends = (round((y - PRESENT_YEAR) / step) * step for y in (first_year, y1))
        span = " – ".join(deep_time_label(years, unit, step, point) for years in ends)
    elif start == to_seconds(y0, 1, 1) and end == to_seconds(y1, 1, 1) and y1 > y0:
        last_year = y1 - 1
        span = year(y0) if last_year == y0 else f"{year(y0)} – {year(last_year)}"
    elif start == to_seconds(y0, m0, 1) and end == to_seconds(y1, m1, 1) and end > start:
        last_y, last_m = (y1, m1 - 1) if m1 > 1 else (y1 - 1, 12)
        span = _months_span(y0, m0, last_y, last_m, names)
    else:
        # Days: the first whole day hidden to the last (a break is at least half a year).
        last = from_seconds(end - 1)
        span = f"{y0}-{m0:02d}-{d0:02d} – {last[0]}-{last[1]:02d}-{last[2]:02d}"
    return QCoreApplication.translate("Timeline", "{span}, no events").replace("{span}", span)


def _months_span(y0: int, m0: int, y1: int, m1: int, names: CalendarNames | None) -> str:
    """ "January – March 2024", "October 2023 – March 2024" (numbers without ``names``)."""
    if names is None:
        first, last = f"{y0}-{m0:02d}", f"{y1}-{m1:02d}"
        return first if (y0, m0) == (y1, m1) else f"{first} – {last}"
    last = f"{names.month_name(m1, False)} {names.year(y1)}"
    if (y0, m0) == (y1, m1):
        return last
    first = names.month_name(m0, False)
    if y0 != y1:
        first = f"{first} {names.year(y0)}"
    return f"{first} – {last}"


#: Breaks further than this from 1950 are labelled in ka, Ma, Ga, like the deep-time axis.
DEEP_TIME_BREAK_YEARS = 100_000


def apply_breaks(
    scene: Scene,
    compression: Compression,
    measure: LabelMeasure,
    names: CalendarNames,
) -> None:
    """Give a scene built over packed time its real-time ticks and its axis breaks."""
    tm = scene.timemap
    starts_x = tm.xs(compression.pack_ints(compression.starts))
    ends_x = tm.xs(compression.pack_ints(compression.ends))
    breaks = []
    for k in range(compression.starts.size):
        x0, x1 = float(starts_x[k]), float(ends_x[k])
        if x1 >= 0 and x0 <= tm.width:
            label = break_label(int(compression.starts[k]), int(compression.ends[k]), names)
            breaks.append(
                AxisBreak(x0, x1, float(compression.starts[k]), float(compression.ends[k]), label)
            )
    scene.breaks = breaks
    # Linear pieces in view: between the breaks.
    edges = [0.0]
    for gap in breaks:
        edges.extend((max(0.0, gap.x0), min(tm.width, gap.x1)))
    edges.append(tm.width)
    minor: list[Tick] = []
    major: list[Tick] = []
    grid: list[float] = []
    unit = scene.ticks.unit
    for a, b in zip(edges[0::2], edges[1::2], strict=True):
        if b - a < 2:
            continue
        shift = compression.shift_at(tm.to_time((a + b) / 2))
        window = tm.shifted(shift).panned(-a).resized(b - a)
        ticks = compute_ticks(window, measure, names)
        unit = ticks.unit if a == 0.0 else unit
        # A boundary at a piece's right edge is the break's start: its label would sit
        # on the break, naming a period the break skips.
        minor.extend(
            Tick(t.t, t.x + a, t.label)
            for t in ticks.minor
            if (t.x >= 0 or a == 0.0) and (t.x < b - a - 1 or b == tm.width)
        )
        major.extend(_piece_majors(ticks.major, a, b, measure))
        grid.extend(x + a for x in ticks.minor_gridlines if 0 <= x <= b - a)
    # Each piece pins its context label at its left edge; the same words twice (the deep-time
    # unit, a year both sides of a short break) say nothing new and would collide.
    major = [t for k, t in enumerate(major) if not k or t.label != major[k - 1].label]
    scene.ticks = AxisTicks(unit, minor, _clear_of_each_other(major, measure), grid)


#: Free pixels between two context labels of different pieces: a little less than the gap
#: compute_ticks keeps inside a piece (12), so its own placement is never undone here.
_LABEL_GAP = 8.0


def _piece_majors(ticks: list[Tick], a: float, b: float, measure: LabelMeasure) -> list[Tick]:
    """A linear piece's context labels in the view's pixels (the piece spans ``[a, b)``).

    ``compute_ticks`` slides the label of the period holding the piece's left edge out to
    the left when the next period's label needs the room ("2011" before "2012"). On the
    first piece the view's edge clips it, as on a linear axis; after a break nothing
    would: it is kept at the piece's edge only while it clears the next label, else left
    out (the next label names the period). Clamping it back to the edge printed "2011"
    over "2012" (QA #57).
    """
    kept: list[Tick] = []
    for k, t in enumerate(ticks):
        if t.x + a >= b:
            continue
        x = t.x
        if x < 0 and a > 0.0:
            x = 0.0
            following = ticks[k + 1] if k + 1 < len(ticks) else None
            if following is not None and following.x < measure(t.label) + _LABEL_GAP:
                continue
        kept.append(Tick(t.t, x + a, t.label))
    return kept


def _clear_of_each_other(ticks: list[Tick], measure: LabelMeasure) -> list[Tick]:
    """The context labels of all pieces, each clear of the one before it (two pieces'
    labels can meet beside a narrow break); the first piece's label slid out past the
    view's left edge counts from where it ends."""
    kept: list[Tick] = []
    for tick in ticks:
        if kept and tick.x < kept[-1].x + measure(kept[-1].label) + _LABEL_GAP:
            continue
        kept.append(tick)
    return kept


class CompressedTime:
    """A view's compressed time: whether it is asked for, the breaks in use and the packed
    scene inputs, kept by the widget (and any other live view) between frames."""

    def __init__(self) -> None:
        self.on = False
        self.compression: Compression | None = None
        self._packed: tuple[SceneInputs, SceneInputs] | None = None

    def refresh(self, index: TimeIndex | None, mask: npt.NDArray[np.bool_]) -> None:
        """Recompute the breaks for the events shown (they depend on the filter)."""
        self._packed = None
        self.compression = None
        if self.on and index is not None:
            self.compression = find_compression(index, mask)

    def inputs(self, inputs: SceneInputs) -> SceneInputs:
        """``inputs`` in the view's time: packed when compressed (computed once per inputs)."""
        if self.compression is None:
            return inputs
        if self._packed is None or self._packed[0] is not inputs:
            self._packed = (inputs, packed_inputs(inputs, self.compression))
        return self._packed[1]

    def real_span(self, tm: TimeMap) -> tuple[float, float]:
        """The real instants at the view's edges."""
        if self.compression is None:
            return tm.start, tm.end
        return self.compression.real(tm.start), self.compression.real(tm.end)

    def packed_span(self, t0: float, t1: float) -> tuple[float, float]:
        """Real instants in the view's time."""
        if self.compression is None:
            return t0, t1
        return self.compression.packed(t0), self.compression.packed(t1)

    def real_view(self, tm: TimeMap) -> TimeMap:
        """The real span the view covers, as a linear map (what the controller publishes)."""
        if self.compression is None:
            return tm
        t0, t1 = self.real_span(tm)
        return TimeMap(t0, max(t1 - t0, 1.0) / max(tm.width, 1.0), tm.width)


__all__ = [
    "AxisBreak",
    "CompressedTime",
    "Compression",
    "apply_breaks",
    "break_label",
    "find_compression",
    "packed_index",
    "packed_inputs",
]
