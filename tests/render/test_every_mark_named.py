"""Every visible bar carries at least the start of its title, and at Fit All every mark at
least an "…" (QA #103, #114: zoomed into June 2024,
five of nine bars had no name; labels began off the left edge or were cut to "Com…").

A label goes beside its mark when it fits, over its own bar when the bar holds more of it,
and is held at the view's left edge when its mark lies left of the view.
"""

from __future__ import annotations

import math
import random
import xml.etree.ElementTree as ET
from typing import Any

import msgspec
import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QImage, QPainter

from timelineapp.model.calendar import SECONDS_PER_DAY, to_seconds
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import render_export
from timelineapp.render.export_layout import export_font
from timelineapp.render.export_options import ExportFormat, ExportOptions, ExportSubject
from timelineapp.render.inputs import scene_inputs
from timelineapp.render.label_measure import label_measure
from timelineapp.render.label_places import EDGE_ROOM, LabelPlace, place_labels
from timelineapp.render.painter import PaintOptions, paint_scene
from timelineapp.render.scene import (
    Geometry,
    Mark,
    Scene,
    end_rooms,
    hit_test,
    label_text,
    label_width,
)
from timelineapp.render.scene_items import mark_body, mark_span
from timelineapp.render.theme import ThemeName, theme
from timelineapp.render.timemap import TimeMap

from .conftest import ShowTimeline, scene_at

#: A bar at least this wide on screen must show the start of its title.
NAMED_WIDTH = 60.0
#: What "the start of its title" is at least: a word, not a letter and an ellipsis.
START_CHARS = 4


class RecordingPainter(QPainter):
    """A QPainter noting every text it draws and where."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[float, float, str]] = []

    def drawText(self, *args: Any) -> None:
        point = next((a for a in args if isinstance(a, QPointF)), None)
        text = next((a for a in args if isinstance(a, str)), "")
        if point is not None:
            self.texts.append((point.x(), point.y(), text))
        super().drawText(*args)


def _drawn(scene: Scene, font: QFont) -> list[tuple[float, float, str]]:
    image = QImage(int(scene.width), int(scene.height), QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    paint_scene(painter, scene, theme(ThemeName.LIGHT), PaintOptions(font=font))
    painter.end()
    return painter.texts


def _named(mark: Mark, scene: Scene, drawn: list[tuple[float, float, str]]) -> bool:
    """Whether a text drawn in the mark's lane is the start of its title (a word at least)."""
    top = scene.lane_y(mark.lane)
    title = label_text(mark.flags, mark.label)
    enough = min(START_CHARS, len(title))
    return any(
        top <= y <= top + scene.geometry.lane_height
        and title.startswith(text.removesuffix("…"))
        and len(text.removesuffix("…")) >= enough
        for _x, y, text in drawn
    )


JUNE_2024 = to_seconds(2024, 5, 24)  # the QA's view: 24 May – 4 July 2024
MID_JUNE = to_seconds(2024, 6, 15)

VIEWS = [
    (JUNE_2024, 41.0, 470),  # QA #114 at 1024x700
    (JUNE_2024, 41.0, 1300),
    (MID_JUNE - 3 * SECONDS_PER_DAY, 6.0, 470),  # bars wider than the view
    (MID_JUNE - 12 * SECONDS_PER_DAY, 20.0, 700),
    (to_seconds(2024, 6, 1), 30.0, 470),  # bars starting left of the view
    (to_seconds(2024, 3, 1), 200.0, 470),
    (to_seconds(2024, 1, 1), 400.0, 900),
    (to_seconds(2011, 1, 1), 5000.0, 470),
]


@pytest.mark.parametrize(("start", "days", "width"), VIEWS)
@pytest.mark.parametrize("font", [QFont, export_font], ids=["screen", "export"])
def test_every_bar_wide_enough_shows_the_start_of_its_title(
    niger: Timeline, font: type[QFont], start: float, days: float, width: int
) -> None:
    label_font = font()
    scene = scene_at(niger, label_font, start, days, width)
    drawn = _drawn(scene, label_font)
    bars = [
        m
        for m in scene.marks
        if not m.point and min(m.x1, scene.width) - max(m.x0, 0.0) > NAMED_WIDTH and not m.faded
    ]
    nameless = [m.label for m in bars if not _named(m, scene, drawn)]
    assert not nameless, (start, days, width, nameless)


def test_the_qa_view_has_labels_over_bars_and_at_the_left_edge(niger: Timeline) -> None:
    font = QFont()
    scene = scene_at(niger, font, JUNE_2024, 41.0, 470)
    places = {LabelPlace(m.label_place) for m in scene.marks}
    assert LabelPlace.INSIDE in places
    assert LabelPlace.STUCK in places
    for mark in scene.marks:
        assert mark.label_x >= 0, mark.label  # no label begins off the left edge
        if mark.label_place == LabelPlace.INSIDE:
            # Over its own bar, within its visible part.
            assert max(mark.x0, 0.0) <= mark.label_x
            assert mark.label_x + mark.label_room <= min(mark.x1, scene.width)


