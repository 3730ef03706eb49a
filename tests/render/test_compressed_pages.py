"""``export --pages N --compress`` (QA #56): pages turn at the breaks and in pauses between
events, every event is labelled whole on some page, and no page repeats another's events
only; a label a page's left edge would cut is left out, never drawn cut."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from msgspec.structs import replace
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from timelineapp.model.calendar import to_seconds
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import ExportFormat, ExportOptions, timeline_range
from timelineapp.render.export_layout import plan_export
from timelineapp.render.export_options import ExportSubject
from timelineapp.render.label_measure import FontMeasure
from timelineapp.render.mark_paint import paint_mark
from timelineapp.render.painter import PaintOptions
from timelineapp.render.theme import theme

FORMS_FILE = Path(__file__).parents[1] / "data" / "edtf" / "edtf-forms.timeline.json"


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
    # No page is a stretch of one band (two pages of 2012 alone before): each labels events,
    # and the page before the break labels none after it (page 1 drew 2024 events past the
    # break, cut, that page 2 drew again: QA #141).
    assert all(whole)
    assert whole[0] == in_2012
    first = plan.pages[0].scene
    assert first is not None
    assert {m.event for m in first.marks} == in_2012
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


def test_a_page_turns_at_the_break_and_draws_no_event_of_the_next(
    tmp_path: Path, qapp: object
) -> None:
    """QA #141: the built draft's shape (one 2012 event with a long title, events from April
    2024): with --pages 2 page 1 ran from 2012 to mid-June 2024, drawing the 2024 events
    cut at its right edge that page 2 drew again."""
    from timelineapp.render.compress import find_compression

    data = json.loads(FORMS_FILE.read_text(encoding="utf-8"))
    template = data["events"][0]
    dated = [
        ("2012", "Accord de coopération militaire signé avec les États-Unis " * 2),
        ("2024-04/2024-05", "Du matériel et du personnel militaires russes ont été déployés"),
        ("2024-05-19", "Depuis la signature de l’accord sur le retrait des troupes"),
        ("[2024-05-31..2024-06-28]", "C’est l’annonce faite par les autorités militaires"),
        ("[2024-05-31..2024-06-29]", "Communiqué rendu public"),
        ("[..2024-09-15]", "Cette opération devra s’achever"),
    ]
    data["events"] = [
        {**template, "id": f"e{k}", "title": title, "date": date}
        for k, (date, title) in enumerate(dated)
    ]
    path = tmp_path / "draft.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = load_event_file(path)
    assert result.loaded is not None
    timeline = Timeline(result.loaded)
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    compression = find_compression(timeline.index, mask)
    assert compression is not None
    subject = ExportSubject(timeline, mask, timeline.index.cumulative_mask(mask), "")
    options = ExportOptions(format=ExportFormat.PDF, pages=2, compress=True)
    plan = plan_export(subject, timeline_range(timeline, mask), options, lambda _: None)
    first, second = (page.scene for page in plan.pages)
    assert first is not None
    assert second is not None
    in_2024 = {
        e for e in range(timeline.index.count) if timeline.index.earliest[e] >= to_seconds(2024)
    }
    assert {m.event for m in first.marks} == {0}
    assert {m.event for m in second.marks} == in_2024
    break_middle = compression.packed(float(compression.starts[0])) + compression.kept[0] / 2
    assert first.timemap.end <= break_middle + 1
    assert second.timemap.start >= break_middle - 1
