"""Hit testing: what is under a point of a scene (a mark or its label, a cluster, a document)."""

from __future__ import annotations

import msgspec

from .badges import badge_box
from .scene_items import Cluster, LabelMeasure, Mark, Scene, label_width, mark_span


class Hit(msgspec.Struct, frozen=True):
    event: int | None = None
    cluster: Cluster | None = None
    document: int | None = None


def hit_test(scene: Scene, x: float, y: float, measure: LabelMeasure) -> Hit:
    """What is under (x, y): an event's mark or label, a cluster, or a document marker."""
    g = scene.geometry
    if scene.covering and scene.covering_y <= y < scene.covering_y + g.lane_height:
        return Hit(cluster=scene.covering_cluster())
    if scene.dense or y >= scene.cluster_y:
        for cluster in scene.clusters:
            in_lane = scene.dense or scene.cluster_y <= y < scene.cluster_y + g.lane_height
            left, right = badge_box(cluster, scene, measure)  # where the painter draws it
            if in_lane and left - 4 <= x <= right + 4:
                return Hit(cluster=cluster)
    if y >= scene.axis_top - 4:
        for doc in scene.documents:
            if abs(x - doc.x) <= 6 or doc.x <= x <= doc.x1:
                return Hit(document=doc.document)
        return Hit()
    lane = int((y - g.top) // g.lane_height)
    best: Mark | None = None
    for mark in scene.marks:
        if mark.lane != lane:
            continue
        width = label_width(measure, mark.flags, mark.review, mark.label)
        left, right = mark_span(mark, width, g)
        # A label running off the edge is drawn cut there (the painter elides it).
        right = min(right, scene.width)
        if left - 2 <= x <= right + 2 and (best is None or mark.x0 > best.x0):
            best = mark
    return Hit(event=best.event if best else None)
