"""Labels are whole when the view has room for them, in the window and in exports alike."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering import FilterEngine, FilterSpec
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import ExportOptions
from timelineapp.render.export_layout import plan_export
from timelineapp.render.export_options import ExportSubject
from timelineapp.render.scene import Scene, label_width
from timelineapp.render.timemap import view_range
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.timeline_widget import TimelineWidget


def clipped(scene: Scene, measure: object) -> list[int]:
    """Events whose label runs past the right edge (the painter would elide it)."""
    return [
        m.event
        for m in scene.marks
        if m.label_x + label_width(measure, m.flags, m.review, m.label) > scene.width + 0.5  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize("actor", ["russie", "france", "etats-unis"])
@pytest.mark.parametrize("width", [630, 900])
def test_fit_all_keeps_labels_whole_in_widget_and_export(
    qtbot: QtBot, niger_timeline: Timeline, actor: str, width: int
) -> None:
    controller = TimelineController()
    controller.set_timeline(niger_timeline)
    view = TimelineWidget(controller)
    qtbot.addWidget(view)
    view.resize(width, 400)
    view.show()
    mask = FilterEngine.from_timeline(niger_timeline).mask(FilterSpec(actors=frozenset({actor})))
    controller.set_mask(mask, actor)
    view.fit_all()  # Ctrl+0
    widget_scene = view.scene
    assert widget_scene.marks
    assert clipped(widget_scene, view._measure) == []

    options = ExportOptions(width=width, include_footer=False, include_legend=False)
    plan = plan_export(
        ExportSubject(niger_timeline, mask, niger_timeline.index.cumulative_mask(mask), actor),
        view_range(niger_timeline.index, mask),
        options,
        lambda _: None,
    )
    export_scene = plan.pages[0].scene
    assert export_scene is not None
    assert clipped(export_scene, plan.context.measure) == []

    # The same events get a lane, on the same side of their marks, in both.
    def sides(scene: Scene) -> dict[int, bool]:
        return {m.event: m.label_x >= m.x0 for m in scene.marks}

    assert sides(widget_scene) == sides(export_scene)