def test_a_label_over_its_bar_is_clicked_as_its_event(niger: Timeline) -> None:
    font = QFont()
    scene = scene_at(niger, font, JUNE_2024, 41.0, 470)
    inside = [m for m in scene.marks if m.label_place == LabelPlace.INSIDE]
    assert inside
    for mark in inside:
        y = scene.lane_y(mark.lane) + scene.geometry.lane_height / 2
        hit = hit_test(scene, mark.label_x + 10, y, label_measure(font))
        assert hit.event == mark.event


def test_an_export_page_leaves_out_labels_held_at_its_left_edge(niger: Timeline) -> None:
    """A page's left edge would cut them: the page before shows them whole (QA #56)."""
    font = export_font()
    scene = scene_at(niger, font, JUNE_2024, 41.0, 470)
    stuck = [m for m in scene.marks if m.label_place == LabelPlace.STUCK and m.label_room > 0]
    assert stuck
    image = QImage(470, 330, QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    paint_scene(painter, scene, theme(ThemeName.LIGHT), PaintOptions(font=font, whole_labels=True))
    painter.end()
    drawn = {text.removesuffix("…") for _x, _y, text in painter.texts}
    for mark in stuck:
        assert not any(t and mark.label.startswith(t) for t in drawn), mark.label


@pytest.mark.parametrize(("width", "height"), [(475, 370), (474, 300), (800, 420), (1300, 700)])
def test_at_fit_all_every_mark_says_it_has_a_title(
    niger: Timeline, show_timeline: ShowTimeline, width: int, height: int
) -> None:
    """QA #103: at 1024x700 the mark at the right edge had no room even for "…" (its label
    fitted on neither side: the lanes left of it were taken). Fit All's right margin keeps
    room for an "…" after the last marks."""
    widget = show_timeline(niger, width, height)
    scene = widget.scene
    drawn = _drawn(scene, widget.font())
    for mark in scene.marks:
        if not 0 <= (mark.x0 + mark.x1) / 2 <= scene.width:
            continue
        top = scene.lane_y(mark.lane)
        title = label_text(mark.flags, mark.label)
        assert any(
            text  # "…" alone counts: the mark says it has a title
            and top <= y <= top + scene.geometry.lane_height
            and title.startswith(text.removesuffix("…"))
            for _x, y, text in drawn
        ), (width, height, mark.label)


def test_fit_all_keeps_room_for_an_ellipsis_after_the_last_mark(niger: Timeline) -> None:
    mask = np.ones(niger.index.count, dtype=np.bool_)
    inputs = scene_inputs(niger, mask, niger.index.cumulative_mask(mask))
    g = Geometry()
    measure = label_measure(QFont())
    bare = end_rooms(inputs, g)
    named = end_rooms(inputs, g, measure)
    assert named[0] == bare[0]
    assert named[1] - bare[1] >= g.label_gap + measure("…")


def test_a_single_page_export_names_the_bars_and_holds_labels_at_its_edge(
    niger: Timeline,
) -> None:
    """The first page has no page before it to show a cut label whole: it holds it."""
    width = 1024
    view = TimeMap(JUNE_2024, 41.0 * SECONDS_PER_DAY / width, float(width))
    mask = np.ones(niger.index.count, dtype=np.bool_)
    subject = ExportSubject(niger, mask, niger.index.cumulative_mask(mask), "")
    options = ExportOptions(width=width, format=ExportFormat.SVG, export_date="2026-11-27")
    root = ET.fromstring(render_export(subject, view, options).data)
    texts = ["".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]
    scene = scene_at(niger, export_font(), JUNE_2024, 41.0, width)
    stuck = [m.label for m in scene.marks if m.label_place == LabelPlace.STUCK]
    assert stuck
    for title in stuck:
        assert any(len(t) > START_CHARS and title.startswith(t.removesuffix("…")) for t in texts)


@pytest.mark.parametrize(("start", "days", "width"), VIEWS)
def test_labels_moved_over_bars_to_the_edge_or_left_overlap_nothing(
    niger: Timeline, start: float, days: float, width: int
) -> None:
    font = QFont()
    measure = label_measure(font)
    scene = scene_at(niger, font, start, days, width)
    g = scene.geometry
    for k, mark in enumerate(scene.marks):
        if mark.label_place == LabelPlace.BESIDE and mark.label_room == math.inf:
            continue  # where the lanes were packed for it
        drawn = min(label_width(measure, mark.flags, mark.review, mark.label), mark.label_room)
        left, right = mark.label_x, mark.label_x + drawn
        assert right <= scene.width
        for j, other in enumerate(scene.marks):
            if j == k or other.lane != mark.lane:
                continue
            width_j = label_width(measure, other.flags, other.review, other.label)
            a, b = mark_span(other, min(width_j, other.label_room), g)
            assert b <= left or a >= right, (mark.label, other.label)


def _random_views(count: int) -> list[tuple[float, float, int]]:
    """Views around the example's core month, panned and zoomed as a reader would (seeded)."""
    rng = random.Random(5)
    views = []
    for _ in range(count):
        days = 10 ** rng.uniform(0, 3.7)
        start = MID_JUNE - rng.uniform(0, 1.2) * days * SECONDS_PER_DAY
        views.append((start, days, rng.choice([300, 470, 800, 1300])))
    return views


def test_every_mark_in_view_says_it_has_a_title(niger: Timeline) -> None:
    """QA #103 beyond Fit All: a ◆ near the right edge, its lane taken on the left, was drawn
    without even an "…"; its label now goes left of it in whatever room there is."""
    font = QFont()
    nameless = []
    for start, days, width in _random_views(30):
        scene = scene_at(niger, font, start, days, width)
        drawn = _drawn(scene, font)
        for mark in scene.marks:
            if not 0 <= (mark.x0 + mark.x1) / 2 <= scene.width:
                continue
            top = scene.lane_y(mark.lane)
            title = label_text(mark.flags, mark.label)
            if not any(
                text
                and top <= y <= top + scene.geometry.lane_height
                and title.startswith(text.removesuffix("…"))
                for _x, y, text in drawn
            ):
                nameless.append((round(days, 1), width, mark.label))
    assert not nameless


@pytest.mark.parametrize(
    ("start", "days", "width"),
    [
        (to_seconds(2011, 1, 1), 5000.0, 300),  # Fit All in a narrow view: labels go left
        (to_seconds(2011, 1, 1), 400.0, 300),
        (to_seconds(2011, 1, 1) + 180 * SECONDS_PER_DAY, 200.0, 300),
        *VIEWS,
    ],
)
def test_a_label_moved_left_of_its_mark_keeps_the_edge_margin(
    niger: Timeline, start: float, days: float, width: int
) -> None:
    """A label moved left of its mark began at x=0, touching the window's edge; labels
    keep ``EDGE_ROOM`` from an edge (held ones a "◂" more)."""
    scene = scene_at(niger, QFont(), start, days, width)
    moved = [m for m in scene.marks if m.label_room > 0 and m.label_x < m.x0]
    for mark in moved:
        assert mark.label_x >= EDGE_ROOM, (mark.label, mark.label_x)


@pytest.mark.parametrize(
    ("start", "days", "width"),
    [
        (to_seconds(2011, 1, 1), 5000.0, 300),
        *VIEWS,
    ],
)
def test_a_label_moved_left_of_its_mark_ends_against_it(
    niger: Timeline, start: float, days: float, width: int
) -> None:
    """A label moved left of its mark ends against it (see the next test)."""
    measure = label_measure(QFont())
    scene = scene_at(niger, QFont(), start, days, width)
    g = scene.geometry
    for mark in scene.marks:
        if not (mark.label_room > 0 and mark.label_x < mark.x0):
            continue
        text_w = label_width(measure, mark.flags, mark.review, mark.label)
        end = mark.label_x + min(mark.label_room, text_w)
        body_left = mark_body(mark, g)[0]
        assert body_left - end <= g.label_gap + 1.0, (mark.label, mark.label_x, body_left)


def test_a_label_that_fits_left_of_its_mark_is_drawn_against_it(niger: Timeline) -> None:
    """QA #140: a label that fitted whole in the free stretch left of its mark was drawn at
    that stretch's start (the view's left edge), ~400 px from its mark, which nothing then
    tied it to; one too long for the stretch starts at its start and runs up to the mark."""
    font = QFont()
    measure = label_measure(font)
    base = scene_at(niger, font, JUNE_2024, 41.0, 700)
    g = base.geometry
    marks = []
    for lane, title in enumerate(["Communiqué rendu public", "Du matériel " * 12]):
        x = 557.0
        marks.append(
            Mark(
                event=lane, x0=x, x1=x, core0=x, core1=x, point=True, lane=lane, label=title,
                label_x=x + g.marker / 2 + g.label_gap, flags=0, status=0, review=0,
                color=-1, faded=False,
            )
        )  # fmt: skip
    scene = msgspec.structs.replace(base, marks=marks, lanes=2)
    place_labels(scene, measure)
    fits, long = scene.marks
    body = 557.0 - g.marker / 2
    text_w = label_width(measure, fits.flags, fits.review, fits.label)
    assert fits.label_x == pytest.approx(body - g.label_gap - text_w)  # against its mark
    assert fits.label_room >= text_w
    assert long.label_x == EDGE_ROOM  # cut: from the edge's margin up to its mark
    assert long.label_x + long.label_room == pytest.approx(body - g.label_gap)
