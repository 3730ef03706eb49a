"""The filter bar above the timeline: text search, a date range, the evidence filters, and
the filter in words.

Always shown (a hidden bar would hide that a filter is active). Like the actor pane, it
edits its part of :class:`FilterSpec` and hands the whole spec to :class:`FilterState`.

When one row does not fit (a 1024 px screen with large system text, French labels), the bar
wraps onto two rows rather than squeezing its fields under their minimum widths or hiding
controls in an overflow menu: a filter the user cannot see is a filter the user forgets.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.dates import DateError
from ..model.filtering import FilterSpec, Within, fold
from .elided_label import ElidedLabel
from .evidence_filter_button import EvidenceFilterButton
from .filter_state import FilterState
from .focus_keys import while_focused
from .plain_tooltip import plain_tooltip
from .typed_date_reading import TypedDate, read_typed_date, warm_date_readers

# Typing pauses this long before the search runs: a million events take a tenth of a second
# per search, too slow for every keystroke, and the undo history gets one entry per word.
SEARCH_DELAY_MS = 250
# The search field never gets narrower than this many average characters: a field showing
# three letters of what was typed is no field at all.
SEARCH_MIN_CHARS = 16
# The bar stays on one row only while the search field gets this many: squeezed to its least
# width beside the date fields it read "Search titl…" on a 1920 px screen; two rows read
# better. On one row it grows with the window (it takes most of the spare room), up to
# SEARCH_MAX_CHARS: wider than a search is ever typed, the filter's description gets the rest.
SEARCH_ONE_ROW_CHARS = 30
SEARCH_MAX_CHARS = 70


class FilterBar(QWidget):
    """Search field, "from"/"to" dates with "certainly/possibly within", clear, description."""

    next_match_requested = Signal()  # Enter in the search field
    previous_match_requested = Signal()  # Shift+Enter

    def __init__(self, filter_state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = filter_state
        self._syncing = False  # showing the state's spec: widget signals are not edits

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, summaries, notes, quotes…"))
        self.search.setToolTip(
            self.tr(
                "Events containing every word, ignoring case and accents.\n"
                "Enter: next match, Shift+Enter: previous match."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.installEventFilter(self)
        # Enter / Shift+Enter as actions of the field, so Help › Keyboard Shortcuts lists
        # them (the event filter below does the same when no shortcut is delivered).
        # Made with their parent alone, the text set after: QAction(text, parent) makes PySide
        # check the QAction(icon, text) overload too, which makes the QIcon class (~10 M
        # instructions) before the first paint, which needs no icon.
        self.next_match_action = QAction(self)
        self.next_match_action.setText(self.tr("Next Match"))
        self.next_match_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.next_match_action.triggered.connect(lambda: self.to_match(1))
        self.previous_match_action = QAction(self)
        self.previous_match_action.setText(self.tr("Previous Match"))
        self.previous_match_action.setShortcuts(
            [QKeySequence("Shift+Return"), QKeySequence("Shift+Enter")]
        )
        self.previous_match_action.triggered.connect(lambda: self.to_match(-1))
        while_focused(self.search, self.next_match_action, self.previous_match_action)
        self.date_from = self._date_edit(self.tr("From (e.g. 2012)"))
        self.date_to = self._date_edit(self.tr("To (e.g. 2024-06)"))
        self.within = QComboBox(self)
        self.within.addItem(self.tr("possibly within"), "possibly")
        self.within.addItem(self.tr("certainly within"), "certainly")
        self.within.setToolTip(
            self.tr(
                "Possibly: the event may fall in the range (its dates overlap it).\n"
                "Certainly: all the event's possible dates are inside the range."
            )
        )
        # Its full width when there is room, a few letters (the tooltip says the rest) when
        # not: its longest item must not set the whole timeline's minimum width at 1024 px.
        # An explicit minimum width below its size hint lets the layout shrink it that far.
        self.within.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.within.setMinimumContentsLength(4)
        self.within.setMinimumWidth(self.within.minimumSizeHint().width())
        self.within.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.evidence = EvidenceFilterButton(filter_state, self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every filter and show all events"))
        self.description = ElidedLabel(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

        char = self.search.fontMetrics().averageCharWidth()
        self.search.setMinimumWidth(char * SEARCH_MIN_CHARS)
        self.search.setMaximumWidth(char * SEARCH_MAX_CHARS)
        # Two rows, the second empty while everything fits on the first (see _arrange).
        self._first_row = QHBoxLayout()
        self._second_row = QHBoxLayout()
        for row in (self._first_row, self._second_row):
            row.setSpacing(4)  # a little tighter than the style's: fields are framed anyway
        rows = QVBoxLayout(self)
        rows.setContentsMargins(4, 2, 4, 2)
        rows.setSpacing(2)
        rows.addLayout(self._first_row)
        rows.addLayout(self._second_row)
        self._two_rows: bool | None = None
        self._arrange(two_rows=False)

        self.search.textEdited.connect(self._timer.start)
        self.date_from.textEdited.connect(self.on_date_edited)
        self.date_to.textEdited.connect(self.on_date_edited)
        for edit in (self.date_from, self.date_to):
            edit.installEventFilter(self)
            edit.returnPressed.connect(self.apply_now)
            edit.editingFinished.connect(lambda edit=edit: self._write_as_read(edit))
        self.within.activated.connect(self.apply_now)
        self._timer.timeout.connect(self.apply_now)
        self.clear_button.clicked.connect(filter_state.clear)
        self.next_match_requested.connect(filter_state.select_next_match)
        self.previous_match_requested.connect(filter_state.select_previous_match)
        filter_state.spec_changed.connect(self.on_spec_changed)
        self.on_spec_changed(filter_state.spec)

    # --- one row or two -------------------------------------------------------------------
    @property
    def two_rows(self) -> bool:
        """Whether the bar is wrapped onto two rows (the window is too narrow for one)."""
        return bool(self._two_rows)

    def _arrange(self, two_rows: bool) -> None:
        """One row: search, dates, "within", evidence, clear, description. Two rows: what
        finds events (search, evidence, clear) above the date range and the description."""
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for row in (self._first_row, self._second_row):
            while row.count():
                row.takeAt(0)
        first: list[tuple[QWidget, int]] = [(self.search, 6)]
        dates: list[tuple[QWidget, int]] = [
            (self.date_from, 1),
            (self.date_to, 1),
            (self.within, 0),
        ]
        tools: list[tuple[QWidget, int]] = [(self.evidence, 0), (self.clear_button, 0)]
        if two_rows:
            self._fill(self._first_row, [*first, *tools])
            self._first_row.addStretch(1)  # the buttons stay by the field when it is at its widest
            self._fill(self._second_row, [*dates, (self.description, 3)])
        else:
            self._fill(self._first_row, [*first, *dates, *tools, (self.description, 3)])
        self.updateGeometry()

    @staticmethod
    def _fill(row: QBoxLayout, widgets: list[tuple[QWidget, int]]) -> None:
        for widget, stretch in widgets:
            row.addWidget(widget, stretch)

    def _row_width(self, widgets: list[QWidget]) -> int:
        """The least width of one row holding ``widgets``, margins and spacing included."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        spacing = max(self._first_row.spacing(), 0)
        room = sum(max(w.minimumSizeHint().width(), w.minimumWidth()) for w in widgets)
        room += spacing * len(widgets)  # the description (no least width) ends each row
        if margins is not None:
            room += margins.left() + margins.right()
        return room

    def _one_row_width(self) -> int:
        # The layout gives every field its preferred width before the search field grows
        # past its least: one row needs those, and the search field's comfortable width.
        others = [self.date_from, self.date_to, self.within, self.evidence, self.clear_button]
        room = self._row_width([self.search, *others])
        comfortable = self.search.fontMetrics().averageCharWidth() * SEARCH_ONE_ROW_CHARS
        room += max(0, comfortable - self.search.minimumWidth())
        for widget in others:
            least = max(widget.minimumSizeHint().width(), widget.minimumWidth())
            preferred = min(widget.sizeHint().width(), widget.maximumWidth())
            room += max(0, preferred - least)
        return room

    def _two_rows_width(self) -> int:
        return max(
            self._row_width([self.search, self.evidence, self.clear_button]),
            self._row_width([self.date_from, self.date_to, self.within]),
        )

    def minimumSizeHint(self) -> QSize:
        # The narrowest the bar can go is its two-row form, whatever it shows now: the
        # window's minimum width is not set by a row that could wrap.
        hint = super().minimumSizeHint()
        return QSize(self._two_rows_width(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(two_rows=event.size().width() < self._one_row_width())

    def _date_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setToolTip(self._date_help())
        # Room for a whole day and the clear button; the field must not scroll the year away.
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00_") + 28)
        # Growing with the window up to its whole example ("From (e.g. 2012)"), no further.
        widest = max(edit.fontMetrics().horizontalAdvance(placeholder + "__"), edit.minimumWidth())
        edit.setMaximumWidth(widest + 28)
        return edit

    # --- actions --------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected (the Find action)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_now(self) -> None:
        """Send the bar's part of the filter to the state, without waiting for a pause."""
        self._timer.stop()
        if self._syncing:
            return
        try:
            date_from = self._date_of(self.date_from)
            date_to = self._date_of(self.date_to)
        except DateError:
            return  # an unreadable date: keep the last good filter; the field says why
        within: Within = "certainly" if self.within.currentData() == "certainly" else "possibly"
        self._state.set_spec(
            dataclasses.replace(
                self._state.spec,
                text=self.search.text(),
                date_from=date_from,
                date_to=date_to,
                within=within,
            )
        )

    # --- slots ----------------------------------------------------------------------------
    def on_spec_changed(self, spec: FilterSpec) -> None:
        self._syncing = True
        try:
            # While typing, the spec lags behind the field; only a real change is shown.
            if fold(spec.text).split() != fold(self.search.text()).split():
                self.search.setText(spec.text)
            for edit, text in ((self.date_from, spec.date_from), (self.date_to, spec.date_to)):
                if self._reading(edit) != (text or ""):
                    edit.setText(text or "")
                    self._show_validity(edit)
            self.within.setCurrentIndex(max(self.within.findData(spec.within), 0))
            self.clear_button.setEnabled(not spec.is_empty)
            self.description.set_full_text(self._state.description)
        finally:
            self._syncing = False

    def on_date_edited(self) -> None:
        for edit in (self.date_from, self.date_to):
            self._show_validity(edit)
        self._timer.start()

    def to_match(self, step: int) -> None:
        """Enter (1) / Shift+Enter (-1) in the search field: the filter now, then the next or
        previous match."""
        self.apply_now()
        if step < 0:
            self.previous_match_requested.emit()
        else:
            self.next_match_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            warm_date_readers()  # loaded once, at the first focus of a field (in a thread)
        # getattr: while the bar is torn down, Qt may still send its field's events here
        # after Python has cleared the bar's attributes.
        if (
            watched is getattr(self, "search", None)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.to_match(-1 if shift else 1)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_now()
                return True
        return super().eventFilter(watched, event)

    # --- internals ------------------------------------------------------------------------
    def _typed(self, edit: QLineEdit) -> TypedDate | None:
        """What the field's text means (None when empty); DateError when no reader of the
        builder or the importer takes it as a date."""
        return read_typed_date(edit.text())

    def _reading(self, edit: QLineEdit) -> str:
        """The field's date as EDTF ("" when empty); its text when it is no date."""
        try:
            typed = self._typed(edit)
        except DateError:
            return edit.text().strip()
        return "" if typed is None else typed.edtf

    def _date_of(self, edit: QLineEdit) -> str | None:
        """The field's date as EDTF, None when empty; DateError when it is not a date."""
        typed = self._typed(edit)
        return None if typed is None else typed.edtf

    def _date_help(self) -> str:
        return self.tr(
            "A date: 2012, 2024-06, 2024-06-07 (EDTF), or in words: May 2024, 15 March 2024"
        )

    def _write_as_read(self, edit: QLineEdit) -> None:
        """Once typed (Enter, or the focus leaving), a date read from words is shown as the
        EDTF it was read as ("mai 2024" becomes "2024-05"); Ctrl+Z brings the words back."""
        try:
            typed = self._typed(edit)
        except DateError:
            return
        if typed is not None and typed.from_words:
            edit.selectAll()
            edit.insert(typed.edtf)  # an edit, not setText: the field's undo keeps the words
            self._show_validity(edit)

    def _show_validity(self, edit: QLineEdit) -> None:
        error = ""
        read_as = ""
        try:
            typed = self._typed(edit)
        except DateError as problem:
            # Imported at the first date that cannot be read, not at start-up (its words,
            # quote_words and their patterns are not needed before the first paint).
            from .date_error_words import date_error_text

            error = date_error_text(problem)
        else:
            if typed is not None and typed.from_words:
                read_as = typed.edtf
        palette = self.palette()
        if error:
            # A reddish tint of the usual background: visible in light and dark themes.
            base = palette.color(QPalette.ColorRole.Base)
            red = QColor(0xD3, 0x2F, 0x2F)
            palette.setColor(
                QPalette.ColorRole.Base,
                QColor(
                    (base.red() * 3 + red.red()) // 4,
                    (base.green() * 3 + red.green()) // 4,
                    (base.blue() * 3 + red.blue()) // 4,
                ),
            )
            text = self.tr("{error}\n\n{help}").format(error=error, help=self._date_help())
            edit.setToolTip(plain_tooltip(text))
        elif read_as:
            text = self.tr("Read as {date} (the field shows it so after Enter)")
            edit.setToolTip(plain_tooltip(text.format(date=read_as)))
        else:
            edit.setToolTip(self._date_help())
        edit.setPalette(palette)
        edit.setProperty("invalid", bool(error))
