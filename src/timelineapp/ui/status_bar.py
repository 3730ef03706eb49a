"""The status bar: file name, how many events are shown, provenance, the visible date range."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from ..model.calendar import from_seconds
from ..model.untrusted_text import TITLE_LIMIT, elided, isolated, visible
from ..render.date_form_words import deep_year
from ..render.date_word_parts import decimal, fill
from ..render.date_words import format_year
from ..render.tick_names import DEEP_TIME_MIN_STEP, group_digits
from ..render.timemap import TimeMap
from .controller import TimelineController
from .plain_tooltip import plain_tooltip
from .provenance_words import problems_count_text, unsourced_short_text
from .status_message import FittedMessage
from .theme import follow_flag

#: Ends of a deep-time view this far from the present (in years) are said in millions or
#: billions of years ("13.8 billion years ago"); nearer ones as calendar years ("2024").
DEEP_END_YEARS = 1_000_000


def _rounded(years: int, step: int) -> int:
    """``years`` to the nearest multiple of ``step`` (halves away from zero)."""
    whole = (abs(years) + step // 2) // step
    return (1 if years >= 0 else -1) * whole * step


class StatusRange(QObject):
    """The range's words with plurals: ``pyside6-lupdate`` reads plurals only from
    ``self.tr`` calls, whose context is this class's name."""

    def future(self, years: int) -> str:
        """ "in 200 million years" / "dans 200 millions d'années" (``years`` a round
        number of millions, at most three decimals of the unit)."""
        billions = years >= 10**9
        whole, rest = divmod(years * 1000 // (10**9 if billions else 10**6), 1000)
        if not rest:
            if billions:
                return self.tr("in %Ln billion years", "", whole)
            return self.tr("in %Ln million years", "", whole)
        # The number with decimals fills %1; its whole part chooses the form (French: "1,5
        # milliard", singular below two, as the dates in words say it).
        shown = decimal(f"{whole}.{rest:03d}".rstrip("0"))
        if billions:
            return fill(self.tr("in %1 billion years", "", whole), shown)
        return fill(self.tr("in %1 million years", "", whole), shown)

    def now(self) -> str:
        """An end within half the view's precision of the present."""
        return self.tr("now")


def deep_end_words(year: int, step: int) -> str:
    """One end of a deep-time view in words, to the precision ``step`` (years) of the view.

    "13.8 billion years ago", "66 million years ago", "in 200 million years" far from the
    present; "now" when the present is within half a step; a calendar year ("2024",
    "250,000 BCE") within :data:`DEEP_END_YEARS` of it. The axis says "−13.8 Ga" with its
    unit explained beside it; the status bar has no room for that, so it says the words.
    """
    if abs(year) < DEEP_END_YEARS:
        return format_year(year)
    unit = 10**9 if abs(year) >= 10**9 else 10**6
    rounded = _rounded(year, max(step, unit // 1000))  # the words show three decimals
    if rounded == 0:
        return StatusRange().now()
    if rounded > 0:
        return StatusRange().future(rounded)
    return deep_year(rounded) or format_year(rounded)


def format_range(tm: TimeMap) -> str:
    """Visible range in a compact, unambiguous form, e.g. "2024-04-28 – 2024-06-30".

    Views spanning deep time say each end in words at the view's precision ("13.8 billion
    years ago – now", "il y a 66 millions d'années – 2024"): the axis's "+0.2 Ga" told a
    reader neither the unit nor the direction. The words follow the window's language.
    """
    first_year = from_seconds(int(tm.start))[0]
    last_year = from_seconds(int(tm.end))[0]
    span_years = last_year - first_year
    if span_years >= DEEP_TIME_MIN_STEP:
        step = 10 ** (len(str(max(1, span_years // 100))) - 1)  # a round step: few decimals
        return f"{deep_end_words(first_year, step)} – {deep_end_words(last_year, step)}"

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
        follow_flag(self.provenance_button, QPalette.ColorRole.ButtonText)
        font = self.provenance_button.font()
        font.setBold(True)
        self.provenance_button.setFont(font)
        self.provenance_button.hide()
        self._phrase_warnings = 0  # date phrases that do not match their date (QA #115)
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
        self.fitted = FittedMessage(
            self, (self.file_label, self.count_label)
        )  # messages elided before the permanent fields
        self.messageChanged.connect(self.on_message_changed)
        controller.file_loaded.connect(self.on_counts_changed)
        controller.file_loaded.connect(self.on_file_loaded)
        controller.filter_changed.connect(self.on_counts_changed)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        """Qt's, elided to end before the permanent fields (the whole text: the tooltip)."""
        self.fitted.show(text, timeout or 0)

    def full_message(self) -> str:
        """The message shown now, whole (the bar shows it elided to fit)."""
        return self.fitted.full_text(self.currentMessage())

    def on_message_changed(self, message: str) -> None:
        """A message takes the place of the file name and counts, and gives it back.

        QStatusBar hides its normal widgets for a message only if they are visible at that
        moment: a notice given before the window is shown (settings set aside) was painted
        on top of the file name. Hidden and shown here, explicitly, whenever it changes.
        """
        for label in (self.file_label, self.count_label):
            label.setVisible(not message)
        # A long notice is cut at the permanent widgets: all of it is a hover away.
        self.setToolTip(plain_tooltip(self.fitted.full_text(message)) if message else "")

    def on_selection_hidden(self, title: str) -> None:
        self.showMessage(
            self.tr("“{title}” is hidden by the filter: the selection was cleared").format(
                title=isolated(elided(title, TITLE_LIMIT))
            ),
            10_000,
        )

    def on_file_loaded(self) -> None:
        self._phrase_warnings = 0  # the new file's are counted in the background
        self._show_problems()
        timeline = self._controller.timeline
        unsourced = len(timeline.provenance.unsourced) if timeline is not None else 0
        self.unsourced_button.setText(unsourced_short_text(unsourced))
        self.unsourced_button.setVisible(unsourced > 0)

    def on_phrase_warnings_counted(self, count: int) -> None:
        """Date phrases that do not match their date count as problems, as in ``validate``."""
        self._phrase_warnings = count
        self._show_problems()

    def _show_problems(self) -> None:
        timeline = self._controller.timeline
        count = timeline.provenance.count + self._phrase_warnings if timeline is not None else 0
        self.provenance_button.setText("⚠ " + problems_count_text(count))
        self.provenance_button.setVisible(count > 0)

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
            self.range_label.setText(format_range(timemap))
