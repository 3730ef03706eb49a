"""The status bar: file name, how many events are shown, the visible date range."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..model.calendar import from_seconds
from ..model.date_words import format_year
from ..render.timemap import TimeMap
from .controller import TimelineController


def format_range(tm: TimeMap, language: str) -> str:
    """Visible range in a compact, unambiguous form, e.g. "2024-04-28 – 2024-06-30"."""

    def one(t: float) -> str:
        y, m, d, hh, mm, _ = from_seconds(int(t))
        year = format_year(y, language) if y <= 0 else f"{y:04d}"
        if tm.span < 3 * 86400:
            return f"{year}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"
        if tm.span < 3 * 365 * 86400:
            return f"{year}-{m:02d}-{d:02d}"
        return year

    return f"{one(tm.start)} – {one(tm.end)}"


class TimelineStatusBar(QStatusBar):
    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.file_label = QLabel()
        self.count_label = QLabel()
        self.range_label = QLabel()
        self.addWidget(self.file_label)
        self.addWidget(self.count_label, 1)
        self.addPermanentWidget(self.range_label)
        controller.file_loaded.connect(self.on_counts_changed)
        controller.filter_changed.connect(self.on_counts_changed)

    def on_counts_changed(self) -> None:
        timeline = self._controller.timeline
        if timeline is None:
            self.file_label.clear()
            self.count_label.clear()
            return
        self.file_label.setText(timeline.loaded.name)
        total = timeline.index.count
        shown = self._controller.shown_count
        undated = int(timeline.index.undated.size)
        if shown == total:
            text = self.tr("%n event(s)", "", total)
        else:
            text = self.tr("{shown} of {total} events").format(shown=shown, total=total)
        if undated:
            text += " · " + self.tr("%n undated", "", undated)
        description = self._controller.filter_description
        if description:
            text += " · " + description
        self.count_label.setText(text)

    def on_viewport_changed(self, timemap: object) -> None:
        timeline = self._controller.timeline
        if isinstance(timemap, TimeMap) and timeline is not None:
            self.range_label.setText(format_range(timemap, timeline.language))
