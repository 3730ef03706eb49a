"""The axis labels beside a compression break stay apart (QA #130: at 1024x700 on a draft
spanning 1801-2030, "1900" and "1980" either side of the break were drawn over each other
and over its "≈" cut, reading "190980")."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.axis_labels import (
    LABEL_GAP,
    MAX_NUDGE,
    break_mark_spans,
    place_row,
)
from timelineapp.render.axis_paint import axis_label_rows

from .conftest import ShowTimeline

#: The dates of QA #130's three-article draft: a century, a decade, then 1998-2030.
DATES = [
    "[1801..1900]",
    "198X",
    "1998",
    "2012",
    "2015~",
    "2019/2021",
    "2023-21",
    "2024-05-19",
    "2025-03-13",
    "2025-11",
    "2026-23",
    "../2030",
]


@pytest.fixture
def draft(tmp_path: Path, qapp: object) -> Timeline:
    events = [{"id": f"e{k}", "title": f"Event {k}", "date": d} for k, d in enumerate(DATES)]
    path = tmp_path / "draft.timeline.json"
    path.write_text(
        json.dumps({"format": "timelineapp/events", "version": 1, "title": "t", "events": events}),
        encoding="utf-8",
    )
    result = load_event_file(path)
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_a_label_touching_a_break_cut_is_left_out_or_moved_just_past_it() -> None:
    cuts = break_mark_spans([(300.0, 330.0)])
    # "1900" just before the break would run into its cut: left out (never moved left of
    # its tick); "1980" at the break's end moves just past the cut.
    places = place_row([100.0, 290.0, 330.0, 500.0], [30.0] * 4, cuts, 1000.0, False)
    assert places[0] == 103.0
    assert places[1] is None
    first_after = places[2]
    assert first_after is not None
    assert first_after >= cuts[0][1] + LABEL_GAP
    assert first_after - 333.0 <= MAX_NUDGE
    assert places[3] == 503.0


def test_a_label_that_would_need_a_long_move_past_a_cut_is_left_out() -> None:
    cuts = break_mark_spans([(300.0, 330.0)])
    (place,) = place_row([310.0], [30.0], cuts, 1000.0, False)
    assert place is None


def test_a_label_over_its_neighbour_is_left_out() -> None:
    places = place_row([0.0, 20.0, 60.0], [30.0, 30.0, 30.0], [], 1000.0, False)
    assert places == [3.0, None, 63.0]


@pytest.mark.parametrize(("width", "height"), [(700, 500), (860, 600), (1024, 700), (1400, 800)])
def test_no_two_axis_labels_of_the_compressed_draft_overlap(
    show_timeline: ShowTimeline, draft: Timeline, width: int, height: int
) -> None:
    widget = show_timeline(draft, width, height)
    widget.set_compressed(True)
    widget.fit_all()
    scene = widget.scene
    assert scene.breaks
    plain = QFontMetricsF(widget.font())
    bold_font = QFont(widget.font())
    bold_font.setBold(True)
    bold = QFontMetricsF(bold_font)
    cuts = break_mark_spans([(gap.x0, gap.x1) for gap in scene.breaks])
    drawn_counts = []
    for (ticks, places), metrics, blocked in zip(
        axis_label_rows(scene, plain, bold), (plain, bold), (cuts, []), strict=True
    ):
        boxes = [
            (x, x + metrics.horizontalAdvance(tick.label))
            for tick, x in zip(ticks, places, strict=True)
            if x is not None
        ]
        drawn_counts.append(len(boxes))
        for a, b in itertools.pairwise(boxes):
            assert a[1] < b[0], (a, b)
        for box, cut in itertools.product(boxes, blocked):
            assert not _overlaps(box, cut), (box, cut)
        for left, right in boxes:
            assert left >= 0
            assert right <= scene.width
    assert all(drawn_counts), drawn_counts
