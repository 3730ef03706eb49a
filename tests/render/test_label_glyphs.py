"""Labels in scripts an italic face lacks are drawn in a font that has their glyphs (QA #113:
an unreviewed Arabic title was a row of boxes on the timeline and in exports, because
DejaVu Sans Oblique has no Arabic and Qt never falls back from italic to upright)."""

from __future__ import annotations

from typing import Any

import pytest
from msgspec.structs import replace
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication

from timelineapp.model.file_format import ReviewState
from timelineapp.render.export_layout import export_font
from timelineapp.render.label_measure import label_measure
from timelineapp.render.painter import PaintOptions, paint_scene
from timelineapp.render.scene import Geometry, Mark, Scene, label_text, label_width
from timelineapp.render.theme import ThemeName, theme
from timelineapp.render.ticks import AxisTicks, TickUnit
from timelineapp.render.timemap import TimeMap

from .test_review_marks import _mark as review_mark

ARABIC = "انسحاب القوات الأمريكية من النيجر (2024)"
LATIN = "Signature de l'accord"
WIDTH, HEIGHT = 600, 80


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Fonts and painting need a running QApplication."""


def _arabic_somewhere(font: QFont) -> None:
    if not QFontMetricsF(font).inFontUcs4(ord("ن")):
        pytest.skip("no font on this machine has Arabic (fc-list :lang=ar)")


def _missing_glyphs(text: str, font: QFont) -> int:
    """How many glyphs of ``text`` laid out in ``font`` are .notdef (drawn as a box)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return sum(list(run.glyphIndexes()).count(0) for run in layout.glyphRuns())


class RecordingPainter(QPainter):
    """A QPainter noting every text it draws with the font it draws it in."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.drawn: list[tuple[str, QFont]] = []

    def drawText(self, *args: Any) -> None:
        text = next((a for a in args if isinstance(a, str)), "")
        self.drawn.append((text, QFont(self.font())))
        super().drawText(*args)


def _drawn(mark: Mark, font: QFont) -> list[tuple[str, QFont]]:
    geometry = Geometry(top=10.0, lane_height=22.0, axis_height=20.0)
    ticks = AxisTicks(TickUnit.Y10000, [], [], [])
    scene = Scene(TimeMap(0.0, 1.0, WIDTH), WIDTH, HEIGHT, geometry, ticks, 1, [mark])
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    paint_scene(painter, scene, theme(ThemeName.LIGHT), PaintOptions(font=font))
    painter.end()
    return [(text, used) for text, used in painter.drawn if text == mark.label]


@pytest.mark.parametrize("review", list(ReviewState))
@pytest.mark.parametrize("font", [export_font, QFont], ids=["export", "screen"])
def test_an_arabic_label_is_drawn_in_a_font_with_its_glyphs(
    review: ReviewState, font: type[QFont]
) -> None:
    base = font()
    _arabic_somewhere(base)
    drawn = _drawn(replace(review_mark(review), label=ARABIC), base)
    assert drawn, "the label was not drawn whole"
    for text, used in drawn:
        assert _missing_glyphs(text, used) == 0, (review, used.family(), used.italic())


def test_a_latin_unreviewed_label_stays_italic() -> None:
    drawn = _drawn(replace(review_mark(ReviewState.UNREVIEWED), label=LATIN), export_font())
    assert [used.italic() for _text, used in drawn] == [True]


def test_the_layout_measures_an_arabic_unreviewed_label_as_it_is_drawn() -> None:
    font = export_font()
    _arabic_somewhere(font)
    measure = label_measure(font)
    unreviewed = review_mark(ReviewState.UNREVIEWED).review
    drawn_in = font if measure.tentative.drawn_upright(ARABIC) else measure.tentative.font
    assert _missing_glyphs(ARABIC, drawn_in) == 0
    assert label_width(measure, 0, unreviewed, ARABIC) == QFontMetricsF(drawn_in).horizontalAdvance(
        ARABIC
    )


def test_a_title_with_line_breaks_and_tabs_is_one_line_of_single_spaces() -> None:
    assert label_text(0, "Line one\nLine two\tTabbed") == "Line one Line two Tabbed"
    assert label_text(0, ARABIC) == ARABIC
