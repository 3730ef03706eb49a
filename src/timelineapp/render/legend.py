"""The legend of a timeline picture: what each kind of mark means, and the actor colours.

Samples are drawn by the scene painter's own mark functions on a one-lane scene, so a sample
looks exactly like the mark it explains in every theme. The widget (as an overlay) and the
exporter (as a block under the timeline) both paint it from here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from ..model.dates import DateForm, Precision
from ..model.file_format import EventStatus, ReviewState
from ..model.time_index import REVIEW_CODES, STATUS_CODES, MarkFlag
from .axis_paint import paint_documents
from .date_marks import SPREAD_FORMS, DateFormMark, Doubt, Piece
from .evidence_marks import EVIDENCE_KINDS, evidence_kinds, paint_evidence_sample
from .mark_paint import paint_mark
from .paint_options import PaintOptions
from .painter import paint_cluster
from .scene import Cluster, DocumentMark, Geometry, Mark, Scene
from .scene_items import label_text
from .theme import Theme
from .ticks import AxisTicks, TickUnit
from .timemap import TimeMap

_PAD = 8.0  # inside the box
_SAMPLE_W = 56.0  # room for a band, an open tail or a trailing "?"
_SAMPLE_GAP = 6.0
_COLUMN_GAP = 18.0
_MAX_NAME_W = 260.0  # actor names are elided beyond this
_DEFAULT_COLUMNS = 2
_MIN_TEXT_W = 90.0  # a wrapped legend never squeezes its text narrower than this
_LABEL_ROOM = 8.0  # clear space after a sample's "(?)" or "~", so it is not read as the text


class LegendKind(StrEnum):
    """One explained kind of mark, in the order the legend lists them."""

    DAY = "day"
    INTERVAL = "interval"
    IMPRECISE = "imprecise"
    UNCERTAIN = "uncertain"
    APPROXIMATE = "approximate"
    UNSPECIFIED = "unspecified"
    SEASON = "season"
    ONE_OF_SET = "one_of_set"
    ALL_OF_SET = "all_of_set"
    SIGNIFICANT = "significant"
    COMPONENT = "component"
    OPEN = "open"
    PLANNED = "planned"
    DEADLINE = "deadline"
    DISPUTED = "disputed"
    UNREVIEWED = "unreviewed"
    PROVENANCE = "provenance"
    SOURCES = "sources"  # evidence_marks: ring segments and grade
    CONFLICT = "conflict"
    CLAIMS = "claims"
    LAG = "lag"
    DOCUMENT = "document"
    CLUSTER = "cluster"
    DENSITY = "density"


# Everything but the two kinds that only appear in crowded views.
#: The EDTF forms beyond plain dates: explained when a view shows one.
DATE_FORM_KINDS: tuple[LegendKind, ...] = (
    LegendKind.UNSPECIFIED,
    LegendKind.SEASON,
    LegendKind.ONE_OF_SET,
    LegendKind.ALL_OF_SET,
    LegendKind.SIGNIFICANT,
    LegendKind.COMPONENT,
)
BASIC_KINDS: tuple[LegendKind, ...] = tuple(
    k for k in LegendKind if k not in (LegendKind.CLUSTER, LegendKind.DENSITY)
)


def _kind_text(kind: LegendKind) -> str:
    texts = {
        LegendKind.DAY: QCoreApplication.translate("Legend", "Event on a day"),
        LegendKind.INTERVAL: QCoreApplication.translate("Legend", "Interval (solid where certain)"),
        LegendKind.IMPRECISE: QCoreApplication.translate(
            "Legend", "Imprecise date (sometime in here)"
        ),
        LegendKind.UNCERTAIN: QCoreApplication.translate("Legend", "Uncertain date (?)"),
        LegendKind.APPROXIMATE: QCoreApplication.translate("Legend", "Approximate date (~)"),
        LegendKind.UNSPECIFIED: QCoreApplication.translate(
            "Legend", "Unspecified digits (199X: one of these)"
        ),
        LegendKind.SEASON: QCoreApplication.translate("Legend", "Season (over its months)"),
        LegendKind.ONE_OF_SET: QCoreApplication.translate("Legend", "One of these dates"),
        LegendKind.ALL_OF_SET: QCoreApplication.translate("Legend", "All of these dates"),
        LegendKind.SIGNIFICANT: QCoreApplication.translate(
            "Legend", "Estimated year, within its range"
        ),
        LegendKind.COMPONENT: QCoreApplication.translate(
            "Legend", "Doubt on the year, month or day only"
        ),
        LegendKind.OPEN: QCoreApplication.translate("Legend", "Open side (no bound known)"),
        LegendKind.PLANNED: QCoreApplication.translate("Legend", "Planned"),
        LegendKind.DEADLINE: QCoreApplication.translate("Legend", "Deadline"),
        LegendKind.DISPUTED: QCoreApplication.translate("Legend", "Disputed"),
        LegendKind.UNREVIEWED: QCoreApplication.translate(
            "Legend", "Not reviewed yet (pale, label in italics)"
        ),
        LegendKind.PROVENANCE: QCoreApplication.translate(
            "Legend", "A quote no longer matches its document"
        ),
        LegendKind.SOURCES: QCoreApplication.translate(
            "Legend", "Independent sources (a bar each), grade"
        ),
        LegendKind.CONFLICT: QCoreApplication.translate("Legend", "Sources disagree on the date"),
        LegendKind.CLAIMS: QCoreApplication.translate(
            "Legend", "Each source's date; firm: agreed by all"
        ),
        LegendKind.LAG: QCoreApplication.translate("Legend", "Reporting lag (to publication)"),
        LegendKind.DOCUMENT: QCoreApplication.translate("Legend", "Source document published"),
        LegendKind.CLUSTER: QCoreApplication.translate("Legend", "Events that did not fit (count)"),
        LegendKind.DENSITY: QCoreApplication.translate(
            "Legend", "Events per column (too many to draw)"
        ),
    }
    return texts[kind]


def scene_kinds(scene: Scene) -> list[LegendKind]:
    """The kinds of mark a scene actually shows, in legend order."""
    found: set[LegendKind] = set()
    planned, deadline = STATUS_CODES[EventStatus.PLANNED], STATUS_CODES[EventStatus.DEADLINE]
    disputed = REVIEW_CODES[ReviewState.DISPUTED]
    unreviewed = REVIEW_CODES[ReviewState.UNREVIEWED]
    for mark in scene.marks:
        if mark.form:
            found.update(_form_kinds(mark.form))
        if mark.form & SPREAD_FORMS:
            pass  # drawn by its date form (members, candidates, months), not as one band
        elif mark.point:
            found.add(LegendKind.DAY)
        elif mark.flags & MarkFlag.INTERVAL:
            found.add(LegendKind.INTERVAL)
        elif mark.precision < Precision.DAY:
            found.add(LegendKind.IMPRECISE)
        else:
            found.add(LegendKind.INTERVAL)
        if mark.flags & MarkFlag.UNCERTAIN:
            found.add(LegendKind.UNCERTAIN)
        if mark.flags & MarkFlag.APPROXIMATE:
            found.add(LegendKind.APPROXIMATE)
        if mark.flags & (MarkFlag.OPEN_START | MarkFlag.OPEN_END):
            found.add(LegendKind.OPEN)
        if mark.status == planned:
            found.add(LegendKind.PLANNED)
        if mark.status == deadline:
            found.add(LegendKind.DEADLINE)
        if mark.review == disputed:
            found.add(LegendKind.DISPUTED)
        if mark.review == unreviewed:
            found.add(LegendKind.UNREVIEWED)
        if mark.flagged and not mark.faded:
            found.add(LegendKind.PROVENANCE)
    found.update(LegendKind(kind) for kind in evidence_kinds(scene))
    if scene.documents:
        found.add(LegendKind.DOCUMENT)
    if scene.clusters and not scene.dense:
        found.add(LegendKind.CLUSTER)
    if scene.dense:
        found.update((LegendKind.DENSITY, LegendKind.CLUSTER))
    return [k for k in LegendKind if k in found]


_FORM_KINDS = (
    (DateForm.UNSPECIFIED, LegendKind.UNSPECIFIED),
    (DateForm.SEASON, LegendKind.SEASON),
    (DateForm.ONE_OF_SET, LegendKind.ONE_OF_SET),
    (DateForm.ALL_OF_SET, LegendKind.ALL_OF_SET),
    (DateForm.SIGNIFICANT, LegendKind.SIGNIFICANT),
    (DateForm.COMPONENT_QUALIFIED, LegendKind.COMPONENT),
)


def _form_kinds(form: int) -> list[LegendKind]:
    return [kind for bit, kind in _FORM_KINDS if form & bit]


def scene_actor_colors(scene: Scene) -> list[int]:
    """Palette indices of the marks a scene shows (-1: no actor), sorted, -1 last."""
    colors = {mark.color for mark in scene.marks if not mark.faded}
    return sorted(colors, key=lambda c: (c < 0, c))


@dataclass(frozen=True)
class LegendEntry:
    """One legend line: its sample (a kind of mark, or an actor colour) and its text."""

    kind: LegendKind | None  # None: an actor colour
    color: int
    text: str
    #: The text as drawn, one string per line (one line unless the legend wraps).
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegendLayout:
    """Where :func:`paint_legend` puts everything; ``text_w`` is the room for an entry's text."""

    size: QSizeF
    row_h: float
    line_h: float
    cell_w: float
    text_w: float
    columns: int
    sections: list[tuple[str, list[LegendEntry]]]
    #: Per section, the height of each row of entries (a wrapped entry makes its row taller).
    row_heights: list[list[float]]


