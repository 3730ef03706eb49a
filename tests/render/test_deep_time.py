"""The axis from the Big Bang to the far future: deep-time labels and exact zooms (no Qt
needed except for the French locale's names)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from timelineapp.model.calendar import SECONDS_PER_DAY, from_seconds, to_seconds
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.ticks import (
    PRESENT_YEAR,
    CalendarNames,
    PlainNames,
    TickUnit,
    compute_ticks,
    deep_time_label,
    group_digits,
)
from timelineapp.render.timemap import TimeMap, ZoomLimits

from ..hypothesis_budget import examples
from .conftest import ShowTimeline

BIG_BANG = to_seconds(-13_800_000_000)
NOW = to_seconds(2024)
WIDTH = 1200.0


def measure(text: str) -> float:
    return len(text) * 7.0


def view(y0: int, y1: int, width: float = WIDTH) -> TimeMap:
    t0, t1 = to_seconds(y0), to_seconds(y1)
    return TimeMap(t0, (t1 - t0) / width, width)


def minor_labels(tm: TimeMap, names: CalendarNames) -> list[str]:
    return [tick.label for tick in compute_ticks(tm, measure, names).minor]


@pytest.mark.parametrize(
    ("y0", "y1", "unit", "expected", "note"),
    [
        (-13_800_000_000, 2024, "Ga", "\N{MINUS SIGN}10\N{NO-BREAK SPACE}Ga", "billions"),
        (-14_000_000_000, 6_000_000_000, "Ga", "+4\N{NO-BREAK SPACE}Ga", "billions"),
        (-70_000_000, -60_000_000, "Ma", "\N{MINUS SIGN}65\N{NO-BREAK SPACE}Ma", "millions"),
        (-300_000, 2000, "ka", "\N{MINUS SIGN}200\N{NO-BREAK SPACE}ka", "thousands"),
    ],
)
def test_deep_time_ticks_read_in_ka_ma_ga(
    y0: int, y1: int, unit: str, expected: str, note: str
) -> None:
    tm = view(y0, y1)
    ticks = compute_ticks(tm, measure, PlainNames())
    assert ticks.unit is TickUnit.DEEP
    labels = [tick.label for tick in ticks.minor]
    assert expected in labels
    assert all(label == "0" or label.endswith(unit) for label in labels)
    # One context label says what the unit and the sign mean, pinned at the left edge.
    assert len(ticks.major) == 1
    assert ticks.major[0].x == 0.0
    assert note in ticks.major[0].label
    assert "1950" in ticks.major[0].label


def test_deep_ticks_sit_on_exact_multiples_of_years_from_1950() -> None:
    ticks = compute_ticks(view(-13_800_000_000, 2024), measure, PlainNames())
    for tick in ticks.minor:
        year = from_seconds(int(tick.t))[0]
        assert (year - PRESENT_YEAR) % 1_000_000_000 == 0
    zero = [tick for tick in ticks.minor if tick.label == "0"]
    assert zero
    assert from_seconds(int(zero[0].t))[0] == PRESENT_YEAR


def test_deep_time_label_keeps_the_decimals_its_step_needs() -> None:
    assert deep_time_label(-13_800_000_000, 10**9, 10**8) == "\N{MINUS SIGN}13.8\xa0Ga"
    assert deep_time_label(-14_000_000_000, 10**9, 5 * 10**8) == "\N{MINUS SIGN}14\xa0Ga"
    assert deep_time_label(-13_799_990_000, 10**9, 10_000) == "\N{MINUS SIGN}13.79999\xa0Ga"
    assert deep_time_label(5 * 10**9, 10**9, 10**9) == "+5\xa0Ga"
    assert deep_time_label(0, 10**6, 10**6) == "0"
    assert deep_time_label(-65_500_000, 10**6, 500_000, ",") == "\N{MINUS SIGN}65,5\xa0Ma"


def test_big_years_are_grouped_small_ones_are_not() -> None:
    assert group_digits(2024) == "2024"
    assert group_digits(10000) == "10000"
    assert group_digits(13_800_000_001) == "13\u202f800\u202f000\u202f001"
    # Year labels group as dates in words do (QA #100), in English with commas.
    assert PlainNames().year(-13_800_000_000) == "13,800,000,001 BCE"
    assert PlainNames().year(9999) == "9999"


def test_calendar_axis_still_reads_in_years_and_days_near_the_present() -> None:
    assert compute_ticks(view(1900, 2024), measure, PlainNames()).unit is not TickUnit.DEEP
    assert compute_ticks(view(-9000, 2024), measure, PlainNames()).unit is not TickUnit.DEEP


@pytest.mark.parametrize("span", [SECONDS_PER_DAY, 3 * 3600, 60 * SECONDS_PER_DAY])
def test_a_day_at_the_big_bang_has_exact_calendar_ticks(span: int) -> None:
    tm = TimeMap(to_seconds(-13_800_000_000, 6, 7), span / WIDTH, WIDTH)
    ticks = compute_ticks(tm, measure, PlainNames())
    assert ticks.unit not in (TickUnit.DEEP, TickUnit.Y10000)
    xs = [tick.x for tick in ticks.minor]
    # Equal steps to a thousandth of a pixel: no float rounding of 4e17-second instants.
    steps = np.diff(xs)
    if ticks.unit.value.endswith(("h", "min")) or ticks.unit is TickUnit.DAY:
        assert np.ptp(steps) < 1e-3
    assert any("13,800,000,001 BCE" in tick.label for tick in ticks.major)


def test_french_deep_labels_use_the_decimal_comma_and_the_same_symbols(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from timelineapp.render.calendar_names import LocaleNames
    from timelineapp.render.export_text import export_language

    names = LocaleNames(QLocale(QLocale.Language.French, QLocale.Country.France))
    tm = view(-13_850_000_000, -13_750_000_000)
    labels = minor_labels(tm, names)
    assert any("," in label and label.endswith("\xa0Ga") for label in labels)
    assert not any("." in label for label in labels)
    english = minor_labels(tm, LocaleNames(QLocale(QLocale.Language.English)))
    assert [label.replace(",", ".") for label in labels] == english
    assert names.year(-13_800_000_000) == "13\u202f800\u202f000\u202f001 BCE"  # no translator
    with export_language("fr"):
        assert names.year(-13_800_000_000) == "13\u202f800\u202f000\u202f001 av. J.-C."
    # The context words are translated (Axis context); the symbol starts them in both.
    assert names.deep_time_note(10**9).startswith("Ga")


# --- zoom from 14 Ga to a day and back ----------------------------------------------------


def test_zoom_from_the_big_bang_to_a_day_and_back_keeps_the_anchor() -> None:
    limits = ZoomLimits.for_extent(float(BIG_BANG), float(NOW))
    start = TimeMap.fitted(BIG_BANG, NOW, WIDTH, limits=limits)
    anchor_x = start.to_x(BIG_BANG + 7 * SECONDS_PER_DAY)  # the first event, under the cursor
    whole, fraction = start.instant_at(anchor_x)
    tm = start
    steps = 0
    while tm.span > SECONDS_PER_DAY:
        tm = tm.zoomed(1.2, anchor_x, limits)
        steps += 1
        # The instant under the cursor stays under it, measured exactly at this scale.
        assert abs(tm.to_x(whole) + fraction / tm.seconds_per_pixel - anchor_x) < 0.01
    assert steps > 100  # 4e17 s down to 86,400 s
    ticks = compute_ticks(tm, measure, PlainNames())
    assert ticks.unit in (TickUnit.H1, TickUnit.H3, TickUnit.H6, TickUnit.MIN30)
    for _ in range(steps):
        tm = tm.zoomed(1 / 1.2, anchor_x, limits)
    assert tm.seconds_per_pixel == pytest.approx(start.seconds_per_pixel, rel=1e-9)
    assert abs(tm.to_x(start.origin) - start.to_x(start.origin)) < 1.0


@settings(max_examples=examples(60), deadline=None)
@given(
    years_ago=st.integers(1, 13_800_000_000),
    anchor=st.floats(0.0, 1.0),
    factor=st.floats(1.05, 3.0),
)
def test_deep_zoom_to_a_minute_stays_exact(years_ago: int, anchor: float, factor: float) -> None:
    t = to_seconds(PRESENT_YEAR - years_ago, 3, 14, 15, 9)
    tm = TimeMap(t - 10**6, 1e4, WIDTH)
    anchor_x = anchor * WIDTH
    whole, fraction = tm.instant_at(anchor_x)
    while tm.span > 60:
        tm = tm.zoomed(factor, anchor_x)
    assert math.isclose(tm.to_x(whole) + fraction / tm.seconds_per_pixel, anchor_x, abs_tol=1e-3)
    # A mark one second after the anchor is one second's worth of pixels to its right.
    assert tm.to_x(whole + 1) - tm.to_x(whole) == pytest.approx(1 / tm.seconds_per_pixel)


def test_xs_of_int_columns_is_exact_far_from_1970() -> None:
    tm = TimeMap(BIG_BANG, 1.0, 100.0)
    column = np.array([BIG_BANG, BIG_BANG + 1, BIG_BANG + 99], dtype=np.int64)
    assert tm.xs(column).tolist() == [0.0, 1.0, 99.0]
    # Floats at this magnitude are rounded to 64 s: the integer path is what keeps it exact.
    assert float(BIG_BANG + 1) == float(BIG_BANG)


# --- in the widget: the wheel from 14 Ga down to hours and back -----------------------------------

DEEP_FILE = Path(__file__).parents[1] / "data" / "edtf" / "deep-time.timeline.json"


def wheel(view: QWidget, x: float, delta: int) -> None:
    pos = QPointF(x, 100)
    event = QWheelEvent(
        pos,
        QPointF(view.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def test_the_widget_zooms_from_the_big_bang_to_hours_and_back(show_timeline: ShowTimeline) -> None:
    result = load_event_file(DEEP_FILE)
    assert result.loaded is not None
    view = show_timeline(Timeline(result.loaded), 1200, 500)
    fitted = view.timemap
    assert view.scene.ticks.unit is TickUnit.DEEP
    x = fitted.to_x(BIG_BANG + SECONDS_PER_DAY * 180)  # inside the Big Bang's year
    whole, fraction = fitted.instant_at(x)
    notches = 0
    while view.timemap.span > 6 * 3600:
        wheel(view, x, 120)
        notches += 1
        tm = view.timemap
        assert abs(tm.to_x(whole) + fraction / tm.seconds_per_pixel - x) < 0.05
    assert notches > 100
    assert view.scene.ticks.unit in (TickUnit.MIN30, TickUnit.H1, TickUnit.MIN15)
    from PySide6.QtCore import QLocale

    year = QLocale().toString(13_800_000_001)  # grouped as the locale groups (QA #100)
    assert any(f"{year} BCE" in t.label for t in view.scene.ticks.major)
    assert view.scene.marks  # the Big Bang's year covers the view: still drawn
    for _ in range(notches):
        wheel(view, x, -120)
    back = view.timemap
    assert back.seconds_per_pixel == pytest.approx(fitted.seconds_per_pixel, rel=1e-6)
    assert abs(back.to_x(fitted.origin) - fitted.to_x(fitted.origin)) < 1.0


def test_compressed_deep_time_packs_instants_to_the_second() -> None:
    from timelineapp.render.compress import Compression

    # A gap of ten billion years between the Big Bang and 3.8 Ga, squeezed to a day.
    gap_start, gap_end = to_seconds(-13_700_000_000), to_seconds(-3_800_000_000)
    compression = Compression(
        np.array([gap_start]), np.array([gap_end]), np.array([SECONDS_PER_DAY])
    )
    before = np.array([BIG_BANG, BIG_BANG + 1], dtype=np.int64)
    after = np.array([gap_end + 7, gap_end + 8], dtype=np.int64)
    assert compression.pack_ints(before).tolist() == before.tolist()
    packed_after = compression.pack_ints(after)
    assert int(np.diff(packed_after)[0]) == 1
    removed = gap_end - gap_start - SECONDS_PER_DAY
    assert packed_after.tolist() == (after - removed).tolist()
    # The axis of the piece after the gap is shifted by exactly the seconds taken out.
    assert compression.shift_at(float(packed_after[0])) == removed
    assert TimeMap(0, 1.0, 10.0).shifted(removed).origin == removed


def test_a_deep_time_break_is_labelled_in_the_axis_units() -> None:
    from timelineapp.render.compress import break_label

    label = break_label(to_seconds(-13_600_000_000), to_seconds(-4_600_000_000), PlainNames())
    assert label == "\N{MINUS SIGN}13.6\xa0Ga – \N{MINUS SIGN}4.6\xa0Ga, no events"
    assert break_label(to_seconds(-599), to_seconds(-99), PlainNames()) == (
        "600 BCE – 101 BCE, no events"
    )
    assert break_label(to_seconds(2013), to_seconds(2024)) == "2013 – 2023, no events"
