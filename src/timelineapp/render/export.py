"""Export a timeline as a picture for reports: PNG, SVG or PDF, carrying its title and sources.

Only QtGui and QtSvg are used (no widgets), so the command line renders with a
QGuiApplication and no display. The picture is laid out at the export's own size in
logical pixels, so labels are placed for that size rather than blown up from the screen,
and rendered at ``scale`` device pixels per logical pixel. The timeline itself is the same
scene and painter as the window's; around it come a title block, the legend and a footer
that numbers the source documents and names the file, its hash, the filter and the date.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtSvg import QSvgGenerator

from .. import __version__
from ..model.calendar import SECONDS_PER_DAY
from ..model.dates import Precision
from ..model.file_format import Document, EventStatus, ReviewState
from ..model.time_index import REVIEW_CODES, STATUS_CODES, MarkFlag
from ..model.timeline import Timeline
from ..resources import resource_path
from .calendar_names import LocaleNames
from .inputs import scene_inputs, top_level_actors
from .legend import LegendKind, legend_size, paint_legend
from .painter import PaintOptions, paint_scene
from .scene import DETAIL_LIMIT, Geometry, Scene, SceneInputs, build_scene, label_text
from .theme import Theme, ThemeName, theme
from .ticks import AxisTicks
from .timemap import TimeMap

# Limits, in logical pixels per side, and what Qt can allocate for a raster image.
MIN_SIZE = 200
MAX_SIZE = 20000
MAX_DEVICE_SIDE = 32767  # QPainter's raster engine works on 16-bit coordinates
MAX_IMAGE_BYTES = 1 << 29  # Qt refuses larger QImages by default (its allocation limit)
SCALES = (1, 2, 3)
MAX_PAGES = 50
DEFAULT_WIDTH = 1600
DEFAULT_FONT_PX = 12
MIN_SCENE_HEIGHT = 100  # below this the timeline itself would not be readable
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

_PAD = 16.0  # around the title, legend and footer blocks
_MAX_SOURCES = 60  # beyond this the footer refers to the event file
_MAX_SOURCES_DENSE = 12  # a density view numbers no labels: a short list is enough
_EXACT_CITATIONS = 5000  # beyond this many events, citations come from the quote table
_PROBE_LANES = 60  # first guess when fitting the height to the lanes


class ExportFormat(StrEnum):
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


class ExportExtent(StrEnum):
    """Which time span to export; the caller resolves it to a range or a time map."""

    VISIBLE = "visible"
    ALL = "all"
    SELECTION = "selection"


class PageSize(StrEnum):
    A4 = "A4"
    LETTER = "Letter"
    A3 = "A3"


class Orientation(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


_PAGE_IDS = {
    PageSize.A4: QPageSize.PageSizeId.A4,
    PageSize.LETTER: QPageSize.PageSizeId.Letter,
    PageSize.A3: QPageSize.PageSizeId.A3,
}


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how; every field has a sensible default for a report."""

    format: ExportFormat = ExportFormat.PNG
    extent: ExportExtent = ExportExtent.ALL  # informative: the caller resolves it
    width: int = DEFAULT_WIDTH  # logical px
    height: int | None = None  # logical px; None: as tall as the lanes need
    scale: int = 1  # device pixels per logical pixel (PNG; SVG's display size)
    page_size: PageSize = PageSize.A4
    orientation: Orientation = Orientation.LANDSCAPE
    pages: int = 1  # PDF: the time span is split over this many pages
    theme: ThemeName = ThemeName.LIGHT
    transparent: bool = False  # PNG only
    include_title: bool = True
    include_legend: bool = True
    include_axis: bool = True
    include_filter: bool = True
    include_footer: bool = True
    title: str | None = None  # overrides the file's title
    export_date: str = ""  # printed in the footer; fixed by the caller for reproducibility
    font_pixel_size: int = DEFAULT_FONT_PX
    locale: str = ""  # month names on the axis; "" for the system's


class ExportError(Exception):
    """An export that cannot be made; the message says why in words for the user."""


class ExportCancelled(ExportError):
    """The progress callback asked to stop."""


@dataclass(frozen=True)
class ExportResult:
    format: ExportFormat
    data: bytes
    width: int  # pixels of a PNG, logical size otherwise
    height: int
    pages: int
    shown: int  # events drawn (passing the filter, in the exported span)
    notice: str  # e.g. "No events match the filter"; "" when there is something to see


Progress = Callable[[float], bool]
View = TimeMap | tuple[float, float]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _tr_n(text: str, n: int) -> str:
    """A ``%n`` plural; without a translation the English source still reads right."""
    translated = QCoreApplication.translate("Export", text, None, n)
    # The source text came back untranslated: pick the English form ("1 event", "2 events").
    return translated.replace("(s)", "" if n == 1 else "s")


