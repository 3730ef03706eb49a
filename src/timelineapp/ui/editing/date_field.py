"""A date entry checked as you type: the EDTF text, and under it the date in words or the
reason it is not a date ("expected a day between 1 and 29 for February 2024, found 30")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...model.dates import DateError, parse_date
from ..date_error_words import date_error_text
from ..events_model import DISPUTED_COLOR, date_words, undated_text
from ..panes.event_pane import plain_label


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
        self._normal = self.feedback.palette()
        self._error = QPalette(self._normal)
        self._error.setColor(QPalette.ColorRole.WindowText, DISPUTED_COLOR)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.feedback)
        self.line.textChanged.connect(self.on_text_changed)
        self.line.editingFinished.connect(self.on_editing_finished)
        self.on_text_changed(self.line.text())

    def set_text(self, text: str | None) -> None:
        self.line.blockSignals(True)
        self.line.setText(text or "")
        self.line.blockSignals(False)
        self.on_text_changed(self.line.text())

    def value(self) -> str | None:
        """The date as typed (stripped), None when empty."""
        return self.line.text().strip() or None

    @property
    def valid(self) -> bool:
        return self.problem() is None

    def problem(self) -> str | None:
        text = self.value()
        if text is None:
            return None
        try:
            parse_date(text)
        except DateError as error:
            return date_error_text(error)
        return None

    def on_text_changed(self, _text: str) -> None:
        text = self.value()
        problem = self.problem()
        if text is None:
            self.feedback.setText(undated_text())
            self.feedback.setPalette(self._normal)
        elif problem is not None:
            self.feedback.setText("⚠ " + problem)
            self.feedback.setPalette(self._error)
        else:
            # In the window's language, not the file's: the feedback is the window speaking.
            self.feedback.setText(date_words(parse_date(text)))
            self.feedback.setPalette(self._normal)

    def on_editing_finished(self) -> None:
        if self.valid:
            self.edited.emit()
