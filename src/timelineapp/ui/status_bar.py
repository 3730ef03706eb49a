"""The status bar: file name, how many events are shown, provenance, the visible date range."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from ..model.calendar import from_seconds
from ..model.untrusted_text import elided, isolated, visible
from ..render.date_words import format_year
from ..render.tick_names import (
    DEEP_TIME_MIN_STEP,
    PRESENT_YEAR,
    deep_time_label,
    deep_time_unit,
    group_digits,
)
from ..render.timemap import TimeMap
from .controller import TimelineController
from .events_model import plain_tooltip
from .provenance_words import FLAG_COLOR, problems_count_text, unsourced_short_text


def format_range(tm: TimeMap, locale: QLocale) -> str:
    """Visible range in a compact, unambiguous form, e.g. "2024-04-28 – 2024-06-30".

    Views spanning deep time say their ends as the axis does ("−13.8 Ga – +4 Ga"), so the
    status bar never prints an eleven-digit calendar year the axis has stopped using; their
    decimals take ``locale``'s point, as the axis labels do ("−13,8 Ga" in French).
    """
    first_year = from_seconds(int(tm.start))[0]
    last_year = from_seconds(int(tm.end))[0]
    span_years = last_year - first_year
    if span_years >= DEEP_TIME_MIN_STEP:
        before, after = first_year - PRESENT_YEAR, last_year - PRESENT_YEAR
        unit = deep_time_unit(max(abs(before), abs(after)))
        step = 10 ** (len(str(max(1, span_years // 100))) - 1)  # a round step: few decimals
        point = locale.decimalPoint() or "."
        return (
            f"{deep_time_label(before, unit, step, point)} – "
            f"{deep_time_label(after, unit, step, point)}"
        )

    def one(t: float) -> str:
        y, m, d, hh, mm, _ = from_seconds(int(t))
        year = format_year(y) if y <= 0 else f"{group_digits(y):0>4}"
        if tm.span < 3 * 86400:
            return f"{year}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"
        if tm.span < 3 * 365 * 86400:
            return f"{year}-{m:02d}-{d:02d}"
        # Years alone across the era: "536 BCE – 30", not the ISO-padded "0030".
        return format_year(y) if first_year <= 0 else year

    return f"{one(tm.start)} – {one(tm.end)}"


class TimelineStatusBar(QStatusBar):
    provenance_requested = Signal()  # the reader clicked the provenance indicator

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.file_label = QLabel()
        self.count_label = QLabel()
        self.range_label = QLabel()
        # The file's name and the filter's words (actor names) are a stranger's text: never
        # let Qt guess they are rich text.
        for label in (self.file_label, self.count_label, self.range_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # Persistent while the file has problems: broken evidence is never only a passing
        # dialog. It opens the Provenance pane.
        self.provenance_button = QToolButton()
        self.provenance_button.setAutoRaise(True)
        self.provenance_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.provenance_button.setToolTip(self.tr("Show the list of provenance problems"))
        palette = self.provenance_button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, FLAG_COLOR)
        self.provenance_button.setPalette(palette)
        font = self.provenance_button.font()
        font.setBold(True)
        self.provenance_button.setFont(font)
        self.provenance_button.hide()
        self.provenance_button.clicked.connect(self.provenance_requested)
        # Events without a source: said, in the ordinary colour (nothing is broken), and the
        # list is a click away in the same pane; an imported file has one per event.
        self.unsourced_button = QToolButton()
        self.unsourced_button.setAutoRaise(True)
        self.unsourced_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.unsourced_button.setToolTip(self.tr("Show the events that have no source"))
        self.unsourced_button.hide()
        self.unsourced_button.clicked.connect(self.provenance_requested)
        self.addWidget(self.file_label)
        self.addWidget(self.count_label, 1)
        self.addPermanentWidget(self.provenance_button)
        self.addPermanentWidget(self.unsourced_button)
        self.addPermanentWidget(self.range_label)
        self.messageChanged.connect(self.on_message_changed)
        controller.file_loaded.connect(self.on_counts_changed)
        controller.file_loaded.connect(self.on_file_loaded)
        controller.filter_changed.connect(self.on_counts_changed)

    def on_message_changed(self, message: str) -> None:
        """A message takes the place of the file name and counts, and gives it back.

        QStatusBar hides its normal widgets for a message only if they are visible at that
        moment: a notice given before the window is shown (settings set aside) was painted
        on top of the file name. Hidden and shown here, explicitly, whenever it changes.
        """
        for label in (self.file_label, self.count_label):
            label.setVisible(not message)
        # A long notice is cut at the permanent widgets: all of it is a hover away.
        self.setToolTip(plain_tooltip(message) if message else "")

    def on_selection_hidden(self, title: str) -> None:
        self.showMessage(
            self.tr("“{title}” is hidden by the filter: the selection was cleared").format(
                title=isolated(elided(title))
            ),
            10_000,
        )

    def on_file_loaded(self) -> None:
        timeline = self._controller.timeline
        count = timeline.provenance.count if timeline is not None else 0
        self.provenance_button.setText("⚠ " + problems_count_text(count))
        self.provenance_button.setVisible(count > 0)
        unsourced = len(timeline.provenance.unsourced) if timeline is not None else 0
        self.unsourced_button.setText(unsourced_short_text(unsourced))
        self.unsourced_button.setVisible(unsourced > 0)

    def on_counts_changed(self) -> None:
        timeline = self._controller.timeline
        if timeline is None:
            self.file_label.clear()
            self.count_label.clear()
            self.range_label.clear()  # File > Close: no visible window to name
            return
        self.file_label.setText(isolated(elided(timeline.loaded.name)))
        self.file_label.setToolTip(plain_tooltip(visible(timeline.loaded.name)))
        total = timeline.index.count
        shown = self._controller.shown_count
        undated = int(timeline.index.undated.size)
        if shown == total:
            text = self.tr("%Ln event(s)", "", total)
        else:
            locale = self.locale()
            text = self.tr("{shown} of {total} events").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        if undated:
            text += " · " + self.tr("%Ln undated", "", undated)
        description = self._controller.filter_description
        if description:
            # It names actors from the file: one line, controls drawn.
            text += " · " + visible(elided(description, 300))
        self.count_label.setText(text)

    def on_viewport_changed(self, timemap: object) -> None:
        timeline = self._controller.timeline
        if isinstance(timemap, TimeMap) and timeline is not None:
            self.range_label.setText(format_range(timemap, self.locale()))
