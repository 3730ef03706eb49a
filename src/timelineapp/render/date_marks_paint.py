"""Painting the date-form marks laid out by :mod:`.date_marks` (the same on screen and in
exports, called by the scene painter for each mark that has one)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from .date_marks import DateFormMark, Doubt, Piece, qualifier_mark
from .font_sizes import smaller_font
from .theme import Theme

#: Height of a piece's band (the same as the painter's bands).
BAND = 10.0
_BRACKET_GAP = 3.0  # between the band's top and the first doubt bracket
_BRACKET_STEP = 3.0  # between the brackets of two components


def paint_form_body(
    painter: QPainter,
    form: DateFormMark,
    cy: float,
    color: QColor,
    outline: QPen,
    marker: float,
) -> None:
    """The pieces of a date form (set members, candidate dates, a season's months), their
    joins and dividers, instead of the mark's single band."""
    painter.save()
    pieces = form.pieces
    if form.joined and len(pieces) > 1:
        join = QPen(color.darker(125), 1.4)
        join.setStyle(Qt.PenStyle.SolidLine if form.certain else Qt.PenStyle.DashLine)
        painter.setPen(join)
        for a, b in itertools.pairwise(pieces):
            x0 = _right(a, marker)
            x1 = _left(b, marker)
            if x1 > x0:
                painter.drawLine(QPointF(x0, cy), QPointF(x1, cy))
    for piece in pieces:
        _paint_piece(painter, form, piece, cy, color, outline, marker)
    if form.dividers:
        painter.setPen(QPen(color.darker(160), 1.0))
        for x in form.dividers:
            painter.drawLine(QPointF(x, cy - BAND / 2 + 1), QPointF(x, cy + BAND / 2 - 1))
    if form.estimate_x is not None:
        pen = QPen(color.darker(170), 2.0)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        x = form.estimate_x
        painter.drawLine(QPointF(x, cy - BAND / 2 - 3), QPointF(x, cy + BAND / 2 + 3))
    painter.restore()


def _left(piece: Piece, marker: float) -> float:
    if _as_marker(piece, marker):
        return (piece.x0 + piece.x1) / 2 - marker / 2
    return piece.x0


def _right(piece: Piece, marker: float) -> float:
    if _as_marker(piece, marker):
        return (piece.x0 + piece.x1) / 2 + marker / 2
    return max(piece.x1, piece.x0 + 2)


def _as_marker(piece: Piece, marker: float) -> bool:
    return piece.point and piece.x1 - piece.x0 < marker


def _paint_piece(
    painter: QPainter,
    form: DateFormMark,
    piece: Piece,
    cy: float,
    color: QColor,
    outline: QPen,
    marker: float,
) -> None:
    soft = QColor(color)
    soft.setAlpha(min(soft.alpha(), 70))
    fill = color if form.certain else soft
    painter.setPen(outline)
    if _as_marker(piece, marker):
        # A member known to the day: the usual diamond, hollow when it is only "one of".
        x, r = (piece.x0 + piece.x1) / 2, marker / 2
        path = QPainterPath(QPointF(x, cy - r))
        path.lineTo(x + r, cy)
        path.lineTo(x, cy + r)
        path.lineTo(x - r, cy)
        path.closeSubpath()
        painter.setBrush(fill)
        painter.drawPath(path)
        return
    rect = QRectF(piece.x0, cy - BAND / 2, max(2.0, piece.x1 - piece.x0), BAND)
    radius = BAND / 2 if form.season else 0.0
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, radius, radius)
    if not form.certain:
        # "Sometime in here": hatched; an X digit is cross-hatched.
        pattern = Qt.BrushStyle.DiagCrossPattern if form.unspecified else Qt.BrushStyle.BDiagPattern
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color.darker(115), pattern))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)


def doubt_fonts(font: QFont) -> tuple[QFont, QFontMetricsF]:
    """The qualifier marks' font (smaller, bold) for a label ``font``, and its metrics."""
    small = smaller_font(font, 0.8, 6.0)
    small.setBold(True)
    return small, QFontMetricsF(small)


def paint_doubts(
    painter: QPainter,
    form: DateFormMark,
    cy: float,
    theme: Theme,
    font: QFont,
    width: float,
    label_left: bool = False,
    fonts: tuple[QFont, QFontMetricsF] | None = None,
) -> None:
    """A bracket over each component in doubt (the year's span, the month's, the day's),
    stacked coarse above fine, with the qualifier's mark on it.

    The mark ("(?)", "~") is wider than a day's bracket: centred, it reached into the label
    beside the mark and its raised "[1]" source number. It is kept on the bracket's side away
    from the label (``label_left``: the label was moved left of its mark, at the right edge).
    """
    if not form.doubts:
        return
    painter.save()
    small, metrics = fonts if fonts is not None else doubt_fonts(font)
    painter.setFont(small)
    for doubt in form.doubts:
        _paint_bracket(painter, doubt, cy, theme, metrics, width, label_left)
    painter.restore()


def _paint_bracket(
    painter: QPainter,
    doubt: Doubt,
    cy: float,
    theme: Theme,
    metrics: QFontMetricsF,
    width: float,
    label_left: bool,
) -> None:
    y = cy - BAND / 2 - _BRACKET_GAP - doubt.level * _BRACKET_STEP
    x0, x1 = doubt.x0, max(doubt.x1, doubt.x0 + 2)
    pen = QPen(theme.disputed, 1.2)
    pen.setStyle(Qt.PenStyle.DotLine if doubt.qualifier == "~" else Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    left, right = max(x0, -4.0), min(x1, width + 4.0)
    if right <= left:
        return
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    solid = QPen(theme.disputed, 1.2)
    painter.setPen(solid)
    for x in (x0, x1):
        if -4.0 <= x <= width + 4.0:
            painter.drawLine(QPointF(x, y), QPointF(x, y + 2.5))
    text = qualifier_mark(doubt.qualifier)
    text_w = metrics.horizontalAdvance(text) + 2
    centre = (left + right) / 2
    if label_left:
        centre = max(centre, left - 1 + text_w / 2)  # not left of the bracket: the label's side
    else:
        centre = min(centre, right + 1 - text_w / 2)
    centre = min(max(centre, text_w / 2 + 1), width - text_w / 2 - 1)
    height = metrics.ascent()
    box = QRectF(centre - text_w / 2, y - height / 2, text_w, height)
    painter.fillRect(box, theme.background)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


__all__ = ["BAND", "doubt_fonts", "paint_doubts", "paint_form_body"]
