"""Fit All with labels too long for any room: the data keeps the width, not empty years."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from timelineapp.model.calendar import to_seconds
from timelineapp.render.lanes import last_ending
from timelineapp.render.timemap import fit_labelled


def test_labels_longer_than_any_room_do_not_push_the_data_left() -> None:
    width = 560.0  # the timeline at 1024 x 700
    t2012, t2024 = float(to_seconds(2012, 1, 1)), float(to_seconds(2024, 9, 15))
    starts = np.array([t2012, t2024])
    ends = np.array([float(to_seconds(2013, 1, 1)), t2024])
    long = np.array([500.0, 500.0])  # wider than 70 % of the view: elided anyway
    fitted = fit_labelled(t2012, t2024, width, (starts, ends, long, long))

    assert fitted.to_x(t2024) >= width * 0.7  # a few years of future on the right, not decades
    assert fitted.to_x(t2012) >= 0


def test_a_label_that_can_fit_still_gets_its_room() -> None:
    width = 800.0
    t0, t1 = float(to_seconds(2000, 1, 1)), float(to_seconds(2020, 1, 1))
    starts = np.array([t1])
    ends = np.array([t1])
    right = np.array([200.0])
    left = np.array([900.0])  # cannot go left of its mark
    fitted = fit_labelled(t0, t1, width, (starts, ends, right, left))

    assert fitted.to_x(t1) + 200.0 <= width + 0.5


def test_a_long_label_that_fits_right_of_an_early_mark_asks_for_no_room() -> None:
    width = 533.0
    t2012, t2024 = float(to_seconds(2012, 1, 1)), float(to_seconds(2024, 6, 1))
    starts = np.array([t2012, t2024])
    ends = np.array([float(to_seconds(2013, 1, 1)), t2024])
    right = np.array([389.0, 361.0])  # the early one fits right, the late one left
    left = np.array([389.0, 389.0])
    fitted = fit_labelled(t2012, t2024, width, (starts, ends, right, left))

    short = np.array([10.0, 10.0])
    baseline = fit_labelled(t2012, t2024, width, (starts, ends, short, short))
    assert fitted.to_x(t2024) == baseline.to_x(t2024)  # only the small starting margin


def test_room_for_a_hopeless_label_never_costs_labels_that_fit_left() -> None:
    width = 475.0  # the timeline at 1024 x 700 in French (a wider Actors dock)
    t2012, t2024 = float(to_seconds(2012, 1, 1)), float(to_seconds(2024, 6, 1))
    starts = np.array([t2012, t2024, t2024, t2024])
    ends = np.array([float(to_seconds(2013, 1, 1)), t2024, t2024, t2024])
    right = np.array([300.0, 360.0, 370.0, 600.0])  # the last fits nowhere
    left = np.array([300.0, 360.0, 370.0, 600.0])
    fitted = fit_labelled(t2012, t2024, width, (starts, ends, right, left))

    assert fitted.to_x(t2024) >= 370.0  # the two middle labels still fit left of 2024


@given(
    st.lists(
        st.tuples(st.integers(-1000, 1000), st.integers(0, 3000), st.booleans()),
        min_size=1,
        max_size=400,
    ),
    st.integers(1, 50),
)
def test_the_events_that_end_last_are_found_without_ranking_every_end(
    rows: list[tuple[int, int, bool]], limit: int
) -> None:
    """``last_ending`` finds as many passing events as a full ranking would, ending as late."""
    earliest = np.array([r[0] for r in rows], dtype=np.int64)
    latest = earliest + np.array([r[1] for r in rows], dtype=np.int64) + 1
    mask = np.array([r[2] for r in rows], dtype=np.bool_)
    order = np.argsort(earliest, kind="stable").astype(np.int64)
    index = SimpleNamespace(order=order, latest=latest, dated=np.ones(len(rows), np.bool_))
    found = last_ending(index, mask, limit)  # type: ignore[arg-type]
    passing = np.flatnonzero(mask)
    expected = np.sort(latest[passing])[::-1][:limit]
    assert mask[found].all()
    assert len(set(found.tolist())) == found.size
    assert np.array_equal(np.sort(latest[found])[::-1], expected)
