"""Time-axis tick generation as a pure function of a :class:`TimeMap` and a text measurer.

Design (ideas from pyqtgraph's ``DateAxisItem``, re-derived for arbitrary years):

* A ladder of *levels* (:mod:`.tick_levels`) runs from one minute to ten millennia.  Each
  level knows the shortest duration one of its steps can have (28 days for a month, 365
  days per year...), so "do labels fit?" is a guaranteed lower bound, not an average.
* :func:`compute_ticks` picks the finest level whose worst-case label (measured with the
  caller's ``measure``, so real fonts and locales are honoured) plus a gap fits between
  adjacent ticks, then verifies the actual labels; a level only wins if its context row
  (the *major* labels) also fits.
* Boundaries are real calendar boundaries computed with :mod:`timelineapp.model.calendar`
  (month starts, Mondays, midnights, January 1st of years divisible by the step), and only
  the visible ones are generated: the work is proportional to the view width, never to
  the span, so a ten-thousand-year view costs the same as a one-day view.

Label placement contract (what "labels do not overlap" means): a label is drawn
left-aligned starting at its tick's ``x`` (plus whatever constant padding the painter
adds), occupying ``[x, x + measure(label)]``.  Minor labels at ``x < 0`` belong to the
partly visible first period and are meant to be clipped.  Major labels are "sticky": the
label of the period containing the view's left edge is placed at ``x = 0`` and pushed
left only when the next period's label needs the room, so the context is always shown.

Multi-year steps align on astronomical multiples (year 0 = 1 BCE).  In the common era
that gives the expected 1900, 2000, ...; across the BCE boundary it yields e.g. 100-year
ticks at 201 BCE, 101 BCE, 1 BCE, 100 (astronomical -200, -100, 0, 100).  We chose this
over historical multiples (200 BCE, 100 BCE, 100) because it keeps every step the same
length — historical numbering has no year zero, so one step there would be a year short
— and the labels stay truthful.  A year zero never appears in labels: every year goes
through :meth:`CalendarNames.year`.

Deep time (steps of 20,000 years and more) is counted in ka, Ma and Ga from 1950: see
:mod:`.tick_names` for the labels and why.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator, Sequence

import msgspec

from timelineapp.model.calendar import from_seconds
from timelineapp.render.timemap import TimeMap

from .tick_levels import (
    CLOCK_SAMPLES,
    DAY_SAMPLES,
    LEVELS,
    MIN_TICK_SPACING_PX,
    ContextRow,
    LabelStyle,
    Level,
    TickUnit,
    candidate_levels,
    context_formats,
    context_stepper,
    deep_label,
    deep_unit,
    minor_label,
)
from .tick_names import (
    DEEP_TIME_MIN_STEP,
    DEEP_TIME_SYMBOLS,
    PRESENT_YEAR,
    CalendarNames,
    PlainNames,
    deep_time_label,
    deep_time_unit,
    group_digits,
)
from .tick_steps import Stepper, Years, YearsFromPresent


class Tick(msgspec.Struct, frozen=True):
    """One labelled tick: instant ``t`` (a period boundary), label position ``x``."""

    t: float
    x: float
    label: str


class AxisTicks(msgspec.Struct, frozen=True):
    """Result of :func:`compute_ticks`.

    Attributes:
        unit: Granularity of the minor ticks.
        minor: Fine labelled ticks, ``x == tm.to_x(t)``, sorted by ``x``; the first one
            may lie left of the view (its period is partly visible).
        major: Context labels one level up (``"June 2024"`` above day numbers), sorted.
            ``t`` is the period start; ``x`` is where to draw the label, which for the
            first one is clamped to the left edge (see module docstring).  Draw a major
            boundary line, if wanted, at ``tm.to_x(t)``.
        minor_gridlines: ``x`` of every minor boundary inside ``[0, width]``.  Equal to the
            minor ticks' positions except that a label dropped by the overlap safety net
            still keeps its gridline.
    """

    unit: TickUnit
    minor: list[Tick]
    major: list[Tick]
    minor_gridlines: list[float]


# --------------------------------------------------------------------------- layout


class _Measurer:
    """Memoising wrapper: the same strings ("30", "Jun", "2024") are measured repeatedly,
    and with Qt each call is a font-metrics lookup."""

    __slots__ = ("_cache", "_measure")

    def __init__(self, measure: Callable[[str], float]) -> None:
        self._measure = measure
        self._cache: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._cache.get(text)
        if width is None:
            width = float(self._measure(text))
            self._cache[text] = width
        return width


def _boundary_indices(stepper: Stepper, tm: TimeMap) -> Iterator[int]:
    """Indices of boundaries from the last one at or before ``tm.start`` up to ``tm.end``.

    Callers only pass steppers whose steps are >= MIN_TICK_SPACING_PX wide, so this
    yields at most ``width / MIN_TICK_SPACING_PX + 2`` indices; the explicit cap is a
    second guard against a future stepper with a wrong ``min_seconds``.
    """
    cap = int(tm.width / MIN_TICK_SPACING_PX) + 3
    index = stepper.index_at(tm.origin)
    for _ in range(cap):
        if stepper.time_of(index) > tm.end:
            return
        yield index
        index += 1


def _labels_fit(ticks: Sequence[Tick], measure: _Measurer, gap: float) -> bool:
    return all(b.x - a.x >= measure(a.label) + gap for a, b in itertools.pairwise(ticks))


def _drop_overlaps(ticks: list[Tick], measure: _Measurer, gap: float) -> list[Tick]:
    """Greedy last line of defence: keep a label only if it clears the previous kept one.

    Only reached when a measured label is wider than the representative samples
    predicted; keeping the first label preserves the sticky context label.
    """
    kept: list[Tick] = []
    for tick in ticks:
        if not kept or tick.x >= kept[-1].x + measure(kept[-1].label) + gap:
            kept.append(tick)
    return kept


def _minor_ticks(level: Level, tm: TimeMap, names: CalendarNames) -> list[Tick]:
    ticks = []
    if level.style is LabelStyle.DEEP:
        assert isinstance(level.stepper, YearsFromPresent)
        step, unit = level.stepper.years, deep_unit(tm)
        for index in _boundary_indices(level.stepper, tm):
            t = level.stepper.time_of(index)
            ticks.append(Tick(float(t), tm.to_x(t), deep_label(index, step, unit, names)))
        return ticks
    for index in _boundary_indices(level.stepper, tm):
        t = level.stepper.time_of(index)
        ticks.append(Tick(float(t), tm.to_x(t), minor_label(level.style, t, names)))
    return ticks


def _sticky_majors(
    stepper: Stepper, fmt: Callable[[int], str], tm: TimeMap, measure: _Measurer, gap: float
) -> list[Tick]:
    indices = list(_boundary_indices(stepper, tm))
    ticks = []
    for index in indices:
        t = stepper.time_of(index)
        ticks.append(Tick(float(t), tm.to_x(t), fmt(index)))
    if ticks:
        # The first period contains the left edge: pin its label there, but slide it out
        # to the left as the next period's label arrives (sticky header behaviour).
        first = ticks[0]
        x = max(first.x, 0.0)
        if len(ticks) > 1:
            x = min(x, ticks[1].x - measure(first.label) - gap)
        ticks[0] = Tick(first.t, x, first.label)
    return ticks


def _major_ticks(
    level: Level, tm: TimeMap, names: CalendarNames, measure: _Measurer, gap: float
) -> list[Tick] | None:
    """Context labels for ``level``, or ``None`` if no format fits without overlap."""
    spp = tm.seconds_per_pixel
    if level.context is ContextRow.DEEP:
        # One note for the whole view: every tick shares its unit.
        return [Tick(float(tm.start), 0.0, names.deep_time_note(deep_unit(tm)))]
    if level.context is ContextRow.YEAR_RANGE:
        assert isinstance(level.stepper, Years)
        # Smallest power of ten above the minor step (decades above years, centuries above
        # decades...), growing until the labels fit.  Once a period is wider than the view
        # at most two are visible and the sticky one never overlaps, so this terminates
        # after a handful of rounds; the range() is only a belt-and-braces bound.
        period = 10 ** len(str(level.stepper.years))
        for _ in range(40):
            stepper = Years(period, era=True)  # no context period straddles the era
            if stepper.min_seconds / spp >= MIN_TICK_SPACING_PX:
                for fmt in context_formats(level.context, stepper, names):
                    ticks = _sticky_majors(stepper, fmt, tm, measure, gap)
                    if _labels_fit(ticks[1:], measure, gap):
                        return ticks
            period *= 10
        return None
    row_stepper = context_stepper(level.context, 1)
    for fmt in context_formats(level.context, row_stepper, names):
        ticks = _sticky_majors(row_stepper, fmt, tm, measure, gap)
        # Pair (0, 1) cannot overlap: the sticky label was placed to clear ticks[1].
        if _labels_fit(ticks[1:], measure, gap):
            return ticks
    return None


def _sample_width(level: Level, tm: TimeMap, names: CalendarNames, measure: _Measurer) -> float:
    """Width of a representative worst-case minor label for ``level`` in this view."""
    if level.style is LabelStyle.CLOCK:
        samples: Sequence[str] = CLOCK_SAMPLES
    elif level.style is LabelStyle.DAY_NUMBER:
        samples = DAY_SAMPLES
    elif level.style is LabelStyle.MONTH_SHORT:
        samples = [names.month_name(m, True) for m in range(1, 13)]
    elif level.style is LabelStyle.DEEP:
        # The labels of the boundaries around both ends: the widest are there (magnitude,
        # sign), and decimals are the same for every label of a step.
        assert isinstance(level.stepper, YearsFromPresent)
        step, unit = level.stepper.years, deep_unit(tm)
        first = level.stepper.index_at(tm.origin)
        last = level.stepper.index_at(math.floor(tm.end))
        samples = [deep_label(i, step, unit, names) for i in (first, first + 1, last, last + 1)]
    else:
        # Year labels grow with magnitude and with the era suffix, so the visible
        # extremes (raw and snapped to the step) are the widest candidates.
        step = level.stepper.years if isinstance(level.stepper, Years) else 1
        ends = (from_seconds(tm.origin)[0], from_seconds(math.floor(tm.end))[0])
        years = {y for end in ends for y in (end, end // step * step)}
        samples = [names.year(y) for y in sorted(years)]
    return max(measure(s) for s in samples)


def compute_ticks(
    tm: TimeMap,
    measure: Callable[[str], float],
    names: CalendarNames,
    gap_px: float = 12,
) -> AxisTicks:
    """Ticks for the visible range of ``tm``.

    Args:
        tm: The view.
        measure: Width in pixels of a label string (e.g. ``QFontMetricsF.horizontalAdvance``).
        names: Month/weekday/year names for labels.
        gap_px: Minimum free space between two labels of the same row.

    Returns:
        The finest unit whose minor labels and context labels fit; see :class:`AxisTicks`.
    """
    gap = max(gap_px, 0.0)
    measure_c = _Measurer(measure)
    spp = tm.seconds_per_pixel
    fallback: tuple[Level, list[Tick], list[Tick]] | None = None
    last: Level = LEVELS[-1]
    for level in candidate_levels(tm):
        last = level
        step_px = level.stepper.min_seconds / spp
        # Cheap rejection first (no tick generated): the step must be wide enough for the
        # worst-case sample label, and never below the hard spacing floor.
        if step_px < MIN_TICK_SPACING_PX:
            continue
        if step_px < _sample_width(level, tm, names, measure_c) + gap:
            continue
        minor = _minor_ticks(level, tm, names)
        if not _labels_fit(minor, measure_c, gap):
            continue  # an actual label was wider than the samples: try coarser
        major = _major_ticks(level, tm, names, measure_c, gap)
        if major is not None:
            return _result(level, minor, major, tm)
        if fallback is None:
            # Minor labels fit but the context row would collide; a coarser level usually
            # fixes that, but remember this one in case none does.
            stepper = context_stepper(level.context, 1)
            fmt = context_formats(level.context, stepper, names)[-1]
            fallback = (level, minor, _sticky_majors(stepper, fmt, tm, measure_c, gap))
    if fallback is None:
        # Nothing fitted even past the table (labels wider than the view?).  The last level
        # is spaced >= MIN_TICK_SPACING_PX, so generating it stays cheap.
        minor = _minor_ticks(last, tm, names)
        majors = _major_ticks(last, tm, names, measure_c, gap) or []
        fallback = (last, minor, majors)
    level, minor, major = fallback
    return _result(
        level,
        minor,
        _drop_overlaps(major, measure_c, gap),
        tm,
        labelled=_drop_overlaps(minor, measure_c, gap),
    )


def _result(
    level: Level,
    minor: list[Tick],
    major: list[Tick],
    tm: TimeMap,
    labelled: list[Tick] | None = None,
) -> AxisTicks:
    gridlines = [tick.x for tick in minor if 0.0 <= tick.x <= tm.width]
    return AxisTicks(
        unit=level.unit,
        minor=minor if labelled is None else labelled,
        major=major,
        minor_gridlines=gridlines,
    )


__all__ = [
    "DEEP_TIME_MIN_STEP",
    "DEEP_TIME_SYMBOLS",
    "MIN_TICK_SPACING_PX",
    "PRESENT_YEAR",
    "AxisTicks",
    "CalendarNames",
    "PlainNames",
    "Tick",
    "TickUnit",
    "compute_ticks",
    "deep_time_label",
    "deep_time_unit",
    "group_digits",
]