def _wrapped(text: str, font: QFont, width: float) -> tuple[str, ...]:
    """``text`` broken into lines no wider than ``width``: at spaces, inside a word only when
    the word alone is wider (a long actor name), as Qt lays out a label."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return tuple(lines) or ("",)


def legend_layout(
    font: QFont,
    actor_entries: Sequence[tuple[str, int]],
    *,
    kinds: Collection[LegendKind] | None = None,
    max_width: float | None = None,
    wrap: bool = False,
) -> LegendLayout:
    """The layout :func:`paint_legend` draws with the same arguments (see there)."""
    return _layout(font, actor_entries, kinds, max_width, wrap)


def _layout(
    font: QFont,
    actor_entries: Sequence[tuple[str, int]],
    kinds: Collection[LegendKind] | None,
    max_width: float | None,
    wrap: bool = False,
) -> LegendLayout:
    metrics = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    heading_metrics = QFontMetricsF(bold)
    chosen = BASIC_KINDS if kinds is None else [k for k in LegendKind if k in kinds]
    marks = [LegendEntry(k, -1, _kind_text(k)) for k in chosen]
    actors = [
        LegendEntry(None, color, metrics.elidedText(name, Qt.TextElideMode.ElideRight, _MAX_NAME_W))
        for name, color in actor_entries
    ]
    sections = [
        (title, entries)
        for title, entries in (
            (QCoreApplication.translate("Legend", "Marks"), marks),
            (QCoreApplication.translate("Legend", "Colours: actors"), actors),
        )
        if entries
    ]
    row_h = max(20.0, metrics.height() + 6)
    text_w = max((metrics.horizontalAdvance(e.text) for _, es in sections for e in es), default=0)
    cell_w = _SAMPLE_W + _SAMPLE_GAP + text_w
    if max_width is None:
        columns = _DEFAULT_COLUMNS
    else:
        room = max_width - 2 * _PAD + _COLUMN_GAP
        columns = max(1, int(room // (cell_w + _COLUMN_GAP)))
    widest = max((len(es) for _, es in sections), default=0)
    columns = max(1, min(columns, widest))
    if wrap and max_width is not None and cell_w > max_width - 2 * _PAD:
        # One column narrower than its longest text: the text wraps beside its sample.
        text_w = max(_MIN_TEXT_W, max_width - 2 * _PAD - _SAMPLE_W - _SAMPLE_GAP)
        cell_w = _SAMPLE_W + _SAMPLE_GAP + text_w
        sections = [
            (title, [replace(e, lines=_wrapped(e.text, font, text_w)) for e in entries])
            for title, entries in sections
        ]
    else:
        sections = [
            (title, [replace(e, lines=(e.text,)) for e in entries]) for title, entries in sections
        ]
    line_h = metrics.lineSpacing()
    row_heights = [
        [
            max(row_h + (len(e.lines) - 1) * line_h for e in entries[r : r + columns])
            for r in range(0, len(entries), columns)
        ]
        for _, entries in sections
    ]
    heading_w = max((heading_metrics.horizontalAdvance(t) for t, _ in sections), default=0)
    width = 2 * _PAD + max(heading_w, columns * cell_w + (columns - 1) * _COLUMN_GAP)
    if max_width is not None:
        width = min(width, max(max_width, 0.0))
    height = 2 * _PAD
    for heights in row_heights:
        height += heading_metrics.height() + 2 + sum(heights)
    height += 4 * max(0, len(sections) - 1)
    size = QSizeF(width, height if sections else 0)
    return LegendLayout(size, row_h, line_h, cell_w, text_w, columns, sections, row_heights)


def legend_min_width(
    font: QFont,
    actor_entries: Sequence[tuple[str, int]],
    *,
    kinds: Collection[LegendKind] | None = None,
    wrap: bool = False,
) -> float:
    """Width of the legend laid out in one column: narrower cuts its lines short (or, with
    ``wrap``, narrower than the least room its text wraps in)."""
    layout = _layout(font, actor_entries, kinds, None)
    if wrap:
        return 2 * _PAD + _SAMPLE_W + _SAMPLE_GAP + _MIN_TEXT_W
    bold = QFont(font)
    bold.setBold(True)
    heading_w = max(
        (QFontMetricsF(bold).horizontalAdvance(t) for t, _ in layout.sections), default=0.0
    )
    return 2 * _PAD + max(heading_w, layout.cell_w)


def legend_size(
    font: QFont,
    actor_entries: Sequence[tuple[str, int]],
    *,
    kinds: Collection[LegendKind] | None = None,
    max_width: float | None = None,
    wrap: bool = False,
) -> QSizeF:
    """Size :func:`paint_legend` will take with the same arguments (0×0 when empty)."""
    return _layout(font, actor_entries, kinds, max_width, wrap).size


def paint_legend(
    painter: QPainter,
    top_left: QPointF,
    theme: Theme,
    font: QFont,
    actor_entries: Sequence[tuple[str, int]],
    *,
    kinds: Collection[LegendKind] | None = None,
    max_width: float | None = None,
    wrap: bool = False,
) -> QSizeF:
    """Draw a boxed legend at ``top_left``; returns its size.

    ``actor_entries`` are (name, palette index) of top-level actors (-1: events without an
    actor). ``kinds`` limits the explained marks (default: every basic kind); ``max_width``
    flows entries into as many columns as fit (default: two columns). With ``wrap`` (the
    Legend pane), a single column too wide for ``max_width`` wraps each text beside its
    sample instead of overflowing; exports lay their legend out unwrapped, as wide as given.
    """
    layout = _layout(font, actor_entries, kinds, max_width, wrap)
    if not layout.sections:
        return layout.size
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    box = QRectF(top_left, layout.size)
    fill = QColor(theme.background)
    # Slightly see-through, so an overlay on the timeline still hints at what is under it.
    fill.setAlpha(min(fill.alpha(), 240))
    painter.setPen(QPen(theme.grid_major, 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    painter.setClipRect(box)
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetricsF(font)
    heading_metrics = QFontMetricsF(bold)
    y = top_left.y() + _PAD
    for (title, entries), heights in zip(layout.sections, layout.row_heights, strict=True):
        painter.setFont(bold)
        painter.setPen(QPen(theme.muted))
        painter.drawText(QPointF(top_left.x() + _PAD, y + heading_metrics.ascent()), title)
        y += heading_metrics.height() + 2
        for k, entry in enumerate(entries):
            row, column = divmod(k, layout.columns)
            x = top_left.x() + _PAD + column * (layout.cell_w + _COLUMN_GAP)
            cell_top = y + sum(heights[:row])
            # The sample sits beside the first line; further lines run on below it.
            _paint_sample(painter, theme, font, metrics, entry, x, cell_top, layout.row_h)
            painter.setFont(font)
            painter.setPen(QPen(theme.text))
            baseline = cell_top + layout.row_h / 2 + metrics.ascent() / 2 - 1
            for n, line in enumerate(entry.lines):
                painter.drawText(
                    QPointF(x + _SAMPLE_W + _SAMPLE_GAP, baseline + n * layout.line_h), line
                )
        y += sum(heights) + 4
    painter.restore()
    return layout.size


def _sample_scene(row_h: float, height: float) -> Scene:
    """A one-lane scene whose lane 0 is the sample row (the painter reads only geometry)."""
    geometry = Geometry(top=0.0, lane_height=row_h, axis_height=0.0)
    ticks = AxisTicks(TickUnit.Y10000, [], [], [])
    return Scene(TimeMap(0.0, 1.0, _SAMPLE_W), _SAMPLE_W, height, geometry, ticks, 0)


def _sample_mark(kind: LegendKind | None, color: int, metrics: QFontMetricsF) -> Mark:
    occurred = STATUS_CODES[EventStatus.OCCURRED]
    # Samples are reviewed marks, so only the "not reviewed" sample looks tentative.
    verified = REVIEW_CODES[ReviewState.VERIFIED]
    # Points and bands share a centre, so samples line up in their column.
    point = (15.5, 26.5)  # one marker (Geometry().marker) wide
    band = (4.0, 38.0)
    x0, x1, flags, precision = *point, 0, Precision.DAY
    status, review = occurred, verified
    core = (0.0, 0.0)
    if kind is LegendKind.INTERVAL:
        (x0, x1), flags, core = band, MarkFlag.INTERVAL, (band[0] + 4, band[1] - 4)
    elif kind is LegendKind.IMPRECISE:
        (x0, x1), precision = band, Precision.MONTH
    elif kind is LegendKind.UNCERTAIN:
        (x0, x1), precision, flags = band, Precision.MONTH, MarkFlag.UNCERTAIN
    elif kind is LegendKind.APPROXIMATE:
        (x0, x1), precision, flags = band, Precision.MONTH, MarkFlag.APPROXIMATE
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
        (x0, x1), precision = band, Precision.YEAR
    if flags & (MarkFlag.UNCERTAIN | MarkFlag.APPROXIMATE):
        # The band ends early enough that its "(?)" or "~" stays clear of the entry's text.
        mark_w = metrics.horizontalAdvance(label_text(int(flags), "").strip())
        x1 = max(x0 + 12, min(x1, _SAMPLE_W - 3 - mark_w - _LABEL_ROOM))
    flagged = kind is LegendKind.PROVENANCE
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
        precision=int(precision),
        status=status,
        review=review,
        color=color,
        faded=False,
        flagged=flagged,
    )


def _sample_form(kind: LegendKind | None) -> DateFormMark | None:
    """The date-form layer of a sample: made-up pieces in the sample's 56 px."""
    members = (Piece(9.0, 10.0, True), Piece(20.0, 26.0, False), Piece(32.0, 38.0, False))
    form = next((int(bit) for bit, k in _FORM_KINDS if k is kind), 0)
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


