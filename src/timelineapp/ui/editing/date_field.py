"""A date entry checked as you type: the EDTF text, and under it the date in words or the
reason it is not a date ("expected a day between 1 and 29 for February 2024, found 30").

Words are read as the filter, the builder and the importer read them ("29 octobre 2024",
"March 2024": QA #85): the field shows how, and once typed it holds the EDTF it stores.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...extract.typed_dates import leading_words_date
from ...model.dates import DateError, parse_date
from ...render.date_word_parts import fill
from ..date_error_words import date_error_text
from ..events_model import date_words, quoted, undated_text
from ..mark_colours import flag_color
from ..panes.event_pane import plain_label
from ..typed_date_reading import (
    TypedDate,
    read_typed_date,
    warm_date_readers,
    window_languages,
)


class DateField(QWidget):
    """An EDTF date or nothing (undated); ``valid`` says whether the text is a date."""

    edited = Signal()  # editing finished with a valid value (or emptied)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(
            self.tr("undated, or e.g. 2024-05-19, 2024-06, [..2024-09-15]")
        )
        self.feedback: QLabel = plain_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.feedback)
        self.feedback.setMinimumWidth(0)  # wraps in a narrow pane rather than cut
        self.line.installEventFilter(self)  # the date readers load at its first focus
        self.feedback.installEventFilter(self)  # its height follows its wrapped lines
        self.line.textChanged.connect(self.on_text_changed)
        self.line.editingFinished.connect(self.on_editing_finished)
        self.on_text_changed(self.line.text())

    def set_text(self, text: str | None) -> None:
        self.line.blockSignals(True)
        self.line.setText(text or "")
        self.line.blockSignals(False)
        self.on_text_changed(self.line.text())

    def value(self) -> str | None:
        """The date as EDTF (words read as the field shows), None when empty; the text as
        typed when it is not a date (``valid`` is then False)."""
        reading = self._reading()
        if isinstance(reading, DateError):
            return self.line.text().strip() or None
        return None if reading is None else reading.edtf

    def _reading(self) -> TypedDate | DateError | None:
        """What the text means (None when blank), or why it is no date (read once per text:
        ``typed_date`` is memoised)."""
        try:
            return read_typed_date(self.line.text())
        except DateError as error:
            return error

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.FocusIn:
            warm_date_readers()
        elif watched is self.feedback and event.type() == QEvent.Type.Resize:
            self._fit_feedback()
        return super().eventFilter(watched, event)

    def _fit_feedback(self) -> None:
        """Ask for the height the wrapped message needs at the label's width (QA #85).

        In the Edit Event pane's scrolling form, a word-wrapped label kept the height of a
        shorter message met while typing (Qt did not ask its height-for-width again), so a
        long error's end was cut in a narrow pane; a minimum height is one the form keeps."""
        label = self.feedback
        # QLabel's height-for-width is at least its minimum height: cleared first, or the
        # room of a longer message met before stays, blank, under a shorter one.
        label.setMinimumHeight(0)
        label.setMinimumHeight(label.heightForWidth(max(label.width(), 1)))

    @property
    def valid(self) -> bool:
        return self.problem() is None

    def problem(self) -> str | None:
        reading = self._reading()
        if not isinstance(reading, DateError):
            return None
        part = leading_words_date(self.line.text(), window_languages())
        if part is not None:  # "13 March 2025 at 3 p.m.": say what was read, and what not
            words, edtf, rest = part
            return fill(
                self.tr(
                    "only %1 reads as a date (%2); %3 is not read (a time of day is "
                    "written as in %4T15:00)"
                ),
                quoted(words),
                edtf,
                quoted(rest),
                edtf,
            )
        return date_error_text(reading)

    def on_text_changed(self, _text: str) -> None:
        text = self.value()
        problem = self.problem()
        if text is None:
            self.feedback.setText(undated_text())
            self._show_as_error(False)
        elif problem is not None:
            self.feedback.setText("⚠ " + problem)
            self._show_as_error(True)
        else:
            # In the window's language, not the file's: the feedback is the window speaking.
            words = date_words(parse_date(text))
            reading = self._reading()
            if isinstance(reading, TypedDate) and reading.from_words:  # say as what
                words = self.tr("{words} (read as {date})").format(words=words, date=text)
            self.feedback.setText(words)
            self._show_as_error(False)
        self._fit_feedback()

    def _show_as_error(self, error: bool) -> None:
        """The feedback in the provenance warnings' red, or in the look's own colours; only
        the text's colour is set, so the rest follows a theme change."""
        palette = QPalette()  # nothing set: the widget inherits every colour
        if error:
            palette.setColor(QPalette.ColorRole.WindowText, flag_color(self.feedback.palette()))
        self.feedback.setPalette(palette)

    def on_editing_finished(self) -> None:
        if not self.valid:
            return
        reading = self._reading()
        if isinstance(reading, TypedDate) and reading.from_words:
            # Words become the EDTF stored; an edit, not setText: Ctrl+Z brings them back.
            self.line.selectAll()
            self.line.insert(reading.edtf)
        self.edited.emit()
