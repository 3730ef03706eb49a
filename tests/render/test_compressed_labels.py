"""The compressed view's words never cover each other (QA #57): one context label per place
on the axis ("2011" no longer printed over "2012"), and a break's words beside the "+N"
badges, never over them."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.axis_paint import badge_spans, break_label_boxes
from timelineapp.render.break_labels import MIN_BOX_PX, place_break_labels
from timelineapp.resources import example_event_file

from .conftest import ShowTimeline


@pytest.fixture(scope="module")
def niger_timeline(qapp: object) -> Timeline:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    return Timeline(result.loaded)


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_a_break_label_moves_off_a_badge_and_still_touches_its_break() -> None:
    # The break at 300-310, a "+4" badge just right of it (as at 1024x700 in French).
    (box,) = place_break_labels([(300.0, 310.0)], [180.0], [(312.0, 340.0)], 470.0)
    assert box is not None
    left, width = box
    assert width == 180.0
    assert not _overlaps((left, left + width), (312.0, 340.0))
    assert left <= 310.0
    assert left + width >= 300.0


def test_a_break_label_is_narrowed_to_the_room_or_left_out() -> None:
    (box,) = place_break_labels([(100.0, 110.0)], [180.0], [(20.0, 60.0), (150.0, 200.0)], 470.0)
    assert box is not None
    left, width = box
    assert left > 60.0
    assert left + width < 150.0
    assert width < 180.0
    (none,) = place_break_labels([(100.0, 110.0)], [180.0], [(60.0, 100.0 + MIN_BOX_PX)], 470.0)
    assert none is None or not _overlaps((none[0], none[0] + none[1]), (60.0, 128.0))


def test_two_break_labels_do_not_cover_each_other() -> None:
    boxes = place_break_labels([(100.0, 110.0), (200.0, 210.0)], [150.0, 150.0], [], 800.0)
    first, second = boxes
    assert first is not None
    assert second is not None
    assert not _overlaps((first[0], first[0] + first[1]), (second[0], second[0] + second[1]))


@pytest.mark.parametrize("width", [380, 420, 460, 470, 520, 600, 760, 1000])
def test_the_compressed_axis_prints_each_context_label_clear_of_the_next(
    show_timeline: ShowTimeline, niger_timeline: Timeline, qtbot: QtBot, width: int
) -> None:
    widget = show_timeline(niger_timeline, width, 330)
    widget.set_compressed(True)
    widget.fit_all()
    scene = widget.scene
    assert scene.breaks
    bold = QFont(widget.font())
    bold.setBold(True)
    metrics = QFontMetricsF(bold)
    majors = scene.ticks.major
    # As the painter draws them: a label pushed out left by the next one is not drawn.
    drawn = [t for k, t in enumerate(majors) if not (t.x < 0 and k + 1 < len(majors))]
    for a, b in itertools.pairwise(drawn):
        assert max(a.x, 0.0) + metrics.horizontalAdvance(a.label) <= b.x, (a, b)
    # And the break's words leave every "+N" badge in sight.
    plain = QFontMetricsF(widget.font())
    badges = badge_spans(scene, plain)
    assert badges or scene.dense
    for box in break_label_boxes(scene, plain):
        if box is not None:
            assert not any(_overlaps((box[0], box[0] + box[1]), badge) for badge in badges)
