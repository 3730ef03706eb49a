"""Where everything of an exported picture goes: title block, timeline scene, legend, footer.

:func:`plan_export` lays an export out at its own size in logical pixels (labels are placed
for that size, not blown up from the screen) and builds each page's scene with the same
:func:`~.scene.build_scene` as the window. Painting and encoding are :mod:`.export`'s.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import msgspec
import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
)

from ..model.plain_header import DocumentLike
from ..model.timeline import Timeline
from ..model.untrusted_text import shown
from ..resources import resource_path
from .calendar_names import LocaleNames
from .compress import apply_breaks, find_compression, packed_inputs
from .export_options import (
    DEFAULT_FONT_PX,
    FONT_FILES,
    MAX_IMAGE_BYTES,
    MAX_SIZE,
    MIN_SCENE_HEIGHT,
    ExportedFile,
    ExportError,
    ExportFormat,
    ExportOptions,
    ExportSubject,
    PhraseWarning,
    View,
    check_bytes,
    check_options,
    max_side,
)
from .export_text import PAD, LaidText, footer_texts, header_texts, stack
from .font_gaps import missing_characters
from .inputs import scene_inputs, top_level_actors
from .legend import LegendKind, legend_size, scene_actor_colors, scene_kinds
from .page_maps import compressed_page_maps, page_maps
from .scene import (
    DETAIL_LIMIT,
    Geometry,
    Scene,
    SceneInputs,
    build_scene,
    build_scene_filling,
    label_text,
    shown_flags,
)
from .theme import Theme, theme
from .ticks import AxisTicks
from .timemap import TimeMap

_MAX_SOURCES = 60  # beyond this the footer refers to the event file
_MAX_SOURCES_DENSE = 12  # a density view numbers no labels: a short list is enough
_EXACT_CITATIONS = 5000  # beyond this many events, citations come from the quote table
_PROBE_LANES = 60  # first guess when fitting the height to the lanes


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
class ExportContext:
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
    sources: list[tuple[int, DocumentLike]]
    more_sources: int
    shown: int
    undated: int
    total: int
    notice: str
    measure: Callable[[str], float]
    flagged: list[int] = field(default_factory=list)  # exported events with broken evidence
    # The date-phrase warnings of the exported events (QA #133), in the subject's order.
    phrase_warnings: list[PhraseWarning] = field(default_factory=list)
    file: ExportedFile | None = None  # None: the timeline's file as read
    missing: list[int] = field(default_factory=list)  # title characters no font has (.font_gaps)


@dataclass
class Page:
    timemap: TimeMap
    header: list[LaidText] = field(default_factory=list)
    footer: list[LaidText] = field(default_factory=list)
    header_h: float = 0.0
    legend_h: float = 0.0
    footer_h: float = 0.0
    scene: Scene | None = None
    scene_top: float = 0.0
    legend_top: float = 0.0
    footer_top: float = 0.0
    height: float = 0.0


@dataclass
class Plan:
    context: ExportContext
    width: int
    height: int
    pages: list[Page]
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
) -> tuple[dict[int, str], list[tuple[int, DocumentLike]], int]:
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
    cited = np.fromiter(citations, dtype=np.int64, count=len(citations))
    # The flags as drawn: a date in doubt on one component has no "(?)" on its label; keyed by
    # the index's flags, its citation's room was lost and "[1]" ran under its mark.
    drawn = shown_flags(timeline.index, cited)
    extra: dict[str, float] = {}
    for e, flags, cite in zip(cited.tolist(), drawn.tolist(), citations.values(), strict=True):
        text = label_text(int(flags), timeline.titles[e])
        extra[text] = max(extra.get(text, 0.0), 2 + cite_metrics.horizontalAdvance(cite))
    base = metrics.horizontalAdvance
    if not extra:
        return base
    return lambda text: base(text) + extra.get(text, 0.0)


def _context(subject: ExportSubject, full: TimeMap, options: ExportOptions) -> ExportContext:
    timeline, mask, cumulative = subject.timeline, subject.mask, subject.cumulative
    chosen = theme(options.theme)
    scene_theme = chosen
    if options.transparent and options.format is ExportFormat.PNG:
        scene_theme = msgspec.structs.replace(chosen, background=QColor(0, 0, 0, 0))
    font = export_font(options.font_pixel_size)
    cite_font = QFont(font)
    cite_font.setPixelSize(max(6, round(options.font_pixel_size * 0.75)))
    inputs = scene_inputs(timeline, mask, cumulative)
    events = _in_span(timeline, mask, full.start, full.end)
    citations: dict[int, str] = {}
    sources: list[tuple[int, DocumentLike]] = []
    more = 0
    if options.include_footer:
        # As build_scene decides: too many events in view are drawn as a density histogram.
        dense = events.size > DETAIL_LIMIT
        limit = _MAX_SOURCES_DENSE if dense else _MAX_SOURCES
        citations, sources, more = _citations(timeline, events, limit)
    passing = int(np.count_nonzero(mask))
    notice = ""
    if passing == 0:
        notice = QCoreApplication.translate("Export", "No events match the filter")
    elif events.size == 0:
        notice = QCoreApplication.translate("Export", "No events in the exported period")
    geometry = Geometry() if options.include_axis else Geometry(axis_height=4.0)
    locale = options.locale or options.language  # the axis speaks the export's language
    names = LocaleNames(QLocale(locale)) if locale else LocaleNames()
    return ExportContext(
        timeline=timeline,
        inputs=inputs,
        options=options,
        theme=chosen,
        scene_theme=scene_theme,
        font=font,
        cite_font=cite_font,
        names=names,
        geometry=geometry,
        filter_description=subject.filter_description.strip(),
        citations=citations,
        sources=sources,
        more_sources=more,
        shown=int(events.size),
        undated=int(np.count_nonzero(mask & ~timeline.index.dated)),
        total=timeline.index.count,
        notice=notice,
        measure=_measure_with_citations(timeline, font, cite_font, citations),
        flagged=[e for e in events.tolist() if timeline.provenance.is_flagged(e)],
        phrase_warnings=_drawn_warnings(subject.phrase_warnings, events),
        file=subject.file,
        missing=missing_characters(inputs.titles, events, font, DETAIL_LIMIT),
    )


def _drawn_warnings(
    warnings: Sequence[PhraseWarning], events: npt.NDArray[np.int64]
) -> list[PhraseWarning]:
    """The warnings about events drawn (``events``, sorted), as the broken quotes are listed
    for the exported events only."""
    if not warnings:
        return []
    wanted = np.fromiter((e for e, _ in warnings), dtype=np.int64, count=len(warnings))
    drawn = np.isin(wanted, events).tolist()
    return [w for w, keep in zip(warnings, drawn, strict=True) if keep]


def _legend_entries(
    ctx: ExportContext, scenes: Sequence[Scene]
) -> tuple[list[LegendKind], list[tuple[str, int]]]:
    """Kinds of mark and actor colours of the scenes drawn (the legend pane's rule)."""
    found = {kind for scene in scenes for kind in scene_kinds(scene)}
    kinds = [k for k in LegendKind if k in found]
    slots = sorted(
        {c for scene in scenes for c in scene_actor_colors(scene)}, key=lambda c: (c < 0, c)
    )
    timeline = ctx.timeline
    tops = top_level_actors(timeline)
    actors = [(shown(timeline.actors[tops[s]].name), s) for s in slots if 0 <= s < len(tops)]
    if -1 in slots:
        actors.append((QCoreApplication.translate("Export", "No actor"), -1))
    return kinds, actors


def _fit_height(ctx: ExportContext, timemap: TimeMap, limit: float) -> float:
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


def plan_export(
    subject: ExportSubject,
    view: View,
    options: ExportOptions,
    progress: Callable[[float], None],
) -> Plan:
    """Lay ``subject`` out over ``view`` (call it within :func:`.export_text.export_language`
    when the export has a language of its own: the texts are made here)."""
    check_options(options)
    timeline, mask, cumulative = subject.timeline, subject.mask, subject.cumulative
    width = options.width
    pages = options.pages if options.format is ExportFormat.PDF else 1
    inputs = scene_inputs(timeline, mask, cumulative)
    compression = find_compression(timeline.index, mask) if options.compress else None
    if compression is not None:
        # Long stretches without events become labelled breaks: the scene is laid out over
        # packed time, the span asked for is packed the same way.
        inputs = packed_inputs(inputs, compression)
        if isinstance(view, TimeMap):
            view = (view.start, view.end)
        view = (compression.packed(view[0]), compression.packed(view[1]))
    measure = QFontMetricsF(export_font(options.font_pixel_size)).horizontalAdvance
    maps = None
    if compression is not None and pages > 1 and not isinstance(view, TimeMap):
        maps = compressed_page_maps(view, width, pages, inputs, compression, measure)
    if maps is None:
        maps = page_maps(view, width, pages, inputs, measure)
        full = TimeMap(maps[0].start, maps[0].seconds_per_pixel, float(width * pages))
    else:
        pages = len(maps)
        span = max(maps[-1].end - maps[0].start, 1.0)
        full = TimeMap(maps[0].start, span / (width * pages), float(width * pages))
    real_full = full
    if compression is not None:
        t0, t1 = compression.real(full.start), compression.real(full.end)
        real_full = TimeMap(t0, max(t1 - t0, 1.0) / full.width, full.width)
    ctx = _context(subject, real_full, options)
    ctx.inputs = inputs
    # The legend explains the scenes drawn, which depend on the height the legend leaves:
    # lay out, draw, read the legend off the scenes, and again until it no longer changes.
    kinds: list[LegendKind] = []
    actors: list[tuple[str, int]] = []
    plan_pages = [Page(tm) for tm in maps]
    for k, page in enumerate(plan_pages):
        page.header = header_texts(ctx, k, pages, width)
        page.footer = footer_texts(ctx, width)
    raster = options.format is ExportFormat.PNG
    height_limit = max_side(options.scale) if raster else MAX_SIZE
    if raster:
        height_limit = min(height_limit, MAX_IMAGE_BYTES // (4 * width * options.scale**2))
    for _attempt in range(3):
        scene_h = _layout_blocks(ctx, plan_pages, kinds, actors, width, options, height_limit)
        for page in plan_pages:
            # A fixed height the lanes do not fill: they are spread over it.
            build = build_scene_filling if options.height is not None else build_scene
            page.scene = build(
                ctx.inputs,
                page.timemap,
                scene_h,
                ctx.measure,
                ctx.names,
                ctx.geometry,
                lane_cache={},
            )
            if compression is not None:
                apply_breaks(page.scene, compression, ctx.measure, ctx.names)
            if not options.include_axis:
                page.scene.ticks = _unlabelled(page.scene.ticks)
        scenes = [p.scene for p in plan_pages if p.scene is not None]
        revised = _legend_entries(ctx, scenes)
        if revised == (kinds, actors):
            break
        kinds, actors = revised
    progress(0.3)
    height = round(max(p.height for p in plan_pages))
    if options.height is None and raster:
        check_bytes(width, height, options.scale)
    return Plan(ctx, width, height, plan_pages, kinds, actors)


def _unlabelled(ticks: AxisTicks) -> AxisTicks:
    """Ticks and gridlines without their labels (a clip would not do: SVG ignores clips)."""
    return msgspec.structs.replace(
        ticks,
        minor=[msgspec.structs.replace(t, label="") for t in ticks.minor],
        major=[msgspec.structs.replace(t, label="") for t in ticks.major],
    )


def _layout_blocks(
    ctx: ExportContext,
    pages: list[Page],
    kinds: list[LegendKind],
    actors: list[tuple[str, int]],
    width: int,
    options: ExportOptions,
    height_limit: int,
) -> float:
    """Place header, scene, legend and footer on each page; returns the scene height."""
    legend_h = 0.0
    if options.include_legend and (kinds or actors):
        size = legend_size(ctx.font, actors, kinds=kinds, max_width=width - 2 * PAD)
        legend_h = size.height() + PAD if size.height() else 0.0
    for page in pages:
        page.header_h = stack(page.header, PAD, 4) + 8 if page.header else 0.0
        page.legend_h = legend_h
        bottom = stack(page.footer, 0.0, 3)
        # The last block gets a bottom margin: the footer's own, or one under the legend.
        page.footer_h = bottom + 2 * PAD if page.footer else (PAD if legend_h else 0.0)
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
        page.legend_top = page.scene_top + scene_h + (PAD if legend_h else 0.0)
        page.footer_top = page.scene_top + scene_h + legend_h
        page.height = page.footer_top + page.footer_h
    return scene_h
