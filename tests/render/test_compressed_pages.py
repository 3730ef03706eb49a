"""``export --pages N --compress`` (QA #56): pages turn at the breaks and in pauses between
events, every event is labelled whole on some page, and no page repeats another's events
only; a label a page's left edge would cut is left out, never drawn cut."""

from __future__ import annotations

import numpy as np
import pytest
from msgspec.structs import replace
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from timelineapp.model.calendar import to_seconds
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import ExportFormat, ExportOptions, timeline_range
from timelineapp.render.export_layout import plan_export
from timelineapp.render.export_options import ExportSubject
from timelineapp.render.label_measure import FontMeasure
from timelineapp.render.mark_paint import paint_mark
from timelineapp.render.painter import PaintOptions
from timelineapp.render.theme import theme


@pytest.mark.parametrize("pages", [2, 3, 4])
def test_compressed_pages_each_label_their_own_events_whole(niger: Timeline, pages: int) -> None:
    mask = np.ones(niger.index.count, dtype=np.bool_)
    subject = ExportSubject(niger, mask, niger.index.cumulative_mask(mask), "")
    options = ExportOptions(format=ExportFormat.PDF, pages=pages, compress=True, width=1600)
    plan = plan_export(subject, timeline_range(niger, mask), options, lambda _: None)
    assert len(plan.pages) == pages
    measure = FontMeasure(plan.context.font)
    whole: list[set[int]] = []
    for page in plan.pages:
        scene = page.scene
        assert scene is not None
        whole.append(
            {
                m.event
                for m in scene.marks
                if m.label_x >= 0 and m.label_x + measure(m.label) <= scene.width
            }
        )
    assert set().union(*whole) == set(range(niger.index.count))  # each labelled whole once
    in_2012 = {e for e in range(niger.index.count) if niger.index.earliest[e] < to_seconds(2013)}
    assert in_2012 <= whole[0]
    # No page is a stretch of one band (two pages of 2012 alone before): each labels events.
    assert all(len(labelled) >= 2 for labelled in whole)
    last = plan.pages[-1].scene
    assert last is not None
    latest = max(int(niger.index.latest[e]) for e in range(niger.index.count))
    assert last.timemap.start < plan_export_packed(niger, latest) <= last.timemap.end


def plan_export_packed(niger: Timeline, t: int) -> float:
    """``t`` on the compressed axis the export lays out."""
    from timelineapp.render.compress import find_compression

    compression = find_compression(niger.index, np.ones(niger.index.count, dtype=np.bool_))
    assert compression is not None
    return compression.packed(t)


def _painted_left(whole_labels: bool, niger: Timeline) -> int:
    """Dark pixels of the label left of x=60 for a mark whose label starts at x=-40."""
    mask = np.ones(niger.index.count, dtype=np.bool_)
    subject = ExportSubject(niger, mask, niger.index.cumulative_mask(mask), "")
    plan = plan_export(
        subject, timeline_range(niger, mask), ExportOptions(format=ExportFormat.PNG), print
    )
    scene = plan.pages[0].scene
    assert scene is not None
    mark = next(m for m in scene.marks if m.point)
    shifted = replace(mark, x0=200.0, x1=200.0, core0=200.0, core1=200.0, label_x=-40.0)
    image = QImage(400, int(scene.height), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(plan.context.font)
    options = PaintOptions(font=font, whole_labels=whole_labels)
    paint_mark(painter, scene, theme("light"), options, QFontMetricsF(font), shifted)
    painter.end()
    y = int(scene.lane_y(mark.lane))
    area = image.copy(QRectF(0, y, 60, scene.geometry.lane_height).toRect())
    return sum(
        1
        for px in range(area.width())
        for py in range(area.height())
        if QColor(area.pixel(px, py)).lightness() < 128
    )


def test_an_export_leaves_out_a_label_its_left_edge_would_cut(niger: Timeline) -> None:
    assert _painted_left(False, niger) > 0  # the screen draws it, sliding out of sight
    assert _painted_left(True, niger) == 0
