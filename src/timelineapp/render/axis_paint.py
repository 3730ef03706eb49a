"""The time axis as painted: the grid, the tick labels, the compressed stretches (hatched
breaks and their "≈" cuts) and the documents' publication dates on the axis."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from .axis_labels import break_mark_spans, place_row
from .badges import cluster_span
from .break_labels import place_break_labels
from .scene import Scene
from .theme import Theme
from .ticks import Tick


def paint_grid(painter: QPainter, scene: Scene, theme: Theme) -> None:
    bottom = scene.axis_top
    painter.setPen(QPen(theme.grid, 1))
    for x in scene.ticks.minor_gridlines:
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
    painter.setPen(QPen(theme.grid_major, 1))
    for tick in scene.ticks.major:
        if tick.t >= scene.timemap.start:
            painter.drawLine(QPointF(tick.x, 0), QPointF(tick.x, bottom))


def paint_breaks(painter: QPainter, scene: Scene, theme: Theme, metrics: QFontMetricsF) -> None:
    """Compressed stretches: a hatched band under the marks (its words come later, on top)."""
    bottom = scene.axis_top
    for gap in scene.breaks:
        width = max(2.0, gap.x1 - gap.x0)
        band = QRectF(gap.x0, 0, width, bottom)
        painter.fillRect(band, theme.axis_band)
        painter.fillRect(band, QBrush(theme.grid, Qt.BrushStyle.BDiagPattern))
        pen = QPen(theme.grid_major, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(gap.x0, 0), QPointF(gap.x0, bottom))
        painter.drawLine(QPointF(gap.x0 + width, 0), QPointF(gap.x0 + width, bottom))


def paint_break_marks(
    painter: QPainter, scene: Scene, theme: Theme, metrics: QFontMetricsF
) -> None:
    """A "≈" cut through the axis line at each break (the axis is not linear here), and the
    skipped span in words in a box on the lane kept for clusters, which labels never use."""
    h = scene.geometry.lane_height - 6
    y = min(scene.cluster_y + 3, scene.axis_top - h - 2)
    for gap, placed in zip(scene.breaks, break_label_boxes(scene, metrics), strict=True):
        if placed is None:
            continue
        box = QRectF(placed[0], y, placed[1], h)
        text = metrics.elidedText(gap.label, Qt.TextElideMode.ElideRight, placed[1] - 12)
        painter.setPen(QPen(theme.grid_major, 1))
        painter.setBrush(theme.axis_band)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(theme.muted)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    top = scene.axis_top
    for gap in scene.breaks:
        painter.fillRect(QRectF(gap.x0, top - 1, max(2.0, gap.x1 - gap.x0), 6), theme.axis_band)
        painter.setPen(QPen(theme.text, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for x in (gap.x0, max(gap.x0 + 4, gap.x1)):
            for dy in (-2.5, 2.5):
                path = QPainterPath(QPointF(x - 5, top + dy + 2))
                path.cubicTo(
                    QPointF(x - 2, top + dy - 2),
                    QPointF(x + 2, top + dy + 6),
                    QPointF(x + 5, top + dy + 2),
                )
                painter.drawPath(path)


def paint_axis(painter: QPainter, scene: Scene, theme: Theme, metrics: QFontMetricsF) -> None:
    top = scene.axis_top
    painter.fillRect(QRectF(0, top, scene.width, scene.geometry.axis_height), theme.axis_band)
    painter.setPen(QPen(theme.grid_major, 1))
    painter.drawLine(QPointF(0, top), QPointF(scene.width, top))
    row1 = top + 4 + metrics.ascent()
    row2 = row1 + metrics.height() + 2
    painter.setPen(QPen(theme.muted, 1))
    for tick in scene.ticks.minor:
        painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, top + 4))
    painter.setPen(theme.text)
    regular = painter.font()
    bold = QFont(regular)
    bold.setBold(True)
    rows = axis_label_rows(scene, metrics, QFontMetricsF(bold))
    for (ticks, places), baseline, font in zip(rows, (row1, row2), (regular, bold), strict=True):
        painter.setFont(font)
        for tick, x in zip(ticks, places, strict=True):
            if x is not None:
                painter.drawText(QPointF(x, baseline), tick.label)
    painter.setFont(regular)


def axis_label_rows(
    scene: Scene, metrics: QFontMetricsF, bold: QFontMetricsF
) -> list[tuple[list[Tick], list[float | None]]]:
    """The axis's two label rows (minor ticks, then the bold context labels) with where
    each label is drawn, or None (:func:`.axis_labels.place_row`)."""
    majors = [
        tick
        for k, tick in enumerate(scene.ticks.major)
        # Being pushed out by the next period's label: that one gives the context.
        if not (tick.x < 0 and k + 1 < len(scene.ticks.major))
    ]
    # The breaks' "≈" cuts cross the first row only.
    cuts = break_mark_spans([(gap.x0, gap.x1) for gap in scene.breaks])
    rows = []
    for ticks, font_metrics, blocked, keep_first in (
        (scene.ticks.minor, metrics, cuts, False),
        (majors, bold, [], True),
    ):
        widths = [font_metrics.horizontalAdvance(tick.label) for tick in ticks]
        xs = [tick.x for tick in ticks]
        rows.append((ticks, place_row(xs, widths, blocked, scene.width, keep_first)))
    return rows


def paint_documents(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Publication dates of source documents, on the axis: "reported on", not "happened on"."""
    top = scene.axis_top
    painter.setPen(QPen(theme.document, 1.2))
    for doc in scene.documents:
        if doc.x1 - doc.x > 3:
            band = QColor(theme.document)
            band.setAlpha(50)
            painter.fillRect(QRectF(doc.x, top - 5, doc.x1 - doc.x, 5), band)
        x = doc.x if doc.x1 - doc.x <= 3 else (doc.x + doc.x1) / 2
        painter.setBrush(theme.document)
        painter.drawPolygon(
            QPolygonF([QPointF(x - 5, top + 1), QPointF(x + 5, top + 1), QPointF(x, top - 7)])
        )


def badge_spans(scene: Scene, metrics: QFontMetricsF) -> list[tuple[float, float]]:
    """The "+N" badges on the lane kept for clusters (none there when dense: they sit at
    the top)."""
    return [] if scene.dense else [cluster_span(c, metrics, scene.width) for c in scene.clusters]


def break_label_boxes(scene: Scene, metrics: QFontMetricsF) -> list[tuple[float, float] | None]:
    """Each break's words box ``(left, width)`` on the clusters' lane, beside the "+N"
    badges, never over them (:func:`.break_labels.place_break_labels`)."""
    return place_break_labels(
        [(gap.x0, gap.x1) for gap in scene.breaks],
        [metrics.horizontalAdvance(gap.label) + 12 for gap in scene.breaks],
        badge_spans(scene, metrics),
        scene.width,
    )
