"""A label written over its own bar leaves the bar's extent drawn (QA, session 10: the
plate under "Départ de plus de 269…" hid its bar from 19 May to 1 June, so the bar
seemed to start on 1 June)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timelineapp.model.calendar import to_seconds
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.export_layout import export_font
from timelineapp.render.label_places import LabelPlace
from timelineapp.render.painter import PaintOptions, paint_scene
from timelineapp.render.theme import ThemeName, theme

from .conftest import scene_at

#: Half the height of a band (mark_paint._BAND / 2): where its outline's top runs.
HALF_BAND = 5.0

VIEWS = [
    (to_seconds(2024, 5, 17), 50.0, 470),  # "Départ de plus de 269…" starts in view
    (to_seconds(2024, 5, 24), 41.0, 470),
    (to_seconds(2024, 6, 12), 6.0, 470),  # bars wider than the view
]


def _ink(image: QImage, x: int, y: int, background: QColor) -> bool:
    """Whether the pixel at (x, y) is clearly not the background."""
    c = image.pixelColor(x, y)
    return (
        abs(c.red() - background.red())
        + abs(c.green() - background.green())
        + abs(c.blue() - background.blue())
        > 60
    )


@pytest.mark.parametrize(("start", "days", "width"), VIEWS)
@pytest.mark.parametrize("font", [QFont, export_font], ids=["screen", "export"])
def test_a_label_over_its_bar_leaves_the_bar_drawn_end_to_end(
    niger: Timeline, font: type[QFont], start: float, days: float, width: int
) -> None:
    label_font = font()
    scene = scene_at(niger, label_font, start, days, width)
    look = theme(ThemeName.LIGHT)
    image = QImage(width, int(scene.height), QImage.Format.Format_ARGB32)
    image.fill(look.background)
    painter = QPainter(image)
    paint_scene(painter, scene, look, PaintOptions(font=label_font))
    painter.end()
    inside = [m for m in scene.marks if m.label_place == LabelPlace.INSIDE]
    assert inside
    starts_in_view = 0
    for mark in inside:
        cy = scene.lane_y(mark.lane) + scene.geometry.lane_height / 2
        top = round(cy - HALF_BAND)
        left, right = max(round(mark.x0), 0), min(round(mark.x1), width - 1)
        # The outline's top runs the bar's whole visible length, under the label too (a
        # dashed outline has gaps; a plate as tall as the text left a quarter of it).
        row = [_ink(image, x, top, look.background) for x in range(left + 1, right)]
        assert sum(row) >= 0.8 * len(row), (mark.label, sum(row), len(row))
        # Its start and end are drawn where they are, not where the label ends.
        if mark.x0 >= 0:
            starts_in_view += 1
            assert _ink(image, left, round(cy), look.background), mark.label
        if mark.x1 < width:
            assert _ink(image, right, round(cy), look.background), mark.label
    if start == VIEWS[0][0]:
        assert starts_in_view


def test_a_label_over_an_interval_leaves_its_certain_core_drawn(qapp: QApplication) -> None:
    """ "Travaux prévus pour six mois" (2024-03-07/2024-09): the plate hid its solid core
    from 7 March to the label's end."""
    from pathlib import Path

    from timelineapp.render.mark_bodies import MarkBody, body_kind

    bridge = Path(__file__).parents[1] / "data" / "evidence" / "bridge.timeline.json"
    result = load_event_file(bridge)
    assert result.loaded is not None
    timeline = Timeline(result.loaded)
    width = 1000
    font = export_font()
    scene = scene_at(timeline, font, to_seconds(2024, 2, 25), 250.0, width)
    look = theme(ThemeName.LIGHT)
    image = QImage(width, int(scene.height), QImage.Format.Format_ARGB32)
    image.fill(look.background)
    painter = QPainter(image)
    paint_scene(painter, scene, look, PaintOptions(font=font))
    painter.end()
    cores = [
        m
        for m in scene.marks
        if m.label_place == LabelPlace.INSIDE and body_kind(m) is MarkBody.INTERVAL
    ]
    assert cores
    for mark in cores:
        cy = round(scene.lane_y(mark.lane) + scene.geometry.lane_height / 2)
        a, b = round(max(mark.core0, mark.label_x)) + 1, round(min(mark.core1, width)) - 1
        drawn = [_ink(image, x, cy, look.background) for x in range(a, b)]
        assert sum(drawn) >= 0.95 * len(drawn), (mark.label, sum(drawn), len(drawn))
