"""Tests for pure tick generation (no Qt): fit, calendar alignment, labels, bounds."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timelineapp.model.calendar import (
    SECONDS_PER_DAY,
    add_months,
    from_seconds,
    to_seconds,
    weekday,
)
from timelineapp.render.ticks import (
    MIN_TICK_SPACING_PX,
    AxisTicks,
    CalendarNames,
    PlainNames,
    Tick,
    TickUnit,
    compute_ticks,
)
from timelineapp.render.timemap import TimeMap

from ..hypothesis_budget import examples

YEAR = 365.2425 * SECONDS_PER_DAY
NAMES = PlainNames()
GAP = 12.0


def mono(text: str) -> float:
    """A monospaced font, 7 px per character."""
    return len(text) * 7.0


def proportional(text: str) -> float:
    """A rough proportional font: narrow digits/punctuation, wide capitals."""
    return sum(3.0 if c in "1il.:" else 9.0 if c.isupper() else 6.5 for c in text)


class VerboseNames:
    """Deliberately long, uneven names to push the fallbacks and the safety net."""

    def month_name(self, month: int, short: bool) -> str:
        base = PlainNames().month_name(month, short)
        return base * (1 + month % 4)

    def weekday_name(self, iso_weekday: int, short: bool) -> str:
        return PlainNames().weekday_name(iso_weekday, short)

    def year(self, astronomical_year: int) -> str:
        year = PlainNames().year(astronomical_year)
        return f"{year} of the long era" if astronomical_year % 7 == 0 else year

    def common_era_year(self, astronomical_year: int) -> str:
        return PlainNames().common_era_year(astronomical_year)

    def decimal_point(self) -> str:
        return " point "

    def deep_time_note(self, unit: int) -> str:
        return PlainNames().deep_time_note(unit) * 2


def view(t0: float, t1: float, width: float) -> TimeMap:
    """A map showing exactly [t0, t1] across ``width`` pixels."""
    return TimeMap(float(t0), (t1 - t0) / width, width)


def by_label(ticks: list[Tick], label: str) -> list[Tick]:
    return [tick for tick in ticks if tick.label == label]


# ----------------------------------------------------------------- calendar helpers

_FIXED = {
    TickUnit.DAY: SECONDS_PER_DAY,
    TickUnit.H12: 43200,
    TickUnit.H6: 21600,
    TickUnit.H3: 10800,
    TickUnit.H1: 3600,
    TickUnit.MIN30: 1800,
    TickUnit.MIN15: 900,
    TickUnit.MIN5: 300,
    TickUnit.MIN1: 60,
}


def year_step(unit: TickUnit) -> int | None:
    match = re.fullmatch(r"(\d+)y", unit.value)
    return int(match.group(1)) if match else None


def is_boundary(unit: TickUnit, t: int) -> bool:
    """Is ``t`` a real calendar boundary of ``unit``?"""
    year, month, day, hour, minute, second = from_seconds(t)
    midnight = (hour, minute, second) == (0, 0, 0)
    step = year_step(unit)
    if step is not None:
        # Round years as counted: multiples in the common era, and in BCE years before it
        # (10 BCE is astronomical -9; QA #100). Single years are every year.
        counted = year if year >= 1 or step == 1 else 1 - year
        return midnight and (month, day) == (1, 1) and counted % step == 0
    if unit is TickUnit.QUARTER:
        return midnight and day == 1 and month in (1, 4, 7, 10)
    if unit is TickUnit.MONTH:
        return midnight and day == 1
    if unit is TickUnit.WEEK:
        return midnight and weekday(t // SECONDS_PER_DAY) == 1
    return t % _FIXED[unit] == 0


def next_boundary(unit: TickUnit, t: int) -> int:
    year, month = from_seconds(t)[:2]
    step = year_step(unit)
    if step is not None:
        if year >= 1 or step == 1:
            return to_seconds(year + step)
        bce = 1 - year  # a multiple of step: the next boundary is step fewer BCE years,
        return to_seconds(1 - (bce - step) if bce > step else step)  # or the first CE one
    if unit in (TickUnit.QUARTER, TickUnit.MONTH):
        return to_seconds(*add_months(year, month, 3 if unit is TickUnit.QUARTER else 1))
    if unit is TickUnit.WEEK:
        return t + 7 * SECONDS_PER_DAY
    return t + _FIXED[unit]


def assert_row_does_not_overlap(
    row: list[Tick], measure: Callable[[str], float], gap: float = 0.0
) -> None:
    for a, b in itertools.pairwise(row):
        assert a.x + measure(a.label) + gap <= b.x + 1e-6, (a, b)


def check_invariants(
    tm: TimeMap, ticks: AxisTicks, measure: Callable[[str], float], names: CalendarNames
) -> None:
    # No two labels of one row overlap (the gap is honoured too).
    assert_row_does_not_overlap(ticks.minor, measure, GAP)
    assert_row_does_not_overlap(ticks.major, measure, GAP)

    # Work and output are proportional to the width, never to the span.
    limit = tm.width / MIN_TICK_SPACING_PX + 3
    assert len(ticks.minor) <= limit
    assert len(ticks.major) <= limit
    assert len(ticks.minor_gridlines) <= limit

    # Minor ticks: real boundaries, consecutive, covering exactly the visible range.
    assert ticks.minor, "a partly visible period always has a tick at or before start"
    ts = [int(tick.t) for tick in ticks.minor]
    assert all(float(t) == tick.t for t, tick in zip(ts, ticks.minor, strict=True))
    assert all(is_boundary(ticks.unit, t) for t in ts)
    assert all(next_boundary(ticks.unit, a) == b for a, b in itertools.pairwise(ts))
    assert ts[0] <= tm.start < next_boundary(ticks.unit, ts[0])
    assert ts[-1] <= tm.end < next_boundary(ticks.unit, ts[-1])
    assert all(tick.x == tm.to_x(tick.t) for tick in ticks.minor)
    assert ticks.minor_gridlines == [tick.x for tick in ticks.minor if 0 <= tick.x <= tm.width]

    # Context: always present, starts with the period containing the left edge, sticky.
    assert ticks.major
    assert ticks.major[0].t <= tm.start
    assert all(a.t < b.t for a, b in itertools.pairwise(ticks.major))
    assert all(tick.x == tm.to_x(tick.t) for tick in ticks.major[1:])
    first = ticks.major[0]
    room = ticks.major[1].x - measure(first.label) - GAP if len(ticks.major) > 1 else math.inf
    assert first.x == min(0.0, room)

    # Year labels never show a year zero.
    for tick in (*ticks.minor, *ticks.major):
        assert not re.search(r"(?<!\d)0 BCE", tick.label), tick.label
        assert tick.label != "0"
    if year_step(ticks.unit) is not None:
        assert all(tick.label == names.year(from_seconds(int(tick.t))[0]) for tick in ticks.minor)


# ----------------------------------------------------------------- properties

MIN_SPAN = 60.0
MAX_SPAN = 10_000 * YEAR


@settings(max_examples=examples(200), deadline=None)
@given(
    log_span=st.floats(math.log10(MIN_SPAN), math.log10(MAX_SPAN)),
    width=st.floats(200.0, 4000.0),
    start=st.floats(float(to_seconds(-10000)), float(to_seconds(10000))),
)
def test_no_overlap_and_invariants_mono(log_span: float, width: float, start: float) -> None:
    tm = TimeMap(start, 10**log_span / width, width)
    ticks = compute_ticks(tm, mono, NAMES, gap_px=GAP)
    check_invariants(tm, ticks, mono, NAMES)


@settings(max_examples=examples(100), deadline=None)
@given(
    log_span=st.floats(math.log10(MIN_SPAN), math.log10(MAX_SPAN)),
    width=st.floats(200.0, 4000.0),
    start=st.floats(float(to_seconds(-10000)), float(to_seconds(10000))),
    names=st.sampled_from([PlainNames(), VerboseNames()]),
    char_widths=st.none() | st.dictionaries(st.characters(), st.floats(0.0, 40.0)),
)
def test_no_overlap_any_font_and_names(
    log_span: float,
    width: float,
    start: float,
    names: CalendarNames,
    char_widths: dict[str, float] | None,
) -> None:
    def measure(text: str) -> float:
        if char_widths is None:
            return proportional(text)
        return sum(char_widths.get(c, 7.0) for c in text)

    tm = TimeMap(start, 10**log_span / width, width)
    ticks = compute_ticks(tm, measure, names, gap_px=GAP)
    # Whatever the font and names, rows never overlap (the safety net guarantees it).
    assert_row_does_not_overlap(ticks.minor, measure, GAP)
    assert_row_does_not_overlap(ticks.major, measure, GAP)
    assert ticks.major
    assert ticks.major[0].t <= tm.start
    assert len(ticks.minor_gridlines) <= width / MIN_TICK_SPACING_PX + 3


def test_finer_zoom_never_gives_coarser_unit() -> None:
    order = list(TickUnit)  # coarsest first
    start = float(to_seconds(2024, 6, 7))
    previous = -1
    for exponent in range(2, 12):
        tm = TimeMap(start, 10.0**exponent / 1000, 1000.0)
        rank = order.index(compute_ticks(tm, mono, NAMES).unit)
        assert previous == -1 or rank <= previous
        previous = rank


# ----------------------------------------------------------------- known ranges


def test_may_to_july_2024_day_ticks() -> None:
    t0, t1 = to_seconds(2024, 5, 1), to_seconds(2024, 7, 1)
    tm = view(t0, t1, 1600.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.DAY
    june1 = to_seconds(2024, 6, 1)
    [tick] = [tick for tick in ticks.minor if tick.t == june1]
    assert tick.label == "1"
    assert tick.x == pytest.approx(1600.0 * 31 / 61)
    assert tick.x in ticks.minor_gridlines
    assert [t.label for t in ticks.minor[:3]] == ["1", "2", "3"]
    assert [(t.label, t.x) for t in ticks.major] == [
        ("May 2024", 0.0),
        ("June 2024", pytest.approx(1600.0 * 31 / 61)),
        ("July 2024", pytest.approx(1600.0)),
    ]


def test_leap_day_is_a_tick() -> None:
    tm = view(to_seconds(2024, 2, 20), to_seconds(2024, 3, 10), 1000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.DAY
    [leap] = by_label(ticks.minor, "29")
    assert leap.t == to_seconds(2024, 2, 29)
    after = ticks.minor[ticks.minor.index(leap) + 1]
    assert (after.label, after.t) == ("1", to_seconds(2024, 3, 1))


def test_no_leap_day_in_common_year() -> None:
    tm = view(to_seconds(2023, 2, 20), to_seconds(2023, 3, 10), 1000.0)
    labels = [t.label for t in compute_ticks(tm, mono, NAMES).minor]
    assert "29" not in labels
    assert labels[labels.index("28") + 1] == "1"


def test_bce_year_labels() -> None:
    tm = view(to_seconds(-504), to_seconds(-494), 1000.0)  # 505 BCE .. 495 BCE
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.Y1
    [tick] = by_label(ticks.minor, "500 BCE")
    assert tick.t == to_seconds(-499)
    assert tick.x == pytest.approx(tm.to_x(to_seconds(-499)))


def test_century_ticks_align_on_round_years() -> None:
    tm = view(to_seconds(1000), to_seconds(3000), 1000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.Y100
    assert by_label(ticks.minor, "1900")[0].t == to_seconds(1900)
    assert by_label(ticks.minor, "2000")[0].t == to_seconds(2000)
    assert [t.label for t in ticks.major] == [
        f"{a} \N{EN DASH} {b}" for a, b in [("1000", "1999"), ("2000", "2999"), ("3000", "3999")]
    ]


def test_across_the_era_boundary_ticks_are_round_years_and_no_year_zero() -> None:
    """QA #100: ticks on astronomical multiples read "101 BCE", "1 BCE" (and "50001 BCE"
    in deep time): no BCE tick was round. BCE ticks count BCE years (100 BCE is
    astronomical -99); the step across the era is the one longer step."""
    tm = view(to_seconds(-1000), to_seconds(1000), 2000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.Y100
    labels = {t.label: t.t for t in ticks.minor}
    assert labels["200 BCE"] == to_seconds(-199)
    assert labels["100 BCE"] == to_seconds(-99)
    assert labels["100"] == to_seconds(100)
    assert not any(label.startswith(("1 ", "101", "0")) for label in labels)
    assert all(label.endswith("00") or label.endswith("00 BCE") for label in labels)


def test_deep_past_ticks_are_round_bce_years() -> None:
    tm = view(to_seconds(-51000), to_seconds(2024), 1000.0)
    labels = [t.label for t in compute_ticks(tm, mono, NAMES).minor]
    assert "50,000 BCE" in labels, labels
    assert not any("0001 BCE" in label or "001 BCE" in label for label in labels), labels


def test_weeks_start_on_monday() -> None:
    tm = view(to_seconds(2024, 1, 1), to_seconds(2024, 7, 1), 1000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.WEEK
    for tick in ticks.minor:
        assert weekday(int(tick.t) // SECONDS_PER_DAY) == 1
        assert tick.label == str(from_seconds(int(tick.t))[2])
    assert ticks.minor[0].t == to_seconds(2024, 1, 1)  # 2024-01-01 was a Monday
    assert ticks.major[0].label == "January 2024"


def test_hour_ticks_with_day_context() -> None:
    tm = view(to_seconds(2024, 6, 7, 6), to_seconds(2024, 6, 7, 18), 1000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.H1
    [ten] = by_label(ticks.minor, "10:00")
    assert ten.t == to_seconds(2024, 6, 7, 10)
    assert ten.x == pytest.approx(1000.0 * 4 / 12)
    assert [(t.label, t.x) for t in ticks.major] == [("7 June 2024", 0.0)]


def test_minute_ticks() -> None:
    tm = view(to_seconds(2024, 6, 7, 23, 50), to_seconds(2024, 6, 8, 0, 10), 1200.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.MIN1
    assert ticks.minor[0].label == "23:50"
    assert by_label(ticks.minor, "00:00")[0].t == to_seconds(2024, 6, 8)
    assert [t.label for t in ticks.major] == ["7 June 2024", "8 June 2024"]


def test_month_ticks_with_year_context() -> None:
    tm = view(to_seconds(2020, 1, 1), to_seconds(2022, 1, 1), 1000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.MONTH
    assert [t.label for t in ticks.minor[:4]] == ["Jan", "Feb", "Mar", "Apr"]
    assert [t.label for t in ticks.major] == ["2020", "2021", "2022"]
    assert ticks.major[1].t == to_seconds(2021)


def test_quarters_start_jan_apr_jul_oct() -> None:
    tm = view(to_seconds(2019, 11, 1), to_seconds(2025, 1, 1), 1000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.QUARTER
    assert ticks.minor[0].t == to_seconds(2019, 10, 1)  # the partly visible quarter
    assert {t.label for t in ticks.minor} == {"Jan", "Apr", "Jul", "Oct"}


def test_context_label_sticks_to_left_edge() -> None:
    tm = view(to_seconds(2024, 6, 15), to_seconds(2024, 7, 10), 1000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert ticks.unit is TickUnit.DAY
    assert (ticks.major[0].label, ticks.major[0].x) == ("June 2024", 0.0)
    assert ticks.major[0].t == to_seconds(2024, 6, 1)
    assert ticks.major[1].label == "July 2024"
    assert ticks.major[1].x == pytest.approx(tm.to_x(to_seconds(2024, 7, 1)))


def test_context_label_is_pushed_out_by_the_next_one() -> None:
    start = to_seconds(2024, 6, 30, 12)  # July starts half a day into the view
    tm = TimeMap(float(start), SECONDS_PER_DAY / 40.0, 1000.0)
    ticks = compute_ticks(tm, mono, NAMES)
    june, july = ticks.major[:2]
    assert july.x == pytest.approx(20.0)
    assert june.x == pytest.approx(july.x - mono("June 2024") - 12.0)


def test_long_labels_choose_coarser_units() -> None:
    tm = view(to_seconds(2024, 5, 1), to_seconds(2024, 7, 1), 1600.0)
    assert compute_ticks(tm, mono, NAMES).unit is TickUnit.DAY
    assert compute_ticks(tm, lambda s: len(s) * 20.0, NAMES).unit is TickUnit.WEEK


def test_huge_span_measures_few_labels_and_gives_bounded_ticks() -> None:
    # Cheap is measured in label measurements, not wall-clock time (speed is in benchmarks/).
    calls = 0

    def counting(text: str) -> float:
        nonlocal calls
        calls += 1
        return mono(text)

    tm = TimeMap(-1e20, 1e20 / 2000.0, 4000.0)  # ~6 trillion years
    ticks = compute_ticks(tm, counting, NAMES)
    assert ticks.unit is TickUnit.DEEP  # deep time: years from 1950 in ka, Ma, Ga
    assert 2 <= len(ticks.minor) <= 4000 / MIN_TICK_SPACING_PX + 3
    assert calls < 2000
    assert_row_does_not_overlap(ticks.minor, mono, 12.0)
    assert_row_does_not_overlap(ticks.major, mono, 12.0)


def test_zero_width_and_degenerate_measure() -> None:
    tm = TimeMap(float(to_seconds(2024)), 60.0, 0.0)
    ticks = compute_ticks(tm, mono, NAMES)
    assert len(ticks.minor) == 1
    assert ticks.minor_gridlines in ([], [0.0])
    # A measure returning 0 with no gap must still not produce a tick per pixel.
    wide = view(to_seconds(2000), to_seconds(2100), 1000.0)
    zero = compute_ticks(wide, lambda s: 0.0, NAMES, gap_px=0)
    assert len(zero.minor) <= 1000 / MIN_TICK_SPACING_PX + 3


def test_safety_net_keeps_first_label_and_drops_collisions() -> None:
    # Reached only when measured labels beat the worst-case samples; test it directly.
    from timelineapp.render.ticks import _drop_overlaps, _Measurer

    row = [Tick(0.0, -30.0, "sticky"), Tick(1.0, 10.0, "a"), Tick(2.0, 50.0, "b")]
    kept = _drop_overlaps(row, _Measurer(mono), 12.0)  # "sticky" ends at -30 + 42 + 12 = 24
    assert [t.label for t in kept] == ["sticky", "b"]


def test_plain_names() -> None:
    assert NAMES.month_name(6, short=False) == "June"
    assert NAMES.month_name(9, short=True) == "Sep"
    assert NAMES.weekday_name(1, short=False) == "Monday"
    assert NAMES.weekday_name(7, short=True) == "Sun"
    assert NAMES.year(2024) == "2024"
    assert NAMES.year(0) == "1 BCE"
    assert NAMES.year(-499) == "500 BCE"
    assert NAMES.year(10000) == "10,000"  # grouped as dates in words are (QA #100)
    with pytest.raises(ValueError, match="month"):
        NAMES.month_name(13, short=True)
    with pytest.raises(ValueError, match="weekday"):
        NAMES.weekday_name(0, short=True)


def test_a_context_range_from_bce_into_the_common_era_names_both_eras() -> None:
    """QA #18: "1 BCE – 9999" next to "10001 BCE – 2 BCE" left the CE years unnamed."""
    tm = view(to_seconds(-3000), to_seconds(2100), 480.0)
    labels = [t.label for t in compute_ticks(tm, mono, NAMES).major]
    # Since QA #100 no context period straddles the era: the one that starts it names it.
    assert "10,000 BCE – 1 BCE" in labels, labels
    crossing = [label for label in labels if label.startswith("1 – ")]
    assert crossing, labels
    assert all(label.endswith(" CE") for label in crossing), labels
    assert not any(label.endswith(" CE") for label in labels if label not in crossing)