def _paint_sample(
    painter: QPainter,
    theme: Theme,
    font: QFont,
    metrics: QFontMetricsF,
    entry: LegendEntry,
    x: float,
    top: float,
    row_h: float,
) -> None:
    painter.save()
    painter.translate(x, top)
    painter.setFont(font)
    scene = _sample_scene(row_h, row_h)
    if entry.kind is LegendKind.DOCUMENT:
        # The axis line the triangle sits on, then the painter's own document marker.
        axis_y = row_h - 5
        painter.setPen(QPen(theme.grid_major, 1))
        painter.drawLine(QPointF(0, axis_y), QPointF(40, axis_y))
        doc_scene = _sample_scene(row_h, axis_y)
        doc_scene.documents.append(DocumentMark(21.0, 21.0, -1, ""))
        paint_documents(painter, doc_scene, theme)
    elif entry.kind in EVIDENCE_KINDS:
        paint_evidence_sample(painter, theme, font, str(entry.kind), row_h)
    elif entry.kind is LegendKind.CLUSTER:
        paint_cluster(painter, scene, theme, metrics, Cluster(2.0, 40.0, 0, 0, 3, ()), False)
    elif entry.kind is LegendKind.DENSITY:
        _paint_density_sample(painter, theme, row_h)
    else:
        options = PaintOptions(font=font)
        sample = _sample_form(entry.kind)
        if sample is not None:
            scene.date_forms[-1] = sample
        mark = _sample_mark(entry.kind, entry.color, metrics)
        paint_mark(painter, scene, theme, options, metrics, mark)
    painter.restore()


def _paint_density_sample(painter: QPainter, theme: Theme, row_h: float) -> None:
    # Mirrors the painter's log-scaled histogram: a few columns of varying height.
    color = QColor(theme.density)
    color.setAlpha(200)
    for k, share in enumerate((0.3, 0.6, 1.0, 0.8, 0.45, 0.7, 0.2, 0.5)):
        h = share * (row_h - 6)
        painter.fillRect(QRectF(4 + k * 4, row_h - 3 - h, 3, h), color)


__all__ = [
    "BASIC_KINDS",
    "DATE_FORM_KINDS",
    "LegendEntry",
    "LegendKind",
    "LegendLayout",
    "legend_layout",
    "legend_min_width",
    "legend_size",
    "paint_legend",
    "scene_actor_colors",
    "scene_kinds",
]
