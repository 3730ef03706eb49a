"""The Legend pane: what the marks and colours of the current view mean.

Drawn by the same legend painter as exports, from the scene the timeline shows, so it lists
only the kinds of mark and the actor colours actually on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, QSizeF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from ..model.untrusted_text import shown
from ..render.inputs import top_level_actors
from ..render.legend import (
    legend_min_width,
    legend_size,
    paint_legend,
    scene_actor_colors,
    scene_kinds,
)
from .controller import TimelineController
from .timeline_widget import TimelineWidget

_MARGIN = 6.0


class LegendCanvas(QWidget):
    """The legend itself, painted; :class:`LegendPane` scrolls it when the dock is short."""

    def __init__(
        self,
        controller: TimelineController,
        timeline: TimelineWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._timeline = timeline
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # a narrower pane wraps the texts into taller rows
        self.setSizePolicy(policy)
        # The tallest legend shown for this file at this width: the pane keeps that height,
        # so the docks around it do not jump while the filter and the view change what it
        # lists.
        self._tallest = 0
        self._tallest_width = -1
        # Legend sizes by width, for the entries, kinds and font they were measured with: the
        # layout asks several times per view change, and each answer lays the legend out
        # (a millisecond), while panning mostly keeps what the legend lists.
        self._sizes: dict[int, QSizeF] = {}
        self._sizes_for: tuple[object, ...] = ()
        controller.viewport_changed.connect(self.on_view_changed)
        controller.filter_changed.connect(self.on_view_changed)
        controller.file_loaded.connect(self.on_file_loaded)

    def on_view_changed(self, *_: object) -> None:
        if self._controller.timeline is not None:
            # Texts wrap beside their samples, so the pane is never cut short down to the
            # narrowest room a text wraps in (no horizontal scroll bar in a normal dock).
            narrow = legend_min_width(
                self.font(), self._entries(), kinds=scene_kinds(self._timeline.scene), wrap=True
            )
            self.setMinimumWidth(int(narrow + 2 * _MARGIN) + 1)
        self.updateGeometry()
        self.update()

    def _entries(self) -> list[tuple[str, int]]:
        timeline = self._controller.timeline
        if timeline is None:
            return []
        roots = top_level_actors(timeline)
        names = []
        for slot in scene_actor_colors(self._timeline.scene):
            if slot < 0:
                names.append((self.tr("No actor"), -1))
            elif slot < len(roots):
                names.append((shown(timeline.actors[roots[slot]].name), slot))
        return names

    def on_file_loaded(self) -> None:
        self._tallest = 0
        self.on_view_changed()

    def _legend_size(self, width: int) -> QSize:
        if self._controller.timeline is None:
            return QSize(200, 40)
        entries = self._entries()
        kinds = scene_kinds(self._timeline.scene)
        measured_for = (self.font().key(), tuple(entries), tuple(kinds))
        if measured_for != self._sizes_for:
            self._sizes, self._sizes_for = {}, measured_for
        size = self._sizes.get(width)
        if size is None:
            size = legend_size(
                self.font(), entries, kinds=kinds, max_width=width - 2 * _MARGIN, wrap=True
            )
            self._sizes[width] = size
        if width != self._tallest_width:
            self._tallest, self._tallest_width = 0, width
        self._tallest = max(self._tallest, int(size.height() + 2 * _MARGIN) + 1)
        return QSize(int(size.width() + 2 * _MARGIN), self._tallest)

    def sizeHint(self) -> QSize:
        return self._legend_size(self.width())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._legend_size(width).height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # rows re-wrap: the scroll area asks for the new height

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._controller.timeline is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No event file is open.")
            )
            painter.end()
            return
        paint_legend(
            painter,
            QPointF(_MARGIN, _MARGIN),
            self._timeline.theme,
            self.font(),
            self._entries(),
            kinds=scene_kinds(self._timeline.scene),
            max_width=self.width() - 2 * _MARGIN,
            wrap=True,
        )
        painter.end()


class LegendPane(QScrollArea):
    """The Legend dock: the legend at its full height, scrolling when the dock is shorter, so
    a long list of actors never squeezes the Actors pane above it."""

    def __init__(
        self,
        controller: TimelineController,
        timeline: TimelineWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.canvas = LegendCanvas(controller, timeline)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Texts wrap to the pane's width; a dock narrower than the least room they wrap in
        # (the docks beside it have minimums too) gets a scroll bar, never a line silently cut.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Legend"))

    def sizeHint(self) -> QSize:
        return self.canvas.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.canvas.minimumWidth(), 60)
