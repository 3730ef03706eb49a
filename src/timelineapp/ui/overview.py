"""The overview strip: event density over the whole extent and the visible window as a box.

Drag the box to move the view, drag its edges to resize it, click elsewhere to centre there.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ..render.timemap import TimeMap
from .controller import TimelineController

_EDGE = 5  # px: grabbing distance of the window's edges


class OverviewStrip(QWidget):
    window_requested = Signal(float, float)  # the user moved or resized the visible window

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._view: TimeMap | None = None
        self._whole: TimeMap | None = None
        self._counts: np.ndarray | None = None
        self._drag: tuple[str, float, float, float] | None = None  # mode, x, t0, t1
        self.setFixedHeight(42)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Overview"))
        self.setToolTip(self.tr("Whole timeline: drag the box to move the view, its edges to zoom"))
        controller.file_loaded.connect(self.on_data_changed)
        controller.filter_changed.connect(self.on_data_changed)

    def on_data_changed(self) -> None:
        self._whole = None
        self._counts = None
        self.update()

    def on_viewport_changed(self, timemap: object) -> None:
        if isinstance(timemap, TimeMap):
            self._view = timemap
            self.update()

    def _whole_map(self) -> TimeMap | None:
        timeline = self._controller.timeline
        extent = timeline.index.extent() if timeline else None
        if extent is None or self.width() <= 0:
            return None
        if self._whole is None or self._whole.width != self.width():
            t0, t1 = extent
            span = max(t1 - t0, 86400.0)
            self._whole = TimeMap.fitted(t0 - span * 0.02, t1 + span * 0.02, float(self.width()), 0)
            steps = np.arange(self.width() + 1, dtype=np.float64)
            edges = self._whole.start + steps * self._whole.seconds_per_pixel
            assert timeline is not None
            self._counts = timeline.index.count_between(edges, self._controller.cumulative)
        return self._whole

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        whole = self._whole_map()
        if whole is not None and self._counts is not None and self._counts.size:
            peak = float(self._counts.max())
            if peak > 0:
                color = QColor(palette.highlight().color())
                color.setAlpha(150)
                painter.setPen(QPen(color, 1))
                h = self.height() - 4
                for x in np.flatnonzero(self._counts).tolist():
                    bar = math.log1p(float(self._counts[x])) / math.log1p(peak) * h
                    painter.drawLine(QPointF(x + 0.5, h + 2), QPointF(x + 0.5, h + 2 - max(bar, 2)))
            if self._view is not None:
                box = self._box(whole)
                fill = QColor(palette.highlight().color())
                fill.setAlpha(40)
                painter.setBrush(fill)
                painter.setPen(QPen(palette.highlight().color(), 1.5))
                painter.drawRect(box)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(0, 0, self.width(), 0)
        painter.end()

    def _box(self, whole: TimeMap) -> QRectF:
        assert self._view is not None
        x0 = whole.to_x(self._view.start)
        x1 = whole.to_x(self._view.end)
        if x1 - x0 < 4:  # keep the box grabbable when zoomed far in
            mid = (x0 + x1) / 2
            x0, x1 = mid - 2, mid + 2
        return QRectF(x0, 1, x1 - x0, self.height() - 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        whole = self._whole_map()
        if whole is None or self._view is None or event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        box = self._box(whole)
        mode = "move"
        if abs(x - box.left()) <= _EDGE:
            mode = "left"
        elif abs(x - box.right()) <= _EDGE:
            mode = "right"
        elif not box.left() <= x <= box.right():
            # Click outside the box: centre the view there, then drag moves it.
            half = self._view.span / 2
            centre = whole.to_time(x)
            self.window_requested.emit(centre - half, centre + half)
        self._drag = (mode, x, self._view.start, self._view.end)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        whole = self._whole_map()
        x = event.position().x()
        if whole is None:
            return
        if self._drag is None:
            if self._view is not None:
                box = self._box(whole)
                near = abs(x - box.left()) <= _EDGE or abs(x - box.right()) <= _EDGE
                self.setCursor(Qt.CursorShape.SizeHorCursor if near else Qt.CursorShape.ArrowCursor)
            return
        mode, x_start, t0, t1 = self._drag
        dt = (x - x_start) * whole.seconds_per_pixel
        if mode == "move":
            self.window_requested.emit(t0 + dt, t1 + dt)
        elif mode == "left" and t0 + dt < t1:
            self.window_requested.emit(t0 + dt, t1)
        elif mode == "right" and t1 + dt > t0:
            self.window_requested.emit(t0, t1 + dt)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
