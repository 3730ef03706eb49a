"""How one event's mark is painted: its body (point, band or date form), its doubts, open
sides, label, selection ring and provenance badge."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ..model.format_rules import EventStatus, ReviewState
from ..model.time_index import REVIEW_CODES, STATUS_CODES, MarkFlag
from .date_marks_paint import paint_doubts, paint_form_body
from .label_places import EDGE_ROOM, ELLIPSIS, LABEL_ROOM_MIN, STUCK_ARROW, LabelPlace
from .mark_bodies import MarkBody, body_kind
from .paint_options import PaintOptions
from .scene import Mark, Scene, label_text
from .theme import Theme

_PLANNED = STATUS_CODES[EventStatus.PLANNED]
_DEADLINE = STATUS_CODES[EventStatus.DEADLINE]
_DISPUTED = REVIEW_CODES[ReviewState.DISPUTED]
_UNREVIEWED = REVIEW_CODES[ReviewState.UNREVIEWED]
# Plain ints: an IntFlag member read and combined per mark costs more than drawing it.
_UNCERTAIN = int(MarkFlag.UNCERTAIN)
_APPROXIMATE = int(MarkFlag.APPROXIMATE)
_OPEN_START = int(MarkFlag.OPEN_START)
_OPEN_END = int(MarkFlag.OPEN_END)
_BAND = 10.0  # height of a band (imprecise date, interval)


def paint_mark(
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
    if mark.flags & _UNCERTAIN:
        outline.setStyle(Qt.PenStyle.DashLine)
    elif mark.flags & _APPROXIMATE:
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
    elif (body := body_kind(mark)) in (MarkBody.POINT, MarkBody.SPAN_POINT):
        _paint_point(painter, mark, (mark.x0 + mark.x1) / 2, cy, g.marker, color, outline, theme)
        left, right = (mark.x0 + mark.x1) / 2 - g.marker / 2, (mark.x0 + mark.x1) / 2 + g.marker / 2
    else:
        _paint_band(painter, mark, body, cy, color, outline, theme, scene.width)
        left, right = mark.x0, mark.x1
    if form is not None:
        paint_doubts(
            painter,
            form,
            cy,
            theme,
            options.font,
            scene.width,
            label_left=mark.label_x < left,
            fonts=options.doubt_fonts,
        )
    if mark.flags & _OPEN_START:
        _paint_open_side(painter, left, cy, color, -1, g.open_tail)
    if mark.flags & _OPEN_END:
        _paint_open_side(painter, right, cy, color, 1, g.open_tail)
    text = label_text(mark.flags, mark.label)
    tx = mark.label_x
    if options.whole_labels and (tx < 0 or mark.label_place == LabelPlace.STUCK):
        # A page's left edge would cut it (QA #56): the page before shows it whole.
        text = ""
    # How far right the label may run: the view's edge, or the room .label_places gave it.
    limit = min(scene.width - EDGE_ROOM, mark.label_x + mark.label_room)
    text_color = QColor(theme.text)
    if mark.faded:
        text_color.setAlpha(90)
    measure = options.label_measure
    disputed = mark.review == _DISPUTED and bool(text)
    if disputed:
        tx += measure("! ")  # drawn before the label, over its plate (below)
    label_font = options.font
    label_metrics = metrics
    if tentative:
        # Measured in the italic it is drawn in, as the scene laid it out (label_width),
        # unless the italic has no glyphs for it (Arabic in DejaVu Sans Oblique, QA #113).
        measure = measure.tentative
        if not measure.drawn_upright(text):
            label_font = options.tentative_font
            label_metrics = options.tentative_metrics
    if mark.event == options.hover:
        label_font = QFont(label_font)
        label_font.setUnderline(True)
    text, text_w = fitted_label(text, measure, label_metrics, limit - tx)
    if mark.label_place == LabelPlace.STUCK and text:
        _paint_stuck_arrow(painter, mark.label_x - STUCK_ARROW, cy, text_color)
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
    if mark.label_place == LabelPlace.INSIDE and text:
        # Over its own bar: on a plate that leaves the bar's extent drawn.
        paint_label_plate(painter, scene, mark, mark.label_x - 2, tx + text_w + 2, theme)
    if disputed:
        painter.setPen(QPen(theme.disputed))
        painter.drawText(QPointF(mark.label_x, cy + metrics.ascent() / 2 - 1), "!")
    painter.setPen(QPen(text_color))
    painter.setFont(label_font)
    painter.drawText(QPointF(tx, cy + metrics.ascent() / 2 - 1), text)
    painter.setFont(options.font)
    if mark.flagged:
        paint_provenance_badge(painter, right, cy - g.marker / 2, theme)


def paint_label_plate(
    painter: QPainter, scene: Scene, mark: Mark, x0: float, x1: float, theme: Theme
) -> None:
    """A plate of the background from ``x0`` to ``x1`` under a label written over its own
    bar, so the hatching does not cross the letters (QA #114).

    It stays inside the bar's outline, 2 px from its ends, and off an interval's solid
    core: the bar's whole extent, its start above all, and where its date is certain stay
    drawn (QA, session 10: a plate as tall as the text hid "Départ de plus de 269…" from
    19 May to 1 June, so its bar seemed to start on 1 June)."""
    x0, x1 = max(x0, mark.x0 + 2), min(x1, mark.x1 - 2)
    if x1 <= x0:
        return
    cy = scene.lane_y(mark.lane) + scene.geometry.lane_height / 2
    area = QPainterPath()
    area.addRect(QRectF(x0, cy - _BAND / 2 + 1, x1 - x0, _BAND - 2))
    form = scene.date_forms.get(mark.event)
    if (form is None or not form.replaces_body) and body_kind(mark) is MarkBody.INTERVAL:
        core = QPainterPath()
        core.addRect(QRectF(mark.core0, cy - _BAND / 2, mark.core1 - mark.core0, _BAND))
        area = area.subtracted(core)
    plate = QColor(theme.background)
    plate.setAlpha(min(215, plate.alpha()))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(plate)
    painter.drawPath(area)


def fitted_label(
    text: str, measure: Callable[[str], float], metrics: QFontMetricsF, room: float
) -> tuple[str, float]:
    """The label as drawn in ``room`` pixels before the view's edge, and its width: whole,
    cut with an ellipsis, or, when the room would show only a stub ("D") that says nothing,
    the ellipsis alone: the mark has a title, a hover or a click away (QA #103: a lone ◆
    with nothing beside it read as a mark without a name); nothing when even that has no
    room."""
    width = measure(text)
    if width <= room:
        return text, width
    if room > LABEL_ROOM_MIN:
        cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        return cut, measure(cut)
    ellipsis = measure(ELLIPSIS) if text else room + 1
    return (ELLIPSIS, ellipsis) if ellipsis <= room else ("", 0.0)


def _paint_stuck_arrow(painter: QPainter, x: float, cy: float, color: QColor) -> None:
    """A small "◂" at ``x``: the label after it belongs to a mark left of the view.

    Drawn as a triangle, not a glyph, so it looks the same in every font and export."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(
        QPolygonF([QPointF(x + 1, cy), QPointF(x + 5, cy - 3.5), QPointF(x + 5, cy + 3.5)])
    )


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
    # A date longer than a day drawn as a marker (a month at a year's zoom) is hatched like
    # its band, "sometime in here", never the solid day marker (QA #103).
    hatched = QBrush(color.darker(110), Qt.BrushStyle.BDiagPattern) if mark.coarse else None
    if mark.status == _PLANNED:
        painter.setBrush(theme.background)
        pen = QPen(outline)
        pen.setColor(color)
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.drawEllipse(QPointF(x, cy), r - 1, r - 1)
        if hatched is not None:
            painter.setBrush(hatched)
            painter.drawEllipse(QPointF(x, cy), r - 1, r - 1)
        return
    path = QPainterPath()
    path.moveTo(x, cy - r)
    path.lineTo(x + r, cy)
    path.lineTo(x, cy + r)
    path.lineTo(x - r, cy)
    path.closeSubpath()
    if hatched is None:
        painter.setBrush(color)
        painter.drawPath(path)
        return
    soft = QColor(color)
    soft.setAlpha(min(soft.alpha(), 60))
    painter.setBrush(soft)
    painter.drawPath(path)
    painter.setBrush(hatched)
    painter.drawPath(path)


