"""The legend of a timeline picture: what each kind of mark means, and the actor colours.

This module lays the legend out and paints it; which kinds a scene shows and their words are
in :mod:`.legend_kinds`, the samples (the scene painter's own marks on a one-lane scene) in
:mod:`.legend_samples`. The widget (as an overlay) and the exporter (as a block under the
timeline) both paint it from here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from .legend_kinds import (
    BASIC_KINDS,
    DATE_FORM_KINDS,
    LegendKind,
    kind_text,
    scene_actor_colors,
    scene_kinds,
)
from .legend_samples import SAMPLE_W, paint_sample
from .theme import Theme

_PAD = 8.0  # inside the box
_SAMPLE_GAP = 6.0
_COLUMN_GAP = 18.0
_MAX_NAME_W = 260.0  # actor names are elided beyond this
_DEFAULT_COLUMNS = 2
_MIN_TEXT_W = 90.0  # a wrapped legend never squeezes its text narrower than this


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
    metrics = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    heading_metrics = QFontMetricsF(bold)
    chosen = BASIC_KINDS if kinds is None else [k for k in LegendKind if k in kinds]
    marks = [LegendEntry(k, -1, kind_text(k)) for k in chosen]
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
    cell_w = SAMPLE_W + _SAMPLE_GAP + text_w
    if max_width is None:
        columns = _DEFAULT_COLUMNS
    else:
        room = max_width - 2 * _PAD + _COLUMN_GAP
        columns = max(1, int(room // (cell_w + _COLUMN_GAP)))
    widest = max((len(es) for _, es in sections), default=0)
    columns = max(1, min(columns, widest))
    if wrap and max_width is not None and cell_w > max_width - 2 * _PAD:
        # One column narrower than its longest text: the text wraps beside its sample.
        text_w = max(_MIN_TEXT_W, max_width - 2 * _PAD - SAMPLE_W - _SAMPLE_GAP)
        cell_w = SAMPLE_W + _SAMPLE_GAP + text_w
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
    if wrap:  # the least room a text wraps in, whatever the entries
        return 2 * _PAD + SAMPLE_W + _SAMPLE_GAP + _MIN_TEXT_W
    layout = legend_layout(font, actor_entries, kinds=kinds)
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
    return legend_layout(font, actor_entries, kinds=kinds, max_width=max_width, wrap=wrap).size


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
    layout = legend_layout(font, actor_entries, kinds=kinds, max_width=max_width, wrap=wrap)
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
            paint_sample(
                painter, theme, font, metrics, entry.kind, entry.color, x, cell_top, layout.row_h
            )
            painter.setFont(font)
            painter.setPen(QPen(theme.text))
            baseline = cell_top + layout.row_h / 2 + metrics.ascent() / 2 - 1
            for n, line in enumerate(entry.lines):
                painter.drawText(
                    QPointF(x + SAMPLE_W + _SAMPLE_GAP, baseline + n * layout.line_h), line
                )
        y += sum(heights) + 4
    painter.restore()
    return layout.size


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
