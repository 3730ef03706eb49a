"""Fit All ends near the last event: a small margin in pixels, never a share of the span."""

from __future__ import annotations

import numpy as np
import pytest

from timelineapp.model.calendar import SECONDS_PER_DAY, to_seconds
from timelineapp.model.file_format import EventFile
from timelineapp.render.lanes import FIRST_MARK_AIR
from timelineapp.render.scene import SceneInputs, end_rooms, label_reach
from timelineapp.render.scene_items import Geometry
from timelineapp.render.timemap import FIT_MARGIN, fit_labelled, fit_map, view_range

from .test_scene import inputs_for


@pytest.mark.parametrize(
    ("t0", "t1"),
    [
        (to_seconds(-1315, 1, 1), to_seconds(2024, 6, 1)),  # QA #18: 100k events
        (-4.35e17, to_seconds(2024, 6, 7)),  # QA #19: deep time to 2024
        (to_seconds(2012, 1, 1), to_seconds(2024, 9, 1)),  # QA #20: a built file
    ],
)
def test_fit_all_ends_a_small_margin_after_the_last_event(t0: float, t1: float) -> None:
    width = 700.0
    # The last event's label (120 px) fits left of its mark: it asks for no room.
    reach = (np.array([t1 - 1.0]), np.array([t1]), np.array([120.0]), np.array([120.0]))
    view = fit_labelled(t0, t1, width, reach)
    right = width - view.to_x(t1)
    assert 0 < right <= FIT_MARGIN + 1
    assert view.to_x(t0) > 0  # the first event is in view too


def test_the_right_room_asked_for_is_the_whole_right_margin() -> None:
    t0, t1 = to_seconds(2012, 1, 1), to_seconds(2024, 1, 1)
    view = fit_map(t0, t1, 1000.0, right_room=100.0)
    assert view.to_x(t1) == pytest.approx(900.0)


def test_the_margin_keeps_the_open_end_tail_of_the_last_mark() -> None:
    """A last event with an open end draws a fading tail right of its marker: the margin
    keeps it whole even when the label goes left."""
    g = Geometry()
    t0, t1 = to_seconds(2012, 1, 1), to_seconds(2024, 6, 1)
    reach = (np.array([t1 - 1.0]), np.array([t1]), np.array([150.0]), np.array([150.0]))
    view = fit_labelled(t0, t1, 700.0, reach)
    assert 700.0 - view.to_x(t1) >= g.marker / 2 + g.open_tail


def _inputs(dates: list[str], flags_open_end: bool = False) -> SceneInputs:
    events = [
        {"id": f"e{k}", "title": f"Event {k}", "date": d, "status": "occurred", "actors": []}
        for k, d in enumerate(dates)
    ]
    data = EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )
    return inputs_for(data)


def test_deep_time_fit_ends_a_marker_after_the_last_event_not_a_fixed_span() -> None:
    """QA #19: the margins are what the first and last marks need in pixels: half a marker
    and a little air, so a deep-time view does not run a billion years past its data."""
    g = Geometry()
    inputs = _inputs(["Y-13800000000", "Y-4600000000", "2024-06-07"])
    index = inputs.index
    t0, t1 = view_range(index, inputs.mask)
    reach = label_reach(inputs, lambda text: 7.0 * len(text), g)
    view = fit_labelled(t0, t1, 440.0, reach, body=end_rooms(inputs, g))
    last = float(index.latest.max())
    first = float(index.earliest.min())
    assert 0 < 440.0 - view.to_x(last) <= g.marker / 2 + 3
    # On the left, a little more air: the first mark stands clear of the edge (QA,
    # session 10), still pixels, not a share of the span.
    assert FIRST_MARK_AIR - 0.5 <= view.to_x(first) <= FIRST_MARK_AIR + 0.5
    # In time, that is under 2 % of the span, where 36 px were 8 %.
    assert view.end - last < 0.02 * (last - first)


def test_the_marks_own_room_keeps_an_open_end_tail() -> None:
    g = Geometry()
    closed = end_rooms(_inputs(["2020-01-01", "2024-06-07"]), g)
    open_end = end_rooms(_inputs(["2020-01-01", "2024-06-07/.."]), g)
    assert closed[1] == pytest.approx(g.marker / 2 + 2)
    assert open_end[1] >= g.marker / 2 + g.open_tail


def test_one_event_on_a_day_is_shown_within_its_week() -> None:
    """Fit All does not zoom past what the dates say: one day shows among seven."""
    for dates in (["2024-06-07"], ["2024-06-07"] * 5):
        inputs = _inputs(dates)
        t0, t1 = view_range(inputs.index, inputs.mask)
        day = float(to_seconds(2024, 6, 7))
        assert t1 - t0 == pytest.approx(7 * SECONDS_PER_DAY)
        assert t0 < day
        assert day + SECONDS_PER_DAY < t1
        assert (t0 + t1) / 2 == pytest.approx(day + SECONDS_PER_DAY / 2)


def test_coarse_dates_get_a_few_days_more_not_their_own_span_many_times() -> None:
    inputs = _inputs(["2024-04/2024-05"])  # two months, alone
    t0, t1 = view_range(inputs.index, inputs.mask)
    span = float(inputs.index.latest[0] - inputs.index.earliest[0])
    assert t1 - t0 == pytest.approx(span + 6 * SECONDS_PER_DAY)


def test_events_at_the_minute_are_fitted_to_their_minutes() -> None:
    inputs = _inputs(["2024-06-07T10:00Z", "2024-06-07T10:30Z"])
    t0, t1 = view_range(inputs.index, inputs.mask)
    assert t1 - t0 < 3600  # the half hour and its minutes, not a week


def test_the_least_span_is_taken_from_the_events_the_filter_lets_through() -> None:
    inputs = _inputs(["2020-03-02", "2024-06-07T10:00Z"])
    mask = np.array([True, False])
    t0, t1 = view_range(inputs.index, mask)
    assert t1 - t0 == pytest.approx(7 * SECONDS_PER_DAY)  # the day's week, not 2020-2024
    only_minute = view_range(inputs.index, ~mask)
    assert only_minute[1] - only_minute[0] == pytest.approx(7 * 60)


def test_a_mask_passing_everything_or_nothing_fits_every_event() -> None:
    """Nothing filtered out (a file just opened) and a filter passing nothing both fit
    every event, with the least span of all of them (kept per file, see file_memo)."""
    inputs = _inputs(["2020-03-02", "2024-06-07T10:00Z", "2024-06-09"])
    every = view_range(inputs.index, None)
    assert view_range(inputs.index, np.ones(3, dtype=np.bool_)) == every
    assert view_range(inputs.index, np.zeros(3, dtype=np.bool_)) == every
    assert every[0] <= to_seconds(2020, 3, 2)
    assert every[1] >= to_seconds(2024, 6, 10)
    other = _inputs(["2024-06-07T10:00Z", "2024-06-07T10:30Z"])  # another file: its own span
    t0, t1 = view_range(other.index, np.ones(2, dtype=np.bool_))
    assert t1 - t0 < 3600
