"""Where a cluster's "+N" badge is drawn: one rule for the painter (``painter.paint_cluster``,
the break labels beside the badges) and for what a click or hover hits (``hit_test``).

Qt-free at import (``scene`` imports ``hit_test`` before PySide; tests/ui/test_startup_imports):
the number's grouping comes from the words' ``QLocale`` when a badge is measured."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .scene_items import Cluster, Scene

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetricsF

__all__ = ["BADGE_EDGE", "badge_box", "badge_text", "cluster_span"]


def badge_text(cluster: Cluster) -> str:
    """A cluster's "+N", grouped as the words' language writes numbers ("+1,069", "+1 069"):
    the window's language on screen, the export's language in an export."""
    from .date_word_parts import words_locale

    return "+" + words_locale().toString(cluster.count)


def cluster_span(
    cluster: Cluster,
    metrics: QFontMetricsF | Callable[[str], float],
    view_width: float | None = None,
    text: str | None = None,
) -> tuple[float, float]:
    """The pixels a cluster's "+N" badge takes on its lane (as ``paint_cluster`` draws it):
    from its first event, moved left as far as needed to stay whole inside a view
    ``view_width`` wide (QA #41: at the right edge it read "+", its count cut off).
    ``metrics``: the label font's metrics, or a function measuring a text in it; ``text``
    the badge's :func:`badge_text` when the caller has it already."""
    measure = metrics if callable(metrics) else metrics.horizontalAdvance
    if text is None:
        text = badge_text(cluster)
    width = max(cluster.x1 - cluster.x0, measure(text) + 12)
    left = cluster.x0
    if view_width is not None:
        left = max(0.0, min(left, view_width - width - BADGE_EDGE))
    return left, left + width


def badge_box(
    cluster: Cluster,
    scene: Scene,
    metrics: QFontMetricsF | Callable[[str], float],
    text: str | None = None,
) -> tuple[float, float]:
    """Where a cluster's badge is drawn, left to right: centred over its events in a dense
    view (at the top), else on the clusters' lane from its first event, inside the view.
    The one rule for the painter and for what a click hits."""
    if scene.dense:
        left, right = cluster_span(cluster, metrics, text=text)
        x = cluster.x0 + (cluster.x1 - cluster.x0 - (right - left)) / 2
        return x, x + right - left
    return cluster_span(cluster, metrics, scene.width, text)


#: Pixels kept between a "+N" badge and the view's right edge.
BADGE_EDGE = 2.0
