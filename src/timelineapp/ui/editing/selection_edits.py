"""What words selected in the document pane become: an event, a quote, a date phrase, an
attribution or an actor, each one named, undoable edit of the open file (through
:class:`~.edit_flow.EditFlow`, whose words these are: the translation context stays
"EditFlow").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ...model import edits
from ...model.draft import Draft, Edit
from ...model.word_bounds import trimmed, whole_words
from ..draft_note_words import suggested_date_message
from ..panes.document_text import SelectionAction
from .command_names import short_title
from .dialogs import AttributeDialog
from .new_event_dialog import NewEventDialog

if TYPE_CHECKING:
    from .date_suggestion import DateSuggestion
    from .edit_flow import EditFlow


class SelectionEdits:
    """The edits a selection of words in a document asks for, on the flow's open file."""

    def __init__(self, flow: EditFlow) -> None:
        self._flow = flow

    def on_selection_action(self, kind: str, document_id: str, start: int, end: int) -> None:
        draft = self._flow.draft
        if draft is None:
            return
        text = draft.texts.get(document_id) or ""
        # Never half a word or number, nor the spaces around the words.
        start, end = trimmed(text, *whole_words(text, start, end))
        words = text[start:end]
        action = SelectionAction(kind)
        if action is SelectionAction.NEW_EVENT:
            self.new_event_from_selection(document_id, start, end)
        elif action is SelectionAction.NEW_ACTOR:
            self._flow.new_actor(" ".join(words.split()))
        elif action is SelectionAction.ADD_QUOTE:
            self._on_selected_event(
                QCoreApplication.translate("EditFlow", "Add quote to '%1'"),
                lambda d, i: edits.add_quote(d, i, document_id, start, end),
            )
        elif action is SelectionAction.DATE_PHRASE:
            self.use_as_date_phrase(document_id, start, end)
        elif action is SelectionAction.SET_QUOTE:
            self.resize_quote_to(document_id, start, end)
        elif action is SelectionAction.ATTRIBUTE:
            self.attribute_selection(document_id, start, end)

    def _on_selected_event(self, template: str, make: Callable[[Draft, int], Edit]) -> bool:
        index = self._flow.controller.selection
        event = self._flow.event_at(index)
        if event is None or index is None:
            self._flow.message.emit(QCoreApplication.translate("EditFlow", "Select an event first"))
            return False
        return self._flow.run(
            lambda d: make(d, index), template.replace("%1", short_title(event.title))
        )

    def new_event_from_selection(self, document_id: str, start: int, end: int) -> int | None:
        draft = self._flow.draft
        if draft is None:
            return None
        text = draft.texts.get(document_id) or ""
        suggestion = self._suggest(document_id, start, end)
        words = " ".join(text[start:end].split())
        unanchored = None if suggestion is not None else self._unanchored(document_id, start, end)
        dialog = NewEventDialog(suggestion, words, self._flow.window, text, unanchored)
        self._flow.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        date = dialog.date_text()
        phrase = suggestion if suggestion is not None and date == suggestion.edtf else None
        return self._flow.new_event(
            dialog.title.text().strip(), date, (document_id, start, end), phrase
        )

    def use_as_date_phrase(self, document_id: str, start: int, end: int) -> bool:
        if not self._phrase_confirmed(document_id, start, end):
            return False
        done = self._on_selected_event(
            QCoreApplication.translate("EditFlow", "Set date phrase of '%1'"),
            lambda d, i: edits.set_date_phrase(d, i, document_id, start, end),
        )
        draft = self._flow.draft
        event = self._flow.event_at(self._flow.controller.selection)
        if done and draft is not None and event is not None and event.date is None:
            suggestion = self._suggest(document_id, start, end)
            if suggestion is not None:
                self._flow.message.emit(suggested_date_message(suggestion.edtf))
        return done

    def _phrase_confirmed(self, document_id: str, start: int, end: int) -> bool:
        """False when the words cannot mean the event's date and the user cancels (QA #99:
        they were recorded silently); the question is ``ui/phrase_question.py``'s."""
        from ..phrase_question import phrase_question, phrase_recorded_anyway

        draft = self._flow.draft
        event = self._flow.event_at(self._flow.controller.selection)
        if draft is None or event is None:
            return True  # the edit itself says "Select an event first"
        words = (draft.texts.get(document_id) or "")[start:end]
        box = phrase_question(draft.header, event, document_id, words, self._flow.window)
        if box is None:
            return True
        self._flow.last_dialog = box
        box.exec()
        return phrase_recorded_anyway(box)

    def _suggest(self, document_id: str, start: int, end: int) -> DateSuggestion | None:
        """A date read from the selection or its sentence, against the document's date."""
        # The builder's tagger is loaded at the first selection, not when the window starts.
        from .date_suggestion import suggest_date

        draft = self._flow.draft
        if draft is None:
            return None
        document = next((d for d in draft.header.documents if d.id == document_id), None)
        language = (document.language if document else None) or draft.header.language
        published = document.published if document else None
        text = draft.texts.get(document_id) or ""
        return suggest_date(text, start, end, language, published)

    def _unanchored(self, document_id: str, start: int, end: int) -> str | None:
        """The words of a relative date (« hier ») in the selection or its sentence that
        the document's missing publication date leaves undated (QA #149), or None."""
        from .date_suggestion import unanchored_words

        draft = self._flow.draft
        if draft is None:
            return None
        document = next((d for d in draft.header.documents if d.id == document_id), None)
        language = (document.language if document else None) or draft.header.language
        text = draft.texts.get(document_id) or ""
        found = unanchored_words(
            text, start, end, language, document.published if document else None
        )
        return None if found is None else text[found[0] : found[1]]

    def _quote_in(self, document_id: str, start: int, end: int) -> tuple[int, int] | None:
        """(source, quote) of the selected event's quote in this document overlapping the
        selection (the first such), or None."""
        event = self._flow.event_at(self._flow.controller.selection)
        if event is None:
            return None
        for s, source in enumerate(event.sources):
            if source.document != document_id:
                continue
            for q, quote in enumerate(source.quotes):
                if quote.start < end and start < quote.end:
                    return s, q
        return None

    def resize_quote_to(self, document_id: str, start: int, end: int) -> bool:
        found = self._quote_in(document_id, start, end)
        if found is None:
            self._flow.message.emit(
                QCoreApplication.translate(
                    "EditFlow",
                    "No quote of the selected event overlaps the selection in this document",
                )
            )
            return False
        s, q = found
        return self._on_selected_event(
            QCoreApplication.translate("EditFlow", "Resize quote of '%1'"),
            lambda d, i: edits.resize_quote(d, i, s, q, start, end),
        )

    def attribute_selection(self, document_id: str, start: int, end: int) -> bool:
        """Attribute the selected event's quote at the selection (added if it is not one)."""
        draft = self._flow.draft
        index = self._flow.controller.selection
        event = self._flow.event_at(index)
        if draft is None or event is None or index is None:
            self._flow.message.emit(QCoreApplication.translate("EditFlow", "Select an event first"))
            return False
        found = self._quote_in(document_id, start, end)
        current = None
        if found is not None:
            current = event.sources[found[0]].quotes[found[1]].attributed_to
        dialog = AttributeDialog(draft.header.actors, current, self._flow.window)
        self._flow.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.attribute(document_id, start, end, dialog.attributed_to())

    def attribute(self, document_id: str, start: int, end: int, who: str | None) -> bool:
        found = self._quote_in(document_id, start, end)
        if found is None:
            return self._on_selected_event(
                QCoreApplication.translate("EditFlow", "Add attributed quote to '%1'"),
                lambda d, i: edits.add_quote(d, i, document_id, start, end, who),
            )
        s, q = found
        return self._on_selected_event(
            QCoreApplication.translate("EditFlow", "Attribute quote of '%1'"),
            lambda d, i: edits.attribute_quote(d, i, s, q, who),
        )
