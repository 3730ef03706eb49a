"""The time index finds exactly the events overlapping a window, whatever their lengths."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from timelineapp.model.file_format import EventFile
from timelineapp.model.loading import build_time_index

from ..hypothesis_budget import examples

_DAY = 86400

_dates = st.one_of(
    st.builds(lambda y: f"{y:04d}", st.integers(1900, 2100)),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1990, 2030), st.integers(1, 12)),
    st.builds(
        lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
        st.integers(2000, 2030),
        st.integers(1, 12),
        st.integers(1, 28),
    ),
    st.builds(
        lambda a, b: f"{min(a, b):04d}/{max(a, b):04d}",
        st.integers(1000, 2100),
        st.integers(1000, 2100),
    ),
)


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(_dates, min_size=1, max_size=60),
    st.integers(-2_000_000_000, 4_000_000_000),
    st.integers(60, 3_000_000_000),
)
def test_visible_positions_match_a_brute_force_scan(dates: list[str], t0: int, span: int) -> None:
    events = [{"id": f"e{i}", "title": "t", "date": d} for i, d in enumerate(dates)]
    data = EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )
    index = build_time_index(data)
    t1 = t0 + span
    found = index.visible_positions(float(t0), float(t1))
    assert np.all(np.diff(found) > 0)  # sorted, no repeats
    expected = np.flatnonzero((index.sorted_t0 < t1) & (index.sorted_t1 > t0))
    assert found.tolist() == expected.tolist()


@settings(max_examples=examples(50), deadline=None)
@given(
    st.lists(
        st.one_of(st.none(), st.sampled_from(["2024", "2020-05", "1999-12-31", "-0500"])),
        max_size=30,
    )
)
def test_derived_arrays_match_their_definitions(dates: list[str | None]) -> None:
    events = [
        {"id": f"e{i}", "title": "t", **({"date": d} if d else {})} for i, d in enumerate(dates)
    ]
    data = EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )
    index = build_time_index(data)
    listed = [*index.order.tolist(), *index.undated.tolist()]
    assert [listed.index(e) for e in range(index.count)] == index.date_rank.tolist()
    everything = np.ones(index.count, dtype=np.bool_)
    assert np.array_equal(index.cumulative_all, index.cumulative_mask(everything))


def test_wide_and_narrow_windows_give_the_same_positions_as_a_scan() -> None:
    # Wide windows are found by marking the duration classes' runs, narrow ones by sorting
    # them (time_index._MARKED_SHARE): both give the positions in date order, once each.
    dates = [f"{1990 + i % 30:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(300)]
    dates += [f"{1900 + i:04d}/{1990 + i:04d}" for i in range(20)] + ["2001", "2002-03"] * 10
    events = [{"id": f"e{i}", "title": "t", "date": d} for i, d in enumerate(dates)]
    data = EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )
    index = build_time_index(data)
    year = 365 * _DAY
    for t0, t1 in [(-3e9, 4e9), (0.0, 1e9), (6.3e8, 6.3e8 + 3 * _DAY), (1e9, 1e9 + year)]:
        found = index.visible_positions(t0, t1)
        expected = np.flatnonzero((index.sorted_t0 < t1) & (index.sorted_t1 > t0))
        assert found.dtype == np.int64
        assert found.tolist() == expected.tolist()


@settings(max_examples=examples(40), deadline=None)
@given(
    st.lists(st.tuples(_dates, st.booleans()), min_size=1, max_size=60),
    st.integers(-2_000_000_000, 4_000_000_000),
    st.integers(60, 3_000_000_000),
)
def test_visible_positions_under_a_filter_are_the_passing_ones(
    dated: list[tuple[str, bool]], t0: int, span: int
) -> None:
    events = [{"id": f"e{i}", "title": "t", "date": d} for i, (d, _) in enumerate(dated)]
    data = EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )
    index = build_time_index(data)
    mask = np.array([passes for _, passes in dated], dtype=np.bool_)
    t1 = t0 + span
    found = index.visible_positions(float(t0), float(t1), index.cumulative_mask(mask))
    overlapping = (index.sorted_t0 < t1) & (index.sorted_t1 > t0)
    expected = np.flatnonzero(overlapping & mask[index.order])
    assert found.tolist() == expected.tolist()
