"""Fit All ends near the last event: a small margin in pixels, never a share of the span."""

from __future__ import annotations

import numpy as np
import pytest

from timelineapp.model.calendar import to_seconds
from timelineapp.render.scene_items import Geometry
from timelineapp.render.timemap import FIT_MARGIN, fit_labelled, fit_map


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
