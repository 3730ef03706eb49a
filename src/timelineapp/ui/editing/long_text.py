"""A multi-line field for a summary or a note, read-only and cut when the text is too long.

Qt lays out a paragraph as a whole: each key typed in a one-paragraph summary of 1 MB took
0.3 s (3 s at 10 MB), and showing it 0.2 s per MB. No setting of QPlainTextEdit avoids that
short of splitting the paragraph, which would change the text. So above :data:`EDIT_LIMIT`
characters the field shows the start of the text, read-only, with a notice saying why; the
file keeps the whole text (the field never applies a cut text back to the event).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ...model.untrusted_text import TEXT_LIMIT, elided

#: Characters above which a summary or note is not editable in the Edit Event dock.
EDIT_LIMIT = 100_000


class LongTextField(QPlainTextEdit):
    """Multi-line text that reports the end of editing like a line edit does."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cut = False
        self.notice = QLabel(parent)
        self.notice.setWordWrap(True)
        self.notice.hide()

    @property
    def is_cut(self) -> bool:
        """Whether the field shows only the start of a text too long to edit here."""
        return self._cut

    def set_value(self, text: str) -> None:
        cut = len(text) > EDIT_LIMIT
        shown = elided(text, TEXT_LIMIT) if cut else text
        if self._cut == cut and self.toPlainText() == shown:
            return
        self._cut = cut
        self.setReadOnly(cut)
        self.setPlainText(shown)
        self.notice.setVisible(cut)
        if cut:
            self.notice.setText(
                self.tr(
                    "%1 characters: too long to edit here (at most %2). The start is shown; "
                    "the file keeps the whole text."
                )
                .replace("%2", QLocale().toString(EDIT_LIMIT))
                .replace("%1", QLocale().toString(len(text)))
            )

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        if not self._cut:
            self.editing_finished.emit()
