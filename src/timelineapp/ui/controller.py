"""The one owner of the state that changes: the open file, the filter, the selection, edits.

Views never change each other; they ask the controller, and it tells everyone through a few
coarse signals that say what changed. Edits of the file go through the controller's one
:class:`QUndoStack`; after each, the views are told as if the file had been opened again
(``file_loaded``), with :attr:`TimelineController.reloading_after_edit` set so that they keep
what the user was looking at (filter, zoom, document).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from ..model.draft import Draft, Edit, PutSlot
from ..model.edit_error import EditError  # not .edits: it imports the models
from ..model.loading import LoadedFile
from ..model.saving import FileStamp, save_draft
from ..model.timeline import Timeline
from ..render.timemap import TimeMap

if TYPE_CHECKING:
    from ..model.plain_header import HeaderLike

_log = logging.getLogger(__name__)

SLOW_RELOAD_EVENTS = 20_000


class EditCommand(QUndoCommand):
    """One named edit on the undo stack; applied before it is pushed (see ``edit``)."""

    def __init__(
        self,
        controller: TimelineController,
        inverse: Edit,
        text: str,
        selection_before: int | None,
        selection_after: int | None,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._forward: Edit | None = None
        self._inverse = inverse
        self._before = selection_before
        self._after = selection_after

    def undo(self) -> None:
        try:
            self._forward = self._controller.apply_edit(self._inverse, self._before)
        except EditError:
            # Qt calls this; an exception must not escape into it. Undoing an edit that was
            # applied cannot break the file, so this is a bug: logged, the model unchanged.
            _log.exception("undoing %r failed", self.text())

    def redo(self) -> None:
        if self._forward is None:
            return  # pushed just after being applied: nothing to do the first time
        try:
            self._inverse = self._controller.apply_edit(self._forward, self._after)
        except EditError:
            _log.exception("redoing %r failed", self.text())


class TimelineController(QObject):
    """Holds the opened :class:`Timeline`, the filter mask and the selected event."""

    file_loaded = Signal()  # a new timeline replaced the old one
    filter_changed = Signal()  # the mask of shown events changed
    selection_changed = Signal(object)  # int event index, or None
    passage_requested = Signal(str, int, int)  # document id, start, end: show this text
    zoom_to_event_requested = Signal(int)
    path_changed = Signal()  # the open file's path changed (Save As, New)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._draft_value: Draft | None = None
        # The file whose draft is made when first needed (an edit, a save: not a start).
        self._draft_of: LoadedFile | None = None
        self._path: Path | None = None
        # Where Save proposes a never-saved file (an import shown unsaved: beside its input,
        # QA #110); any file shown afterwards forgets it.
        self.suggested_path: Path | None = None
        self._stamp: FileStamp | None = None
        self._reloading = False
        self._timeline: Timeline | None = None
        self._mask: npt.NDArray[np.bool_] = np.zeros(0, dtype=np.bool_)
        self._cumulative: npt.NDArray[np.int64] = np.zeros(1, dtype=np.int64)
        self._selection: int | None = None
        self._filter_description = ""

    # --- state ----------------------------------------------------------------------------
    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def mask(self) -> npt.NDArray[np.bool_]:
        """Events passing the filter (all of them until a filter is set)."""
        return self._mask

    @property
    def cumulative(self) -> npt.NDArray[np.int64]:
        """Running count of passing events in date order (for density and counts)."""
        return self._cumulative

    @property
    def selection(self) -> int | None:
        return self._selection

    @property
    def filter_description(self) -> str:
        """The active filter in words ("" when everything is shown)."""
        return self._filter_description

    @property
    def shown_count(self) -> int:
        return int(np.count_nonzero(self._mask))

    @property
    def draft(self) -> Draft | None:
        """The file as edited (the timeline is what the views show of it)."""
        return self._draft

    @property
    def has_draft(self) -> bool:
        """Whether there is a file to edit (``draft`` is not None), without making the
        draft: a pane enabling a button asks at every file opened, and a million-event
        file's draft costs ~22 ms of pydantic models."""
        return self._draft_value is not None or self._draft_of is not None

    @property
    def header(self) -> HeaderLike | None:
        """The file's header as edited (title, documents, actors), without making the draft:
        until the draft is made it is the file's as loaded, which the draft starts from."""
        if self._draft_value is not None:
            return self._draft_value.header
        return None if self._draft_of is None else self._draft_of.header

    @property
    def _draft(self) -> Draft | None:
        # Made from the opened file when first asked for: its header is then a model, and a
        # start paints without importing pydantic (the models).
        if self._draft_value is None and self._draft_of is not None:
            self._draft_value = Draft.of_loaded(self._draft_of)
            self._draft_of = None
        return self._draft_value

    @_draft.setter
    def _draft(self, draft: Draft | None) -> None:
        self._draft_value, self._draft_of = draft, None

    @property
    def path(self) -> Path | None:
        """Where the file is saved; None for a new file never saved."""
        return self._path

    @property
    def stamp(self) -> FileStamp | None:
        return self._stamp

    @property
    def modified(self) -> bool:
        """Whether there are changes not saved yet."""
        return not self.undo_stack.isClean()

    @property
    def saved_sha256(self) -> str | None:
        """The SHA-256 of the file on disk when what is shown is exactly its bytes: opened,
        read again or saved, and not changed since; None while changes are not saved, and
        for a file never saved. After a save it is the hash of the bytes written (the
        stamp's), not of the draft as loaded again in memory, which is laid out otherwise
        (documents inline) and was never written (QA #134)."""
        if self._path is None or self._stamp is None or self.modified:
            return None
        return self._stamp.sha256

    @property
    def reloading_after_edit(self) -> bool:
        """True while views are told of an edit (``file_loaded``): keep filter, zoom, place."""
        return self._reloading

    # --- changes --------------------------------------------------------------------------
    def set_timeline(
        self,
        timeline: Timeline,
        path: Path | None = None,
        draft: Draft | None = None,
        stamp: FileStamp | None = None,
    ) -> None:
        """Show a file just opened (or made): its edits start afresh.

        ``stamp``: the file as it was when its read began (else: as it is now)."""
        loaded = timeline.loaded
        self._draft = draft
        if draft is None:
            self._draft_of = loaded
        self._path = path
        self.suggested_path = None
        self._stamp = stamp
        if path is not None and stamp is None:
            try:
                self._stamp = FileStamp.of(path, loaded.content_hash or None)
            except OSError:
                _log.warning("cannot read the time and size of %s", path)
        self._forget_edits()
        self._timeline = timeline
        self._selection = None
        self._filter_description = ""
        self._set_mask(np.ones(timeline.index.count, dtype=np.bool_), emit=False)
        self.file_loaded.emit()
        # A view restoring the file's remembered place may have selected an event while
        # file_loaded was delivered (select() announced it): a stale None sent now made the
        # Event pane say "No event selected" beside the selected row and mark.
        if self._selection is None:
            self.selection_changed.emit(None)

    def replace_from_disk(self, timeline: Timeline, stamp: FileStamp | None = None) -> None:
        """The open file was changed by another program and read again (live reload): show
        its new content keeping the filter, the zoom and the selected event (by id).

        ``stamp``: the file as it was when the read began (else: as it is now); a file
        rewritten during a long read then still counts as changed."""
        selected = None
        if self._timeline is not None and self._selection is not None:
            wanted = self._timeline.loaded.ids[self._selection]
            selected = next((i for i, x in enumerate(timeline.loaded.ids) if x == wanted), None)
        self._draft = Draft.of_loaded(timeline.loaded)
        self._stamp = stamp
        if self._path is not None and stamp is None:
            try:
                self._stamp = FileStamp.of(self._path, timeline.loaded.content_hash or None)
            except OSError:
                _log.warning("cannot read the time and size of %s", self._path)
        self._forget_edits()
        self._show_edited(timeline, selected)

    def close_file(self) -> None:
        """Show no file (File > Close): the views go back to their empty states."""
        self._draft = None
        self._path = None
        self._stamp = None
        self._forget_edits()
        self._timeline = None
        self._selection = None
        self._filter_description = ""
        self._set_mask(np.zeros(0, dtype=np.bool_), emit=False)
        self.file_loaded.emit()
        self.selection_changed.emit(None)
        self.path_changed.emit()

    def _forget_edits(self) -> None:
        """The undo stack emptied and clean: what is shown now is the file as it is.

        ``clear()`` alone leaves an empty stack unclean when its clean state was reset (an
        import shown unsaved, ``resetClean``): the next file opened then showed a ``*`` with
        nothing to undo, and its Save rotated the ``.bak`` (QA #143)."""
        self.undo_stack.clear()
        self.undo_stack.setClean()

    def set_mask(self, mask: npt.NDArray[np.bool_], description: str = "") -> None:
        self._filter_description = description
        self._set_mask(mask, emit=True)

    def _set_mask(self, mask: npt.NDArray[np.bool_], emit: bool) -> None:
        self._mask = mask
        if self._timeline is not None:
            index = self._timeline.index
            everything = mask.size == index.count and bool(mask.all())
            self._cumulative = index.cumulative_all if everything else index.cumulative_mask(mask)
        else:
            self._cumulative = np.zeros(1, dtype=np.int64)
        if emit:
            self.filter_changed.emit()

    def select(self, event: int | None) -> None:
        if event == self._selection:
            return
        self._selection = event
        self.selection_changed.emit(event)

    def select_neighbour(self, step: int) -> None:
        """Select the next (step 1) or previous (-1) shown, dated event in date order."""
        if self._timeline is None:
            return
        found = self._timeline.index.neighbour(self._selection, step, self._mask)
        if found is not None:
            self.select(found)

    def show_passage(self, document_id: str, start: int, end: int) -> None:
        self.passage_requested.emit(document_id, start, end)

    # --- the view window (render) ------------------------------------------------------------
    # The visible window of the timeline, set by the timeline widget; exports, the overview
    # and the status bar read it from here.
    viewport_changed = Signal(object)  # TimeMap
    _viewport: TimeMap | None = None

    @property
    def viewport(self) -> TimeMap | None:
        return self._viewport

    def set_viewport(self, timemap: TimeMap) -> None:
        if timemap != self._viewport:
            self._viewport = timemap
            self.viewport_changed.emit(timemap)

    # --- edits ----------------------------------------------------------------------------
    def edit(self, edit: Edit, text: str, select: int | None = -1) -> None:
        """Apply ``edit`` and put it on the undo stack as ``text``.

        ``select`` is the event to select afterwards (-1: keep the selection). Raises
        :class:`EditError` when the edited file would not load; nothing is changed then.
        """
        before = self._selection
        after = before if select == -1 else select
        inverse = self.apply_edit(edit, after)
        self.undo_stack.push(EditCommand(self, inverse, text, before, after))

    def apply_edit(self, edit: Edit, selection: int | None) -> Edit:
        """Apply ``edit`` to the draft and show the result; returns the edit undoing it."""
        if self._draft is None:
            raise EditError("no file is open")
        inverse = edit.apply(self._draft)
        # The views are rebuilt by loading the draft again: instant for the files people make
        # by hand or from articles, seconds beyond tens of thousands of events (say so).
        slow = len(self._draft.events) > SLOW_RELOAD_EVENTS
        if slow:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            timeline = self._patched_timeline(edit) if slow else None
            timeline = timeline or self._draft_timeline()
        except EditError:
            inverse.apply(self._draft)
            raise
        finally:
            if slow:
                QGuiApplication.restoreOverrideCursor()
        self._show_edited(timeline, selection)
        return inverse

    def _patched_timeline(self, edit: Edit) -> Timeline | None:
        """For one event replaced in a big file: its columns patched into the shown ones."""
        if self._timeline is None or self._draft is None or not isinstance(edit, PutSlot):
            return None
        from ..model.draft_patch import patch_event  # edits only: not at start-up

        loaded = patch_event(self._timeline.loaded, self._draft, edit.index)
        return None if loaded is None else Timeline(loaded)

    def _draft_timeline(self) -> Timeline:
        assert self._draft is not None
        name = self._path.name if self._path else self._draft.header.title
        from ..model.draft_view import load_draft  # edits only: not at start-up

        result = load_draft(self._draft, self._path, name)
        if result.loaded is None:
            # The edits keep the file valid; a failure here is a bug, reported and undone.
            issues = result.issues[:3]
            # The log is read by developers: English; the user gets the window's language.
            _log.error(
                "an edited file did not load: %s",
                "; ".join(f"{i.json_path}: {i.message}" for i in issues),
            )
            from .issue_words import issue_message

            problems = "; ".join(f"{i.json_path}: {issue_message(i)}" for i in issues)
            raise EditError(problems or "the edited file could not be loaded")
        return Timeline(result.loaded)

    def _show_edited(self, timeline: Timeline, selection: int | None) -> None:
        self._timeline = timeline
        if selection is not None and not 0 <= selection < timeline.index.count:
            selection = None
        self._selection = selection
        self._reloading = True
        try:
            self._set_mask(np.ones(timeline.index.count, dtype=np.bool_), emit=False)
            self.file_loaded.emit()
        finally:
            self._reloading = False
        if self._selection == selection:  # else select() announced a newer one already
            self.selection_changed.emit(selection)

    def new_file(self, draft: Draft) -> None:
        """Show a new, never saved file."""
        self._path = None
        self._draft = draft
        self.set_timeline(self._draft_timeline(), None, draft)
        self.path_changed.emit()

    def save(self, path: Path | None = None, force: bool = False) -> None:
        """Save to ``path`` (default: where the file is). Raises ``SaveError``/``ChangedOnDisk``.

        The "changed on disk" check applies to the file as opened, not to another path.
        """
        if self._draft is None:
            return
        target = path or self._path
        if target is None:
            raise ValueError("a new file needs a path to be saved")
        expected = self._stamp if target == self._path else None
        header = self._draft.header
        self._stamp = save_draft(self._draft, target, expected, force)
        self.undo_stack.setClean()
        if target != self._path or self._draft.header is not header:  # a document renamed
            self._path = target
            self._show_edited(self._draft_timeline(), self._selection)  # the new name
            self.path_changed.emit()
