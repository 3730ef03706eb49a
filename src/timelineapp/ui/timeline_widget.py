"""The timeline widget: mouse, wheel, gestures and keys turned into view changes and
selections, over :class:`.timeline_view.TimelineView` (what is shown and how it is painted).

Hit testing is the render layer's (``render.hit_test``, the same scene that was painted);
this module decides what a hit means: select, zoom to a cluster, list the events that share
an instant, show a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from ..render.scene import Cluster, Hit, cluster_zoom_range, hit_test
from ..render.timemap import TimeMap
from .controller import TimelineController
from .timeline_view import TimelineView

_WHEEL_STEP = 1.0015  # zoom factor per 1/8 degree of wheel: one notch (120) ~ x1.2
_DRAG_THRESHOLD = 4
_LIST_LIMIT = 40  # events listed by a click on a cluster whose events share one instant


class TimelineWidget(TimelineView):
    """Paints the timeline and turns mouse and keys into view changes and selections."""

    event_menu_requested = Signal(QPoint)  # right-click on an event (selected first): where

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._press: QPointF | None = None
        self._press_map: TimeMap | None = None
        self._dragging = False
        self._cluster_menu: QMenu | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    # --- Qt input events ----------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        pixel = event.pixelDelta()
        horizontal = delta.x() if delta.x() else 0
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if horizontal or shift:
            amount = horizontal or delta.y()
            if not pixel.isNull():
                amount = pixel.x() or pixel.y()
            self.set_timemap(self._timemap.panned(amount / 2, self._limits))
        elif delta.y():
            self._zoom(_WHEEL_STEP ** delta.y(), event.position().x())
        event.accept()

    def event(self, event: QEvent) -> bool:
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self._zoom(1.0 + event.value(), event.position().x())
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_map = self._timemap
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and self._press_map is not None:
            dx = pos.x() - self._press.x()
            if self._dragging or abs(dx) > _DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.set_timemap(self._press_map.panned(dx, self._limits))
                return
        if self._empty_link is not None and self._empty_link[0].contains(pos):
            self.setCursor(Qt.CursorShape.PointingHandCursor)  # the way back is a link
            return
        self._hover_at = pos
        hit = self._hit(pos)
        if hit != self._hover or self._empty_link is not None:
            self._hover = hit
            self.setCursor(
                Qt.CursorShape.PointingHandCursor
                if hit.event is not None or hit.cluster is not None
                else Qt.CursorShape.ArrowCursor
            )
            self.update()
        self._show_tooltip(hit, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self._click(event.position())
            self._press = None
            self._dragging = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click on an event selects it and asks for its menu (the window builds it);
        elsewhere, nothing."""
        hit = self._hit(QPointF(event.pos()))
        if hit.event is None:
            event.ignore()
            return
        self._controller.select(hit.event)
        self.event_menu_requested.emit(event.globalPos())
        event.accept()

    def open_selected_menu(self) -> None:
        """The selected event's menu from the keyboard (Shift+F10, the Menu key: QA #109d),
        at its mark when it is drawn, else at the timeline's middle."""
        selected = self._controller.selection
        if selected is None:
            return
        scene = self.scene
        mark = next((m for m in scene.marks if m.event == selected), None)
        if mark is None:
            at = QPoint(self.width() // 2, self.height() // 2)
        else:
            y = scene.lane_y(mark.lane) + scene.geometry.lane_height / 2
            at = QPoint(int((mark.x0 + mark.x1) / 2), int(y))
        self.event_menu_requested.emit(self.mapToGlobal(at))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit.event is not None:
            self.zoom_to_event(hit.event)
        elif hit.cluster is None:
            self._zoom(2.0, event.position().x())

    def leaveEvent(self, event: QEvent) -> None:
        self._hover_at = None
        if self._hover != Hit():
            self._hover = Hit()
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Left and Right walk the events; every other timeline key (pan, zoom, Enter, Esc) is
        # a window action (``ui/timeline_keys``), listed in Help › Keyboard Shortcuts. A bare
        # widget (render tests, export previews) needs none of them: one table, not two.
        key = event.key()
        # Arrows carry the keypad flag on macOS; Shift+arrows are the pan actions.
        held = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if held == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._controller.select_neighbour(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _hit(self, pos: QPointF) -> Hit:
        if self._controller.timeline is None:
            return Hit()
        return hit_test(self.scene, pos.x(), pos.y(), self._measure)

    def _click(self, pos: QPointF) -> None:
        if self._empty_link is not None and self._empty_link[0].contains(pos):
            self._empty_link[1]()
            return
        hit = self._hit(pos)
        if hit.cluster is not None:
            self._expand(hit.cluster, pos)
        elif hit.event is not None:
            self._controller.select(hit.event)
        elif hit.document is None:
            self._controller.select(None)

    def _expand(self, cluster: Cluster, pos: QPointF | None = None) -> None:
        """Zoom to the span of a cluster's events, or list them when they share an instant."""
        timeline = self._controller.timeline
        if timeline is None:
            return
        target = cluster_zoom_range(
            self._view_index() or timeline.index,
            cluster,
            self._timemap.span,
            max(2, self.scene.lanes),
        )
        t0, t1 = target if target is not None else (0.0, 0.0)
        if target is None or (cluster.events and (t1 - t0) * 1.3 >= self._timemap.span):
            # One instant, or long events no zoom pulls apart: list them to pick one.
            self._list_cluster(cluster, pos or QPointF(cluster.x0, self.scene.cluster_y))
            return
        pad = (t1 - t0) * 0.1 + 60
        self.show_range(t0 - pad, t1 + pad)

    def _list_cluster(self, cluster: Cluster, pos: QPointF) -> None:
        """Events at one instant cannot be zoomed apart: a menu lists them to pick one."""
        timeline = self._controller.timeline
        if timeline is None:
            return
        if self._cluster_menu is not None:  # one menu at a time: the last click's goes
            self._cluster_menu.hide()
            self._cluster_menu.deleteLater()
        from .mnemonics import menu_label  # at the first such menu, not at start

        menu = QMenu(self)
        for event in cluster.events[:_LIST_LIMIT]:
            # QMenu text is plain text, but "&" makes a mnemonic and a huge title freezes it.
            act = menu.addAction(menu_label(timeline.titles[event]))
            act.setData(event)
        if len(cluster.events) > _LIST_LIMIT:
            more = menu.addAction(
                self.tr("%Ln more: see the Events table", "", len(cluster.events) - _LIST_LIMIT)
            )
            more.setEnabled(False)
        menu.triggered.connect(self.on_cluster_event_chosen)
        menu.popup(self.mapToGlobal(pos.toPoint()))
        self._cluster_menu = menu

    def on_cluster_event_chosen(self, act: QAction) -> None:
        event = act.data()
        if isinstance(event, int):
            self._controller.select(event)

    def _show_tooltip(self, hit: Hit, where: QPoint) -> None:
        timeline = self._controller.timeline
        if timeline is None:
            return
        from .tooltips import document_tooltip, event_tooltip  # at the first hover, not at start

        if hit.event is not None:
            QToolTip.showText(where, event_tooltip(timeline, hit.event), self)
        elif hit.cluster is not None:
            QToolTip.showText(
                where,
                self.tr("%Ln event(s) here; click to zoom in", "", hit.cluster.count),
                self,
            )
        elif hit.document is not None:
            QToolTip.showText(where, document_tooltip(timeline, hit.document), self)
        else:
            QToolTip.hideText()
