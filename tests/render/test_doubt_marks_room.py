"""A component's doubt mark ("(?)") and the label's "[1]" keep clear of each other and the mark."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from timelineapp.model.dates import DateForm
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render import export_layout
from timelineapp.render.date_marks import DateFormMark, Doubt
from timelineapp.render.date_marks_paint import paint_doubts
from timelineapp.render.scene import label_text, shown_flags
from timelineapp.render.theme import theme

EDTF_FORMS = Path(__file__).parent.parent / "data" / "edtf" / "edtf-forms.timeline.json"

WIDTH, HEIGHT, X, CY = 200, 40, 100.0, 30.0


def _painted_columns(label_left: bool) -> list[int]:
    colours = theme("light")
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(colours.background)
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(13)
    form = DateFormMark(form=0, doubts=(Doubt(X, X, "?", "day", 0),))
    paint_doubts(painter, form, CY, colours, font, WIDTH, label_left=label_left)
    painter.end()
    background = QColor(colours.background).rgb()
    return [x for x in range(WIDTH) if any(image.pixel(x, y) != background for y in range(HEIGHT))]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("label_left", [True, False])
def test_the_doubt_mark_of_a_day_keeps_off_the_label_side(label_left: bool) -> None:
    painted = _painted_columns(label_left)
    assert painted  # the bracket and its "(?)" are drawn
    if label_left:
        assert min(painted) >= X - 2  # the label ends left of the mark, its "[1]" too
    else:
        assert max(painted) <= X + 2 + 2  # the bracket is at least 2 px wide
    # The mark itself is wider than the bracket: it went to the free side.
    assert max(painted) - min(painted) > 8


@pytest.mark.usefixtures("qapp")
def test_labels_of_dates_in_doubt_on_one_component_keep_room_for_their_citation() -> None:
    """``2004?-06-11`` has no "(?)" on its label (the doubt is drawn over the year): the
    room for its "[1]" must be added to the label as drawn, or "[1]" runs under its mark."""
    result = load_event_file(EDTF_FORMS)
    assert result.loaded is not None
    timeline = Timeline(result.loaded)
    index = timeline.index
    qualified = [e for e in range(index.count) if index.date_form[e] & DateForm.COMPONENT_QUALIFIED]
    assert qualified  # the sample has dates in doubt on one component
    font, cite_font = QFont(), QFont()
    cite_font.setPixelSize(9)
    citations = {e: "[1]" for e in range(index.count)}
    measure = export_layout._measure_with_citations(timeline, font, cite_font, citations)
    metrics = QFontMetricsF(font)
    cite = QFontMetricsF(cite_font).horizontalAdvance("[1]")
    drawn = shown_flags(index, np.array(qualified, dtype=np.int64))
    for e, flags in zip(qualified, drawn.tolist(), strict=True):
        text = label_text(int(flags), timeline.titles[e])
        assert measure(text) >= metrics.horizontalAdvance(text) + cite, timeline.titles[e]