# --- options -------------------------------------------------------------------------------


def max_side(scale: int) -> int:
    """Largest width or height (logical px) a PNG may have at ``scale``."""
    return min(MAX_SIZE, MAX_DEVICE_SIDE // max(1, scale))


def check_options(options: ExportOptions) -> None:
    """Raise :class:`ExportError` naming the allowed range when a size cannot be made."""
    if options.scale not in SCALES:
        raise ExportError(f"scale {options.scale} is not allowed: use 1, 2 or 3")
    if not 1 <= options.pages <= MAX_PAGES:
        raise ExportError(f"{options.pages} pages is out of range: allowed 1 to {MAX_PAGES}")
    if options.pages > 1 and options.format is not ExportFormat.PDF:
        raise ExportError("several pages need the PDF format")
    if not 6 <= options.font_pixel_size <= 72:
        raise ExportError(f"font size {options.font_pixel_size} px is out of range: 6 to 72 px")
    raster = options.format is ExportFormat.PNG
    top = max_side(options.scale) if raster else MAX_SIZE
    for name, value in (("width", options.width), ("height", options.height)):
        if value is None:
            continue
        if not MIN_SIZE <= value <= top:
            at_scale = f" at scale {options.scale}" if top < MAX_SIZE else ""
            raise ExportError(
                f"{name} {value} px{at_scale} is out of range: allowed {MIN_SIZE} to {top} px"
            )
    if raster and options.height is not None:
        _check_bytes(options.width, options.height, options.scale)


def _check_bytes(width: int, height: int, scale: int) -> None:
    needed = width * height * scale * scale * 4
    if needed > MAX_IMAGE_BYTES:
        limit = MAX_IMAGE_BYTES // 4
        raise ExportError(
            f"a {width} × {height} px image at scale {scale} needs {needed / 2**20:,.0f} MB; "
            f"allowed up to {MAX_IMAGE_BYTES // 2**20} MB "
            f"(width × height × scale² at most {limit:,} pixels)"
        )


def default_file_name(title: str, fmt: ExportFormat | str) -> str:
    """A file name from a title: ``Niger 2024 : retrait…`` -> ``niger-2024-retrait….png``."""
    plain = unicodedata.normalize("NFKD", title)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].rstrip("-")
    return f"{slug or 'timeline'}.{ExportFormat(fmt).value}"


# --- ranges --------------------------------------------------------------------------------


def whole_range(timeline: Timeline, mask: npt.NDArray[np.bool_]) -> tuple[float, float] | None:
    """Earliest to latest instant of the dated events passing the filter (None: none)."""
    index = timeline.index
    passing = index.dated & mask
    if not passing.any():
        return None
    return float(index.earliest[passing].min()), float(index.latest[passing].max())


def timeline_range(timeline: Timeline, mask: npt.NDArray[np.bool_]) -> tuple[float, float]:
    """The span a whole-timeline export shows: the filtered events, else all, else a year."""
    found = whole_range(timeline, mask) or timeline.index.extent()
    return found if found is not None else (0.0, 365.0 * SECONDS_PER_DAY)


def event_range(timeline: Timeline, event: int) -> tuple[float, float] | None:
    """An event's span with room around it (as "zoom to event" shows it), None if undated."""
    index = timeline.index
    if not index.dated[event]:
        return None
    t0, t1 = float(index.earliest[event]), float(index.latest[event])
    pad = max((t1 - t0) * 0.6, SECONDS_PER_DAY * 3)
    return t0 - pad, t1 + pad


def fitted_map(t0: float, t1: float, width: float) -> TimeMap:
    """``[t0, t1]`` across ``width`` with room on the right for the last labels (as Fit All)."""
    right = min(320.0, width * 0.3)
    usable = max(width * 0.3, width - right)
    fitted = TimeMap.fitted(t0, t1, usable)
    return TimeMap(fitted.start, fitted.seconds_per_pixel, width)


# --- fonts ---------------------------------------------------------------------------------


@functools.cache
def bundled_font_family() -> str:
    """Register the bundled DejaVu fonts once per process; their family name.

    Exports use them so an image looks the same on every machine. Needs a QGuiApplication.
    """
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or QFont().family()


