"""Export a timeline as a picture for reports: PNG, SVG or PDF, carrying its title and sources.

Only QtGui and QtSvg are used (no widgets), so the command line renders with a
QGuiApplication and no display. The timeline itself is the same scene and painter as the
window's; around it come a title block, the legend and a footer that numbers the source
documents and names the file, its hash, the filter and the date.

Four modules, by idea: :mod:`.export_options` (what is asked, limits, results),
:mod:`.export_layout` (where each block goes, the scenes), :mod:`.export_text` (the words,
in the export's language) and this one (painting, encoding).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

from .. import __version__
from ..model.atomic_write import atomic_write
from ..model.format_rules import ReviewState
from ..model.time_index import REVIEW_CODES
from ..model.timeline import Timeline
from .export_layout import ExportContext, Page, Plan, export_font, plan_export
from .export_options import (
    DEFAULT_WIDTH,
    MAX_SIZE,
    MIN_SIZE,
    PAGE_IDS,
    SCALES,
    ExportCancelled,
    ExportError,
    ExportExtent,
    ExportFormat,
    ExportOptions,
    ExportResult,
    ExportSubject,
    Orientation,
    PageSize,
    Progress,
    View,
    check_options,
    default_file_name,
    max_side,
)
from .export_text import PAD, export_language, file_words, shown_file
from .inputs import document_dates
from .label_places import LabelPlace
from .legend import paint_legend
from .mark_paint import paint_label_plate
from .painter import PaintOptions, paint_scene
from .scene import Scene, label_text
from .timemap import event_window, fit_map, view_range

# --- painting ------------------------------------------------------------------------------


def _paint_page(painter: QPainter, plan: Plan, page: Page) -> None:
    ctx = plan.context
    width = float(plan.width)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for text in page.header:
        text.draw(painter, PAD)
    scene = page.scene
    assert scene is not None
    painter.save()
    painter.translate(0, page.scene_top)
    painter.setClipRect(QRectF(0, 0, width, scene.height))
    # A label its page's left edge would cut is shown whole by the page before; the first
    # page has none before it, and holds such labels at its edge (QA #114).
    whole_labels = page is not plan.pages[0]
    paint_scene(
        painter, scene, ctx.scene_theme, PaintOptions(font=ctx.font, whole_labels=whole_labels)
    )
    _paint_citations(painter, scene, ctx)
    if ctx.notice:
        _paint_notice(painter, scene, ctx)
    painter.restore()
    if ctx.options.include_legend and page.legend_h:
        paint_legend(
            painter,
            QPointF(PAD, page.legend_top),
            ctx.theme,
            ctx.font,
            plan.actors,
            kinds=plan.kinds,
            max_width=width - 2 * PAD,
        )
    if page.footer:
        top = page.footer_top + PAD
        painter.setPen(QPen(ctx.theme.grid_major, 1))
        painter.drawLine(QPointF(PAD, top - PAD / 2), QPointF(width - PAD, top - PAD / 2))
        painter.save()
        painter.translate(0, top)
        for text in page.footer:
            text.draw(painter, PAD)
        painter.restore()
    painter.restore()


def _paint_citations(painter: QPainter, scene: Scene, ctx: ExportContext) -> None:
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
        if cite is None or mark.faded or mark.label_x < 0 or mark.label_place == LabelPlace.STUCK:
            continue  # (a label a page's edge would cut is left out: PaintOptions.whole_labels)
        x = mark.label_x + metrics.horizontalAdvance(label_text(mark.flags, mark.label)) + 2
        if mark.review == disputed:
            x += metrics.horizontalAdvance("! ")
        if x + cite_metrics.horizontalAdvance(cite) > min(
            scene.width, mark.label_x + mark.label_room
        ):
            continue  # no room at the right edge or in its bar; the footer lists the source
        cy = scene.lane_y(mark.lane) + g.lane_height / 2
        baseline = cy + metrics.ascent() / 2 - 1 - metrics.ascent() * 0.35
        if mark.label_place == LabelPlace.INSIDE:
            # Over the bar, on the label's plate (see mark_paint).
            right = x + cite_metrics.horizontalAdvance(cite) + 2
            paint_label_plate(painter, scene, mark, x - 2, right, ctx.scene_theme)
            painter.setPen(QPen(color))
        painter.drawText(QPointF(x, baseline), cite)
    painter.setFont(ctx.font)


def _paint_notice(painter: QPainter, scene: Scene, ctx: ExportContext) -> None:
    font = QFont(ctx.font)
    font.setPixelSize(round(ctx.options.font_pixel_size * 1.4))
    painter.setFont(font)
    painter.setPen(QPen(ctx.theme.muted))
    area = QRectF(0, scene.geometry.top, scene.width, scene.axis_top - scene.geometry.top)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), ctx.notice)
    painter.setFont(ctx.font)


# --- output --------------------------------------------------------------------------------


def _background(plan: Plan) -> QColor:
    options = plan.context.options
    if options.transparent and options.format is ExportFormat.PNG:
        return QColor(0, 0, 0, 0)
    return QColor(plan.context.theme.background)


def _png(plan: Plan, step: Callable[[float], None]) -> tuple[bytes, int, int]:
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


def _description(plan: Plan) -> str:
    ctx = plan.context
    named = shown_file(ctx.file, ctx.timeline)
    if named.sha256:
        parts = [
            QCoreApplication.translate(
                "Export", "Timeline exported by timelineapp {version} from {name} (SHA-256 {hash})"
            ).format(version=__version__, name=named.name, hash=named.sha256[:12])
        ]
    else:  # changes not saved, a draft: said as the footer says it, no hash
        parts = [
            QCoreApplication.translate(
                "Export", "Timeline exported by timelineapp {version}"
            ).format(version=__version__),
            file_words(ctx.file, ctx.timeline),
        ]
    if ctx.filter_description:
        parts.append(
            QCoreApplication.translate("Export", "Filter: {filter}").format(
                filter=ctx.filter_description
            )
        )
    if ctx.options.export_date:
        parts.append(
            QCoreApplication.translate("Export", "Exported {date}").format(
                date=ctx.options.export_date
            )
        )
    return ". ".join(parts)


def _title(plan: Plan) -> str:
    return plan.context.options.title or plan.context.timeline.title


def _svg(plan: Plan, step: Callable[[float], None]) -> bytes:
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


def _pdf(plan: Plan, step: Callable[[float], None]) -> bytes:
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
        QPageSize(PAGE_IDS[options.page_size]),
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
    subject: ExportSubject,
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
    with export_language(options.language):
        plan = plan_export(subject, view, options, step)
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
        len(plan.context.flagged),
    )


def render_preview(
    subject: ExportSubject, view: View, options: ExportOptions, box: QSize
) -> QImage:
    """The first page laid out exactly as exported, drawn scaled down to fit ``box``."""
    with export_language(options.language):
        plan = plan_export(subject, view, options, lambda _: None)
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
    """Write through the one atomic writer (:mod:`timelineapp.model.atomic_write`).

    A failure leaves any existing file untouched and no partial file behind. Raises OSError.
    """
    atomic_write(path, data.data if isinstance(data, ExportResult) else data)


# --- the range helpers under the names the dialog and the command line know ---------------


def timeline_range(timeline: Timeline, mask: npt.NDArray[np.bool_]) -> tuple[float, float]:
    """The span a whole-timeline export shows (:func:`.timemap.view_range`)."""
    published = ((d[1], d[2]) for d in document_dates(timeline))
    return view_range(timeline.index, mask, published)


def event_range(timeline: Timeline, event: int) -> tuple[float, float] | None:
    """An event's span with room around it (:func:`.timemap.event_window`)."""
    return event_window(timeline.index, event)


fitted_map = fit_map

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
    "ExportSubject",
    "Orientation",
    "PageSize",
    "Progress",
    "View",
    "check_options",
    "default_file_name",
    "event_range",
    "export_font",
    "fitted_map",
    "max_side",
    "render_export",
    "render_preview",
    "timeline_range",
    "write_export",
]
