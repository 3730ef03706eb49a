"""The legend's samples: each kind of mark drawn by the scene painter's own functions on a
one-lane scene, so a sample looks exactly like the mark it explains in every theme."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..model.format_rules import EventStatus, ReviewState
from ..model.time_index import REVIEW_CODES, STATUS_CODES, MarkFlag
from .axis_paint import paint_documents
from .date_marks import DateFormMark, Doubt, Piece
from .evidence_marks import EVIDENCE_KINDS, paint_evidence_sample
from .legend_kinds import DATE_FORM_KINDS, FORM_KINDS, LegendKind
from .mark_paint import paint_mark
from .paint_options import PaintOptions
from .painter import paint_cluster
from .scene import Cluster, DocumentMark, Geometry, Mark, Scene
from .scene_items import label_text
from .theme import Theme
from .ticks import AxisTicks, TickUnit
from .timemap import TimeMap

SAMPLE_W = 56.0  # room for a band, an open tail or a trailing "?"
_LABEL_ROOM = 8.0  # clear space after a sample's "(?)" or "~", so it is not read as the text


def _sample_scene(row_h: float, height: float) -> Scene:
    """A one-lane scene whose lane 0 is the sample row (the painter reads only geometry)."""
    geometry = Geometry(top=0.0, lane_height=row_h, axis_height=0.0)
    ticks = AxisTicks(TickUnit.Y10000, [], [], [])
    return Scene(TimeMap(0.0, 1.0, SAMPLE_W), SAMPLE_W, height, geometry, ticks, 0)


def _sample_mark(kind: LegendKind | None, color: int, metrics: QFontMetricsF) -> Mark:
    occurred = STATUS_CODES[EventStatus.OCCURRED]
    # Samples are reviewed marks, so only the "not reviewed" sample looks tentative.
    verified = REVIEW_CODES[ReviewState.VERIFIED]
    # Points and bands share a centre, so samples line up in their column.
    point = (15.5, 26.5)  # one marker (Geometry().marker) wide
    band = (4.0, 38.0)
    x0, x1, flags = *point, 0
    status, review = occurred, verified
    core = (0.0, 0.0)
    if kind is LegendKind.INTERVAL:
        (x0, x1), flags, core = band, MarkFlag.INTERVAL, (band[0] + 4, band[1] - 4)
    elif kind is LegendKind.IMPRECISE:
        x0, x1 = band
    elif kind is LegendKind.UNCERTAIN:
        (x0, x1), flags = band, MarkFlag.UNCERTAIN
    elif kind is LegendKind.APPROXIMATE:
        (x0, x1), flags = band, MarkFlag.APPROXIMATE
    elif kind is LegendKind.OPEN:
        flags = MarkFlag.OPEN_END
    elif kind is LegendKind.PLANNED:
        status = STATUS_CODES[EventStatus.PLANNED]
    elif kind is LegendKind.DEADLINE:
        status = STATUS_CODES[EventStatus.DEADLINE]
    elif kind is LegendKind.DISPUTED:
        review = REVIEW_CODES[ReviewState.DISPUTED]
    elif kind is LegendKind.UNREVIEWED:
        review = REVIEW_CODES[ReviewState.UNREVIEWED]
    elif kind in DATE_FORM_KINDS and kind is not LegendKind.COMPONENT:
        x0, x1 = band
    if flags & (MarkFlag.UNCERTAIN | MarkFlag.APPROXIMATE):
        # The band ends early enough that its "(?)" or "~" stays clear of the entry's text.
        mark_w = metrics.horizontalAdvance(label_text(int(flags), "").strip())
        x1 = max(x0 + 12, min(x1, SAMPLE_W - 3 - mark_w - _LABEL_ROOM))
    flagged = kind in (LegendKind.PROVENANCE, LegendKind.DATE_PHRASE_FLAG, LegendKind.UNREADABLE)
    is_point = x1 - x0 < Geometry().marker + 0.5
    if not is_point and kind is not LegendKind.INTERVAL:
        core = (x0, x1)
    return Mark(
        event=-1,
        x0=x0,
        x1=x1,
        core0=core[0],
        core1=core[1],
        point=is_point,
        lane=0,
        label="",
        label_x=x1 + 3,
        flags=int(flags),
        status=status,
        review=review,
        color=color,
        faded=False,
        flagged=flagged,
        coarse=kind is LegendKind.SPAN_POINT,
    )


def _sample_form(kind: LegendKind | None) -> DateFormMark | None:
    """The date-form layer of a sample: made-up pieces in the sample's 56 px."""
    members = (Piece(9.0, 10.0, True), Piece(20.0, 26.0, False), Piece(32.0, 38.0, False))
    form = next((int(bit) for bit, k in FORM_KINDS if k is kind), 0)
    if kind is LegendKind.UNSPECIFIED:
        dividers = (10.8, 17.6, 24.4, 31.2)
        return DateFormMark(form, (Piece(4.0, 38.0, False),), dividers, unspecified=True)
    if kind is LegendKind.SEASON:
        return DateFormMark(form, (Piece(6.0, 36.0, False),), (16.0, 26.0), season=True)
    if kind is LegendKind.ONE_OF_SET:
        return DateFormMark(form, members, joined=True)
    if kind is LegendKind.ALL_OF_SET:
        return DateFormMark(form, members, joined=True, certain=True)
    if kind is LegendKind.SIGNIFICANT:
        return DateFormMark(form, (Piece(4.0, 38.0, False),), estimate_x=22.0)
    if kind is LegendKind.COMPONENT:
        return DateFormMark(form, doubts=(Doubt(2.0, 40.0, "?", "year", 0),))
    return None


def paint_sample(
    painter: QPainter,
    theme: Theme,
    font: QFont,
    metrics: QFontMetricsF,
    kind: LegendKind | None,
    color: int,
    x: float,
    top: float,
    row_h: float,
) -> None:
    painter.save()
    painter.translate(x, top)
    painter.setFont(font)
    scene = _sample_scene(row_h, row_h)
    if kind is LegendKind.DOCUMENT:
        # The axis line the triangle sits on, then the painter's own document marker.
        axis_y = row_h - 5
        painter.setPen(QPen(theme.grid_major, 1))
        painter.drawLine(QPointF(0, axis_y), QPointF(40, axis_y))
        doc_scene = _sample_scene(row_h, axis_y)
        doc_scene.documents.append(DocumentMark(21.0, 21.0, -1, ""))
        paint_documents(painter, doc_scene, theme)
    elif kind in EVIDENCE_KINDS:
        paint_evidence_sample(painter, theme, font, str(kind), row_h)
    elif kind is LegendKind.CLUSTER:
        paint_cluster(painter, scene, theme, metrics, Cluster(2.0, 40.0, 0, 0, 3, ()), False)
    elif kind is LegendKind.DENSITY:
        _paint_density_sample(painter, theme, row_h)
    else:
        options = PaintOptions(font=font)
        sample = _sample_form(kind)
        if sample is not None:
            scene.date_forms[-1] = sample
        mark = _sample_mark(kind, color, metrics)
        paint_mark(painter, scene, theme, options, metrics, mark)
    painter.restore()


def _paint_density_sample(painter: QPainter, theme: Theme, row_h: float) -> None:
    # Mirrors the painter's log-scaled histogram: a few columns of varying height.
    color = QColor(theme.density)
    color.setAlpha(200)
    for k, share in enumerate((0.3, 0.6, 1.0, 0.8, 0.45, 0.7, 0.2, 0.5)):
        h = share * (row_h - 6)
        painter.fillRect(QRectF(4 + k * 4, row_h - 3 - h, 3, h), color)
