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
    assert compression.ends.tolist() == [to_seconds(2024, 4, 1)]
    assert break_label(compression.starts[0], compression.ends[0]) == "2013 – 2023, no events"


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
