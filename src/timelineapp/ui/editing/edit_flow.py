"""Making and changing things in the open file, from menus, the document pane and the editor.

Each user request becomes one model edit (:mod:`timelineapp.model.edits`) pushed on the
controller's undo stack with a name that says what it did ("Change date of 'Signature…'").
A change the model refuses is explained in a message; nothing is changed then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...model import edits
from ...model.actor_columns import name_of_actor
from ...model.draft import Draft, Edit
from ...model.edits import EditError
from ...model.free_names import free_name
from ...render.date_word_parts import fill
from ..actor_merge import MergeActorsDialog
from ..controller import TimelineController
from ..events_model import quoted
from .command_names import short_title
from .dialogs import (
    ActorDialog,
    ActorPropertiesDialog,
    AddDocumentDialog,
    NewFileDialog,
    split_list,
)
from .new_event_dialog import NewEventDialog
from .selection_edits import SelectionEdits

if TYPE_CHECKING:
    from ...model.file_format import Event
    from .date_suggestion import DateSuggestion

_log = logging.getLogger(__name__)


class EditFlow(QObject):
    """Turns requests into named, undoable edits of the controller's draft."""

    message = Signal(str)  # a short report for the status bar
    new_file_requested = Signal()  # ask the save flow first (unsaved changes)

    def __init__(
        self,
        controller: TimelineController,
        window: QWidget,
        confirm_discard: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._controller = controller
        self._window = window
        self._confirm_discard = confirm_discard or (lambda: True)
        self.last_dialog: QDialog | None = None  # for tests
        self.selection_edits = SelectionEdits(self)

        def action(text: str, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            return act

        self.new_action = action(self.tr("&New…"), QKeySequence.StandardKey.New)
        self.add_document_action = action(self.tr("Add &Document…"), "Ctrl+Shift+O")
        self.new_actor_action = action(self.tr("New &Actor…"))
        self.merge_actors_action = action(self.tr("&Merge Actors…"))
        self.actor_properties_action = action(self.tr("Actor P&roperties…"))
        self.delete_event_action = action(self.tr("&Delete Event"))
        self.file_properties_action = action(self.tr("File P&roperties…"))
        self.document_properties_action = action(self.tr("Document Pr&operties…"))
        # The document the user is looking at (the main window points it at the pane).
        self.current_document: Callable[[], str | None] = lambda: None
        # The actor the user is looking at in the Actors pane (Merge Actors proposes it).
        self.current_actor: Callable[[], str | None] = lambda: None
        self.new_empty_event_action = action(self.tr("&New Event…"))
        self.new_action.triggered.connect(self.on_new)
        self.add_document_action.triggered.connect(self.on_add_document)
        self.new_actor_action.triggered.connect(lambda: self.new_actor(""))
        self.merge_actors_action.triggered.connect(self.on_merge_actors)
        self.actor_properties_action.triggered.connect(self.on_actor_properties)
        self.delete_event_action.triggered.connect(self.delete_selected)
        self.new_empty_event_action.triggered.connect(self.on_new_empty_event)
        self.file_properties_action.triggered.connect(self.on_file_properties)
        self.document_properties_action.triggered.connect(self.on_document_properties)
        controller.file_loaded.connect(self.on_state_changed)
        controller.selection_changed.connect(self.on_state_changed)
        self.on_state_changed()

    # --- state --------------------------------------------------------------------------
    @property
    def draft(self) -> Draft | None:
        return self._controller.draft

    def on_state_changed(self) -> None:
        header = self._controller.header  # not the draft: a file open need not make it
        has_file = header is not None
        for act in (
            self.add_document_action,
            self.new_actor_action,
            self.new_empty_event_action,
            self.file_properties_action,
        ):
            act.setEnabled(has_file)
        actors = header.actors if header is not None else []
        self.merge_actors_action.setEnabled(len(actors) > 1)
        self.actor_properties_action.setEnabled(bool(actors))
        documents = header.documents if header is not None else []
        self.document_properties_action.setEnabled(bool(documents))
        self.delete_event_action.setEnabled(self._controller.selection is not None)

    # --- the one door to the undo stack -----------------------------------------------------
    def run(self, make: Callable[[Draft], Edit], text: str, select: int | None = -1) -> bool:
        """Make an edit from the draft, apply it as ``text``; explain a refusal."""
        draft = self.draft
        if draft is None:
            return False
        try:
            edit = make(draft)
            consequences = self._consequences(edit)
            if consequences:
                text = fill(self.tr("%1 (%2)"), text, consequences)
            self._controller.edit(edit, text, select)
        except EditError as error:
            QMessageBox.warning(self._window, self.tr("Cannot make this change"), str(error))
            return False
        if consequences:
            self.message.emit(text)
        return True

    def _consequences(self, edit: Edit) -> str:
        """What the file's rules changed beyond the request, in words ("" when nothing)."""
        if not isinstance(edit, edits.EventEdit):
            return ""
        parts = []
        if edit.date_phrases_dropped:
            parts.append(
                self.tr(
                    "date phrase of %Ln source dropped",
                    "",
                    edit.date_phrases_dropped,
                )
            )
        if edit.review_reset:
            parts.append(self.tr("review reset to unreviewed"))
        return self.tr("; ").join(parts)

    def change_event(self, index: int, text: str, **changes: Any) -> bool:
        # A changed date marks the note that explained the old one (QA #131).
        mark = self.tr("Written when the event was dated {old}: {note}")
        return self.run(lambda d: edits.update_event(d, index, note_mark=mark, **changes), text)

    def _event(self, index: int | None) -> Event | None:
        draft = self.draft
        if draft is None or index is None or not 0 <= index < len(draft.events):
            return None
        return draft.events[index]

    # --- files and documents ------------------------------------------------------------------
    def on_new(self) -> None:
        if not self._confirm_discard():
            return
        dialog = NewFileDialog(self._window)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.new_file(dialog.title.text().strip(), dialog.language_tag())

    def new_file(self, title: str, language: str) -> None:
        try:
            draft = edits.new_file(title, language)
        except EditError as error:
            QMessageBox.warning(self._window, self.tr("Cannot make this file"), str(error))
            return
        self._controller.new_file(draft)

    def on_file_properties(self) -> None:
        draft = self.draft
        if draft is None:
            return
        dialog = NewFileDialog(self._window)
        dialog.setWindowTitle(self.tr("File Properties"))
        dialog.title.setText(draft.header.title)
        found = dialog.language.findData(draft.header.language)
        if found >= 0:
            dialog.language.setCurrentIndex(found)
        else:
            dialog.language.setEditText(draft.header.language)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title, language = dialog.title.text().strip(), dialog.language_tag()
        if (title, language) != (draft.header.title, draft.header.language):
            self.run(
                lambda d: edits.set_file_info(d, title, language, d.header.description),
                self.tr("Change file title and language"),
            )

    def on_document_properties(self) -> None:
        draft = self.draft
        if draft is None or not draft.header.documents:
            return
        shown = self.current_document()
        document = next(
            (d for d in draft.header.documents if d.id == shown), draft.header.documents[0]
        )
        dialog = AddDocumentDialog(True, self._window)
        dialog.show_existing(document, draft.texts.get(document.id))
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {"title": dialog.title.text().strip(), **dialog.metadata()}
        if all((getattr(document, k) or None) == (v or None) for k, v in changes.items()):
            return
        document_id = document.id
        self.run(
            lambda d: edits.update_document(d, document_id, **changes),
            self.tr("Change document '%1'").replace("%1", short_title(document.title)),
        )

    def on_add_document(self) -> None:
        path = self._controller.path
        dialog = AddDocumentDialog(path is not None, self._window, event_file=path)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_document(
            dialog.title.text().strip(),
            dialog.document_text(),
            dialog.source_path if dialog.copy_beside.isChecked() else None,
            dialog.copy_beside.isChecked(),
            **dialog.metadata(),
        )

    def add_document(
        self,
        title: str,
        text: str,
        source: Path | None,
        copy_beside: bool,
        **metadata: str | None,
    ) -> str | None:
        """Add a document; with ``copy_beside`` its text goes to a file beside the event file
        (named after ``source``, or the title), else inline. Returns its id."""
        draft = self.draft
        if draft is None:
            return None
        path = self._free_file_name(source, title) if copy_beside else None
        try:
            edit, document_id = edits.add_document(draft, title, text, path, **metadata)
            self._controller.edit(
                edit, self.tr("Add document '%1'").replace("%1", short_title(title))
            )
        except EditError as error:
            QMessageBox.warning(self._window, self.tr("Cannot add this document"), str(error))
            return None
        # Shown at once, at its start: the message asks to select words in it (QA #150).
        self._controller.show_passage(document_id, 0, 0)
        self.message.emit(self.tr("Document added: select words in it to make events"))
        return document_id

    def _free_file_name(self, source: Path | None, title: str) -> str:
        """A file name beside the event file that no document and no file uses yet."""
        draft = self.draft
        assert draft is not None
        stem = source.stem if source is not None else edits.slug(title, "document")
        suffix = ".txt"
        used = {d.path for d in draft.header.documents if d.path}
        folder = self._controller.path.parent if self._controller.path else None
        return free_name(
            f"{stem}{suffix}",
            lambda name: name in used or (folder is not None and (folder / name).exists()),
        )

    # --- actors ---------------------------------------------------------------------------------
    def new_actor(self, name: str) -> str | None:
        draft = self.draft
        if draft is None:
            return None
        dialog = ActorDialog(draft.header.actors, name, self._window)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        existing = dialog.existing_id()
        if existing is not None:  # never a second actor of the same name: that one
            self.message.emit(
                self.tr("%1 is already an actor of this file: no other one made").replace(
                    "%1", quoted(short_title(dialog.name.text().strip()))
                )
            )
            return existing
        return self.add_actor(
            dialog.name.text().strip(),
            dialog.chosen_kind(),
            dialog.chosen_parent(),
            split_list(dialog.aliases.text()),
            dialog.description.text().strip() or None,
        )

    def add_actor(
        self,
        name: str,
        kind: Any,
        parent: str | None,
        aliases: list[str],
        description: str | None = None,
    ) -> str | None:
        draft = self.draft
        if draft is None:
            return None
        try:
            edit, actor_id = edits.add_actor(draft, name, kind, parent, aliases, description)
            self._controller.edit(edit, self.tr("New actor '%1'").replace("%1", short_title(name)))
        except EditError as error:
            QMessageBox.warning(self._window, self.tr("Cannot add this actor"), str(error))
            return None
        return actor_id

    def on_actor_properties(self) -> None:
        draft = self.draft
        if draft is None or not draft.header.actors:
            return
        dialog = ActorPropertiesDialog(draft.header.actors, self._window)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor_id = dialog.actor_id()
        if actor_id is None or dialog.existing_id() is not None:
            return  # (the dialog said why: another actor has that name)
        name = dialog.name.text().strip()
        changes: dict[str, Any] = {
            "name": name,
            "kind": dialog.chosen_kind(),
            "parent": dialog.chosen_parent(),
            "aliases": split_list(dialog.aliases.text()),
            "description": dialog.description.text().strip() or None,
        }
        self.run(
            lambda d: edits.update_actor(d, actor_id, **changes),
            self.tr("Change actor '%1'").replace("%1", short_title(name or actor_id)),
        )

    def on_merge_actors(self) -> None:
        draft = self.draft
        if draft is None:
            return
        dialog = MergeActorsDialog(
            draft.header.actors,
            self._window,
            timeline=self._controller.timeline,
            merge=self.current_actor(),
        )
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.merge_actors(str(dialog.keep.currentData()), str(dialog.absorb.currentData()))

    def merge_actors(self, keep: str, absorb: str) -> bool:
        draft = self.draft
        if draft is None:
            return False
        actors = draft.header.actors  # names read from columns: a million actors, no model each
        text = fill(
            self.tr("Merge '%1' into '%2'"),
            short_title(name_of_actor(actors, absorb) or absorb),
            short_title(name_of_actor(actors, keep) or keep),
        )
        return self.run(lambda d: edits.merge_actors(d, keep, absorb), text)

    # --- events -----------------------------------------------------------------------------------
    def delete_selected(self) -> bool:
        index = self._controller.selection
        event = self._event(index)
        if event is None or index is None:
            return False
        text = self.tr("Delete event '%1'").replace("%1", short_title(event.title))
        return self.run(lambda d: edits.remove_event(d, index), text, None)

    def on_new_empty_event(self) -> None:
        dialog = NewEventDialog(None, "", self._window)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.new_event(dialog.title.text().strip(), dialog.date_text(), None)

    def new_event(
        self,
        title: str,
        date: str | None,
        quote: tuple[str, int, int] | None,
        date_phrase: DateSuggestion | None = None,
    ) -> int | None:
        """A new event (selected afterwards); its date phrase too, when the date came from it."""
        draft = self.draft
        if draft is None:
            return None
        span = None if date_phrase is None else (date_phrase.start, date_phrase.end)
        # How the words were read is kept, as a drafted event's note keeps it (QA #144).
        note = None
        if date_phrase is not None and date_phrase.note and quote:
            from ..draft_note_words import DraftNoteWords

            note = DraftNoteWords().event_note(date_phrase.note)
        try:
            edit, index = edits.add_event(
                draft, title, date=date, quote=quote, date_phrase=span if quote else None, note=note
            )
        except EditError as error:
            QMessageBox.warning(self._window, self.tr("Cannot make this event"), str(error))
            return None
        name = self.tr("New event '%1'").replace("%1", short_title(title))
        self._controller.edit(edit, name, index)
        return index

    # --- the document pane's selection ------------------------------------------------------------
    def on_selection_action(self, kind: str, document_id: str, start: int, end: int) -> None:
        """Words selected in the document pane become an event, a quote, a date phrase..."""
        self.selection_edits.on_selection_action(kind, document_id, start, end)

    # --- for the selection edits (selection_edits.py) --------------------------------------------
    @property
    def controller(self) -> TimelineController:
        return self._controller

    @property
    def window(self) -> QWidget:
        return self._window

    def event_at(self, index: int | None) -> Event | None:
        return self._event(index)
