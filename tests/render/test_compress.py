"""Compressed empty stretches: the map, the breaks and their labels, in exports."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timelineapp.model.calendar import to_seconds
from timelineapp.model.timeline import Timeline
from timelineapp.render.compress import Compression, break_label, find_compression
from timelineapp.render.export import ExportFormat, ExportOptions, render_export, timeline_range
from timelineapp.render.export_layout import plan_export
from timelineapp.render.export_options import ExportSubject


def test_the_niger_example_has_one_break_between_2012_and_2024(niger: Timeline) -> None:
    mask = np.ones(niger.index.count, dtype=np.bool_)
    compression = find_compression(niger.index, mask)
    assert compression is not None
    assert compression.starts.tolist() == [to_seconds(2013, 1, 1)]
    # The break hides whole years only: January – March 2024 stay on the axis, so that
    # "2013 – 2023, no events" is all it hides (it ended on 1 April 2024: QA #141).
    assert compression.ends.tolist() == [to_seconds(2024, 1, 1)]
    assert break_label(compression.starts[0], compression.ends[0]) == "2013 – 2023, no events"


def test_a_break_names_exactly_the_span_it_hides() -> None:
    """QA #141: a break from 2013 to April 2024 was "2013 – 2023, no events"."""
    assert break_label(to_seconds(2013), to_seconds(2024)) == "2013 – 2023, no events"
    assert break_label(to_seconds(2013), to_seconds(2014)) == "2013, no events"
    assert break_label(to_seconds(2023, 10), to_seconds(2024, 4)) == (
        "2023-10 – 2024-03, no events"
    )
    assert break_label(to_seconds(2023, 10, 5), to_seconds(2024, 4, 3)) == (
        "2023-10-05 – 2024-04-02, no events"
    )


def test_names_give_a_month_break_its_month_names(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from timelineapp.render.calendar_names import LocaleNames

    names = LocaleNames(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert break_label(to_seconds(2023, 10), to_seconds(2024, 4), names) == (
        "October 2023 – March 2024, no events"
    )
    assert break_label(to_seconds(2024, 1), to_seconds(2024, 9), names) == (
        "January – August 2024, no events"
    )


@given(
    st.integers(min_value=0, max_value=40 * 365 * 86400),
    st.integers(min_value=200 * 86400, max_value=30 * 365 * 86400),
)
def test_a_break_starts_and_ends_on_calendar_boundaries_inside_the_gap(
    start: int, length: int
) -> None:
    from timelineapp.model.calendar import from_seconds
    from timelineapp.render.compress import _on_calendar

    t0 = to_seconds(1990) + start
    t1 = t0 + length

    starts, ends = _on_calendar(
        np.array([t0], dtype=np.int64), np.array([t1], dtype=np.int64), 180 * 86400
    )
    first, last = int(starts[0]), int(ends[0])
    assert t0 <= first < last <= t1
    assert from_seconds(first)[3:] == (0, 0, 0)
    assert from_seconds(last)[3:] == (0, 0, 0)
    # Whole years whenever they still leave a long gap.
    if to_seconds(from_seconds(t1)[0]) - to_seconds(from_seconds(t0 - 1)[0] + 1) > 180 * 86400:
        assert from_seconds(first)[1:3] == (1, 1)
        assert from_seconds(last)[1:3] == (1, 1)


def test_no_break_when_nothing_is_far_apart(niger: Timeline) -> None:
    mask = niger.index.earliest >= to_seconds(2024, 1, 1)
    assert find_compression(niger.index, mask) is None


GAPS = Compression(np.array([100.0, 1000.0]), np.array([500.0, 5000.0]), np.array([10.0, 40.0]))


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_packing_is_monotone_and_reversible(t: float) -> None:
    packed = GAPS.packed(t)
    assert GAPS.real(packed) == pytest.approx(t, abs=1e-6)
    assert GAPS.packed(t + 1.0) > packed


def test_a_gap_keeps_only_its_break() -> None:
    assert GAPS.packed(500.0) - GAPS.packed(100.0) == pytest.approx(10.0)
    assert GAPS.packed(5000.0) - GAPS.packed(1000.0) == pytest.approx(40.0)
    assert GAPS.packed(6000.0) - GAPS.packed(5000.0) == pytest.approx(1000.0)


def test_export_draws_and_labels_the_break_and_gives_2024_room(niger: Timeline) -> None:
    mask = np.ones(niger.index.count, dtype=np.bool_)
    cumulative = niger.index.cumulative_mask(mask)
    view = timeline_range(niger, mask)
    svg = render_export(
        ExportSubject(niger, mask, cumulative, ""),
        view,
        ExportOptions(format=ExportFormat.SVG, compress=True),
    ).data.decode("utf-8")
    assert "2013 – 2023, no events" in svg

    def spread_of_2024(compress: bool) -> float:
        plan = plan_export(
            ExportSubject(niger, mask, cumulative, ""),
            view,
            ExportOptions(compress=compress),
            lambda _: None,
        )
        scene = plan.pages[0].scene
        assert scene is not None
        xs = [m.x0 for m in scene.marks if niger.index.earliest[m.event] >= to_seconds(2024, 1, 1)]
        return (max(xs) - min(xs)) / scene.width

    plain, compressed = spread_of_2024(False), spread_of_2024(True)
    assert compressed > 5 * plain
    plan = plan_export(
        ExportSubject(niger, mask, cumulative, ""),
        view,
        ExportOptions(compress=True),
        lambda _: None,
    )
    scene = plan.pages[0].scene
    assert scene is not None
    assert [b.label for b in scene.breaks] == ["2013 – 2023, no events"]
    # Ticks are real dates: none falls inside the skipped years.
    years = {t.label for t in scene.ticks.major}
    assert "2024" in years
    assert not years & {str(y) for y in range(2014, 2023)}
