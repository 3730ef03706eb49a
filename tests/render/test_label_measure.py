"""Label widths: memoised per font, unreviewed labels measured in the italic they are drawn
in, and what a frame re-reads kept across frames (titles, widths, bands cut to the view)."""

from __future__ import annotations

import math

import pytest
from msgspec.structs import replace
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timelineapp.model.file_format import ReviewState
from timelineapp.model.time_index import REVIEW_CODES
from timelineapp.model.untrusted_text import ShownTexts
from timelineapp.render.export_layout import export_font
from timelineapp.render.inputs import RememberedTexts
from timelineapp.render.label_measure import FontMeasure, label_measure
from timelineapp.render.mark_paint import on_screen
from timelineapp.render.painter import PaintOptions, paint_scene
from timelineapp.render.scene import Geometry, Mark, Scene, label_width
from timelineapp.render.theme import ThemeName, theme
from timelineapp.render.ticks import AxisTicks, TickUnit
from timelineapp.render.timemap import TimeMap

from .test_review_marks import _mark as review_mark

WIDTH, HEIGHT = 400, 80
TITLE = "Signature de l'accord de défense"


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Fonts and painting need a running QApplication."""


class CountingMeasure(FontMeasure):
    """A FontMeasure that notes what it is asked (its italic twin notes into the same list)."""

    def __init__(self, font: QFont, asked: list[tuple[bool, str]] | None = None) -> None:
        super().__init__(font)
        self.asked: list[tuple[bool, str]] = [] if asked is None else asked

    def __call__(self, text: str) -> float:
        self.asked.append((self.font.italic(), text))
        return super().__call__(text)

    @property
    def tentative(self) -> FontMeasure:
        if self._tentative is None:
            italic = QFont(self.font)
            italic.setItalic(True)
            self._tentative = CountingMeasure(italic, self.asked)
        return self._tentative


def _mark(review: ReviewState) -> Mark:
    """The review-marks tests' mark, with a label of our own."""
    return replace(review_mark(review), label=TITLE)


def _paint(mark: Mark, options: PaintOptions) -> None:
    geometry = Geometry(top=10.0, lane_height=22.0, axis_height=20.0)
    ticks = AxisTicks(TickUnit.Y10000, [], [], [])
    scene = Scene(TimeMap(0.0, 1.0, WIDTH), WIDTH, HEIGHT, geometry, ticks, 1, [mark])
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint_scene(painter, scene, theme(ThemeName.LIGHT), options)
    painter.end()


def test_the_tentative_twin_measures_in_the_italic_font() -> None:
    font = export_font()
    measure = label_measure(font)
    italic = QFont(font)
    italic.setItalic(True)
    assert measure.tentative.font.italic()
    assert not measure.font.italic()
    assert measure.tentative(TITLE) == QFontMetricsF(italic).horizontalAdvance(TITLE)
    assert measure(TITLE) == QFontMetricsF(font).horizontalAdvance(TITLE)
    assert measure.tentative is measure.tentative  # made once, then kept with its memo


def test_an_unreviewed_label_is_laid_out_with_the_italic_width() -> None:
    measure = label_measure(export_font())
    unreviewed = REVIEW_CODES[ReviewState.UNREVIEWED]
    verified = REVIEW_CODES[ReviewState.VERIFIED]
    assert label_width(measure, 0, unreviewed, TITLE) == measure.tentative(TITLE)
    assert label_width(measure, 0, verified, TITLE) == measure(TITLE)


def test_a_plain_measure_without_an_italic_twin_still_measures_unreviewed_labels() -> None:
    unreviewed = REVIEW_CODES[ReviewState.UNREVIEWED]
    assert label_width(lambda text: 7.0 * len(text), 0, unreviewed, "abc") == 21.0


def test_the_painter_measures_a_tentative_label_with_the_italic_font() -> None:
    font = export_font()
    measure = CountingMeasure(font)
    _paint(_mark(ReviewState.UNREVIEWED), PaintOptions(font=font, measure=measure))
    assert (True, TITLE) in measure.asked
    assert (False, TITLE) not in measure.asked


def test_the_painter_measures_a_reviewed_label_with_the_normal_font() -> None:
    font = export_font()
    measure = CountingMeasure(font)
    _paint(_mark(ReviewState.VERIFIED), PaintOptions(font=font, measure=measure))
    assert (False, TITLE) in measure.asked
    assert (True, TITLE) not in measure.asked


def test_paint_options_use_the_callers_measure_only_for_its_own_font() -> None:
    font = export_font()
    measure = label_measure(font)
    assert PaintOptions(font=font, measure=measure).label_measure is measure
    bigger = QFont(font)
    bigger.setPixelSize(font.pixelSize() * 2)
    other = PaintOptions(font=bigger, measure=measure).label_measure
    assert other is not measure
    assert other(TITLE) > measure(TITLE)
    assert PaintOptions(font=font, measure=measure).tentative_font.italic()


def test_a_band_far_wider_than_the_view_is_cut_by_whole_dash_periods() -> None:
    period = 4.2  # a 1.4 px dotted pen
    x0, x1 = on_screen(-1.0e7, 3.0e7, 800.0, period)
    assert -40.0 < x0 <= -16.0  # just left of the view: its cut end is never seen
    assert 816.0 <= x1 < 840.0
    # The dashes stay where they were: the cut ends are whole periods from the band's own.
    for cut, end in ((x0, -1.0e7), (x1, 3.0e7)):
        periods = (cut - end) / period
        assert math.isclose(periods, round(periods), abs_tol=1e-6)


def test_a_band_inside_the_view_is_left_as_it_is() -> None:
    assert on_screen(10.0, 700.0, 800.0, 4.2) == (10.0, 700.0)


def test_titles_are_shown_once_and_then_remembered() -> None:
    reads: list[int] = []

    class Titles(list[str]):
        def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
            reads.append(i)
            return super().__getitem__(i)

    raw = ["a\u202eb" + "x" * 500, "plain"]  # a direction override and an overlong title
    titles = RememberedTexts(Titles(raw))
    shown = ShownTexts(raw)
    assert titles[0] == shown[0] != raw[0]  # drawn as ShownTexts draws it
    assert titles[0] == shown[0]
    assert reads == [0]  # read and cleaned once
    assert list(titles) == [shown[0], "plain"]
