"""Unreviewed events look tentative on the timeline, and the legend says why when it matters."""

from __future__ import annotations

import pytest
from msgspec.structs import replace
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timelineapp.model.file_format import EventStatus, ReviewState
from timelineapp.model.time_index import REVIEW_CODES, STATUS_CODES
from timelineapp.render.export_layout import export_font
from timelineapp.render.legend import LegendKind, paint_legend, scene_kinds
from timelineapp.render.painter import PaintOptions, paint_scene
from timelineapp.render.scene import Geometry, Mark, Scene
from timelineapp.render.theme import ThemeName, theme
from timelineapp.render.ticks import AxisTicks, TickUnit
from timelineapp.render.timemap import TimeMap

WIDTH, HEIGHT = 300, 80


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Painting needs a running QApplication."""


def _mark(review: ReviewState) -> Mark:
    return Mark(
        event=0,
        x0=40.0,
        x1=52.0,
        core0=40.0,
        core1=52.0,
        point=True,
        lane=0,
        label="Signature de l'accord",
        label_x=56.0,
        flags=0,
        status=STATUS_CODES[EventStatus.OCCURRED],
        review=REVIEW_CODES[review],
        color=0,
        faded=False,
        flagged=False,
    )


def _scene(*marks: Mark) -> Scene:
    geometry = Geometry(top=10.0, lane_height=22.0, axis_height=20.0)
    ticks = AxisTicks(TickUnit.Y10000, [], [], [])
    return Scene(TimeMap(0.0, 1.0, WIDTH), WIDTH, HEIGHT, geometry, ticks, 1, list(marks))


def _paint(scene: Scene) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint_scene(painter, scene, theme(ThemeName.LIGHT), PaintOptions(font=export_font()))
    painter.end()
    return image


def _region(image: QImage, x0: int, x1: int) -> list[int]:
    return [image.pixel(x, y) for x in range(x0, x1) for y in range(10, 32)]


def test_an_unreviewed_mark_is_drawn_paler_than_a_verified_one() -> None:
    verified = _paint(_scene(_mark(ReviewState.VERIFIED)))
    unreviewed = _paint(_scene(_mark(ReviewState.UNREVIEWED)))
    centre = (46, 21)  # the middle of the diamond
    solid, pale = QColor(verified.pixel(*centre)), QColor(unreviewed.pixel(*centre))
    assert solid == theme(ThemeName.LIGHT).event_color(0)
    assert pale.lightness() > solid.lightness() + 40  # washed towards the white background
    # The label is drawn differently too (italic), not only the marker.
    assert _region(verified, 56, WIDTH) != _region(unreviewed, 56, WIDTH)


def test_a_disputed_mark_is_not_drawn_as_a_draft() -> None:
    disputed = _paint(_scene(_mark(ReviewState.DISPUTED)))
    assert QColor(disputed.pixel(46, 21)) == theme(ThemeName.LIGHT).event_color(0)


def test_the_legend_explains_unreviewed_marks_only_when_the_scene_has_some() -> None:
    verified = _mark(ReviewState.VERIFIED)
    assert LegendKind.UNREVIEWED not in scene_kinds(_scene(verified))
    assert LegendKind.UNREVIEWED in scene_kinds(
        _scene(verified, replace(verified, event=1, review=REVIEW_CODES[ReviewState.UNREVIEWED]))
    )


def test_the_legend_sample_for_unreviewed_differs_from_the_plain_day_sample() -> None:
    def sample(kind: LegendKind) -> list[int]:
        image = QImage(400, 80, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_legend(painter, QPointF(0, 0), theme("light"), export_font(), [], kinds=[kind])
        painter.end()
        return _region(image, 0, 60)

    assert sample(LegendKind.UNREVIEWED) != sample(LegendKind.DAY)
