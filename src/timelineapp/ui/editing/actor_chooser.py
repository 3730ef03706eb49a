"""A box for choosing one of the file's actors, searchable, for a million actors.

Its list is the file's actors read from columns (:class:`.ActorListModel`), a screenful at a
time. Typing filters: the words typed are looked for in every actor's name and aliases
(:class:`.ActorSearch`, in C), and the matches, fetched as the list scrolls, pop up under the
text; picking one chooses that actor. A name typed whole (or an id) chooses its actor when
the text is done with (Return, or the focus leaves). A box that takes only actors puts the
chosen actor's name back when the text names none; one that also takes a phrase (who is
quoted) keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListView, QWidget

from .actor_list_model import BIG, ActorListModel

if TYPE_CHECKING:
    from ...model.file_format import Actor

WAIT_ABOVE = 100_000
"""Above this many actors a search (a few tenths of a second) waits for the typing to pause:
keys typed meanwhile would each have run one, one after the other."""
TYPING_PAUSE_MS = 150
"""How long the typing must pause before such a search runs."""


class ActorChooser(QComboBox):
    """An editable box over the file's actors, filtered as one types.

    ``none``: the text of a first row that chooses no actor; ``with_ids``: rows read
    "Name (id)"; ``phrases``: text that names no actor is kept (see :meth:`chosen_id`);
    ``width``: in characters, when there are too many actors to measure their names.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        none: str | None = None,
        with_ids: bool = False,
        phrases: bool = False,
        width: int = 20,
    ) -> None:
        super().__init__(parent)
        self._phrases = phrases
        self._width = width
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choices = ActorListModel((), none, with_ids, self)
        self.setModel(self.choices)
        view = self.view()
        if isinstance(view, QListView):
            view.setUniformItemSizes(True)  # a million rows are not measured one by one
        self.matches = ActorListModel((), None, with_ids, self)
        # Not a QCompleter: its engine fetches every row of its model and reads each one's
        # text to match the typed prefix (24,000 reads for 3,000 matches), which is the scan
        # this box exists to avoid. The matches pop up in a list of their own. Nor the
        # editable box's own completer, which reads every row too (Qt takes None here).
        self.setCompleter(None)  # type: ignore[arg-type]
        self.popup = _MatchesPopup(self.matches, self)
        self.popup.chosen.connect(self.on_match_chosen)
        line = self.lineEdit()
        assert line is not None  # (editable)
        line.textEdited.connect(self.on_text_edited)
        line.editingFinished.connect(self.on_editing_finished)
        line.installEventFilter(self.popup)  # Up, Down, Return and Escape while it is shown
        self._pending: Sequence[Actor] | None = None  # actors given, listed when first used
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.on_typing_paused)

    def set_actors(self, actors: Sequence[Actor], when_used: bool = False) -> None:
        """The file's actors (``when_used``: listed once the box is first used, so that a
        pane that shows the box for every selection does no work until then)."""
        if len(actors) > BIG:
            # Sized from a typical name, never from every name (that reads the whole list).
            self.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.setMinimumContentsLength(self._width)
        if when_used:
            self._pending = actors
            return
        self._pending = None
        self._list(actors)

    def _list(self, actors: Sequence[Actor]) -> None:
        if actors is self.choices.search.actors:
            return
        typed = self.currentText()
        self.choices.set_actors(actors)
        self.matches.set_actors(actors)
        self.setEditText(typed)

    def _use(self) -> None:
        if self._pending is not None:
            actors, self._pending = self._pending, None
            self._list(actors)

    def focusInEvent(self, e: QFocusEvent) -> None:
        super().focusInEvent(e)
        self._use()

    def showPopup(self) -> None:
        self._use()
        super().showPopup()

    # --- choosing -----------------------------------------------------------------------------
    def chosen_id(self) -> str | None:
        """The actor the box names: the row chosen while its text is unchanged, else the
        actor the text names (its name or its id); None when it names none (the no-actor
        row, or a phrase)."""
        self._use()
        text = self.currentText().strip()
        row = self.currentIndex()
        if row >= 0 and self.itemText(row).strip() == text:
            data = self.itemData(row)
            return data if isinstance(data, str) else None
        found = self.choices.search.named(text)
        return None if found is None else self.choices.search.ids[found]

    def choose(self, actor_id: str | None) -> bool:
        """Show ``actor_id`` (None: the no-actor row) as chosen; False when it is not listed."""
        self._use()
        row = self.choices.row_of(actor_id)
        if row >= 0:
            self.setCurrentIndex(row)
        return row >= 0

    def on_text_edited(self, text: str) -> None:
        self._use()
        if len(self.choices.search.ids) > WAIT_ABOVE:
            self._typing.start()  # searched once the typing pauses
        else:
            self.on_typing_paused()

    def on_typing_paused(self) -> None:
        found = self.choices.search.matching(self.currentText())
        self.matches.set_rows(found)
        if found is not None and found.size and self.isVisible():
            self.popup.show_under(self)
        else:
            self.popup.hide()

    def on_match_chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.popup.hide()
        actor_id = self.matches.data(index, Qt.ItemDataRole.UserRole)
        if isinstance(actor_id, str) and self.choose(actor_id):
            self.setEditText(self.itemText(self.currentIndex()))  # also when already chosen

    def on_editing_finished(self) -> None:
        """A name typed whole chooses its actor; text that names none is kept by a box that
        takes phrases, else the chosen actor's name comes back."""
        if self.popup.isVisible():
            return  # (the text lost the focus to the matches' popup: still being typed)
        text = self.currentText().strip()
        row = self.currentIndex()
        if row >= 0 and self.itemText(row).strip() == text:
            return
        found = self.choices.search.named(text) if text else None
        if found is not None:
            self.choose(self.choices.search.ids[found])
        elif not text and self.choices.row_of(None) == 0:
            self.setCurrentIndex(0)
        elif not self._phrases:
            self.setEditText(self.itemText(row) if row >= 0 else "")


