"""Multi-page compressed exports turn the page at the breaks, then in the widest pauses."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from timelineapp.render.page_split import page_bounds, page_groups


def _starts(*values: int) -> np.ndarray:
    return np.array(sorted(values), dtype=np.int64)


def test_the_niger_shape_gives_2012_one_page_and_2024_two() -> None:
    # One 2012 event, a break, thirteen 2024 events (as the example file).
    starts = _starts(0, *range(1000, 1013))
    groups = page_groups(starts, [500.0], 3)
    assert groups[0] == (0, 1)
    assert len(groups) == 3
    assert groups[1][0] == 1
    assert groups[-1][1] == 14


def test_pages_turn_in_the_widest_pause_near_an_even_share() -> None:
    starts = _starts(0, 1, 2, 3, 50, 51, 52, 53, 54, 55)
    assert page_groups(starts, [], 2) == [(0, 4), (4, 10)]


def test_stretches_are_merged_when_pages_are_fewer() -> None:
    starts = _starts(0, 10, 20, 30, 40, 50)
    assert page_groups(starts, [5.0, 15.0, 25.0, 35.0, 45.0], 2) == [(0, 3), (3, 6)]


def test_events_at_one_instant_stay_on_one_page() -> None:
    starts = _starts(5, 5, 5, 5, 5, 5)
    assert page_groups(starts, [], 3) == [(0, 6)]


@given(
    st.lists(st.integers(0, 1000), min_size=1, max_size=60),
    st.lists(st.floats(0, 1000), max_size=5),
    st.integers(1, 8),
)
def test_groups_cover_every_event_once_in_order(
    values: list[int], cuts: list[float], pages: int
) -> None:
    starts = _starts(*values)
    groups = page_groups(starts, sorted(cuts), pages)
    assert groups[0][0] == 0
    assert groups[-1][1] == starts.size
    assert all(a < b for a, b in groups)
    assert all(g[1] == h[0] for g, h in itertools.pairwise(groups))
    assert len(groups) <= pages
    for g, h in itertools.pairwise(groups):
        assert starts[g[1] - 1] < starts[h[0]]  # no instant split across pages


def test_a_page_reaches_no_further_than_the_breaks_around_its_events() -> None:
    """QA #141: page 1 (2012) was fitted past the break into 2024 for its label's room."""
    assert page_bounds(0.0, 10.0, [500.0]) == (float("-inf"), 500.0)
    assert page_bounds(1000.0, 1012.0, [500.0]) == (500.0, float("inf"))
    assert page_bounds(1000.0, 1012.0, [500.0, 2000.0, 3000.0]) == (500.0, 2000.0)
