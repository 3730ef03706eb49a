"""The one painter of a timeline view: draws a :class:`Scene` onto any QPainter.

The widget paints with it and PNG/SVG/PDF export paints with it, so what you see is what
you export. It draws only what the scene gives it; no layout or filtering happens here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ..model.dates import Precision
from ..model.file_format import EventStatus, ReviewState
from ..model.time_index import REVIEW_CODES, STATUS_CODES, MarkFlag
from .date_marks_paint import paint_doubts, paint_form_body
from .evidence_marks import paint_evidence_over, paint_evidence_under
from .scene import Cluster, Mark, Scene, label_text
from .theme import Theme
from .ticks import Tick

_PLANNED = STATUS_CODES[EventStatus.PLANNED]
_DEADLINE = STATUS_CODES[EventStatus.DEADLINE]
_DISPUTED = REVIEW_CODES[ReviewState.DISPUTED]
_UNREVIEWED = REVIEW_CODES[ReviewState.UNREVIEWED]
_BAND = 10.0  # height of a band (imprecise date, interval)


@dataclass(frozen=True)
class PaintOptions:
    font: QFont
    selection: int | None = None
    hover: int | None = None
    hover_cluster: Cluster | None = None
    highlighted: frozenset[int] = frozenset()  # e.g. search matches
    document_label: str = "published"
    covering_label: str = (
        "{count} events span this whole view (coarse dates, long intervals): click to zoom out"
    )

    @cached_property
    def tentative_font(self) -> QFont:
        """The italic label font of unreviewed marks: made once per frame, not per mark."""
        italic = QFont(self.font)
        italic.setItalic(True)
        return italic

    @cached_property
    def tentative_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.tentative_font)


def label_measure(font: QFont) -> Callable[[str], float]:
    """Label widths for ``font``, memoised: the same titles are measured frame after frame."""
    advance = QFontMetricsF(font).horizontalAdvance

    # Wrapped in a plain function: lru_cache copies the wrapped callable's __doc__, and reading
    # it from a PySide method loads PySide's whole signature machinery (~10 ms at start-up).
    def measure(text: str) -> float:
        return advance(text)

    return lru_cache(maxsize=1 << 16)(measure)


def paint_scene(painter: QPainter, scene: Scene, theme: Theme, options: PaintOptions) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setFont(options.font)
    painter.fillRect(QRectF(0, 0, scene.width, scene.height), theme.background)
    _paint_grid(painter, scene, theme)
    metrics = QFontMetricsF(options.font)
    if scene.breaks:
        _paint_breaks(painter, scene, theme, metrics)
    if scene.density is not None:
        _paint_density(painter, scene, theme)
    paint_evidence_under(painter, scene, theme)
    for mark in scene.marks:
        _paint_mark(painter, scene, theme, options, metrics, mark)
    paint_evidence_over(painter, scene, theme, options.font)
    for cluster in scene.clusters:
        _paint_cluster(painter, scene, theme, metrics, cluster, cluster == options.hover_cluster)
    if scene.covering:
        _paint_covering(painter, scene, theme, metrics, options.covering_label)
    _paint_axis(painter, scene, theme, metrics)
    if scene.breaks:
        _paint_break_marks(painter, scene, theme, metrics)
    _paint_documents(painter, scene, theme)
    painter.restore()


def _paint_breaks(painter: QPainter, scene: Scene, theme: Theme, metrics: QFontMetricsF) -> None:
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


def _paint_break_marks(
    painter: QPainter, scene: Scene, theme: Theme, metrics: QFontMetricsF
) -> None:
    """A "≈" cut through the axis line at each break (the axis is not linear here), and the
    skipped span in words in a box on the lane kept for clusters, which labels never use."""
    h = scene.geometry.lane_height - 6
    y = min(scene.cluster_y + 3, scene.axis_top - h - 2)
    for gap in scene.breaks:
        text_w = metrics.horizontalAdvance(gap.label) + 12
        x = (gap.x0 + gap.x1) / 2 - text_w / 2
        x = min(max(2.0, x), scene.width - text_w - 2)
        box = QRectF(x, y, text_w, h)
        painter.setPen(QPen(theme.grid_major, 1))
        painter.setBrush(theme.axis_band)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(theme.muted)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, gap.label)
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


def _paint_grid(painter: QPainter, scene: Scene, theme: Theme) -> None:
    bottom = scene.axis_top
    painter.setPen(QPen(theme.grid, 1))
    for x in scene.ticks.minor_gridlines:
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
    painter.setPen(QPen(theme.grid_major, 1))
    for tick in scene.ticks.major:
        if tick.t >= scene.timemap.start:
            painter.drawLine(QPointF(tick.x, 0), QPointF(tick.x, bottom))


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
    image = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_ARGB32)
    painter.drawImage(QRectF(0, top + scene.geometry.lane_height, width, height), image)


def _paint_mark(
    painter: QPainter,
    scene: Scene,
    theme: Theme,
    options: PaintOptions,
    metrics: QFontMetricsF,
    mark: Mark,
) -> None:
    g = scene.geometry
    y = scene.lane_y(mark.lane)
    cy = y + g.lane_height / 2
    color = QColor(theme.event_color(mark.color))
    if mark.faded:
        color.setAlpha(70)
    selected = mark.event == options.selection
    outline = QPen(color.darker(130), 1.4)
    tentative = mark.review == _UNREVIEWED
    if tentative:
        # Not yet reviewed: a pale fill inside the full-strength outline, and an italic label.
        # Pale (not see-through) keeps it apart from events the filter fades; the outline's
        # line style stays free to say "?" (dashed) and "~" (dotted).
        color = tentative_fill(color, theme)
    if mark.flags & MarkFlag.UNCERTAIN:
        outline.setStyle(Qt.PenStyle.DashLine)
    elif mark.flags & MarkFlag.APPROXIMATE:
        outline.setStyle(Qt.PenStyle.DotLine)
    if mark.review == _DISPUTED:
        outline.setColor(theme.disputed)
        outline.setWidthF(2.0)
    form = scene.date_forms.get(mark.event)
    if form is not None and form.replaces_body:
        # Sets, X digits, seasons, significant digits: their own pieces (see .date_marks).
        paint_form_body(painter, form, cy, color, outline, g.marker)
        left, right = mark.x0, mark.x1
        if mark.point:
            left = min(left, (mark.x0 + mark.x1) / 2 - g.marker / 2)
            right = max(right, (mark.x0 + mark.x1) / 2 + g.marker / 2)
    elif mark.point:
        if mark.x1 - mark.x0 > g.marker:
            # Zoomed in past the date's precision: show the day it covers, faintly.
            span = QColor(color)
            span.setAlpha(35)
            painter.fillRect(QRectF(mark.x0, cy - _BAND / 2, mark.x1 - mark.x0, _BAND), span)
        _paint_point(painter, mark, (mark.x0 + mark.x1) / 2, cy, g.marker, color, outline, theme)
        left, right = (mark.x0 + mark.x1) / 2 - g.marker / 2, (mark.x0 + mark.x1) / 2 + g.marker / 2
    else:
        _paint_band(painter, mark, cy, color, outline, theme)
        left, right = mark.x0, mark.x1
    if form is not None:
        paint_doubts(
            painter, form, cy, theme, options.font, scene.width, label_left=mark.label_x < left
        )
    if mark.flags & MarkFlag.OPEN_START:
        _paint_open_side(painter, left, cy, color, -1, g.open_tail)
    if mark.flags & MarkFlag.OPEN_END:
        _paint_open_side(painter, right, cy, color, 1, g.open_tail)
    text = label_text(mark.flags, mark.label)
    tx = mark.label_x
    text_color = QColor(theme.text)
    if mark.faded:
        text_color.setAlpha(90)
    if mark.review == _DISPUTED:
        painter.setPen(QPen(theme.disputed))
        painter.drawText(QPointF(tx, cy + metrics.ascent() / 2 - 1), "!")
        tx += metrics.horizontalAdvance("! ")
    label_font = options.font
    label_metrics = metrics
    if tentative:
        label_font = options.tentative_font
        label_metrics = options.tentative_metrics
    if mark.event == options.hover:
        label_font = QFont(label_font)
        label_font.setUnderline(True)
    text_w = label_metrics.horizontalAdvance(text)
    room = scene.width - tx - 4
    if text_w > room > 40:
        # Cut at the view's edge with an ellipsis rather than mid-glyph.
        text = label_metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        text_w = label_metrics.horizontalAdvance(text)
    if selected or mark.event in options.highlighted:
        box = QRectF(tx - 3, y + 2, text_w + 6, g.lane_height - 4)
        fill = QColor(theme.selection if selected else theme.deadline)
        fill.setAlpha(45 if selected else 30)
        painter.setPen(QPen(theme.selection, 1.5) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
        ring = QPen(theme.selection, 2.2)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(
            QRectF(left - 3, cy - g.marker / 2 - 3, right - left + 6, g.marker + 6), 3, 3
        )
    painter.setPen(QPen(text_color))
    painter.setFont(label_font)
    painter.drawText(QPointF(tx, cy + metrics.ascent() / 2 - 1), text)
    painter.setFont(options.font)
    if mark.flagged:
        paint_provenance_badge(painter, right, cy - g.marker / 2, theme)


def tentative_fill(color: QColor, theme: Theme) -> QColor:
    """``color`` washed two thirds of the way towards the background: an unreviewed mark."""
    bg = theme.background
    pale = QColor(
        round(color.red() + (bg.red() - color.red()) * 0.65),
        round(color.green() + (bg.green() - color.green()) * 0.65),
        round(color.blue() + (bg.blue() - color.blue()) * 0.65),
    )
    pale.setAlpha(color.alpha())
    return pale


def paint_provenance_badge(painter: QPainter, x: float, y: float, theme: Theme) -> None:
    """A red disc with a white "≠" at (x, y): the evidence no longer matches its document.

    Drawn with lines, not a glyph, so it looks the same in every font and export format.
    """
    r = 5.5
    painter.save()
    painter.setPen(QPen(theme.background, 1.2))
    painter.setBrush(theme.disputed)
    painter.drawEllipse(QPointF(x, y), r, r)
    pen = QPen(QColor("#ffffff"), 1.3)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(x - 3, y - 1.4), QPointF(x + 3, y - 1.4))
    painter.drawLine(QPointF(x - 3, y + 1.4), QPointF(x + 3, y + 1.4))
    painter.drawLine(QPointF(x + 1.6, y - 3.6), QPointF(x - 1.6, y + 3.6))
    painter.restore()


def _paint_point(
    painter: QPainter,
    mark: Mark,
    x: float,
    cy: float,
    size: float,
    color: QColor,
    outline: QPen,
    theme: Theme,
) -> None:
    r = size / 2
    painter.setPen(outline)
    if mark.status == _DEADLINE:
        # A deadline is a limit, not an occurrence: a downward flag in the alert colour.
        painter.setBrush(theme.deadline)
        painter.setPen(QPen(theme.deadline.darker(130), 1.2))
        painter.drawPolygon(
            QPolygonF([QPointF(x - r, cy - r), QPointF(x + r, cy - r), QPointF(x, cy + r)])
        )
        return
    if mark.status == _PLANNED:
        painter.setBrush(theme.background)
        pen = QPen(outline)
        pen.setColor(color)
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.drawEllipse(QPointF(x, cy), r - 1, r - 1)
        return
    painter.setBrush(color)
    path = QPainterPath()
    path.moveTo(x, cy - r)
    path.lineTo(x + r, cy)
    path.lineTo(x, cy + r)
    path.lineTo(x - r, cy)
    path.closeSubpath()
    painter.drawPath(path)


def _paint_band(
    painter: QPainter, mark: Mark, cy: float, color: QColor, outline: QPen, theme: Theme
) -> None:
    top = cy - _BAND / 2
    whole = QRectF(mark.x0, top, max(2.0, mark.x1 - mark.x0), _BAND)
    soft = QColor(color)
    soft.setAlpha(min(soft.alpha(), 60))
    imprecise = mark.precision < Precision.DAY or bool(
        mark.flags & (MarkFlag.INTERVAL | MarkFlag.ONE_OF)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    if imprecise:
        # The whole possible extent, softly, hatched: "sometime in here".
        painter.setBrush(soft)
        painter.drawRect(whole)
        hatch = QBrush(color.darker(110), Qt.BrushStyle.BDiagPattern)
        painter.setBrush(hatch)
        painter.drawRect(whole)
    if mark.flags & MarkFlag.INTERVAL:
        core = QRectF(mark.core0, top + 2, max(0.0, mark.core1 - mark.core0), _BAND - 4)
        if core.width() > 0:
            painter.setBrush(color)
            painter.drawRect(core)
    elif not imprecise:
        painter.setBrush(color)
        painter.drawRect(whole)
    if mark.status == _PLANNED:
        outline = QPen(outline)
        outline.setColor(color)
        outline.setStyle(Qt.PenStyle.DashLine)
    elif mark.status == _DEADLINE:
        outline = QPen(theme.deadline, 1.6)
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(whole)


def _paint_open_side(
    painter: QPainter, x: float, cy: float, color: QColor, direction: int, length: float
) -> None:
    """An open side fades out: the date is bounded on one side only."""
    end = x + direction * length
    gradient = QLinearGradient(QPointF(x, cy), QPointF(end, cy))
    solid = QColor(color)
    solid.setAlpha(min(160, solid.alpha()))
    clear = QColor(color)
    clear.setAlpha(0)
    gradient.setColorAt(0.0, solid)
    gradient.setColorAt(1.0, clear)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRect(QRectF(min(x, end), cy - 2, length, 4))
    painter.setPen(QPen(solid, 1.4))
    tip = end
    painter.drawLine(QPointF(tip - direction * 5, cy - 4), QPointF(tip, cy))
    painter.drawLine(QPointF(tip - direction * 5, cy + 4), QPointF(tip, cy))


def _paint_cluster(
    painter: QPainter,
    scene: Scene,
    theme: Theme,
    metrics: QFontMetricsF,
    cluster: Cluster,
    hovered: bool,
) -> None:
    text = f"+{cluster.count:,}".replace(",", "\u202f")
    w = max(cluster.x1 - cluster.x0, metrics.horizontalAdvance(text) + 12)
    h = scene.geometry.lane_height - 6
    if scene.dense:
        x = cluster.x0 + (cluster.x1 - cluster.x0 - w) / 2
        y = scene.geometry.top + 2
    else:
        x = cluster.x0
        y = scene.cluster_y + 3
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
    count = f"{scene.covering:,}".replace(",", "\u202f")
    text = label.replace("{count}", count)
    box = QRectF(rect.left() + 8, rect.top(), metrics.horizontalAdvance(text) + 12, h)
    painter.fillRect(box, theme.cluster)
    painter.setPen(theme.cluster_text)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _paint_axis(painter: QPainter, scene: Scene, theme: Theme, metrics: QFontMetricsF) -> None:
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
    # Axis labels are never cut at the view's edges: a label that would start before the
    # left edge is left out (the next one gives the period), one that would run past the
    # right edge is moved left as far as its neighbour allows, else left out.
    _draw_row(painter, scene.ticks.minor, row1, scene.width, metrics, keep_first=False)
    regular = painter.font()
    bold = QFont(regular)
    bold.setBold(True)
    painter.setFont(bold)
    majors = [
        tick
        for k, tick in enumerate(scene.ticks.major)
        # Being pushed out by the next period's label: that one gives the context.
        if not (tick.x < 0 and k + 1 < len(scene.ticks.major))
    ]
    _draw_row(painter, majors, row2, scene.width, QFontMetricsF(bold), keep_first=True)
    painter.setFont(regular)


def _draw_row(
    painter: QPainter,
    ticks: list[Tick],
    baseline: float,
    width: float,
    metrics: QFontMetricsF,
    keep_first: bool,
) -> None:
    previous_end = -math.inf
    for k, tick in enumerate(ticks):
        x = tick.x + 3
        if x < 0:
            if not keep_first or k:
                continue
            x = 2.0  # the sticky context label of the period at the left edge
        text_w = metrics.horizontalAdvance(tick.label)
        if x + text_w > width - 2:
            x = width - 2 - text_w
            if x < previous_end + 4:
                continue
        painter.drawText(QPointF(x, baseline), tick.label)
        previous_end = x + text_w


def _paint_documents(painter: QPainter, scene: Scene, theme: Theme) -> None:
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
