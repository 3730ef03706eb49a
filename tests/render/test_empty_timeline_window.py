"""A timeline with no dated event opens on a sensible window, never on January 1970."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timelineapp.model.calendar import SECONDS_PER_DAY, to_seconds
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import timeline_range
from timelineapp.render.timemap import EMPTY_MIN_SPAN, empty_range
from timelineapp.ui.empty_view import paint_empty_message


def _empty_timeline(tmp_path: Path, published: str | None) -> Timeline:
    (tmp_path / "a.txt").write_text("Texte.", encoding="utf-8")
    documents = [{"id": "a", "title": "A", "path": "a.txt", "published": published}]
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Empty",
        "language": "fr",
        "documents": documents,
        "actors": [],
        "events": [],
    }
    path = tmp_path / "empty.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = load_event_file(path)
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)


@pytest.mark.usefixtures("qapp")
def test_an_empty_file_shows_its_documents_publication(tmp_path: Path) -> None:
    timeline = _empty_timeline(tmp_path, "2024-06")
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    t0, t1 = timeline_range(timeline, mask)
    assert t0 <= to_seconds(2024, 6, 1)
    assert to_seconds(2024, 7, 1) <= t1
    assert t1 - t0 >= EMPTY_MIN_SPAN  # not zoomed into one month's days
    assert t1 - t0 < 200 * SECONDS_PER_DAY


@pytest.mark.usefixtures("qapp")
def test_an_empty_file_without_dated_documents_shows_today(tmp_path: Path) -> None:
    timeline = _empty_timeline(tmp_path, None)
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    t0, t1 = timeline_range(timeline, mask)
    assert t0 < time.time() < t1
    assert t0 > to_seconds(2000, 1, 1)  # not the Unix epoch


def test_the_empty_range_is_centred_on_now_when_given() -> None:
    now = float(to_seconds(2030, 3, 1))
    t0, t1 = empty_range((), now)
    assert t0 < now < t1
    assert abs((t0 + t1) / 2 - now) < 1


def test_a_long_empty_view_message_wraps_inside_the_view(qapp: QApplication) -> None:
    text = (
        "Aucun des 3 événements correspondants n’est dans cette période, et l’événement "
        "correspondant n’a pas de date : voir le tableau Événements."
    )
    width, height = 500, 300
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPointSizeF(11)
    paint_empty_message(
        painter, QRectF(0, 0, width, height), font, (QColor("black"), QColor("blue")), text, ""
    )
    painter.end()
    white = QColor("white").rgb()
    rows = [y for y in range(height) if any(image.pixel(x, y) != white for x in range(width))]
    columns = [x for x in range(width) if any(image.pixel(x, y) != white for y in range(height))]
    line = QFontMetricsF(font).height()
    assert rows[-1] - rows[0] > 2 * line  # wrapped on several lines, not cut on one
    assert columns[0] >= 16
    assert columns[-1] <= width - 16
