"""Evidence on the timeline: where its marks go, that the widget and an export draw them
alike, and that the legend explains them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timelineapp.model.calendar import SECONDS_PER_DAY, to_seconds
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.evidence_layout import EvidenceDecor
from timelineapp.render.export import ExportOptions, ExportSubject, export_font, render_export
from timelineapp.render.inputs import scene_inputs
from timelineapp.render.legend import LegendKind, scene_kinds
from timelineapp.render.scene import build_scene
from timelineapp.render.theme import theme
from timelineapp.render.ticks import PlainNames
from timelineapp.render.timemap import TimeMap
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.timeline_widget import TimelineWidget

BRIDGE = Path(__file__).parents[1] / "data" / "evidence" / "bridge.timeline.json"
MARCH = (to_seconds(2024, 2, 26), to_seconds(2024, 3, 20))


@pytest.fixture(scope="module")
def bridge() -> Timeline:
    loaded = load_event_file(BRIDGE).loaded
    assert loaded is not None
    return Timeline(loaded)


def _scene(timeline: Timeline, show_lag: bool = False, width: float = 1000.0) -> object:
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    inputs = scene_inputs(timeline, mask, timeline.index.cumulative_mask(mask), show_lag=show_lag)
    start, end = MARCH
    tm = TimeMap(start, (end - start) / width, width)
    return build_scene(inputs, tm, 400.0, lambda text: 7.0 * len(text), PlainNames())


def _decor(scene: object, timeline: Timeline, event_id: str) -> EvidenceDecor:
    number = timeline.event_number[event_id]
    [decor] = [d for d in scene.evidence if d.event == number]  # type: ignore[attr-defined]
    return decor


def test_every_mark_gets_its_evidence(bridge: Timeline) -> None:
    scene = _scene(bridge)
    assert {d.event for d in scene.evidence} == {m.event for m in scene.marks}  # type: ignore[attr-defined]
    closing = _decor(scene, bridge, "fermeture-pont")
    assert (closing.origins, closing.conflict, closing.grade) == (2, True, "A2")
    trucks = _decor(scene, bridge, "arrivee-camions")
    assert (trucks.origins, trucks.conflict, trucks.grade) == (1, False, "?3")


def test_ghosts_sit_at_each_sources_own_date(bridge: Timeline) -> None:
    scene = _scene(bridge)
    tm = scene.timemap  # type: ignore[attr-defined]
    closing = _decor(scene, bridge, "fermeture-pont")
    middles = sorted(round((x0 + x1) / 2) for x0, x1 in closing.ghosts)
    first = tm.to_x(to_seconds(2024, 3, 1) + SECONDS_PER_DAY / 2)
    seventh = tm.to_x(to_seconds(2024, 3, 7) + SECONDS_PER_DAY / 2)
    assert middles == [round(first)] * 2 + [round(seventh)] * 2
    assert closing.common is None  # they do not meet: nothing is supported by all
    assert not _decor(scene, bridge, "arrivee-camions").ghosts  # one source: nothing to weigh


def test_reporting_lag_lines_only_on_demand(bridge: Timeline) -> None:
    assert not any(d.lags for d in _scene(bridge).evidence)  # type: ignore[attr-defined]
    scene = _scene(bridge, show_lag=True)
    tm = scene.timemap  # type: ignore[attr-defined]
    trucks = _decor(scene, bridge, "arrivee-camions")
    # The blog, published 15 March 2024.
    assert trucks.lags == (pytest.approx(tm.to_x(to_seconds(2024, 3, 15) + SECONDS_PER_DAY / 2)),)


def test_the_legend_explains_the_evidence_marks(bridge: Timeline) -> None:
    kinds = scene_kinds(_scene(bridge, show_lag=True))  # type: ignore[arg-type]
    for kind in (LegendKind.SOURCES, LegendKind.CONFLICT, LegendKind.CLAIMS, LegendKind.LAG):
        assert kind in kinds


@pytest.fixture
def _qt(qapp: QApplication) -> None:
    """Painting needs a running QApplication."""


@pytest.mark.usefixtures("_qt")
def test_the_widget_and_an_export_of_the_same_view_draw_the_evidence_alike(
    qtbot: QtBot, bridge: Timeline
) -> None:
    controller = TimelineController()
    view = TimelineWidget(controller)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    controller.set_timeline(bridge)
    view.setFont(export_font())
    view.show_range(*MARCH)
    view.clearFocus()
    scene = view.scene
    assert scene.evidence
    grab = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    options = ExportOptions(
        include_title=False,
        include_legend=False,
        include_footer=False,
        include_filter=False,
        width=view.width(),
        height=view.height(),
    )
    subject = ExportSubject(bridge, controller.mask, controller.cumulative, "")
    result = render_export(subject, view.timemap, options)
    exported = QImage.fromData(result.data).convertToFormat(QImage.Format.Format_RGB32)
    assert (exported.width(), exported.height()) == (grab.width(), grab.height())
    background = QColor(theme("light").background)
    g = scene.geometry
    checked = 0
    for decor in scene.evidence:
        cy = scene.lane_y(decor.lane) + g.lane_height / 2
        bar = (round(decor.x + 1), round(cy - g.marker / 2 - 4))  # inside the first bar
        points = [bar]
        points += [(round((x0 + x1) / 2), round(cy + 9.5)) for x0, x1 in decor.ghosts]
        for x, y in points:
            if 0 <= x < view.width():
                assert grab.pixelColor(x, y) != background, (decor, x, y)
                assert exported.pixelColor(x, y) == grab.pixelColor(x, y)
                checked += 1
    assert checked >= 6
    axis_top = int(scene.axis_top)
    differing = sum(
        grab.pixelColor(x, y) != exported.pixelColor(x, y)
        for x in range(0, view.width(), 3)
        for y in range(0, axis_top, 3)
    )
    assert differing / ((view.width() // 3) * (axis_top // 3)) < 0.01


def test_overlapping_claims_of_different_precision_mark_what_all_support(
    tmp_path: Path,
) -> None:
    import json

    text = "Deux sources."
    quote = {"start": 0, "end": 4, "text": "Deux", "attributed_to": "x"}
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Narrowed",
        "documents": [
            {"id": "a", "title": "A", "text": text},
            {"id": "b", "title": "B", "text": text},
        ],
        "actors": [],
        "events": [
            {
                "id": "e",
                "title": "E",
                "date": "2024-03",
                "sources": [  # quoted: quoted words back an event (model.evidence)
                    {"document": "a", "date": "2024-03", "quotes": [quote]},
                    {"document": "b", "date": "2024-03-07", "quotes": [quote]},
                ],
            }
        ],
    }
    path = tmp_path / "narrowed.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_event_file(path).loaded
    assert loaded is not None
    timeline = Timeline(loaded)
    scene = _scene(timeline)
    [decor] = scene.evidence  # type: ignore[attr-defined]
    tm = scene.timemap  # type: ignore[attr-defined]
    assert not decor.conflict
    assert decor.common == (
        pytest.approx(tm.to_x(to_seconds(2024, 3, 7))),
        pytest.approx(tm.to_x(to_seconds(2024, 3, 8))),
    )
    assert len(decor.ghosts) == 2