def export_font(pixel_size: int = DEFAULT_FONT_PX) -> QFont:
    """The bundled font at a pixel size, unhinted so advances scale linearly with ``scale``."""
    font = QFont(bundled_font_family())
    font.setPixelSize(pixel_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


# --- layout --------------------------------------------------------------------------------


@dataclass
class _Text:
    """A wrapped paragraph, laid out once and drawn as plain text (never HTML)."""

    layout: QTextLayout
    height: float
    color: QColor
    top: float = 0.0

    def draw(self, painter: QPainter, left: float) -> None:
        painter.setPen(QPen(self.color))
        self.layout.draw(painter, QPointF(left, self.top))


def _paragraph(text: str, font: QFont, width: float, color: QColor) -> _Text:
    # File text may hold newlines or tabs; a paragraph is one line of words.
    clean = " ".join(text.split())
    layout = QTextLayout(clean, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    layout.endLayout()
    return _Text(layout, y, color)


def _stack(texts: Sequence[_Text], top: float, gap: float) -> float:
    """Place paragraphs one under another from ``top``; returns the bottom."""
    y = top
    for k, text in enumerate(texts):
        y += gap if k else 0.0
        text.top = y
        y += text.height
    return y


@dataclass
class _Context:
    """What every page of one export shares."""

    timeline: Timeline
    inputs: SceneInputs
    options: ExportOptions
    theme: Theme
    scene_theme: Theme
    font: QFont
    cite_font: QFont
    names: LocaleNames
    geometry: Geometry
    filter_description: str
    citations: dict[int, str]  # event -> "[1,2]"
    sources: list[tuple[int, Document]]
    more_sources: int
    shown: int
    undated: int
    total: int
    notice: str
    measure: Callable[[str], float]


@dataclass
class _Page:
    timemap: TimeMap
    header: list[_Text] = field(default_factory=list)
    footer: list[_Text] = field(default_factory=list)
    header_h: float = 0.0
    legend_h: float = 0.0
    footer_h: float = 0.0
    scene: Scene | None = None
    scene_top: float = 0.0
    legend_top: float = 0.0
    footer_top: float = 0.0
    height: float = 0.0


@dataclass
class _Plan:
    context: _Context
    width: int
    height: int
    pages: list[_Page]
    kinds: list[LegendKind]
    actors: list[tuple[str, int]]


def _in_span(
    timeline: Timeline, mask: npt.NDArray[np.bool_], start: float, end: float
) -> npt.NDArray[np.int64]:
    index = timeline.index
    sel = index.dated & mask & (index.latest > start) & (index.earliest < end)
    return np.flatnonzero(sel).astype(np.int64)


def _citations(
    timeline: Timeline, events: npt.NDArray[np.int64], limit: int
) -> tuple[dict[int, str], list[tuple[int, Document]], int]:
    """Number the documents the exported events cite (file order) and label each event."""
    documents = timeline.documents
    cited: dict[int, list[int]] = {}
    if events.size <= _EXACT_CITATIONS:
        number = {d.id: k for k, d in enumerate(documents)}
        for e in events.tolist():
            found = [number[s.document] for s in timeline.events[e].sources if s.document in number]
            if found:
                cited[e] = found
        used = {d for found in cited.values() for d in found}
    else:
        # Building every event would take long; the quote table is already columnar. Only
        # sources without any quote are missed, and labels are not numbered at this density.
        rows = timeline.loaded.passage_rows
        used = set(np.unique(rows[np.isin(rows[:, 3], events), 0]).tolist())
    ordered = [k for k in range(len(documents)) if k in used]
    numbers = {k: n + 1 for n, k in enumerate(ordered[:limit])}
    labels: dict[int, str] = {}
    for e, found in cited.items():
        listed = sorted({numbers[k] for k in found if k in numbers})
        if listed:
            labels[e] = "[" + ",".join(str(n) for n in listed) + "]"
    sources = [(numbers[k], documents[k]) for k in ordered[:limit]]
    return labels, sources, max(0, len(ordered) - limit)


def _measure_with_citations(
    timeline: Timeline,
    font: QFont,
    cite_font: QFont,
    citations: dict[int, str],
) -> Callable[[str], float]:
    """Label widths that include the citation drawn after them, so the lanes keep room.

    The scene measures each label as drawn (with "~ " and " ?", see ``label_width``), so the
    citation's room is added to exactly that text; a label moved left of its mark at the
    right edge then keeps its citation clear of the mark.
    """
    metrics = QFontMetricsF(font)
    cite_metrics = QFontMetricsF(cite_font)
    flags = timeline.index.flags
    extra: dict[str, float] = {}
    for e, cite in citations.items():
        text = label_text(int(flags[e]), timeline.titles[e])
        extra[text] = max(extra.get(text, 0.0), 2 + cite_metrics.horizontalAdvance(cite))
    base = metrics.horizontalAdvance
    if not extra:
        return base
    return lambda text: base(text) + extra.get(text, 0.0)


def _context(
    timeline: Timeline,
    mask: npt.NDArray[np.bool_],
    cumulative: npt.NDArray[np.int64],
    filter_description: str,
    full: TimeMap,
    options: ExportOptions,
) -> _Context:
    chosen = theme(options.theme)
    scene_theme = chosen
    if options.transparent and options.format is ExportFormat.PNG:
        scene_theme = dataclasses.replace(chosen, background=QColor(0, 0, 0, 0))
    font = export_font(options.font_pixel_size)
    cite_font = QFont(font)
    cite_font.setPixelSize(max(6, round(options.font_pixel_size * 0.75)))
    inputs = scene_inputs(timeline, mask, cumulative)
    events = _in_span(timeline, mask, full.start, full.end)
    citations: dict[int, str] = {}
    sources: list[tuple[int, Document]] = []
    more = 0
    if options.include_footer:
        # As build_scene decides: too many events in view are drawn as a density histogram.
        dense = events.size > DETAIL_LIMIT
        limit = _MAX_SOURCES_DENSE if dense else _MAX_SOURCES
        citations, sources, more = _citations(timeline, events, limit)
    passing = int(np.count_nonzero(mask))
    notice = ""
    if passing == 0:
        notice = _tr("No events match the filter")
    elif events.size == 0:
        notice = _tr("No events in the exported period")
    geometry = Geometry() if options.include_axis else Geometry(axis_height=4.0)
    names = LocaleNames(QLocale(options.locale)) if options.locale else LocaleNames()
    return _Context(
        timeline=timeline,
        inputs=inputs,
        options=options,
        theme=chosen,
        scene_theme=scene_theme,
        font=font,
        cite_font=cite_font,
        names=names,
        geometry=geometry,
        filter_description=filter_description.strip(),
        citations=citations,
        sources=sources,
        more_sources=more,
        shown=int(events.size),
        undated=int(np.count_nonzero(mask & ~timeline.index.dated)),
        total=timeline.index.count,
        notice=notice,
        measure=_measure_with_citations(timeline, font, cite_font, citations),
    )


def _legend_entries(ctx: _Context, full: TimeMap) -> tuple[list[LegendKind], list[tuple[str, int]]]:
    """Kinds of mark and actor colours of the events in the exported span."""
    timeline = ctx.timeline
    index = timeline.index
    events = _in_span(timeline, ctx.inputs.mask, full.start, full.end)
    found: set[LegendKind] = set()
    if events.size:
        widths = (index.latest[events] - index.earliest[events]) / full.seconds_per_pixel
        flags = index.flags[events].astype(np.int64)
        point = widths < ctx.geometry.marker
        interval = (flags & MarkFlag.INTERVAL) != 0
        coarse = index.precision[events] < Precision.DAY
        checks = {
            LegendKind.DAY: point,
            LegendKind.INTERVAL: ~point & (interval | ~coarse),
            LegendKind.IMPRECISE: ~point & ~interval & coarse,
            LegendKind.UNCERTAIN: (flags & MarkFlag.UNCERTAIN) != 0,
            LegendKind.APPROXIMATE: (flags & MarkFlag.APPROXIMATE) != 0,
            LegendKind.OPEN: (flags & (MarkFlag.OPEN_START | MarkFlag.OPEN_END)) != 0,
            LegendKind.PLANNED: index.status[events] == STATUS_CODES[EventStatus.PLANNED],
            LegendKind.DEADLINE: index.status[events] == STATUS_CODES[EventStatus.DEADLINE],
            LegendKind.DISPUTED: index.review[events] == REVIEW_CODES[ReviewState.DISPUTED],
        }
        found.update(kind for kind, hits in checks.items() if bool(np.any(hits)))
    if any(full.start <= t1 and t0 <= full.end for _, t0, t1, _ in ctx.inputs.documents):
        found.add(LegendKind.DOCUMENT)
    kinds = [k for k in LegendKind if k in found]
    slots = set(np.unique(ctx.inputs.colors[events]).tolist()) if events.size else set()
    tops = top_level_actors(timeline)
    actors = [(timeline.actors[tops[s]].name, s) for s in sorted(slots) if 0 <= s < len(tops)]
    if -1 in slots:
        actors.append((_tr("No actor"), -1))
    return kinds, actors


def _page_maps(view: View, width: int, pages: int) -> list[TimeMap]:
    """One time map per page; pages tile the span left to right at one scale."""
    total = float(width * pages)
    if isinstance(view, TimeMap):
        full = TimeMap(view.start, max(view.span, 1.0) / total, total)
    else:
        full = fitted_map(view[0], view[1], total)
    spp = full.seconds_per_pixel
    return [TimeMap(full.start + k * width * spp, spp, float(width)) for k in range(pages)]


def _header(ctx: _Context, page: int, pages: int, width: float) -> list[_Text]:
    options = ctx.options
    theme_ = ctx.theme
    inner = width - 2 * _PAD
    texts: list[_Text] = []
    if options.include_title:
        title_font = QFont(ctx.font)
        title_font.setPixelSize(round(options.font_pixel_size * 1.6))
        title_font.setBold(True)
        title = options.title if options.title else ctx.timeline.title
        texts.append(_paragraph(title, title_font, inner, theme_.text))
        if ctx.shown < ctx.total:
            shown = ctx.names.locale.toString(ctx.shown)
            counts = _tr_n("{shown} of %Ln event(s) shown", ctx.total).format(shown=shown)
        else:
            counts = _tr_n("%Ln event(s)", ctx.total)
        if ctx.undated:
            counts += "; " + _tr_n("%Ln undated event(s) not on the timeline", ctx.undated)
        if pages > 1:
            counts += " · " + _tr("page {page} of {pages}").format(page=page + 1, pages=pages)
        texts.append(_paragraph(counts, ctx.font, inner, theme_.muted))
    if options.include_filter and ctx.filter_description:
        text = _tr("Filter: {filter}").format(filter=ctx.filter_description)
        texts.append(_paragraph(text, ctx.font, inner, theme_.muted))
    return texts


def _source_text(number: int, document: Document) -> str:
    details = [
        part
        for part in (
            document.author,
            document.publisher,
            document.published,
            document.url or document.archive_url,
        )
        if part
    ]
    text = f"[{number}] {document.title}"
    return text + (" — " + ", ".join(details) if details else "")


def _footer(ctx: _Context, width: float) -> list[_Text]:
    if not ctx.options.include_footer:
        return []
    theme_ = ctx.theme
    inner = width - 2 * _PAD
    bold = QFont(ctx.font)
    bold.setBold(True)
    texts: list[_Text] = []
    if ctx.sources:
        texts.append(_paragraph(_tr("Sources"), bold, inner, theme_.text))
        for number, document in ctx.sources:
            texts.append(_paragraph(_source_text(number, document), ctx.font, inner, theme_.text))
        if ctx.more_sources:
            more = _tr_n(
                "… and %Ln more source document(s), listed in the event file", ctx.more_sources
            )
            texts.append(_paragraph(more, ctx.font, inner, theme_.muted))
    else:
        texts.append(
            _paragraph(
                _tr("No source documents are cited by the events shown."),
                ctx.font,
                inner,
                theme_.muted,
            )
        )
    description = ctx.filter_description or _tr("none (all events)")
    texts.append(
        _paragraph(
            _tr("Filter: {filter}").format(filter=description), ctx.font, inner, theme_.muted
        )
    )
    loaded = ctx.timeline.loaded
    provenance = _tr("File: {name} · SHA-256 {hash}").format(
        name=loaded.name, hash=loaded.content_hash[:12]
    )
    if ctx.options.export_date:
        provenance += " · " + _tr("exported {date} with timelineapp {version}").format(
            date=ctx.options.export_date, version=__version__
        )
    texts.append(_paragraph(provenance, ctx.font, inner, theme_.muted))
    return texts


def _fit_height(ctx: _Context, timemap: TimeMap, limit: float) -> float:
    """Scene height that gives every lane used room, up to ``limit``."""
    g = ctx.geometry
    fixed = g.top + g.axis_height + 4

    def height_for(lanes: int) -> float:
        # One lane more than used: build_scene keeps the last one for counted clusters.
        return fixed + (lanes + 1) * g.lane_height + 0.5

    if ctx.shown == 0:
        return min(limit, 160.0)
    probe_h = min(limit, height_for(_PROBE_LANES))
    for attempt in range(2):
        scene = build_scene(ctx.inputs, timemap, probe_h, ctx.measure, ctx.names, g, lane_cache={})
        if scene.dense:
            return min(limit, 360.0)
        if not scene.clusters or probe_h >= limit or attempt:
            used = max((m.lane for m in scene.marks), default=0) + 1
            return min(limit, max(height_for(used), 120.0))
        probe_h = limit
    return limit  # pragma: no cover (the loop always returns)


def _plan(
    timeline: Timeline,
    mask: npt.NDArray[np.bool_],
    cumulative: npt.NDArray[np.int64],
    filter_description: str,
    view: View,
    options: ExportOptions,
    progress: Callable[[float], None],
) -> _Plan:
    check_options(options)
    width = options.width
    pages = options.pages if options.format is ExportFormat.PDF else 1
    maps = _page_maps(view, width, pages)
    full = TimeMap(maps[0].start, maps[0].seconds_per_pixel, float(width * pages))
    ctx = _context(timeline, mask, cumulative, filter_description, full, options)
    kinds, actors = _legend_entries(ctx, full)
    plan_pages = [_Page(tm) for tm in maps]
    for k, page in enumerate(plan_pages):
        page.header = _header(ctx, k, pages, width)
        page.footer = _footer(ctx, width)
    raster = options.format is ExportFormat.PNG
    height_limit = max_side(options.scale) if raster else MAX_SIZE
    if raster:
        height_limit = min(height_limit, MAX_IMAGE_BYTES // (4 * width * options.scale**2))
    for _attempt in range(3):
        scene_h = _layout_blocks(ctx, plan_pages, kinds, actors, width, options, height_limit)
        for page in plan_pages:
            page.scene = build_scene(
                ctx.inputs,
                page.timemap,
                scene_h,
                ctx.measure,
                ctx.names,
                ctx.geometry,
                lane_cache={},
            )
            if not options.include_axis:
                page.scene.ticks = _unlabelled(page.scene.ticks)
        scenes = [p.scene for p in plan_pages if p.scene is not None]
        revised = _revised_kinds(kinds, scenes)
        if revised == kinds:
            break
        kinds = revised
        if all(s.dense for s in scenes):
            actors = []  # a density histogram has one colour: actor colours explain nothing
    progress(0.3)
    height = round(max(p.height for p in plan_pages))
    if options.height is None and raster:
        _check_bytes(width, height, options.scale)
    return _Plan(ctx, width, height, plan_pages, kinds, actors)


def _unlabelled(ticks: AxisTicks) -> AxisTicks:
    """Ticks and gridlines without their labels (a clip would not do: SVG ignores clips)."""
    return dataclasses.replace(
        ticks,
        minor=[dataclasses.replace(t, label="") for t in ticks.minor],
        major=[dataclasses.replace(t, label="") for t in ticks.major],
    )


def _revised_kinds(kinds: list[LegendKind], scenes: Sequence[Scene]) -> list[LegendKind]:
    found = set(kinds)
    if scenes and all(s.dense for s in scenes):
        found &= {LegendKind.DOCUMENT}
        found |= {LegendKind.DENSITY, LegendKind.CLUSTER}
    elif any(s.clusters for s in scenes):
        found.add(LegendKind.CLUSTER)
    if any(s.dense for s in scenes):
        found.add(LegendKind.DENSITY)
    return [k for k in LegendKind if k in found]


def _layout_blocks(
    ctx: _Context,
    pages: list[_Page],
    kinds: list[LegendKind],
    actors: list[tuple[str, int]],
    width: int,
    options: ExportOptions,
    height_limit: int,
) -> float:
    """Place header, scene, legend and footer on each page; returns the scene height."""
    legend_h = 0.0
    if options.include_legend and (kinds or actors):
        size = legend_size(ctx.font, actors, kinds=kinds, max_width=width - 2 * _PAD)
        legend_h = size.height() + _PAD if size.height() else 0.0
    for page in pages:
        page.header_h = _stack(page.header, _PAD, 4) + 8 if page.header else 0.0
        page.legend_h = legend_h
        bottom = _stack(page.footer, 0.0, 3)
        # The last block gets a bottom margin: the footer's own, or one under the legend.
        page.footer_h = bottom + 2 * _PAD if page.footer else (_PAD if legend_h else 0.0)
    chrome = max(p.header_h + p.legend_h + p.footer_h for p in pages)
    if options.height is not None:
        scene_h = options.height - chrome
        if scene_h < MIN_SCENE_HEIGHT:
            needed = math.ceil(chrome + MIN_SCENE_HEIGHT)
            raise ExportError(
                f"a height of {options.height} px leaves no room for the timeline under the "
                f"title, legend and footer: at least {needed} px are needed (or leave parts out)"
            )
    else:
        limit = height_limit - chrome
        if limit < MIN_SCENE_HEIGHT:
            raise ExportError(
                f"the title, legend and footer alone need {math.ceil(chrome)} px of height; "
                f"at most {height_limit} px are possible: leave parts out"
            )
        scene_h = max(_fit_height(ctx, p.timemap, limit) for p in pages)
    for page in pages:
        page.scene_top = page.header_h
        page.legend_top = page.scene_top + scene_h + (_PAD if legend_h else 0.0)
        page.footer_top = page.scene_top + scene_h + legend_h
        page.height = page.footer_top + page.footer_h
    return scene_h


# --- painting ------------------------------------------------------------------------------


def _paint_page(painter: QPainter, plan: _Plan, page: _Page) -> None:
    ctx = plan.context
    width = float(plan.width)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for text in page.header:
        text.draw(painter, _PAD)
    scene = page.scene
    assert scene is not None
    painter.save()
    painter.translate(0, page.scene_top)
    painter.setClipRect(QRectF(0, 0, width, scene.height))
    paint_scene(painter, scene, ctx.scene_theme, PaintOptions(font=ctx.font))
    _paint_citations(painter, scene, ctx)
    if ctx.notice:
        _paint_notice(painter, scene, ctx)
    painter.restore()
    if ctx.options.include_legend and page.legend_h:
        paint_legend(
            painter,
            QPointF(_PAD, page.legend_top),
            ctx.theme,
            ctx.font,
            plan.actors,
            kinds=plan.kinds,
            max_width=width - 2 * _PAD,
        )
    if page.footer:
        top = page.footer_top + _PAD
        painter.setPen(QPen(ctx.theme.grid_major, 1))
        painter.drawLine(QPointF(_PAD, top - _PAD / 2), QPointF(width - _PAD, top - _PAD / 2))
        painter.save()
        painter.translate(0, top)
        for text in page.footer:
            text.draw(painter, _PAD)
        painter.restore()
    painter.restore()


def _paint_citations(painter: QPainter, scene: Scene, ctx: _Context) -> None:
    """Source numbers after the labels, smaller and raised, like a footnote call."""
    if not ctx.citations:
        return
    metrics = QFontMetricsF(ctx.font)
    cite_metrics = QFontMetricsF(ctx.cite_font)
    disputed = REVIEW_CODES[ReviewState.DISPUTED]
    g = scene.geometry
    color = QColor(ctx.theme.muted)
    painter.setFont(ctx.cite_font)
    painter.setPen(QPen(color))
    for mark in scene.marks:
        cite = ctx.citations.get(mark.event)
        if cite is None or mark.faded:
            continue
        x = mark.label_x + metrics.horizontalAdvance(label_text(mark.flags, mark.label)) + 2
        if mark.review == disputed:
            x += metrics.horizontalAdvance("! ")
        if x + cite_metrics.horizontalAdvance(cite) > scene.width:
            continue  # no room at the right edge; the footer still lists the source
        cy = scene.lane_y(mark.lane) + g.lane_height / 2
        baseline = cy + metrics.ascent() / 2 - 1 - metrics.ascent() * 0.35
        painter.drawText(QPointF(x, baseline), cite)
    painter.setFont(ctx.font)


def _paint_notice(painter: QPainter, scene: Scene, ctx: _Context) -> None:
    font = QFont(ctx.font)
    font.setPixelSize(round(ctx.options.font_pixel_size * 1.4))
    painter.setFont(font)
    painter.setPen(QPen(ctx.theme.muted))
    area = QRectF(0, scene.geometry.top, scene.width, scene.axis_top - scene.geometry.top)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), ctx.notice)
    painter.setFont(ctx.font)


# --- output --------------------------------------------------------------------------------


def _background(plan: _Plan) -> QColor:
    options = plan.context.options
    if options.transparent and options.format is ExportFormat.PNG:
        return QColor(0, 0, 0, 0)
    return QColor(plan.context.theme.background)


def _png(plan: _Plan, step: Callable[[float], None]) -> tuple[bytes, int, int]:
    scale = plan.context.options.scale
    px_w, px_h = plan.width * scale, plan.height * scale
    image = QImage(px_w, px_h, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"not enough memory for a {px_w} × {px_h} px image")
    image.setDevicePixelRatio(scale)
    # Resolution follows the scale, so a 2× image shows at its logical size in documents.
    dots = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(_background(plan))
    painter = QPainter(image)
    try:
        _paint_page(painter, plan, plan.pages[0])
    finally:
        painter.end()
    step(0.7)
    if not plan.context.options.transparent:
        # Opaque pictures are stored as RGB: a quarter smaller, and no alpha to surprise viewers.
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise ExportError(f"the PNG image could not be encoded: {writer.errorString()}")
    return bytes(buffer.data().data()), px_w, px_h


def _description(plan: _Plan) -> str:
    ctx = plan.context
    loaded = ctx.timeline.loaded
    parts = [
        _tr("Timeline exported by timelineapp {version} from {name} (SHA-256 {hash})").format(
            version=__version__, name=loaded.name, hash=loaded.content_hash[:12]
        )
    ]
    if ctx.filter_description:
        parts.append(_tr("Filter: {filter}").format(filter=ctx.filter_description))
    if ctx.options.export_date:
        parts.append(_tr("Exported {date}").format(date=ctx.options.export_date))
    return ". ".join(parts)


def _title(plan: _Plan) -> str:
    return plan.context.options.title or plan.context.timeline.title


def _svg(plan: _Plan, step: Callable[[float], None]) -> bytes:
    scale = plan.context.options.scale
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(96)
    generator.setSize(QSize(plan.width * scale, plan.height * scale))
    generator.setViewBox(QRectF(0, 0, plan.width, plan.height))
    generator.setTitle(_title(plan))
    generator.setDescription(_description(plan))
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, plan.width, plan.height), _background(plan))
        _paint_page(painter, plan, plan.pages[0])
    finally:
        painter.end()
    step(0.9)
    return bytes(buffer.data().data())


