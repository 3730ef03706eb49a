"""Tests for the time <-> pixel mapping and its zoom/pan limits (pure, no Qt)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timelineapp.model.calendar import SECONDS_PER_DAY, to_seconds
from timelineapp.render.timemap import TimeMap, ZoomLimits

from ..hypothesis_budget import examples

YEAR = 365.2425 * SECONDS_PER_DAY
T_MIN = float(to_seconds(-10000))
T_MAX = float(to_seconds(10000))

starts = st.floats(T_MIN, T_MAX)
spps = st.floats(1e-3, 1e10)
widths = st.floats(1.0, 4000.0)


def close(a: float, b: float, scale: float) -> bool:
    """Equality up to float64 rounding relative to the magnitudes involved."""
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9 * scale)


def test_basic_mapping() -> None:
    tm = TimeMap(start=1000.0, seconds_per_pixel=10.0, width=200.0)
    assert tm.end == 3000.0
    assert tm.span == 2000.0
    assert tm.to_x(1000.0) == 0.0
    assert tm.to_x(3000.0) == 200.0
    assert tm.to_x(500.0) == -50.0
    assert tm.to_time(20.0) == 1200.0


@given(starts, spps, widths, st.floats(-5000.0, 5000.0))
def test_to_time_inverts_to_x(start: float, spp: float, width: float, x: float) -> None:
    tm = TimeMap(start, spp, width)
    assert math.isclose(tm.to_x(tm.to_time(x)), x, abs_tol=1e-6 + 1e-12 * abs(start) / spp)


def test_xs_matches_to_x_for_ints_and_floats() -> None:
    tm = TimeMap(start=float(to_seconds(2024)), seconds_per_pixel=3600.0, width=800.0)
    times = np.array([to_seconds(2024), to_seconds(2024, 1, 2), to_seconds(2023, 12, 31)])
    xs = tm.xs(times)
    assert xs.dtype == np.float64
    assert xs.tolist() == [tm.to_x(float(t)) for t in times]
    assert tm.xs(times.astype(np.float64)).tolist() == xs.tolist()
    assert tm.xs([]).shape == (0,)


@given(starts, spps, widths, st.floats(0.01, 100.0), st.floats(0.0, 1.0))
def test_zoom_keeps_anchor_instant(
    start: float, spp: float, width: float, factor: float, anchor_frac: float
) -> None:
    tm = TimeMap(start, spp, width)
    anchor_x = anchor_frac * width
    before = tm.to_time(anchor_x)
    zoomed = tm.zoomed(factor, anchor_x)
    assert math.isclose(zoomed.seconds_per_pixel, spp / factor, rel_tol=1e-12)
    assert close(zoomed.to_time(anchor_x), before, abs(before) + spp * width)
    assert zoomed.width == width


def test_zoom_direction() -> None:
    tm = TimeMap(0.0, 100.0, 1000.0)
    assert tm.zoomed(2.0, 500.0).span == 50_000.0  # factor > 1 zooms in
    assert tm.zoomed(0.5, 500.0).span == 200_000.0
    with pytest.raises(ValueError, match="positive"):
        tm.zoomed(0.0, 10.0)
    with pytest.raises(ValueError, match="finite"):
        tm.zoomed(math.inf, 10.0)


def test_zoom_is_clamped_to_limits_but_keeps_anchor() -> None:
    limits = ZoomLimits(max_span=10_000.0, bound_start=-1e6, bound_end=1e6, min_span=60.0)
    tm = TimeMap(0.0, 1.0, 1000.0)  # span 1000 s
    deep = tm.zoomed(1000.0, 250.0, limits)
    assert deep.span == pytest.approx(60.0)
    assert deep.to_time(250.0) == pytest.approx(tm.to_time(250.0))
    wide = tm.zoomed(0.001, 250.0, limits)
    assert wide.span == pytest.approx(10_000.0)
    assert wide.to_time(250.0) == pytest.approx(tm.to_time(250.0))


def test_pan_direction_and_amount() -> None:
    tm = TimeMap(10_000.0, 5.0, 400.0)
    right = tm.panned(100.0)  # drag content right: earlier times appear on the left
    assert right.start == 9_500.0
    assert right.seconds_per_pixel == 5.0
    assert right.to_x(tm.to_time(0.0)) == 100.0  # content under x=0 moved to x=100
    assert tm.panned(-100.0).start == 10_500.0


def test_pan_stops_when_bounds_would_leave_the_view() -> None:
    limits = ZoomLimits(max_span=1e6, bound_start=0.0, bound_end=10_000.0)
    tm = TimeMap(0.0, 10.0, 100.0)  # shows [0, 1000]
    far_left = tm.panned(1e9, limits)  # content dragged far right
    assert far_left.end == pytest.approx(limits.bound_start)
    far_right = tm.panned(-1e9, limits)
    assert far_right.start == pytest.approx(limits.bound_end)
    assert tm.panned(50.0, limits) == tm.panned(50.0)  # within bounds: untouched


@given(starts, spps, widths, st.floats(-1e7, 1e7))
def test_clamped_pan_always_overlaps_bounds(
    start: float, spp: float, width: float, dx: float
) -> None:
    limits = ZoomLimits.for_extent(float(to_seconds(1900)), float(to_seconds(2000)))
    tm = TimeMap(start, spp, width).panned(dx, limits)
    tol = 1e-9 * (abs(tm.start) + tm.span)
    assert limits.min_span - tol <= tm.span <= limits.max_span + tol
    assert tm.end >= limits.bound_start - tol
    assert tm.start <= limits.bound_end + tol


def test_resized_keeps_start_and_scale() -> None:
    tm = TimeMap(123.0, 7.0, 300.0)
    bigger = tm.resized(900.0)
    assert (bigger.start, bigger.seconds_per_pixel, bigger.width) == (123.0, 7.0, 900.0)
    assert bigger.end == 123.0 + 7.0 * 900.0


@given(st.floats(T_MIN, T_MAX), st.floats(1.0, 1e11), st.floats(200.0, 4000.0))
def test_fitted_shows_range_inside_margins(t0: float, length: float, width: float) -> None:
    t1 = t0 + length
    tm = TimeMap.fitted(t1, t0, width, margin_px=40)  # order does not matter
    # float64 resolves |t| only to ~1e-16 relative: allow that much, in pixels.
    tol = 1e-6 + 1e-15 * abs(t0) / tm.seconds_per_pixel
    assert math.isclose(tm.to_x(t0), 40.0, abs_tol=tol)
    assert math.isclose(tm.to_x(t1), width - 40.0, abs_tol=tol)


def test_fitted_point_gets_one_day_centred() -> None:
    t = float(to_seconds(2024, 6, 7, 12))
    tm = TimeMap.fitted(t, t, 1000.0, margin_px=0)
    assert tm.span == pytest.approx(SECONDS_PER_DAY)
    assert tm.to_x(t) == pytest.approx(500.0)


def test_fitted_degenerate_widths() -> None:
    narrow = TimeMap.fitted(0.0, 100.0, 50.0, margin_px=40)  # margins shrink, range shown
    assert 0.0 <= narrow.to_x(0.0) < narrow.to_x(100.0) <= 50.0
    unlaid = TimeMap.fitted(0.0, 100.0, 0.0)
    assert unlaid.width == 0.0
    assert unlaid.seconds_per_pixel > 0


def test_fitted_respects_limits() -> None:
    limits = ZoomLimits(max_span=1e9, bound_start=-1e9, bound_end=1e9, min_span=600.0)
    tm = TimeMap.fitted(0.0, 10.0, 1000.0, limits=limits)
    assert tm.span == pytest.approx(600.0)


def test_clamped_keeps_centre_when_scaling() -> None:
    limits = ZoomLimits(max_span=1000.0, bound_start=-1e9, bound_end=1e9, min_span=100.0)
    tm = TimeMap(0.0, 10.0, 1000.0)  # span 10,000, centre 5,000
    clamped = tm.clamped(limits)
    assert clamped.span == pytest.approx(1000.0)
    assert clamped.start + clamped.span / 2 == pytest.approx(5000.0)
    assert TimeMap(0.0, 0.5, 1000.0).clamped(limits) == TimeMap(0.0, 0.5, 1000.0)


def test_for_extent_defaults() -> None:
    t0, t1 = float(to_seconds(1900)), float(to_seconds(2000))
    limits = ZoomLimits.for_extent(t1, t0)
    extent = t1 - t0
    assert limits.min_span == 60.0
    assert limits.max_span == pytest.approx(3 * extent)
    assert limits.bound_start < t0
    assert limits.bound_end > t1
    point = ZoomLimits.for_extent(t0, t0)  # a single instant still gets a day of room
    assert point.max_span == pytest.approx(3 * SECONDS_PER_DAY)
    assert point.bound_start < t0 < point.bound_end


@pytest.mark.parametrize(
    ("start", "spp", "width"),
    [
        (math.nan, 1.0, 1.0),
        (0.0, 0.0, 1.0),
        (0.0, -1.0, 1.0),
        (0.0, math.inf, 1.0),
        (0.0, 1.0, -1.0),
    ],
)
def test_invalid_maps_are_rejected(start: float, spp: float, width: float) -> None:
    with pytest.raises(ValueError, match=r"must"):
        TimeMap(start, spp, width)


def test_invalid_limits_are_rejected() -> None:
    with pytest.raises(ValueError, match="min_span"):
        ZoomLimits(max_span=10.0, bound_start=0.0, bound_end=1.0, min_span=60.0)
    with pytest.raises(ValueError, match="bound_end"):
        ZoomLimits(max_span=100.0, bound_start=1.0, bound_end=0.0)


@settings(max_examples=examples(50))
@given(starts, spps, widths)
def test_maps_are_immutable_values(start: float, spp: float, width: float) -> None:
    tm = TimeMap(start, spp, width)
    assert tm == TimeMap(start, spp, width)
    assert hash(tm) == hash(TimeMap(start, spp, width))
    with pytest.raises(AttributeError):
        tm.start = 0.0  # type: ignore[misc]
