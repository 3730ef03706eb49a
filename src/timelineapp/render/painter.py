"""The one painter of a timeline view: draws a :class:`Scene` onto any QPainter.

The widget paints with it and PNG/SVG/PDF export paints with it, so what you see is what
you export. It draws only what the scene gives it; no layout or filtering happens here.
The pieces live beside it: ``mark_paint`` (one event's mark), ``axis_paint`` (grid, axis,
breaks, documents), ``date_marks_paint`` and ``evidence_marks`` (date forms, evidence).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QPainter,
    QPen,
)

from .axis_paint import (
    paint_axis,
    paint_break_marks,
    paint_breaks,
    paint_documents,
    paint_grid,
)
from .badges import badge_box, badge_text
from .date_word_parts import words_locale
from .evidence_marks import paint_evidence_over, paint_evidence_under
from .label_measure import label_measure
from .mark_paint import paint_mark
from .paint_options import PaintOptions
from .scene import Cluster, Scene
from .theme import Theme

# PaintOptions is part of paint_scene's signature: callers import it from here.
__all__ = ["PaintOptions", "label_measure", "paint_cluster", "paint_scene"]


def paint_scene(painter: QPainter, scene: Scene, theme: Theme, options: PaintOptions) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setFont(options.font)
    painter.fillRect(QRectF(0, 0, scene.width, scene.height), theme.background)
    paint_grid(painter, scene, theme)
    metrics = QFontMetricsF(options.font)
    if scene.breaks:
        paint_breaks(painter, scene, theme, metrics)
    if scene.density is not None:
        _paint_density(painter, scene, theme)
    paint_evidence_under(painter, scene, theme)
    for mark in scene.marks:
        paint_mark(painter, scene, theme, options, metrics, mark)
    paint_evidence_over(painter, scene, theme, options.font)
    for cluster in scene.clusters:
        paint_cluster(painter, scene, theme, metrics, cluster, cluster == options.hover_cluster)
    if scene.covering:
        _paint_covering(painter, scene, theme, metrics, options.covering_label)
    paint_axis(painter, scene, theme, metrics)
    if scene.breaks:
        paint_break_marks(painter, scene, theme, metrics)
    paint_documents(painter, scene, theme)
    painter.restore()


def _paint_density(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Per-column counts as a histogram image: cost follows the width, not the events."""
    assert scene.density is not None
    counts = scene.density
    width = counts.size
    top = scene.geometry.top
    height = max(1, int(scene.axis_top - top - scene.geometry.lane_height - 6))
    peak = float(counts.max()) if counts.size else 0.0
    if peak <= 0:
        return
    # Log scale: one event in a column stays visible beside a column of ten thousand.
    heights = np.ceil(np.log1p(counts) / math.log1p(peak) * height).astype(np.int32)
    rows = np.arange(height, dtype=np.int32)[:, None]
    filled = rows >= (height - heights)[None, :]
    color = theme.density
    argb = np.uint32((200 << 24) | (color.red() << 16) | (color.green() << 8) | color.blue())
    pixels = np.where(filled, argb, np.uint32(0)).astype(np.uint32)
    pixels = np.ascontiguousarray(pixels)
    from PySide6.QtGui import QImage  # PySide makes the class at its import: ~3 M instructions

    image = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_ARGB32)
    painter.drawImage(QRectF(0, top + scene.geometry.lane_height, width, height), image)


def paint_cluster(
    painter: QPainter,
    scene: Scene,
    theme: Theme,
    metrics: QFontMetricsF,
    cluster: Cluster,
    hovered: bool,
) -> None:
    text = badge_text(cluster)
    h = scene.geometry.lane_height - 6
    x, right = badge_box(cluster, scene, metrics, text)
    w = right - x
    y = scene.geometry.top + 2 if scene.dense else scene.cluster_y + 3
    rect = QRectF(x, y, w, h)
    painter.setPen(QPen(theme.grid_major if not hovered else theme.selection, 1.2))
    painter.setBrush(theme.cluster)
    painter.drawRoundedRect(rect, h / 2, h / 2)
    painter.setPen(theme.cluster_text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _paint_covering(
    painter: QPainter, scene: Scene, theme: Theme, metrics: QFontMetricsF, label: str
) -> None:
    """One hatched band counting the events whose dates span the whole view."""
    h = scene.geometry.lane_height - 6
    rect = QRectF(2, scene.covering_y + 3, scene.width - 4, h)
    painter.setPen(QPen(theme.grid_major, 1))
    painter.setBrush(QBrush(theme.grid_major, Qt.BrushStyle.BDiagPattern))
    painter.drawRoundedRect(rect, 3, 3)
    # Grouped as the cluster counts are: in the language of the words drawn.
    text = label.replace("{count}", words_locale().toString(scene.covering))
    box = QRectF(rect.left() + 8, rect.top(), metrics.horizontalAdvance(text) + 12, h)
    painter.fillRect(box, theme.cluster)
    painter.setPen(theme.cluster_text)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