def _pdf(plan: _Plan, step: Callable[[float], None]) -> bytes:
    options = plan.context.options
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(_title(plan))
    writer.setCreator(f"timelineapp {__version__}")
    orientation = (
        QPageLayout.Orientation.Landscape
        if options.orientation is Orientation.LANDSCAPE
        else QPageLayout.Orientation.Portrait
    )
    layout = QPageLayout(
        QPageSize(_PAGE_IDS[options.page_size]),
        orientation,
        QMarginsF(10, 10, 10, 10),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    painter = QPainter(writer)
    try:
        for k, page in enumerate(plan.pages):
            if k:
                writer.newPage()
            # The picture keeps its proportions and is fitted into the printable area.
            factor = min(writer.width() / plan.width, writer.height() / page.height)
            painter.save()
            painter.scale(factor, factor)
            painter.fillRect(QRectF(0, 0, plan.width, page.height), _background(plan))
            _paint_page(painter, plan, page)
            painter.restore()
            step(0.3 + 0.6 * (k + 1) / len(plan.pages))
    finally:
        painter.end()
    return bytes(buffer.data().data())


def render_export(
    timeline: Timeline,
    mask: npt.NDArray[np.bool_],
    cumulative: npt.NDArray[np.int64],
    filter_description: str,
    view: View,
    options: ExportOptions,
    progress: Progress | None = None,
) -> ExportResult:
    """Render the export to bytes (nothing is written). Raises :class:`ExportError`.

    ``view`` is the span to show: a time map (the visible window, kept as it is) or a
    ``(t0, t1)`` range fitted to the width. ``progress`` gets a fraction in [0, 1] and
    returns False to cancel (:class:`ExportCancelled`).
    """

    def step(fraction: float) -> None:
        if progress is not None and not progress(fraction):
            raise ExportCancelled("export cancelled")

    step(0.0)
    plan = _plan(timeline, mask, cumulative, filter_description, view, options, step)
    width, height = plan.width, plan.height
    if options.format is ExportFormat.PNG:
        data, width, height = _png(plan, step)
    elif options.format is ExportFormat.SVG:
        data = _svg(plan, step)
    else:
        data = _pdf(plan, step)
    step(1.0)
    return ExportResult(
        options.format,
        data,
        width,
        height,
        len(plan.pages),
        plan.context.shown,
        plan.context.notice,
    )


def render_preview(
    timeline: Timeline,
    mask: npt.NDArray[np.bool_],
    cumulative: npt.NDArray[np.int64],
    filter_description: str,
    view: View,
    options: ExportOptions,
    box: QSize,
) -> QImage:
    """The first page laid out exactly as exported, drawn scaled down to fit ``box``."""
    plan = _plan(timeline, mask, cumulative, filter_description, view, options, lambda _: None)
    page = plan.pages[0]
    factor = min(box.width() / plan.width, box.height() / page.height, 1.0)
    image = QImage(
        max(1, math.ceil(plan.width * factor)),
        max(1, math.ceil(page.height * factor)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(_background(plan))
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        _paint_page(painter, plan, page)
    finally:
        painter.end()
    return image


def write_export(data: ExportResult | bytes, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file in the same folder, then a rename over ``path``.

    A failure leaves any existing file untouched and no partial file behind. Raises OSError.
    """
    payload = data.data if isinstance(data, ExportResult) else data
    target = Path(path)
    folder = target.parent
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; an image is meant to be shared like any other file.
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


__all__ = [
    "DEFAULT_WIDTH",
    "MAX_SIZE",
    "MIN_SIZE",
    "SCALES",
    "ExportCancelled",
    "ExportError",
    "ExportExtent",
    "ExportFormat",
    "ExportOptions",
    "ExportResult",
    "Orientation",
    "PageSize",
    "check_options",
    "default_file_name",
    "event_range",
    "export_font",
    "fitted_map",
    "max_side",
    "render_export",
    "render_preview",
    "timeline_range",
    "whole_range",
    "write_export",
]
