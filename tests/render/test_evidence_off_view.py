"""A mark just off the view's left edge keeps no evidence marks in view: its label may be
held at the edge (QA #114), but a "B2" grade and source bars beside no mark read as
belonging to nothing (screen and exports build the same scene)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QFont

from timelineapp.model.calendar import SECONDS_PER_DAY, to_seconds
from timelineapp.model.timeline import Timeline
from timelineapp.render.export_layout import export_font
from timelineapp.render.scene_items import mark_body

from .conftest import scene_at

SIGNING = to_seconds(2024, 5, 19)


def _views() -> list[tuple[float, float, int]]:
    """Views whose left edge falls just after the example's graded events (seeded)."""
    rng = random.Random(11)
    views = [(SIGNING + 34 * 3600, 41.0, 470)]  # the signing's day bar ends 5 px left
    for _ in range(40):
        days = 10 ** rng.uniform(0.5, 3.5)
        start = SIGNING + rng.uniform(0.0, 0.05) * days * SECONDS_PER_DAY
        views.append((start, days, rng.choice([300, 470, 1024])))
    return views


@pytest.mark.parametrize("font", [QFont, export_font], ids=["screen", "export"])
def test_evidence_marks_are_drawn_only_beside_a_drawn_mark(
    niger: Timeline, font: type[QFont]
) -> None:
    off_view_seen = 0
    for start, days, width in _views():
        scene = scene_at(niger, font(), start, days, width)
        marks = {m.event: m for m in scene.marks}
        with_decor = {d.event for d in scene.evidence}
        for decor in scene.evidence:
            left, right = mark_body(marks[decor.event], scene.geometry)
            label = marks[decor.event].label
            assert right > 0, (days, width, label)
            assert left < scene.width, (days, width, label)
        off_view_seen += sum(
            1
            for m in scene.marks
            if mark_body(m, scene.geometry)[1] <= 0 and m.event not in with_decor
        )
    assert off_view_seen  # the views do hold marks just off the left edge


def test_the_signing_off_the_left_edge_keeps_its_label_but_not_its_grade(niger: Timeline) -> None:
    scene = scene_at(niger, QFont(), SIGNING + 34 * 3600, 41.0, 470)
    signing = [m for m in scene.marks if m.label.startswith("Signature de l’accord sur")]
    assert len(signing) == 1
    assert signing[0].x1 < 0
    assert signing[0].event not in {d.event for d in scene.evidence}
    graded = [d for d in scene.evidence if d.grade is not None]
    assert graded  # the marks in view keep theirs
