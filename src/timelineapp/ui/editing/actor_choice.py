"""The editable box naming an actor to add to an event, filled when it is first used.

A file can name a million actors: filling the box item by item on every selection took
seconds. The names go into one C++ string model (so the completer filters them in C++) the
first time the box gets the focus or opens its list, and again only when the file's actors
change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...model.actor_columns import actor_columns, actor_names
from ...model.file_format import Actor
from ...model.untrusted_text import shown


class ActorChoice(QComboBox):
    """An editable combo box over the file's actor names (as shown: one line, visible)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Sized from a typical name, never from every name (that reads the whole list).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self._names = QStringListModel(self)
        self.setModel(self._names)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._actors: Sequence[Actor] = ()
        self._filled_from: object = None

    def set_actors(self, actors: Sequence[Actor]) -> None:
        """The file's actors; the box is filled from them when next used."""
        self._actors = actors

    def actor_id(self, typed: str) -> str | None:
        """The actor named (or with the id) ``typed``; None when the file has none."""
        # Columns (a lazy header builds a model per actor when iterated): a million actors.
        ids, names = actor_columns(self._actors)[0], actor_names(self._actors)
        for actor_id, name in zip(ids, names, strict=True):
            if typed in (name, actor_id, shown(name)):
                return actor_id
        return None

    def _fill(self) -> None:
        if self._filled_from is self._actors:
            return
        self._filled_from = self._actors
        typed = self.currentText()
        self._names.setStringList([shown(name) for name in actor_names(self._actors)])
        self.setEditText(typed)

    def focusInEvent(self, e: QFocusEvent) -> None:
        super().focusInEvent(e)
        self._fill()

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()
