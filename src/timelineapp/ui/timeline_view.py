"""The timeline's view: what it shows (its TimeMap, zoom limits, compressed stretches, the
cached scene), the view commands its QActions call, and the glue that paints a frame.

The render layer lays the scene out and paints it; the controller owns the file, filter and
selection. Input (wheel, drag, click, keys, gestures, tooltips) is ``.timeline_widget``'s,
which builds on this class: :class:`TimelineWidget` is the widget the window shows.

Its words are in the ``TimelineView`` translation context: PySide's ``tr()`` looks them up
along the instance's class hierarchy, so the widget finds them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from ..model.time_index import TimeIndex
from ..render.calendar_names import LocaleNames
from ..render.compress import CompressedTime, Compression, apply_breaks
from ..render.inputs import SceneSource
from ..render.painter import PaintOptions, label_measure, paint_scene
from ..render.scene import (
    Geometry,
    Hit,
    Scene,
    SceneInputs,
    build_scene_filling,
    fit_rooms,
    hit_test,
)
from ..render.theme import Theme, ThemeName, theme
from ..render.timemap import (
    LABEL_ROOM_SHARE,
    TimeMap,
    ZoomLimits,
    empty_range,
    event_window,
    fit_labelled,
    fit_map,
    view_range,
)
from .controller import TimelineController
from .empty_view import paint_empty_message

_KEY_ZOOM = 1.5  # Zoom In / Zoom Out (keys, menu, tool bar)


class TimelineView(QWidget):
    """What the timeline shows and how it is painted; :class:`TimelineWidget` adds input."""

    viewport_changed = Signal(object)  # TimeMap (the controller's viewport_changed follows)
    compressed_changed = Signal(bool)
    clear_filter_requested = Signal()  # the way back offered over a view the filter emptied

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._source = SceneSource(controller)
        self._names = LocaleNames()
        self._theme: Theme = theme(ThemeName.LIGHT)
        self._timemap = TimeMap(0.0, 86400.0, 800.0)
        self._limits: ZoomLimits | None = None
        self._scene: Scene | None = None
        self._dated_before = 0  # dated events before the last file_loaded (edits: keep zoom?)
        self._hover: Hit = Hit()
        self._hover_at: QPointF | None = None  # the pointer, while it is over the view
        self._lane_cache: dict[float, dict[int, int]] = {}
        self._time = CompressedTime()
        # The clickable way back drawn over an empty view, and what a click on it does.
        self._empty_link: tuple[QRectF, Callable[[], None]] | None = None
        self._measure = label_measure(self.font())
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Timeline"))
        controller.file_loaded.connect(self.on_file_loaded)
        controller.filter_changed.connect(self.on_filter_changed)
        controller.selection_changed.connect(self.on_selection_changed)
        controller.zoom_to_event_requested.connect(self.zoom_to_event)

    # --- state --------------------------------------------------------------------------
    @property
    def timemap(self) -> TimeMap:
        return self._timemap

    @property
    def scene(self) -> Scene:
        """The scene of the current view (built on demand, cached until something changes)."""
        if self._scene is None:
            # Few lanes used in a tall view: they are spread over the height.
            self._scene = build_scene_filling(
                self._inputs(),
                self._timemap,
                float(self.height()),
                self._measure,
                self._names,
                lane_cache=self._lane_cache,
            )
            if self._time.compression is not None:
                apply_breaks(self._scene, self._time.compression, self._measure, self._names)
            if self._hover != Hit():
                # What the pointer is over in the new scene: a still pointer must not
                # underline the mark that was under it before a zoom or a compression.
                at = self._hover_at
                self._hover = (
                    Hit() if at is None else hit_test(self._scene, at.x(), at.y(), self._measure)
                )
        return self._scene

    # --- compressed empty stretches ---------------------------------------------------------
    @property
    def compressed(self) -> bool:
        """Whether long stretches without events are drawn as labelled breaks."""
        return self._time.on

    @property
    def compression(self) -> Compression | None:
        """The breaks in use (None: the axis is linear)."""
        return self._time.compression

    def set_compressed(self, on: bool) -> None:
        if on == self._time.on:
            return
        self._time.on = on
        self._refresh_compression(keep_view=False)
        self.fit_all()
        self.compressed_changed.emit(on)

    def _refresh_compression(self, keep_view: bool = True) -> None:
        """Recompute the breaks (they depend on the events shown), keeping the real span."""
        timeline = self._controller.timeline
        real = self._time.real_span(self._timemap) if keep_view else None
        self._time.refresh(timeline.index if timeline else None, self._controller.mask)
        index = self._view_index()
        extent = index.extent() if index is not None else None
        if index is not None and extent is not None:
            extent = view_range(index, None)  # with Fit All's least span (a day: its week)
        self._limits = ZoomLimits.for_extent(*extent) if extent else None
        self._lane_cache.clear()
        self._scene = None
        if real is not None:
            self.show_window(*real)

    def _inputs(self) -> SceneInputs:
        return self._time.inputs(self._source.inputs())

    def _view_index(self) -> TimeIndex | None:
        """The index in the view's time: packed when compressed, else the file's."""
        if self._controller.timeline is None:
            return None
        return (
            self._inputs().index
            if self._time.compression is not None
            else (self._controller.timeline.index)
        )

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, name: ThemeName) -> None:
        self._theme = theme(name)
        self.update()
        self._publish_viewport()

    def set_show_faded(self, faded: bool) -> None:
        """Draw filtered-out events faded instead of hiding them."""
        self._source.show_faded = faded
        self.on_filter_changed()

    def set_show_lag(self, shown: bool) -> None:
        """Draw reporting-lag lines from events to their documents' publication marks."""
        self._source.show_lag = shown
        self.on_filter_changed()

    def set_timemap(self, timemap: TimeMap) -> None:
        if self._limits is not None:
            timemap = timemap.clamped(self._limits)
        if timemap == self._timemap:
            return
        self._timemap = timemap
        self._scene = None
        self.update()
        self._publish_viewport()

    def show_window(self, t0: float, t1: float) -> None:
        """Show exactly ``[t0, t1]`` of real time (the overview strip's box)."""
        t0, t1 = self._time.packed_span(t0, t1)
        width = float(max(1, self.width()))
        self.set_timemap(TimeMap(t0, max(t1 - t0, 1.0) / width, width))

    def show_range(self, t0: float, t1: float, right_margin: float = 0.0) -> None:
        """Show ``[t0, t1]`` with margins; ``right_margin`` (px) leaves room for labels."""
        width = float(max(1, self.width()))
        self.set_timemap(fit_map(t0, t1, width, right_margin, self._limits))

    # --- slots --------------------------------------------------------------------------
    def on_file_loaded(self) -> None:
        timeline = self._controller.timeline
        self._source.invalidate()
        dated, self._dated_before = (
            self._dated_before,
            timeline.index.dated_count if timeline else 0,
        )
        # _refresh_compression sets the zoom limits, clears the lane cache and the scene.
        if self._controller.reloading_after_edit and dated > 1:
            # An edit: keep the user's zoom (unless the file just began).
            wanted = self._time.real_span(self._timemap)
            self._refresh_compression(keep_view=True)
            if self._moved_to_empty_time(wanted):
                self.fit_all()
            self.update()
            return
        self._refresh_compression(keep_view=False)
        self.fit_all()

    def _moved_to_empty_time(self, wanted: tuple[float, float]) -> bool:
        """Whether the view kept after an edit is not the one the user had (the zoom limits
        of the edited file moved it) and shows none of the events there are. Deleting the
        earliest event of a draft narrowed the limits to 2024, and the view kept its start,
        in 2022, showing nothing (QA #135): the remaining events are shown instead."""
        timeline = self._controller.timeline
        if timeline is None:
            return False
        t0, t1 = self._time.real_span(self._timemap)
        tolerance = max(1.0, self._timemap.seconds_per_pixel)
        if abs(t0 - wanted[0]) <= tolerance and abs(t1 - wanted[1]) <= tolerance:
            return False  # where the user was, even if the edit emptied it
        index = timeline.index
        shown = index.dated & self._controller.mask
        if not np.any(shown):
            return False
        return not np.any(shown & (index.latest >= t0) & (index.earliest <= t1))

    def on_filter_changed(self) -> None:
        self._lane_cache.clear()
        real = self._time.real_span(self._timemap)
        self._source.invalidate()
        self._scene = None
        if self._time.on:
            self._refresh_compression(keep_view=False)
            self.show_window(*real)
        self.update()

    def on_selection_changed(self, event: object) -> None:
        if isinstance(event, int):
            self._ensure_visible(event)
        self.update()

    # --- commands (QActions call these) ------------------------------------------------
    def fit_all(self) -> None:
        """Show every event the filter lets through (all of them when nothing is filtered)."""
        timeline = self._controller.timeline
        width = float(max(1, self.width()))
        if timeline is None:
            self.set_timemap(TimeMap.fitted(*empty_range(), width))
            return
        index = self._view_index() or timeline.index
        published = ((d[1], d[2]) for d in self._inputs().documents)  # shown when no event is
        t0, t1 = view_range(index, self._controller.mask, published)
        # The labels' reach, and the end marks' own room in px (the last-ending events
        # found once for both).
        g = Geometry()
        reach, body = fit_rooms(self._inputs(), self._measure, g)
        # When the events outnumber the lanes the height allows, clusters are coming anyway:
        # the data keeps most of the width rather than giving it to labels.
        lanes = max(1, int((self.height() - g.top - g.axis_height - 4) // g.lane_height) - 1)
        share = 0.7 if self._controller.shown_count <= lanes else LABEL_ROOM_SHARE
        self.set_timemap(fit_labelled(t0, t1, width, reach, self._limits, share, body))

    def zoom_in(self) -> None:
        self._zoom(_KEY_ZOOM, self.width() / 2)

    def zoom_out(self) -> None:
        self._zoom(1 / _KEY_ZOOM, self.width() / 2)

    def pan_by(self, fraction: float) -> None:
        self.set_timemap(self._timemap.panned(-fraction * self.width(), self._limits))

    def zoom_to_event(self, event: int) -> None:
        index = self._view_index()
        window = event_window(index, event) if index is not None else None
        if window is not None:
            self.show_range(*window)

    def zoom_to_selection(self) -> None:
        if self._controller.selection is not None:
            self.zoom_to_event(self._controller.selection)

    def _zoom(self, factor: float, anchor_x: float) -> None:
        self.set_timemap(self._timemap.zoomed(factor, anchor_x, self._limits))

    def _ensure_visible(self, event: int) -> None:
        index = self._view_index()
        if index is None or not index.dated[event]:
            return
        t0 = float(index.earliest[event])
        t1 = float(index.latest[event])
        tm = self._timemap
        if t1 < tm.start or t0 > tm.end:
            centre = (t0 + t1) / 2
            self.set_timemap(tm.shifted(centre - (tm.start + tm.span / 2)))

    # --- Qt events ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._controller.timeline is None:
            painter.fillRect(self.rect(), self._theme.background)
            painter.setPen(self._theme.muted)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No event file is open. Use File › Open (Ctrl+O)."),
            )
            painter.end()
            return
        hover = self._hover
        options = PaintOptions(
            font=self.font(),
            measure=self._measure,
            selection=self._controller.selection,
            hover=hover.event,
            hover_cluster=hover.cluster,
            covering_label=self.tr(
                "{count} events span this whole view (coarse dates, long intervals): "
                "click to zoom out",
            ),
        )
        paint_scene(painter, self.scene, self._theme, options)
        self._paint_empty_view(painter)
        if self.hasFocus():
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.drawRect(QRectF(1, 1, self.width() - 2, self.height() - 2))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._measure = label_measure(self.font())
            self._lane_cache.clear()
            self._scene = None
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        old = event.oldSize().width()
        if old > 0:
            # Keep the visible span: a wider window shows more detail, not more time.
            span = self._timemap.span
            width = event.size().width()
            self._timemap = self._timemap.with_scale(span / max(1, width), float(width))
            self._lane_cache.clear()
            self._scene = None
            self._publish_viewport()
        else:
            self._timemap = self._timemap.resized(float(event.size().width()))
            self.fit_all()
        self._scene = None
        super().resizeEvent(event)

    # --- empty views ----------------------------------------------------------------------
    def empty_view_message(self) -> tuple[str, str, Callable[[], None] | None] | None:
        """Why the view is empty, the words of a way back and what it does; None if not empty.

        An empty timeline must never look like a broken one.
        """
        timeline = self._controller.timeline
        if timeline is None:
            return None
        index = timeline.index
        if index.count == 0:
            return (
                self.tr("This file has no events yet."),
                "",
                None,
            )
        shown = self._controller.shown_count
        if shown == 0:
            description = self._controller.filter_description
            text = (
                self.tr("No event matches the filter: {filter}").format(filter=description)
                if description
                else self.tr("No event matches the filter.")
            )
            return (
                text,
                self.tr("Show all events"),
                self.clear_filter_requested.emit,
            )
        scene = self.scene
        if scene.visible_count or scene.dense or scene.covering:
            return None
        if index.extent(self._controller.mask) is None:
            return (
                # WORKAROUND: a plural self.tr looks its text up under the runtime class only
                # (TimelineWidget) and misses (QA #146). Called on the class, PySide6 uses that
                # class, the context lupdate records; its stubs type tr per instance.
                TimelineView.tr(
                    "The %Ln matching event(s) have no date: see the Events table.",  # type: ignore[arg-type]
                    "",
                    shown,  # type: ignore[arg-type]
                ),
                "",
                None,
            )
        return (
            TimelineView.tr(  # WORKAROUND: as above (QA #146)
                "None of the %Ln matching event(s) is in this period.",  # type: ignore[arg-type]
                "",
                shown,  # type: ignore[arg-type]
            ),
            self.tr("Show them (Fit All)"),
            self.fit_all,
        )

    def _paint_empty_view(self, painter: QPainter) -> None:
        self._empty_link = None
        found = self.empty_view_message()
        if found is None:
            return
        text, link, action = found
        scene = self.scene
        area = QRectF(0, scene.geometry.top, self.width(), scene.axis_top - scene.geometry.top)
        colors = (self._theme.muted, self.palette().link().color())
        rect = paint_empty_message(painter, area, self.font(), colors, text, link)
        if rect is not None and action is not None:
            self._empty_link = (rect, action)

    # --- helpers ------------------------------------------------------------------------
    def _publish_viewport(self) -> None:
        """The controller owns the view window: tell it, then the widget's own listeners.

        Always in real time: when compressed, the real span the view covers, as a linear map.
        """
        view = self._time.real_view(self._timemap)
        self._controller.set_viewport(view)
        self.viewport_changed.emit(view)
