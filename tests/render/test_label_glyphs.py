"""Labels in scripts an italic face lacks are drawn in a font that has their glyphs (QA #113:
an unreviewed Arabic title was a row of boxes on the timeline and in exports, because
DejaVu Sans Oblique has no Arabic and Qt never falls back from italic to upright)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from msgspec.structs import replace
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication

from timelineapp.model.file_format import ReviewState
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import render_export, timeline_range
from timelineapp.render.export_layout import export_font
from timelineapp.render.export_options import ExportFormat, ExportOptions, ExportSubject
from timelineapp.render.font_gaps import code_points, missing_characters
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


def test_the_characters_no_font_has_are_named_not_the_ones_drawn() -> None:
    font = export_font()
    _arabic_somewhere(font)
    helmet = 0x1FA96  # 🪖
    titles = [ARABIC, "Retrait 🇳🇪 des troupes \U0001fa96\ufe0f — ok", "Line\none\u200b", LATIN]
    missing = missing_characters(titles, np.arange(len(titles), dtype=np.int64), font, 100)
    assert ord("ن") not in missing
    assert not {0x0A, 0x200B, 0xFE0F} & set(missing)  # drawn as nothing, not as boxes
    has_emoji = QFontMetricsF(font).inFontUcs4(helmet)
    assert (helmet in missing) is not has_emoji
    assert missing_characters(titles, np.arange(len(titles), dtype=np.int64), font, 3) == []
    assert code_points([0x1F1F3, helmet]) == "U+1F1F3, U+1FA96"
    assert code_points(list(range(0x2600, 0x2600 + 12))).endswith(", …")


def test_an_export_footer_names_the_characters_drawn_as_boxes(tmp_path: Path) -> None:
    events = [
        {"id": "a", "title": "Retrait \U0001fa96 des troupes", "date": "2024-06-01"},
        {"id": "b", "title": ARABIC, "date": "2024-06-03"},
    ]
    path = tmp_path / "emoji.timeline.json"
    path.write_text(
        json.dumps({"format": "timelineapp/events", "version": 1, "title": "t", "events": events}),
        encoding="utf-8",
    )
    result = load_event_file(path)
    assert result.loaded is not None
    timeline = Timeline(result.loaded)
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    subject = ExportSubject(timeline, mask, timeline.index.cumulative_mask(mask), "")
    options = ExportOptions(format=ExportFormat.SVG, export_date="2026-11-27")
    svg = render_export(subject, timeline_range(timeline, mask), options).data.decode()
    if QFontMetricsF(export_font()).inFontUcs4(0x1FA96):
        assert "drawn as boxes" not in svg
    else:
        assert "drawn as boxes: U+1FA96" in svg