_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_CHOOSE = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _MatchesPopup(QListView):
    """The matches under the box's text, as a popup that leaves typing to the box (keys
    are passed on to its text, as QCompleter's popup does): Up and Down move, Return
    chooses, Escape closes; more matches are fetched as it scrolls."""

    chosen = Signal(QModelIndex)

    def __init__(self, matches: ActorListModel, box: QComboBox) -> None:
        super().__init__(box)
        self.setWindowFlags(Qt.WindowType.Popup)  # a window of its own, owned by the box
        self.setModel(matches)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._box = box
        line = box.lineEdit()
        if line is not None:
            self.setFocusProxy(line)
        self.clicked.connect(self.chosen)
        self.installEventFilter(self)

    def show_under(self, box: QWidget) -> None:
        rows = min(12, max(1, self.model().rowCount()))
        height = rows * max(1, self.sizeHintForRow(0)) + 2 * self.frameWidth()
        place = box.mapToGlobal(box.rect().bottomLeft())
        self.setGeometry(place.x(), place.y(), max(box.width(), 240), height)
        self.setCurrentIndex(self.model().index(0, 0))
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.isVisible() or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if event.type() == QEvent.Type.ShortcutOverride:
            # The box's text claims the keys it types (letters, Delete) before the window's
            # shortcuts see them, as when it has the focus itself (QA #117: review keys);
            # sent, not handed to its event(): the text's own filters are asked too.
            line = self._box.lineEdit()
            if watched is not self or line is None or key in (*_MOVES, *_CHOOSE):
                return False
            QCoreApplication.sendEvent(line, event)
            return event.isAccepted()
        if event.type() != QEvent.Type.KeyPress:
            return False
        if key in _MOVES:
            if watched is not self:
                self.keyPressEvent(event)  # from the box's text: move here
            return watched is not self
        if key in _CHOOSE and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        if watched is self:  # typing goes on in the box's text
            line = self._box.lineEdit()
            if line is not None:
                line.event(event)
            return True
        return False