_CLIP_MARGIN = 16.0  # px beyond the view a band is drawn to: its cut ends stay unseen


def on_screen(x0: float, x1: float, width: float, period: float) -> tuple[float, float]:
    """A band's ``[x0, x1]`` cut to the view (plus a margin), by whole dash periods.

    A year's band at a day's zoom is millions of pixels wide, and Qt dashes an outline along
    all of it: one dotted band took 0.7 ms at 600 px. Cut by whole periods from its own ends,
    the dashes stay where they were, so they move with the band when it pans.
    """
    left, right = -_CLIP_MARGIN, width + _CLIP_MARGIN
    if x0 < left:
        x0 += math.floor((left - x0) / period) * period
    if x1 > right:
        x1 -= math.floor((x1 - right) / period) * period
    return x0, x1


def _paint_band(
    painter: QPainter,
    mark: Mark,
    body: MarkBody,
    cy: float,
    color: QColor,
    outline: QPen,
    theme: Theme,
    view_width: float,
) -> None:
    top = cy - _BAND / 2
    if mark.status == _PLANNED:
        outline = QPen(outline)
        outline.setColor(color)
        outline.setStyle(Qt.PenStyle.DashLine)
    elif mark.status == _DEADLINE:
        outline = QPen(theme.deadline, 1.6)
    if outline.style() == Qt.PenStyle.SolidLine:
        period = 1.0
    else:
        period = sum(outline.dashPattern()) * max(1.0, outline.widthF())
    x0, x1 = on_screen(mark.x0, mark.x1, view_width, period)
    whole = QRectF(x0, top, max(2.0, x1 - x0), _BAND)
    soft = QColor(color)
    soft.setAlpha(min(soft.alpha(), 60))
    painter.setPen(Qt.PenStyle.NoPen)
    # The whole possible extent, softly, hatched: "sometime in here" (the legend reads the
    # same body_kind, so it explains what is drawn here).
    painter.setBrush(soft)
    painter.drawRect(whole)
    hatch = QBrush(color.darker(110), Qt.BrushStyle.BDiagPattern)
    painter.setBrush(hatch)
    painter.drawRect(whole)
    if body is MarkBody.INTERVAL:
        core0, core1 = on_screen(mark.core0, mark.core1, view_width, 1.0)
        core = QRectF(core0, top + 2, max(0.0, core1 - core0), _BAND - 4)
        if core.width() > 0:
            painter.setBrush(color)
            painter.drawRect(core)
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
    # Not QBrush(gradient): PySide would make the QImage class (~3 M instructions at the
    # first paint) to check that constructor's QImage overload.
    painter.setBrush(gradient)
    painter.drawRect(QRectF(min(x, end), cy - 2, length, 4))
    painter.setPen(QPen(solid, 1.4))
    tip = end
    painter.drawLine(QPointF(tip - direction * 5, cy - 4), QPointF(tip, cy))
    painter.drawLine(QPointF(tip - direction * 5, cy + 4), QPointF(tip, cy))
