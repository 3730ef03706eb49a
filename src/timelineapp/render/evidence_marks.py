"""Paints the evidence marks of a scene (see :mod:`.evidence_layout`): for screen and exports.

* **Corroboration**: ring segments around the marker, one per independent origin (up to
  four; a closed ring with the count beyond). No source: a dotted ring.
* **Conflict**: a red zigzag left of the marker: the sources' own dates do not meet.
* **Ghosts**: each source's own date, faint, on a line under the lane, joined to the mark;
  the span supported by all is underlined firmly.
* **Grade**: the best grade in small type above the marker; "??" (muted) when none is graded.
* **Reporting lag** (on demand): a thin dashed line from the mark to each cited document's
  publication mark on the axis.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from .evidence_layout import EvidenceDecor
from .scene import Scene
from .theme import Theme

RING_GAP = 3.0  # between the marker and its ring
MAX_SEGMENTS = 4
_GHOST_DROP = 8.5  # the ghosts' line, under the lane's centre


def ring_radius(marker: float) -> float:
    return marker / 2 + RING_GAP


def paint_evidence_under(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Ghosts and lag lines: under the marks, so they never hide one."""
    if not scene.evidence:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for decor in scene.evidence:
        cy = scene.lane_y(decor.lane) + scene.geometry.lane_height / 2
        if decor.ghosts:
            _paint_ghosts(painter, decor, cy, theme)
        if decor.lags:
            lag = QColor(theme.document)
            lag.setAlpha(140)
            pen = QPen(lag, 1.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for x in decor.lags:
                painter.drawLine(QPointF(decor.x, cy), QPointF(x, scene.axis_top - 7))
    painter.restore()


def _paint_ghosts(painter: QPainter, decor: EvidenceDecor, cy: float, theme: Theme) -> None:
    y = cy + _GHOST_DROP
    color = QColor(theme.disputed if decor.conflict else theme.text)
    color.setAlpha(90)
    painter.setPen(QPen(color, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for x0, x1 in decor.ghosts:
        middle = (x0 + x1) / 2
        painter.drawLine(QPointF(decor.x, cy), QPointF(middle, y))
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
    """Rings, conflict marks and grades: over the marks."""
    if not scene.evidence:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    small = QFont(font)
    small.setPointSizeF(max(5.5, font.pointSizeF() * 0.62))
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    marker = scene.geometry.marker
    faded = {m.event for m in scene.marks if m.faded}
    for decor in scene.evidence:
        cy = scene.lane_y(decor.lane) + scene.geometry.lane_height / 2
        paint_decor(painter, decor, cy, marker, theme, metrics, decor.event in faded)
    painter.restore()


def paint_decor(
    painter: QPainter,
    decor: EvidenceDecor,
    cy: float,
    marker: float,
    theme: Theme,
    metrics: QFontMetricsF,
    faded: bool = False,
) -> None:
    """One event's ring, conflict mark and grade (also the legend's samples)."""
    alpha = 70 if faded else 255
    r = ring_radius(marker)
    paint_ring(painter, decor.x, cy, r, decor.origins, theme, alpha, metrics)
    if decor.conflict:
        paint_conflict(painter, decor.x - r - 5, cy, theme, alpha)
    if decor.grade is not None:
        unknown = "?" in decor.grade
        color = QColor(theme.muted if unknown else theme.text)
        color.setAlpha(min(alpha, 200 if unknown else 255))
        painter.setPen(QPen(color))
        width = metrics.horizontalAdvance(decor.grade)
        painter.drawText(QPointF(decor.x - width / 2, cy - r - 1.5), decor.grade)


def paint_ring(
    painter: QPainter,
    x: float,
    cy: float,
    r: float,
    origins: int,
    theme: Theme,
    alpha: int = 255,
    metrics: QFontMetricsF | None = None,
) -> None:
    color = QColor(theme.text)
    color.setAlpha(min(alpha, 170))
    pen = QPen(color, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(x - r, cy - r, 2 * r, 2 * r)
    if origins == 0:
        pen.setStyle(Qt.PenStyle.DotLine)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.drawEllipse(box)
        return
    painter.setPen(pen)
    segments = min(origins, MAX_SEGMENTS)
    step = 360.0 / MAX_SEGMENTS
    gap = 22.0
    for k in range(segments):
        # Clockwise from the top; Qt's angles are counter-clockwise from 3 o'clock, in 1/16°.
        start = 90.0 - k * step - gap / 2
        painter.drawArc(box, round(start * 16), round(-(step - gap) * 16))
    if origins > MAX_SEGMENTS and metrics is not None:
        text = str(origins)
        painter.drawText(QPointF(x + r + 1, cy + r), text)


def paint_conflict(painter: QPainter, x: float, cy: float, theme: Theme, alpha: int = 255) -> None:
    """A red zigzag: the sources' own dates of this event do not meet."""
    color = QColor(theme.disputed)
    color.setAlpha(alpha)
    pen = QPen(color, 2.0)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(x + 1.5, cy - 6))
    path.lineTo(QPointF(x - 2, cy))
    path.lineTo(QPointF(x + 2, cy))
    path.lineTo(QPointF(x - 1.5, cy + 6))
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
    small = QFont(font)
    small.setPointSizeF(max(5.5, font.pointSizeF() * 0.62))
    metrics = QFontMetricsF(small)
    painter.setFont(small)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    x = 21.0
    dot = QColor(theme.text)
    dot.setAlpha(120)
    if kind == "sources":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(dot)
        painter.drawEllipse(QPointF(x, cy + 2), 3, 3)
        paint_decor(
            painter, EvidenceDecor(-1, x, 0, 3, False, "B2"), cy + 2, marker, theme, metrics
        )
    elif kind == "conflict":
        paint_conflict(painter, x, cy, theme)
    elif kind == "claims":
        decor = EvidenceDecor(
            -1, 8.0, 0, 2, False, None, ((24.0, 24.0), (30.0, 50.0)), (30.0, 38.0)
        )
        _paint_ghosts(painter, decor, cy - _GHOST_DROP + 2, theme)
    elif kind == "lag":
        lag = QColor(theme.document)
        painter.setPen(QPen(lag, 1.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(8, 4), QPointF(40, row_h - 4))
