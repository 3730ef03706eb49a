"""The dialog that names a new event; from a selection, it shows a suggested date and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ..draft_note_words import suggestion_reading
from ..events_model import quoted
from ..panes.event_pane import plain_label
from .date_field import DateField

if TYPE_CHECKING:
    from .date_suggestion import DateSuggestion

_TITLE_CHARS = 80


def title_from(words: str) -> str:
    """The selection as a title: whole when short, else cut at a word and visibly ("…"),
    never a word dropped silently (QA #144: "… des deux pays dans" for "… dans un")."""
    if len(words) <= _TITLE_CHARS:
        return words
    from ...extract.titles import cut_words

    kept: list[str] = []
    for word in words.split():
        if len(" ".join([*kept, word])) > _TITLE_CHARS - 1:
            break
        kept.append(word)
    return cut_words(kept, len(kept)) if kept else words[: _TITLE_CHARS - 1] + "…"


class NewEventDialog(QDialog):
    """Title and date of a new event. A suggested date is filled in *and* labelled as one."""

    def __init__(
        self,
        suggestion: DateSuggestion | None,
        words: str,
        parent: QWidget | None = None,
        document_text: str = "",
        unanchored: str | None = None,
    ) -> None:
        """``unanchored``: the words of a relative date found (« hier ») that the document's
        missing publication date leaves undated (QA #149)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Event"))
        self.resize(520, 0)
        self.title = QLineEdit(self)
        self.title.setText(title_from(words))
        self.title.selectAll()
        self.date = DateField(self)
        self.suggestion_label = plain_label(self)
        if suggestion is not None:
            self.date.set_text(suggestion.edtf)
            phrase = document_text[suggestion.start : suggestion.end]
            self.suggestion_label.setText(
                self.tr(
                    "Suggested from the words %1: check it; they become the date phrase"
                ).replace("%1", quoted(phrase))
                + ("\n" + suggestion_reading(suggestion.note) if suggestion.note else "")
            )
        elif unanchored:
            self.suggestion_label.setText(
                self.tr(
                    "%1 is relative to the document’s publication date, which is not given: "
                    "fill in Published in File › Document Properties… to date it, or type "
                    "the date"
                ).replace("%1", quoted(unanchored))
            )
        else:
            self.suggestion_label.setText(
                self.tr(
                    "No date found in the selection or its sentence: leave it empty if "
                    "the source gives none"
                )
                if words
                else ""
            )
        # "No date found" is true of the words, not of a date then typed (QA #109a).
        self._nothing_found = suggestion is None
        self.suggestion_label.setVisible(bool(self.suggestion_label.text()))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.suggestion_label)
        if words:
            form.addRow(self.tr("First quote:"), plain_label(self, quoted(words)))
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form.addRow(self._buttons)
        self.title.textChanged.connect(self.on_changed)
        self.date.line.textChanged.connect(self.on_changed)
        self.on_changed()

    def on_changed(self) -> None:
        if self._nothing_found:
            self.suggestion_label.setVisible(
                bool(self.suggestion_label.text()) and not self.date.line.text().strip()
            )
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()) and self.date.valid)

    def date_text(self) -> str | None:
        return self.date.value()
