"""The Legend pane wraps its texts to the dock's width; exports keep their layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timelineapp.render.export_layout import export_font
from timelineapp.render.legend import (
    LegendKind,
    legend_layout,
    paint_legend,
    scene_kinds,
)
from timelineapp.render.theme import theme
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application

_PAD, _SAMPLE_W, _SAMPLE_GAP = 8.0, 56.0, 6.0  # legend.py's box and sample geometry


@pytest.mark.shared_window
def test_a_220_px_legend_pane_wraps_without_a_horizontal_scroll_bar(app: Application) -> None:
    assert app.opener.open(example_event_file())
    pane = app.window.legend_pane
    pane.resize(220, 400)
    QApplication.processEvents()
    assert pane.width() == 220
    canvas = pane.canvas
    assert pane.horizontalScrollBar().maximum() == 0
    assert canvas.width() <= pane.viewport().width()
    kinds = scene_kinds(app.window.timeline.scene)
    layout = legend_layout(
        canvas.font(), canvas._entries(), kinds=kinds, max_width=canvas.width() - 12, wrap=True
    )
    metrics = QFontMetricsF(canvas.font())
    assert layout.columns == 1
    assert _PAD + layout.cell_w <= canvas.width() - 12  # margins of the pane on both sides
    wrapped = 0
    for _, entries in layout.sections:
        for entry in entries:
            # Every word drawn, and every line within the room beside the sample.
            assert " ".join(entry.lines).split() == entry.text.split()
            assert all(metrics.horizontalAdvance(line) <= layout.text_w for line in entry.lines)
            wrapped += len(entry.lines) > 1
    assert wrapped  # at 220 px, English texts like "Imprecise date (sometime in here)" wrap
    # Rows grow with their lines: the canvas is tall enough for all of them.
    assert canvas.height() >= layout.size.height()


def test_exports_lay_their_legend_out_unwrapped(qapp: QApplication) -> None:
    font = export_font()
    actors = [("Niger", 0), ("Commission mixte de désengagement", 2)]
    for width in (300.0, 700.0, 1500.0):
        plain = legend_layout(font, actors, kinds=list(LegendKind), max_width=width)
        assert all(len(e.lines) == 1 for _, es in plain.sections for e in es)
        assert all(h == plain.row_h for hs in plain.row_heights for h in hs)
    # Wide enough for one column: wrapping changes nothing.
    wide = legend_layout(font, actors, kinds=list(LegendKind), max_width=1500.0, wrap=True)
    assert wide == legend_layout(font, actors, kinds=list(LegendKind), max_width=1500.0)


def test_the_uncertain_sample_leaves_room_before_its_text(qapp: QApplication) -> None:
    font = export_font()
    image = QImage(400, 60, QImage.Format.Format_ARGB32_Premultiplied)
    background = QColor(theme("light").background)
    image.fill(background)
    painter = QPainter(image)
    size = paint_legend(
        painter, QPointF(0, 0), theme("light"), font, [], kinds=[LegendKind.UNCERTAIN]
    )
    painter.end()
    # Between the sample's "(?)" and the entry's text, a clear strip of a few pixels.
    text_x = _PAD + _SAMPLE_W + _SAMPLE_GAP
    strip = range(int(text_x) - 10, int(text_x) - 1)
    top = int(size.height()) - int(_PAD) - 24
    for x in strip:
        for y in range(top, int(size.height()) - int(_PAD)):
            assert image.pixelColor(x, y) == background, (x, y)
