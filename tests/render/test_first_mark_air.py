"""An export fitted to its events keeps air before the first mark (QA, session 10: the
cosmic timeline's Big Bang touched the image's left edge and the "−14 Ga" tick was gone)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import ExportSubject, render_export, timeline_range
from timelineapp.render.export_options import ExportFormat, ExportOptions

DEEP_TIME = Path(__file__).parents[1] / "data" / "edtf" / "deep-time.timeline.json"


def test_the_first_mark_of_a_deep_time_export_stands_clear_of_the_left_edge(
    qapp: QApplication,
) -> None:
    result = load_event_file(DEEP_TIME)
    assert result.loaded is not None
    timeline = Timeline(result.loaded)
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    subject = ExportSubject(timeline, mask, timeline.index.cumulative_mask(mask), "")
    options = ExportOptions(width=1400, format=ExportFormat.PNG, export_date="2026-11-26")
    data = render_export(subject, timeline_range(timeline, mask), options).data
    image = QImage.fromData(data)
    assert image.width() == 1400
    # The lanes: below the title, above the axis (at this file's 7 lanes, y 70-240).
    dark = [
        (x, y)
        for x in range(12)
        for y in range(70, 240)
        if image.pixelColor(x, y).lightness() < 160
    ]
    assert not dark, dark[:5]
