"""The ladder of tick levels, from one minute to deep time, and what each level's labels
say: the minor label of a boundary and the formats of the context row above it.
:func:`.ticks.compute_ticks` walks this ladder, finest first, and keeps the first level whose
labels fit."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from enum import Enum, StrEnum

import msgspec

from timelineapp.model.calendar import (
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
    from_seconds,
)
from timelineapp.render.timemap import TimeMap

from .tick_names import (
    DEEP_TIME_MIN_STEP,
    PRESENT_YEAR,
    CalendarNames,
    deep_time_label,
    deep_time_unit,
)
from .tick_steps import (
    SECONDS_PER_YEAR_MIN,
    Months,
    Seconds,
    Stepper,
    Weeks,
    Years,
    YearsFromPresent,
)

#: Never place ticks closer than this, whatever ``measure`` and ``gap_px`` say: it bounds
#: the number of generated ticks by ``width / 4`` even for a zero-width measure.
MIN_TICK_SPACING_PX = 4.0


class TickUnit(StrEnum):
    """Granularity of the minor ticks, coarsest first."""

    DEEP = "deep"  # steps of 20,000 years and more, labelled in ka, Ma, Ga from 1950
    Y10000 = "10000y"
    Y5000 = "5000y"
    Y2000 = "2000y"
    Y1000 = "1000y"
    Y500 = "500y"
    Y200 = "200y"
    Y100 = "100y"
    Y50 = "50y"
    Y20 = "20y"
    Y10 = "10y"
    Y5 = "5y"
    Y2 = "2y"
    Y1 = "1y"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    H12 = "12h"
    H6 = "6h"
    H3 = "3h"
    H1 = "1h"
    MIN30 = "30min"
    MIN15 = "15min"
    MIN5 = "5min"
    MIN1 = "1min"


# --------------------------------------------------------------------------- levels


class LabelStyle(Enum):
    CLOCK = "clock"  # "10:00"
    DAY_NUMBER = "day"  # "7"
    MONTH_SHORT = "month"  # "Jun"
    YEAR = "year"  # "2024", "500 BCE"
    DEEP = "deep"  # "−13.8 Ga"


class ContextRow(Enum):
    DAY = "day"  # "7 June 2024"
    MONTH = "month"  # "June 2024"
    YEAR = "year"  # "2024"
    YEAR_RANGE = "range"  # "2000 - 2099" (with an en dash), period chosen to fit
    DEEP = "deep"  # "Ga: billions of years before (−) or after (+) 1950"


class Level(msgspec.Struct, frozen=True):
    unit: TickUnit
    stepper: Stepper
    style: LabelStyle
    context: ContextRow


def _year_level(unit: TickUnit, years: int) -> Level:
    return Level(unit, Years(years), LabelStyle.YEAR, ContextRow.YEAR_RANGE)


def _deep_level(years: int) -> Level:
    return Level(TickUnit.DEEP, YearsFromPresent(years), LabelStyle.DEEP, ContextRow.DEEP)


# Finest first: the search stops at the first level that fits.
LEVELS: tuple[Level, ...] = (
    Level(TickUnit.MIN1, Seconds(SECONDS_PER_MINUTE), LabelStyle.CLOCK, ContextRow.DAY),
    Level(TickUnit.MIN5, Seconds(5 * SECONDS_PER_MINUTE), LabelStyle.CLOCK, ContextRow.DAY),
    Level(TickUnit.MIN15, Seconds(15 * SECONDS_PER_MINUTE), LabelStyle.CLOCK, ContextRow.DAY),
    Level(TickUnit.MIN30, Seconds(30 * SECONDS_PER_MINUTE), LabelStyle.CLOCK, ContextRow.DAY),
    Level(TickUnit.H1, Seconds(SECONDS_PER_HOUR), LabelStyle.CLOCK, ContextRow.DAY),
    Level(TickUnit.H3, Seconds(3 * SECONDS_PER_HOUR), LabelStyle.CLOCK, ContextRow.DAY),
    Level(TickUnit.H6, Seconds(6 * SECONDS_PER_HOUR), LabelStyle.CLOCK, ContextRow.DAY),
    Level(TickUnit.H12, Seconds(12 * SECONDS_PER_HOUR), LabelStyle.CLOCK, ContextRow.DAY),
    Level(TickUnit.DAY, Seconds(SECONDS_PER_DAY), LabelStyle.DAY_NUMBER, ContextRow.MONTH),
    Level(TickUnit.WEEK, Weeks(), LabelStyle.DAY_NUMBER, ContextRow.MONTH),
    Level(TickUnit.MONTH, Months(1), LabelStyle.MONTH_SHORT, ContextRow.YEAR),
    Level(TickUnit.QUARTER, Months(3), LabelStyle.MONTH_SHORT, ContextRow.YEAR),
    _year_level(TickUnit.Y1, 1),
    _year_level(TickUnit.Y2, 2),
    _year_level(TickUnit.Y5, 5),
    _year_level(TickUnit.Y10, 10),
    _year_level(TickUnit.Y20, 20),
    _year_level(TickUnit.Y50, 50),
    _year_level(TickUnit.Y100, 100),
    _year_level(TickUnit.Y200, 200),
    _year_level(TickUnit.Y500, 500),
    _year_level(TickUnit.Y1000, 1000),
    _year_level(TickUnit.Y2000, 2000),
    _year_level(TickUnit.Y5000, 5000),
    _year_level(TickUnit.Y10000, 10000),
)

#: Separates the ends of a year range; spaced because BCE labels contain spaces themselves.
_RANGE_DASH = " \N{EN DASH} "
CLOCK_SAMPLES = ("00:00", "23:59")
DAY_SAMPLES = ("28", "30", "31")
#: Deep-time 1-2-5 steps tried past the table: 20 ka up to 10^14 years is 30 steps.
_MAX_DEEP_LEVELS = 30


def _nice_years_at_least(years: float) -> int:
    """Smallest 1-2-5 x 10^k integer >= ``years``."""
    magnitude: int = 10 ** max(0, math.floor(math.log10(max(years, 1.0))))
    for mult in (1, 2, 5, 10):
        if mult * magnitude >= years:
            return mult * magnitude
    return 10 * magnitude  # unreachable: 10 * magnitude > years by construction


# --------------------------------------------------------------------------- labels


def deep_unit(tm: TimeMap) -> int:
    """One deep-time unit per view: the largest its farther end reaches from 1950."""
    ends = (from_seconds(tm.origin)[0], from_seconds(math.floor(tm.end))[0])
    return deep_time_unit(max(abs(y - PRESENT_YEAR) for y in ends))


def deep_label(index: int, step: int, unit: int, names: CalendarNames) -> str:
    return deep_time_label(index * step, unit, step, names.decimal_point())


def minor_label(style: LabelStyle, t: int, names: CalendarNames) -> str:
    year, month, day, hour, minute, _ = from_seconds(t)
    if style is LabelStyle.CLOCK:
        return f"{hour:02d}:{minute:02d}"
    if style is LabelStyle.DAY_NUMBER:
        return str(day)
    if style is LabelStyle.MONTH_SHORT:
        return names.month_name(month, True)
    return names.year(year)


def context_formats(
    context: ContextRow, stepper: Stepper, names: CalendarNames
) -> list[Callable[[int], str]]:
    """Label formats for the context row, longest first; each maps a boundary index."""
    if context is ContextRow.DAY:

        def day(short: bool) -> Callable[[int], str]:
            def fmt(index: int) -> str:
                year, month, dom = from_seconds(stepper.time_of(index))[:3]
                return f"{dom} {names.month_name(month, short)} {names.year(year)}"

            return fmt

        return [day(False), day(True)]
    if context is ContextRow.MONTH:

        def month(short: bool) -> Callable[[int], str]:
            def fmt(index: int) -> str:
                year, mon = from_seconds(stepper.time_of(index))[:2]
                return f"{names.month_name(mon, short)} {names.year(year)}"

            return fmt

        return [month(False), month(True)]
    if context is ContextRow.YEAR:
        return [lambda index: names.year(from_seconds(stepper.time_of(index))[0])]
    assert isinstance(stepper, Years)

    def year_of(index: int) -> int:
        return from_seconds(stepper.time_of(index))[0]

    def year_range(index: int) -> str:
        first, last = year_of(index), year_of(index + 1) - 1
        # The range that starts the common era ("1 – 9999 CE", after "10,000 BCE – 1 BCE")
        # names its era: a bare year next to a BCE one could be read as BCE (QA #18).
        end = names.common_era_year(last) if first <= 1 < last else names.year(last)
        return f"{names.year(first)}{_RANGE_DASH}{end}"

    return [year_range, lambda index: names.year(year_of(index))]


def context_stepper(context: ContextRow, years: int) -> Stepper:
    if context is ContextRow.DAY:
        return Seconds(SECONDS_PER_DAY)
    if context is ContextRow.MONTH:
        return Months(1)
    return Years(years)


def candidate_levels(tm: TimeMap) -> Iterator[Level]:
    yield from LEVELS
    # Deep time: 1-2-5 multiples of years from the present, starting at the first step
    # wide enough for the spacing floor, so the number of rounds stays small whatever the
    # span (the cheap width checks reject the rest).
    floor_years = MIN_TICK_SPACING_PX * tm.seconds_per_pixel / SECONDS_PER_YEAR_MIN
    years = max(_nice_years_at_least(floor_years), DEEP_TIME_MIN_STEP)
    for _ in range(_MAX_DEEP_LEVELS):
        yield _deep_level(years)
        years = _nice_years_at_least(years * 1.5)  # next 1-2-5 value
