"""The Legend pane: what the marks and colours of the current view mean.

Drawn by the same legend painter as exports, from the scene the timeline shows, so it lists
only the kinds of mark and the actor colours actually on screen. A view with no marks gets a
line saying so rather than a blank pane (or the whole file's legend, which would explain
marks the user cannot see, and differ from the exported image's legend).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from ..model.untrusted_text import shown
from ..render.inputs import top_level_actors
from ..render.legend import (
    LegendKind,
    legend_min_width,
    legend_size,
    paint_legend,
    scene_actor_colors,
    scene_kinds,
)
from ..render.scene import Scene
from .controller import TimelineController
from .pane_scroll import MIN_LINES_WIDE
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
        # What the last scene shows (kinds of mark, actor colours): asked about a dozen times
        # per view change (layout queries, paint), and each answer walks every mark in Python.
        self._shown_for: Scene | None = None
        self._shown: tuple[list[LegendKind], list[int]] = ([], [])
        controller.viewport_changed.connect(self.on_view_changed)
        controller.filter_changed.connect(self.on_view_changed)
        controller.file_loaded.connect(self.on_file_loaded)

    def _scene_shows(self) -> tuple[list[LegendKind], list[int]]:
        """The kinds of mark and the actor colours the timeline's scene shows, found once per
        scene (the widget builds a new scene whenever the view or the filter changes)."""
        scene = self._timeline.scene
        if scene is not self._shown_for:
            self._shown_for = scene
            self._shown = (scene_kinds(scene), scene_actor_colors(scene))
        return self._shown

    def _kinds(self) -> list[LegendKind]:
        return self._scene_shows()[0]

    def on_view_changed(self, *_: object) -> None:
        if self._controller.timeline is not None:
            # Texts wrap beside their samples, so the pane is never cut short down to the
            # narrowest room a text wraps in (no horizontal scroll bar in a normal dock).
            narrow = legend_min_width(self.font(), self._entries(), kinds=self._kinds(), wrap=True)
            self.setMinimumWidth(int(narrow + 2 * _MARGIN) + 1)
        self.updateGeometry()
        self.update()

    def _entries(self) -> list[tuple[str, int]]:
        timeline = self._controller.timeline
        if timeline is None:
            return []
        roots = top_level_actors(timeline)
        names = []
        for slot in self._scene_shows()[1]:
            if slot < 0:
                names.append((self.tr("No actor"), -1))
            elif slot < len(roots):
                names.append((shown(timeline.actors[roots[slot]].name), slot))
        return names

    def on_file_loaded(self) -> None:
        self._tallest = 0
        self.on_view_changed()

    def _has_legend(self) -> bool:
        """Whether the view shows any mark to explain (decided here, not from the words:
        a translation may well be empty)."""
        if self._controller.timeline is None:
            return False
        kinds, colors = self._scene_shows()
        return bool(kinds or colors)

    def empty_text(self) -> str:
        """What the pane says instead of a legend; empty when there is a legend to draw."""
        if self._controller.timeline is None:
            return self.tr("No event file is open.")
        if self._has_legend():
            return ""
        return self.tr("No events in this view, so no marks to explain.")

    def _empty_size(self, width: int) -> QSize:
        room = QRect(0, 0, max(width - 2 * int(_MARGIN), 40), 10_000)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        text = self.fontMetrics().boundingRect(room, flags, self.empty_text())
        return QSize(text.width() + 2 * int(_MARGIN), text.height() + 2 * int(_MARGIN) + 1)

    def _legend_size(self, width: int) -> QSize:
        if not self._has_legend():
            return self._empty_size(width)
        entries = self._entries()
        kinds = self._kinds()
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
        if not self._has_legend():
            # Plain text (drawText does not read markup), wrapped to the pane's width.
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.rect().adjusted(int(_MARGIN), int(_MARGIN), -int(_MARGIN), -int(_MARGIN)),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.empty_text(),
            )
            painter.end()
            return
        paint_legend(
            painter,
            QPointF(_MARGIN, _MARGIN),
            self._timeline.theme,
            self.font(),
            self._entries(),
            kinds=self._kinds(),
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
        # The least room its texts wrap in, but never more than a few lines' width: with
        # large text on a small screen the pane scrolls sideways rather than take the width
        # the Event pane's tab labels need (see pane_scroll).
        line = self.fontMetrics().height()
        return QSize(min(self.canvas.minimumWidth(), line * MIN_LINES_WIDE), 60)
