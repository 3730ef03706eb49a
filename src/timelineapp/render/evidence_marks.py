"""Paints the evidence marks of a scene (see :mod:`.evidence_layout`): for screen and exports.

* **Corroboration**: small bars over the mark's left end, one per independent origin (up to
  five, the count beyond). No source: one dotted bar.
* **Conflict**: a red zigzag after the grade: the sources' own dates do not meet.
* **Ghosts**: each source's own date, faint, on a line under the lane, joined to the mark;
  the span supported by all is underlined firmly.
* **Grade**: the best grade in small type after the bars; "??" (muted) when none is graded.
* **Reporting lag** (on demand): a thin dashed line down from the mark, then along the axis
  to each cited document's publication mark.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from .evidence_layout import EvidenceDecor
from .font_sizes import smaller_font
from .scene import Scene
from .theme import Theme

BAR_W = 2.2  # one bar per independent origin, over the mark's left end
BAR_H = 4.5
BAR_STEP = 3.6
MAX_BARS = 5
_GHOST_DROP = 9.5  # the ghosts' line, under the lane's centre


def paint_evidence_under(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Ghosts and lag lines: under the marks, so they never hide one."""
    if not scene.evidence:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    marker = scene.geometry.marker
    for decor in scene.evidence:
        cy = scene.lane_y(decor.lane) + scene.geometry.lane_height / 2
        if decor.ghosts:
            _paint_ghosts(painter, decor, decor.x + marker / 2, cy, theme)
        if decor.lags:
            lag = QColor(theme.document)
            lag.setAlpha(140)
            pen = QPen(lag, 1.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for x in decor.lags:
                painter.drawPolyline(lag_route(decor.x + marker / 2, cy, x, scene.axis_top - 7))
    painter.restore()


def lag_route(mark_x: float, mark_y: float, published_x: float, base_y: float) -> QPolygonF:
    """A reporting-lag line: straight down from the mark, then along the axis to the
    document's publication (its ▲). The lag reads as a length on the time axis, and the line
    crosses no label on its way (a diagonal ran through the labels of every row between;
    QA #58)."""
    return QPolygonF(
        [QPointF(mark_x, mark_y), QPointF(mark_x, base_y), QPointF(published_x, base_y)]
    )


def _paint_ghosts(
    painter: QPainter, decor: EvidenceDecor, x: float, cy: float, theme: Theme
) -> None:
    y = cy + _GHOST_DROP
    color = QColor(theme.disputed if decor.conflict else theme.text)
    color.setAlpha(110)
    painter.setPen(QPen(color, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for x0, x1 in decor.ghosts:
        middle = (x0 + x1) / 2
        painter.drawLine(QPointF(x, cy), QPointF(middle, y))
        if x1 - x0 < 6:
            painter.drawEllipse(QPointF(middle, y), 2.5, 2.5)
        else:
            painter.drawRect(QRectF(x0, y - 2, x1 - x0, 4))
    if decor.common is not None:
        firm = QColor(theme.text)
        firm.setAlpha(200)
        pen = QPen(firm, 2.4)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        x0, x1 = decor.common
        painter.drawLine(QPointF(x0, y), QPointF(max(x1, x0 + 2), y))


def paint_evidence_over(painter: QPainter, scene: Scene, theme: Theme, font: QFont) -> None:
    """Bars, conflict marks and grades: over the marks."""
    if not scene.evidence:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    small = grade_font(font)
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    marker = scene.geometry.marker
    faded = {m.event for m in scene.marks if m.faded}
    for decor in scene.evidence:
        cy = scene.lane_y(decor.lane) + scene.geometry.lane_height / 2
        paint_decor(painter, decor, cy, marker, theme, metrics, decor.event in faded)
    painter.restore()


def grade_font(font: QFont) -> QFont:
    return smaller_font(font, 0.62, 5.5)


def paint_decor(
    painter: QPainter,
    decor: EvidenceDecor,
    cy: float,
    marker: float,
    theme: Theme,
    metrics: QFontMetricsF,
    faded: bool = False,
) -> None:
    """One event's bars, conflict mark and grade (also the legend's samples)."""
    alpha = 70 if faded else 255
    bottom = cy - marker / 2 - 1.5  # the strip above the marker, under the lane above
    end = paint_bars(painter, decor.x, bottom, decor.origins, theme, alpha, metrics)
    if decor.grade is not None:
        unknown = "?" in decor.grade
        color = QColor(theme.muted if unknown else theme.text)
        color.setAlpha(min(alpha, 200 if unknown else 255))
        painter.setPen(QPen(color))
        painter.drawText(QPointF(end + 2, bottom), decor.grade)
        end += 2 + metrics.horizontalAdvance(decor.grade)
    if decor.conflict:
        paint_conflict(painter, end + 5, bottom - 3.5, theme, alpha, 0.7)


def paint_bars(
    painter: QPainter,
    x: float,
    bottom: float,
    origins: int,
    theme: Theme,
    alpha: int = 255,
    metrics: QFontMetricsF | None = None,
) -> float:
    """One small bar per independent origin from ``x`` rightwards; returns where they end.

    No source at all: one hollow dotted bar. Beyond five, the count is written after them.
    """
    color = QColor(theme.text)
    color.setAlpha(min(alpha, 190))
    if origins == 0:
        pen = QPen(color, 0.8, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x, bottom - BAR_H, BAR_W, BAR_H))
        return x + BAR_STEP
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    shown = min(origins, MAX_BARS)
    for k in range(shown):
        painter.drawRect(QRectF(x + k * BAR_STEP, bottom - BAR_H, BAR_W, BAR_H))
    end = x + shown * BAR_STEP
    if origins > MAX_BARS and metrics is not None:
        painter.setPen(QPen(color))
        text = f"{origins}"
        painter.drawText(QPointF(end + 1, bottom), text)
        end += metrics.horizontalAdvance(text) + 1
    return end


def paint_conflict(
    painter: QPainter, x: float, cy: float, theme: Theme, alpha: int = 255, scale: float = 1.0
) -> None:
    """A red zigzag centred at (x, cy): the sources' own dates of this event do not meet."""
    color = QColor(theme.disputed)
    color.setAlpha(alpha)
    pen = QPen(color, 1.8)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(x + 1.5 * scale, cy - 6 * scale))
    path.lineTo(QPointF(x - 2 * scale, cy))
    path.lineTo(QPointF(x + 2 * scale, cy))
    path.lineTo(QPointF(x - 1.5 * scale, cy + 6 * scale))
    painter.drawPath(path)


# --- the legend's samples --------------------------------------------------------------------
EVIDENCE_KINDS = frozenset({"sources", "conflict", "claims", "lag"})
"""The legend kinds (:class:`.legend.LegendKind` values) this module explains."""


def evidence_kinds(scene: Scene) -> set[str]:
    """The evidence kinds a scene shows (legend kinds' values)."""
    found: set[str] = set()
    for decor in scene.evidence:
        found.add("sources")
        if decor.conflict:
            found.add("conflict")
        if decor.ghosts:
            found.add("claims")
        if decor.lags:
            found.add("lag")
    return found


def paint_evidence_sample(
    painter: QPainter, theme: Theme, font: QFont, kind: str, row_h: float
) -> None:
    """The legend's sample of ``kind``, in a cell (0, 0)–(56, row_h)."""
    cy = row_h / 2
    marker = 11.0
    small = grade_font(font)
    metrics = QFontMetricsF(small)
    painter.setFont(small)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    x = 21.0
    dot = QColor(theme.text)
    dot.setAlpha(120)
    if kind == "sources":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(dot)
        painter.drawRect(QRectF(6, cy + 1, 40, 6))
        decor = EvidenceDecor(-1, 6.0, 0, 3, False, "B2")
        paint_decor(painter, decor, cy + 4, marker, theme, metrics)
    elif kind == "conflict":
        paint_conflict(painter, x, cy, theme)
    elif kind == "claims":
        ghosts = ((24.0, 24.0), (30.0, 50.0))
        decor = EvidenceDecor(-1, 8.0, 0, 2, False, None, ghosts, (30.0, 38.0))
        _paint_ghosts(painter, decor, 8.0, cy - _GHOST_DROP + 2, theme)
    elif kind == "lag":
        lag = QColor(theme.document)
        painter.setPen(QPen(lag, 1.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(8, 4), QPointF(40, row_h - 4))
