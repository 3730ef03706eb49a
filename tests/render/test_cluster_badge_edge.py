"""A "+N" badge at the view's right edge is drawn whole, moved left (QA #41: it read "+", the
count cut off at 1024×700), and a click on it still opens its cluster."""

from __future__ import annotations

import copy

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.badges import BADGE_EDGE, cluster_span
from timelineapp.render.hit_test import hit_test
from timelineapp.render.scene import Cluster
from timelineapp.resources import example_event_file

from .conftest import ShowTimeline


def test_a_badge_at_the_right_edge_moves_inside(qapp: QApplication) -> None:
    metrics = QFontMetricsF(QFont())
    cluster = Cluster(465.0, 466.0, 0.0, 1.0, 11, (1, 2))
    left, right = cluster_span(cluster, metrics, 470.0)
    assert right <= 470.0 - BADGE_EDGE
    assert right - left >= metrics.horizontalAdvance("+11")
    inside = Cluster(100.0, 101.0, 0.0, 1.0, 11, (1, 2))
    assert cluster_span(inside, metrics, 470.0)[0] == 100.0  # room: where its events are


def test_a_click_on_the_moved_badge_opens_its_cluster(show_timeline: ShowTimeline) -> None:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    widget = show_timeline(Timeline(result.loaded), 470, 300)
    scene = copy.copy(widget.scene)
    cluster = Cluster(465.0, 466.0, 0.0, 1.0, 11, (1, 2))
    scene.clusters = [cluster]
    y = scene.cluster_y + scene.geometry.lane_height / 2
    metrics = QFontMetricsF(widget.font())
    left, _ = cluster_span(cluster, metrics, scene.width)
    assert hit_test(scene, left + 3, y, metrics.horizontalAdvance).cluster == cluster


def test_what_a_click_hits_is_the_badge_as_drawn(show_timeline: ShowTimeline) -> None:
    # The hit area was its own guess (a 40 px badge, 42 px from the edge): a wide "+1,069"
    # at the edge, or a click just right of a narrow badge, disagreed with the drawing.
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    widget = show_timeline(Timeline(result.loaded), 470, 300)
    scene = copy.copy(widget.scene)
    wide = Cluster(465.0, 466.0, 0.0, 1.0, 1069, (1, 2))
    scene.clusters = [wide]
    y = scene.cluster_y + scene.geometry.lane_height / 2
    measure = QFontMetricsF(widget.font()).horizontalAdvance
    left, _ = cluster_span(wide, measure, scene.width)
    assert hit_test(scene, left + 1, y, measure).cluster == wide
    assert hit_test(scene, left - 10, y, measure).cluster is None
